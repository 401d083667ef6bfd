import type { Fix, Span } from '../common/span.js';
import type { HaClusterCode } from './codes.js';

/** A range in one file of the cluster (paths use `/`, as the loader was given them). */
export interface ClusterLocation extends Span {
  path: string;
}

/** A place in another (or the same) file that explains a cluster problem: LSP `relatedInformation`. */
export interface ClusterRelated extends ClusterLocation {
  message: string;
}

/**
 * A cross-file problem, in offsets of the file it is reported in (`path`). Unlike `Problem`, its
 * related places carry their own path. Fixes edit only the file of the problem.
 */
export interface ClusterProblem extends ClusterLocation {
  code: HaClusterCode;
  message: string;
  fixes?: Fix[];
  data?: Record<string, unknown>;
  related?: ClusterRelated[];
}

export function at(path: string, span: Span): ClusterLocation {
  return { path, start: span.start, end: span.end };
}

export function related(path: string, span: Span, message: string): ClusterRelated {
  return { path, start: span.start, end: span.end, message };
}

/** Problems grouped by the file they are reported in, each list sorted by offset. */
export function problemsByPath(problems: readonly ClusterProblem[]): Map<string, ClusterProblem[]> {
  const byPath = new Map<string, ClusterProblem[]>();
  for (const problem of problems) {
    const list = byPath.get(problem.path);
    if (list) list.push(problem);
    else byPath.set(problem.path, [problem]);
  }
  for (const list of byPath.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return byPath;
}
