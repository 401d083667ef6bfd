/**
 * "New HA cluster": from a few answers (the VIP, the load balancers, the web servers) write a whole
 * cluster folder in the shape of the seed's: manifest, one haproxy.cfg shared by the nodes, one
 * keepalived.conf per node, the sysctl file, and each web server's content with its check file.
 *
 * Pure: answers in, file texts out (paths relative to the new folder). The CLI (`haproxy-keepalived
 * new`) and the editor (the "New HA cluster" command, through the server) write them. Whatever it
 * produces passes every check of this project and the real `haproxy -c` / `keepalived -t`; the tests
 * hold it to that.
 */
import { parseHaproxyVersion, type HaproxyVersion } from '../haproxy/catalogue/index.js';
import { atLeast as haproxyAtLeast } from '../haproxy/catalogue/versions.js';
import { parseKeepalivedVersion } from '../keepalived/catalogue/versions.js';
import { inSameSubnet, parseIp } from './address.js';
import { MANIFEST_NAME } from './manifest.js';

/** What the user is asked, as text (as typed in an input box or on the command line). */
export interface ClusterAnswers {
  /** A name for the cluster (also the default folder name). */
  name?: string;
  /** The virtual IP with its prefix, e.g. `10.0.0.10/24` (a bare address means /24). */
  vip?: string;
  /** The load balancers, `name=address` separated by commas or spaces; the first is the MASTER. */
  loadBalancers?: string;
  /** The web servers, `name=address[:port]` separated by commas or spaces. */
  webServers?: string;
  /** The network interface that carries the VIP on every load balancer. */
  interface?: string;
  virtualRouterId?: string | number;
  /** The URI HAProxy's health check asks every web server for. */
  checkUri?: string;
  haproxyVersion?: string;
  keepalivedVersion?: string;
  /** VRRP over unicast (clouds and networks without multicast) instead of multicast. */
  unicast?: boolean;
  /** The VRRP password (at most 8 characters); the caller makes a random one when the user gives none. */
  authPass?: string;
  /** The password of the statistics page; likewise. */
  statsPassword?: string;
}

/** The field of the answers an error is about, so an input box can show it under the right question. */
export type AnswerField = keyof ClusterAnswers;

export interface AnswerError {
  field: AnswerField;
  message: string;
}

export interface ScaffoldFile {
  /** Relative to the cluster folder, with `/`. */
  path: string;
  text: string;
}

export interface Scaffold {
  files: ScaffoldFile[];
  errors: AnswerError[];
}

interface Machine {
  name: string;
  address: string;
  port: number;
}

