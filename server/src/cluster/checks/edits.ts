import type { Fix, Span } from '../../common/span.js';
import { lineSpan, type InsertionPoint } from '../facts/common.js';

export function replaceFix(title: string, span: Span, newText: string, preferred = true): Fix {
  return { title, edits: [{ start: span.start, end: span.end, newText }], preferred };
}

/** Adds `line` (several lines allowed: each is indented) after an insertion point. */
export function insertLineFix(title: string, point: InsertionPoint, line: string, preferred = true): Fix {
  const body = line
    .split('\n')
    .map((part) => `${point.indent}${part}`)
    .join('\n');
  return { title, edits: [{ start: point.offset, end: point.offset, newText: `\n${body}` }], preferred };
}

/** Removes the whole line(s) of a span. */
export function deleteLinesFix(title: string, text: string, span: Span, preferred = false): Fix {
  const lines = lineSpan(text, span);
  return { title, edits: [{ start: lines.start, end: lines.end, newText: '' }], preferred };
}

/** A block of text copied from another file, its lines re-indented relative to its first line. */
export function reindented(text: string, span: Span): string {
  const lineStart = text.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  return text
    .slice(span.start, span.end)
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n');
}
