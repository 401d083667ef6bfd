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
  /** What a quick fix needs (replacement text, names...), carried into `Diagnostic.data`. */
  data?: Record<string, unknown>;
}

/** What every parser returns: the model it could recover and every syntax problem, never an exception. */
export interface ParseResult<Model> {
  model: Model;
  errors: Problem[];
}

export function spanOf(first: Span, last: Span = first): Span {
  return { start: first.start, end: last.end };
}
