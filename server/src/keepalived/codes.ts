import type { CodeTable } from '../common/codes.js';

/** Diagnostic codes the keepalived.conf parser emits. */
export const keepalivedSyntaxCodes = {
  'keepalived/syntax': { severity: 'error', summary: 'The text cannot be read as keepalived configuration.' },
  'keepalived/unbalanced-brace': {
    severity: 'error',
    summary: 'A block opened with `{` is never closed, or a `}` has no block to close.',
  },
  'keepalived/unexpected-brace': {
    severity: 'error',
    summary: 'A `{` that does not follow a keyword: keepalived ignores it and the block structure after it goes wrong.',
  },
  'keepalived/unterminated-quote': {
    severity: 'error',
    summary: 'A `"` is not closed on its line; keepalived reports it and drops the rest of the line.',
  },
  'keepalived/bad-seq': {
    severity: 'error',
    summary: 'A `~SEQ(...)` or `~LST(...)` directive keepalived cannot read; it ignores the whole line.',
  },
  'keepalived/bad-definition': {
    severity: 'error',
    summary: 'A line that looks like `$NAME=value` but is not a parameter definition for keepalived.',
  },
  'keepalived/bad-include': { severity: 'error', summary: 'An `include` line without a file pattern.' },
  'keepalived/nul-byte': { severity: 'error', summary: 'A NUL byte: keepalived stops reading the line there.' },
  'keepalived/line-too-long': {
    severity: 'error',
    summary: 'A line longer than keepalived reads at once (1023 bytes); the rest is read as another line, or the line is ignored.',
  },
  'keepalived/stray-backslash': {
    severity: 'warning',
    summary: 'A trailing backslash outside a `$NAME=` definition: keepalived does not join the next line to it.',
  },
  'keepalived/empty-conditional': {
    severity: 'warning',
    summary: 'An `@name` prefix with nothing after it: keepalived ignores the line.',
  },
  'keepalived/conditional-brace': {
    severity: 'warning',
    summary: 'A brace on an `@name` or `~SEQ` line: the block structure then depends on the config id or is repeated.',
  },
  'keepalived/definition-break': {
    severity: 'warning',
    summary: 'A multi-line definition interrupted by a blank or comment line: keepalived processes disagree on where it ends.',
  },
  'keepalived/include-brace': {
    severity: 'warning',
    summary: 'An `include` pattern that swallows a brace: keepalived takes the whole rest of the line as the pattern.',
  },
  'keepalived/comment-in-word': {
    severity: 'warning',
    summary: 'A `#` or `!` inside a word starts a comment; write `\\#` or `\\!` to keep it.',
  },
} as const satisfies CodeTable;

export type KeepalivedSyntaxCode = keyof typeof keepalivedSyntaxCodes;
