import type { IToken } from 'chevrotain';
import { firstAtOrAfter } from '../common/lines.js';
import type { Fix, Problem, Span } from '../common/span.js';
import type { KeepalivedSyntaxCode } from './codes.js';
import {
  Definition,
  Include,
  LBrace,
  QuotedString,
  RBrace,
  UnterminatedString,
  wordTypeOf,
  type DefinitionPayload,
  type IncludePayload,
  type SequencePayload,
} from './lexer.js';
import { MAX_BLOCK_DEPTH, type BlockNode, type EntryNode, type ItemNode } from './grammar.js';
import type {
  ConfigIdCondition,
  IncludeDirective,
  KBlock,
  KeepalivedConfig,
  KStatement,
  KWord,
  ParameterDefinition,
  SequenceDirective,
} from './model.js';
import {
  definitionValue,
  endsWithBackslash,
  evaluateSequenceNumbers,
  expandReferences,
  findReferences,
  indexWithin,
  isBlank,
  isReferenceBoundary,
  lineEndOf,
  malformedDefinitionEquals,
  MAX_LINE_BYTES,
  scanLine,
  type ReferenceScan,
} from './reader.js';

/** What the model builder needs: the text, the parse tree, every token and the token groups. */
export interface BuildInput {
  text: string;
  items: ItemNode[];
  tokens: IToken[];
  comments: IToken[];
  junk: IToken[];
}

interface Context {
  readonly text: string;
  readonly tokens: IToken[];
  readonly errors: Problem[];
  readonly model: KeepalivedConfig;
  readonly references: ReferenceScan[];
  /** Start offsets of the comments, sorted, to find a statement's trailing comment. */
  readonly commentStarts: number[];
  /** Single-line definitions seen so far, to read `~SEQ` numbers written with parameters. */
  readonly definitions: Map<string, string>;
  /** Offsets of every `\n`, sorted: line ends are found by binary search, never by scanning. */
  readonly newlines: number[];
  /** Per token index: the braces before it (count, and `{` minus `}`); built on first need. */
  braceCount?: Int32Array;
  braceBalance?: Int32Array;
  lastLine?: { lineEnd: number; contentEnd: number };
  flatReported: boolean;
}

function lineEnds(text: string): number[] {
  const ends: number[] = [];
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) ends.push(p);
  return ends;
}

/** Offset of the `\n` ending the line that contains `offset` (or the text length). */
function lineEndAt(ctx: Context, offset: number): number {
  const { newlines } = ctx;
  const at = firstAtOrAfter(newlines, offset);
  return at < newlines.length ? newlines[at]! : ctx.text.length;
}

/** Index of the first token starting at or after `offset`. */
function tokenIndexFrom(tokens: readonly IToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.startOffset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The braces among tokens [from, to): how many, and `{` minus `}`. */
function bracesBetween(ctx: Context, from: number, to: number): { count: number; balance: number } {
  if (!ctx.braceCount || !ctx.braceBalance) {
    const n = ctx.tokens.length;
    const count = new Int32Array(n + 1);
    const balance = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const type = ctx.tokens[i]!.tokenType;
      const open = type === LBrace ? 1 : 0;
      const close = type === RBrace ? 1 : 0;
      count[i + 1] = count[i]! + open + close;
      balance[i + 1] = balance[i]! + open - close;
    }
    ctx.braceCount = count;
    ctx.braceBalance = balance;
  }
  return { count: ctx.braceCount[to]! - ctx.braceCount[from]!, balance: ctx.braceBalance[to]! - ctx.braceBalance[from]! };
}

function problem(ctx: Context, code: KeepalivedSyntaxCode, span: Span, message: string, fixes?: Fix[]): void {
  const entry: Problem = { code, message, start: span.start, end: Math.max(span.end, span.start) };
  if (fixes) entry.fixes = fixes;
  ctx.errors.push(entry);
}

