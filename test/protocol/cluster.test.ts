import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspTestClient } from '../helpers/lsp-client.js';

describe('cluster checks over stdio', () => {
  let client: LspTestClient;
  let dir: string;
  let server1: { uri: string; text: string };
  let server2: { uri: string; text: string };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-cluster-'));
    cpSync('examples/seed-cluster', dir, { recursive: true });
    const read = (name: string) => {
      const file = path.join(dir, 'keepalived', name);
      return { uri: pathToFileURL(file).toString(), text: readFileSync(file, 'utf8') };
    };
    server1 = read('server1.conf');
    server2 = read('server2.conf');
    client = new LspTestClient();
    await client.initialize();
  });
  after(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts clean: the seed cluster has no problem', async () => {
    await client.open(server1.uri, 'keepalived', server1.text);
    await client.open(server2.uri, 'keepalived', server2.text);
    assert.deepEqual(await client.diagnosticsFor(server1.uri), []);
    assert.deepEqual(await client.diagnosticsFor(server2.uri), []);
  });

  it('changing virtual_router_id on server1 puts a diagnostic in server2, pointing back at server1', async () => {
    const line = server1.text.split('\n').findIndex((l) => l.includes('virtual_router_id 51'));
    const character = server1.text.split('\n')[line]!.indexOf('51');
    await client.notify('textDocument/didChange', {
      textDocument: { uri: server1.uri, version: 2 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 2 } }, text: '52' }],
    });
    const diagnostics = await client.diagnosticsFor(server2.uri, (p) => p.diagnostics.some((d) => d.code === 'ha-cluster/vrid-mismatch'));
    const mismatch = diagnostics.find((d) => d.code === 'ha-cluster/vrid-mismatch')!;
    assert.equal(mismatch.source, 'ha-cluster');
    assert.equal(mismatch.range.start.line, line);
    assert.equal(mismatch.relatedInformation?.[0]?.location.uri, server1.uri);
    assert.equal(mismatch.relatedInformation?.[0]?.location.range.start.line, line);
  });

  it('draws the cluster of an open file with the unsaved change marked, and of a folder', async () => {
    type Picture = { name: string; svg: string; problems: number } | null;
    // server1 still says 52 in its buffer (the previous test): the picture reads open buffers.
    const fromFile = await client.request<Picture>('workspace/executeCommand', { command: 'haproxyKeepalived.clusterTopology', arguments: [server2.uri] });
    assert.ok(fromFile);
    assert.equal(fromFile.problems, 1);
    assert.match(fromFile.svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(fromFile.svg, /<g class="node loadBalancer problem" data-id="lb:server2">/);
    assert.match(fromFile.svg, />MASTER · priority 101 · VRID 52</);
    const fromFolder = await client.request<Picture>('workspace/executeCommand', { command: 'haproxyKeepalived.clusterTopology', arguments: [pathToFileURL(dir).toString()] });
    assert.equal(fromFolder?.name, path.basename(dir));
    assert.equal(fromFolder?.problems, 1);
    const outside = await client.request<Picture>('workspace/executeCommand', { command: 'haproxyKeepalived.clusterTopology', arguments: ['file:///no/such/place.cfg'] });
    assert.equal(outside, null);
  });

  it('fixing it clears the diagnostic in server2', async () => {
    await client.notify('textDocument/didChange', { textDocument: { uri: server1.uri, version: 3 }, contentChanges: [{ text: server1.text }] });
    assert.deepEqual(await client.diagnosticsFor(server2.uri, (p) => p.diagnostics.length === 0), []);
  });
});

