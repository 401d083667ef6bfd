import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../common/codes.js';
import { severityToLsp } from '../common/lsp.js';
import type { ClusterFacts } from './facts/index.js';
import { problemsByPath, type ClusterProblem } from './problem.js';
import { localizeProblem, type Locale } from '../l10n/index.js';

/**
 * LSP diagnostics of cluster problems, by uri. Ranges (of the problem and of its related places in
 * other files) are computed from the texts the facts were built from. `severityOf` returns the
 * effective severity of a code (user overrides applied) or `off` to drop it. Files the cluster
 * touched without a problem map to an empty list, so that the caller clears stale diagnostics.
 * Messages, related messages and fix titles are in `locale`'s language.
 */
export function clusterDiagnostics(
  facts: ClusterFacts,
  problems: readonly ClusterProblem[],
  uriOf: (path: string) => string,
  severityOf: (code: string) => Severity | 'off',
  locale?: Locale,
): Map<string, Diagnostic[]> {
  const documents = new Map<string, TextDocument>();
  const documentOf = (path: string): TextDocument => {
    let document = documents.get(path);
    if (!document) {
      document = TextDocument.create(uriOf(path), 'plaintext', 0, facts.texts.get(path) ?? '');
      documents.set(path, document);
    }
    return document;
  };
  const rangeIn = (path: string, span: { start: number; end: number }) => {
    const document = documentOf(path);
    return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
  };
  const result = new Map<string, Diagnostic[]>();
  for (const member of facts.layout.members) result.set(uriOf(member.path), []);
  for (const [path, list] of problemsByPath(problems)) {
    const diagnostics: Diagnostic[] = result.get(uriOf(path)) ?? [];
    for (const english of list) {
      const severity = severityOf(english.code);
      if (severity === 'off') continue;
      const problem = localizeProblem(english, locale);
      diagnostics.push({
        range: rangeIn(path, problem),
        severity: severityToLsp[severity],
        code: problem.code,
        source: 'ha-cluster',
        message: problem.message,
        data: {
          code: problem.code,
          ...problem.data,
          ...(problem.fixes
            ? { fixes: problem.fixes.map((fix) => (fix.createFiles ? { ...fix, createFiles: fix.createFiles.map((file) => ({ ...file, uri: uriOf(file.path) })) } : fix)) }
            : {}),
        },
        ...(problem.related
          ? {
              relatedInformation: problem.related.map((place) => ({
                location: { uri: uriOf(place.path), range: rangeIn(place.path, place) },
                message: place.message,
              })),
            }
          : {}),
      });
    }
    result.set(uriOf(path), diagnostics);
  }
  return result;
}
