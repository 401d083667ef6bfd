/** A half-open range of character offsets into a document: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A problem found in a document, still in offsets. Parsers and checks produce these; the edge
 * (server, CLI) turns them into LSP diagnostics with line/column ranges.
 */
export interface Problem extends Span {
  /** A stable id from the code registry, e.g. `haproxy/unterminated-quote`. */
  code: string;
  message: string;
  /** Quick fixes, in offsets; code actions turn them into edits without reading the message. */
  fixes?: Fix[];
  /** Anything else a feature needs (names, suggestions...), carried into `Diagnostic.data`. */
  data?: Record<string, unknown>;
  /** Places in the same document that explain the problem (`relatedInformation`). */
  related?: Array<Span & { message: string }>;
}

/** A replacement of the text between two offsets. */
export interface OffsetEdit extends Span {
  newText: string;
}

/** A quick fix: a title for the light bulb and the edits it makes. */
export interface Fix {
  title: string;
  edits: OffsetEdit[];
  /** The fix VS Code may apply with "auto fix" (one per problem at most). */
  preferred?: boolean;
  /**
   * Files the fix creates beside its edits (a missing health-check file), by absolute path; an
   * existing file is left alone. `uri` is filled in where paths become LSP uris.
   */
  createFiles?: Array<{ path: string; uri?: string; text: string }>;
}

/** What every parser returns: the model it could recover and every syntax problem, never an exception. */
export interface ParseResult<Model> {
  model: Model;
  errors: Problem[];
}

export function spanOf(first: Span, last: Span = first): Span {
  return { start: first.start, end: last.end };
}

/** The same problem `delta` characters further (its fixes and related places too): for text moved by an edit. */
export function shiftedProblem(problem: Problem, delta: number): Problem {
  const moved: Problem = { ...problem, start: problem.start + delta, end: problem.end + delta };
  if (problem.fixes) {
    moved.fixes = problem.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, start: edit.start + delta, end: edit.end + delta })) }));
  }
  if (problem.related) moved.related = problem.related.map((place) => ({ ...place, start: place.start + delta, end: place.end + delta }));
  return moved;
}
