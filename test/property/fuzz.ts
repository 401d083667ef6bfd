/**
 * The fuzzing harness: one input goes through everything a user can trigger on a file (both parsers,
 * the validators, the cluster checks with the input as a member of the seed cluster, hover,
 * completion, signature help, navigation, semantic tokens, code actions at random positions, and
 * the formatter). Each call must not throw, must keep its results inside the document, and must
 * finish within `FUZZ.callBoundMs` (a hang detector, generous for a shared 2-core machine; speed is
 * measured by `npm run bench`). Formatting twice must change nothing the second time.
 *
 * Budget (environment): FUZZ_RUNS inputs per property, FUZZ_SECONDS per property at most,
 * FUZZ_MUTATIONS per corpus file and snippet, FUZZ_CALL_BOUND_MS per call. `npm test` runs a
 * short budget, `npm run fuzz` a long one.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import { memoryFileSystem, validateCluster } from '../../server/src/cluster/index.js';
import { codeActions } from '../../server/src/features/codeActions.js';
import { doComplete } from '../../server/src/features/completion.js';
import { doValidation } from '../../server/src/features/diagnostics.js';
import { foldingRanges } from '../../server/src/features/folding.js';
import { formatDocument } from '../../server/src/features/formatting.js';
import { doHover } from '../../server/src/features/hover.js';
import { findDefinition, findReferences, prepareRename } from '../../server/src/features/navigation.js';
import { semanticTokens } from '../../server/src/features/semanticTokens.js';
import { signatureHelp } from '../../server/src/features/signatureHelp.js';
import { documentSymbols } from '../../server/src/features/symbols.js';
import { analyze } from '../../server/src/service/analysis.js';
import type { LanguageId } from '../../server/src/service/languages.js';

const env = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const FUZZ = {
  runs: env('FUZZ_RUNS', env('PROPERTY_RUNS', 150)),
  seconds: env('FUZZ_SECONDS', 0.8),
  mutations: env('FUZZ_MUTATIONS', 1),
  callBoundMs: env('FUZZ_CALL_BOUND_MS', 3_000),
};

/** Inputs tried so far in this process, by language (reported by the tests). */
export const inputsTried: Record<LanguageId, number> = { haproxy: 0, keepalived: 0 };

function timed<T>(what: string, text: string, call: () => T): T {
  const started = performance.now();
  const result = call();
  const elapsed = performance.now() - started;
  assert.ok(elapsed < FUZZ.callBoundMs, `${what} took ${elapsed.toFixed(0)} ms on an input of ${text.length} characters (bound ${FUZZ.callBoundMs} ms)`);
  return result;
}

