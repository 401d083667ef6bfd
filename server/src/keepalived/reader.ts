/**
 * How keepalived 2.x reads a line of its configuration, as pure functions over offsets.
 *
 * The facts come from keepalived's own reader (lib/parser.c: read_line, decomment,
 * check_definition, find_definition, replace_param, add_seq, add_lst, is_include,
 * alloc_strvec_r) and were checked against `keepalived -t` 2.2.7. The lexer and the model
 * builder call these; nothing here knows about Chevrotain.
 */

/** keepalived's fgets() buffer is MAXBUF (1024) bytes: at most 1023 bytes of a line are read at once. */
export const MAX_LINE_BYTES = 1023;

/** The predefined parameters keepalived always knows (set_std_definitions). */
export const STANDARD_DEFINITIONS: ReadonlySet<string> = new Set(['_PWD', '_INSTANCE', '_RANDOM', '_HASH', '_BANG']);

const CH_TAB = 9;
const CH_NL = 10;
const CH_CR = 13;
const CH_SPACE = 32;
const CH_QUOTE = 34;
const CH_HASH = 35;
const CH_DOLLAR = 36;
const CH_BANG = 33;
const CH_LPAREN = 40;
const CH_RPAREN = 41;
const CH_COMMA = 44;
const CH_BACKSLASH = 92;
const CH_LBRACE = 123;
const CH_RBRACE = 125;

export function isBlank(code: number): boolean {
  return code === CH_SPACE || code === CH_TAB;
}

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Offset of the first `code` in [from, to), or -1 (unlike indexOf, never looks past `to`). */
export function indexWithin(text: string, code: number, from: number, to: number): number {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === code) return p;
  return -1;
}

/** Offset of the `\n` ending the line that contains `offset`, or the text length. */
export function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}

/**
 * What decomment() keeps of (the rest of) a physical line. All fields are offsets into the text.
 */
export interface LineScan {
  /** Where the scan started: the line start, or a point after a brace (never inside quotes). */
  start: number;
  /** First kept character (after leading blanks, for a whole line). */
  contentStart: number;
  /** End of the kept text: before a comment and before trailing blanks. */
  contentEnd: number;
  /** Offset of the `#` or `!` that starts a comment, or -1. */
  comment: number;
  /** Offset of a `"` that decomment() sees left open, or -1. */
  openQuote: number;
  /** Offset of a NUL byte (keepalived stops reading the line there), or -1. */
  nul: number;
  /** Where keepalived's copy of the line ends: at a NUL, else before the `\r`s of the line end. */
  readEnd: number;
  /** Offset of the `\n` (or the text length). */
  lineEnd: number;
}

/**
 * decomment(): a `"` toggles quoting; a backslash and the character after it are skipped (outside
 * quotes `\#` and `\!` stand for `#` and `!`); `#` or `!` outside quotes starts a comment; trailing
 * blanks (space, tab) are dropped. read_line() removes the `\r`/`\n` line end first; a NUL byte ends
 * the line as far as keepalived 2.2 is concerned (2.3+ ignores such a line).
 */
export function scanContent(text: string, from: number): LineScan {
  const lineEnd = lineEndOf(text, from);
  const nul = indexWithin(text, 0, from, lineEnd);
  let readEnd = nul >= 0 ? nul : lineEnd;
  while (readEnd > from && text.charCodeAt(readEnd - 1) === CH_CR) readEnd--;

  let quote = false;
  let openQuote = -1;
  let comment = -1;
  let p = from;
  while (p < readEnd) {
    const c = text.charCodeAt(p);
    if (c === CH_QUOTE) {
      quote = !quote;
      if (quote) openQuote = p;
      p++;
    } else if (c === CH_BACKSLASH) {
      p += p + 1 < readEnd ? 2 : 1;
    } else if (!quote && (c === CH_HASH || c === CH_BANG)) {
      comment = p;
      break;
    } else {
      p++;
    }
  }
  let contentEnd = comment >= 0 ? comment : readEnd;
  while (contentEnd > from && isBlank(text.charCodeAt(contentEnd - 1))) contentEnd--;
  return { start: from, contentStart: from, contentEnd, comment, openQuote: quote ? openQuote : -1, nul, readEnd, lineEnd };
}

