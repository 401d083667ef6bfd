import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { LspTestClient } from '../helpers/lsp-client.js';

const HAPROXY_URI = 'file:///cluster/haproxy/haproxy.cfg';
const KEEPALIVED_URI = 'file:///cluster/keepalived/server1.conf';

const haproxyText = [
  'global',
  '    log "127.0.0.1 local0',
  '',
  'frontend web',
  '    bind :80',
  '    default_backend app',
  '',
  'backend app',
  '    server web1 10.0.0.100:80 check',
  '    server web2 10.0.0.200:80 check',
  '',
].join('\n');

const keepalivedText = [
  'vrrp_instance VI_1 {',
  '    state MASTER',
  '    interface eth0',
  '    virtual_router_id 51',
  '    virtual_ipaddress {',
  '        10.0.0.10/24',
  '    }',
  '',
].join('\n');

describe('language server over stdio', () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
  });
  after(async () => {
    await client.close();
  });

  it('announces its capabilities', async () => {
    const result = await client.initialize();
    assert.equal(result.capabilities.documentSymbolProvider, true);
    assert.equal(result.capabilities.foldingRangeProvider, true);
  });

  it('publishes haproxy syntax errors with their exact range, and clears them after a fix', async () => {
    await client.open(HAPROXY_URI, 'haproxy', haproxyText);
    const diagnostics = await client.diagnosticsFor(HAPROXY_URI);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [quote] = diagnostics;
    assert.equal(quote!.code, 'haproxy/unterminated-quote');
    assert.equal(quote!.source, 'haproxy');
    assert.equal(quote!.severity, 1);
    assert.deepEqual(quote!.range.start, { line: 1, character: 8 });
    assert.equal(quote!.range.end.line, 1);

    await client.notify('textDocument/didChange', {
      textDocument: { uri: HAPROXY_URI, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 18 }, end: { line: 1, character: 18 } }, text: '"' }],
    });
    const fixed = await client.diagnosticsFor(HAPROXY_URI, (p) => p.version === 2);
    assert.deepEqual(fixed, []);
  });

  it('gives the haproxy outline: sections with their servers', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: HAPROXY_URI } });
    assert.deepEqual(
      symbols.map((s) => [s.detail, s.name]),
      [
        ['global', 'global'],
        ['frontend', 'web'],
        ['backend', 'app'],
      ],
    );
    const backend = symbols[2]!;
    assert.deepEqual(backend.selectionRange, { start: { line: 7, character: 8 }, end: { line: 7, character: 11 } });
    assert.deepEqual(
      backend.children?.map((c) => [c.detail, c.name, c.selectionRange.start.line]),
      [
        ['server', 'web1', 8],
        ['server', 'web2', 9],
      ],
    );
  });

  it('publishes an unclosed keepalived block at its brace, and gives the block tree', async () => {
    await client.open(KEEPALIVED_URI, 'keepalived', keepalivedText);
    const diagnostics = await client.diagnosticsFor(KEEPALIVED_URI);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0]!.code, 'keepalived/unbalanced-brace');
    assert.equal(diagnostics[0]!.source, 'keepalived');
    assert.deepEqual(diagnostics[0]!.range, { start: { line: 0, character: 19 }, end: { line: 0, character: 20 } });

    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: KEEPALIVED_URI } });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0]!.name, 'VI_1');
    assert.equal(symbols[0]!.detail, 'vrrp_instance');
    assert.deepEqual(symbols[0]!.children?.map((c) => c.name), ['virtual_ipaddress']);

    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: KEEPALIVED_URI } });
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [[4, 5]]);
  });

  it('drops diagnostics of a closed document and keeps answering', async () => {
    await client.notify('textDocument/didClose', { textDocument: { uri: KEEPALIVED_URI } });
    const cleared = await client.diagnosticsFor(KEEPALIVED_URI, (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared, []);
    const symbols = await client.request<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri: KEEPALIVED_URI } });
    assert.deepEqual(symbols, []);
  });
});