describe('cluster checks turned off by haproxyKeepalived.cluster.enable', () => {
  it('reports only the file\'s own diagnostics', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hak-cluster-off-'));
    cpSync('examples/seed-cluster', dir, { recursive: true });
    const client = new LspTestClient();
    try {
      await client.initialize({ settings: { cluster: { enable: false } } });
      const file = path.join(dir, 'keepalived', 'server1.conf');
      const uri = pathToFileURL(file).toString();
      // Without the setting this VRID disagrees with server2.conf (ha-cluster/vrid-mismatch).
      const text = readFileSync(file, 'utf8').replace('virtual_router_id 51', 'virtual_router_id 52');
      await client.open(uri, 'keepalived', text);
      assert.deepEqual(await client.diagnosticsFor(uri), []);
    } finally {
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the versions a cluster manifest declares, over stdio', () => {
  let client: LspTestClient;
  let dir: string;
  // guid appeared in HAProxy 3.0; the seed's manifest says its machines run HAProxy 2.6.
  const withGuid = (text: string) => text.replace('backend web_servers\n', 'backend web_servers\n    guid web-servers-1\n');

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-declared-'));
    cpSync('examples/seed-cluster', path.join(dir, 'cluster'), { recursive: true });
    client = new LspTestClient();
    await client.initialize({ settings: { haproxy: { version: '3.2' } } });
  });
  after(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks a member of the cluster for the declared HAProxy 2.6, not the 3.2 of the settings', async () => {
    const file = path.join(dir, 'cluster', 'haproxy', 'haproxy.cfg');
    const uri = pathToFileURL(file).toString();
    const text = withGuid(readFileSync(file, 'utf8'));
    await client.open(uri, 'haproxy', text);
    const diagnostics = await client.diagnosticsFor(uri);
    const tooNew = diagnostics.filter((d) => d.code === 'haproxy/keyword-too-new');
    assert.equal(tooNew.length, 1, JSON.stringify(diagnostics));
    assert.match(String(tooNew[0]!.message), /'guid' needs HAProxy 3\.0 or newer; the target version is 2\.6/);
    assert.equal(text.split('\n')[tooNew[0]!.range.start.line], '    guid web-servers-1');
  });

  it('the same text outside any cluster is checked for the version of the settings', async () => {
    const uri = pathToFileURL(path.join(dir, 'alone.haproxy.cfg')).toString();
    await client.open(uri, 'haproxy', withGuid(readFileSync(path.join(dir, 'cluster', 'haproxy', 'haproxy.cfg'), 'utf8')));
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'haproxy/keyword-too-new'), []);
  });
});

describe('cluster members that are not open, over stdio', () => {
  let client: LspTestClient;
  let dir: string;
  const uriOf = (...parts: string[]) => pathToFileURL(path.join(dir, ...parts)).toString();

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-closed-'));
    cpSync('examples/seed-cluster', dir, { recursive: true });
    client = new LspTestClient();
    await client.initialize();
  });
  after(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a VRID changed in the only open file puts the mismatch on server2.conf, which is not open', async () => {
    const server1 = readFileSync(path.join(dir, 'keepalived', 'server1.conf'), 'utf8');
    await client.open(uriOf('keepalived', 'server1.conf'), 'keepalived', server1.replace('virtual_router_id 51', 'virtual_router_id 52'));
    const closed = await client.diagnosticsFor(uriOf('keepalived', 'server2.conf'), (p) => p.diagnostics.some((d) => d.code === 'ha-cluster/vrid-mismatch'));
    const mismatch = closed.find((d) => d.code === 'ha-cluster/vrid-mismatch')!;
    const server2 = readFileSync(path.join(dir, 'keepalived', 'server2.conf'), 'utf8');
    assert.equal(server2.split('\n')[mismatch.range.start.line]!.slice(mismatch.range.start.character, mismatch.range.end.character), '51');
    assert.equal(mismatch.relatedInformation?.[0]?.location.uri, uriOf('keepalived', 'server1.conf'));
  });

  it('a closed member also gets its own diagnostics, read from disk', async () => {
    const file = path.join(dir, 'haproxy', 'haproxy.cfg');
    writeFileSync(file, readFileSync(file, 'utf8').replace('balance roundrobin', 'balance round-robin'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).toString(), type: 2 }] });
    const diagnostics = await client.diagnosticsFor(pathToFileURL(file).toString(), (p) => p.diagnostics.some((d) => d.code === 'haproxy/invalid-value'));
    assert.match(String(diagnostics.find((d) => d.code === 'haproxy/invalid-value')!.message), /round-robin/);
  });

  it('closing the edited member publishes it again as it is on disk', async () => {
    // On disk, server1 keeps VRID 51 but gets a priority keepalived refuses.
    const file = path.join(dir, 'keepalived', 'server1.conf');
    writeFileSync(file, readFileSync(file, 'utf8').replace('priority 101', 'priority 300'));
    await client.open(uriOf('keepalived', 'server2.conf'), 'keepalived', readFileSync(path.join(dir, 'keepalived', 'server2.conf'), 'utf8'));
    await client.notify('textDocument/didClose', { textDocument: { uri: uriOf('keepalived', 'server1.conf') } });
    const server1 = await client.diagnosticsFor(uriOf('keepalived', 'server1.conf'), (p) => p.diagnostics.some((d) => d.code === 'keepalived/invalid-value'));
    // Its own problem (from the file) and what it does to the cluster (300 is clamped: no failover).
    assert.deepEqual(server1.map((d) => d.code).sort(), ['ha-cluster/no-failover', 'keepalived/invalid-value']);
    // The buffer's VRID 52 is gone with it: server2 agrees with the file on disk.
    const server2 = await client.diagnosticsFor(uriOf('keepalived', 'server2.conf'), (p) => !p.diagnostics.some((d) => d.code === 'ha-cluster/vrid-mismatch'));
    assert.equal(server2.filter((d) => d.code === 'ha-cluster/vrid-mismatch').length, 0);
  });
});
