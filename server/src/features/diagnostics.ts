import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../common/codes.js';
import { toDiagnostic } from '../common/lsp.js';
import type { Problem } from '../common/span.js';
import { suppressedAt } from '../common/suppress.js';
import { codeSpec } from '../codes.js';
import { DEFAULT_HAPROXY_VERSION, type HaproxyVersion } from '../haproxy/catalogue/index.js';
import { validateHaproxy } from '../haproxy/validate/index.js';
import { DEFAULT_KEEPALIVED_VERSION, type KeepalivedVersion } from '../keepalived/catalogue/index.js';
import { validateKeepalived, type IncludeResolver } from '../keepalived/validate/index.js';
import type { Analysis } from '../service/analysis.js';
import { localizeProblem, type Locale } from '../l10n/index.js';

/** A user's choice for one code: another severity, or `off` to hide it. */
export type SeverityOverride = Severity | 'off';

export interface DiagnosticOptions {
  /** Per-code severity overrides, e.g. `{ "haproxy/syntax": "warning" }`. */
  severity?: Readonly<Record<string, SeverityOverride>>;
  /** The HAProxy version the file is written for (default: the latest LTS the catalogue covers). */
  haproxyVersion?: HaproxyVersion;
  /** The keepalived release the file is written for (default: the newest release the catalogue covers). */
  keepalivedVersion?: KeepalivedVersion;
  /** Where the file lives (to resolve keepalived `include` patterns relative to it). */
  documentPath?: string;
  /** Reads the files keepalived `include` lines name; the server and the CLI pass the file system's. */
  includes?: IncludeResolver;
  /** The language of messages, fix titles and hover headings (default English); see l10n/. */
  locale?: Locale;
}

/** Every problem of a document, in offsets: syntax first, then the catalogue and reference checks. */
export function findProblems(analysis: Analysis, options: DiagnosticOptions = {}): Problem[] {
  const problems = [...analysis.parse.errors];
  if (analysis.language === 'haproxy') {
    problems.push(
      ...validateHaproxy(analysis.parse.model, analysis.text, { version: options.haproxyVersion ?? DEFAULT_HAPROXY_VERSION }, analysis.parse.errors),
    );
  } else {
    problems.push(
      ...validateKeepalived(analysis.parse.model, analysis.text, {
        version: options.keepalivedVersion ?? DEFAULT_KEEPALIVED_VERSION,
        path: options.documentPath,
        includes: options.includes,
      }),
    );
  }
  const suppressed = suppressedAt(analysis.text, analysis.parse.model.comments);
  return problems.filter((problem) => !suppressed(problem));
}

/**
 * The severity a code is shown with. Overrides may name a code exactly or a family with a trailing
 * `*` (`ha-cluster/*`, `haproxy/*`, `*`): the exact code wins, then the longest matching pattern.
 */
export function effectiveSeverity(code: string, options: DiagnosticOptions): SeverityOverride {
  const overrides = options.severity;
  if (overrides) {
    const exact = overrides[code];
    if (exact) return exact;
    let best: { length: number; severity: SeverityOverride } | undefined;
    for (const [pattern, severity] of Object.entries(overrides)) {
      if (!pattern.endsWith('*')) continue;
      const prefix = pattern.slice(0, -1);
      if (code.startsWith(prefix) && (!best || prefix.length > best.length)) best = { length: prefix.length, severity };
    }
    if (best) return best.severity;
  }
  return codeSpec(code)?.severity ?? 'error';
}

export function doValidation(document: TextDocument, analysis: Analysis, options: DiagnosticOptions = {}): Diagnostic[] {
  return problemsToDiagnostics(document, findProblems(analysis, options), options);
}

/** LSP diagnostics of problems, with each code's effective severity (codes turned `off` are dropped). */
export function problemsToDiagnostics(document: TextDocument, problems: readonly Problem[], options: DiagnosticOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const problem of problems) {
    const severity = effectiveSeverity(problem.code, options);
    if (severity !== 'off') diagnostics.push(toDiagnostic(document, localizeProblem(problem, options.locale), severity));
  }
  return diagnostics;
}
