import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, Location, MarkupContent, SemanticTokens, SignatureHelp, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-types';
import { LspTestClient } from '../helpers/lsp-client.js';

/** The seed cluster in a temporary folder; server1.conf and haproxy.cfg open, server2.conf only on disk. */
describe('across the files of a cluster, over stdio', () => {
  let client: LspTestClient;
  let dir: string;
  const file = (relative: string) => {
    const full = path.join(dir, relative);
    return { uri: pathToFileURL(full).toString(), text: readFileSync(full, 'utf8') };
  };
  let server1: { uri: string; text: string };
  let server2: { uri: string; text: string };
  let haproxy: { uri: string; text: string };
  /** The first line that starts with `needle` once indentation is removed (unless the needle itself is indented). */
  const lineOf = (text: string, needle: string): number =>
    text.split('\n').findIndex((l) => (needle.startsWith(' ') ? l.startsWith(needle) : l.trimStart().startsWith(needle)));

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-nav-'));
    cpSync('examples/seed-cluster', dir, { recursive: true });
    server1 = file('keepalived/server1.conf');
    server2 = file('keepalived/server2.conf');
    haproxy = file('haproxy/haproxy.cfg');
    client = new LspTestClient();
    const { capabilities } = await client.initialize({ settings: { haproxy: { version: '2.6' } } }, pathToFileURL(dir).toString());
    assert.ok(capabilities.signatureHelpProvider && capabilities.semanticTokensProvider && capabilities.workspaceSymbolProvider);
    await client.open(server1.uri, 'keepalived', server1.text);
    await client.open(haproxy.uri, 'haproxy', haproxy.text);
  });
  after(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renames a vrrp_script in both nodes\' files, the closed one included', async () => {
    const line = lineOf(server1.text, 'vrrp_script chk_haproxy');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: server1.uri },
      position: { line, character: 'vrrp_script chk'.length },
      newName: 'chk_lb',
    });
    const changes = edit.changes ?? {};
    assert.deepEqual(Object.keys(changes).sort(), [server1.uri, server2.uri].sort());
    for (const target of [server1, server2]) {
      const lines = changes[target.uri]!.map((e) => e.range.start.line).sort((a, b) => a - b);
      assert.deepEqual(lines, [lineOf(target.text, 'vrrp_script chk_haproxy'), lineOf(target.text, '        chk_haproxy')]);
      assert.ok(changes[target.uri]!.every((e) => e.newText === 'chk_lb'));
    }
  });

  it('finds the references of a tracked script in both files', async () => {
    const line = lineOf(server1.text, '        chk_haproxy');
    const locations = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: server1.uri },
      position: { line, character: 10 },
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      locations.map((l) => [l.uri, l.range.start.line]),
      [
        [server1.uri, line],
        [server2.uri, lineOf(server2.text, '        chk_haproxy')],
      ],
    );
  });

  it('lists workspace symbols from open and closed files', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'web' });
    const seen = symbols.map((s) => `${s.name}@${path.basename(new URL(s.location.uri).pathname)}:${s.location.range.start.line}`);
    assert.ok(seen.includes(`web_servers@haproxy.cfg:${lineOf(haproxy.text, 'backend web_servers')}`), seen.join(', '));
    assert.ok(seen.includes(`web1@haproxy.cfg:${lineOf(haproxy.text, 'server web1')}`), seen.join(', '));
    const instances = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'VI_1' });
    assert.deepEqual(instances.map((s) => path.basename(new URL(s.location.uri).pathname)).sort(), ['server1.conf', 'server2.conf']);
  });

  it('answers signature help and semantic tokens', async () => {
    const line = lineOf(haproxy.text, 'server web1');
    const help = await client.request<SignatureHelp>('textDocument/signatureHelp', {
      textDocument: { uri: haproxy.uri },
      position: { line, character: haproxy.text.split('\n')[line]!.indexOf('10.0.0.100') + 2 },
    });
    assert.equal(help.signatures[help.activeSignature ?? 0]!.label, 'server <name> <address>[:[port]] [param*]');
    assert.equal(help.activeParameter, 1);
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: haproxy.uri } });
    assert.equal(tokens.data.length % 5, 0);
    assert.ok(tokens.data.length / 5 > 50, `${tokens.data.length / 5} tokens`);
  });

  it('hovers the VIP with the nodes that carry it', async () => {
    await client.diagnosticsFor(server1.uri);
    const line = lineOf(server1.text, '10.0.0.10/24');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: server1.uri }, position: { line, character: 10 } });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /carried by 2 nodes/);
    assert.match(value, /\*\*server2\*\*: VI_1, BACKUP, priority 100/);
  });

  it('offers to create a missing health-check file, as a file creation', async () => {
    const changed = haproxy.text.replace('uri /check.txt', 'uri /health.txt');
    await client.notify('textDocument/didChange', { textDocument: { uri: haproxy.uri, version: 2 }, contentChanges: [{ text: changed }] });
    const diagnostics = await client.diagnosticsFor(haproxy.uri, (p) => p.diagnostics.some((d) => d.code === 'ha-cluster/health-check-file-missing'));
    const missing = diagnostics.filter((d: Diagnostic) => d.code === 'ha-cluster/health-check-file-missing');
    assert.equal(missing.length, 2);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: haproxy.uri },
      range: missing[0]!.range,
      context: { diagnostics: missing },
    });
    const create = actions.filter((a) => a.title.startsWith('Create '));
    assert.deepEqual(create.map((a) => a.title).sort(), ['Create web/web1/health.txt for web1', 'Create web/web2/health.txt for web2']);
    const changes = create.find((a) => a.title.includes('web1'))!.edit!.documentChanges!;
    assert.deepEqual(changes[0], { kind: 'create', uri: pathToFileURL(path.join(dir, 'web/web1/health.txt')).toString(), options: { ignoreIfExists: true } });
  });
});
