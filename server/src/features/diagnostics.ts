import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../common/codes.js';
import { toDiagnostic } from '../common/lsp.js';
import type { Problem } from '../common/span.js';
import { codeSpec } from '../codes.js';
import type { Analysis } from '../service/analysis.js';

/** A user's choice for one code: another severity, or `off` to hide it. */
export type SeverityOverride = Severity | 'off';

export interface DiagnosticOptions {
  /** Per-code severity overrides, e.g. `{ "haproxy/syntax": "warning" }`. */
  severity?: Readonly<Record<string, SeverityOverride>>;
}

/** Every problem of a document, in offsets: today the syntax errors; the catalogue checks join later. */
export function findProblems(analysis: Analysis): Problem[] {
  return [...analysis.parse.errors];
}

export function effectiveSeverity(code: string, options: DiagnosticOptions): SeverityOverride {
  return options.severity?.[code] ?? codeSpec(code)?.severity ?? 'error';
}

export function doValidation(document: TextDocument, analysis: Analysis, options: DiagnosticOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const problem of findProblems(analysis)) {
    const severity = effectiveSeverity(problem.code, options);
    if (severity !== 'off') diagnostics.push(toDiagnostic(document, problem, severity));
  }
  return diagnostics;
}
