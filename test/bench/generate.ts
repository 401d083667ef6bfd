/**
 * Realistic configuration files for the benchmark, of any size: haproxy.cfg files made of
 * tenants (a frontend with ACLs, rules and `use_backend`, and three backends with checked servers),
 * keepalived.conf files of many `vrrp_instance`s, and a two-node cluster folder. Everything here is
 * meant to load in HAProxy 2.6 and keepalived 2.2.7 (the benchmark verifies it with the real checkers).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Interfaces the keepalived files name; the benchmark creates them in a network namespace of its own. */
export const BENCH_INTERFACES = ['bench0', 'bench1', 'bench2', 'bench3'] as const;

const HAPROXY_HEAD = [
  '# Generated for the benchmark: tenants, each a frontend and three backends.',
  'global',
  '    log /dev/log local0',
  '    maxconn 100000',
  '    tune.ssl.default-dh-param 2048',
  '',
  'defaults',
  '    mode http',
  '    log global',
  '    option httplog',
  '    option dontlognull',
  '    retries 3',
  '    timeout connect 5s',
  '    timeout client 30s',
  '    timeout server 30s',
  '    timeout http-request 10s',
  '    timeout check 3s',
  '',
];

/** The address of server `k` of backend `b` of tenant `t`: distinct, private, never resolved. */
function serverAddress(tenant: number, backend: number, k: number): string {
  return `10.${(tenant >> 6) & 255}.${((tenant & 63) << 2) | backend}.${k + 10}`;
}

function tenantLines(t: number, port: number, pool: readonly string[] | undefined): string[] {
  const id = String(t).padStart(5, '0');
  const address = (backend: number, k: number): string => (pool ? pool[(t + backend + k) % pool.length]! : serverAddress(t, backend, k));
  const servers = (backend: number, count: number, port: number, extra: (k: number) => string): string[] =>
    Array.from({ length: count }, (_, k) => `    server s${k + 1} ${address(backend, k)}:${port} check${extra(k)}`);
  return [
    `frontend fe_${id}`,
    `    bind 127.0.0.1:${port}`,
    '    option forwardfor',
    '    acl is_api path_beg /api/',
    '    acl is_static path_end .css .js .png .svg',
    `    acl host_shop hdr(host) -i shop${t}.example.com www.shop${t}.example.com`,
    '    acl blocked src 192.0.2.0/24 198.51.100.7',
    '    acl is_admin path_beg /admin',
    '    http-request deny if blocked',
    '    http-request deny if is_admin !{ src 10.0.0.0/8 }',
    `    http-request set-header X-Tenant t${t}`,
    `    use_backend be_${id}_api if is_api`,
    `    use_backend be_${id}_static if is_static || host_shop`,
    `    default_backend be_${id}_web`,
    '',
    `backend be_${id}_api`,
    '    balance leastconn',
    '    option httpchk',
    '    http-check send meth GET uri /health ver HTTP/1.1 hdr Host api.example.com',
    '    http-check expect status 200',
    '    timeout server 10s',
    ...servers(0, 3, 8080, () => ' inter 2s fall 3 rise 2'),
    '',
    `backend be_${id}_static`,
    '    balance roundrobin',
    '    option httpchk GET /ping',
    '    http-response set-header Cache-Control max-age=3600',
    ...servers(1, 2, 80, () => ' inter 5s'),
    '',
    `backend be_${id}_web`,
    '    balance roundrobin',
    '    cookie SRV insert indirect nocache',
    '    option httpchk HEAD /check.txt',
    ...servers(2, 4, 80, (k) => ` cookie w${k + 1} inter 2s fall 3 rise 2`),
    '',
  ];
}

/**
 * A haproxy.cfg of about `lines` lines (never fewer). Servers get addresses of their own, or, in a
 * cluster, the addresses of the cluster's web servers (`pool`, at least 4).
 */
export function haproxyConfig(lines: number, pool?: readonly string[]): string {
  const out = [...HAPROXY_HEAD];
  for (let t = 0; out.length < lines; t++) out.push(...tenantLines(t, 10_000 + t, pool));
  return out.join('\n') + '\n';
}

const KEEPALIVED_HEAD = [
  '# Generated for the benchmark.',
  'global_defs {',
  '    router_id lb1',
  '    enable_script_security',
  '    script_user root',
  '}',
  '',
  'vrrp_script chk_haproxy {',
  '    script "/usr/bin/killall -0 haproxy"',
  '    interval 2',
  '    timeout 2',
  '    fall 2',
  '    rise 2',
  '    weight 2',
  '}',
  '',
];

/**
 * A keepalived.conf with `instances` vrrp_instances, spread over the benchmark's interfaces (a VRID
 * is unique per interface). `node` 0 is the MASTER (priority 101), other nodes are BACKUPs.
 */
