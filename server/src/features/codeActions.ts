import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { Fix, OffsetEdit } from '../common/span.js';
import type { Analysis } from '../service/analysis.js';
import { findProblems, type DiagnosticOptions } from './diagnostics.js';
import { localizeTitle } from '../l10n/index.js';

/** Codes whose preferred fix turns a legacy line into its modern form ("Modernize configuration"). */
export const MODERNIZE_CODES = new Set(['haproxy/removed-keyword', 'haproxy/deprecated-keyword', 'haproxy/address-on-proxy-line']);

export const MODERNIZE_KIND = `${CodeActionKind.Source}.modernize`;

function toTextEdits(document: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((edit) => ({
    range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
    newText: edit.newText,
  }));
}

function workspaceEdit(document: TextDocument, edits: readonly OffsetEdit[]): WorkspaceEdit {
  return { changes: { [document.uri]: toTextEdits(document, edits) } };
}

/** A fix that creates files: resource operations (create, then fill) and this document's own edits. */
function fixEdit(document: TextDocument, fix: Fix): WorkspaceEdit {
  const created = (fix.createFiles ?? []).filter((file) => typeof file.uri === 'string');
  if (created.length === 0) return workspaceEdit(document, fix.edits);
  const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
  for (const file of created) {
    documentChanges.push({ kind: 'create', uri: file.uri!, options: { ignoreIfExists: true } });
    documentChanges.push({
      textDocument: { uri: file.uri!, version: null },
      edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: file.text }],
    });
  }
  if (fix.edits.length > 0) documentChanges.push({ textDocument: { uri: document.uri, version: document.version }, edits: toTextEdits(document, fix.edits) });
  return { documentChanges };
}

/** The fixes a diagnostic carries in its `data` (put there by the check that found it). */
function fixesOf(diagnostic: Diagnostic): Fix[] {
  const data = diagnostic.data as { fixes?: Fix[] } | undefined;
  return Array.isArray(data?.fixes) ? data.fixes : [];
}

/** Quick fixes for the diagnostics in the request, and "Modernize configuration" when anything is legacy. */
export function codeActions(
  document: TextDocument,
  analysis: Analysis,
  diagnostics: readonly Diagnostic[],
  only: readonly string[] | undefined,
  options: DiagnosticOptions,
): CodeAction[] {
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of diagnostics) {
      for (const fix of fixesOf(diagnostic)) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred,
          edit: fixEdit(document, fix),
        });
      }
    }
  }
  if (wants(MODERNIZE_KIND)) {
    const edits = modernizeEdits(analysis, options);
    if (edits.length > 0) {
      actions.push({ title: localizeTitle('Modernize configuration (apply every legacy-keyword fix)', options.locale), kind: MODERNIZE_KIND, edit: workspaceEdit(document, edits) });
    }
  }
  return actions;
}

/** Every preferred fix of a legacy problem, without overlaps, in document order. */
export function modernizeEdits(analysis: Analysis, options: DiagnosticOptions): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  for (const problem of findProblems(analysis, options)) {
    if (!MODERNIZE_CODES.has(problem.code)) continue;
    const fix = problem.fixes?.find((f) => f.preferred);
    if (!fix) continue;
    const overlaps = fix.edits.some((e) => edits.some((o) => e.start < o.end && o.start < e.end));
    if (!overlaps) edits.push(...fix.edits);
  }
  return edits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies offset edits to a text (for the CLI and tests); edits must not overlap. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}
