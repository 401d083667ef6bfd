import { lineAt, lineStarts } from './lines.js';
import type { Problem, Span } from './span.js';

/** `# haproxy-keepalived: ignore <code> [<code>...]` (or `ignore` alone for every code). */
const MARKER = /haproxy-keepalived:\s*ignore\b(.*)$/;

/**
 * Which problems a suppression comment hides. The comment applies to its own line when it trails
 * a statement, and to the next line when it stands alone on a line.
 */
export function suppressedAt(text: string, comments: readonly Span[]): (problem: Problem) => boolean {
  const byLine = new Map<number, Set<string> | 'all'>();
  const starts = lineStarts(text);
  const lineOf = (offset: number): number => lineAt(starts, offset);
  for (const comment of comments) {
    const match = MARKER.exec(text.slice(comment.start, comment.end));
    if (!match) continue;
    const line = lineOf(comment.start);
    const alone = text.slice(starts[line], comment.start).trim() === '';
    const target = alone ? line + 1 : line;
    const codes = match[1]!.trim().split(/[\s,]+/).filter((c) => c.length > 0);
    byLine.set(target, codes.length === 0 ? 'all' : new Set(codes));
  }
  if (byLine.size === 0) return () => false;
  return (problem) => {
    const rule = byLine.get(lineOf(problem.start));
    return rule === 'all' || (rule !== undefined && rule.has(problem.code));
  };
}
