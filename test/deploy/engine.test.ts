import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { clusterStatus, deployCluster, rollbackCluster } from '../../server/src/deploy/engine.js';
import { captureReport, fakeCluster, healthyHttp, SEED, seedCopy, type FakeCluster } from './local.js';

const SECRETS = ['pi-vrrp1', 'Cambia-Esta-Clave-2024'];
const seedText = (file: string): string => readFileSync(path.join(SEED, file), 'utf8');
const installed = (cluster: FakeCluster, node: string, file: string): string | undefined => {
  const full = path.join(cluster.machine(node), file);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
};
const leftovers = (cluster: FakeCluster, node: string): string[] =>
  ['etc/haproxy', 'etc/keepalived', 'etc/sysctl.d'].flatMap((d) => readdirSync(path.join(cluster.machine(node), d)).filter((f) => f.endsWith('.tmp')));
const reloads = (cluster: FakeCluster, node: string): string => installed(cluster, node, 'reloads.log') ?? '';
const OLD_HAPROXY = 'global\n    maxconn 100\n\ndefaults\n    mode http\n';
const putOld = (cluster: FakeCluster): void => {
  for (const node of ['server1', 'server2']) writeFileSync(path.join(cluster.machine(node), 'etc/haproxy/haproxy.cfg'), OLD_HAPROXY);
};

