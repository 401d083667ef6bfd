import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { applyOrder } from '../../server/src/deploy/plan.js';
import { shellCommand, shellQuote } from '../../server/src/deploy/quote.js';
import { REDACTED, redactor } from '../../server/src/deploy/redact.js';
import { mergeOverlay, readDeploySettings } from '../../server/src/deploy/settings.js';
import { isServerUp, parseStatsCsv, serverRows } from '../../server/src/deploy/stats.js';
import { sshArguments, sshOptions } from '../../server/src/deploy/openssh.js';
import { backupStamp, holdsAddress, parseDetect, temporaryPath } from '../../server/src/deploy/remote.js';
import { serviceCommands } from '../../server/src/deploy/engine.js';

/** What a POSIX shell makes of a command line: each word printed between < and >. */
function wordsThroughShell(commandLine: string): string {
  const result = spawnSync('sh', ['-c', commandLine], { encoding: 'utf8', timeout: 10_000 });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

describe('shell quoting', () => {
  const awkward = [
    'plain',
    'two words',
    "it's",
    'say "hi"',
    '$HOME and ${PATH} and $(touch /tmp/hak-pwned) and `id`',
    'a;b && c | d > e',
    'line one\nline two\n',
    '',
    "'",
    '\\back\\slash',
    '*.cfg ?x [ab]',
    '-n',
    'ünïcødé ☃',
  ];
  for (const word of awkward) {
    it(`passes ${JSON.stringify(word)} through a shell unchanged`, () => {
      assert.equal(wordsThroughShell(shellCommand(['printf', '<%s>', word])), `<${word}>`);
    });
  }
  it('quotes the whole argument list word by word', () => {
    assert.equal(wordsThroughShell(shellCommand(['printf', '<%s>', 'a b', 'c', "d'e"])), '<a b><c><d\'e>');
  });
  it('leaves safe words bare and quotes the rest', () => {
    assert.equal(shellQuote('/etc/haproxy/haproxy.cfg'), '/etc/haproxy/haproxy.cfg');
    assert.equal(shellQuote('a b'), "'a b'");
    assert.equal(shellQuote("it's"), "'it'\\''s'");
    assert.equal(shellQuote(''), "''");
  });
  it('refuses an empty command', () => {
    assert.throws(() => shellCommand([]), /empty command/);
  });
});

describe('redaction', () => {
  it('hides every occurrence, the longest secret first', () => {
    const redact = redactor(['pi-vrrp1', 'pi-vrrp1-long', 'ab']);
    assert.equal(redact('auth_pass pi-vrrp1 and pi-vrrp1-long'), `auth_pass ${REDACTED} and ${REDACTED}`);
    // Two-letter secrets are not hidden (they would blank out ordinary words).
    assert.equal(redact('about'), 'about');
  });
});

describe('apply order', () => {
  it('puts BACKUP nodes first, lowest priority first, and the MASTER last', () => {
    const order = applyOrder([
      { name: 'lb1', role: 'MASTER' as const, priority: 150 },
      { name: 'lb3', role: 'BACKUP' as const, priority: 120 },
      { name: 'lb2', role: 'BACKUP' as const, priority: 100 },
      { name: 'lb4', role: 'BACKUP' as const },
    ]);
    assert.deepEqual(order.map((n) => n.name), ['lb4', 'lb2', 'lb3', 'lb1']);
  });
});

describe('deploy settings', () => {
  const manifest = {
    ssh: { user: 'root', identityFile: '/keys/id', knownHostsFile: '/keys/known_hosts' },
    deploy: { backups: 3, secrets: ['s3cret-token'] },
    loadBalancers: [
      { name: 'server1', host: '10.0.0.1', haproxy: 'h.cfg', keepalived: 'k1.conf', ssh: { port: 2222 } },
      { name: 'server2', host: '10.0.0.2', haproxy: 'h.cfg', keepalived: 'k2.conf', deploy: { paths: { haproxy: '/srv/haproxy.cfg' }, services: { manager: 'commands', reloadHaproxy: ['/usr/local/bin/reload'], reloadKeepalived: ['true'] } } },
    ],
    webServers: [{ name: 'web1', host: '10.0.0.100', content: 'web/web1', deployContent: true }],
  };
  it('applies the Debian defaults and the per-node overrides', () => {
    const settings = readDeploySettings(manifest);
    assert.deepEqual(settings.problems, []);
    const [s1, s2] = settings.loadBalancers;
    assert.equal(s1!.paths.haproxy, '/etc/haproxy/haproxy.cfg');
    assert.equal(s1!.paths.keepalived, '/etc/keepalived/keepalived.conf');
    assert.equal(s1!.ssh.port, 2222);
    assert.equal(s1!.ssh.user, 'root');
    assert.equal(s2!.paths.haproxy, '/srv/haproxy.cfg');
    assert.deepEqual(s2!.services.reloadHaproxy, ['/usr/local/bin/reload']);
    assert.equal(settings.backupsToKeep, 3);
    assert.deepEqual(settings.secrets, ['s3cret-token']);
    assert.equal(settings.webServers[0]!.root, '/var/www/html');
    assert.equal(settings.webServers[0]!.deployContent, true);
  });
  it('reports fields of the wrong kind', () => {
    const settings = readDeploySettings({ ...manifest, deploy: { backups: 0, paths: { haproxy: 'relative.cfg' } }, ssh: { strictHostKeyChecking: 'maybe' } });
    assert.deepEqual(settings.problems.sort(), [
      'deploy.backups: must be an integer from 1 to 100',
      "deploy.paths.haproxy: must be an absolute path on the machine (got 'relative.cfg')",
      'ssh.strictHostKeyChecking: must be "yes", "no" or "accept-new"',
    ]);
  });
  it('merges an overlay machine by machine', () => {
    const merged = mergeOverlay(manifest, { loadBalancers: [{ name: 'server2', ssh: { port: 22022 } }] }) as typeof manifest;
    assert.equal(merged.loadBalancers[1]!.host, '10.0.0.2');
    assert.deepEqual((merged.loadBalancers[1] as { ssh?: unknown }).ssh, { port: 22022 });
    assert.deepEqual(merged.loadBalancers[0], manifest.loadBalancers[0]);
  });
});

describe('ssh command lines', () => {
  const settings = readDeploySettings({ ssh: { user: 'deploy', identityFile: '/k/id key', knownHostsFile: '/k/known' }, loadBalancers: [{ name: 'a', host: 'lb-a' }] });
  const ssh = settings.loadBalancers[0]!.ssh;
  it('always uses BatchMode and leaves StrictHostKeyChecking to OpenSSH unless set', () => {
    const args = sshOptions(ssh);
    assert.ok(args.join(' ').includes('-o BatchMode=yes'));
    assert.ok(!args.some((a) => a.startsWith('StrictHostKeyChecking')));
    assert.deepEqual(args.slice(args.indexOf('-i'), args.indexOf('-i') + 2), ['-i', '/k/id key']);
    assert.ok(args.includes('UserKnownHostsFile=/k/known'));
    const strict = sshOptions({ ...ssh, strictHostKeyChecking: 'yes' });
    assert.ok(strict.includes('StrictHostKeyChecking=yes'));
  });
  it('sends the remote command as one quoted string after --', () => {
    const args = sshArguments({ name: 'a', host: 'lb-a', ssh }, ['cat', '/etc/my dir/$x.cfg']);
    assert.deepEqual(args.slice(-3), ['--', 'lb-a', "cat '/etc/my dir/$x.cfg'"]);
    const sudo = sshArguments({ name: 'a', host: 'lb-a', ssh: { ...ssh, sudo: true } }, ['true']);
    assert.equal(sudo.at(-1), 'sudo -n -- true');
  });
});

describe('stats CSV', () => {
  const csv = [
    '# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status,weight,act,bck,chkfail,chkdown,lastchg,downtime,qlimit,pid,iid,sid,throttle,lbtot,tracked,type,rate,rate_lim,rate_max,check_status',
    'www,FRONTEND,,,0,1,2000,3,0,0,0,0,0,,,,,OPEN,,,,,,,,,1,2,0,,,,0,0,0,1,',
    'web_servers,web1,0,0,0,1,,2,0,0,,0,,0,0,0,0,UP,1,1,0,0,0,10,0,,1,3,1,,2,,2,0,,1,L7OK',
    'web_servers,web2,0,0,0,0,,0,0,0,,0,,0,0,0,0,DOWN,1,1,0,3,1,2,2,,1,3,2,,0,,2,0,,0,L4CON',
    'web_servers,web3,0,0,0,0,,0,0,0,,0,,0,0,0,0,UP 1/3,1,1,0,1,0,2,0,,1,3,3,,0,,2,0,,0,L7STS',
    'web_servers,web4,0,0,0,0,,0,0,0,,0,,0,0,0,0,no check,1,1,0,0,0,2,0,,1,3,4,,0,,2,0,,0,',
    'web_servers,BACKEND,0,0,0,1,200,2,0,0,0,0,,0,0,0,0,UP,2,2,0,,1,10,0,,1,3,0,,2,,1,0,,1,',
    '',
  ].join('\n');
  it('reads servers by column name and tells UP from DOWN', () => {
    const rows = serverRows(parseStatsCsv(csv));
    assert.deepEqual(rows.map((r) => [r.service, r.status, isServerUp(r)]), [
      ['web1', 'UP', true],
      ['web2', 'DOWN', false],
      ['web3', 'UP 1/3', true],
      ['web4', 'no check', true],
    ]);
    assert.equal(rows[1]!.checkStatus, 'L4CON');
  });
  it('gives nothing for a page that is not CSV', () => {
    assert.deepEqual(parseStatsCsv('<html>login</html>'), []);
  });
});

describe('remote helpers', () => {
  it('reads haproxy and keepalived versions and the service manager', () => {
    const detected = parseDetect('haproxy=HAProxy version 2.6.12-1+deb12u2 2025/04/01 - https://haproxy.org/\nkeepalived=Keepalived v2.2.7 (01/16,2022)\nmanager=service\nuid=0\n');
    assert.deepEqual(detected, { haproxy: '2.6.12', keepalived: '2.2.7', manager: 'service' });
    assert.deepEqual(parseDetect('haproxy=\nkeepalived=sh: keepalived: not found\nmanager=none\n'), { haproxy: undefined, keepalived: undefined, manager: 'none' });
  });
  it('finds the VIP in `ip -o addr` output, not a longer address', () => {
    const output = '2: eth0    inet 10.0.0.1/24 brd 10.0.0.255 scope global eth0\n2: eth0    inet 10.0.0.10/24 scope global secondary eth0:1\n';
    assert.equal(holdsAddress(output, '10.0.0.10'), true);
    assert.equal(holdsAddress('2: eth0    inet 10.0.0.100/24 scope global eth0\n', '10.0.0.10'), false);
  });
  it('names temporary files next to their target and backups by time', () => {
    assert.equal(temporaryPath('/etc/haproxy/haproxy.cfg', 'deploy-1'), '/etc/haproxy/.haproxy.cfg.deploy-1.tmp');
    assert.equal(backupStamp(new Date('2026-12-04T21:30:05.123Z')), '20261204T213005123Z');
  });
  it('picks the reload commands of the service manager, or the manifest\'s', () => {
    const services = { manager: 'auto' as const, restartHaproxy: false };
    const systemd = serviceCommands(services, 'systemd');
    assert.notEqual(typeof systemd, 'string');
    assert.deepEqual((systemd as { reloadHaproxy: string[] }).reloadHaproxy, ['systemctl', 'reload', 'haproxy']);
    assert.deepEqual((serviceCommands(services, 'service') as { reloadKeepalived: string[] }).reloadKeepalived, ['service', 'keepalived', 'reload']);
    assert.match(serviceCommands(services, 'none') as string, /no service manager/);
    assert.deepEqual((serviceCommands({ ...services, restartHaproxy: true }, 'systemd') as { reloadHaproxy: string[] }).reloadHaproxy, ['systemctl', 'restart', 'haproxy']);
  });
});

describe('the manifest schema and the settings reader agree', () => {
  it('on the defaults', async () => {
    const { readFileSync } = await import('node:fs');
    const { ROOT } = await import('./local.js');
    const { DEFAULT_PATHS, DEFAULT_BACKUP_DIR, DEFAULT_BACKUPS_TO_KEEP, DEFAULT_LOCK_PATH } = await import('../../server/src/deploy/settings.js');
    const schema = JSON.parse(readFileSync(`${ROOT}/schemas/ha-cluster.schema.json`, 'utf8'));
    const deploy = schema.properties.deploy.properties;
    assert.equal(deploy.backups.default, DEFAULT_BACKUPS_TO_KEEP);
    assert.equal(deploy.backupDir.default, DEFAULT_BACKUP_DIR);
    assert.equal(deploy.lockPath.default, DEFAULT_LOCK_PATH);
    for (const key of ['haproxy', 'keepalived', 'sysctl'] as const) assert.equal(deploy.paths.properties[key].default, DEFAULT_PATHS[key]);
    assert.deepEqual(Object.keys(schema.definitions.ssh.properties).sort(), ['configFile', 'connectTimeout', 'identityFile', 'knownHostsFile', 'options', 'port', 'strictHostKeyChecking', 'sudo', 'user']);
  });
});