/** A whole physical line, starting at `start`. */
export function scanLine(text: string, start: number): LineScan {
  let contentStart = start;
  while (contentStart < text.length && isBlank(text.charCodeAt(contentStart))) contentStart++;
  const scan = scanContent(text, contentStart);
  scan.start = start;
  return scan;
}

/** True when the kept text ends with a backslash: read_line() then continues a `$NAME=` definition. */
export function endsWithBackslash(text: string, contentStart: number, contentEnd: number): boolean {
  return contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === CH_BACKSLASH;
}

// ---------------------------------------------------------------------------------------------
// Parameter definitions: check_definition() and the multi-line handling in read_line()

/** One line of a definition's value, as offsets into the text. */
export interface DefinitionLine {
  start: number;
  end: number;
}

export interface DefinitionScan {
  nameStart: number;
  nameEnd: number;
  /** The offset just after `=`. */
  equals: number;
  /** The value's lines: the first after `=`, then each continuation line (kept text only). */
  lines: DefinitionLine[];
  /** Comments found on continuation lines (the first line's comment is lexed on its own). */
  comments: number[];
  /** Offset of the blank or comment-only line that ended a definition still expecting a line, or -1. */
  brokenBy: number;
  /** True when the last line read still ended with a backslash (the text ended or a blank line came). */
  multiline: boolean;
}

/**
 * check_definition(): `$NAME=VALUE` where NAME is `[A-Za-z_][A-Za-z0-9_]*` and `=` follows the name
 * immediately (no blank). The value is the rest of the kept line, leading blanks skipped. When it
 * ends with a backslash, the next lines are appended (each line's trailing blanks and backslash
 * removed) until a line that does not end with a backslash; an empty line ends the definition too.
 * Returns undefined when the text at `at` is not a definition.
 */
