import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, Position, type Diagnostic } from 'vscode-languageserver-types';
import { findClusterRoot, isClusterMember, loadCluster, MANIFEST_NAME, overlayFileSystem, validateCluster, type ClusterValidation } from './cluster/index.js';
import { clusterTopology, topologySvg } from './cluster/topology.js';
import { declaredVersions, type DeclaredVersions } from './cluster/versions.js';
import { clusterDiagnostics } from './cluster/lsp.js';
import { clusterHover } from './cluster/hover.js';
import { randomSecret, scaffoldCluster, type ClusterAnswers, type Scaffold } from './cluster/scaffold.js';
import { normalizePath } from './cluster/fs.js';
import type { ClusterFacts } from './cluster/facts/index.js';
import { nodeFileSystem } from './cluster/nodeFs.js';
import type { Problem } from './common/span.js';
import { findExecutable } from './external/binaries.js';
import { runRealChecker } from './external/checkers.js';
import { nodeProcessRunner, type ProcessRunner } from './external/process.js';
import { codeActions, MODERNIZE_KIND, modernizeEdits } from './features/codeActions.js';
import { doValidation, effectiveSeverity, problemsToDiagnostics } from './features/diagnostics.js';
import { foldingRanges } from './features/folding.js';
import { placeCheckerMessages } from './features/realChecker.js';
import { documentSymbolSteps } from './features/symbols.js';
import { doComplete } from './features/completion.js';
import { doHover } from './features/hover.js';
import { findDefinition, findReferences, prepareRename, rename, type NavigationDocument } from './features/navigation.js';
import { SEMANTIC_TOKENS_LEGEND, semanticTokenSteps } from './features/semanticTokens.js';
import { signatureHelp } from './features/signatureHelp.js';
import { workspaceSymbols } from './features/workspaceSymbols.js';
import { readTextFile, scanWorkspace } from './service/workspaceFiles.js';
import { documentLinks } from './features/links.js';
import { formatDocument } from './features/formatting.js';
import { fileSystemIncludeResolver } from './keepalived/validate/includes.js';
import { analyze, type Analysis } from './service/analysis.js';
import { isLanguageId, languageOfPath, type LanguageId } from './service/languages.js';
import { readSettings as readRawSettings, type Settings } from './settings.js';
import { ValidationQueue } from './service/validationQueue.js';
import { runInSlices } from './service/slices.js';
import type { Steps } from './common/steps.js';
import { HeapTrimmer } from './service/heapTrim.js';
import { isTooLarge, tooLargeMessage } from './service/limits.js';
import { localizeAnswerErrors, localizeProblem, serverLocale, type Locale } from './l10n/index.js';

/** Folders full of unrelated files, never scanned as a cluster (a lone file in /tmp/x/ must not make /tmp one). */
const NOT_CLUSTER_ROOTS = ['/', tmpdir(), homedir()];

export const SERVER_NAME = 'haproxy-keepalived-language-server';
export const MODERNIZE_COMMAND = 'haproxyKeepalived.modernize';
/** Answers of "New HA cluster" in, the new folder's files (or the answers' errors) out; the client writes them. */
export const SCAFFOLD_COMMAND = 'haproxyKeepalived.scaffoldCluster';
/** A file or folder uri in, its cluster out (`{ name, svg, problems, topology }`), or null outside a cluster. */
export const TOPOLOGY_COMMAND = 'haproxyKeepalived.clusterTopology';

export interface ServerOptions {
  /** How local programs are run (the real checkers); tests may pass their own. */
  runner?: ProcessRunner;
}

/**
 * The thin adapter between LSP and the language service: it keeps documents and settings, caches
 * one analysis per uri+version, and delegates every request to a pure feature function.
 */
