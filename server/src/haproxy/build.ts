import type { IToken } from 'chevrotain';
import type { Problem, Span } from '../common/span.js';
import type { AnonymousAclCstNode, ConditionCstNode, ConfigCstNode, LineCstChildren, LineCstNode } from './cst.js';
import type {
  Condition,
  ConditionalDirective,
  ConditionTerm,
  Directive,
  HaproxyConfig,
  Section,
  SectionKind,
  Word,
} from './model.js';
import { SECTION_KINDS } from './model.js';
import { Not, Or, RBrace } from './tokens.js';
import { decodeWord, makeWord, PlainWord } from './words.js';

/** HAProxy splits a line into at most this many words (MAX_LINE_ARGS in include/haproxy/defaults.h). */
export const MAX_LINE_WORDS = 64;

const SECTION_SET: ReadonlySet<string> = new Set(SECTION_KINDS);
/** Sections whose header has no name: what follows the keyword is not a name. */
const UNNAMED_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(['global', 'traces', 'namespace_list']);
const BLOCK_DIRECTIVES: ReadonlySet<string> = new Set(['.if', '.elif', '.else', '.endif']);
const MESSAGE_DIRECTIVES: ReadonlySet<string> = new Set(['.diag', '.notice', '.warning', '.alert']);

/** An open `.if` block while walking the file. */
interface OpenBlock {
  opener: ConditionalDirective;
  elseSeen?: ConditionalDirective;
}

/**
 * Walks the CST line by line and assembles the typed model: sections with their directives, the
 * lines before the first section, conditional directives, comments. Reports, with exact ranges,
 * what HAProxy would reject at the line level (quotes, escapes, variables, conditions, `.if`
 * blocks, empty or too many words) and what it silently ignores.
 *
 * The lines may come in several batches (`addLines`), in file order: the parser reads a big file
 * in pieces so that its tokens and CST never all live at once. `finish` completes the model.
 */
export class ConfigBuilder {
  readonly config: HaproxyConfig;
  private readonly blocks: OpenBlock[] = [];
  private section: Section | undefined;
  /** The words of the current line, for the checks that look at all of them (reused: big files have many lines). */
  private readonly words: Word[] = [];
  /** Word texts met recently, to share (see `decodeToken`). Dropped with the builder. */
  private readonly strings: string[] = new Array<string>(STRING_SLOTS).fill('');

  constructor(
    private readonly text: string,
    private readonly errors: Problem[],
  ) {
    this.config = { start: 0, end: text.length, sections: [], outside: [], conditionals: [], comments: [] };
  }

  addLines(lines: readonly LineCstNode[]): void {
    const { config, blocks, words, errors, text, strings } = this;
    for (const line of lines) {
      const commentToken = line.children.Comment?.[0];
      const comment = commentToken ? tokenSpan(commentToken) : undefined;
      if (comment) config.comments.push(comment);

      words.length = 0;
      const directive = buildDirective(line.children, { words, errors, strings });
      if (!directive) continue;

      const keyword = directive.keyword.value;
      if (keyword === '' && !directive.keyword.env) {
        errors.push({
          ...spanOf(words),
          code: 'haproxy/ignored-text',
          message: 'This line starts with an empty word, so HAProxy ignores the whole line.',
        });
        continue;
      }
      checkWords(text, words, errors);
      if (comment) directive.comment = comment;

      if (keyword.startsWith('.')) {
        if (BLOCK_DIRECTIVES.has(keyword) || MESSAGE_DIRECTIVES.has(keyword)) {
          const conditional: ConditionalDirective = {
            start: directive.start,
            end: directive.end,
            keyword: directive.keyword,
            args: directive.args,
          };
          config.conditionals.push(conditional);
          checkConditional(conditional, blocks, errors);
          continue;
        }
        errors.push({
          ...spanOf([directive.keyword]),
          code: 'haproxy/unknown-directive',
          message: `\`${keyword}\` is not a directive: those starting with a dot are .if, .elif, .else, .endif, .diag, .notice, .warning and .alert.`,
        });
      }

      if (SECTION_SET.has(keyword)) {
        const kind = keyword as SectionKind;
        this.section = { start: directive.start, end: directive.end, kind, header: directive, directives: [] };
        const name = directive.args[0];
        if (name && !UNNAMED_SECTIONS.has(kind)) this.section.name = name;
        config.sections.push(this.section);
      } else if (this.section) {
        this.section.directives.push(directive);
        this.section.end = directive.end;
      } else {
        config.outside.push(directive);
        // An unknown dot directive was reported above; HAProxy stops at that complaint too.
        if (!keyword.startsWith('.')) {
          errors.push({
            ...spanOf([directive.keyword]),
            code: 'haproxy/outside-section',
            message: `\`${keyword}\` appears before any section header (such as global, defaults, frontend or backend); HAProxy rejects it.`,
          });
        }
      }
    }
  }

