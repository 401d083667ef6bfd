import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, SEED } from './local.js';

const CLI = path.join(ROOT, 'dist/cli.cjs');
const run = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, input: '' });

function ansibleMissing(): string | undefined {
  if (spawnSync('sh', ['-c', 'command -v ansible-playbook'], { encoding: 'utf8' }).status === 0) return undefined;
  const reason = "ansible-playbook is not installed (apt-get install ansible); the playbook's syntax check is skipped";
  if (process.env.CI) throw new Error(`${reason}, but CI must have it`);
  return reason;
}

describe('haproxy-keepalived export-ansible', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-ansible-'));
  });
  // Removes only the folder this suite made.
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes an inventory in deploy order, each node\'s files and a playbook with validate, backup and serial', () => {
    const out = path.join(dir, 'seed');
    const result = run(['export-ansible', SEED, out]);
    assert.equal(result.status, 0, result.stderr);
    const inventory = readFileSync(path.join(out, 'inventory.ini'), 'utf8');
    assert.match(inventory, /\[load_balancers\]\nserver2 ansible_host=10\.0\.0\.2 ansible_user=root ansible_port=22 vrrp_role=BACKUP\nserver1 ansible_host=10\.0\.0\.1 ansible_user=root ansible_port=22 vrrp_role=MASTER\n/);
    assert.match(inventory, /\[web_servers\]\nweb1 ansible_host=10\.0\.0\.100\nweb2 ansible_host=10\.0\.0\.200\n/);
    // Each node gets its own keepalived.conf, byte for byte.
    for (const node of ['server1', 'server2']) {
      assert.equal(readFileSync(path.join(out, 'files', node, 'keepalived.conf'), 'utf8'), readFileSync(path.join(SEED, 'keepalived', `${node}.conf`), 'utf8'));
      assert.equal(readFileSync(path.join(out, 'files', node, 'haproxy.cfg'), 'utf8'), readFileSync(path.join(SEED, 'haproxy', 'haproxy.cfg'), 'utf8'));
    }
    assert.match(readFileSync(path.join(out, 'host_vars', 'server1.yml'), 'utf8'), /^keepalived_dest: "\/etc\/keepalived\/keepalived\.conf"$/m);
    assert.equal(readFileSync(path.join(out, 'files', 'web2', 'content', 'check.txt'), 'utf8'), readFileSync(path.join(SEED, 'web', 'web2', 'check.txt'), 'utf8'));
    const playbook = readFileSync(path.join(out, 'playbook.yml'), 'utf8');
    assert.match(playbook, /hosts: load_balancers\n {2}serial: 1\n {2}order: inventory\n {2}any_errors_fatal: true/);
    assert.match(playbook, /validate: haproxy -c -f %s/);
    assert.match(playbook, /validate: keepalived -t -f %s/);
    assert.equal(playbook.match(/backup: true/g)?.length, 4);
    assert.match(playbook, /ansible\.builtin\.systemd:\n {8}name: haproxy\n {8}state: reloaded\n {6}when: systemd_dir\.stat\.exists/);
    assert.match(playbook, /argv: \[service, keepalived, reload\]\n {6}when: not systemd_dir\.stat\.exists/);
    assert.doesNotMatch(playbook, /restarted/);
  });

  it('ansible-playbook --syntax-check accepts the playbook and ansible-inventory reads the hosts in order', (t) => {
    const missing = ansibleMissing();
    if (missing) return t.skip(missing);
    const out = path.join(dir, 'seed');
    const env = { ...process.env, ANSIBLE_LOCAL_TEMP: path.join(dir, 'ansible-tmp'), HOME: dir };
    const syntax = spawnSync('ansible-playbook', ['--syntax-check', 'playbook.yml'], { cwd: out, encoding: 'utf8', timeout: 120_000, env });
    assert.equal(syntax.status, 0, syntax.stdout + syntax.stderr);
    const list = spawnSync('ansible-inventory', ['--list'], { cwd: out, encoding: 'utf8', timeout: 120_000, env });
    assert.equal(list.status, 0, list.stderr);
    const inventory = JSON.parse(list.stdout);
    assert.deepEqual(inventory.load_balancers.hosts, ['server2', 'server1']);
    assert.equal(inventory._meta.hostvars.server1.vrrp_role, 'MASTER');
  });

  it('quotes what the manifest says: a key path with spaces and quotes reaches ssh as one word', (t) => {
    const missing = ansibleMissing();
    if (missing) return t.skip(missing);
    const cluster = path.join(dir, 'spaced');
    cpSync(SEED, cluster, { recursive: true });
    const manifestPath = path.join(cluster, 'ha-cluster.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.ssh = { identityFile: '/keys/my key', knownHostsFile: "/keys/known 'hosts' $HOME" };
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const out = path.join(dir, 'spaced-out');
    assert.equal(run(['export-ansible', cluster, out]).status, 0);
    // What Ansible itself reads from the inventory, then how ssh's arguments are split (as ansible does, with shlex).
    const env = { ...process.env, ANSIBLE_LOCAL_TEMP: path.join(dir, 'ansible-tmp'), HOME: dir };
    const list = spawnSync('ansible-inventory', ['--list'], { cwd: out, encoding: 'utf8', timeout: 120_000, env });
    assert.equal(list.status, 0, list.stderr);
    const vars = JSON.parse(list.stdout)._meta.hostvars.server1;
    assert.equal(vars.ansible_ssh_private_key_file, '/keys/my key');
    const split = spawnSync('python3', ['-c', 'import json,shlex,sys; print(json.dumps(shlex.split(sys.argv[1])))', vars.ansible_ssh_common_args], { encoding: 'utf8' });
    assert.deepEqual(JSON.parse(split.stdout), ['-o', "UserKnownHostsFile=/keys/known 'hosts' $HOME"]);
  });

  it('refuses a cluster with errors and a non-empty output folder, writing nothing', () => {
    const cluster = path.join(dir, 'broken');
    cpSync(SEED, cluster, { recursive: true });
    const server2 = path.join(cluster, 'keepalived', 'server2.conf');
    writeFileSync(server2, readFileSync(server2, 'utf8').replace('virtual_router_id 51', 'virtual_router_id 52'));
    const broken = run(['export-ansible', cluster, path.join(dir, 'never')]);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /the cluster has 1 error; nothing was exported/);
    assert.equal(spawnSync('test', ['-e', path.join(dir, 'never')]).status, 1);
    const taken = run(['export-ansible', SEED, path.join(dir, 'seed')]);
    assert.equal(taken.status, 2);
    assert.match(taken.stderr, /is not empty; nothing was written/);
  });
});