export function startServer(connection: Connection, serverOptions: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, { version: number; analysis: Analysis }>();
  /** The real checker's findings, valid for one version of one document. */
  const realFindings = new Map<string, { version: number; problems: Problem[] }>();
  const runner = serverOptions.runner ?? nodeProcessRunner;
  /** The display language from `initialize` (see l10n/); the client may push settings again, not this. */
  let locale: Locale = 'en';
  const readSettings = (raw: unknown): Settings => {
    const read = readRawSettings(raw);
    return { ...read, diagnostics: { ...read.diagnostics, locale } };
  };
  let settings: Settings = readSettings(undefined);
  let pullConfiguration = false;
  /** Local binaries run only where the client says the workspace is trusted (VS Code's workspace trust). */
  let trusted = false;
  /** Workspace folders: a cluster root is never searched above them. */
  let workspaceRoots: string[] = [];

  const languageOf = (document: TextDocument): LanguageId | undefined =>
    isLanguageId(document.languageId) ? document.languageId : languageOfPath(document.uri);

  const analysisOf = (document: TextDocument): Analysis | undefined => {
    const language = languageOf(document);
    if (!language || isTooLarge(document.getText())) return undefined;
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version && cached.analysis.language === language) return cached.analysis;
    const analysis = analyze(language, document.getText(), cached?.analysis);
    cache.set(document.uri, { version: document.version, analysis });
    return analysis;
  };

  /** Files that are not open, read from disk for cross-file navigation and workspace symbols; by path, checked by mtime. */
  const diskFiles = new Map<string, { mtimeMs: number; file: NavigationDocument }>();
  const fileAt = (path: string, language: LanguageId): NavigationDocument | undefined => {
    const uri = pathToFileURL(path).toString();
    const open = documents.all().find((d) => normalizedUri(d.uri) === uri);
    if (open) {
      const analysis = analysisOf(open);
      return analysis ? { uri: open.uri, document: open, analysis } : undefined;
    }
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      return undefined;
    }
    const cached = diskFiles.get(path);
    if (cached && cached.mtimeMs === mtimeMs && cached.file.analysis.language === language) return cached.file;
    const text = readTextFile(path);
    if (text === undefined) return undefined;
    const file = { uri, document: TextDocument.create(uri, language, 0, text), analysis: analyze(language, text) };
    diskFiles.set(path, { mtimeMs, file });
    return file;
  };

  /** The other files of the document's cluster in the same language (open buffers over disk), for cross-file navigation. */
  const peersOf = (document: TextDocument): NavigationDocument[] => {
    const path = pathOf(document.uri);
    const language = languageOf(document);
    if (!path || !language) return [];
    const fs = nodeFileSystem();
    const stopAt = workspaceRoots.find((root) => path.startsWith(root + nodePath.sep));
    const root = findClusterRoot(fs, path, stopAt, NOT_CLUSTER_ROOTS);
    if (!root) return [];
    const layout = loadCluster(fs, root.folder);
    if (!isClusterMember(layout, path)) return [];
    const own = normalizedUri(document.uri);
    return layout.members
      .filter((member) => member.language === language && pathToFileURL(member.path).toString() !== own)
      .map((member) => fileAt(member.path, language))
      .filter((file): file is NavigationDocument => file !== undefined);
  };

  /**
   * Runs a request handler once the messages already received have been read: a request cancelled
   * meanwhile (`$/cancelRequest`) is dropped, and so is one made for a version of the document that a
   * newer change has replaced (LSP's RequestCancelled and ContentModified errors). A failure is
   * logged and answered with `fallback`, never fatal.
   */
  const guarded =
    <P extends { textDocument: { uri: string } }, R>(
      name: string,
      fallback: R,
      handler: (document: TextDocument, analysis: Analysis, params: P, token?: CancellationToken) => R | Promise<R | ResponseError<void>>,
    ) =>
    async (params: P, token?: CancellationToken): Promise<R | ResponseError<void>> => {
      const uri: unknown = params?.textDocument?.uri;
      const versionAsked = typeof uri === 'string' ? documents.get(uri)?.version : undefined;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
      try {
        const document = typeof uri === 'string' ? documents.get(uri) : undefined;
        // A request that names a position must give a real one (non-negative integers).
        if (params && 'position' in params && !Position.is(params.position)) return fallback;
        if (document && versionAsked !== undefined && document.version !== versionAsked) {
          return new ResponseError(LSPErrorCodes.ContentModified, `${name}: the document changed since the request`);
        }
        const analysis = document && analysisOf(document);
        return document && analysis ? await handler(document, analysis, params, token) : fallback;
      } catch (error) {
        connection.console.error(`${name} failed on ${params?.textDocument?.uri}: ${describe(error)}`);
        return fallback;
      }
    };
  /**
   * `guarded` for the features computed in steps (common/steps.ts): they run a slice at a time, and
   * stop with RequestCancelled or ContentModified when, between slices, the request turns out to be
   * cancelled or the document changed.
   */
  const guardedSteps = <P extends { textDocument: { uri: string } }, R>(
    name: string,
    fallback: R,
    steps: (document: TextDocument, analysis: Analysis, params: P) => Steps<R>,
  ) =>
    guarded<P, R>(name, fallback, async (document, analysis, params, token) => {
      const version = document.version;
      const outcome = await runInSlices(steps(document, analysis, params), () => {
        if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
        if (documents.get(document.uri)?.version !== version) return new ResponseError(LSPErrorCodes.ContentModified, `${name}: the document changed meanwhile`);
        return undefined;
      });
      return outcome.done ? outcome.value : outcome.stopped;
    });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; workspaceTrusted?: boolean };
    locale = serverLocale(params);
    settings = readSettings(init.settings);
    trusted = init.workspaceTrusted === true;
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceRoots = folders.map(pathOf).filter((p): p is string => p !== undefined);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' '] },
        definitionProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentLinkProvider: { resolveProvider: false },
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        signatureHelpProvider: { triggerCharacters: [' '], retriggerCharacters: [' '] },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, MODERNIZE_KIND] },
        executeCommandProvider: { commands: [MODERNIZE_COMMAND, SCAFFOLD_COMMAND, TOPOLOGY_COMMAND] },
      },
      serverInfo: { name: SERVER_NAME, version: '0.1.0' },
    };
  });

  const refreshSettings = async (pushed?: unknown): Promise<void> => {
    try {
      if (pullConfiguration) settings = readSettings(await connection.workspace.getConfiguration('haproxyKeepalived'));
      else if (pushed !== undefined) settings = readSettings((pushed as { haproxyKeepalived?: unknown })?.haproxyKeepalived ?? pushed);
    } catch (error) {
      connection.console.error(`reading settings failed: ${describe(error)}`);
    }
    generation++;
    for (const document of documents.all()) queue.schedule(document.uri);
  };

  connection.onInitialized(() => void refreshSettings());
  connection.onDidChangeConfiguration((change) => void refreshSettings(change.settings));
  connection.onNotification('haproxyKeepalived/workspaceTrust', (params: { trusted?: boolean }) => {
    trusted = params?.trusted === true;
  });

  /**
   * The cross-file diagnostics of the cluster a document belongs to, by normalized uri: open
   * documents are read from their buffers, the other members from disk.
   */
  const clusterDiagnosticsOf = (document: TextDocument): Map<string, Diagnostic[]> | undefined => {
    const path = pathOf(document.uri);
    if (!path || !settings.clusterEnabled) return undefined;
    const validation = clusterValidationOf(path);
    if (!validation || !isClusterMember(validation.layout, path)) return undefined;
    const { layout, facts, problems } = validation;
    const declared = declaredVersions(layout);
    for (const member of layout.members) {
      clusterFactsByPath.set(member.path, facts);
      declaredByPath.set(member.path, declared);
    }
    return clusterDiagnostics(facts, problems, (p) => pathToFileURL(p).toString(), (code) => effectiveSeverity(code, settings.diagnostics), locale);
  };

  /** Checks the cluster around `path` (a member file, or any path inside the cluster's folder). */
  const clusterValidationOf = (path: string): ClusterValidation | undefined => {
    const open = new Map<string, TextDocument>();
    for (const other of documents.all()) {
      const otherPath = pathOf(other.uri);
      if (otherPath) open.set(otherPath, other);
    }
    const fs = overlayFileSystem(nodeFileSystem(), new Map([...open].map(([p, d]) => [p, d.getText()])));
    const stopAt = workspaceRoots.find((root) => path.startsWith(root + nodePath.sep));
    const root = findClusterRoot(fs, path, stopAt, NOT_CLUSTER_ROOTS);
    if (!root) return undefined;
    const analysisOfPath = (p: string): Analysis | undefined => {
      const openDocument = open.get(p);
      if (openDocument) return analysisOf(openDocument);
      // Members that are not open are read from disk once per modification, not on every keystroke.
      const language = languageOfPath(p);
      return language ? fileAt(p, language)?.analysis : undefined;
    };
    return validateCluster(fs, root.folder, { analysisOf: analysisOfPath });
  };

  /** The facts of the last cluster check, by member path: hover reads them instead of checking again. */
  const clusterFactsByPath = new Map<string, ClusterFacts>();
  /** The versions each member's cluster manifest declares (from the last cluster check). */
  const declaredByPath = new Map<string, DeclaredVersions>();
  /**
   * The options every feature gets for a document: the settings, with the versions its cluster's
   * ha-cluster.json declares for the machines in place of the target versions of the settings.
   */
  const optionsOf = (document: TextDocument): Settings['diagnostics'] => {
    const path = pathOf(document.uri);
    const declared = path ? declaredByPath.get(path) : undefined;
    if (!declared || (!declared.haproxyVersion && !declared.keepalivedVersion)) return settings.diagnostics;
    return {
      ...settings.diagnostics,
      haproxyVersion: declared.haproxyVersion ?? settings.diagnostics.haproxyVersion,
      keepalivedVersion: declared.keepalivedVersion ?? settings.diagnostics.keepalivedVersion,
    };
  };

  const includes = fileSystemIncludeResolver();
  /**
   * A document's own diagnostics, kept per analysis (one per version of an open document, one per
   * modification of a file read from disk) and generation of the settings and files around it:
   * editing one cluster member republishes the others without checking them again.
   */
  const ownDiagnostics = new WeakMap<Analysis, { generation: number; targets: string; diagnostics: Diagnostic[] }>();
  let generation = 0;
  const ownDiagnosticsOf = (document: TextDocument, analysis: Analysis): Diagnostic[] => {
    const options = optionsOf(document);
    const targets = `${options.haproxyVersion ?? ''}/${options.keepalivedVersion ?? ''}`;
    const cached = ownDiagnostics.get(analysis);
    if (cached && cached.generation === generation && cached.targets === targets) return cached.diagnostics;
    const diagnostics = doValidation(document, analysis, { ...options, documentPath: pathOf(document.uri), includes });
    ownDiagnostics.set(analysis, { generation, targets, diagnostics });
    return diagnostics;
  };
  const publish = (document: TextDocument, cluster: Map<string, Diagnostic[]> | undefined): void => {
    const analysis = analysisOf(document);
    const language = languageOf(document);
    if (!analysis && language && isTooLarge(document.getText())) {
      const diagnostics = problemsToDiagnostics(document, [{ start: 0, end: 0, ...tooLargeMessage(language, document.getText().length) }], settings.diagnostics);
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
      return;
    }
    if (!analysis) return;
    const diagnostics = [...ownDiagnosticsOf(document, analysis)];
    const real = realFindings.get(document.uri);
    if (real && real.version === document.version) diagnostics.push(...problemsToDiagnostics(document, real.problems, settings.diagnostics));
    diagnostics.push(...(cluster?.get(normalizedUri(document.uri)) ?? []));
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  /** A cluster member that is not open: its own diagnostics from the file on disk, and the cluster's. */
  const publishClosed = (uri: string, clusterProblems: Diagnostic[]): void => {
    const path = pathOf(uri);
    const language = path ? languageOfPath(path) : undefined;
    const file = path && language ? fileAt(path, language) : undefined;
    const own = file ? ownDiagnosticsOf(file.document, file.analysis) : [];
    void connection.sendDiagnostics({ uri, diagnostics: [...own, ...clusterProblems] });
  };

  /** Validates a document and, when it belongs to a cluster, every member of that cluster. */
  const validate = (document: TextDocument): void => {
    try {
      let cluster: Map<string, Diagnostic[]> | undefined;
      try {
        cluster = clusterDiagnosticsOf(document);
      } catch (error) {
        connection.console.error(`cluster checks failed for ${document.uri}: ${describe(error)}`);
      }
      publish(document, cluster);
      if (!cluster) return;
      const open = new Set<string>();
      for (const other of documents.all()) {
        open.add(normalizedUri(other.uri));
        if (other.uri !== document.uri && cluster.has(normalizedUri(other.uri))) publish(other, cluster);
      }
      // Members that are not open get their problems too (the Problems panel lists them): configs
      // checked from disk, the manifest and sysctl files with the cross-file problems found in them.
      for (const [uri, clusterProblems] of cluster) if (!open.has(uri)) publishClosed(uri, clusterProblems);
    } catch (error) {
      connection.console.error(`validation failed on ${document.uri}: ${describe(error)}`);
    }
  };
  const trimmer = new HeapTrimmer();
  const queue = new ValidationQueue((uri) => {
    const document = documents.get(uri);
    if (!document) return;
    validate(document);
    trimmer.noteDocument(document.getText().length);
  });
  connection.onDidChangeWatchedFiles(() => {
    generation++;
    for (const document of documents.all()) queue.schedule(document.uri);
  });

  const runRealCheck = async (document: TextDocument): Promise<void> => {
    const language = languageOf(document);
    if (!language || !trusted || !settings.realCheckerEnabled) return;
    const binary = findExecutable(language, language === 'haproxy' ? settings.haproxyExecutable : settings.keepalivedExecutable);
    if (!binary) return;
    const version = document.version;
    const documentPath = pathOf(document.uri);
    const run = await runRealChecker({ runner, language, binary, text: document.getText(), documentPath });
    if (run.failure) {
      connection.console.warn(`${binary}: ${run.failure}`);
      return;
    }
    const current = documents.get(document.uri);
    const analysis = current && current.version === version ? analysisOf(current) : undefined;
    if (!current || !analysis) return; // edited meanwhile: these lines may no longer match
    realFindings.set(document.uri, { version, problems: placeCheckerMessages(analysis, run.messages) });
    validate(current);
  };

  documents.onDidChangeContent((change) => queue.schedule(change.document.uri));
  documents.onDidSave((event) => void runRealCheck(event.document).catch((error) => connection.console.error(describe(error))));
  documents.onDidClose((event) => {
    cache.delete(event.document.uri);
    queue.cancel(event.document.uri);
    realFindings.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    trimmer.noteDocument(event.document.getText().length); // its model is garbage now
    // A cluster member closed while others stay open: checking one of them publishes it again, from disk.
    const closedPath = pathOf(event.document.uri);
    const root = closedPath ? clusterFactsByPath.get(closedPath)?.layout.root : undefined;
    if (root) {
      const other = documents.all().find((d) => d.uri !== event.document.uri && clusterFactsByPath.get(pathOf(d.uri) ?? '')?.layout.root === root);
      if (other) queue.schedule(other.uri);
    }
  });

  connection.onDocumentSymbol(guardedSteps('documentSymbol', [], (document, analysis) => documentSymbolSteps(document, analysis)));
  connection.onFoldingRanges(guarded('foldingRange', [], (document, analysis) => foldingRanges(document, analysis)));
  connection.onHover(
    guarded('hover', null, (document, analysis, params) => {
      const own = doHover(document, analysis, params.position, optionsOf(document));
      if (own) return own;
      const path = pathOf(document.uri);
      const facts = path ? clusterFactsByPath.get(normalizePath(path)) : undefined;
      if (!facts || facts.texts.get(normalizePath(path!)) !== document.getText()) return null;
      const found = clusterHover(facts, normalizePath(path!), document.offsetAt(params.position), locale);
      return found
        ? { contents: { kind: 'markdown', value: found.markdown }, range: { start: document.positionAt(found.start), end: document.positionAt(found.end) } }
        : null;
    }),
  );
  connection.onCompletion(
    guarded('completion', [], (document, analysis, params) => doComplete(document, analysis, params.position, optionsOf(document))),
  );
  connection.onDocumentLinks(guarded('documentLink', [], (document, analysis) => documentLinks(document, analysis, pathOf(document.uri), includes)));
  connection.onDocumentFormatting(guarded('formatting', [], (document, analysis, params) => formatDocument(document, analysis, params.options)));
  connection.onDocumentRangeFormatting(
    guarded('rangeFormatting', [], (document, analysis, params) => formatDocument(document, analysis, params.options, params.range)),
  );
  connection.onDefinition(guarded('definition', [], (document, analysis, params) => findDefinition(document, analysis, params.position, peersOf(document))));
  connection.onReferences(
    guarded('references', [], (document, analysis, params) =>
      findReferences(document, analysis, params.position, params.context.includeDeclaration, peersOf(document)),
    ),
  );
  connection.onPrepareRename(guarded('prepareRename', null, (document, analysis, params) => prepareRename(document, analysis, params.position)));
  connection.onRenameRequest(
    guarded('rename', null, (document, analysis, params) =>
      typeof params.newName === 'string' ? rename(document, analysis, params.position, params.newName, peersOf(document)) : null,
    ),
  );
  connection.onSignatureHelp(
    guarded('signatureHelp', null, (document, analysis, params) => signatureHelp(document, analysis, params.position, optionsOf(document))),
  );
  connection.languages.semanticTokens.on(
    guardedSteps('semanticTokens', { data: [] }, (document, analysis) => semanticTokenSteps(document, analysis, optionsOf(document))),
  );
  connection.onWorkspaceSymbol((params) => {
    try {
      const files: NavigationDocument[] = [];
      const seen = new Set<string>();
      for (const document of documents.all()) {
        const analysis = analysisOf(document);
        if (!analysis) continue;
        files.push({ uri: document.uri, document, analysis });
        seen.add(normalizedUri(document.uri));
      }
      for (const file of scanWorkspace(workspaceRoots)) {
        if (seen.has(pathToFileURL(file.path).toString())) continue;
        const found = fileAt(file.path, file.language);
        if (found) files.push(found);
      }
      return workspaceSymbols(files, params.query);
    } catch (error) {
      connection.console.error(`workspaceSymbol failed: ${describe(error)}`);
      return [];
    }
  });
  connection.onCodeAction(
    guarded('codeAction', [], (document, analysis, params) =>
      codeActions(document, analysis, params.context.diagnostics, params.context.only, optionsOf(document)),
    ),
  );
  connection.onExecuteCommand(async (params) => {
    try {
      if (params.command === SCAFFOLD_COMMAND) return localizeAnswerErrors(scaffoldCommand(params.arguments?.[0]), locale);
      if (params.command === TOPOLOGY_COMMAND) {
        const path = typeof params.arguments?.[0] === 'string' ? pathOf(params.arguments[0]) : undefined;
        if (!path) return null;
        // A folder stands for the cluster it holds: look for the cluster as from a file inside it.
        const validation = clusterValidationOf(nodeFileSystem().kind(path) === 'folder' ? nodePath.join(path, MANIFEST_NAME) : path);
        if (!validation) return null;
        const problems = validation.problems.map((problem) => localizeProblem(problem, locale));
        const topology = clusterTopology(validation.facts, problems, nodePath.basename(validation.layout.root));
        const declared = declaredVersions(validation.layout);
        return { name: topology.name, svg: topologySvg(topology), problems: validation.problems.length, topology, versions: declared };
      }
      if (params.command !== MODERNIZE_COMMAND) return null;
      const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
      const document = uri ? documents.get(uri) : undefined;
      const analysis = document && analysisOf(document);
      if (!document || !analysis) return { applied: false, edits: 0 };
      const edits = modernizeEdits(analysis, optionsOf(document));
      if (edits.length === 0) return { applied: true, edits: 0 };
      const result = await connection.workspace.applyEdit({
        label: 'Modernize configuration',
        edit: {
          changes: {
            [uri!]: edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText })),
          },
        },
      });
      return { applied: result.applied, edits: edits.length };
    } catch (error) {
      connection.console.error(`command ${params.command} failed: ${describe(error)}`);
      return null;
    }
  });

  documents.listen(connection);
  connection.listen();
}

/** Secrets the user left empty are made here, so that no two clusters share a password. */
function scaffoldCommand(argument: unknown): Scaffold {
  const answers: ClusterAnswers = typeof argument === 'object' && argument !== null ? { ...(argument as ClusterAnswers) } : {};
  if (!answers.authPass) answers.authPass = randomSecret(8, randomBytes);
  if (!answers.statsPassword) answers.statsPassword = randomSecret(16, randomBytes);
  return scaffoldCluster(answers);
}

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** The same file may be spelt with different percent-encodings; compare uris rebuilt from paths. */
function normalizedUri(uri: string): string {
  const path = pathOf(uri);
  return path ? pathToFileURL(path).toString() : uri;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
