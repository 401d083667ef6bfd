import { shiftedProblem, type Problem } from '../../common/span.js';

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
/** By context (version, section kind, named or not), then by line text. */
const cache = new Map<string, Map<string, readonly Problem[]>>();
let entries = 0;
const NONE: readonly Problem[] = [];

export function lineContext(version: string, sectionKind: string, namedSection: boolean): string {
  return `${version} ${sectionKind}${namedSection ? ' named' : ''}`;
}

/**
 * The problems of the line `lineText` starting at `start`: from the cache, or computed (in
 * absolute offsets) and kept. Looking up with a slice of the document costs no copy; a new entry
 * gets a copy of its own (`substring` of a concatenation is a fresh flat string), so that no key
 * keeps the whole document text alive.
 */
export function lineProblems(context: string, lineText: string, start: number, compute: () => Problem[]): readonly Problem[] {
  let lines = cache.get(context);
  if (!lines) cache.set(context, (lines = new Map()));
  let relative = lines.get(lineText);
  if (!relative) {
    const found = compute();
    relative = found.length === 0 ? NONE : found.map((problem) => shiftedProblem(problem, -start));
    if (entries >= MAX_ENTRIES) {
      clearLineCache();
      cache.set(context, (lines = new Map()));
    }
    lines.set(` ${lineText}`.substring(1), relative);
    entries++;
  }
  return relative.length === 0 ? NONE : relative.map((problem) => shiftedProblem(problem, start));
}

/** Forgets every cached line (the benchmark measures cold checks with it). */
export function clearLineCache(): void {
  cache.clear();
  entries = 0;
}
