import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';

export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export const SERVER_BUNDLE = path.resolve('dist/server.cjs');

/**
 * A minimal LSP client for protocol tests: it spawns the built server over stdio and speaks
 * JSON-RPC to it. Every wait is bounded; `close()` ends the process it started, by its PID.
 */
export class LspTestClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly publicationCounts = new Map<string, number>();
  /** Every publication, in the order it arrived. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: Array<() => void> = [];
  stderr = '';

  constructor(args: string[] = ['--stdio']) {
    this.process = spawn(process.execPath, [SERVER_BUNDLE, ...args], { stdio: 'pipe' });
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout),
      new StreamMessageWriter(this.process.stdin),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      this.publicationCounts.set(params.uri, (this.publicationCounts.get(params.uri) ?? 0) + 1);
      if (this.recordPublications) this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** Keep every publication in `published` (off by default: benchmarks publish thousands). */
  recordPublications = false;

  /** The server process's resident memory in MB (VmRSS, from /proc). */
  residentMb(): number {
    const status = readFileSync(`/proc/${this.process.pid!}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
  }

  /** How many times diagnostics were published for `uri`. */
  publications(uri: string): number {
    return this.publicationCounts.get(uri) ?? 0;
  }

  /** Edits the server asked the client to apply (`workspace/applyEdit`), in order. */
  readonly appliedEdits: unknown[] = [];

  async initialize(initializationOptions?: unknown, rootUri: string | null = null, locale?: string): Promise<{ capabilities: Record<string, unknown> }> {
    this.connection.onRequest('workspace/applyEdit', (params: { edit: unknown }) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    const result = await this.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri,
      capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
      initializationOptions,
      ...(locale ? { locale } : {}),
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  request<R>(method: string, params: unknown, timeoutMs = 10_000): Promise<R> {
    return withTimeout(this.connection.sendRequest<R>(method, params), timeoutMs, `request ${method}`);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Waits until diagnostics for `uri` satisfy `accept` (default: any publication), at most `timeoutMs`. */
  async diagnosticsFor(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = this.diagnostics.get(uri);
      if (current && accept(current)) return current.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(current)}\n${this.stderr}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    try {
      await this.request('shutdown', null, 3_000);
      await this.notify('exit', null);
    } catch {
      // the process may already be gone; it is ended below either way
    }
    this.connection.dispose();
    if (this.process.exitCode === null && this.process.pid !== undefined) {
      const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
      const timer = setTimeout(() => this.process.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    }
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
