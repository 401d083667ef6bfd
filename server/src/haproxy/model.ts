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
}

/** A named ACL used in a condition, e.g. `is_api` or `!is_api`. */
export interface AclReference extends Span {
  kind: 'acl';
  name: Word;
  /** The word carrying the name; for `!name` the span starts at `!`. */
  negated: boolean;
}

/** An anonymous ACL `{ criterion pattern ... }` inside a condition. */
export interface AnonymousAcl extends Span {
  kind: 'anonymous';
  negated: boolean;
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

/** `if <terms>` or `unless <terms>` at the end of a rule. */
export interface Condition extends Span {
  keyword: Word;
  negate: boolean; // true for `unless`
  terms: ConditionTerm[];
}

/** One configuration line: a keyword and its arguments, possibly followed by a condition. */
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
