import '../common/compat.js';
import { createTokenInstance, CstParser, type IOrAlt, type IToken } from 'chevrotain';
import type { ParseResult, Problem } from '../common/span.js';
import { ConfigBuilder } from './build.js';
import type { ConfigCstNode } from './cst.js';
import type { HaproxyConfig } from './model.js';
import { SECTION_KINDS } from './model.js';
import {
  AclWord,
  allTokens,
  AnyWord,
  ArgWord,
  Comment,
  haproxyLexer,
  If,
  LBrace,
  NameWord,
  Newline,
  Not,
  Or,
  RBrace,
  Unless,
} from './tokens.js';
import { decodeWord } from './words.js';

/**
 * The grammar of haproxy.cfg, one line at a time:
 *
 *   config       := line*
 *   line         := directive? Comment? Newline
 *   directive    := AnyWord AnyWord*                 when the keyword takes free text (no condition)
 *                 | AnyWord ArgWord* condition?
 *   condition    := (If | Unless) (Not | Or | NameWord | RBrace | anonymousAcl)*
 *   anonymousAcl := LBrace AclWord* RBrace?
 *
 * Every token sequence the lexer can produce fits, so what is wrong in a line (a stray `}`,
 * a dangling `||`, a missing `}`) is found by the model builder, which reports it precisely.
 *
 * Performance: Chevrotain runs a rule's body on every call, so closures, alternative arrays and
 * `{ LABEL }` objects written inline would be allocated again for each line; on a 10,000-line file
 * that garbage was most of the parsing time. They are built once, as fields and constants. For the
 * same reason the directive is written inline in `line`, and condition terms share one `terms` label.
 */
export class HaproxyCstParser extends CstParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, nodeLocationTracking: 'none' });
    this.performSelfAnalysis();
  }

  config = this.RULE('config', () => {
    this.MANY(this.oneLine);
  });

  line = this.RULE('line', () => {
    this.OPTION(this.directive);
    this.OPTION3(this.comment);
    this.CONSUME(Newline);
  });

  condition = this.RULE('condition', () => {
    this.OR(this.conditionKeyword);
    this.MANY(this.conditionTerm);
  });

  anonymousAcl = this.RULE('anonymousAcl', () => {
    this.CONSUME(LBrace, OPEN);
    this.MANY(this.aclWord);
    this.OPTION(this.aclClose);
  });

  // The pieces of the rules above, built once (see the class comment).
  private readonly oneLine = (): void => {
    this.SUBRULE(this.line);
  };
  private readonly comment = (): void => {
    this.CONSUME(Comment);
  };
  private readonly directiveChoice: IOrAlt<void>[] = [
    {
      // A keyword whose arguments are free text: no condition.
      GATE: () => hasFreeArguments(this.LA(1)),
      ALT: () => {
        this.CONSUME(AnyWord, KEYWORD);
        this.MANY(this.freeArg);
      },
      // Both alternatives start with a word; the gate, on the keyword, decides.
      IGNORE_AMBIGUITIES: true,
    },
    {
      ALT: () => {
        this.CONSUME3(AnyWord, KEYWORD);
        this.MANY2(this.ruleArg);
        this.OPTION2(this.ruleCondition);
      },
    },
  ];
  private readonly directive = (): void => {
    this.OR(this.directiveChoice);
  };
  private readonly freeArg = (): void => {
    this.CONSUME2(AnyWord, ARGS);
  };
  private readonly ruleArg = (): void => {
    this.CONSUME(ArgWord, ARGS);
  };
  private readonly ruleCondition = (): void => {
    this.SUBRULE(this.condition);
  };
  private readonly conditionKeyword: IOrAlt<void>[] = [
    { ALT: () => this.CONSUME(If, KEYWORD) },
    { ALT: () => this.CONSUME(Unless, KEYWORD) },
  ];
  private readonly termChoice: IOrAlt<void>[] = [
    { ALT: () => this.CONSUME(Not, TERMS) },
    { ALT: () => this.CONSUME(Or, TERMS) },
    { ALT: () => this.CONSUME(NameWord, TERMS) },
    { ALT: () => this.CONSUME(RBrace, TERMS) },
    { ALT: () => this.SUBRULE(this.anonymousAcl, TERMS) },
  ];
  private readonly conditionTerm = (): void => {
    this.OR2(this.termChoice);
  };
  private readonly aclWord = (): void => {
    this.CONSUME(AclWord, WORDS);
  };
  private readonly aclClose = (): void => {
    this.CONSUME(RBrace, CLOSE);
  };
}

const KEYWORD = { LABEL: 'keyword' };
const ARGS = { LABEL: 'args' };
const TERMS = { LABEL: 'terms' };
const WORDS = { LABEL: 'words' };
const OPEN = { LABEL: 'open' };
const CLOSE = { LABEL: 'close' };