/** The seed's topology: what every question offers first. */
export const DEFAULT_ANSWERS = {
  name: 'ha-cluster',
  vip: '10.0.0.10/24',
  loadBalancers: 'server1=10.0.0.1, server2=10.0.0.2',
  webServers: 'web1=10.0.0.100, web2=10.0.0.200',
  interface: 'eth0',
  virtualRouterId: 51,
  checkUri: '/check.txt',
  haproxyVersion: '2.6',
  keepalivedVersion: '2.2',
} as const satisfies ClusterAnswers;

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
const INTERFACE = /^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,14}$/;
/** A plain path: no query, no characters that would need quoting in haproxy.cfg or a file name. */
const CHECK_URI = /^(\/[A-Za-z0-9._~-]+)+$/;
/** What keepalived reads as one word and keeps whole: no blanks, quotes, comment starts or braces. */
const AUTH_PASS = /^[^\s"'#!{}]{1,8}$/;
/** What `stats auth user:password` can hold as one word. */
const STATS_PASSWORD = /^[^\s"'#:\\]{8,}$/;
const STATS_USER = 'haadmin';

/** Reads `name=address[:port]` lists; `field` is the question they answer, for the messages. */
export function parseMachines(text: string, field: AnswerField, withPort: boolean): { machines: Machine[]; errors: AnswerError[] } {
  const machines: Machine[] = [];
  const errors: AnswerError[] = [];
  const items = text.split(/[\s,;]+/).filter((item) => item.length > 0);
  for (const item of items) {
    const match = /^([^=]+)=(.+)$/.exec(item);
    if (!match) {
      errors.push({ field, message: `'${item}' is not name=address (e.g. ${withPort ? 'web1=10.0.0.100:80' : 'server1=10.0.0.1'})` });
      continue;
    }
    const [, name, rest] = match as unknown as [string, string, string];
    let address = rest;
    let port = 80;
    const portMatch = /^(.+):(\d+)$/.exec(rest);
    if (portMatch) {
      if (!withPort) {
        errors.push({ field, message: `${name}: give the load balancer's address without a port` });
        continue;
      }
      address = portMatch[1]!;
      port = Number(portMatch[2]);
      if (port < 1 || port > 65535) {
        errors.push({ field, message: `${name}: port ${portMatch[2]} is not between 1 and 65535` });
        continue;
      }
    }
    if (!NAME.test(name)) {
      errors.push({ field, message: `'${name}' is not a usable machine name (letters, digits, '.', '_', '-'; it names files)` });
      continue;
    }
    const ip = parseIp(address);
    if (!ip || ip.family !== 4) {
      errors.push({ field, message: `${name}: '${address}' is not an IPv4 address` });
      continue;
    }
    machines.push({ name, address: ip.text, port });
  }
  return { machines, errors };
}

interface Resolved {
  name: string;
  vip: string;
  prefix: number;
  loadBalancers: Machine[];
  webServers: Machine[];
  iface: string;
  vrid: number;
  checkUri: string;
  haproxyVersion: HaproxyVersion;
  keepalivedVersion: string;
  unicast: boolean;
  authPass: string;
  statsPassword: string;
}

/** Checks every answer; returns the values to write, or the errors, each tied to its question. */
export function resolveAnswers(answers: ClusterAnswers): { resolved?: Resolved; errors: AnswerError[] } {
  const errors: AnswerError[] = [];
  // Answers may come from another editor over LSP: read anything as text, never trust the type.
  const text = (value: unknown, fallback: string | number): string => (value === undefined || value === null ? String(fallback) : String(value)).trim();
  const name = text(answers.name, DEFAULT_ANSWERS.name);
  if (!NAME.test(name)) errors.push({ field: 'name', message: `'${name}' is not a usable name (letters, digits, '.', '_', '-'; it names the folder)` });

  const vipText = text(answers.vip, DEFAULT_ANSWERS.vip);
  const vipMatch = /^([^/]+)(?:\/(\d{1,2}))?$/.exec(vipText);
  const vipIp = vipMatch ? parseIp(vipMatch[1]!) : undefined;
  const prefix = vipMatch?.[2] !== undefined ? Number(vipMatch[2]) : 24;
  if (!vipIp || vipIp.family !== 4) errors.push({ field: 'vip', message: `'${vipText}' is not an IPv4 address with an optional prefix (e.g. 10.0.0.10/24)` });
  else if (prefix < 8 || prefix > 30) errors.push({ field: 'vip', message: `a /${prefix} network leaves no room for the nodes and the VIP (use /8 to /30)` });

  const lbs = parseMachines(text(answers.loadBalancers, DEFAULT_ANSWERS.loadBalancers), 'loadBalancers', false);
  errors.push(...lbs.errors);
  if (lbs.errors.length === 0 && lbs.machines.length < 2) {
    errors.push({ field: 'loadBalancers', message: 'a high-availability pair needs at least two load balancers' });
  }
  if (lbs.machines.length > 8) errors.push({ field: 'loadBalancers', message: 'at most 8 load balancers (their priorities are 100 and up)' });
  const webs = parseMachines(text(answers.webServers, DEFAULT_ANSWERS.webServers), 'webServers', true);
  errors.push(...webs.errors);
  if (webs.errors.length === 0 && webs.machines.length < 1) errors.push({ field: 'webServers', message: 'name at least one web server' });

  const seenNames = new Map<string, AnswerField>();
  const seenAddresses = new Map<string, string>();
  if (vipIp) seenAddresses.set(vipIp.text, 'the VIP');
  for (const [field, list] of [['loadBalancers', lbs.machines], ['webServers', webs.machines]] as const) {
    for (const machine of list) {
      if (seenNames.has(machine.name)) errors.push({ field, message: `the name ${machine.name} is used twice` });
      seenNames.set(machine.name, field);
      const holder = seenAddresses.get(machine.address);
      // A web server may share a load balancer's address only on another port; the VIP never.
      if (holder && (field === 'loadBalancers' || holder === 'the VIP')) errors.push({ field, message: `${machine.name}'s address ${machine.address} is already ${holder}'s` });
      if (field === 'loadBalancers') seenAddresses.set(machine.address, machine.name);
      if (field === 'loadBalancers' && vipIp && vipIp.family === 4) {
        const ip = parseIp(machine.address)!;
        if (!inSameSubnet(ip, vipIp, prefix)) {
          errors.push({ field, message: `${machine.name}'s address ${machine.address} is not in the VIP's /${prefix} network: it could not carry the VIP` });
        }
      }
    }
  }

  const iface = text(answers.interface, DEFAULT_ANSWERS.interface);
  if (!INTERFACE.test(iface)) errors.push({ field: 'interface', message: `'${iface}' is not a network interface name (e.g. eth0, ens3)` });
  const vridText = text(answers.virtualRouterId, DEFAULT_ANSWERS.virtualRouterId);
  const vrid = Number(vridText);
  if (!/^\d+$/.test(vridText) || vrid < 1 || vrid > 255) errors.push({ field: 'virtualRouterId', message: `virtual_router_id must be 1 to 255, not '${vridText}'` });
  const checkUri = text(answers.checkUri, DEFAULT_ANSWERS.checkUri);
  if (!CHECK_URI.test(checkUri)) errors.push({ field: 'checkUri', message: `'${checkUri}' is not a plain path such as /check.txt` });
  const haproxyVersion = text(answers.haproxyVersion, DEFAULT_ANSWERS.haproxyVersion);
  const haproxyParsed = parseHaproxyVersion(haproxyVersion);
  if (!haproxyParsed || !haproxyAtLeast(haproxyParsed, '2.0')) {
    errors.push({ field: 'haproxyVersion', message: `HAProxy '${haproxyVersion}': a new cluster is written for HAProxy 2.0 or newer` });
  }
  const keepalivedVersion = text(answers.keepalivedVersion, DEFAULT_ANSWERS.keepalivedVersion);
  if (!parseKeepalivedVersion(keepalivedVersion)) errors.push({ field: 'keepalivedVersion', message: `keepalived '${keepalivedVersion}' is not a release covered (2.0 to 2.3)` });
  const authPass = text(answers.authPass, '');
  if (!AUTH_PASS.test(authPass)) errors.push({ field: 'authPass', message: 'the VRRP password must be 1 to 8 characters, without blanks, quotes, #, ! or braces' });
  const statsPassword = text(answers.statsPassword, '');
  if (!STATS_PASSWORD.test(statsPassword)) errors.push({ field: 'statsPassword', message: 'the statistics password must be at least 8 characters, without blanks, quotes, #, : or \\' });

  if (errors.length > 0 || !vipIp) return { errors };
  return {
    errors,
    resolved: {
      name,
      vip: vipIp.text,
      prefix,
      loadBalancers: lbs.machines,
      webServers: webs.machines,
      iface,
      vrid,
      checkUri,
      haproxyVersion: haproxyParsed!,
      keepalivedVersion,
      unicast: answers.unicast === true,
      authPass,
      statsPassword,
    },
  };
}

/** The files of a new cluster, or the errors in the answers (no files then). */
export function scaffoldCluster(answers: ClusterAnswers): Scaffold {
  const { resolved, errors } = resolveAnswers(answers);
  if (!resolved) return { files: [], errors };
  const r = resolved;
  const checkFile = r.checkUri.slice(1);
  const files: ScaffoldFile[] = [
    { path: MANIFEST_NAME, text: manifest(r) },
    { path: 'haproxy/haproxy.cfg', text: haproxyConfig(r) },
    ...r.loadBalancers.map((lb, index) => ({ path: `keepalived/${lb.name}.conf`, text: keepalivedConfig(r, index) })),
    { path: 'sysctl/99-ha-cluster.conf', text: sysctlConfig(r) },
    ...r.webServers.flatMap((web) => [
      { path: `web/${web.name}/${checkFile}`, text: 'OK: haproxy health check\n' },
      { path: `web/${web.name}/index.html`, text: indexPage(r, web) },
    ]),
    { path: 'README.md', text: readme(r) },
  ];
  return { files, errors: [] };
}

/** A random secret of `length` characters from an alphabet that needs no quoting anywhere. */
export function randomSecret(length: number, randomBytes: (size: number) => Uint8Array): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  // Rejection sampling keeps every character equally likely.
  let secret = '';
  for (let round = 0; secret.length < length && round < 64; round++) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 256 - (256 % alphabet.length) && secret.length < length) secret += alphabet[byte % alphabet.length];
    }
  }
  return secret;
}

