import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { memoryFileSystem, validateCluster } from '../../server/src/cluster/index.js';
import { randomSecret, scaffoldCluster, type ClusterAnswers, type ScaffoldFile } from '../../server/src/cluster/scaffold.js';
import { findProblems } from '../../server/src/features/diagnostics.js';
import { parseHaproxyVersion } from '../../server/src/haproxy/catalogue/index.js';
import { analyze } from '../../server/src/service/analysis.js';
import { binaryMissing } from '../helpers/binaries.js';

const SECRETS = { authPass: 'Xq7pL2mz', statsPassword: 'kT4wNb8sRe2Lq9Vd' } satisfies ClusterAnswers;
const ROOT = '/new';

function scaffold(answers: ClusterAnswers = {}): ScaffoldFile[] {
  const { files, errors } = scaffoldCluster({ ...SECRETS, ...answers });
  assert.deepEqual(errors, []);
  return files;
}

function fileOf(files: ScaffoldFile[], name: string): string {
  const file = files.find((f) => f.path === name);
  assert.ok(file, `no ${name} among ${files.map((f) => f.path).join(', ')}`);
  return file.text;
}

/** Every diagnostic our checker gives the new folder, its own files and across them, of any severity. */
function everyProblem(files: ScaffoldFile[], haproxyVersion = '2.6'): string[] {
  const found: string[] = [];
  for (const file of files) {
    const language = file.path.endsWith('.cfg') ? 'haproxy' : file.path.endsWith('.conf') && file.path.startsWith('keepalived/') ? 'keepalived' : undefined;
    if (!language) continue;
    const problems = findProblems(analyze(language, file.text), { haproxyVersion: parseHaproxyVersion(haproxyVersion), keepalivedVersion: '2.2.7' });
    found.push(...problems.map((p) => `${file.path}: ${p.code} ${p.message}`));
  }
  const cluster = validateCluster(memoryFileSystem(Object.fromEntries(files.map((f) => [`${ROOT}/${f.path}`, f.text]))), ROOT);
  found.push(...cluster.problems.map((p) => `${p.path}: ${p.code} ${p.message}`));
  return found;
}

