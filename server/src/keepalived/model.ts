import type { Span } from '../common/span.js';

/** One token of a keepalived.conf line (a word or a quoted string), without the braces. */
export interface KWord extends Span {
  /** The text as written (quotes included). */
  raw: string;
  /**
   * The text as keepalived sees it: surrounding quotes removed, `\#` and `\!` outside quotes read as
   * `#` and `!`. Parameter references (`$NAME`) are kept as written.
   */
  value: string;
  quoted: boolean;
  /** A `"` that is never closed on its line (keepalived drops the rest of the line; an error is reported). */
  unterminated?: boolean;
}

/** The `@name` / `@^name` prefix that makes a line apply only to (or except to) one config id. */
export interface ConfigIdCondition extends Span {
  name: string;
  negated: boolean;
}

/** A `{ ... }` block. */
export interface KBlock extends Span {
  open: Span;
  /** Absent when the block is never closed (a syntax error is reported). */
  close?: Span;
  statements: KStatement[];
}

/**
 * A statement: a keyword, its values on the same (logical) line, and optionally a block.
 * Inside list blocks such as `virtual_ipaddress { ... }` each entry is a statement too, its
 * keyword being the first word of the entry (e.g. the address).
 */
export interface KStatement extends Span {
  keyword: KWord;
  args: KWord[];
  block?: KBlock;
  /** `@name` / `@^name` prefix, when present. */
  configId?: ConfigIdCondition;
  /** `~SEQ(...)` / `~LST(...)` prefixes that repeat this line, in the order written. */
  sequences?: SequenceDirective[];
  /** The comment at the end of the statement's first line, if any. */
  comment?: Span;
}

/**
 * `$NAME=value`, or a multi-line definition whose lines end with a backslash. `value` is what
 * keepalived stores: each line without its continuation backslash, joined by `\n`.
 */
export interface ParameterDefinition extends Span {
  name: KWord;
  value: string;
  /** From the first character of the value to the end of its last line. */
  valueSpan: Span;
  /** One span per line of the value, as written (continuation backslashes included). */
  valueLines: Span[];
  /** Continued over several lines with trailing backslashes (keepalived then expands it line by line). */
  multiline: boolean;
  /** `@name` / `@^name` prefix, when present. */
  configId?: ConfigIdCondition;
}

/** A use of a parameter: `$NAME` or `${NAME}` anywhere in a line. */
export interface ParameterReference extends Span {
  name: string;
  /** Written `${NAME}`; keepalived leaves an undefined `${NAME}` in place and then splits it at the braces. */
  braced: boolean;
}

/** `include <pattern>`; resolution against the file system happens outside the parser. */
export interface IncludeDirective extends Span {
  /** The rest of the line, taken as written (quotes are part of the glob pattern). */
  pattern: KWord;
  /** The keyword as written: `include`, `includer`, `includem`, `includew`, `includeb` or `includea`. */
  keyword: string;
  /** `@name` / `@^name` prefix, when present. */
  configId?: ConfigIdCondition;
}

/**
 * `~SEQ(var, start, step, end)`, `~SEQ(var, start, end)`, `~SEQ(var, end)` (or `~SEQx(...)`, counting
 * in hexadecimal), or `~LST(var, v1, v2, ...)` / `~LST({a, b}, {1, 2}, ...)`, before a line that
 * keepalived then reads once per value.
 */
export interface SequenceDirective extends Span {
  kind: 'seq' | 'lst';
  /** The (first) variable. */
  variable: string;
  /** All variables (several only for `~LST({a, b}, ...)`). */
  variables: string[];
  /**
   * `~SEQ`: the numbers as written, once parameters are substituted (1 to 3 of them). Empty for
   * `~LST`, and when they use a parameter the file does not define before this line.
   */
  numbers: number[];
  hex: boolean;
  /** `~SEQ`: the first value, the increment and the last value, as keepalived fills in the missing ones. */
  range?: { start: number; step: number; end: number };
  /** `~LST`: one array of values per iteration, one value per variable. */
  values?: string[][];
}

export interface KeepalivedConfig extends Span {
  statements: KStatement[];
  includes: IncludeDirective[];
  definitions: ParameterDefinition[];
  references: ParameterReference[];
  sequences: SequenceDirective[];
  comments: Span[];
}
