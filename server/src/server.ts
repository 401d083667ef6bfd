import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { doValidation, type DiagnosticOptions } from './features/diagnostics.js';
import { foldingRanges } from './features/folding.js';
import { documentSymbols } from './features/symbols.js';
import { analyze, type Analysis } from './service/analysis.js';
import { isLanguageId, languageOfPath, type LanguageId } from './service/languages.js';

export const SERVER_NAME = 'haproxy-keepalived-language-server';

/**
 * The thin adapter between LSP and the language service: it keeps documents, caches one
 * analysis per uri+version, and delegates every request to a pure feature function.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, { version: number; analysis: Analysis }>();
  const options: DiagnosticOptions = {};

  const languageOf = (document: TextDocument): LanguageId | undefined =>
    isLanguageId(document.languageId) ? document.languageId : languageOfPath(document.uri);

  const analysisOf = (document: TextDocument): Analysis | undefined => {
    const language = languageOf(document);
    if (!language) return undefined;
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version && cached.analysis.language === language) return cached.analysis;
    const analysis = analyze(language, document.getText());
    cache.set(document.uri, { version: document.version, analysis });
    return analysis;
  };

  /** Runs a request handler; a failure is logged and answered with `fallback`, never fatal. */
  const guarded = <P extends { textDocument: { uri: string } }, R>(
    name: string,
    fallback: R,
    handler: (document: TextDocument, analysis: Analysis, params: P) => R,
  ) => (params: P): R => {
    try {
      const document = documents.get(params.textDocument.uri);
      const analysis = document && analysisOf(document);
      return document && analysis ? handler(document, analysis, params) : fallback;
    } catch (error) {
      connection.console.error(`${name} failed on ${params.textDocument.uri}: ${describe(error)}`);
      return fallback;
    }
  };

  connection.onInitialize(
    (): InitializeResult => ({
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: SERVER_NAME, version: '0.1.0' },
    }),
  );

  const validate = (document: TextDocument): void => {
    try {
      const analysis = analysisOf(document);
      if (!analysis) return;
      const diagnostics = doValidation(document, analysis, options);
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    } catch (error) {
      connection.console.error(`validation failed on ${document.uri}: ${describe(error)}`);
    }
  };

  documents.onDidChangeContent((change) => validate(change.document));
  documents.onDidClose((event) => {
    cache.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol(guarded('documentSymbol', [], (document, analysis) => documentSymbols(document, analysis)));
  connection.onFoldingRanges(guarded('foldingRange', [], (document, analysis) => foldingRanges(document, analysis)));

  documents.listen(connection);
  connection.listen();
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
