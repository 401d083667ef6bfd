/**
 * What a deploy will do, computed from the cluster folder alone (no machine touched): the files
 * each load balancer gets, the order of the nodes, the secrets to hide, and what to verify.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { buildClusterFacts, loadCluster, type ClusterFacts, type ClusterLayout } from '../cluster/index.js';
import type { ClusterFileSystem } from '../cluster/fs.js';
import { redactor, type Redactor } from './redact.js';
import { readDeploySettings, type DeploySettings, type LoadBalancerTarget, type WebServerTarget } from './settings.js';

export type FileRole = 'haproxy' | 'keepalived' | 'sysctl' | 'script';

export interface PlannedFile {
  role: FileRole;
  /** The file in the cluster folder. */
  localPath: string;
  remotePath: string;
  content: Buffer;
  /** Mode of the file when it is new on the machine (an existing file keeps its own). */
  mode: string;
}

export interface NodePlan {
  name: string;
  target: LoadBalancerTarget;
  /** The node's own address (for its stats page), else its host. */
  address: string;
  /** MASTER for the node meant to hold the VIP (state MASTER or highest priority), else BACKUP. */
  role: 'MASTER' | 'BACKUP';
  priority?: number;
  files: PlannedFile[];
}

export interface WebPlan {
  name: string;
  target: WebServerTarget;
  address: string;
  /** Content files: relative path in the content folder -> bytes. */
  files: Array<{ relativePath: string; remotePath: string; content: Buffer }>;
}

export interface VerifyTargets {
  vips: string[];
  /** http://VIP:port/ for each frontend bound on a VIP. */
  vipUrls: string[];
  /** The stats page on each node (`;csv` appended when read), with its credentials. */
  statsPage?: { port: string; uri: string; user?: string; password?: string };
  /** The health-check request of each web server (method and URL). */
  healthChecks: Array<{ server: string; method: string; url: string }>;
}

export interface DeployPlan {
  clusterName: string;
  folder: string;
  layout: ClusterLayout;
  facts: ClusterFacts;
  settings: DeploySettings;
  /** In apply order: BACKUP nodes first (lowest priority first), the MASTER last. */
  nodes: NodePlan[];
  webServers: WebPlan[];
  verify: VerifyTargets;
  redact: Redactor;
}

/** BACKUP nodes first (lowest priority first, then by name), MASTER nodes last: the VIP moves at most once. */
export function applyOrder<T extends { name: string; role: 'MASTER' | 'BACKUP'; priority?: number }>(nodes: readonly T[]): T[] {
  return [...nodes].sort((a, b) => {
    if (a.role !== b.role) return a.role === 'BACKUP' ? -1 : 1;
    const pa = a.priority ?? 0;
    const pb = b.priority ?? 0;
    return pa !== pb ? pa - pb : a.name.localeCompare(b.name);
  });
}

/** Every secret the cluster's files and manifest hold: VRRP auth_pass, stats/userlist passwords, declared secrets. */
export function clusterSecrets(facts: ClusterFacts, settings: DeploySettings): string[] {
  const secrets = new Set<string>(settings.secrets);
  for (const node of facts.nodes) {
    for (const instance of node.keepalived?.facts.instances ?? []) {
      const pass = instance.authentication?.pass?.value;
      if (pass) secrets.add(pass);
    }
    for (const credential of node.haproxy?.facts.credentials ?? []) secrets.add(credential.password);
  }
  return [...secrets];
}

function listFiles(folder: string, prefix = ''): string[] {
  const result: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const full = posix.join(folder, name);
    const stats = statSync(full);
    if (stats.isDirectory()) result.push(...listFiles(full, `${prefix}${name}/`));
    else if (stats.isFile()) result.push(`${prefix}${name}`);
  }
  return result;
}

