import type { Span } from '../../common/span.js';

/** A value read from a file, with the span of the word that spells it. */
export interface Valued<T> {
  value: T;
  span: Span;
}

/**
 * Where a new line goes in a block or section: after `offset` (the end of its last line, or of the
 * header), starting with a newline and `indent`. Quick fixes that add a line use it.
 */
export interface InsertionPoint {
  offset: number;
  indent: string;
}

/** The blanks at the start of the line holding `offset`. */
export function indentationAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** The whole line (or lines) of a span, with its line break: what deleting a directive removes. */
export function lineSpan(text: string, span: Span): Span {
  const start = text.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
  const newline = text.indexOf('\n', span.end);
  return { start, end: newline < 0 ? text.length : newline + 1 };
}

/** The end of the line holding `offset` (before its line break; a trailing comment included). */
export function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** An integer word (keepalived reads these with strtol and range checks); undefined otherwise. */
export function integerOf(text: string): number | undefined {
  return /^[+-]?\d+$/.test(text) ? Number(text) : undefined;
}

export function numberOf(text: string): number | undefined {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : undefined;
}