/** MASTER first, then each BACKUP one lower: 100 + n - 1 down to 100. */
function priorityOf(r: Resolved, index: number): number {
  return 100 + r.loadBalancers.length - 1 - index;
}

function manifest(r: Resolved): string {
  const value = {
    name: r.name,
    haproxyVersion: r.haproxyVersion,
    keepalivedVersion: r.keepalivedVersion,
    sysctl: 'sysctl/99-ha-cluster.conf',
    loadBalancers: r.loadBalancers.map((lb) => ({
      name: lb.name,
      host: lb.address,
      ssh: { user: 'root', port: 22 },
      haproxy: 'haproxy/haproxy.cfg',
      keepalived: `keepalived/${lb.name}.conf`,
    })),
    webServers: r.webServers.map((web) => ({ name: web.name, host: web.address, content: `web/${web.name}`, root: '/var/www/html' })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

function haproxyConfig(r: Resolved): string {
  const nodes = r.loadBalancers.map((lb) => `${lb.name} (${lb.address})`).join(', ');
  const check = haproxyAtLeast(r.haproxyVersion, '2.2')
    ? ['    option httpchk', `    http-check send meth HEAD uri ${r.checkUri}`, '    http-check expect status 200-399']
    : [`    option httpchk HEAD ${r.checkUri}`];
  const lines = [
    `# HAProxy for the ${r.name} cluster: the same file on every load balancer,`,
    `# ${nodes}, as /etc/haproxy/haproxy.cfg.`,
    '#',
    `# Clients come through the virtual IP ${r.vip}, which keepalived moves between`,
    '# the nodes. Every node binds it, even while it does not hold it: that needs',
    '# net.ipv4.ip_nonlocal_bind = 1 (sysctl/99-ha-cluster.conf).',
    '',
    'global',
    '    log /dev/log local0',
    '    log /dev/log local1 notice',
    '    chroot /var/lib/haproxy',
    '    user haproxy',
    '    group haproxy',
    '    daemon',
    '    maxconn 4096',
    '',
    'defaults',
    '    mode http',
    '    log global',
    '    option httplog',
    '    option dontlognull',
    '    option forwardfor',
    '    option redispatch',
    '    retries 3',
    '    timeout connect 5s',
    '    timeout client 50s',
    '    timeout server 50s',
    '    timeout http-request 10s',
    '    timeout http-keep-alive 2s',
    '    timeout check 3s',
    '',
    'frontend www',
    `    bind ${r.vip}:80`,
    '    default_backend web_servers',
    '',
    'backend web_servers',
    '    balance roundrobin',
    '    # Each client keeps to the server named in its SERVERID cookie.',
    '    cookie SERVERID insert indirect nocache',
    `    # A server is taken out while HEAD ${r.checkUri} does not answer 2xx/3xx.`,
    ...check,
    ...r.webServers.map((web) => `    server ${web.name} ${web.address}:${web.port} cookie ${web.name} check inter 2s fall 3 rise 2`),
    '',
    '# Statistics of each node, on every address: http://<node>:8404/stats',
    'listen stats',
    '    bind :8404',
    '    stats enable',
    '    stats uri /stats',
    '    stats refresh 10s',
    '    stats show-node',
    `    stats auth ${STATS_USER}:${r.statsPassword}`,
  ];
  return `${lines.join('\n')}\n`;
}

function keepalivedConfig(r: Resolved, index: number): string {
  const lb = r.loadBalancers[index]!;
  const master = index === 0;
  const priority = priorityOf(r, index);
  const others = r.loadBalancers.filter((_, i) => i !== index);
  // The weight must lift a healthy BACKUP above a MASTER whose haproxy died: more than the
  // largest gap between the MASTER and the next node, which is 1 here.
  const weight = 2;
  const lines = [
    `# Keepalived for ${lb.name} (${lb.address}) of the ${r.name} cluster: ${master ? 'the MASTER, preferred holder of the VIP' : 'a BACKUP'}.`,
    '# Install as /etc/keepalived/keepalived.conf on that node.',
    '',
    'global_defs {',
    `    router_id ${lb.name}`,
    '    # Track scripts run only when root owns them; they run as root.',
    '    enable_script_security',
    '    script_user root',
    '}',
    '',
    '# Is haproxy alive? killall -0 only tests that a process of that name exists.',
    'vrrp_script chk_haproxy {',
    '    script "/usr/bin/killall -0 haproxy"',
    '    interval 2',
    '    timeout 2',
    '    fall 2',
    '    rise 2',
    `    # While haproxy lives the node's priority is raised by ${weight}: a MASTER`,
    `    # whose haproxy died (${priorityOf(r, 0)}) falls below a healthy BACKUP (${priorityOf(r, Math.min(1, r.loadBalancers.length - 1)) + weight}).`,
    `    weight ${weight}`,
    '}',
    '',
    'vrrp_instance VI_1 {',
    `    state ${master ? 'MASTER' : 'BACKUP'}`,
    `    interface ${r.iface}`,
    `    virtual_router_id ${r.vrid}`,
    `    priority ${priority}`,
    '    advert_int 1',
    ...(r.unicast ? [`    unicast_src_ip ${lb.address}`, '    unicast_peer {', ...others.map((o) => `        ${o.address}`), '    }'] : []),
    '    authentication {',
    '        auth_type PASS',
    '        # At most 8 characters; the same on every node.',
    `        auth_pass ${r.authPass}`,
    '    }',
    '    virtual_ipaddress {',
    `        ${r.vip}/${r.prefix} dev ${r.iface}`,
    '    }',
    '    track_script {',
    '        chk_haproxy',
    '    }',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

function sysctlConfig(r: Resolved): string {
  return [
    `# Kernel settings for every load balancer of the ${r.name} cluster.`,
    '# Install in /etc/sysctl.d/ and apply with: sysctl --system',
    '',
    `# Let haproxy bind ${r.vip}:80 on a node that does not hold the VIP yet.`,
    'net.ipv4.ip_nonlocal_bind = 1',
    '',
  ].join('\n');
}

function indexPage(r: Resolved, web: Machine): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '  <meta charset="utf-8">',
    `  <title>${r.name} - ${web.name}</title>`,
    '</head>',
    '<body>',
    `  <h1>Served by ${web.name} (${web.address})</h1>`,
    `  <p>This page came through the load balancers at ${r.vip}.</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function readme(r: Resolved): string {
  const rows = [
    ...r.loadBalancers.map((lb, i) => `| ${lb.name} | ${lb.address} | HAProxy + keepalived, ${i === 0 ? 'MASTER' : 'BACKUP'}, priority ${priorityOf(r, i)} |`),
    ...r.webServers.map((web) => `| ${web.name} | ${web.address}:${web.port} | web server, health check ${r.checkUri} |`),
    `| (VIP) | ${r.vip} | virtual IP, VRID ${r.vrid}, interface ${r.iface}${r.unicast ? ', unicast VRRP' : ''} |`,
  ];
  return [
    `# ${r.name}`,
    '',
    'A high-availability HTTP cluster: keepalived moves the virtual IP between the load balancers,',
    'each runs HAProxy in front of the web servers (round robin, cookie persistence, health check).',
    '',
    '| machine | address | role |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '`ha-cluster.json` says which file goes to which machine. Check the cluster with',
    '`haproxy-keepalived check .`; the credentials (VRRP `auth_pass`, `stats auth`) were generated',
    'for this cluster: keep them out of public repositories.',
    '',
  ].join('\n');
}