function tokenSpan(token: IToken): Span {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

/** The end of a comment, without the `\r` of a CRLF line end. */
function commentEnd(text: string, start: number): number {
  let end = lineEndOf(text, start);
  const nul = indexWithin(text, 0, start, end);
  if (nul >= 0) end = nul;
  while (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

export function buildModel(input: BuildInput): { model: KeepalivedConfig; errors: Problem[] } {
  const { text, tokens } = input;
  const model: KeepalivedConfig = {
    start: 0,
    end: text.length,
    statements: [],
    includes: [],
    definitions: [],
    references: [],
    sequences: [],
    comments: input.comments.map((c) => ({ start: c.startOffset, end: commentEnd(text, c.startOffset) })),
  };
  const ctx: Context = {
    text,
    tokens,
    errors: [],
    model,
    references: [],
    commentStarts: input.comments.map((c) => c.startOffset),
    definitions: new Map(),
    newlines: lineEnds(text),
    flatReported: false,
  };

  buildItems(ctx, input.items, model.statements);
  for (const nul of input.junk) {
    problem(ctx, 'keepalived/nul-byte', { start: nul.startOffset, end: commentEnd(text, nul.startOffset + 1) }, 'NUL byte: keepalived stops reading this line here (2.3 and later ignore the whole line).');
  }
  checkLines(ctx);

  model.comments.sort((a, b) => a.start - b.start);
  model.references = ctx.references
    .sort((a, b) => a.start - b.start)
    .map((r) => ({ start: r.start, end: r.end, name: r.name, braced: r.braced }));
  ctx.errors.sort((a, b) => a.start - b.start || a.end - b.end);
  return { model, errors: ctx.errors };
}

// ---------------------------------------------------------------------------------------------
// Structure

/** Builds the statements of a list (the file or a block) and reports its stray and flat braces. */
function buildItems(ctx: Context, items: readonly ItemNode[], into: KStatement[]): void {
  for (const item of items) {
    // Chevrotain's recovery may leave holes; the grammar accepts every input, so it should not.
    if (!item) continue;
    switch (item.kind) {
      case 'entry':
        buildEntry(ctx, item, into);
        break;
      case 'block':
        buildLooseBlock(ctx, item, into);
        break;
      case 'stray':
        problem(ctx, 'keepalived/unbalanced-brace', tokenSpan(item.token), 'This `}` has no block to close (keepalived reports an extra `}`).');
        break;
      case 'flat':
        if (!ctx.flatReported) {
          ctx.flatReported = true;
          problem(ctx, 'keepalived/syntax', tokenSpan(item.token), `Blocks are nested more than ${MAX_BLOCK_DEPTH} levels deep here; the deeper levels are not analysed.`);
        }
        break;
    }
  }
}

/** A `{` that follows no keyword: keepalived ignores it; its contents are kept at the current level. */
function buildLooseBlock(ctx: Context, node: BlockNode, into: KStatement[]): void {
  const open = node.open;
  problem(ctx, 'keepalived/unexpected-brace', tokenSpan(open), 'This `{` does not follow a keyword: keepalived ignores it, and its matching `}` then closes the enclosing block.');
  // A loop, not push(...): a spread of a very large list overflows the call stack.
  for (const statement of buildBlock(ctx, node).statements) into.push(statement);
}

function buildBlock(ctx: Context, node: BlockNode): KBlock {
  const open = tokenSpan(node.open);
  const statements: KStatement[] = [];
  buildItems(ctx, node.items, statements);
  const closeToken = node.close;
  const block: KBlock = { start: open.start, end: open.end, open, statements };
  if (closeToken) {
    block.close = tokenSpan(closeToken);
    block.end = block.close.end;
  } else {
    const last = statements[statements.length - 1];
    if (last) block.end = Math.max(block.end, last.end);
    problem(ctx, 'keepalived/unbalanced-brace', open, 'This `{` is never closed: the file ends before its `}`.');
  }
  return block;
}

function buildEntry(ctx: Context, entry: EntryNode, into: KStatement[]): void {
  let configId: ConfigIdCondition | undefined;
  let sequences: SequenceDirective[] | undefined;
  let start: number | undefined;
  const prefixTokens = entry.prefixes;
  if (prefixTokens) {
    for (const token of prefixTokens) {
      if (token.image.startsWith('@')) {
        configId ??= configIdOf(token);
      } else {
        const directive = buildSequence(ctx, token);
        if (directive) (sequences ??= []).push(directive);
      }
    }
    start = prefixTokens[0]!.startOffset;
    checkPrefixedLine(ctx, prefixTokens, !entry.definition && !entry.include && !entry.head);
  }

  if (entry.definition) {
    const definition = buildDefinition(ctx, entry.definition, start);
    if (configId) definition.configId = configId;
    ctx.model.definitions.push(definition);
  } else if (entry.include) {
    const include = buildInclude(ctx, entry.include, start);
    if (configId) include.configId = configId;
    ctx.model.includes.push(include);
  } else if (entry.head) {
    const statement = buildStatement(ctx, entry.head, entry.values, entry.block, start);
    if (configId) statement.configId = configId;
    if (sequences) statement.sequences = sequences;
    into.push(statement);
  }
}

function configIdOf(token: IToken): ConfigIdCondition {
  const negated = token.image.startsWith('@^');
  return { ...tokenSpan(token), name: token.image.slice(negated ? 2 : 1), negated };
}

/**
 * Checks what follows `@name` / `~SEQ(...)` on its line. keepalived ignores an `@name` line with
 * nothing after the name; it drops (or repeats) the whole rest of the line, so the braces on it
 * must balance there or the block structure changes.
 */
function checkPrefixedLine(ctx: Context, prefixes: readonly IToken[], bodiless: boolean): void {
  const { text, tokens } = ctx;
  const last = prefixes[prefixes.length - 1]!;
  const firstConfigId = prefixes.find((t) => t.image.startsWith('@'));
  const lineEnd = lineEndAt(ctx, last.startOffset);
  const braces = bracesBetween(ctx, tokenIndexFrom(tokens, last.startOffset + 1), tokenIndexFrom(tokens, lineEnd));
  if (bodiless && braces.count === 0 && last.image.startsWith('@')) {
    problem(ctx, 'keepalived/empty-conditional', tokenSpan(last), `Nothing follows \`${last.image}\` on this line, so keepalived ignores the line.`);
    return;
  }
  if (firstConfigId) {
    const after = text.charCodeAt(firstConfigId.startOffset + firstConfigId.image.length);
    if (after !== 32 && after !== 9) {
      problem(ctx, 'keepalived/empty-conditional', tokenSpan(firstConfigId), `keepalived needs a space or tab after \`${firstConfigId.image}\`; without one it ignores the line.`);
    }
  }
  if (braces.balance === 0) return;
  const sequence = prefixes.find((t) => !t.image.startsWith('@'));
  const range = { start: prefixes[0]!.startOffset, end: contentEndOfLine(ctx, lineEnd) };
  if (sequence) {
    problem(ctx, 'keepalived/bad-seq', range, '`~SEQ`/`~LST` repeat only the rest of their line, and the braces on it do not balance: the block would be opened (or closed) once per value.');
  } else if (firstConfigId) {
    const id = configIdOf(firstConfigId);
    const who = id.negated ? `whose config id is \`${id.name}\`` : `whose config id is not \`${id.name}\``;
    problem(ctx, 'keepalived/conditional-brace', range, `On hosts ${who}, keepalived drops this whole line with its unbalanced brace, and the blocks around it pair up differently.`);
  }
}

/** Where the kept text of the line ending at `lineEnd` ends (remembered for the last line asked). */
function contentEndOfLine(ctx: Context, lineEnd: number): number {
  if (ctx.lastLine?.lineEnd !== lineEnd) {
    const lineStart = lineEnd > 0 ? ctx.text.lastIndexOf('\n', lineEnd - 1) + 1 : 0;
    ctx.lastLine = { lineEnd, contentEnd: scanLine(ctx.text, lineStart).contentEnd };
  }
  return ctx.lastLine.contentEnd;
}

function buildSequence(ctx: Context, token: IToken): SequenceDirective | undefined {
  const scan = token.payload as SequencePayload;
  if (scan.error) {
    problem(ctx, 'keepalived/bad-seq', { start: scan.error.start, end: scan.error.end }, `${scan.error.message} keepalived ignores this line.`);
    return undefined;
  }
  const span = tokenSpan(token);
  const variables = scan.variables.map((v) => v.text);
  const directive: SequenceDirective = { ...span, kind: scan.kind, variable: variables[0] ?? '', variables, numbers: [], hex: scan.hex };
  if (scan.kind === 'lst') {
    directive.values = (scan.valueSets ?? []).map((set) => set.map((v) => v.text));
  } else if (scan.numbers) {
    const { start, end, text: raw } = scan.numbers;
    findReferences(ctx.text, start, end, true, ctx.references);
    const expanded = raw.includes('$') ? expandReferences(raw, ctx.definitions) : raw;
    if (expanded !== undefined) {
      const result = evaluateSequenceNumbers(expanded, scan.hex);
      if (typeof result === 'string') {
        problem(ctx, 'keepalived/bad-seq', span, `${result} keepalived ignores this line.`);
      } else {
        directive.numbers = result.numbers;
        directive.range = { start: result.start, step: result.step, end: result.end };
      }
    }
  }
  ctx.model.sequences.push(directive);
  return directive;
}

function buildDefinition(ctx: Context, token: IToken, prefixStart: number | undefined): ParameterDefinition {
  const { text } = ctx;
  const scan = token.payload as DefinitionPayload;
  const name = text.slice(scan.nameStart, scan.nameEnd);
  const value = definitionValue(text, scan.lines);
  const first = scan.lines[0]!;
  const last = scan.lines[scan.lines.length - 1]!;
  for (const line of scan.lines) {
    let end = line.end;
    if (endsWithBackslash(text, line.start, end)) {
      end--;
      while (end > line.start && isBlank(text.charCodeAt(end - 1))) end--;
    }
    findReferences(text, line.start, end, true, ctx.references);
  }
  for (const comment of scan.comments) ctx.model.comments.push({ start: comment, end: commentEnd(text, comment) });
  if (scan.brokenBy >= 0) {
    problem(
      ctx,
      'keepalived/definition-break',
      { start: scan.brokenBy, end: commentEnd(text, scan.brokenBy) },
      `This blank or comment line ends the multi-line definition of \`$${name}\` in keepalived's VRRP and checker processes, but not in its main process, which keeps reading the definition on the next line. Remove this line or end the definition before it.`,
    );
  }
  const multiline = scan.multiline && value !== '';
  if (!multiline) ctx.definitions.set(name, value);
  else ctx.definitions.delete(name);
  return {
    start: prefixStart ?? token.startOffset,
    end: Math.max(last.end, scan.equals),
    name: { start: scan.nameStart, end: scan.nameEnd, raw: name, value: name, quoted: false },
    value,
    valueSpan: { start: first.start, end: Math.max(last.end, first.start) },
    valueLines: scan.lines.map((l) => ({ start: l.start, end: l.end })),
    multiline,
  };
}

function buildInclude(ctx: Context, token: IToken, prefixStart: number | undefined): IncludeDirective {
  const { text } = ctx;
  const { keywordLength, patternStart } = token.payload as IncludePayload;
  const span = tokenSpan(token);
  const raw = text.slice(patternStart, span.end);
  findReferences(text, patternStart, span.end, true, ctx.references);
  const brace = /[ \t\f\v][{}]/.exec(raw);
  if (brace) {
    const at = patternStart + brace.index + 1;
    problem(ctx, 'keepalived/include-brace', { start: at, end: at + 1 }, 'keepalived takes the whole rest of an `include` line as the file pattern, this brace included; put the brace on its own line.', [
      { title: 'Move the brace to its own line', edits: [{ start: at - 1, end: at, newText: '\n' }], preferred: true },
    ]);
  }
  return {
    start: prefixStart ?? span.start,
    end: span.end,
    keyword: text.slice(span.start, span.start + keywordLength),
    pattern: { start: patternStart, end: span.end, raw, value: raw, quoted: false },
  };
}

const INCLUDE_KEYWORDS = new Set(['include', 'includer', 'includem', 'includew', 'includeb', 'includea']);

function buildStatement(ctx: Context, head: IToken, values: IToken[] | undefined, blockNode: BlockNode | undefined, prefixStart: number | undefined): KStatement {
  const { text } = ctx;
  const keyword = wordOf(ctx, head);
  const args: KWord[] = [];
  if (values) for (const token of values) args.push(wordOf(ctx, token));
  const lastWord = args.length ? args[args.length - 1]! : keyword;
  const statement: KStatement = { start: prefixStart ?? keyword.start, end: lastWord.end, keyword, args };

  if (blockNode) {
    statement.block = buildBlock(ctx, blockNode);
    statement.end = statement.block.end;
  }
  const comment = trailingComment(ctx, lastWord.end, statement.block?.open.end);
  if (comment) statement.comment = comment;

  if (keyword.raw.startsWith('$')) {
    const equals = malformedDefinitionEquals(text, keyword.start, keyword.end);
    if (equals >= 0) {
      const name = text.slice(keyword.start + 1, equals).trimEnd();
      const span = { start: keyword.start, end: equals + 1 };
      if (equals > keyword.end) {
        problem(ctx, 'keepalived/bad-definition', span, `keepalived allows no blank before \`=\` in a parameter definition: write \`$${name}=...\`. As written, the line is read as an unknown keyword.`, [
          { title: 'Remove the blank before `=`', edits: [{ start: keyword.end, end: equals, newText: '' }], preferred: true },
        ]);
      } else {
        problem(ctx, 'keepalived/bad-definition', span, `\`${name}\` is not a valid parameter name (letters, digits and \`_\`, not starting with a digit), so keepalived reads this line as an unknown keyword.`);
      }
    }
  }
  if (args.length === 0 && INCLUDE_KEYWORDS.has(keyword.raw)) {
    problem(ctx, 'keepalived/bad-include', keyword, `\`${keyword.raw}\` needs a file pattern; without one keepalived reads it as an unknown keyword.`);
  }
  return statement;
}

/** The comment on the statement's first line: after its last word, or after its `{` on that line. */
function trailingComment(ctx: Context, after: number, openEnd: number | undefined): Span | undefined {
  const { commentStarts, text } = ctx;
  const start = commentStarts[firstAtOrAfter(commentStarts, after)];
  if (start === undefined) return undefined;
  const lineEnd = lineEndAt(ctx, after);
  if (start > lineEnd) return undefined;
  // Only a comment not preceded by other words of the line (e.g. the contents of `{ ... }`).
  for (let p = openEnd !== undefined && openEnd <= lineEnd ? openEnd : after; p < start; p++) {
    if (!' \t\f\v\r'.includes(text[p]!)) return undefined;
  }
  return { start, end: commentEnd(text, start) };
}

function wordOf(ctx: Context, token: IToken): KWord {
  const { text } = ctx;
  const image = token.image;
  const start = token.startOffset;
  let end = start + image.length;
  const type = wordTypeOf(token);
  const dollar = image.includes('$');
  if (type === QuotedString) {
    if (dollar) findReferences(text, start + 1, end - 1, false, ctx.references);
    return { start, end, raw: image, value: image.slice(1, -1), quoted: true };
  }
  if (type === UnterminatedString) {
    while (end > start + 1 && ' \t\r'.includes(text[end - 1]!)) end--;
    const raw = text.slice(start, end);
    if (dollar) findReferences(text, start + 1, end, true, ctx.references);
    return { start, end, raw, value: raw.slice(1), quoted: true, unterminated: true };
  }
  if (dollar) findReferences(text, start, end, isReferenceBoundary(text, end), ctx.references);
  const value = image.includes('\\') ? image.replace(/\\([#!])/g, '$1') : image;
  return { start, end, raw: image, value, quoted: false };
}

// ---------------------------------------------------------------------------------------------
// Line checks: what keepalived's line reader itself complains about

function checkLines(ctx: Context): void {
  const { text, tokens } = ctx;
  // Lines taken by a `$NAME=` definition or an `include` are not split into words by keepalived.
  const rawSpans: Span[] = [];
  for (const token of tokens) {
    if (token.tokenType === Definition || token.tokenType === Include) rawSpans.push(tokenSpan(token));
  }
  let raw = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const line = scanLine(text, lineStart);
    while (raw < rawSpans.length && rawSpans[raw]!.end < lineStart) raw++;
    const rawLine = raw < rawSpans.length && rawSpans[raw]!.start <= line.lineEnd && rawSpans[raw]!.end >= lineStart;

    checkLineLength(ctx, lineStart, line.lineEnd);
    if (line.openQuote >= 0) {
      problem(ctx, 'keepalived/unterminated-quote', { start: line.openQuote, end: line.contentEnd }, 'This `"` is never closed on its line: keepalived reports an unterminated quote (and, outside a definition, drops the rest of the line).');
    } else if (!rawLine) {
      // Words and braces are split with quotes paired as they come, without escapes.
      let quotes = 0;
      let lastQuote = -1;
      for (let p = indexWithin(text, 34, line.contentStart, line.contentEnd); p >= 0; p = indexWithin(text, 34, p + 1, line.contentEnd)) {
        quotes++;
        lastQuote = p;
      }
      if (quotes % 2 === 1) {
        problem(ctx, 'keepalived/unterminated-quote', { start: lastQuote, end: line.contentEnd }, 'keepalived pairs quotes without looking at backslashes, so this `"` is left open; it reports an unmatched quote and drops the rest of the line.');
      }
    }
    if (!rawLine && endsWithBackslash(text, line.contentStart, line.contentEnd)) {
      problem(ctx, 'keepalived/stray-backslash', { start: line.contentEnd - 1, end: line.contentEnd }, 'keepalived continues lines only inside a `$NAME=` definition: here the backslash stays part of the line and the next line is read on its own.', [
        { title: 'Remove the backslash', edits: [{ start: line.contentEnd - 1, end: line.contentEnd, newText: '' }] },
      ]);
    }
    if (line.comment > line.contentStart) {
      const before = text.charCodeAt(line.comment - 1);
      if (!isBlank(before) && !'{}"\f\v\r'.includes(text[line.comment - 1]!)) {
        const mark = text[line.comment]!;
        problem(ctx, 'keepalived/comment-in-word', { start: line.comment, end: line.comment + 1 }, `keepalived starts a comment at this \`${mark}\`, cutting the word short; write \`\\${mark}\` to keep it.`, [
          { title: `Escape \`${mark}\` as \`\\${mark}\``, edits: [{ start: line.comment, end: line.comment, newText: '\\' }] },
        ]);
      }
    }
    if (line.lineEnd >= text.length) break;
    lineStart = line.lineEnd + 1;
  }
}

function checkLineLength(ctx: Context, start: number, end: number): void {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: shorter lines cannot reach the limit.
  if ((end - start) * 3 < MAX_LINE_BYTES) return;
  const { text } = ctx;
  let bytes = 0;
  for (let p = start; p < end; p++) {
    const code = text.charCodeAt(p);
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 4 : code >= 0xdc00 && code <= 0xdfff ? 0 : 3;
    if (bytes + size > MAX_LINE_BYTES) {
      problem(ctx, 'keepalived/line-too-long', { start: p, end }, `This line is longer than the ${MAX_LINE_BYTES} bytes keepalived reads at once: 2.2 reads the rest as a separate line, 2.3 and later ignore the line.`);
      return;
    }
    bytes += size;
  }
  // A line of exactly MAX_LINE_BYTES bytes also fills the buffer without its line end.
  if (bytes === MAX_LINE_BYTES) {
    problem(ctx, 'keepalived/line-too-long', { start: end - 1, end }, `This line fills the ${MAX_LINE_BYTES} bytes keepalived reads at once, leaving no room for its line end.`);
  }
}
