import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = path.resolve('dist/cli.cjs');

function run(args: string[], cwd?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('haproxy-keepalived check', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-cli-'));
    mkdirSync(path.join(dir, 'cluster', 'haproxy'), { recursive: true });
    mkdirSync(path.join(dir, 'cluster', 'keepalived'), { recursive: true });
    mkdirSync(path.join(dir, 'cluster', 'node_modules', 'x', 'haproxy'), { recursive: true });
    writeFileSync(path.join(dir, 'cluster', 'haproxy', 'haproxy.cfg'), 'global\n    daemon\n\ndefaults\n    mode http\n');
    const instance = (state: string, priority: number): string =>
      `vrrp_instance VI_1 {\n    state ${state}\n    interface eth0\n    virtual_router_id 51\n    priority ${priority}\n    virtual_ipaddress {\n        10.0.0.10/24\n    }\n`;
    writeFileSync(path.join(dir, 'cluster', 'keepalived', 'server1.conf'), `${instance('MASTER', 101)}}\n`);
    writeFileSync(path.join(dir, 'cluster', 'keepalived', 'server2.conf'), instance('BACKUP', 100)); // never closed
    writeFileSync(path.join(dir, 'cluster', 'node_modules', 'x', 'haproxy', 'broken.cfg'), 'global\n  log "x\n');
    writeFileSync(path.join(dir, 'cluster', 'setup.cfg'), '[metadata]\nname = "x\n');
    writeFileSync(path.join(dir, 'broken.cfg'), 'global\n    user "haproxy\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'hello\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints file:line:col: severity: message [code] and exits 1 on an error', () => {
    const result = run(['check', 'broken.cfg'], dir);
    assert.equal(result.status, 1, result.stderr);
    const [first] = result.stdout.split('\n');
    assert.match(first!, /^broken\.cfg:2:10: error: .+ \[haproxy\/unterminated-quote\]$/);
    assert.match(result.stdout, /1 error, 0 warnings in 1 file checked/);
  });

  it('scans a folder for exactly the files the editor claims', () => {
    const result = run(['check', 'cluster', '--format', 'json'], dir);
    assert.equal(result.status, 1, result.stderr);
    const rows = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    assert.equal(rows.length, 1, result.stdout);
    assert.deepEqual(Object.keys(rows[0]!).sort(), ['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
    assert.equal(rows[0]!.file, path.join('cluster', 'keepalived', 'server2.conf'));
    assert.equal(rows[0]!.code, 'keepalived/unbalanced-brace');
    assert.equal(rows[0]!.severity, 'error');
    assert.deepEqual([rows[0]!.line, rows[0]!.column, rows[0]!.endLine, rows[0]!.endColumn], [1, 20, 1, 21]);
  });

  it('exits 0 on clean files', () => {
    const result = run(['check', path.join('cluster', 'haproxy'), path.join('cluster', 'keepalived', 'server1.conf')], dir);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(result.stdout, '0 errors, 0 warnings in 2 files checked\n');
  });

  it('exits 2 with a clear message on an unreadable path', () => {
    const result = run(['check', 'missing.cfg'], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read 'missing\.cfg': no such file or folder/);
  });

  it('exits 2 on a file whose language it cannot tell, unless --language says it', () => {
    const unknown = run(['check', 'notes.txt'], dir);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /cannot tell whether this is a haproxy or a keepalived file/);
    const forced = run(['check', '--language', 'keepalived', 'notes.txt'], dir);
    assert.equal(forced.status, 1, forced.stdout + forced.stderr);
    assert.match(forced.stdout, /^notes\.txt:1:1: error: unknown keyword 'hello'.*\[keepalived\/unknown-keyword\]$/m);
  });

  it('exits 2 on usage errors', () => {
    for (const args of [[], ['frobnicate'], ['check'], ['check', '--format', 'xml', 'x.cfg'], ['check', '--bogus', 'x.cfg']]) {
      const result = run(args, dir);
      assert.equal(result.status, 2, `args ${JSON.stringify(args)}: ${result.stdout}${result.stderr}`);
      assert.match(result.stderr, /Usage: haproxy-keepalived/);
    }
  });

  it('checks a cluster folder across its files: clean as shipped, a VRID mismatch when one node differs', () => {
    assert.equal(run(['check', path.resolve('examples/seed-cluster')]).status, 0);
    const cluster = path.join(dir, 'seed');
    cpSync('examples/seed-cluster', cluster, { recursive: true });
    const server2 = path.join(cluster, 'keepalived', 'server2.conf');
    writeFileSync(server2, readFileSync(server2, 'utf8').replace('virtual_router_id 51', 'virtual_router_id 52'));
    const result = run(['check', cluster, '--format', 'json']);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    const rows = JSON.parse(result.stdout) as Array<{ file: string; code: string; line: number }>;
    const mismatch = rows.find((r) => r.code === 'ha-cluster/vrid-mismatch');
    assert.ok(mismatch, result.stdout);
    assert.equal(mismatch.file, server2);
  });

  it('exits 2 when a folder holds nothing to check', () => {
    const empty = mkdtempSync(path.join(dir, 'empty-'));
    const result = run(['check', empty]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no haproxy or keepalived files found/);
  });
});

