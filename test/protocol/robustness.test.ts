import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-types';
import { haproxyConfig } from '../bench/generate.js';
import { LspTestClient, withTimeout } from '../helpers/lsp-client.js';
import { TRIM_MIN_CHARS } from '../../server/src/service/heapTrim.js';

const URI = 'file:///robust/haproxy.cfg';
const text = ['global', '    maxconn 100', '', 'backend app', '    server web1 10.0.0.1:80 check', ''].join('\n');

/** The server still works: it answers a real request on a real document. */
async function assertStillAnswers(client: LspTestClient): Promise<void> {
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
  assert.deepEqual(symbols.map((s) => s.name), ['global', 'app']);
}

/** The JSON-RPC error a request ended with (fails when it succeeded). */
async function errorOf(promise: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ResponseError, `not a JSON-RPC error: ${String(error)}`);
    return error;
  }
  assert.fail('the request succeeded');
}

describe('the server survives malformed requests and keeps answering', () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
    await client.initialize();
    await client.open(URI, 'haproxy', text);
    await client.diagnosticsFor(URI);
  });
  after(async () => {
    await client.close();
  });

  it('answers an unknown method with MethodNotFound, and ignores an unknown notification', async () => {
    const error = await errorOf(client.request('haproxyKeepalived/noSuchMethod', { x: 1 }));
    assert.equal(error.code, -32601);
    await client.notify('haproxyKeepalived/noSuchNotification', { y: 2 });
    await assertStillAnswers(client);
  });

  it('answers requests with missing or wrongly typed params with an empty result', async () => {
    const cases: Array<[string, unknown]> = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: { uri: URI } }],
      ['textDocument/hover', { textDocument: { uri: 42 }, position: 'here' }],
      ['textDocument/completion', { textDocument: { uri: URI }, position: { line: 'a', character: null } }],
      ['textDocument/documentSymbol', { textDocument: null }],
      ['textDocument/formatting', { textDocument: { uri: URI } }],
      ['textDocument/rename', { textDocument: { uri: URI }, position: { line: 3, character: 9 } }],
      ['textDocument/references', { textDocument: { uri: URI }, position: { line: 3, character: 9 } }],
      ['textDocument/codeAction', { textDocument: { uri: URI }, range: null, context: null }],
      ['textDocument/semanticTokens/full', { textDocument: { uri: 'not a uri' } }],
    ];
    for (const [method, params] of cases) {
      const result = await client.request<unknown>(method, params);
      assert.ok(result === null || (Array.isArray(result) && result.length === 0) || JSON.stringify(result) === '{"data":[]}', `${method} ${JSON.stringify(params)} -> ${JSON.stringify(result)}`);
    }
    await assertStillAnswers(client);
  });

  it('answers positions outside the document without failing', async () => {
    // Past the end of a line or of the file: nothing to hover. Negative numbers are not a position.
    for (const [position, hovered] of [
      [{ line: 9_999, character: 0 }, null],
      [{ line: 1, character: 9_999 }, null],
      [{ line: -1, character: -5 }, null],
    ] as const) {
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position });
      const word = hover?.range ? text.split('\n')[hover.range.start.line]!.slice(hover.range.start.character, hover.range.end.character) : null;
      assert.equal(word, hovered, JSON.stringify(position));
      const items = await client.request<Array<{ textEdit?: { range: { end: { line: number } } } }>>('textDocument/completion', { textDocument: { uri: URI }, position });
      for (const item of items) assert.ok(item.textEdit!.range.end.line <= 5, `completion edit outside the document at ${JSON.stringify(position)}`);
      await client.request('textDocument/definition', { textDocument: { uri: URI }, position });
      await client.request('textDocument/signatureHelp', { textDocument: { uri: URI }, position });
    }
    await assertStillAnswers(client);
  });

  it('answers a request on a document closed while the request is on its way', async () => {
    const uri = 'file:///robust/closing.cfg';
    await client.open(uri, 'haproxy', text);
    await client.diagnosticsFor(uri);
    const hover = client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 5 } });
    const symbols = client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    // Whether the close is read before or after them, each gets an answer: the result, or nothing.
    const answered = await Promise.all([hover, symbols]);
    assert.ok(answered[0] === null || answered[0]!.contents !== undefined);
    assert.ok(answered[1].length === 0 || answered[1].length === 2);
    const after = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(after, []);
    await assertStillAnswers(client);
  });

  it('takes binary content: it publishes diagnostics, and hover and completion answer', async () => {
    const uri = 'file:///robust/binary.cfg';
    const bytes = Array.from({ length: 60_000 }, (_, i) => String.fromCharCode((i * 7919 + (i >> 3)) % 256)).join('');
    await client.open(uri, 'haproxy', bytes);
    const diagnostics = await client.diagnosticsFor(uri);
    assert.ok(diagnostics.length > 0, 'binary content is not a valid configuration');
    for (const d of diagnostics) assert.ok(d.range.end.line >= d.range.start.line);
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } });
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 1 } });
    await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    await assertStillAnswers(client);
  });

  it('takes a 10 MB file: one diagnostic says it is too large to check, requests answer at once', async () => {
    const uri = 'file:///robust/huge.cfg';
    const unit = haproxyConfig(1_000);
    const huge = unit.repeat(Math.ceil((10 * 2 ** 20) / unit.length));
    assert.ok(huge.length >= 10 * 2 ** 20);
    await client.open(uri, 'haproxy', huge);
    const diagnostics = await client.diagnosticsFor(uri, () => true, 30_000);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line]),
      [['haproxy/file-too-large', 3, 0]],
    );
    assert.match(String(diagnostics[0]!.message), /not checked/);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, []);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    await assertStillAnswers(client);
  });
});

