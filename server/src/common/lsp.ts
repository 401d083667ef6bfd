import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Severity } from './codes.js';
import { sourceOf } from './codes.js';
import type { Problem, Span } from './span.js';

/** Offsets are the model's currency; LSP ranges are computed only here, at the edge. */
export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export const severityToLsp: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(document: TextDocument, problem: Problem, severity: Severity): Diagnostic {
  return {
    range: rangeOf(document, problem),
    severity: severityToLsp[severity],
    code: problem.code,
    source: sourceOf(problem.code),
    message: problem.message,
    data: { code: problem.code, ...problem.data, ...(problem.fixes ? { fixes: problem.fixes } : {}) },
    ...(problem.related
      ? {
          relatedInformation: problem.related.map((place) => ({
            location: { uri: document.uri, range: rangeOf(document, place) },
            message: place.message,
          })),
        }
      : {}),
  };
}
