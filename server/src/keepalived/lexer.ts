import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import {
  includeKeywordLength,
  indexWithin,
  isSequenceStart,
  scanContent,
  scanDefinition,
  scanSequence,
  type DefinitionScan,
  type SequenceScan,
} from './reader.js';

/**
 * Tokens of keepalived.conf. keepalived reads a line, then splits it at the first `{` or `}` that is
 * not inside `"..."`; what follows the brace is read again as if it were a new line (read_line's
 * "line residue"). So `@name`, `$NAME=`, `~SEQ(` and `include` are recognised at the start of a line
 * and right after a brace; elsewhere they are plain words. The custom matchers below check that from
 * the previous token.
 */

/** Payload of an `include` token: where its pattern starts. */
export interface IncludePayload {
  keywordLength: number;
  patternStart: number;
}

export type DefinitionPayload = DefinitionScan;
export type SequencePayload = SequenceScan;

type Matched = [string] & { payload?: unknown };

function matched(image: string, payload?: unknown): Matched {
  const result = [image] as Matched;
  if (payload !== undefined) result.payload = payload;
  return result;
}

/**
 * Is there a line end between the end of `last` and `offset`? Only blanks and comments lie between
 * two tokens, so over a whole file these scans add up to one pass over the text.
 */
function lineEndBetween(text: string, last: IToken, offset: number): boolean {
  return indexWithin(text, 10, last.startOffset + last.image.length, offset) >= 0;
}

