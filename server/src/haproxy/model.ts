import type { Span } from '../common/span.js';

/**
 * One whitespace-separated word of a haproxy.cfg line, as HAProxy splits it: quotes and
 * backslash escapes may join several pieces into one word (`"a b"c` is the single word `a bc`).
 */
export interface Word extends Span {
  /** The text exactly as written in the file (quotes and escapes included). */
  raw: string;
  /** The word after quote removal and escape processing. `${VAR}` references are kept as written. */
  value: string;
  /** True when any part of the word was inside single or double quotes. */
  quoted: boolean;
  /** The environment variables the word refers to (only inside double quotes); absent when none. */
  env?: EnvReference[];
}

/**
 * `$NAME`, `${NAME}`, `${NAME-default}` or `${NAME[*]}` inside double quotes. HAProxy replaces it
 * with the variable's value when it reads the file; `Word.value` keeps it as written.
 */
export interface EnvReference extends Span {
  /** The variable name, e.g. `HAPROXY_TEST_TIMEOUT`, or a pseudo-variable `.LINE`, `.FILE`, `.SECTION`. */
  name: string;
  /** The text after `-` in `${NAME-default}`, used when the variable is not set. */
  defaultValue?: string;
  /** True for `${NAME[*]}`: the value is split into several words at its spaces. */
  expand: boolean;
}

/**
 * A named ACL used in a condition, e.g. `is_api`, `!is_api` or `! is_api`. The span starts at the
 * first `!` that applies to it, attached or a separate word.
 */
export interface AclReference extends Span {
  kind: 'acl';
  /** The ACL name without its leading `!`s (for `!is_api` it starts after the `!`). */
  name: Word;
  /** True when an odd number of `!` apply to it (`!!a` is not negated, as in HAProxy). */
  negated: boolean;
}

/**
 * An anonymous ACL `{ criterion pattern ... }` inside a condition; `!{` or `! {` negate it. The span
 * runs from the first `!` (or the `{`) to the `}` (or to the last word when `}` is missing).
 */
export interface AnonymousAcl extends Span {
  kind: 'anonymous';
  negated: boolean;
  /** The `{` itself (after any `!` written against it). */
  open: Span;
  /** Absent when the closing brace is missing (a syntax error is reported). */
  close?: Span;
  words: Word[];
}

/** `||` or `or` between terms of a condition. */
export interface OrOperator extends Span {
  kind: 'or';
  word: Word;
}

export type ConditionTerm = AclReference | AnonymousAcl | OrOperator;

/**
 * `if <terms>` or `unless <terms>` at the end of a rule: it starts at the first unquoted `if` or
 * `unless` word after the keyword. Lines whose arguments are free text (`acl`, section headers,
 * `description`, `command`, dot directives) never have one.
 */
export interface Condition extends Span {
  keyword: Word;
  negate: boolean; // true for `unless`
  terms: ConditionTerm[];
}

/**
 * One configuration line: a keyword and its arguments, possibly followed by a condition. The span
 * runs from the keyword to the last word, the trailing comment excluded.
 */
export interface Directive extends Span {
  keyword: Word;
  /** The words after the keyword, up to (excluding) the condition. */
  args: Word[];
  condition?: Condition;
  /** The trailing `# ...` comment on the same line, if any. */
  comment?: Span;
}

/**
 * Every section keyword HAProxy has known (1.4 to 3.2). A section starts at a line whose first
 * word is one of these and runs until the next such line.
 */
export const SECTION_KINDS = [
  'global',
  'defaults',
  'frontend',
  'backend',
  'listen',
  'userlist',
  'peers',
  'resolvers',
  'mailers',
  'program',
  'http-errors',
  'ring',
  'cache',
  'log-forward',
  'fcgi-app',
  'crt-store',
  'traces',
  'acme',
  'namespace_list',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The span runs from the header's keyword to the end of the last directive of the body (or of the header). */
export interface Section extends Span {
  kind: SectionKind;
  /** The header line; `header.keyword` is the section word, `header.args` its name and options. */
  header: Directive;
  /** The section's name (first argument of the header), when it has one. */
  name?: Word;
  /** The lines of the body, in order (conditional-block lines are in `HaproxyConfig.conditionals`). */
  directives: Directive[];
}

/** `.if`, `.elif`, `.else`, `.endif`, `.diag`, `.notice`, `.warning`, `.alert`. */
export interface ConditionalDirective extends Span {
  keyword: Word;
  args: Word[];
}

export interface HaproxyConfig extends Span {
  sections: Section[];
  /** Keyword lines that appear before the first section header (HAProxy rejects them). */
  outside: Directive[];
  /** Conditional-block and message directives, in file order. */
  conditionals: ConditionalDirective[];
  /** Every comment, whole-line and trailing. */
  comments: Span[];
}
