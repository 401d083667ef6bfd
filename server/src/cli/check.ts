import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity } from '../common/codes.js';
import { sourceOf } from '../common/codes.js';
import { effectiveSeverity, findProblems, type DiagnosticOptions } from '../features/diagnostics.js';
import { analyze } from '../service/analysis.js';
import type { LanguageId } from '../service/languages.js';
import { findClusterRoot, loadCluster, validateCluster, type ClusterFacts, type ClusterProblem } from '../cluster/index.js';
import { nodeFileSystem } from '../cluster/nodeFs.js';
import { localizeProblem, type Locale } from '../l10n/index.js';

/** One reported problem, 1-based as editors and compilers print them. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  source: string;
  message: string;
  /** Places in other files the problem is about (cluster checks), 1-based too. */
  related?: RelatedFinding[];
}

export interface RelatedFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface CheckedFile {
  file: string;
  language: LanguageId;
  text: string;
}

/** A finding with 1-based positions, from a problem's offsets in its document. */
function toFinding(file: string, document: TextDocument, problem: { code: string; start: number; end: number }, severity: Severity, message: string): Finding {
  const start = document.positionAt(problem.start);
  const end = document.positionAt(problem.end);
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity,
    code: problem.code,
    source: sourceOf(problem.code),
    message,
  };
}

export function checkFile(input: CheckedFile, options: DiagnosticOptions = {}): Finding[] {
  const document = TextDocument.create(`file://${input.file}`, input.language, 1, input.text);
  const findings: Finding[] = [];
  for (const problem of findProblems(analyze(input.language, input.text), options)) {
    const severity = effectiveSeverity(problem.code, options);
    if (severity === 'off') continue;
    findings.push(toFinding(input.file, document, problem, severity, localizeProblem(problem, options.locale).message));
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The message with the related places spelt out, for the formats that have no field for them. */
function messageWithRelated(finding: Finding, locale?: Locale): string {
  const see = locale === 'es' ? 'véase' : 'see';
  return finding.message + (finding.related ?? []).map((r) => ` (${see} ${r.file}:${r.line}:${r.column}: ${r.message})`).join('');
}

/** One line per finding; the severity word stays English (`error`, `warning`) for problem matchers. */
export function formatText(findings: readonly Finding[], locale?: Locale): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${messageWithRelated(f, locale)} [${f.code}]\n`).join('');
}

export function formatJson(findings: readonly Finding[], locale?: Locale): string {
  const rows = findings.map((finding) => {
    const { file, line, column, endLine, endColumn, severity, code } = finding;
    return { file, line, column, endLine, endColumn, severity, code, message: messageWithRelated(finding, locale) };
  });
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export function summarize(findings: readonly Finding[], fileCount: number, locale?: Locale): string {
  const count = (severity: Severity): number => findings.filter((f) => f.severity === severity).length;
  if (locale === 'es') {
    const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
    const checked = fileCount === 1 ? 'comprobado' : 'comprobados';
    return `${plural(count('error'), 'error', 'errores')}, ${plural(count('warning'), 'aviso', 'avisos')} en ${plural(fileCount, 'fichero', 'ficheros')} ${checked}\n`;
  }
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')} in ${plural(fileCount, 'file')} checked\n`;
}

/** Cross-file findings of a cluster folder (manifest or folder scan), read from disk. */
export function clusterFindings(folder: string, options: DiagnosticOptions = {}): Finding[] {
  const { facts, problems } = validateCluster(nodeFileSystem(), folder);
  return problemFindings(facts, problems, options);
}

/** Cross-file problems as findings (severity overrides and locale applied), with their related places. */
export function problemFindings(facts: ClusterFacts, problems: readonly ClusterProblem[], options: DiagnosticOptions = {}): Finding[] {
  const documents = new Map<string, TextDocument>();
  const documentOf = (path: string): TextDocument => {
    let document = documents.get(path);
    if (!document) documents.set(path, (document = TextDocument.create(`file://${path}`, 'plaintext', 1, facts.texts.get(path) ?? '')));
    return document;
  };
  const findings: Finding[] = [];
  for (const english of problems) {
    const severity = effectiveSeverity(english.code, options);
    if (severity === 'off') continue;
    const problem = localizeProblem(english, options.locale);
    const related = (problem.related ?? []).map((r): RelatedFinding => {
      const document = documentOf(r.path);
      const start = document.positionAt(r.start);
      const end = document.positionAt(r.end);
      return { file: r.path, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, message: r.message };
    });
    const finding = toFinding(problem.path, documentOf(problem.path), problem, severity, problem.message);
    findings.push(related.length > 0 ? { ...finding, related } : finding);
  }
  return findings;
}

/** A folder is checked as a cluster when it has a manifest or at least two keepalived configs. */
export function looksLikeCluster(folder: string): boolean {
  const root = findClusterRoot(nodeFileSystem(), `${folder.replace(/\/+$/, '')}/x`, folder);
  return root !== undefined && (root.manifest !== undefined || loadCluster(nodeFileSystem(), root.folder).members.filter((m) => m.language === 'keepalived').length >= 2);
}
