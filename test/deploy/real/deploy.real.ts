/**
 * The deploy on real daemons: haproxy, keepalived (real VRRP), sshd and busybox httpd in network
 * namespaces (./testbed.ts), the deploy run from the client namespace through the CLI and the
 * system's OpenSSH. Run with `npm run test:deploy` (root; not part of `npm test`).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { ADDRESSES, LOAD_BALANCERS, sleep, Testbed, VIP, type VmName } from './testbed.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..', '..', '..');
const SEED = path.join(ROOT, 'examples', 'seed-cluster');
const CLI = path.join(ROOT, 'dist', 'cli.cjs');
const SECRETS = ['pi-vrrp1', 'Cambia-Esta-Clave-2024'];
const seed = (file: string): string => readFileSync(path.join(SEED, file), 'utf8');

/** Every text the deploy printed, to check no secret is in any of them. */
const outputs: string[] = [];
/** The figures printed at the end (and written in the README). */
const figures: Record<string, string | number> = {};
let faultsInjected = 0;
let configsLost = 0;

describe('deploy on real machines (namespaces, real haproxy/keepalived/sshd)', () => {
  const tb = new Testbed(900);
  let work: string;

  /** A copy of the seed cluster in the testbed's folder, with `edit` applied to its haproxy.cfg. */
  const variant = (name: string, edit: (haproxyCfg: string) => string, folderName = name): string => {
    const folder = path.join(work, folderName);
    cpSync(SEED, folder, { recursive: true });
    const file = path.join(folder, 'haproxy', 'haproxy.cfg');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return folder;
  };
  const withHeader = (version: string) => (text: string): string => text.replace('    balance roundrobin\n', `    balance roundrobin\n    http-response set-header X-Config ${version}\n`);

  const cli = (args: string[], overlay: Record<string, unknown> = tb.overlay()): { status: number | null; out: string } => {
    const overlayFile = path.join(work, `overlay-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(overlayFile, JSON.stringify(overlay));
    const result = tb.exec('client', ['node', CLI, ...args, '--overlay', overlayFile], { timeoutMs: 180_000 });
    const out = `${result.stdout}${result.stderr}`;
    outputs.push(out);
    return { status: result.status, out };
  };
  const deploy = (folder: string, overlay?: Record<string, unknown>): { status: number | null; out: string } => cli(['deploy', folder, '--yes'], overlay);

  const haproxyCfg = (node: VmName): string | undefined => tb.readFile(node, '/etc/haproxy/haproxy.cfg');
  const curl = (url: string, extra: string[] = []): { code: string; body: string; headers: string } => {
    const result = tb.exec('client', ['curl', '-s', '-m', '3', '-D', '-', ...extra, url]);
    const [headers = '', body = ''] = result.stdout.split('\r\n\r\n');
    return { code: /^HTTP\/\S+ (\d+)/.exec(headers)?.[1] ?? 'FAIL', body, headers };
  };
  /** Every load balancer runs haproxy and keepalived on a config their checkers accept. */
  const everyNodeValid = (): void => {
    for (const node of LOAD_BALANCERS) {
      const valid = tb.exec(node, ['haproxy', '-c', '-q', '-f', '/etc/haproxy/haproxy.cfg']).status === 0
        && tb.exec(node, ['keepalived', '-t', '-f', '/etc/keepalived/keepalived.conf']).status === 0
        && tb.exec(node, ['pidof', 'haproxy']).status === 0
        && tb.exec(node, ['pidof', 'keepalived']).status === 0;
      if (!valid) configsLost++;
      assert.ok(valid, `${node} is not on a valid, running configuration`);
    }
  };
  /** The client's requests through the VIP every ~50 ms until stopped: each line "start_time http_code". */
  const probe = (seconds: number) => {
    const stop = path.join(work, `stop-${Math.random().toString(36).slice(2)}`);
    const child = tb.spawnInClient(['bash', '-c', `end=$((SECONDS + $1)); i=0
      while [ $SECONDS -lt $end ] && [ $i -lt $(($1 * 20)) ] && [ ! -e "$2" ]; do
        i=$((i + 1)); t=$EPOCHREALTIME
        code=$(curl -s -o /dev/null -m 1 --connect-timeout 0.5 -w '%{http_code}' "http://$3/")
        echo "$t $code"; sleep 0.05
      done`, 'probe', String(seconds), stop, VIP]);
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
    return {
      async finish(): Promise<Array<{ t: number; ok: boolean }>> {
        writeFileSync(stop, '');
        await done;
        return text.trim().split('\n').filter(Boolean).map((line) => {
          const [t, code] = line.split(' ');
          return { t: Number(t), ok: code === '200' };
        });
      },
    };
  };

  before(async () => {
    const missing = Testbed.missingTools();
    assert.deepEqual(missing, [], `the deploy tests need root and: apt-get install haproxy keepalived busybox curl openssh-server openssh-client psmisc iproute2`);
    await tb.up();
    work = path.join(tb.dir, 'work');
    mkdirSync(work);
  });
  after(async () => {
    await tb.down();
  });

  it('a fresh deploy of examples/seed-cluster installs the example files and the VIP answers', () => {
    assert.match(haproxyCfg('server1')!, /not configured/);
    const started = Date.now();
    const { status, out } = deploy(SEED);
    figures['fresh deploy (s)'] = ((Date.now() - started) / 1000).toFixed(1);
    assert.equal(status, 0, out);
    assert.match(out, /\[5\/7\] Apply, one node at a time \(server2 -> server1\)/);
    assert.match(out, /deploy done: server2, server1/);
    for (const node of LOAD_BALANCERS) {
      assert.equal(haproxyCfg(node), seed('haproxy/haproxy.cfg'));
      assert.equal(tb.readFile(node, '/etc/keepalived/keepalived.conf'), seed(`keepalived/${node}.conf`));
      assert.equal(tb.readFile(node, '/etc/sysctl.d/99-ha-cluster.conf'), seed('sysctl/99-ha-cluster.conf'));
      assert.equal(tb.exec(node, ['sysctl', '-n', 'net.ipv4.ip_nonlocal_bind']).stdout.trim(), '1');
    }
    for (const web of ['web1', 'web2'] as const) assert.equal(tb.readFile(web, '/var/www/html/check.txt'), seed(`web/${web}/check.txt`));
    assert.deepEqual(tb.vipHolders(), ['server1']);
    assert.equal(curl(`http://${VIP}/`).code, '200');
  });

  it('requests alternate between web1 and web2, the cookie keeps a client on one, check.txt is served', () => {
    const titles = [0, 1, 2, 3].map(() => /<title>.* - (web\d)<\/title>/.exec(curl(`http://${VIP}/`).body)?.[1]);
    assert.deepEqual(new Set(titles), new Set(['web1', 'web2']));
    assert.notEqual(titles[0], titles[1]);
    assert.equal(titles[0], titles[2]);
    const jar = path.join(work, 'cookies.txt');
    const sticky = [0, 1, 2, 3].map(() => /<title>.* - (web\d)<\/title>/.exec(curl(`http://${VIP}/`, ['-b', jar, '-c', jar]).body)?.[1]);
    assert.equal(new Set(sticky).size, 1, `cookie did not keep the client on one server: ${sticky.join(' ')}`);
    assert.match(readFileSync(jar, 'utf8'), /SERVERID\tweb[12]/);
    const check = curl(`http://${VIP}/check.txt`);
    assert.equal(check.code, '200');
    assert.equal(check.body, seed('web/web1/check.txt'));
  });

  it('status names the VIP holder, the services and every backend UP', () => {
    const { status, out } = cli(['status', SEED]);
    assert.equal(status, 0, out);
    assert.match(out, /VIP 10\.0\.0\.10: server1/);
    assert.match(out, /server1: MASTER \(holds the VIP\); haproxy running, keepalived running/);
    assert.match(out, /server2: BACKUP \(standby\); haproxy running, keepalived running/);
    assert.match(out, /server2: web_servers\/web2 UP/);
  });

  it('failover: haproxy stopped on the MASTER moves the VIP to server2 and the service keeps answering', async () => {
    const requests = probe(60);
    await sleep(1000);
    const pid = tb.mustExec('server1', ['cat', '/run/haproxy.pid']).trim();
    const killedAt = Date.now() / 1000;
    tb.mustExec('server1', ['kill', pid]);
    await tb.waitFor('VIP on server2', () => tb.vipHolders().join() === 'server2', 20_000);
    const movedAfter = Date.now() / 1000 - killedAt;
    await sleep(1500);
    const samples = await requests.finish();
    const firstFailure = samples.find((s) => !s.ok);
    const recovered = firstFailure ? samples.find((s) => s.t > firstFailure.t && s.ok) : undefined;
    assert.ok(samples.at(-1)!.ok, 'the VIP does not answer after the failover');
    const outage = firstFailure ? (recovered ? recovered.t - firstFailure.t : Infinity) : 0;
    figures['failover: VIP moved after (s)'] = movedAfter.toFixed(1);
    figures['failover: client outage (s)'] = outage.toFixed(1);
    figures['failover: failed requests'] = samples.filter((s) => !s.ok).length;
    console.log(`failover: VIP on server2 ${movedAfter.toFixed(1)} s after haproxy stopped on server1; client outage ${outage.toFixed(1)} s (${samples.filter((s) => !s.ok).length} of ${samples.length} requests failed)`);
    assert.ok(outage < 15, `outage ${outage} s`);
    // Back to normal: haproxy started again, server1 takes the VIP back (preemption).
    tb.mustExec('server1', ['service', 'haproxy', 'start']);
    await tb.waitFor('VIP back on server1', () => tb.vipHolders().join() === 'server1', 20_000);
  });

  it('a config change deployed while a client keeps requesting: no failed request', async () => {
    const v2 = variant('v2', withHeader('v2'));
    const requests = probe(120);
    await sleep(500);
    const { status, out } = deploy(v2);
    await sleep(500);
    const samples = await requests.finish();
    assert.equal(status, 0, out);
    assert.match(out, /server2: reloaded haproxy; both running/);
    const failed = samples.filter((s) => !s.ok).length;
    figures['rolling reload: requests'] = samples.length;
    figures['rolling reload: failed requests'] = failed;
    console.log(`rolling reload: ${failed} failed of ${samples.length} requests through the VIP during the deploy`);
    assert.ok(samples.length > 20);
    assert.equal(failed, 0);
    assert.match(curl(`http://${VIP}/`).headers, /x-config: v2/i);
    for (const node of LOAD_BALANCERS) {
      assert.match(haproxyCfg(node)!, /X-Config v2/);
      assert.equal(tb.exec(node, ['sh', '-c', 'ls -A /etc/keepalived /etc/haproxy /etc/sysctl.d | grep -c "\\.tmp$" || true']).stdout.trim(), '0', `temporary files left on ${node}`);
    }
  });

  describe('faults: every node stays on a valid configuration', () => {
    let v2Text: string;
    before(() => {
      v2Text = haproxyCfg('server1')!;
    });
    const unchanged = (): void => {
      for (const node of LOAD_BALANCERS) assert.equal(haproxyCfg(node), v2Text, `${node} changed`);
      everyNodeValid();
    };

    it('a config the remote haproxy -c rejects: no node changed, the error at its file and line', () => {
      faultsInjected++;
      const bad = variant('bad', (t) => withHeader('v3')(t).replace('    server web2 10.0.0.200:80', '    server web3 no-such-host.invalid:80 check\n    server web2 10.0.0.200:80'));
      const line = readFileSync(path.join(bad, 'haproxy/haproxy.cfg'), 'utf8').split('\n').findIndex((l) => l.includes('no-such-host')) + 1;
      const { status, out } = deploy(bad);
      assert.equal(status, 1, out);
      assert.match(out, new RegExp(`error: ${bad}/haproxy/haproxy\\.cfg:${line}: .*no-such-host.* \\(haproxy -c on server[12]\\)`));
      assert.match(out, /nothing was changed/);
      unchanged();
      for (const node of LOAD_BALANCERS) assert.deepEqual(tb.exec(node, ['sh', '-c', 'ls -A /etc/haproxy | grep -c tmp || true']).stdout.trim(), '0');
    });

    it('a node unreachable (sshd stopped on server2): no node changed', () => {
      faultsInjected++;
      const v3 = variant('v3-unreachable', withHeader('v3'));
      tb.mustExec('server2', ['sh', '-c', 'kill "$(cat /run/sshd.pid)"']);
      try {
        const { status, out } = deploy(v3);
        assert.equal(status, 1, out);
        assert.match(out, /server2 \(root@10\.0\.0\.2\) unreachable: .*(refused|closed)/);
        unchanged();
      } finally {
        tb.mustExec('server2', ['/usr/sbin/sshd', '-f', path.join(tb.dir, 'server2', 'sshd_config'), '-E', path.join(tb.dir, 'server2', 'sshd.log')]);
      }
    });

    it('a second deploy while one holds the lock is refused', () => {
      faultsInjected++;
      tb.mustExec('server2', ['sh', '-c', 'mkdir /run/haproxy-keepalived-deploy.lock && echo "deploy-other (test)" > /run/haproxy-keepalived-deploy.lock/owner']);
      try {
        const { status, out } = deploy(variant('v3-locked', withHeader('v3')));
        assert.equal(status, 1, out);
        assert.match(out, /server2: another deploy holds \/run\/haproxy-keepalived-deploy\.lock \(held by: deploy-other \(test\)\)/);
        unchanged();
        assert.equal(tb.exec('server1', ['test', '-e', '/run/haproxy-keepalived-deploy.lock']).status, 1, 'server1 lock not released');
      } finally {
        tb.mustExec('server2', ['rm', '-r', '/run/haproxy-keepalived-deploy.lock']);
      }
    });

    it('a host key that does not match known_hosts is refused: no node changed', () => {
      faultsInjected++;
      const other = path.join(work, 'other_host_key');
      spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
      const knownHosts = readFileSync(tb.knownHostsFile, 'utf8').split('\n').map((l) => (l.startsWith(`${ADDRESSES.server1} `) ? `${ADDRESSES.server1} ${readFileSync(`${other}.pub`, 'utf8').split(' ').slice(0, 2).join(' ')}` : l)).join('\n');
      const wrong = path.join(work, 'known_hosts_wrong');
      writeFileSync(wrong, knownHosts);
      const overlay = tb.overlay();
      (overlay.ssh as Record<string, unknown>).knownHostsFile = wrong;
      const { status, out } = deploy(variant('v3-hostkey', withHeader('v3')), overlay);
      assert.equal(status, 1, out);
      assert.match(out, /server1 \(root@10\.0\.0\.1\) refused: its host key does not match known_hosts: .*Host key verification failed/);
      unchanged();
    });

    it('the connection dropped in the middle of an upload: no partial file installed anywhere', () => {
      faultsInjected++;
      const v3 = variant('v3-drop', withHeader('v3'));
      const overlayFile = path.join(work, 'overlay-drop.json');
      writeFileSync(overlayFile, JSON.stringify(tb.overlay()));
      const run = tb.exec('client', ['node', path.join(HERE, 'drop-upload.js'), v3, overlayFile, tb.ns('server1')], { timeoutMs: 120_000 });
      outputs.push(run.stdout, run.stderr);
      const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
      assert.ok(result.killedSessions >= 1, 'no ssh session was cut');
      assert.equal(result.stage, 'validate', run.stderr);
      assert.match(run.stderr, /server1: upload of \/etc\/keepalived\/\.keepalived\.conf\.deploy-\w+\.tmp failed/);
      unchanged();
      for (const node of LOAD_BALANCERS) {
        assert.equal(tb.readFile(node, '/etc/keepalived/keepalived.conf'), seed(`keepalived/${node}.conf`));
        assert.equal(tb.exec(node, ['sh', '-c', 'ls -A /etc/keepalived /etc/haproxy /etc/sysctl.d | grep -c "\\.tmp$" || true']).stdout.trim(), '0', `temporary files left on ${node}`);
      }
    });

    it('a reload that fails on the second node: that node restored, the first keeps the new config, the report says so', async () => {
      faultsInjected++;
      // On server1 only (its own mount namespace), the init script fails its first reload.
      const wrapper = path.join(work, 'haproxy-init-fails-once');
      writeFileSync(wrapper, '#!/bin/sh\nif [ "$1" = reload ] && [ ! -e /run/reload-failed-once ]; then touch /run/reload-failed-once; echo "injected reload failure" >&2; exit 1; fi\nexec /bin/sh /run/haproxy.init.real "$@"\n', { mode: 0o755 });
      tb.mustExec('server1', ['sh', '-c', 'cp /etc/init.d/haproxy /run/haproxy.init.real && mount --bind "$1" /etc/init.d/haproxy', 'sh', wrapper]);
      try {
        const v3 = variant('v3', withHeader('v3'));
        const { status, out } = deploy(v3);
        assert.equal(status, 3, out);
        assert.match(out, /server1: reloading haproxy \(service haproxy reload\) failed on root@10\.0\.0\.1: injected reload failure/);
        assert.match(out, /server1: previous configuration restored and running/);
        assert.match(out, /new configuration on: server2; restored: server1; untouched: none/);
        assert.match(haproxyCfg('server2')!, /X-Config v3/);
        assert.equal(haproxyCfg('server1'), v2Text);
        everyNodeValid();
        await tb.waitFor('VIP on one node', () => tb.vipHolders().length === 1, 10_000);
        assert.match(curl(`http://${VIP}/`).headers, /x-config: v[23]/i);
      } finally {
        tb.mustExec('server1', ['umount', '/etc/init.d/haproxy']);
      }
      // The next deploy brings server1 up to date; server2 is left alone.
      const { status, out } = deploy(path.join(work, 'v3'));
      assert.equal(status, 0, out);
      assert.match(out, /server2: already up to date, not touched/);
      for (const node of LOAD_BALANCERS) assert.match(haproxyCfg(node)!, /X-Config v3/);
    });

    it('a cluster folder and a content file named with spaces and shell characters', () => {
      const folder = variant('weird', withHeader('v3'), "my cluster $(touch pwned) 'q'");
      const name = `a b;$(touch pwned)'q"\`id\`.txt`;
      writeFileSync(path.join(folder, 'web', 'web1', name), 'weird but fine\n');
      const { status, out } = deploy(folder);
      assert.equal(status, 0, out);
      assert.equal(tb.readFile('web1', `/var/www/html/${name}`), 'weird but fine\n');
      for (const node of ['server1', 'server2', 'web1', 'web2'] as const) {
        assert.equal(tb.exec(node, ['sh', '-c', 'find / -xdev -name pwned 2>/dev/null | head -n 1; find /root /var/www/html -name pwned 2>/dev/null | head -n 1']).stdout.trim(), '', `a name was run as a command on ${node}`);
      }
    });

    it('rollback puts back the previous configuration on every node, MASTER last', async () => {
      const { status, out } = cli(['rollback', SEED, '--yes']);
      assert.equal(status, 0, out);
      assert.match(out, /Restore the newest backup \(server2 -> server1\)/);
      // server2's newest backup is from the v3 deploy (v2 before it); server1's from its catch-up deploy.
      for (const node of LOAD_BALANCERS) assert.equal(haproxyCfg(node), v2Text, `${node} not rolled back`);
      everyNodeValid();
      await tb.waitFor('VIP on server1', () => tb.vipHolders().join() === 'server1', 15_000);
      assert.match(curl(`http://${VIP}/`).headers, /x-config: v2/i);
    });
  });

  it('no password appears in anything the deploy printed', () => {
    assert.ok(outputs.length >= 10);
    const all = outputs.join('\n');
    for (const secret of SECRETS) assert.ok(!all.includes(secret), `${secret} was printed`);
    assert.match(all, /auth_pass \*{8}/, 'the diff showed the auth_pass line, redacted');
    figures['faults injected'] = faultsInjected;
    figures['configs lost'] = configsLost;
    console.log(`figures: ${JSON.stringify(figures)}`);
  });

  it('leaves nothing behind: namespaces and processes gone', async () => {
    const namespaces = [tb.ns('server1'), tb.ns('lan')];
    await tb.down();
    assert.deepEqual(tb.leftovers(), []);
    const listed = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).stdout;
    for (const ns of namespaces) assert.ok(!listed.includes(ns));
  });
});
