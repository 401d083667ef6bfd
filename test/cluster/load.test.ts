import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { clusterDiagnostics } from '../../server/src/cluster/lsp.js';
import {
  findClusterRoot,
  haClusterCodes,
  loadCluster,
  memoryFileSystem,
  overlayFileSystem,
  readManifest,
  validateCluster,
} from '../../server/src/cluster/index.js';
import { parseJson } from '../../server/src/cluster/json.js';
import {
  assertAt,
  C,
  check,
  edit,
  HAPROXY,
  MANIFEST,
  problemsOf,
  ROOT,
  seedFiles,
  SERVER1,
  SERVER2,
  single,
  SYSCTL,
} from './helpers.js';

describe('cluster: loading from a manifest', () => {
  it('lists the members with their roles and nodes, and the web servers', () => {
    const { layout } = check(seedFiles());
    assert.equal(layout.source, 'manifest');
    assert.deepEqual(
      layout.members.map((m) => [m.path, m.role, m.nodes.join(',')]),
      [
        [MANIFEST, 'manifest', ''],
        [SERVER1, 'keepalived', 'server1'],
        [HAPROXY, 'haproxy', 'server1,server2'],
        [SYSCTL, 'sysctl', 'server1,server2'],
        [SERVER2, 'keepalived', 'server2'],
      ],
    );
    assert.deepEqual(
      layout.webServers?.map((w) => [w.name, w.address?.value, w.content, w.root]),
      [
        ['web1', '10.0.0.100', `${C}/web/web1`, '/var/www/html'],
        ['web2', '10.0.0.200', `${C}/web/web2`, '/var/www/html'],
      ],
    );
    assert.equal(layout.haproxyVersion, '2.6');
    assert.equal(layout.keepalivedVersion, '2.2');
  });

  it('reports a file the manifest names that does not exist, on its string', () => {
    const files = seedFiles();
    const [range] = edit(files, MANIFEST, '"keepalived": "keepalived/server2.conf"', '"keepalived": «"keepalived/server-2.conf"»');
    const problem = single(problemsOf(files), 'ha-cluster/missing-file');
    assertAt(problem, MANIFEST, range!);
    assert.match(problem.message, /There is no file 'keepalived\/server-2\.conf'/);
  });

  it('reports a content folder that does not exist', () => {
    const files = seedFiles();
    const [range] = edit(files, MANIFEST, '"content": "web/web2"', '"content": «"web/webB"»');
    assertAt(single(problemsOf(files), 'ha-cluster/missing-file'), MANIFEST, range!);
  });

  it('reports JSON syntax errors and wrong fields', () => {
    const syntax = readManifest('/m.json', '{ "loadBalancers": [ }');
    assert.equal(syntax.problems[0]?.code, 'ha-cluster/manifest-syntax');
    assert.equal(syntax.problems[0]?.start, 21);

    const text = '{ "loadBalancers": [ { "name": "a", "host": 5, "haproxy": "h.cfg", "keepalived": "k.conf" }, { "name": "a", "host": "x", "haproxy": "h.cfg", "keepalived": "k2.conf" } ] }';
    const fields = readManifest('/m.json', text);
    assert.deepEqual(
      fields.problems.map((p) => [p.code, text.slice(p.start, p.end)]),
      [
        ['ha-cluster/manifest-invalid', '5'],
        ['ha-cluster/manifest-invalid', '"a"'],
      ],
    );
    assert.equal(fields.problems[1]!.start, text.lastIndexOf('"a"'));
  });

  it('keeps offsets in its JSON reader', () => {
    const parsed = parseJson('{"a": [1, "x\\"y"], "b": {"c": null}}');
    assert.equal(parsed.root?.kind, 'object');
    const a = parsed.root?.kind === 'object' ? parsed.root.properties[0]!.value : undefined;
    assert.equal(a?.kind, 'array');
    if (a?.kind === 'array') {
      assert.deepEqual([a.items[1]!.start, a.items[1]!.end], [10, 16]);
      assert.equal(a.items[1]!.kind === 'string' ? a.items[1]!.value : '', 'x"y');
    }
  });

  it('the schema is draft-07 and requires what the loader requires', () => {
    const schema = JSON.parse(readFileSync(`${ROOT}/schemas/ha-cluster.schema.json`, 'utf8'));
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(schema.required, ['loadBalancers']);
    assert.deepEqual(schema.definitions.loadBalancer.required, ['name', 'host', 'haproxy', 'keepalived']);
    assert.deepEqual(schema.definitions.webServer.required, ['name', 'host', 'content']);
    for (const definition of Object.values(schema.definitions) as Array<{ properties: Record<string, { description?: string; $ref?: string }> }>) {
      for (const [name, property] of Object.entries(definition.properties)) assert.ok(property.description || property.$ref, `${name} has no description`);
    }
  });
});