export function keepalivedConfig(instances: number, node = 0, vip = (i: number): string => `10.${200 + (i >> 8)}.${i & 255}.10/24`): string {
  const routerId = `lb${node + 1}`;
  const out = KEEPALIVED_HEAD.map((line) => (line === '    router_id lb1' ? `    router_id ${routerId}` : line));
  for (let i = 0; i < instances; i++) {
    const vrid = Math.floor(i / BENCH_INTERFACES.length) + 1;
    out.push(
      `vrrp_instance VI_${i + 1} {`,
      `    state ${node === 0 ? 'MASTER' : 'BACKUP'}`,
      `    interface ${BENCH_INTERFACES[i % BENCH_INTERFACES.length]}`,
      `    virtual_router_id ${vrid}`,
      `    priority ${101 - node}`,
      '    advert_int 1',
      '    authentication {',
      '        auth_type PASS',
      `        auth_pass vr${String(i).padStart(5, '0')}`,
      '    }',
      '    virtual_ipaddress {',
      `        ${vip(i)} dev ${BENCH_INTERFACES[i % BENCH_INTERFACES.length]}`,
      '    }',
      '    track_script {',
      '        chk_haproxy',
      '    }',
      '}',
      '',
    );
  }
  return out.join('\n');
}

export interface BenchFiles {
  haproxy: Record<number, string>;
  keepalived: Record<number, string>;
  cluster: { folder: string; haproxy: string; keepalived: [string, string] };
}

export const HAPROXY_SIZES = [1_000, 10_000, 100_000] as const;
export const KEEPALIVED_SIZES = [10, 100, 1_000] as const;
export const CLUSTER_HAPROXY_LINES = 10_000;
export const CLUSTER_INSTANCES = 100;

/** Writes every benchmark file under `folder`; returns their paths. */
export function writeBenchFiles(folder: string): BenchFiles {
  mkdirSync(folder, { recursive: true });
  const write = (relative: string, text: string): string => {
    const file = path.join(folder, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  const haproxy: Record<number, string> = {};
  // Each lone file sits two folders deep in a folder of its own: side by side, the keepalived files
  // would make their parent a cluster (two or more keepalived configs), which the server then checks.
  for (const lines of HAPROXY_SIZES) haproxy[lines] = write(`haproxy-${lines}/lb/haproxy.cfg`, haproxyConfig(lines));
  const keepalived: Record<number, string> = {};
  for (const count of KEEPALIVED_SIZES) keepalived[count] = write(`keepalived-${count}/lb/keepalived.conf`, keepalivedConfig(count));

  const clusterFolder = path.join(folder, 'cluster');
  const inCluster = (relative: string, text: string): string => write(path.join('cluster', relative), text);
  const webServers = Array.from({ length: 6 }, (_, i) => ({ name: `web${i + 1}`, host: `10.0.1.${i + 1}`, content: `web/web${i + 1}`, root: '/var/www/html' }));
  for (const web of webServers) for (const check of ['health', 'ping', 'check.txt']) inCluster(`${web.content}/${check}`, 'ok\n');
  const cfg = inCluster('haproxy/haproxy.cfg', haproxyConfig(CLUSTER_HAPROXY_LINES, webServers.map((w) => w.host)));
  // The VIPs share the nodes' subnet, as clients must reach them through either node.
  const clusterVip = (i: number): string => `10.0.0.${100 + i}/24`;
  const node1 = inCluster('keepalived/node1.conf', keepalivedConfig(CLUSTER_INSTANCES, 0, clusterVip));
  const node2 = inCluster('keepalived/node2.conf', keepalivedConfig(CLUSTER_INSTANCES, 1, clusterVip));
  inCluster('sysctl/99-ha.conf', 'net.ipv4.ip_nonlocal_bind = 1\n');
  inCluster(
    'ha-cluster.json',
    JSON.stringify(
      {
        name: 'bench-cluster',
        haproxyVersion: '2.6',
        keepalivedVersion: '2.2',
        sysctl: 'sysctl/99-ha.conf',
        loadBalancers: [
          { name: 'lb1', host: '10.0.0.1', haproxy: 'haproxy/haproxy.cfg', keepalived: 'keepalived/node1.conf' },
          { name: 'lb2', host: '10.0.0.2', haproxy: 'haproxy/haproxy.cfg', keepalived: 'keepalived/node2.conf' },
        ],
        webServers,
      },
      null,
      2,
    ) + '\n',
  );
  return { haproxy, keepalived, cluster: { folder: clusterFolder, haproxy: cfg, keepalived: [node1, node2] } };
}