/** After a line end, a brace or a `~SEQ(...)` prefix, keepalived starts reading a line afresh. */
function atLineStart(text: string, offset: number, tokens: IToken[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return true;
  const type = last.tokenType;
  return type === LBrace || type === RBrace || type === Sequence || lineEndBetween(text, last, offset);
}

/** `$NAME=`, `~SEQ` and `include` may also follow an `@name ` prefix. */
function atLineStartOrAfterConfigId(text: string, offset: number, tokens: IToken[]): boolean {
  const last = tokens[tokens.length - 1];
  return atLineStart(text, offset, tokens) || (last?.tokenType === ConfigId && !lineEndBetween(text, last, offset));
}

const configIdChars = /@\^?[^ \t\r\n\0#!]*/y;

function matchConfigId(text: string, offset: number, tokens: IToken[]): Matched | null {
  if (!atLineStart(text, offset, tokens)) return null;
  configIdChars.lastIndex = offset;
  const found = configIdChars.exec(text);
  return found ? matched(found[0]) : null;
}

function matchDefinition(text: string, offset: number, tokens: IToken[]): Matched | null {
  if (!atLineStartOrAfterConfigId(text, offset, tokens)) return null;
  const scan = scanDefinition(text, offset);
  if (!scan) return null;
  const last = scan.lines[scan.lines.length - 1]!;
  return matched(text.slice(offset, Math.max(last.end, scan.equals)), scan);
}

function matchSequence(text: string, offset: number, tokens: IToken[]): Matched | null {
  if (!atLineStartOrAfterConfigId(text, offset, tokens) || !isSequenceStart(text, offset)) return null;
  const scan = scanSequence(text, offset);
  return matched(text.slice(offset, scan.end), scan);
}

function matchInclude(text: string, offset: number, tokens: IToken[]): Matched | null {
  if (!text.startsWith('include', offset) || !atLineStartOrAfterConfigId(text, offset, tokens)) return null;
  const { contentEnd } = scanContent(text, offset);
  const keywordLength = includeKeywordLength(text, offset, contentEnd);
  if (keywordLength === 0) return null;
  let patternStart = offset + keywordLength;
  while (patternStart < contentEnd && ' \t\f\v\r'.includes(text[patternStart]!)) patternStart++;
  if (patternStart >= contentEnd) return null;
  const payload: IncludePayload = { keywordLength, patternStart };
  return matched(text.slice(offset, contentEnd), payload);
}

/** Characters that end a plain word (keepalived's white space, quotes, braces, comment starts, NUL). */
const WORD_STOP = ' \t\f\v\r\n"{}#!\0';

/** Every UTF-16 code a word may start with: Chevrotain cannot work this out from a negated set. */
function wordStartChars(): number[] {
  const stops = new Set(Array.from(WORD_STOP, (c) => c.charCodeAt(0)));
  const codes: number[] = [];
  for (let code = 0; code < 65536; code++) if (!stops.has(code)) codes.push(code);
  return codes;
}

/** White space, line ends included: `markHeads` finds the line ends from the text. */
export const Blank = createToken({ name: 'Blank', pattern: /[ \t\f\v\r\n]+/, group: Lexer.SKIPPED, line_breaks: true });
/** keepalived 2.2 stops reading a line at a NUL byte (2.3+ ignores the whole line). */
export const Nul = createToken({ name: 'Nul', pattern: /\0[^\n]*/, group: 'junk' });
export const ConfigId = createToken({
  name: 'ConfigId',
  label: '@config-id',
  pattern: { exec: matchConfigId },
  start_chars_hint: ['@'],
  line_breaks: false,
});
/** `$NAME=value`, with its continuation lines when it ends with a backslash. */
export const Definition = createToken({
  name: 'Definition',
  label: '$NAME=value',
  pattern: { exec: matchDefinition },
  start_chars_hint: ['$'],
  line_breaks: true,
});
/** `~SEQ(...)`, `~SEQx(...)` or `~LST(...)`; when malformed, the whole rest of the line. */
export const Sequence = createToken({
  name: 'Sequence',
  label: '~SEQ(...)',
  pattern: { exec: matchSequence },
  start_chars_hint: ['~'],
  line_breaks: false,
});
/** `include PATTERN` (or includer/includem/includew/includeb/includea): the rest of the line. */
export const Include = createToken({
  name: 'Include',
  label: 'include',
  pattern: { exec: matchInclude },
  start_chars_hint: ['i'],
  line_breaks: false,
});
export const LBrace = createToken({ name: 'LBrace', label: '{', pattern: '{' });
export const RBrace = createToken({ name: 'RBrace', label: '}', pattern: '}' });
export const Comment = createToken({ name: 'Comment', pattern: /[#!][^\n\0]*/, group: 'comments' });
/** Anything keepalived reads as one word: a plain word or a quoted string. */
export const Value = createToken({ name: 'Value', pattern: Lexer.NA });
/** The first word of a line (or of what follows a brace or a prefix): a statement's keyword. */
export const Head = createToken({ name: 'Head', pattern: Lexer.NA });
export const QuotedString = createToken({ name: 'QuotedString', pattern: /"[^"\n\0]*"/, categories: Value });
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: /"[^\n\0]*/, categories: Value });
/**
 * A plain word. `\#`, `\!` and `\\` are kept together (decomment() skips a backslash and the
 * character after it); `${NAME}` is kept whole because keepalived substitutes it before splitting
 * the line at braces.
 */
export const Word = createToken({
  name: 'Word',
  pattern: /(?:\\[#!\\]|\$\{[A-Za-z_][A-Za-z0-9_]*(?: *| [ 0-9]*[0-9])\}|[^ \t\f\v\r\n"{}#!\0])+/,
  start_chars_hint: wordStartChars(),
  categories: Value,
});

/** The keyword counterparts of the word tokens; `markHeads` retypes tokens to them. */
export const HeadWord = createToken({ name: 'HeadWord', pattern: Lexer.NA, categories: Head });
export const HeadQuotedString = createToken({ name: 'HeadQuotedString', pattern: Lexer.NA, categories: Head });
export const HeadUnterminatedString = createToken({ name: 'HeadUnterminatedString', pattern: Lexer.NA, categories: Head });

const headOf = new Map<TokenType, TokenType>([
  [Word, HeadWord],
  [QuotedString, HeadQuotedString],
  [UnterminatedString, HeadUnterminatedString],
]);

/** The plain word type of a token, whether or not it was retyped as a keyword. */
export function wordTypeOf(token: IToken): TokenType {
  const type = token.tokenType;
  return type === HeadWord ? Word : type === HeadQuotedString ? QuotedString : type === HeadUnterminatedString ? UnterminatedString : type;
}

/** A token as the parser sees it, with what `markHeads` and `markFlatBraces` note on it. */
export interface MarkedToken extends IToken {
  /** The first token of its line. */
  lineStart?: true;
  /** A brace nested too deep, read flat. */
  flat?: true;
}

/**
 * Notes which tokens start a line, and retypes every word that does not follow another word on the
 * same line as a keyword (`Head`). keepalived splits a statement's words on one line only, so this
 * is all the parser needs of the line ends, which stay out of its token vector.
 */
export function markHeads(text: string, tokens: readonly MarkedToken[]): void {
  let previous: IToken | undefined;
  for (const token of tokens) {
    const lineStart = previous === undefined || lineEndBetween(text, previous, token.startOffset);
    if (lineStart) token.lineStart = true;
    const head = headOf.get(token.tokenType);
    if (head) {
      const afterWord = previous !== undefined && (headOf.has(previous.tokenType) || isHeadType(previous.tokenType));
      if (!afterWord || lineStart) {
        token.tokenType = head;
        token.tokenTypeIdx = head.tokenTypeIdx!;
      }
    }
    previous = token;
  }
}

function isHeadType(type: TokenType): boolean {
  return type === HeadWord || type === HeadQuotedString || type === HeadUnterminatedString;
}

export const allTokens: TokenType[] = [
  Blank,
  Nul,
  ConfigId,
  Definition,
  Sequence,
  Include,
  LBrace,
  RBrace,
  Comment,
  QuotedString,
  UnterminatedString,
  Word,
  Value,
];

/** The parser's vocabulary: the lexer's tokens and the keyword types `markHeads` assigns. */
export const parserTokens: TokenType[] = [...allTokens, Head, HeadWord, HeadQuotedString, HeadUnterminatedString];

export const keepalivedLexer = new Lexer(allTokens, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: false,
  skipValidations: true,
});
