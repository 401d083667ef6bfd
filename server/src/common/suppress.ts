import type { Problem, Span } from './span.js';

/** `# haproxy-keepalived: ignore <code> [<code>...]` (or `ignore` alone for every code). */
const MARKER = /haproxy-keepalived:\s*ignore\b(.*)$/;

/**
 * Which problems a suppression comment hides. The comment applies to its own line when it trails
 * a statement, and to the next line when it stands alone on a line.
 */
export function suppressedAt(text: string, comments: readonly Span[]): (problem: Problem) => boolean {
  const byLine = new Map<number, Set<string> | 'all'>();
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  for (const comment of comments) {
    const match = MARKER.exec(text.slice(comment.start, comment.end));
    if (!match) continue;
    const line = lineOf(comment.start);
    const alone = text.slice(lineStarts[line], comment.start).trim() === '';
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
