import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { binaryMissing } from '../helpers/binaries.js';
import { LspTestClient } from '../helpers/lsp-client.js';

const seed = [
  'global',
  '    daemon',
  'defaults',
  '    mode http',
  '    contimeout  5000',
  '    clitimeout  50000',
  '    srvtimeout  50000',
  'listen proyectointegrado *:80',
  '    balance roundrobin',
  '    server webA 10.0.0.100:80 cookie A check',
  '',
].join('\n');

function applyTextEdits(text: string, edits: TextEdit[]): string {
  const offset = (line: number, character: number): number => {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts[line]! + character;
  };
  return edits
    .map((e) => ({ start: offset(e.range.start.line, e.range.start.character), end: offset(e.range.end.line, e.range.end.character), text: e.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((acc, e) => acc.slice(0, e.start) + e.text + acc.slice(e.end), text);
}

describe('quick fixes, Modernize and settings over stdio', () => {
  let client: LspTestClient;
  let dir: string;
  const uri = 'file:///cluster/haproxy/seed.cfg';
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-protocol-'));
    client = new LspTestClient();
    await client.initialize({ settings: { haproxy: { version: '2.6' } }, workspaceTrusted: true });
  });
  after(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports the legacy keywords of the seed for the configured version', async () => {
    await client.open(uri, 'haproxy', seed);
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line]),
      [
        ['haproxy/removed-keyword', 4],
        ['haproxy/removed-keyword', 5],
        ['haproxy/removed-keyword', 6],
        ['haproxy/address-on-proxy-line', 7],
      ],
    );
  });

  it('offers the replacement as a preferred quick fix', async () => {
    const diagnostics = await client.diagnosticsFor(uri);
    const contimeout = diagnostics[0] as Diagnostic;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: contimeout.range,
      context: { diagnostics: [contimeout], only: ['quickfix'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.title, "Replace 'contimeout' with 'timeout connect'");
    assert.equal(actions[0]!.isPreferred, true);
    const edits = actions[0]!.edit!.changes![uri]!;
    assert.match(applyTextEdits(seed, edits), /\n {4}timeout connect {2}5000\n/);
  });

  it('modernizes the whole file through the command, and the result is clean', async () => {
    const result = await client.request<{ applied: boolean; edits: number }>('workspace/executeCommand', {
      command: 'haproxyKeepalived.modernize',
      arguments: [uri],
    });
    assert.deepEqual(result, { applied: true, edits: 5 });
    const edit = client.appliedEdits.at(-1) as { changes: Record<string, TextEdit[]> };
    const modern = applyTextEdits(seed, edit.changes[uri]!);
    assert.match(modern, /listen proyectointegrado\n {4}bind \*:80\n/);
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: modern }] });
    assert.deepEqual(await client.diagnosticsFor(uri, (p) => p.version === 2), []);
  });

  it('answers the "New HA cluster" questions with the files to write, or the errors under their questions', async () => {
    const scaffold = await client.request<{ files: Array<{ path: string; text: string }>; errors: Array<{ field: string; message: string }> }>(
      'workspace/executeCommand',
      { command: 'haproxyKeepalived.scaffoldCluster', arguments: [{ name: 'shop', vip: '10.1.0.10/24', loadBalancers: 'lb1=10.1.0.1, lb2=10.1.0.2', webServers: 'app=10.1.0.50:8080' }] },
    );
    assert.deepEqual(scaffold.errors, []);
    assert.ok(scaffold.files.some((f) => f.path === 'keepalived/lb2.conf'), scaffold.files.map((f) => f.path).join(', '));
    const haproxy = scaffold.files.find((f) => f.path === 'haproxy/haproxy.cfg')!.text;
    assert.match(haproxy, /^ {4}bind 10\.1\.0\.10:80$/m);
    assert.match(haproxy, /^ {4}server app 10\.1\.0\.50:8080 cookie app check/m);
    // The passwords the user did not give were made by the server, fresh for each cluster.
    const pass = (files: typeof scaffold.files) => /auth_pass (\S+)/.exec(files.find((f) => f.path === 'keepalived/lb1.conf')!.text)![1];
    const again = await client.request<typeof scaffold>('workspace/executeCommand', { command: 'haproxyKeepalived.scaffoldCluster', arguments: [{ loadBalancers: 'lb1=10.0.0.1, lb2=10.0.0.2' }] });
    assert.match(pass(scaffold.files)!, /^[A-Za-z0-9]{8}$/);
    assert.notEqual(pass(scaffold.files), pass(again.files));

    const wrong = await client.request<typeof scaffold>('workspace/executeCommand', { command: 'haproxyKeepalived.scaffoldCluster', arguments: [{ vip: '10.0.0.10/24', loadBalancers: 'lb1=10.9.0.1, lb2=10.0.0.2' }] });
    assert.deepEqual(wrong.files, []);
    assert.deepEqual(wrong.errors.map((e) => e.field), ['loadBalancers']);
    assert.match(wrong.errors[0]!.message, /lb1's address 10\.9\.0\.1 is not in the VIP's \/24 network/);
  });

  it('applies a severity override sent by the client', async () => {
    await client.notify('workspace/didChangeConfiguration', {
      settings: { haproxyKeepalived: { haproxy: { version: '2.6' }, diagnostics: { severity: { 'haproxy/removed-keyword': 'off' } } } },
    });
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: seed }] });
    const diagnostics = await client.diagnosticsFor(uri, (p) => p.version === 3);
    assert.deepEqual(diagnostics.map((d) => d.code), ['haproxy/address-on-proxy-line']);
  });

  it('runs the real haproxy -c on save in a trusted workspace and shows its alerts on their lines', async (t) => {
    const missing = binaryMissing('haproxy');
    if (missing) return t.skip(missing);
    const file = path.join(dir, 'haproxy.cfg');
    // weight 1000 is out of range (0-256): both checkers say so; this asserts haproxy's own alert, by its code.
    const text = 'global\n    daemon\ndefaults\n    mode http\n    timeout client 1s\n    timeout server 1s\n    timeout connect 1s\nfrontend f\n    bind 127.0.0.1:18081\n    http-request set-var(txn.x) str(a) if { var(txn.y) -m found }\n    default_backend b\nbackend b\n    server s 127.0.0.1:18082 weight 1000\n';
    writeFileSync(file, text);
    const fileUri = pathToFileURL(file).toString();
    await client.open(fileUri, 'haproxy', text);
    await client.diagnosticsFor(fileUri);
    await client.notify('textDocument/didSave', { textDocument: { uri: fileUri } });
    const diagnostics = await client.diagnosticsFor(fileUri, (p) => p.diagnostics.some((d) => d.code === 'haproxy/real-checker'), 20_000);
    const real = diagnostics.filter((d) => d.code === 'haproxy/real-checker');
    assert.equal(real[0]!.source, 'haproxy');
    assert.equal(real[0]!.range.start.line, 12);
    assert.match(String(real[0]!.message), /weight/);
  });
});
