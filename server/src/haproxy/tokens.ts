import { createToken, Lexer, type TokenType } from 'chevrotain';

/*
 * Tokens of haproxy.cfg, following HAProxy's own line reader (parse_line() in src/tools.c):
 * - a line ends at LF; a CR ends the readable part of a line (so CRLF is a plain line end);
 * - words are separated by unquoted, unescaped spaces, tabs, VT or FF;
 * - an unquoted, unescaped `#` starts a comment, even in the middle of a word (`a#b` is `a`);
 * - single quotes keep everything literal up to the next `'`; double quotes keep spaces and `#`;
 *   outside single quotes a backslash joins the next character to the word (`\ `, `\#`, `\"`...);
 * - pieces written side by side make one word: `"a b"c` is the single word `a bc`.
 * A whole word, quotes and escapes included, is one token; `words.ts` decodes it.
 */

/** Only the condition grammar needs to tell these words apart; elsewhere they are plain words. */
export const AnyWord = createToken({ name: 'AnyWord', pattern: Lexer.NA });
/** A word before the condition of a rule: anything but an unquoted `if`/`unless`. */
export const ArgWord = createToken({ name: 'ArgWord', pattern: Lexer.NA });
/** A word inside an anonymous ACL `{ ... }`: anything but the closing `}`. */
export const AclWord = createToken({ name: 'AclWord', pattern: Lexer.NA });
/** A word standing for an ACL name in a condition. */
export const NameWord = createToken({ name: 'NameWord', pattern: Lexer.NA });

/**
 * One word. Each piece is: a character that is neither a separator, `#`, a quote nor a
 * backslash; a backslash with the character it escapes (a tab, VT, FF or line end is never
 * escaped); a double-quoted string (backslash escapes apply inside); a single-quoted string.
 * A quote left open runs to the end of the line: the word decoder reports it.
 */
const WORD_PATTERN =
  /(?:[^ \t\v\f\r\n\0#"'\\]|\\[^\t\v\f\r\n\0]?|"(?:[^"\\\r\n\0]|\\[^\r\n\0]?)*"?|'[^'\r\n\0]*'?)+/;

/** The characters that may start a word, as a hint for Chevrotain's first-character dispatch. */
function wordStartChars(): number[] {
  const notStart = new Set([0x20, 0x09, 0x0b, 0x0c, 0x0d, 0x0a, 0x00, 0x23]);
  const codes: number[] = [];
  for (let code = 0; code < 256; code++) if (!notStart.has(code)) codes.push(code);
  // Chevrotain buckets every code above 255 by its high byte: one code per bucket is enough.
  for (let high = 1; high < 256; high++) codes.push(high << 8);
  return codes;
}

export const Word = createToken({
  name: 'Word',
  pattern: WORD_PATTERN,
  start_chars_hint: wordStartChars(),
  categories: [AnyWord, ArgWord, AclWord, NameWord],
});

// Keyword-like words of conditions. `longer_alt` keeps `iffy`, `if"x"` or `{x` plain words.
export const If = createToken({ name: 'If', pattern: /if/, longer_alt: Word, categories: [AnyWord, AclWord, NameWord] });
export const Unless = createToken({
  name: 'Unless',
  pattern: /unless/,
  longer_alt: Word,
  categories: [AnyWord, AclWord, NameWord],
});
/** `or` (any case, as HAProxy compares it case-insensitively) or `||`. */
export const Or = createToken({ name: 'Or', pattern: /[oO][rR]|\|\|/, longer_alt: Word, categories: [AnyWord, ArgWord, AclWord] });
/** `{`, possibly negated: HAProxy strips leading `!` from a word before looking at it, so `!{` opens a negated ACL. */
export const LBrace = createToken({ name: 'LBrace', pattern: /!*\{/, longer_alt: Word, categories: [AnyWord, ArgWord, AclWord] });
export const RBrace = createToken({ name: 'RBrace', pattern: /\}/, longer_alt: Word, categories: [AnyWord, ArgWord] });
/** A word made only of `!`: each one flips the negation of the next term. */
export const Not = createToken({ name: 'Not', pattern: /!+/, longer_alt: Word, categories: [AnyWord, ArgWord, AclWord] });

export const Newline = createToken({ name: 'Newline', pattern: /\r?\n/, line_breaks: true });
export const Blank = createToken({ name: 'Blank', pattern: /[ \t\v\f]+/, group: Lexer.SKIPPED });
/** From `#` to the end of the line; a lone CR does not end it (HAProxy ignores it there too), a NUL does. */
export const Comment = createToken({ name: 'Comment', pattern: /#(?:[^\r\n\0]|\r(?!\n))*/ });
/**
 * A NUL byte or a CR not followed by LF, and the rest of its line: HAProxy stops reading the line
 * there. Kept out of the parser's way in their own group; the model builder reports them.
 */
export const Ignored = createToken({
  name: 'Ignored',
  pattern: /(?:\0|\r(?!\n))(?:[^\r\n]|\r(?!\n))*/,
  group: 'ignored',
  line_breaks: true,
});

/** Keyword-like words come before `Word` (Chevrotain takes the first pattern that matches). */
export const allTokens: TokenType[] = [
  Newline,
  Blank,
  Comment,
  Ignored,
  If,
  Unless,
  Or,
  LBrace,
  RBrace,
  Not,
  Word,
  AnyWord,
  ArgWord,
  AclWord,
  NameWord,
];

/** One lexer for the whole process: Chevrotain lexers are stateless between `tokenize` calls. */
export const haproxyLexer = new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true });