export function scanDefinition(text: string, at: number): DefinitionScan | undefined {
  if (text.charCodeAt(at) !== CH_DOLLAR || !isNameStart(text.charCodeAt(at + 1))) return undefined;
  let p = at + 2;
  while (isNameChar(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 61 /* = */) return undefined;
  const first = scanContent(text, at);
  if (p >= first.contentEnd) return undefined;
  const equals = p + 1;
  let valueStart = equals;
  while (valueStart < first.contentEnd && isBlank(text.charCodeAt(valueStart))) valueStart++;
  const result: DefinitionScan = {
    nameStart: at + 1,
    nameEnd: p,
    equals,
    lines: [{ start: valueStart, end: first.contentEnd }],
    comments: [],
    brokenBy: -1,
    multiline: false,
  };
  // `$X= \` alone is allowed too: the value starts empty and the definition continues.
  let continued = endsWithBackslash(text, valueStart, first.contentEnd);
  let lineEnd = first.nul >= 0 ? -1 : first.lineEnd;
  while (continued && lineEnd >= 0 && lineEnd < text.length) {
    const next = scanLine(text, lineEnd + 1);
    if (next.contentStart >= next.contentEnd) {
      // An empty line ends the definition in every keepalived process; a line that only holds
      // blanks or a comment ends it only in the processes that read keepalived's own copy of the
      // configuration (the VRRP and checker children), not in the parent.
      if (next.readEnd > next.start) result.brokenBy = next.start;
      break;
    }
    if (next.comment >= 0) result.comments.push(next.comment);
    result.lines.push({ start: next.contentStart, end: next.contentEnd });
    continued = endsWithBackslash(text, next.contentStart, next.contentEnd);
    lineEnd = next.nul >= 0 ? -1 : next.lineEnd;
  }
  result.multiline = result.lines.length > 1 || continued;
  return result;
}

/**
 * The value keepalived stores for a definition: each line without its continuation backslash and
 * the blanks before it, joined by `\n`; a line holding nothing but the backslash adds nothing.
 */
export function definitionValue(text: string, lines: readonly DefinitionLine[]): string {
  let value = '';
  for (const line of lines) {
    let end = line.end;
    if (endsWithBackslash(text, line.start, end)) {
      end--;
      while (end > line.start && isBlank(text.charCodeAt(end - 1))) end--;
      if (end > line.start) value += text.slice(line.start, end) + '\n';
    } else {
      value += text.slice(line.start, end);
    }
  }
  return value;
}

/**
 * Something that looks like an attempt at `$NAME=VALUE` but that check_definition() refuses (a blank
 * before `=`, a name starting with a digit, a character outside `[A-Za-z0-9_]`). keepalived then reads
 * the line as an ordinary statement whose keyword starts with `$`. `at`..`wordEnd` is that keyword.
 * Returns the offset of `=`, or -1.
 */
export function malformedDefinitionEquals(text: string, at: number, wordEnd: number): number {
  if (text.charCodeAt(at) !== CH_DOLLAR || text.charCodeAt(at + 1) === CH_LBRACE) return -1;
  for (let p = at + 1; p < wordEnd; p++) {
    if (text.charCodeAt(p) === 61) return p > at + 1 ? p : -1;
  }
  let p = wordEnd;
  while (p < text.length && isBlank(text.charCodeAt(p))) p++;
  return p > wordEnd && text.charCodeAt(p) === 61 ? p : -1;
}

// ---------------------------------------------------------------------------------------------
// Parameter references: find_definition() / replace_param()

export interface ReferenceScan {
  start: number;
  end: number;
  name: string;
  braced: boolean;
}

/**
 * replace_param() looks at every `$`: `${NAME}` (optionally `${NAME 1 10}`, numbers for _RANDOM)
 * is a reference anywhere; `$NAME` only when the name is followed by a blank, `,`, `)` or the end
 * of the line. Anything else is left as written. `endIsBoundary` says whether `end` itself counts
 * as such a boundary (true for whole-line regions; for a word, the caller checks the next character).
 */
export function findReferences(text: string, start: number, end: number, endIsBoundary: boolean, out: ReferenceScan[]): void {
  let p = indexWithin(text, CH_DOLLAR, start, end - 1);
  while (p >= 0) {
    const c = text.charCodeAt(p + 1);
    if (c === CH_LBRACE) {
      let q = p + 2;
      if (isNameStart(text.charCodeAt(q))) {
        q++;
        while (q < end && isNameChar(text.charCodeAt(q))) q++;
        const nameEnd = q;
        let digits = false;
        let lastWasSpace = false;
        while (q < end) {
          const d = text.charCodeAt(q);
          if (d === CH_SPACE) lastWasSpace = true;
          else if (isDigit(d)) { digits = true; lastWasSpace = false; }
          else break;
          q++;
        }
        if (q < end && text.charCodeAt(q) === CH_RBRACE && !(digits && lastWasSpace)) {
          out.push({ start: p, end: q + 1, name: text.slice(p + 2, nameEnd), braced: true });
          p = indexWithin(text, CH_DOLLAR, q + 1, end - 1);
          continue;
        }
      }
    } else if (isNameStart(c)) {
      let q = p + 2;
      while (q < end && isNameChar(text.charCodeAt(q))) q++;
      const after = q < end ? text.charCodeAt(q) : -1;
      if (after === CH_SPACE || after === CH_TAB || after === CH_COMMA || after === CH_RPAREN || (after === -1 && endIsBoundary)) {
        out.push({ start: p, end: q, name: text.slice(p + 1, q), braced: false });
      }
      p = indexWithin(text, CH_DOLLAR, q, end - 1);
      continue;
    }
    p = indexWithin(text, CH_DOLLAR, p + 1, end - 1);
  }
}

/** After a word ends, does the next character let a trailing `$NAME` count as a reference? */
export function isReferenceBoundary(text: string, offset: number): boolean {
  if (offset >= text.length) return true;
  const c = text.charCodeAt(offset);
  if (c === CH_SPACE || c === CH_TAB || c === CH_NL || c === 0 || c === CH_HASH || c === CH_BANG) return true;
  if (c === CH_CR) {
    let p = offset;
    while (text.charCodeAt(p) === CH_CR) p++;
    return p >= text.length || text.charCodeAt(p) === CH_NL;
  }
  return false;
}

/**
 * Expands `$NAME` / `${NAME}` in `raw` with the given single-line definitions, the way
 * replace_param() does, recursively. Returns undefined when a reference is left unresolved.
 */
export function expandReferences(raw: string, definitions: ReadonlyMap<string, string>): string | undefined {
  let current = raw;
  for (let round = 0; round < 16 && current.includes('$'); round++) {
    const refs: ReferenceScan[] = [];
    findReferences(current, 0, current.length, true, refs);
    if (refs.length === 0) return undefined;
    let next = '';
    let last = 0;
    for (const ref of refs) {
      const value = definitions.get(ref.name);
      if (value === undefined) return undefined;
      next += current.slice(last, ref.start) + value;
      last = ref.end;
    }
    current = next + current.slice(last);
  }
  return current.includes('$') ? undefined : current;
}

// ---------------------------------------------------------------------------------------------
// ~SEQ and ~LST: add_seq() and add_lst()

export interface SequenceArgument {
  start: number;
  end: number;
  text: string;
}

export interface SequenceScan {
  kind: 'seq' | 'lst';
  hex: boolean;
  /** End of the directive: just after its `)`, or the end of the kept line when it is malformed. */
  end: number;
  variables: SequenceArgument[];
  /** ~SEQ: the text between the first `,` and `)` (numbers, possibly `$NAME`s). */
  numbers?: SequenceArgument;
  /** ~LST: the sets of values. */
  valueSets?: SequenceArgument[][];
  /** Set when keepalived would reject the directive (and ignore the whole line). */
  error?: { start: number; end: number; message: string };
}

/** True when a kept line starting at `at` is a sequence directive for read_line(): `~SEQ` or `~LST`. */
export function isSequenceStart(text: string, at: number): boolean {
  return text.startsWith('~SEQ', at) || text.startsWith('~LST', at);
}

function skipBlanks(text: string, p: number, end: number): number {
  while (p < end && isBlank(text.charCodeAt(p))) p++;
  return p;
}

function spanUntil(text: string, p: number, end: number, stops: string): number {
  while (p < end && !stops.includes(text[p]!)) p++;
  return p;
}

/** The longest text add_seq() copies for its numbers: a 64-byte buffer with room for the NUL. */
const SEQ_NUMBERS_MAX = 3 * 20 + 3;

export function scanSequence(text: string, at: number): SequenceScan {
  const { contentEnd } = scanContent(text, at);
  return text.startsWith('~SEQ', at) ? scanSeq(text, at, contentEnd) : scanLst(text, at, contentEnd);
}

function scanSeq(text: string, at: number, end: number): SequenceScan {
  let p = at + 4;
  const hex = text.charCodeAt(p) === 120; /* x */
  if (hex) p++;
  const fail = (message: string): SequenceScan => ({ kind: 'seq', hex, end, variables: [], error: { start: at, end, message } });
  p = skipBlanks(text, p, end);
  if (p >= end || text.charCodeAt(p) !== CH_LPAREN) return fail('`~SEQ` must be followed by `(variable, [start,] [step,] end)`.');
  p = skipBlanks(text, p + 1, end);
  const varStart = p;
  p = spanUntil(text, p, end, ' \t,)');
  const varEnd = p;
  p = skipBlanks(text, p, end);
  if (p >= end || text.charCodeAt(p) === CH_RPAREN || varEnd === varStart) {
    return fail('`~SEQ(...)` needs a variable name and at least one number, as in `~SEQ(i, 1, 10)`.');
  }
  // add_seq() steps over the character after the name without looking at it (normally the comma).
  p = skipBlanks(text, p + 1, end);
  const close = indexWithin(text, CH_RPAREN, p, end);
  if (close < 0) return fail('`~SEQ(` is never closed by `)` on this line.');
  if (close + 1 - p + 1 > SEQ_NUMBERS_MAX + 1) return fail('The numbers of `~SEQ(...)` are too long for keepalived (at most 63 characters).');
  return {
    kind: 'seq',
    hex,
    end: close + 1,
    variables: [{ start: varStart, end: varEnd, text: text.slice(varStart, varEnd) }],
    numbers: { start: p, end: close, text: text.slice(p, close) },
  };
}

function scanLst(text: string, at: number, end: number): SequenceScan {
  const fail = (message: string): SequenceScan => ({ kind: 'lst', hex: false, end, variables: [], error: { start: at, end, message } });
  const syntax = '`~LST(variable, value, ...)` or `~LST({var1, var2}, {v1, v2}, ...)`';
  let p = skipBlanks(text, at + 4, end);
  if (p >= end || text.charCodeAt(p) !== CH_LPAREN) return fail(`\`~LST\` must be followed by ${syntax}.`);
  p = skipBlanks(text, p + 1, end);
  let endChar = CH_COMMA;
  if (text.charCodeAt(p) === CH_LBRACE) {
    endChar = CH_RBRACE;
    p = skipBlanks(text, p + 1, end);
  }
  const variables: SequenceArgument[] = [];
  for (;;) {
    const s = p;
    p = spanUntil(text, p, end, ' \t,}');
    variables.push({ start: s, end: p, text: text.slice(s, p) });
    p = skipBlanks(text, p, end);
    if (p < end && text.charCodeAt(p) === endChar) break;
    if (p >= end || text.charCodeAt(p) !== CH_COMMA) return fail(`Malformed \`~LST\`: expected ${syntax}.`);
    p = skipBlanks(text, p + 1, end);
  }
  if (text.charCodeAt(p) === CH_RBRACE) p = skipBlanks(text, p + 1, end);
  if (p >= end || text.charCodeAt(p) !== CH_COMMA) return fail(`Malformed \`~LST\`: expected ${syntax}.`);
  p = skipBlanks(text, p + 1, end);
  const valueSets: SequenceArgument[][] = [];
  for (;;) {
    endChar = CH_COMMA;
    if (text.charCodeAt(p) === CH_LBRACE) {
      endChar = CH_RBRACE;
      p = skipBlanks(text, p + 1, end);
    }
    const set: SequenceArgument[] = [];
    for (;;) {
      const s = p;
      p = spanUntil(text, p, end, ' \t,})');
      set.push({ start: s, end: p, text: text.slice(s, p) });
      p = skipBlanks(text, p, end);
      const c = p < end ? text.charCodeAt(p) : -1;
      if (c === endChar || (c === CH_RPAREN && endChar === CH_COMMA)) break;
      if (c !== CH_COMMA) return fail(`Malformed \`~LST\`: expected ${syntax}.`);
      p = skipBlanks(text, p + 1, end);
      if (set.length >= variables.length) {
        return fail(`This \`~LST\` value set has more values than there are variables (${variables.length}).`);
      }
    }
    while (set.length < variables.length) set.push({ start: p, end: p, text: '' });
    valueSets.push(set);
    if (endChar === CH_RBRACE && text.charCodeAt(p) === CH_RBRACE) p = skipBlanks(text, p + 1, end);
    if (p < end && text.charCodeAt(p) === CH_RPAREN) break;
    if (p >= end || text.charCodeAt(p) !== CH_COMMA) return fail(`Malformed \`~LST\`: expected ${syntax}.`);
    p = skipBlanks(text, p + 1, end);
  }
  return { kind: 'lst', hex: false, end: p + 1, variables, valueSets };
}

/** C's strtol(s, &end, 0): blanks, a sign, then `0x` hex, `0` octal or decimal digits. */
export function strtol(s: string, from: number): { value: number; next: number } {
  let p = from;
  while (p < s.length && ' \t\n\v\f\r'.includes(s[p]!)) p++;
  let sign = 1;
  if (s[p] === '+' || s[p] === '-') {
    if (s[p] === '-') sign = -1;
    p++;
  }
  let base = 10;
  if (s[p] === '0' && (s[p + 1] === 'x' || s[p + 1] === 'X') && /[0-9a-fA-F]/.test(s[p + 2] ?? '')) {
    base = 16;
    p += 2;
  } else if (s[p] === '0') {
    base = 8;
  }
  const digitsStart = p;
  let value = 0;
  for (; p < s.length; p++) {
    const d = parseInt(s[p]!, 36);
    if (Number.isNaN(d) || d >= base) break;
    value = value * base + d;
  }
  if (p === digitsStart) return { value: 0, next: from };
  return { value: Math.min(sign * value, Number.MAX_SAFE_INTEGER), next: p };
}

export interface SequenceNumbers {
  numbers: number[];
  start: number;
  step: number;
  end: number;
}

/**
 * add_seq()'s reading of the numbers (after parameter substitution): `(end)` counts from 1 (or -1)
 * to end; `(start, end)` steps by 1 or -1; `(start, step, end)` must step towards end.
 * Returns an error message instead when keepalived rejects them.
 */
export function evaluateSequenceNumbers(numbersText: string, hex: boolean): SequenceNumbers | string {
  const s = numbersText + ')';
  const skip = (p: number): number => {
    while (p < s.length && isBlank(s.charCodeAt(p))) p++;
    return p;
  };
  const invalid = '`~SEQ` expects one to three numbers: `(var, end)`, `(var, start, end)` or `(var, start, step, end)`.';
  const one = strtol(s, 0);
  let p = skip(one.next);
  let result: SequenceNumbers;
  if (s[p] === ')') {
    const end = one.value;
    result = { numbers: [end], end, step: end < 1 ? -1 : 1, start: end < 0 ? -1 : 1 };
  } else {
    if (s[p] !== ',') return invalid;
    const two = strtol(s, p + 1);
    p = skip(two.next);
    if (s[p] === ')') {
      result = { numbers: [one.value, two.value], start: one.value, end: two.value, step: one.value <= two.value ? 1 : -1 };
    } else {
      if (s[p] !== ',') return invalid;
      const three = strtol(s, p + 1);
      p = skip(three.next);
      if (s[p] !== ')') return invalid;
      const [start, step, end] = [one.value, two.value, three.value];
      if (step === 0 || (start < end && step < 0) || (start > end && step > 0)) {
        return `\`~SEQ\` step ${step} never gets from ${start} to ${end}.`;
      }
      result = { numbers: [start, step, end], start, step, end };
    }
  }
  if (hex && (result.start < 0 || result.end < 0)) return '`~SEQx` only counts through positive numbers.';
  return result;
}

// ---------------------------------------------------------------------------------------------
// include: is_include() / check_include()

/**
 * is_include(): the kept line starts with `include` followed by white space, or with one of
 * `includer`, `includem`, `includew`, `includeb`, `includea` followed by white space. The rest of
 * the line (blanks skipped) is the glob pattern, taken as written: quotes stay part of it.
 * Returns the length of the keyword, or 0.
 */
export function includeKeywordLength(text: string, at: number, end: number): number {
  if (!text.startsWith('include', at)) return 0;
  const isSpace = (p: number): boolean => p < end && ' \t\f\v\r'.includes(text[p]!);
  if (isSpace(at + 7)) return 7;
  if (at + 7 < end && 'rmwba'.includes(text[at + 7]!) && isSpace(at + 8)) return 8;
  return 0;
}
