import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Fix } from '../../server/src/common/span.js';
import { memoryFileSystem, validateCluster, type ClusterProblem, type ClusterValidation } from '../../server/src/cluster/index.js';
import { parseMarked } from '../helpers/markers.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The project root, from out/test/cluster/. */
export const ROOT = path.resolve(HERE, '..', '..', '..');
export const SEED_FOLDER = path.join(ROOT, 'examples', 'seed-cluster');
/** The example cluster's own manifest: the tests check the file we ship. */
export const MANIFEST_FIXTURE = path.join(ROOT, 'examples', 'seed-cluster', 'ha-cluster.json');

/** Where the in-memory cluster lives. */
export const C = '/seed';
export const MANIFEST = `${C}/ha-cluster.json`;
export const HAPROXY = `${C}/haproxy/haproxy.cfg`;
export const SERVER1 = `${C}/keepalived/server1.conf`;
export const SERVER2 = `${C}/keepalived/server2.conf`;
export const SYSCTL = `${C}/sysctl/99-ha-cluster.conf`;

export type Files = Record<string, string>;

/** The seed cluster's files, read from examples/seed-cluster, plus the proposed manifest (unless `manifest: false`). */
export function seedFiles(options: { manifest?: boolean } = {}): Files {
  const files: Files = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === 'ha-cluster.json') continue; // added below, unless the test wants none
      else files[`${C}/${path.relative(SEED_FOLDER, full).split(path.sep).join('/')}`] = readFileSync(full, 'utf8');
    }
  };
  walk(SEED_FOLDER);
  if (options.manifest !== false) files[MANIFEST] = readFileSync(MANIFEST_FIXTURE, 'utf8');
  return files;
}

/**
 * Replaces the only occurrence of `find` in a file by `replacement`, which may hold `«»` range
 * markers; returns the ranges, as offsets in the edited file. Fails when `find` is not there
 * exactly once (so that a change in the seed breaks the test loudly, not silently).
 */
export function edit(files: Files, file: string, find: string, replacement: string): Array<{ start: number; end: number }> {
  const text = files[file];
  assert.ok(text !== undefined, `no file ${file}`);
  const at = text.indexOf(find);
  assert.ok(at >= 0, `${JSON.stringify(find)} is not in ${file}`);
  assert.equal(text.indexOf(find, at + 1), -1, `${JSON.stringify(find)} is in ${file} more than once`);
  const marked = parseMarked(replacement.replace(/\|/g, '\u0000'));
  const clean = marked.text.replace(/\u0000/g, '|');
  files[file] = text.slice(0, at) + clean + text.slice(at + find.length);
  return marked.ranges.map((r) => ({ start: at + r.start, end: at + r.end }));
}

/** Replaces every occurrence (for edits that apply to both nodes). */
export function editAll(files: Files, file: string, find: string, replacement: string): void {
  const text = files[file]!;
  assert.ok(text.includes(find), `${JSON.stringify(find)} is not in ${file}`);
  files[file] = text.split(find).join(replacement);
}

export function check(files: Files): ClusterValidation {
  return validateCluster(memoryFileSystem(files), C);
}

export function problemsOf(files: Files): ClusterProblem[] {
  return check(files).problems;
}

/** The one problem of a code, failing with the whole list when there are none or several. */
export function single(problems: readonly ClusterProblem[], code: string): ClusterProblem {
  const found = problems.filter((p) => p.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got: ${JSON.stringify(problems.map((p) => `${p.code} ${p.path}:${p.start}-${p.end} ${p.message}`), null, 1)}`);
  return found[0]!;
}

/** Asserts that the problems are exactly the given codes (in any order). */
export function assertCodes(problems: readonly ClusterProblem[], codes: readonly string[]): void {
  assert.deepEqual(
    problems.map((p) => p.code).sort(),
    [...codes].sort(),
    `got: ${JSON.stringify(problems.map((p) => `${p.code} ${p.path}:${p.start}-${p.end} ${p.message}`), null, 1)}`,
  );
}

export function assertAt(problem: ClusterProblem, file: string, range: { start: number; end: number }): void {
  assert.equal(problem.path, file);
  assert.deepEqual({ start: problem.start, end: problem.end }, { start: range.start, end: range.end });
}

/** The text a related place points at, for asserting where it lands. */
export function relatedTexts(files: Files, problem: ClusterProblem): Array<[string, string]> {
  return (problem.related ?? []).map((r) => [r.path, files[r.path]!.slice(r.start, r.end)]);
}

/** Applies a fix (edits in the problem's file) and returns the new files. */
export function applyFix(files: Files, problem: ClusterProblem, fix: Fix | undefined = problem.fixes?.[0]): Files {
  assert.ok(fix, `no fix on ${problem.code}`);
  const edits = [...fix.edits].sort((a, b) => b.start - a.start);
  let text = files[problem.path]!;
  for (const e of edits) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return { ...files, [problem.path]: text };
}
