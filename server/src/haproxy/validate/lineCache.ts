import type { Problem } from '../../common/span.js';

/**
 * The checks of one configuration line (keyword, arguments, options, sample expressions) depend on
 * nothing but its text, its section's kind (and whether a defaults section has a name) and the
 * target version. Their problems are kept here by that key, in offsets relative to the line, for
 * every document and version: after an edit only the changed lines are checked again, and the
 * lines a big file repeats (`option httpchk`, `server ... check`) are checked once.
 *
 * Keys are copied out of the document text (see `keyOf`) so that the cache never keeps a whole old
 * version of a document alive. The cache is emptied when it grows past `MAX_ENTRIES`.
 */
const MAX_ENTRIES = 200_000;
const cache = new Map<string, readonly Problem[]>();
const NONE: readonly Problem[] = [];

export function lineCacheKey(version: string, sectionKind: string, namedSection: boolean, lineText: string): string {
  // `substring` of a concatenation flattens it into a fresh string: no reference to the document text remains.
  return `\u0000${version}\u0000${sectionKind}\u0000${namedSection ? 'n' : ''}\u0000${lineText}`.substring(1);
}

/** The problems of a line starting at `start`: from the cache, or computed (in absolute offsets) and kept. */
export function lineProblems(key: string, start: number, compute: () => Problem[]): readonly Problem[] {
  let relative = cache.get(key);
  if (!relative) {
    const found = compute();
    relative = found.length === 0 ? NONE : found.map((problem) => shifted(problem, -start));
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, relative);
  }
  return relative.length === 0 ? NONE : relative.map((problem) => shifted(problem, start));
}

/** Forgets every cached line (the benchmark measures cold checks with it). */
export function clearLineCache(): void {
  cache.clear();
}

function shifted(problem: Problem, delta: number): Problem {
  const moved: Problem = { ...problem, start: problem.start + delta, end: problem.end + delta };
  if (problem.fixes) {
    moved.fixes = problem.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, start: edit.start + delta, end: edit.end + delta })) }));
  }
  if (problem.related) moved.related = problem.related.map((place) => ({ ...place, start: place.start + delta, end: place.end + delta }));
  return moved;
}