describe('deploy with fake machines (real scripts, real haproxy -c / keepalived -t)', () => {
  const clusters: FakeCluster[] = [];
  const make = (options?: Parameters<typeof fakeCluster>[0]): FakeCluster => {
    const cluster = fakeCluster(options);
    clusters.push(cluster);
    putOld(cluster);
    return cluster;
  };
  after(() => clusters.forEach((c) => c.cleanup()));

  it('dry run: validates, shows the diff with secrets hidden, changes nothing', async () => {
    const cluster = make();
    const report = captureReport();
    const result = await deployCluster(SEED, { reporter: report.reporter, transports: cluster.transports, overlay: cluster.overlay, dryRun: true, http: healthyHttp() });
    assert.equal(result.ok, true, report.text());
    assert.equal(result.stage, 'diff');
    assert.equal(installed(cluster, 'server1', 'etc/haproxy/haproxy.cfg'), OLD_HAPROXY);
    assert.equal(installed(cluster, 'server1', 'etc/keepalived/keepalived.conf'), undefined);
    assert.deepEqual(leftovers(cluster, 'server1'), []);
    const text = report.text();
    assert.match(text, /server1: haproxy -c accepts .*haproxy\.cfg/);
    assert.match(text, /\+    balance roundrobin/);
    assert.match(text, /-    maxconn 100/);
    assert.match(text, /auth_pass \*{8}/);
    assert.match(text, /stats auth haadmin:\*{8}/);
    for (const secret of SECRETS) assert.ok(!text.includes(secret), `${secret} leaked`);
    // The diff the editor shows is in the result too, unredacted only in `after`.
    assert.ok(result.changes.some((c) => c.node === 'server2' && c.remotePath.endsWith('keepalived.conf') && c.before === undefined));
  });

  it('applies BACKUP first and MASTER last, keeps backups, verifies, releases the lock', async () => {
    const cluster = make();
    const report = captureReport();
    const requests: string[] = [];
    const result = await deployCluster(SEED, { reporter: report.reporter, transports: cluster.transports, overlay: cluster.overlay, http: healthyHttp(requests) });
    assert.equal(result.ok, true, report.text());
    assert.deepEqual(result.changed, ['server2', 'server1']);
    for (const web of ['web1', 'web2']) {
      assert.equal(installed(cluster, web, 'var/www/html/check.txt'), seedText(`web/${web}/check.txt`));
      assert.equal(installed(cluster, web, 'var/www/html/index.html'), seedText(`web/${web}/index.html`));
    }
    for (const node of ['server1', 'server2']) {
      assert.equal(installed(cluster, node, 'etc/haproxy/haproxy.cfg'), seedText('haproxy/haproxy.cfg'));
      assert.equal(installed(cluster, node, 'etc/keepalived/keepalived.conf'), seedText(`keepalived/${node}.conf`));
      assert.equal(installed(cluster, node, 'etc/sysctl.d/99-ha-cluster.conf'), seedText('sysctl/99-ha-cluster.conf'));
      assert.equal(reloads(cluster, node), 'reload haproxy\nreload keepalived\n');
      assert.equal(installed(cluster, node, 'sysctl.log'), 'net.ipv4.ip_nonlocal_bind = 1\nnet.ipv4.ip_forward = 1\n');
      assert.deepEqual(leftovers(cluster, node), []);
      assert.equal(existsSync(path.join(cluster.machine(node), 'run/haproxy-keepalived-deploy.lock')), false);
      const backups = readdirSync(path.join(cluster.machine(node), 'var/backups/haproxy-keepalived'));
      assert.equal(backups.length, 1);
      assert.equal(readFileSync(path.join(cluster.machine(node), 'var/backups/haproxy-keepalived', backups[0]!, '1.data'), 'utf8'), OLD_HAPROXY);
    }
    // server2 (BACKUP) finished before server1 (MASTER) was touched; the web content comes after both.
    const installs = cluster.commands.filter((c) => c.argv.some((a) => a.includes('mv -f')));
    assert.deepEqual(installs.map((c) => c.machine), ['server2', 'server1', 'web1', 'web2']);
    assert.ok(requests.includes('GET http://10.0.0.10:80/'));
    assert.ok(requests.includes('GET http://10.0.0.100:80/check.txt'));
    assert.ok(requests.includes('GET http://10.0.0.1:8404/stats;csv auth'));
    for (const secret of SECRETS) assert.ok(!report.text().includes(secret));

    // A second deploy finds nothing to change; rollback then puts the old file back.
    const again = captureReport();
    const second = await deployCluster(SEED, { reporter: again.reporter, transports: cluster.transports, overlay: cluster.overlay, dryRun: true });
    assert.equal(second.changes.length, 0);
    assert.match(again.text(), /every file is already up to date/);
    const back = captureReport();
    const rollback = await rollbackCluster(SEED, { reporter: back.reporter, transports: cluster.transports, overlay: cluster.overlay });
    assert.equal(rollback.ok, true, back.text());
    assert.deepEqual(rollback.restored, ['server2', 'server1']);
    assert.equal(installed(cluster, 'server1', 'etc/haproxy/haproxy.cfg'), OLD_HAPROXY);
    assert.equal(installed(cluster, 'server1', 'etc/keepalived/keepalived.conf'), undefined, 'a file that did not exist before is removed again');
  });

  it('keeps only the last N backups', async () => {
    const cluster = make();
    const start = Date.parse('2026-12-04T10:00:00Z');
    const overlay = { ...cluster.overlay, deploy: { backups: 2 } };
    for (let i = 0; i < 4; i++) {
      writeFileSync(path.join(cluster.machine('server2'), 'etc/haproxy/haproxy.cfg'), `${OLD_HAPROXY}# version ${i}\n`);
      const result = await deployCluster(SEED, { reporter: captureReport().reporter, transports: cluster.transports, overlay, http: healthyHttp(), now: () => new Date(start + i * 60_000) });
      assert.equal(result.ok, true);
    }
    // Only haproxy.cfg changed each time: the temporary copies of the others were removed, not left behind.
    for (const node of ['server1', 'server2']) assert.deepEqual(leftovers(cluster, node), []);
    const folder = path.join(cluster.machine('server2'), 'var/backups/haproxy-keepalived');
    const kept = readdirSync(folder).sort();
    assert.deepEqual(kept, ['20261204T100200000Z', '20261204T100300000Z']);
    assert.match(readFileSync(path.join(folder, kept[1]!, '1.data'), 'utf8'), /# version 3/);
  });

  it('a config the real haproxy -c rejects stops before any node changes, reported at its line', async () => {
    const cluster = make();
    const copy = seedCopy();
    try {
      const file = path.join(copy.folder, 'haproxy/haproxy.cfg');
      const text = readFileSync(file, 'utf8').replace('    server web2 10.0.0.200:80', '    server web3 no-such-host.invalid:80 check\n    server web2 10.0.0.200:80');
      writeFileSync(file, text);
      const line = text.split('\n').findIndex((l) => l.includes('no-such-host')) + 1;
      const report = captureReport();
      const result = await deployCluster(copy.folder, { reporter: report.reporter, transports: cluster.transports, overlay: cluster.overlay });
      assert.equal(result.stage, 'validate', report.text());
      assert.equal(result.ok, false);
      assert.match(report.text(), new RegExp(`error: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}: .*no-such-host\\.invalid.*\\(haproxy -c on server[12]\\)`));
      for (const node of ['server1', 'server2']) {
        assert.equal(installed(cluster, node, 'etc/haproxy/haproxy.cfg'), OLD_HAPROXY);
        assert.deepEqual(leftovers(cluster, node), []);
        assert.equal(reloads(cluster, node), '');
      }
    } finally {
      copy.cleanup();
    }
  });

  it('a failed reload on the second node restores it; the first keeps the new config and the result says so', async () => {
    const cluster = make({ failReload: 'server1' });
    const report = captureReport();
    const result = await deployCluster(SEED, { reporter: report.reporter, transports: cluster.transports, overlay: cluster.overlay, http: healthyHttp() });
    assert.equal(result.ok, false);
    assert.equal(result.stage, 'apply');
    assert.deepEqual(result.changed, ['server2']);
    assert.deepEqual(result.restored, ['server1']);
    assert.equal(installed(cluster, 'server2', 'etc/haproxy/haproxy.cfg'), seedText('haproxy/haproxy.cfg'));
    assert.equal(installed(cluster, 'server1', 'etc/haproxy/haproxy.cfg'), OLD_HAPROXY);
    assert.equal(installed(cluster, 'server1', 'etc/keepalived/keepalived.conf'), undefined);
    assert.match(report.text(), /new configuration on: server2; restored: server1/);
    assert.match(report.text(), /reload failed/);
    assert.deepEqual(leftovers(cluster, 'server1'), []);
  });

  it('an upload cut in the middle installs nothing anywhere', async () => {
    const cluster = make({ cutUpload: { machine: 'server1', file: 'keepalived.conf' } });
    const report = captureReport();
    const result = await deployCluster(SEED, { reporter: report.reporter, transports: cluster.transports, overlay: cluster.overlay });
    assert.equal(result.stage, 'validate');
    assert.match(report.text(), /server1: upload of .*keepalived\.conf.* interrupted/);
    for (const node of ['server1', 'server2']) {
      assert.equal(installed(cluster, node, 'etc/haproxy/haproxy.cfg'), OLD_HAPROXY);
      assert.equal(installed(cluster, node, 'etc/keepalived/keepalived.conf'), undefined);
      assert.deepEqual(leftovers(cluster, node), []);
    }
  });

  it('a node locked by another deploy refuses the deploy, and the other node is unlocked again', async () => {
    const cluster = make();
    const lock = path.join(cluster.machine('server1'), 'run/haproxy-keepalived-deploy.lock');
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'owner'), 'deploy-other 2026-12-04T10:00:00Z\n');
    const report = captureReport();
    const result = await deployCluster(SEED, { reporter: report.reporter, transports: cluster.transports, overlay: cluster.overlay });
    assert.equal(result.stage, 'reach');
    assert.match(report.text(), /server1: another deploy holds .*lock \(held by: deploy-other/);
    assert.equal(existsSync(path.join(cluster.machine('server2'), 'run/haproxy-keepalived-deploy.lock')), false);
    assert.equal(installed(cluster, 'server2', 'etc/haproxy/haproxy.cfg'), OLD_HAPROXY);
  });

  it('a local error stops before any machine is contacted', async () => {
    const cluster = make();
    const copy = seedCopy();
    try {
      const file = path.join(copy.folder, 'keepalived/server2.conf');
      writeFileSync(file, readFileSync(file, 'utf8').replace('virtual_router_id 51', 'virtual_router_id 52'));
      const report = captureReport();
      const result = await deployCluster(copy.folder, { reporter: report.reporter, transports: cluster.transports, overlay: cluster.overlay });
      assert.equal(result.stage, 'local-check');
      assert.match(report.text(), /error: .*server2\.conf:\d+:\d+: .*virtual_router_id/);
      assert.deepEqual(cluster.commands, []);
    } finally {
      copy.cleanup();
    }
  });

  it('verification fails when both nodes hold the VIP or a server is DOWN', async () => {
    const cluster = make();
    cluster.vipHolder = undefined;
    const report = captureReport();
    const http = healthyHttp();
    const down = { request: async (url: string, options: { method?: string; timeoutMs: number }) => {
      const response = await http.request(url, options);
      return url.includes(';csv') ? { ...response, body: response.body.replace('web2,0,0,0,0,,0,0,0,,0,,0,0,0,0,UP', 'web2,0,0,0,0,,0,0,0,,0,,0,0,0,0,DOWN') } : response;
    } };
    const result = await deployCluster(SEED, { reporter: report.reporter, transports: cluster.transports, overlay: cluster.overlay, http: down, verifyTimeoutMs: 0 });
    assert.equal(result.stage, 'verify');
    assert.match(report.text(), /VIP 10\.0\.0\.10 is held by no node/);
    assert.match(report.text(), /server1: server web_servers\/web2 is DOWN/);
  });

  it('status names the VIP holder, the services and the backends', async () => {
    const cluster = make();
    const report = captureReport();
    const status = await clusterStatus(SEED, { reporter: report.reporter, transports: cluster.transports, overlay: cluster.overlay, http: healthyHttp() });
    assert.equal(status.ok, true, report.text());
    assert.deepEqual(status.vipHolders, { '10.0.0.10': ['server1'] });
    assert.match(report.text(), /server1: MASTER \(holds the VIP\); haproxy running, keepalived running/);
    assert.match(report.text(), /server2: BACKUP \(standby\)/);
    assert.match(report.text(), /server2: web_servers\/web1 UP/);
  });
});