describe('New HA cluster: the files', () => {
  it('writes the seed-shaped folder: manifest, one haproxy.cfg, a keepalived.conf per node, sysctl, web content', () => {
    const files = scaffold();
    assert.deepEqual(
      files.map((f) => f.path),
      [
        'ha-cluster.json',
        'haproxy/haproxy.cfg',
        'keepalived/server1.conf',
        'keepalived/server2.conf',
        'sysctl/99-ha-cluster.conf',
        'web/web1/check.txt',
        'web/web1/index.html',
        'web/web2/check.txt',
        'web/web2/index.html',
        'README.md',
      ],
    );
    const manifest = JSON.parse(fileOf(files, 'ha-cluster.json'));
    assert.deepEqual(
      manifest.loadBalancers.map((lb: { name: string; host: string; keepalived: string }) => [lb.name, lb.host, lb.keepalived]),
      [['server1', '10.0.0.1', 'keepalived/server1.conf'], ['server2', '10.0.0.2', 'keepalived/server2.conf']],
    );
    const haproxy = fileOf(files, 'haproxy/haproxy.cfg');
    assert.match(haproxy, /^ {4}bind 10\.0\.0\.10:80$/m);
    assert.match(haproxy, /^ {4}balance roundrobin$/m);
    assert.match(haproxy, /^ {4}cookie SERVERID insert indirect nocache$/m);
    assert.match(haproxy, /^ {4}http-check send meth HEAD uri \/check\.txt$/m);
    assert.match(haproxy, /^ {4}server web1 10\.0\.0\.100:80 cookie web1 check inter 2s fall 3 rise 2$/m);
    assert.match(haproxy, /^ {4}stats auth haadmin:kT4wNb8sRe2Lq9Vd$/m);
    const master = fileOf(files, 'keepalived/server1.conf');
    const backup = fileOf(files, 'keepalived/server2.conf');
    assert.match(master, /state MASTER\n {4}interface eth0\n {4}virtual_router_id 51\n {4}priority 101\n/);
    assert.match(backup, /state BACKUP\n {4}interface eth0\n {4}virtual_router_id 51\n {4}priority 100\n/);
    for (const conf of [master, backup]) {
      assert.match(conf, /auth_pass Xq7pL2mz\n/);
      assert.match(conf, /10\.0\.0\.10\/24 dev eth0\n/);
      assert.match(conf, /track_script \{\n {8}chk_haproxy\n/);
    }
    assert.match(fileOf(files, 'sysctl/99-ha-cluster.conf'), /^net\.ipv4\.ip_nonlocal_bind = 1$/m);
    assert.equal(fileOf(files, 'web/web2/check.txt'), 'OK: haproxy health check\n');
  });

  const variants: Array<[string, ClusterAnswers, string?]> = [
    ['the defaults (the seed)', {}],
    ['three load balancers, unicast VRRP, web servers on other ports, a nested check file', {
      vip: '192.168.50.100/24',
      loadBalancers: 'lb-a=192.168.50.11 lb-b=192.168.50.12;lb-c=192.168.50.13',
      webServers: 'app1=192.168.60.1:8080, app2=192.168.60.2:8081, app3=192.168.60.3',
      interface: 'ens18',
      virtualRouterId: '7',
      checkUri: '/health/ok.txt',
      unicast: true,
    }],
    ['HAProxy 2.0 (option httpchk with its method and URI)', { haproxyVersion: '2.0' }, '2.0'],
    ['HAProxy 3.2 and keepalived 2.3', { haproxyVersion: '3.2', keepalivedVersion: '2.3' }, '3.2'],
  ];
  for (const [name, answers, version] of variants) {
    it(`passes every check of ours, each file and across them: ${name}`, () => {
      assert.deepEqual(everyProblem(scaffold(answers), version), []);
    });
  }

  it('gives each node of three a lower priority, and the weight lifts any healthy BACKUP above a MASTER without haproxy', () => {
    const files = scaffold({ loadBalancers: 'a=10.0.0.1,b=10.0.0.2,c=10.0.0.3' });
    const priorities = ['a', 'b', 'c'].map((n) => Number(/priority (\d+)/.exec(fileOf(files, `keepalived/${n}.conf`))![1]));
    assert.deepEqual(priorities, [102, 101, 100]);
    assert.match(fileOf(files, 'keepalived/b.conf'), /unicast_peer|state BACKUP/);
    assert.ok(!fileOf(files, 'keepalived/b.conf').includes('unicast_peer'), 'multicast unless asked');
  });

  it('writes unicast peers as the other nodes, and the node itself as the source', () => {
    const files = scaffold({ loadBalancers: 'a=10.0.0.1,b=10.0.0.2,c=10.0.0.3', unicast: true });
    assert.match(fileOf(files, 'keepalived/b.conf'), /unicast_src_ip 10\.0\.0\.2\n {4}unicast_peer \{\n {8}10\.0\.0\.1\n {8}10\.0\.0\.3\n {4}\}\n/);
  });

  it('uses the pre-2.2 health check form for HAProxy 2.0 and 2.1', () => {
    const haproxy = fileOf(scaffold({ haproxyVersion: '2.1' }), 'haproxy/haproxy.cfg');
    assert.match(haproxy, /^ {4}option httpchk HEAD \/check\.txt$/m);
    assert.doesNotMatch(haproxy, /http-check send/);
  });
});

describe('New HA cluster: answers it refuses, each under its question', () => {
  const cases: Array<[ClusterAnswers, string, RegExp]> = [
    [{ vip: '10.0.0.300' }, 'vip', /not an IPv4 address/],
    [{ vip: '10.0.0.10/31' }, 'vip', /\/31 network leaves no room/],
    [{ loadBalancers: 'server1=10.0.0.1' }, 'loadBalancers', /at least two load balancers/],
    [{ loadBalancers: 'server1=10.0.0.1, server2=10.0.1.2' }, 'loadBalancers', /server2's address 10\.0\.1\.2 is not in the VIP's \/24 network/],
    [{ loadBalancers: 'server1=10.0.0.1, server2=10.0.0.10' }, 'loadBalancers', /already the VIP's/],
    [{ loadBalancers: 'server1=10.0.0.1, server1=10.0.0.2' }, 'loadBalancers', /name server1 is used twice/],
    [{ loadBalancers: 'server1 10.0.0.1' }, 'loadBalancers', /'server1' is not name=address/],
    [{ loadBalancers: 'server1=10.0.0.1:22, server2=10.0.0.2' }, 'loadBalancers', /without a port/],
    [{ webServers: 'web1=10.0.0.100:70000' }, 'webServers', /port 70000 is not between 1 and 65535/],
    [{ webServers: 'web/1=10.0.0.100' }, 'webServers', /not a usable machine name/],
    [{ webServers: '' }, 'webServers', /at least one web server/],
    [{ virtualRouterId: '256' }, 'virtualRouterId', /1 to 255/],
    [{ checkUri: 'check.txt' }, 'checkUri', /plain path/],
    [{ checkUri: '/check.txt?x=1' }, 'checkUri', /plain path/],
    [{ interface: 'eth 0' }, 'interface', /not a network interface name/],
    [{ haproxyVersion: '1.8' }, 'haproxyVersion', /HAProxy 2\.0 or newer/],
    [{ authPass: 'much-too-long' }, 'authPass', /1 to 8 characters/],
    [{ statsPassword: 'short' }, 'statsPassword', /at least 8 characters/],
    [{ name: '../etc' }, 'name', /not a usable name/],
  ];
  for (const [answers, field, message] of cases) {
    it(`${field}: ${JSON.stringify(Object.values(answers)[0])}`, () => {
      const result = scaffoldCluster({ ...SECRETS, ...answers });
      assert.deepEqual(result.files, [], 'no files for wrong answers');
      const error = result.errors.find((e) => e.field === field);
      assert.ok(error, `no error for ${field}: ${JSON.stringify(result.errors)}`);
      assert.match(error.message, message);
    });
  }

  it('reads answers of the wrong type (from another editor) as text instead of failing', () => {
    const result = scaffoldCluster({ ...SECRETS, vip: 12 as unknown as string, virtualRouterId: 9 });
    assert.deepEqual(result.errors.map((e) => e.field), ['vip']);
  });
});

describe('randomSecret', () => {
  it('draws the requested length from an unambiguous alphabet, differently for different bytes', () => {
    let counter = 0;
    const bytes = (size: number) => Uint8Array.from({ length: size }, () => (counter = (counter * 73 + 41) % 256));
    const a = randomSecret(16, bytes);
    const b = randomSecret(16, bytes);
    assert.equal(a.length, 16);
    assert.match(a, /^[a-km-zA-HJ-NP-Z2-9]{16}$/);
    assert.notEqual(a, b);
  });
});

describe('New HA cluster against the real checkers', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-scaffold-'));
  });
  // Removes only the folder this suite made.
  after(() => rmSync(dir, { recursive: true, force: true }));

  const write = (files: ScaffoldFile[], into: string): void => {
    for (const file of files) {
      const target = path.join(into, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.text);
    }
  };

  it('haproxy -c accepts the haproxy.cfg (seed answers and the three-node variant)', (t) => {
    const missing = binaryMissing('haproxy');
    if (missing) return t.skip(missing);
    for (const [name, answers] of [['seed', {}], ['three', { vip: '192.168.50.100/24', loadBalancers: 'a=192.168.50.1,b=192.168.50.2,c=192.168.50.3', webServers: 'x=192.168.60.1:8080' }]] as const) {
      write(scaffold(answers), path.join(dir, name));
      const result = spawnSync('haproxy', ['-c', '-f', path.join(dir, name, 'haproxy', 'haproxy.cfg')], { encoding: 'utf8', timeout: 30_000 });
      assert.equal(result.status, 0, `${name}: ${result.stdout}${result.stderr}`);
      assert.doesNotMatch(`${result.stdout}${result.stderr}`, /\[WARNING\]|\[ALERT\]/);
    }
  });

  it('keepalived -t accepts every node\'s keepalived.conf, unicast included', (t) => {
    const missing = binaryMissing('keepalived');
    if (missing) return t.skip(missing);
    if (process.getuid?.() !== 0) return t.skip('keepalived -t needs root to accept "script_user root"');
    // The interface must exist for keepalived -t; the machine's first non-loopback one stands in for eth0.
    const iface = execFileSync('sh', ['-c', "ls /sys/class/net | grep -v '^lo$' | head -n1"], { encoding: 'utf8' }).trim() || 'lo';
    const files = scaffold({ interface: iface, unicast: true, loadBalancers: 'a=10.0.0.1,b=10.0.0.2,c=10.0.0.3' });
    write(files, path.join(dir, 'keepalived-check'));
    for (const node of ['a', 'b', 'c']) {
      const conf = path.join(dir, 'keepalived-check', 'keepalived', `${node}.conf`);
      const result = spawnSync('keepalived', ['-t', '-l', '-f', conf], { encoding: 'utf8', timeout: 30_000 });
      assert.equal(result.status, 0, `${node}.conf: exit ${result.status}\n${result.stdout}${result.stderr}`);
    }
    // The check proves something only if keepalived -t rejects a broken file too.
    const broken = path.join(dir, 'keepalived-check', 'broken.conf');
    writeFileSync(broken, 'vrrp_instance VI_1 {\n    no_such_keyword 1\n}\n');
    assert.notEqual(spawnSync('keepalived', ['-t', '-l', '-f', broken], { timeout: 30_000 }).status, 0);
  });
});