function verifyTargets(facts: ClusterFacts): VerifyTargets {
  const vips = new Set<string>();
  for (const node of facts.nodes) {
    for (const instance of node.keepalived?.facts.instances ?? []) {
      for (const address of instance.virtualAddresses) if (!address.excluded) vips.add(address.address);
    }
  }
  const haproxy = facts.nodes.find((n) => n.haproxy)?.haproxy?.facts;
  const vipUrls: string[] = [];
  let statsPage: VerifyTargets['statsPage'];
  const healthChecks: VerifyTargets['healthChecks'] = [];
  if (haproxy) {
    for (const bind of haproxy.binds) {
      if (vips.has(bind.address.host) && bind.address.port) vipUrls.push(`http://${bind.address.host}:${bind.address.port}/`);
    }
    for (const section of haproxy.sections) {
      const uri = section.directives.find((d) => d.key === 'stats uri')?.words[2];
      if (!uri || !section.section.name) continue;
      const bind = haproxy.binds.find((b) => b.section.name === section.section.name && b.address.port);
      if (!bind) continue;
      const credential = haproxy.credentials.find((c) => c.kind === 'stats auth' && c.section.name === section.section.name);
      statsPage = { port: bind.address.port!, uri, user: credential?.user, password: credential?.password };
      break;
    }
    for (const backend of haproxy.backends) {
      const check = backend.healthChecks.at(-1);
      if (!check) continue;
      for (const server of backend.servers) {
        if (!server.check) continue;
        const address = server.checkAddress ?? server.address;
        const port = server.checkAddress?.port ?? server.address.port ?? '80';
        const uri = check.uri.value.startsWith('/') ? check.uri.value : `/${check.uri.value}`;
        // HEAD is asked as GET: some small servers (busybox httpd) send a body after a HEAD answer, which
        // HTTP clients reject; whether the URI answers is the same question.
        healthChecks.push({ server: server.name.value, method: check.method === 'HEAD' ? 'GET' : check.method, url: `http://${address.host}:${port}${uri}` });
      }
    }
  }
  return { vips: [...vips], vipUrls: [...new Set(vipUrls)], statsPage, healthChecks };
}

export interface PlanInput {
  fs: ClusterFileSystem;
  folder: string;
  overlay?: unknown;
}

/** The plan of a cluster folder; throws only when the folder has no readable manifest. */
export function planDeploy(input: PlanInput): DeployPlan {
  const layout = loadCluster(input.fs, input.folder);
  if (!layout.manifest) throw new Error(`${input.folder} has no ha-cluster.json: a deploy needs the manifest (machines, ssh, paths).`);
  const facts = buildClusterFacts(input.fs, layout);
  const manifestText = input.fs.readFile(layout.manifest.path) ?? '{}';
  let json: unknown;
  try {
    json = JSON.parse(manifestText);
  } catch {
    json = {};
  }
  const settings = readDeploySettings(json, input.overlay);
  const nodes: NodePlan[] = [];
  for (const node of facts.nodes) {
    const target = settings.loadBalancers.find((t) => t.name === node.name);
    if (!target) continue;
    const instances = node.keepalived?.facts.instances ?? [];
    const priority = instances[0]?.priority?.value;
    const files: PlannedFile[] = [];
    const add = (role: FileRole, localPath: string | undefined, remotePath: string, mode: string): void => {
      if (localPath) files.push({ role, localPath, remotePath, content: readFileSync(localPath), mode });
    };
    add('haproxy', node.layout.haproxy, target.paths.haproxy, '644');
    add('keepalived', node.layout.keepalived, target.paths.keepalived, '640');
    add('sysctl', node.layout.sysctl, target.paths.sysctl, '644');
    for (const script of node.layout.scripts) add('script', script.source, script.target, '755');
    nodes.push({
      name: node.name,
      target,
      address: node.layout.address?.value ?? target.host,
      role: 'BACKUP',
      priority,
      files,
    });
  }
  // The MASTER: a node whose instance says MASTER, else the highest priority.
  const declared = nodes.filter((n) => facts.nodes.find((f) => f.name === n.name)?.keepalived?.facts.instances.some((i) => i.state?.value === 'MASTER'));
  const masters = declared.length > 0 ? declared : nodes.filter((n) => n.priority !== undefined && n.priority === Math.max(...nodes.map((m) => m.priority ?? -1)));
  for (const master of masters) master.role = 'MASTER';

  const webServers: WebPlan[] = [];
  for (const web of layout.webServers ?? []) {
    const target = settings.webServers.find((t) => t.name === web.name);
    if (!target || !target.deployContent || !web.content) continue;
    const content = web.content;
    webServers.push({
      name: web.name,
      target,
      address: web.address?.value ?? target.host,
      files: listFiles(content).map((relativePath) => ({
        relativePath,
        remotePath: posix.join(target.root, relativePath),
        content: readFileSync(posix.join(content, relativePath)),
      })),
    });
  }
  return {
    clusterName: layout.manifest.name?.value ?? posix.basename(layout.root),
    folder: layout.root,
    layout,
    facts,
    settings,
    nodes: applyOrder(nodes),
    webServers,
    verify: verifyTargets(facts),
    redact: redactor(clusterSecrets(facts, settings)),
  };
}