  /** The model, once every line is in; `ignored` are the lexer's NUL and lone-CR tokens. */
  finish(ignored: readonly IToken[]): HaproxyConfig {
    const { errors, text } = this;
    for (const block of this.blocks) {
      errors.push({
        ...spanOf([block.opener.keyword]),
        code: 'haproxy/unbalanced-conditional',
        message: 'This `.if` block is never closed: add `.endif`.',
      });
    }

    finalNewlineError(text, errors);
    ignoredTextErrors(ignored, errors);
    return this.config;
  }
}

/** HAProxy takes a last line without LF for a truncated file and rejects it. */
export function finalNewlineError(text: string, errors: Problem[]): void {
  if (text.length > 0 && !text.endsWith('\n')) {
    errors.push({
      start: text.length - 1,
      end: text.length,
      code: 'haproxy/missing-final-newline',
      message: 'The file must end with a line break: HAProxy rejects a last line without one, as if the file were truncated.',
    });
  }
}

/** The NUL and lone-CR tokens the lexer set aside, as the errors HAProxy would give. */
export function ignoredTextErrors(ignored: readonly IToken[], errors: Problem[]): void {
  for (const token of ignored) {
    const start = token.startOffset;
    if (token.image.startsWith('\0')) {
      errors.push({
        start,
        end: start + 1,
        code: 'haproxy/nul-character',
        message: 'HAProxy cannot read a NUL character: it stops reading the line here and rejects the file.',
      });
    } else {
      errors.push({
        start,
        end: start + token.image.length,
        code: 'haproxy/ignored-text',
        message: 'A carriage return that is not followed by a line feed ends the line for HAProxy: the text after it is ignored.',
      });
    }
  }
}

export function buildConfig(text: string, cst: ConfigCstNode, ignored: IToken[], errors: Problem[]): HaproxyConfig {
  const builder = new ConfigBuilder(text, errors);
  builder.addLines(cst.children.line ?? []);
  return builder.finish(ignored);
}

function isToken(item: IToken | AnonymousAclCstNode): item is IToken {
  return (item as IToken).tokenType !== undefined;
}