describe('cluster: loading without a manifest', () => {
  it('pairs every keepalived config with the haproxy config beside it', () => {
    const { layout } = check(seedFiles({ manifest: false }));
    assert.equal(layout.source, 'folder');
    assert.deepEqual(
      layout.loadBalancers.map((n) => [n.name, n.keepalived, n.haproxy]),
      [
        ['server1', SERVER1, HAPROXY],
        ['server2', SERVER2, HAPROXY],
      ],
    );
    assert.equal(layout.webServers, undefined);
  });

  it('pairs per-node folders and per-node haproxy files', () => {
    const fs = memoryFileSystem({
      '/x/lb1/keepalived.conf': 'vrrp_instance A { }',
      '/x/lb1/haproxy.cfg': 'global',
      '/x/lb2/keepalived.conf': 'vrrp_instance A { }',
      '/x/lb2/haproxy.cfg': 'global',
    });
    assert.deepEqual(
      loadCluster(fs, '/x').loadBalancers.map((n) => [n.name, n.haproxy]),
      [
        ['lb1', '/x/lb1/haproxy.cfg'],
        ['lb2', '/x/lb2/haproxy.cfg'],
      ],
    );
    const named = memoryFileSystem({
      '/y/keepalived/a.conf': '',
      '/y/keepalived/b.conf': '',
      '/y/haproxy/a.cfg': '',
      '/y/haproxy/b.cfg': '',
    });
    assert.deepEqual(
      loadCluster(named, '/y').loadBalancers.map((n) => [n.name, n.haproxy]),
      [
        ['a', '/y/haproxy/a.cfg'],
        ['b', '/y/haproxy/b.cfg'],
      ],
    );
  });

  it('finds the cluster of a file: the manifest above it, else a folder with two keepalived configs', () => {
    const withManifest = memoryFileSystem(seedFiles());
    assert.deepEqual(findClusterRoot(withManifest, SERVER1), { folder: C, manifest: MANIFEST });
    const without = memoryFileSystem(seedFiles({ manifest: false }));
    assert.deepEqual(findClusterRoot(without, SERVER1), { folder: C });
    assert.deepEqual(findClusterRoot(without, HAPROXY), { folder: C });
    // Not above the workspace folder.
    assert.deepEqual(findClusterRoot(without, SERVER1, `${C}/keepalived`), { folder: `${C}/keepalived` });
    assert.equal(findClusterRoot(memoryFileSystem({ '/z/keepalived.conf': '' }), '/z/keepalived.conf'), undefined);
  });

  it('never makes a temporary or home folder a cluster because of unrelated files in it', () => {
    const fs = memoryFileSystem({
      '/tmp/mine/haproxy.cfg': 'global\n',
      '/tmp/other-a/keepalived.conf': '',
      '/tmp/other-b/keepalived.conf': '',
    });
    assert.deepEqual(findClusterRoot(fs, '/tmp/mine/haproxy.cfg'), { folder: '/tmp' });
    assert.equal(findClusterRoot(fs, '/tmp/mine/haproxy.cfg', undefined, ['/', '/tmp']), undefined);
    // A manifest still counts there: it says so explicitly.
    const declared = memoryFileSystem({ '/tmp/ha-cluster.json': '{}', '/tmp/mine/haproxy.cfg': 'global\n' });
    assert.deepEqual(findClusterRoot(declared, '/tmp/mine/haproxy.cfg', undefined, ['/', '/tmp']), { folder: '/tmp', manifest: '/tmp/ha-cluster.json' });
  });

  it('sees unsaved editor buffers through an overlay', () => {
    const base = memoryFileSystem(seedFiles());
    const text = seedFiles()[SERVER2]!.replace('virtual_router_id 51', 'virtual_router_id 52');
    const overlay = overlayFileSystem(base, new Map([[SERVER2, text]]));
    assert.equal(overlay.readFile(SERVER2), text);
    assert.ok(overlay.listDir(`${C}/keepalived`)?.includes('server2.conf'));
    assert.deepEqual(validateCluster(overlay, C).problems.map((p) => [p.code, p.path]), [['ha-cluster/vrid-mismatch', SERVER2]]);
  });
});

describe('cluster: LSP diagnostics', () => {
  it('gives each member its diagnostics, with related information in the other file', () => {
    const files = seedFiles();
    edit(files, SERVER2, 'virtual_router_id 51', 'virtual_router_id 52');
    const { facts, problems } = check(files);
    const uriOf = (path: string): string => `file://${path}`;
    const diagnostics = clusterDiagnostics(facts, problems, uriOf, (code) => haClusterCodes[code as keyof typeof haClusterCodes]?.severity ?? 'error');
    assert.deepEqual(diagnostics.get(uriOf(SERVER1)), []);
    assert.deepEqual(diagnostics.get(uriOf(HAPROXY)), []);
    const [diagnostic] = diagnostics.get(uriOf(SERVER2))!;
    assert.equal(diagnostic?.code, 'ha-cluster/vrid-mismatch');
    assert.equal(diagnostic?.source, 'ha-cluster');
    assert.equal(diagnostic?.severity, DiagnosticSeverity.Error);
    const line = files[SERVER2]!.split('\n').findIndex((l) => l.includes('virtual_router_id'));
    assert.deepEqual(diagnostic?.range, { start: { line, character: 22 }, end: { line, character: 24 } });
    const otherLine = files[SERVER1]!.split('\n').findIndex((l) => l.includes('virtual_router_id'));
    assert.deepEqual(diagnostic?.relatedInformation?.[0]?.location, {
      uri: uriOf(SERVER1),
      range: { start: { line: otherLine, character: 22 }, end: { line: otherLine, character: 24 } },
    });
    assert.ok((diagnostic?.data as { fixes?: unknown[] }).fixes?.length);

    const off = clusterDiagnostics(facts, problems, uriOf, () => 'off');
    assert.deepEqual(off.get(uriOf(SERVER2)), []);
  });

  it('honours `# haproxy-keepalived: ignore <code>` in the file of the problem', () => {
    const files = seedFiles();
    edit(files, SERVER2, 'virtual_router_id 51', 'virtual_router_id 52  # haproxy-keepalived: ignore ha-cluster/vrid-mismatch');
    assert.deepEqual(problemsOf(files), []);
  });

  it('every code has a severity and a summary', () => {
    for (const [code, spec] of Object.entries(haClusterCodes)) {
      assert.match(code, /^ha-cluster\/[a-z-]+$/);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(spec.severity));
      assert.ok(spec.summary.length > 20);
    }
  });
});