function assertRangeInside(document: TextDocument, range: Range, what: string): void {
  const lines = document.lineCount;
  const inside = (p: Position): boolean => p.line >= 0 && p.character >= 0 && p.line < lines;
  assert.ok(inside(range.start) && inside(range.end), `${what} outside the document (${lines} lines): ${JSON.stringify(range)}`);
  const { start, end } = range;
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what} ends before it starts: ${JSON.stringify(range)}`);
  for (const p of [start, end]) assert.ok(p.character <= lineLength(document, p.line), `${what} past the end of its line: ${JSON.stringify(range)}`);
}

function lineLength(document: TextDocument, line: number): number {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/(\r\n|\r|\n)$/, '').length;
}

function applyTextEdits(document: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(document, [...edits]);
}

/** The seed cluster's files, with `/seed` as its folder, for the cross-file checks. */
let seedCluster: Map<string, string> | undefined;
function seedClusterFiles(): Map<string, string> {
  if (seedCluster) return seedCluster;
  const root = path.resolve('examples', 'seed-cluster');
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(`/seed/${path.relative(root, full).split(path.sep).join('/')}`, readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  seedCluster = files;
  return files;
}

const CLUSTER_MEMBER: Record<LanguageId, string> = { haproxy: '/seed/haproxy/haproxy.cfg', keepalived: '/seed/keepalived/server1.conf' };

/**
 * Positions to probe, derived from `picks` (numbers in [0, 1)): spread over the text, plus the
 * start, the end, and positions past the end of a line and of the document.
 */
function positionsOf(document: TextDocument, picks: readonly number[]): Position[] {
  const length = document.getText().length;
  const positions = picks.map((p) => document.positionAt(Math.floor(p * (length + 1))));
  positions.push({ line: 0, character: 0 }, document.positionAt(length));
  positions.push({ line: document.lineCount + 2, character: 3 }, { line: 0, character: 10_000 });
  return positions;
}

/** Runs every feature on `text`; throws (an assertion) on any misbehaviour. */
export function exercise(language: LanguageId, text: string, picks: readonly number[] = [0.1, 0.5, 0.9]): void {
  inputsTried[language]++;
  const document = TextDocument.create(`file:///fuzz/input.${language === 'haproxy' ? 'cfg' : 'conf'}`, language, 1, text);
  const analysis = timed('analyze', text, () => analyze(language, text));

  assert.equal(analysis.parse.model.start, 0);
  assert.equal(analysis.parse.model.end, text.length);
  for (const error of analysis.parse.errors) {
    assert.ok(error.start >= 0 && error.start <= error.end && error.end <= text.length, `error outside the text: ${JSON.stringify(error)}`);
    assert.ok(error.message.length > 0);
  }

  const diagnostics = timed('doValidation', text, () => doValidation(document, analysis));
  for (const diagnostic of diagnostics) {
    assertRangeInside(document, diagnostic.range, `diagnostic ${diagnostic.code}`);
    assert.ok(typeof diagnostic.code === 'string' && String(diagnostic.message).length > 0);
  }
  const parseErrorCodes = new Set(analysis.parse.errors.map((e) => e.code));
  for (const code of parseErrorCodes) assert.ok(diagnostics.some((d) => d.code === code), `syntax error ${code} not published`);

  const lines = document.lineCount;
  for (const fold of timed('foldingRanges', text, () => foldingRanges(document, analysis))) {
    assert.ok(fold.startLine < fold.endLine && fold.endLine < lines, JSON.stringify(fold));
  }
  const symbols = timed('documentSymbols', text, () => documentSymbols(document, analysis));
  const walkSymbols = (list: typeof symbols): void => {
    for (const symbol of list) {
      assertRangeInside(document, symbol.range, `symbol ${symbol.name}`);
      assertRangeInside(document, symbol.selectionRange, `symbol ${symbol.name} selection`);
      walkSymbols(symbol.children ?? []);
    }
  };
  walkSymbols(symbols);
  const tokens = timed('semanticTokens', text, () => semanticTokens(document, analysis));
  assert.equal(tokens.data.length % 5, 0);
  timed('codeActions', text, () => codeActions(document, analysis, diagnostics, undefined, {}));

  for (const position of positionsOf(document, picks)) {
    const hover = timed('hover', text, () => doHover(document, analysis, position));
    if (hover?.range) assertRangeInside(document, hover.range, 'hover');
    for (const item of timed('completion', text, () => doComplete(document, analysis, position))) {
      const edit = item.textEdit;
      if (edit && 'range' in edit) assertRangeInside(document, edit.range, `completion ${item.label}`);
      if (edit && 'insert' in edit) assertRangeInside(document, edit.insert, `completion ${item.label}`);
    }
    timed('signatureHelp', text, () => signatureHelp(document, analysis, position));
    for (const location of timed('definition', text, () => findDefinition(document, analysis, position))) {
      if (location.uri === document.uri) assertRangeInside(document, location.range, 'definition');
    }
    for (const location of timed('references', text, () => findReferences(document, analysis, position, true))) {
      if (location.uri === document.uri) assertRangeInside(document, location.range, 'reference');
    }
    const rename = timed('prepareRename', text, () => prepareRename(document, analysis, position));
    if (rename) assertRangeInside(document, rename.range, 'prepareRename');
  }

  for (const insertSpaces of [true, false]) {
    const options = { tabSize: 4, insertSpaces };
    const edits = timed('formatting', text, () => formatDocument(document, analysis, options));
    for (const edit of edits) assertRangeInside(document, edit.range, 'formatting edit');
    const once = applyTextEdits(document, edits);
    const formatted = TextDocument.create(document.uri, language, 2, once);
    const again = applyTextEdits(formatted, timed('formatting', once, () => formatDocument(formatted, analyze(language, once), options)));
    assert.equal(again, once, 'formatting a formatted document changed it again');
  }

  const files = new Map(seedClusterFiles());
  const member = CLUSTER_MEMBER[language];
  files.set(member, text);
  const cluster = timed('cluster checks', text, () => validateCluster(memoryFileSystem(files), '/seed'));
  for (const problem of cluster.problems) {
    const size = files.get(problem.path)?.length ?? 0;
    assert.ok(problem.start >= 0 && problem.start <= problem.end && problem.end <= size, `cluster problem outside ${problem.path}: ${JSON.stringify(problem)}`);
    for (const other of problem.related ?? []) {
      const otherSize = files.get(other.path)?.length ?? 0;
      assert.ok(other.start >= 0 && other.start <= other.end && other.end <= otherSize, `related place outside ${other.path}: ${JSON.stringify(other)}`);
    }
  }
}