function tokenSpan(token: IToken): Span {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

function spanOf(items: readonly Span[]): Span {
  return { start: items[0]!.start, end: items[items.length - 1]!.end };
}

/** What the line builders share: the line's words so far, the problems, the word texts met recently. */
interface LineScope {
  words: Word[];
  errors: Problem[];
  strings: string[];
}

/** The size of the table of recent word texts (a power of two). */
const STRING_SLOTS = 4096;

/**
 * A big file repeats its keywords, options and names thousands of times; the model keeps one string
 * for each instead of one per occurrence: 466k strings became 72k, 10 MB less, on the 100,000-line
 * benchmark file. The table is indexed by the text's length and three of its characters, and an
 * entry is replaced when another text lands on it: a Map of every text saved the same memory but
 * took 15% of the parsing time, this costs next to nothing (benchmarked in the same runs).
 */
function shared(image: string, strings: string[]): string {
  const n = image.length;
  const slot = (n * 961 + image.charCodeAt(0) * 31 + image.charCodeAt(n >> 1) * 7 + image.charCodeAt(n - 1)) & (STRING_SLOTS - 1);
  const known = strings[slot]!;
  if (known === image) return known;
  strings[slot] = image;
  return image;
}

function decodeToken(token: IToken, scope: LineScope): Word {
  const raw = shared(token.image, scope.strings);
  const word = decodeWord(raw, token.startOffset, scope.errors);
  scope.words.push(word);
  return word;
}

const NO_TOKENS: readonly IToken[] = [];

function buildDirective(line: LineCstChildren, scope: LineScope): Directive | undefined {
  const keywordToken = line.keyword?.[0];
  if (!keywordToken) return undefined;
  const keyword = decodeToken(keywordToken, scope);
  // map() sizes the array exactly: one pushed into grows to 17 slots, 14 MB of empty slots for 100k lines.
  const args = (line.args ?? NO_TOKENS).map((token) => decodeToken(token, scope));
  const directive: Directive = { start: keyword.start, end: (args[args.length - 1] ?? keyword).end, keyword, args };
  const conditionNode = line.condition?.[0];
  if (conditionNode) {
    const condition = buildCondition(conditionNode, scope);
    if (condition) {
      directive.condition = condition;
      directive.end = condition.end;
    }
  }
  return directive;
}

/** The words of the line after the keyword: an empty one ends HAProxy's argument list. */
function checkWords(text: string, words: readonly Word[], errors: Problem[]): void {
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word.value === '' && !word.env) {
      errors.push({
        ...spanOf([word]),
        code: 'haproxy/empty-argument',
        message: 'An empty argument marks the end of the argument list: HAProxy 2.6 ignores the words after it, newer versions reject the line.',
      });
    }
  }
  if (words.length > MAX_LINE_WORDS) {
    errors.push({
      ...spanOf(words.slice(MAX_LINE_WORDS)),
      code: 'haproxy/too-many-words',
      message: `HAProxy reads at most ${MAX_LINE_WORDS} words on a line; this line has ${words.length}.`,
    });
  } else if (words.length === MAX_LINE_WORDS) {
    // Before 3.2, parse_line() opened a new (empty) word at every run of blanks, trailing ones included.
    const after = words[MAX_LINE_WORDS - 1]!.end;
    let blankEnd = after;
    while (isBlank(text.charCodeAt(blankEnd))) blankEnd++;
    if (blankEnd > after) {
      errors.push({
        start: after,
        end: blankEnd,
        code: 'haproxy/too-many-words',
        message: `This line has ${MAX_LINE_WORDS} words, the most HAProxy reads, and HAProxy before 3.2 counts the blank after the last one as one more: remove it.`,
      });
    }
  }
}

