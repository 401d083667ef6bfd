/**
 * The exported Ansible project on real daemons: `haproxy-keepalived export-ansible` of the example
 * cluster, then Debian's `ansible-playbook` run from the client namespace against the testbed's
 * machines (./testbed.ts). Part of `npm run test:deploy` (root).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LOAD_BALANCERS, Testbed, VIP } from './testbed.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..', '..', '..');
const SEED = path.join(ROOT, 'examples', 'seed-cluster');
const CLI = path.join(ROOT, 'dist', 'cli.cjs');
const seed = (file: string): string => readFileSync(path.join(SEED, file), 'utf8');

describe('export-ansible on real machines: the exported playbook deploys the example cluster', () => {
  const tb = new Testbed(600);
  let project = '';
  let work = '';

  /** ansible-playbook from the client namespace, everything Ansible writes kept in the testbed's folder. */
  const playbook = (): { status: number | null; out: string } => {
    const env = [`HOME=${work}`, `ANSIBLE_HOME=${path.join(work, 'ansible-home')}`, `ANSIBLE_LOCAL_TEMP=${path.join(work, 'ansible-tmp')}`, 'ANSIBLE_NOCOLOR=1', 'ANSIBLE_FORCE_COLOR=0'];
    const result = tb.exec('client', ['env', ...env, 'sh', '-c', 'cd "$1" && exec ansible-playbook playbook.yml', 'ansible', project], { timeoutMs: 300_000 });
    return { status: result.status, out: `${result.stdout}${result.stderr}` };
  };

  before(async () => {
    const missing = [...Testbed.missingTools(), ...(spawnSync('sh', ['-c', 'command -v ansible-playbook']).status === 0 ? [] : ['ansible'])];
    assert.deepEqual(missing, [], 'the Ansible test needs root and: apt-get install ansible haproxy keepalived busybox curl openssh-server openssh-client psmisc iproute2');
    await tb.up();
    work = path.join(tb.dir, 'ansible-work');
    mkdirSync(work);
    const overlay = path.join(work, 'overlay.json');
    writeFileSync(overlay, JSON.stringify(tb.overlay()));
    project = path.join(work, 'project');
    const exported = spawnSync(process.execPath, [CLI, 'export-ansible', SEED, project, '--overlay', overlay], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(exported.status, 0, exported.stderr);
  });
  after(async () => {
    await tb.down();
  });

  it('ansible-playbook installs every file on every machine, the BACKUP node before the MASTER', () => {
    assert.match(tb.readFile('server1', '/etc/haproxy/haproxy.cfg')!, /not configured/);
    const { status, out } = playbook();
    assert.equal(status, 0, out);
    // serial: 1 in inventory order: every task of server2 runs before any of server1.
    const firstServer1 = out.indexOf('[server1]');
    const lastServer2 = out.lastIndexOf('[server2]');
    assert.ok(lastServer2 >= 0 && firstServer1 > lastServer2, `server2 (BACKUP) must be done before server1 (MASTER) starts:\n${out}`);
    assert.match(out, /RUNNING HANDLER \[reload haproxy \(init script\)\]/);
    for (const node of LOAD_BALANCERS) {
      assert.equal(tb.readFile(node, '/etc/haproxy/haproxy.cfg'), seed('haproxy/haproxy.cfg'));
      assert.equal(tb.readFile(node, '/etc/keepalived/keepalived.conf'), seed(`keepalived/${node}.conf`));
      assert.equal(tb.exec(node, ['sysctl', '-n', 'net.ipv4.ip_nonlocal_bind']).stdout.trim(), '1');
      assert.equal(tb.exec(node, ['pidof', 'haproxy']).status, 0, `haproxy is not running on ${node}`);
    }
    for (const web of ['web1', 'web2'] as const) assert.equal(tb.readFile(web, '/var/www/html/check.txt'), seed(`web/${web}/check.txt`));
  });

  it('the VIP is on server1 and answers through haproxy, with the health-check file served', async () => {
    await tb.waitFor('VIP on server1', () => tb.vipHolders().join() === 'server1', 20_000);
    // The web content went out after the load balancers: haproxy marks the servers UP after its
    // health check has passed twice (rise 2, inter 2s).
    const page = () => tb.exec('client', ['curl', '-s', '-m', '3', `http://${VIP}/`]).stdout;
    await tb.waitFor('a page through the VIP', () => /<title>.* - web[12]<\/title>/.test(page()), 20_000);
    assert.match(page(), /<title>.* - web[12]<\/title>/);
    assert.equal(tb.exec('client', ['curl', '-s', '-m', '3', `http://${VIP}/check.txt`]).stdout, seed('web/web1/check.txt'));
  });

  it('a second run changes nothing (the playbook is idempotent)', () => {
    const { status, out } = playbook();
    assert.equal(status, 0, out);
    for (const node of [...LOAD_BALANCERS, 'web1', 'web2']) assert.match(out, new RegExp(`${node}\\s+: ok=\\d+\\s+changed=0 `), out);
  });

  it('a config haproxy -c rejects is refused on the first node, and no node changes', () => {
    const broken = path.join(project, 'files', 'server2', 'haproxy.cfg');
    writeFileSync(broken, seed('haproxy/haproxy.cfg').replace('balance roundrobin', 'balance no-such-algorithm'));
    const { status, out } = playbook();
    assert.notEqual(status, 0, out);
    assert.match(out, /failed to validate/);
    for (const node of LOAD_BALANCERS) assert.equal(tb.readFile(node, '/etc/haproxy/haproxy.cfg'), seed('haproxy/haproxy.cfg'), `${node} changed`);
  });
});