describe('haproxy-keepalived new', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-new-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a cluster folder that its own check finds clean, and the files hold the answers', () => {
    const result = run(['new', 'shop', '--vip', '192.168.5.10/24', '--lb', 'lb1=192.168.5.1', '--lb', 'lb2=192.168.5.2', '--web', 'app1=192.168.6.1:8080', '--unicast'], dir);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^wrote shop\/ha-cluster\.json$/m);
    assert.match(result.stdout, /0 errors, 0 warnings in 3 files checked\n$/);
    const lb2 = readFileSync(path.join(dir, 'shop', 'keepalived', 'lb2.conf'), 'utf8');
    assert.match(lb2, /state BACKUP\n {4}interface eth0\n {4}virtual_router_id 51\n {4}priority 100\n/);
    assert.match(lb2, /unicast_peer \{\n {8}192\.168\.5\.1\n {4}\}/);
    assert.match(readFileSync(path.join(dir, 'shop', 'web', 'app1', 'check.txt'), 'utf8'), /OK/);
    assert.equal(JSON.parse(readFileSync(path.join(dir, 'shop', 'ha-cluster.json'), 'utf8')).name, 'shop');
    // The JSON check of the same folder has nothing to say either.
    assert.deepEqual(JSON.parse(run(['check', 'shop', '--format', 'json'], dir).stdout), []);
  });

  it('never writes into a folder that is not empty', () => {
    mkdirSync(path.join(dir, 'taken'));
    writeFileSync(path.join(dir, 'taken', 'keep.txt'), 'mine\n');
    const result = run(['new', 'taken'], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /taken exists and is not empty; nothing was written/);
    assert.equal(readFileSync(path.join(dir, 'taken', 'keep.txt'), 'utf8'), 'mine\n');
  });

  it('exits 2 naming the wrong answer, and writes nothing', () => {
    const result = run(['new', 'bad', '--vip', '10.0.0.10/24', '--lb', 'a=10.0.0.1', '--lb', 'b=172.16.0.2'], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /b's address 172\.16\.0\.2 is not in the VIP's \/24 network/);
    assert.equal(run(['check', 'bad'], dir).status, 2, 'the folder must not exist');
  });

  it('exits 2 with the usage of new on an unknown option', () => {
    const result = run(['new', 'x', '--vipp', '1'], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown option '--vipp'[\s\S]*Usage: haproxy-keepalived new <folder>/);
  });
});

describe('haproxy-keepalived graph', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-graph-'));
    cpSync(path.resolve('examples/seed-cluster'), path.join(dir, 'seed'), { recursive: true });
    rmSync(path.join(dir, 'seed', 'web', 'web1', 'check.txt'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the SVG of a cluster folder with its problems marked', () => {
    const result = run(['graph', 'seed', '--output', 'seed.svg'], dir);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, 'seed.svg: 7 boxes, 1 problem marked\n');
    const svg = readFileSync(path.join(dir, 'seed.svg'), 'utf8');
    assert.match(svg, /<g class="node webServer problem" data-id="web:web1">/);
    assert.match(svg, />check\.txt MISSING</);
  });

  it('gives the same topology as JSON on standard output', () => {
    const result = run(['graph', 'seed', '--format', 'json'], dir);
    assert.equal(result.status, 0, result.stderr);
    const topology = JSON.parse(result.stdout) as { nodes: Array<{ id: string; details: string[] }> };
    assert.deepEqual(topology.nodes.find((n) => n.id === 'web:web1')?.details, ['10.0.0.100:80', 'check.txt MISSING']);
  });

  it('exits 2 on a folder that is not a cluster', () => {
    mkdirSync(path.join(dir, 'empty'));
    const result = run(['graph', 'empty'], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /empty is not a cluster folder/);
  });
});

describe('haproxy-keepalived check on a cluster folder: the versions of its manifest', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-versions-'));
    cpSync(path.resolve('examples/seed-cluster'), path.join(dir, 'seed'), { recursive: true });
    const haproxy = path.join(dir, 'seed', 'haproxy', 'haproxy.cfg');
    // guid appeared in HAProxy 3.0; the seed's manifest says its machines run 2.6.
    writeFileSync(haproxy, readFileSync(haproxy, 'utf8').replace('backend web_servers\n', 'backend web_servers\n    guid web-servers-1\n'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('judges the cluster\'s files for the HAProxy version its ha-cluster.json declares', () => {
    const result = run(['check', 'seed'], dir);
    assert.equal(result.status, 1, result.stdout);
    assert.match(result.stdout, /^seed\/haproxy\/haproxy\.cfg:\d+:5: error: 'guid' needs HAProxy 3\.0 or newer; the target version is 2\.6 \[haproxy\/keyword-too-new\]$/m);
  });

  it('a version named on the command line wins for that run', () => {
    const result = run(['check', 'seed', '--haproxy-version', '3.2'], dir);
    assert.equal(result.status, 0, result.stdout);
  });
});
