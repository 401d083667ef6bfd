import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The shared corpus of real configs (see ../shared/corpus/README.md), beside the project root. */
export const CORPUS_ROOT = path.resolve(process.cwd(), '..', 'shared', 'corpus');

export interface CorpusEntry {
  path: string;
  absolutePath: string;
  kind: 'haproxy' | 'keepalived';
  verdict: 'valid' | 'invalid';
  firstErrorLine: string;
}

/**
 * The corpus entries of one kind, or a reason why there are none. CI always has the corpus, so
 * there a missing corpus is a failure; elsewhere the caller skips with that reason, saying so plainly.
 */
export function loadCorpus(kind?: 'haproxy' | 'keepalived'): { entries: CorpusEntry[]; missing?: string } {
  const manifest = path.join(CORPUS_ROOT, 'MANIFEST.tsv');
  if (!existsSync(manifest)) {
    const missing = `the shared corpus is missing (looked for ${manifest})`;
    if (process.env.CI) throw new Error(`${missing}; CI must have it`);
    return { entries: [], missing };
  }
  const [, ...rows] = readFileSync(manifest, 'utf8').trimEnd().split('\n');
  const entries = rows
    .map((row) => row.split('\t'))
    .map(([file, rowKind, , , , , verdict, firstErrorLine]) => ({
      path: file!,
      absolutePath: path.join(CORPUS_ROOT, file!),
      kind: rowKind as CorpusEntry['kind'],
      verdict: verdict as CorpusEntry['verdict'],
      firstErrorLine: firstErrorLine ?? '',
    }))
    .filter((entry) => kind === undefined || entry.kind === kind);
  return { entries };
}

/** The raw output the real checker gave for a corpus file (stdout and stderr joined). */
export function checkerOutput(entry: CorpusEntry): string {
  const base = path.join(CORPUS_ROOT, 'results', entry.path);
  const read = (suffix: string): string => (existsSync(base + suffix) ? readFileSync(base + suffix, 'utf8') : '');
  return `${read('.stdout')}\n${read('.stderr')}`;
}

/** The `notes` column of DETAILS.tsv, by corpus path. */
export function corpusNotes(): Map<string, string> {
  const details = path.join(CORPUS_ROOT, 'DETAILS.tsv');
  const notes = new Map<string, string>();
  if (!existsSync(details)) return notes;
  const [, ...rows] = readFileSync(details, 'utf8').trimEnd().split('\n');
  for (const row of rows) {
    const cells = row.split('\t');
    notes.set(cells[0]!, cells[10] ?? '');
  }
  return notes;
}