describe('cancellation and stale diagnostics', () => {
  let client: LspTestClient;
  const uri = 'file:///robust/big.cfg';
  const big = haproxyConfig(10_000);
  /** The line the tests below edit. */
  const line = big.split('\n').findIndex((l) => l === '    timeout server 10s');
  before(async () => {
    client = new LspTestClient();
    client.recordPublications = true;
    await client.initialize();
    await client.open(uri, 'haproxy', big);
    await client.diagnosticsFor(uri, () => true, 30_000);
  });
  after(async () => {
    await client.close();
  });

  it('drops a request cancelled right after it was sent (RequestCancelled), and answers the next', async () => {
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
    source.cancel();
    const error = await errorOf(withTimeout(request, 10_000, 'cancelled documentSymbol'));
    assert.equal(error.code, -32800);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 500, `${symbols.length} sections`);
  });

  it('publishes versions in increasing order under rapid changes, the last one for the last text', async (t) => {
    const published = client.published.length;
    const lastVersion = 41;
    for (let version = 2; version <= lastVersion; version++) {
      // Each version has one unknown keyword on that line, named after the version.
      void client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 4 }, end: { line, character: 1_000 } }, text: `bogus_${version} 1` }],
      });
    }
    const final = await client.diagnosticsFor(uri, (p) => p.version === lastVersion, 60_000);
    const versions = client.published.slice(published).filter((p) => p.uri === uri).map((p) => p.version!);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i]! > versions[i - 1]!, `published out of order: ${versions.join(', ')}`);
    assert.equal(versions.at(-1), lastVersion);
    t.diagnostic(`${versions.length} publications for ${lastVersion - 1} changes`);
    const unknown = final.filter((d) => d.code === 'haproxy/unknown-keyword');
    assert.deepEqual(
      unknown.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]),
      [[line, 4, 4 + `bogus_${lastVersion}`.length]],
    );
    assert.match(String(unknown[0]!.message), new RegExp(`bogus_${lastVersion}`));
    // Nothing after the last version: wait for one more round trip, then look again.
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.equal(client.published.filter((p) => p.uri === uri).at(-1)!.version, lastVersion);
  });

  it('drops a request made for a version that a newer change has replaced (ContentModified)', async () => {
    // A request followed at once by a change: the server reads the change while the request waits
    // for its turn, and answers ContentModified instead of working on the old text. Whether the
    // change is read in time depends on the pipe, so a few attempts are made; any other answer
    // must be a correct result.
    let version = 100;
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 4 }, end: { line, character: 1_000 } }, text: 'timeout server 10s' }],
    });
    let dropped = 0;
    for (let attempt = 0; attempt < 20 && dropped === 0; attempt++) {
      const stale = client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      version++;
      void client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 19 }, end: { line, character: 20 } }, text: String(version % 10) }],
      });
      const outcome = await stale.then(
        (symbols) => ({ symbols, error: undefined }),
        (error: unknown) => ({ symbols: undefined, error }),
      );
      if (outcome.error === undefined) {
        assert.ok(outcome.symbols!.length > 500, 'answered for the version current when it ran');
      } else {
        assert.ok(outcome.error instanceof ResponseError, String(outcome.error));
        assert.equal(outcome.error.code, -32801, outcome.error.message);
        dropped++;
      }
    }
    assert.equal(dropped, 1, 'no request was ever dropped for a replaced version');
    const final = await client.diagnosticsFor(uri, (p) => p.version === version, 60_000);
    assert.deepEqual(final, []);
  });
});