/** Space, tab, VT or FF: the blanks that separate words. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c;
}

function checkConditional(directive: ConditionalDirective, blocks: OpenBlock[], errors: Problem[]): void {
  const keyword = directive.keyword.value;
  const report = (at: readonly Span[], code: string, message: string): void => {
    errors.push({ ...spanOf(at), code, message });
  };
  const top = blocks[blocks.length - 1];
  switch (keyword) {
    case '.if':
      blocks.push({ opener: directive });
      break;
    case '.elif':
      if (!top) report([directive.keyword], 'haproxy/unbalanced-conditional', '`.elif` without a `.if` before it.');
      else if (top.elseSeen) report([directive.keyword], 'haproxy/unbalanced-conditional', '`.elif` cannot follow the `.else` of the same block.');
      break;
    case '.else':
      if (!top) report([directive.keyword], 'haproxy/unbalanced-conditional', '`.else` without a `.if` before it.');
      else if (top.elseSeen) report([directive.keyword], 'haproxy/unbalanced-conditional', 'This block already has an `.else`.');
      else top.elseSeen = directive;
      break;
    case '.endif':
      if (!top) report([directive.keyword], 'haproxy/unbalanced-conditional', '`.endif` without a `.if` before it.');
      else blocks.pop();
      break;
  }
  if ((keyword === '.else' || keyword === '.endif') && directive.args.length > 0) {
    report(directive.args, 'haproxy/unexpected-argument', `\`${keyword}\` takes no argument.`);
  }
  if (MESSAGE_DIRECTIVES.has(keyword) && directive.args.length > 1) {
    report(directive.args.slice(1), 'haproxy/unexpected-argument', `\`${keyword}\` takes a single message: put it in quotes if it contains spaces.`);
  }
}

/** A pending run of `!`: where it started and whether it negates (an even count cancels out). */
interface Negation {
  start: number;
  negated: boolean;
}

type Report = (at: Span, message: string) => void;

/** `||` or `or` in any case, as HAProxy compares the decoded word (so a quoted "||" counts too). */
const OR_WORD = /^(?:\|\||or)$/i;

/**
 * Builds the terms of `if`/`unless` as HAProxy's parse_acl_cond() (src/acl.c) reads them, and
 * reports two kinds of problems: `haproxy/condition-syntax` for what HAProxy rejects (an unclosed
 * or stray brace, an empty `{ }`, a brace glued to a word), and `haproxy/condition-incomplete` for
 * what it silently accepts although something is missing (an empty condition, an operator at
 * either end or doubled, a `!` followed by nothing).
 */
function buildCondition(node: ConditionCstNode, scope: LineScope): Condition | undefined {
  const keywordToken = node.children.keyword?.[0];
  if (!keywordToken) return undefined;
  const { errors } = scope;
  const keyword = decodeToken(keywordToken, scope);
  const condition: Condition = { start: keyword.start, end: keyword.end, keyword, negate: keyword.value === 'unless', terms: [] };
  const syntax: Report = (at, message) => {
    errors.push({ start: at.start, end: at.end, code: 'haproxy/condition-syntax', message });
  };
  const incomplete: Report = (at, message) => {
    errors.push({ start: at.start, end: at.end, code: 'haproxy/condition-incomplete', message });
  };

  let pendingNot: (Negation & { end: number }) | undefined;
  const takeNegation = (start: number, prefix: number): Negation => {
    const negation = pendingNot ? { start: pendingNot.start, negated: pendingNot.negated } : { start, negated: false };
    if (prefix % 2 === 1) negation.negated = !negation.negated;
    pendingNot = undefined;
    return negation;
  };
  const addTerm = (term: ConditionTerm): void => {
    condition.terms.push(term);
    condition.end = term.end;
  };
  const addOperator = (word: Word): void => {
    if (pendingNot) {
      incomplete(pendingNot, '`!` must be followed by an ACL name or `{`, not by an operator.');
      pendingNot = undefined;
    }
    const previous = condition.terms[condition.terms.length - 1];
    if (!previous) incomplete(word, `The condition cannot start with \`${word.raw}\`: it needs an ACL on each side.`);
    else if (previous.kind === 'or') incomplete(word, `\`${word.raw}\` follows another operator: an ACL is missing between them.`);
    addTerm({ kind: 'or', start: word.start, end: word.end, word });
  };

  for (const item of node.children.terms ?? []) {
    if (!isToken(item)) {
      addTerm(buildAnonymousAcl(item, takeNegation, scope, syntax));
      continue;
    }
    const word = decodeToken(item, scope);
    switch (item.tokenType) {
      case Not:
        if (pendingNot) pendingNot = { start: pendingNot.start, end: word.end, negated: pendingNot.negated !== (word.value.length % 2 === 1) };
        else pendingNot = { start: word.start, end: word.end, negated: word.value.length % 2 === 1 };
        condition.end = word.end;
        break;
      case Or:
        addOperator(word);
        break;
      case RBrace:
        syntax(word, '`}` without a matching `{`.');
        condition.end = word.end;
        break;
      default: {
        if (OR_WORD.test(word.value)) {
          addOperator(word);
          break;
        }
        // An ACL name. HAProxy strips the `!` at the start of the decoded word; each one flips the negation.
        const negation = takeNegation(word.start, leadingBangs(word.value));
        const name = stripNegation(word);
        if (name.value === '') {
          // A quoted "!" alone: HAProxy skips the empty name, so it only flips the negation.
          pendingNot = { start: negation.start, end: word.end, negated: negation.negated };
          condition.end = word.end;
          break;
        }
        if (name.value.startsWith('{') || name.value.endsWith('}')) {
          syntax(name, 'The braces of an anonymous ACL must be separate words: write `{ criterion ... }` with spaces.');
        }
        addTerm({ kind: 'acl', start: negation.start, end: word.end, name, negated: negation.negated });
      }
    }
  }

  if (pendingNot) incomplete(pendingNot, '`!` at the end of the condition: it must be followed by an ACL name or `{`.');
  const last = condition.terms[condition.terms.length - 1];
  if (!last && !pendingNot) {
    incomplete(keyword, `\`${keyword.raw}\` must be followed by a condition (ACL names, \`||\`, \`!\` or \`{ ... }\`).`);
  } else if (last?.kind === 'or' && condition.terms.length > 1) {
    // (A lone operator was already reported as starting the condition.)
    incomplete(last.word, `The condition cannot end with \`${last.word.raw}\`: an ACL must follow it.`);
  }
  condition.terms = condition.terms.slice(); // exactly sized (see buildDirective)
  return condition;
}