/**
 * Keywords whose arguments are free text, where `if` is just a word: `acl` (its own criterion),
 * section headers (a backend may be named `if`), `description`, `command` (program sections),
 * and `.if`-style directives (their expressions use `!` and `||` with another meaning).
 */
const FREE_ARGUMENT_KEYWORDS: ReadonlySet<string> = new Set<string>(['acl', 'description', 'command', ...SECTION_KINDS]);

function hasFreeArguments(token: IToken): boolean {
  const image = token.image;
  if (image === undefined) return false;
  if (image.charCodeAt(0) === 0x2e /* . */ || FREE_ARGUMENT_KEYWORDS.has(image)) return true;
  if (!/["'\\]/.test(image)) return false;
  const keyword = decodeWord(image, 0, []).value;
  return keyword.startsWith('.') || FREE_ARGUMENT_KEYWORDS.has(keyword);
}

/** One parser for the process, reused for every document (Chevrotain parsers are costly to build). */
const parser = new HaproxyCstParser();

/**
 * A big file is lexed and parsed in pieces of about this many characters, cut after a line feed.
 * Tokens never span lines and the grammar is a list of lines, so the pieces give the same model;
 * but the tokens and CST of one piece die young, instead of all of them outliving several garbage
 * collections: on a 100,000-line file that was most of the parsing time, and most of its memory peak.
 */
const PIECE_CHARS = 64 * 1024;

/**
 * Reads a haproxy.cfg text into the typed model. Never throws; every problem carries exact offsets.
 * `pieceChars` is for the tests that prove the pieces change nothing.
 */
export function parseHaproxy(text: string, pieceChars = PIECE_CHARS): ParseResult<HaproxyConfig> {
  const errors: Problem[] = [];
  try {
    const builder = new ConfigBuilder(text, errors);
    const ignored: IToken[] = [];
    for (let start = 0; ; ) {
      const lineFeed = text.length - start > pieceChars ? text.indexOf('\n', start + pieceChars) : -1;
      const end = lineFeed < 0 ? text.length : lineFeed + 1;
      parsePiece(text, start, end, builder, ignored, errors);
      start = end;
      if (end === text.length) break;
    }
    const model = builder.finish(ignored);
    errors.sort(byPlace);
    return { model, errors };
  } catch (error) {
    // The grammar accepts every token sequence, so this is a defect of ours: keep the editor alive.
    errors.push({
      start: 0,
      end: text.length,
      code: 'haproxy/syntax',
      message: `Internal parser failure: ${error instanceof Error ? error.message : String(error)}`,
    });
    return { model: { start: 0, end: text.length, sections: [], outside: [], conditionals: [], comments: [] }, errors };
  }
}

/** Lexes and parses `text[start, end)` (whole lines) and hands its lines to the builder. */
export function parsePiece(text: string, start: number, end: number, builder: ConfigBuilder, ignored: IToken[], errors: Problem[]): void {
  const lexed = haproxyLexer.tokenize(start === 0 && end === text.length ? text : text.slice(start, end));
  for (const error of lexed.errors) {
    errors.push({
      start: start + error.offset,
      end: start + error.offset + Math.max(1, error.length),
      code: 'haproxy/syntax',
      message: 'This text cannot be read as part of a HAProxy configuration line.',
    });
  }
  const tokens = lexed.tokens;
  const pieceIgnored = lexed.groups['ignored'] ?? [];
  if (start > 0) {
    for (const token of tokens) shiftToken(token, start);
    for (const token of pieceIgnored) shiftToken(token, start);
  }
  ignored.push(...pieceIgnored);
  // The grammar wants every line to end with a newline; give the file's last line a zero-width one.
  const last = tokens[tokens.length - 1];
  if (end === text.length && (!last || last.tokenType !== Newline)) {
    tokens.push(createTokenInstance(Newline, '', text.length, text.length - 1, NaN, NaN, NaN, NaN));
  }
  parser.input = tokens;
  const cst = parser.config() as ConfigCstNode;
  for (const error of parser.errors) {
    const token = error.token;
    const at = Number.isFinite(token.startOffset) ? token.startOffset : text.length;
    errors.push({
      start: at,
      end: at + (token.image?.length ?? 0),
      code: 'haproxy/syntax',
      message: `Unexpected text here: ${error.message}`,
    });
  }
  builder.addLines(cst.children.line ?? []);
  parser.input = []; // let the tokens of the piece go
}

function shiftToken(token: IToken, by: number): void {
  token.startOffset += by;
  if (token.endOffset !== undefined) token.endOffset += by;
}

/** Problems in file order; at the same place by code and message, so that the order never depends on how the file was read. */
export function byPlace(a: Problem, b: Problem): number {
  return a.start - b.start || a.end - b.end || compareText(a.code, b.code) || compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
