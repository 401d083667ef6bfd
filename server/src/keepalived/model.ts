import type { Span } from '../common/span.js';

/** One token of a keepalived.conf line (a word or a quoted string), without the braces. */
export interface KWord extends Span {
  /** The text as written (quotes included). */
  raw: string;
  /** The text with surrounding quotes removed. Parameter references (`$NAME`) are kept as written. */
  value: string;
  quoted: boolean;
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
  comment?: Span;
}

/** `$NAME=value` (or a multi-line definition); the value is kept raw. */
export interface ParameterDefinition extends Span {
  name: KWord;
  value: string;
  valueSpan: Span;
}

/** A use of a parameter: `$NAME` or `${NAME}` anywhere in a line. */
export interface ParameterReference extends Span {
  name: string;
}

/** `include <pattern>`; resolution against the file system happens outside the parser. */
export interface IncludeDirective extends Span {
  pattern: KWord;
}

/** `~SEQ(var, start, step, end)` or `~SEQ(var, start, end)` or `~SEQ(var, end)` before a line. */
export interface SequenceDirective extends Span {
  variable: string;
  numbers: number[];
}

export interface KeepalivedConfig extends Span {
  statements: KStatement[];
  includes: IncludeDirective[];
  definitions: ParameterDefinition[];
  references: ParameterReference[];
  sequences: SequenceDirective[];
  comments: Span[];
}