describe('a big document (60,000 lines)', () => {
  let client: LspTestClient;
  const uri = 'file:///robust/big60k.cfg';
  const big = haproxyConfig(60_000);
  let opened = 0;
  before(async () => {
    client = new LspTestClient();
    await client.initialize({ settings: { haproxy: { version: '2.6' } } });
    assert.ok(big.length > TRIM_MIN_CHARS, `${big.length} characters`);
    await client.open(uri, 'haproxy', big);
    await client.diagnosticsFor(uri, () => true, 60_000);
    opened = client.residentMb();
  });
  after(async () => {
    await client.close();
  });

  it('gives back what the analysis left once quiet, with the document still open and still answered', async () => {
    // The collection runs TRIM_QUIET_MS after the analysis; the system takes the pages back soon after.
    let settled = client.residentMb();
    for (let wait = 0; wait < 20 && settled > opened - 20; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      settled = client.residentMb();
    }
    assert.ok(settled <= opened - 20, `resident memory ${opened.toFixed(0)} MB after opening, ${settled.toFixed(0)} MB 10 s later`);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 1_000, `${symbols.length} sections in the outline`);
  });

  /** Sends `method`, lets the server start on it, then does `meanwhile`; the outcome of the request. */
  async function interrupted(method: string, meanwhile: (source: CancellationTokenSource) => Promise<void>): Promise<ResponseError<unknown>> {
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest(method, { textDocument: { uri } }, source.token);
    // Semantic tokens of 60,000 lines take hundreds of milliseconds: the server is well into them by now.
    await new Promise((resolve) => setTimeout(resolve, 60));
    await meanwhile(source);
    return errorOf(withTimeout(request, 30_000, method));
  }

  it('stops computing semantic tokens when the request is cancelled while they are computed (RequestCancelled)', async () => {
    const error = await interrupted('textDocument/semanticTokens/full', async (source) => source.cancel());
    assert.equal(error.code, -32800, error.message);
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } }, 60_000);
    assert.ok(tokens.data.length > 100_000, `${tokens.data.length / 5} tokens`);
  });

  it('stops computing semantic tokens when the document changes meanwhile (ContentModified)', async () => {
    const error = await interrupted('textDocument/semanticTokens/full', () =>
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '    # edited\n' }],
      }),
    );
    assert.equal(error.code, -32801, error.message);
    const diagnostics = await client.diagnosticsFor(uri, (p) => p.version === 2, 60_000);
    assert.deepEqual(diagnostics, []);
  });
});
