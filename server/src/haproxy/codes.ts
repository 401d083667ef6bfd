import type { CodeTable } from '../common/codes.js';

/** Diagnostic codes the haproxy.cfg parser emits (see parser.ts, build.ts, words.ts). */
export const haproxySyntaxCodes = {
  'haproxy/syntax': { severity: 'error', summary: 'The line cannot be read as HAProxy configuration.' },
  'haproxy/unterminated-quote': {
    severity: 'error',
    summary: 'A single or double quote is not closed before the end of the line; HAProxy rejects the line.',
  },
  'haproxy/bad-escape': {
    severity: 'error',
    summary: 'A `\\x` escape is not followed by two hexadecimal digits; HAProxy rejects the line.',
  },
  'haproxy/bad-variable': {
    severity: 'error',
    summary:
      'A `$` inside double quotes does not start a valid environment variable reference (`$NAME`, `${NAME}`, `${NAME-default}`, `${NAME[*]}`); HAProxy rejects the line.',
  },
  'haproxy/empty-argument': {
    severity: 'error',
    summary: 'An empty argument (`""` or `\'\'`) ends the argument list: the words after it are ignored or the line is rejected.',
  },
  'haproxy/too-many-words': { severity: 'error', summary: 'A line holds more than the 64 words HAProxy can read.' },
  'haproxy/nul-character': { severity: 'error', summary: 'The file contains a NUL character; HAProxy rejects it.' },
  'haproxy/missing-final-newline': {
    severity: 'error',
    summary: 'The last line has no line break; HAProxy takes the file for truncated and rejects it.',
  },
  'haproxy/ignored-text': {
    severity: 'warning',
    summary: 'HAProxy silently skips this text: after a carriage return inside a line, or a line starting with an empty word.',
  },
  'haproxy/outside-section': {
    severity: 'error',
    summary: 'A keyword line comes before any section header; HAProxy rejects it.',
  },
  'haproxy/unknown-directive': {
    severity: 'error',
    summary: 'A word starting with a dot is not one of .if, .elif, .else, .endif, .diag, .notice, .warning, .alert.',
  },
  'haproxy/unbalanced-conditional': {
    severity: 'error',
    summary: 'A `.if` block is not properly formed: `.elif`, `.else` or `.endif` without `.if`, `.elif` or a second `.else` after `.else`, or no `.endif`.',
  },
  'haproxy/unexpected-argument': {
    severity: 'error',
    summary: '`.else` and `.endif` take no argument; `.diag`, `.notice`, `.warning` and `.alert` take one message.',
  },
  'haproxy/condition-syntax': {
    severity: 'error',
    summary:
      'The `if`/`unless` condition of a rule has an unclosed or stray brace, an empty `{ }`, or a brace glued to a word; HAProxy rejects the line.',
  },
  'haproxy/condition-incomplete': {
    severity: 'warning',
    summary:
      'Something is missing in an `if`/`unless` condition: it is empty, starts or ends with `||`/`or`, has two operators in a row, or a `!` before nothing. HAProxy accepts it, but the rule does not test what it seems to.',
  },
} as const satisfies CodeTable;