function buildAnonymousAcl(
  node: AnonymousAclCstNode,
  takeNegation: (start: number, prefix: number) => Negation,
  scope: LineScope,
  report: Report,
): ConditionTerm {
  const { words } = scope;
  const openToken = node.children.open[0]!;
  const open = tokenSpan(openToken);
  // `!{`: the `!` written against the brace count like separate ones.
  const prefix = openToken.image.length - 1;
  words.push(new PlainWord(open.start, openToken.image));
  const negation = takeNegation(open.start, prefix);
  const inner = (node.children.words ?? NO_TOKENS).map((token: IToken) => decodeToken(token, scope));
  const closeToken = node.children.close?.[0];
  const close = closeToken ? tokenSpan(closeToken) : undefined;
  if (close) words.push(new PlainWord(close.start, '}'));
  const end = close?.end ?? inner[inner.length - 1]?.end ?? open.end;
  const braceOpen = { start: open.end - 1, end: open.end };
  if (!close) report({ start: braceOpen.start, end }, 'This `{` is not closed: an anonymous ACL ends with a separate `}` word on the same line.');
  else if (inner.length === 0) report({ start: braceOpen.start, end: close.end }, 'An anonymous ACL needs a criterion between `{` and `}`.');
  const acl: ConditionTerm = { kind: 'anonymous', start: negation.start, end, negated: negation.negated, open: braceOpen, words: inner };
  if (close) acl.close = close;
  return acl;
}

function leadingBangs(text: string): number {
  let count = 0;
  while (text[count] === '!') count++;
  return count;
}

/**
 * The ACL name of a term word: HAProxy strips leading `!` from the decoded word. When they are
 * written plainly (`!is_api`), the name's span starts after them.
 */
function stripNegation(word: Word): Word {
  const bangs = leadingBangs(word.value);
  if (bangs === 0) return word;
  const rawBangs = leadingBangs(word.raw);
  return makeWord(word.start + rawBangs, word.raw.slice(rawBangs), word.value.slice(bangs), word.quoted, word.env);
}
