import { languageOfPath, type LanguageId } from '../service/languages.js';
import { parseIp } from './address.js';
import { basenamePath, dirnamePath, joinPath, normalizePath, type ClusterFileSystem } from './fs.js';
import { MANIFEST_NAME, readManifest, type ClusterManifest, type ManifestString } from './manifest.js';
import { at, type ClusterLocation, type ClusterProblem } from './problem.js';

export type MemberRole = 'manifest' | 'haproxy' | 'keepalived' | 'sysctl' | 'script';

/** A file that belongs to the cluster: a change in it revalidates every member. */
export interface ClusterMember {
  path: string;
  role: MemberRole;
  /** For the files the editor knows as languages. */
  language?: LanguageId;
  /** The load balancers that use the file (several when they share one haproxy.cfg). */
  nodes: string[];
}

/** A value taken from the manifest, with where it is written there (absent without a manifest). */
export interface Declared {
  value: string;
  at?: ClusterLocation;
}

export interface LoadBalancerLayout {
  name: string;
  declaredAt?: ClusterLocation;
  keepalived?: string;
  haproxy?: string;
  sysctl?: string;
  /** Where the sysctl path is written in the manifest (the node's own field or the top-level one). */
  sysctlAt?: ClusterLocation;
  /** The node's own IP address: the manifest's `address`, or its `host` when that is an IP. */
  address?: Declared;
  /** Files deployed to the node (track scripts): `source` here, `target` on the node. */
  scripts: Array<{ source: string; target: string; sourceAt: ClusterLocation; targetAt: ClusterLocation }>;
}

export interface WebServerLayout {
  name: string;
  declaredAt?: ClusterLocation;
  address?: Declared;
  /** Host names the manifest gives (`host`), for servers written with a name. */
  hostName?: string;
  /** The local folder with the site's files. */
  content?: string;
  contentAt?: ClusterLocation;
  /** The document root on the server. */
  root: string;
}

export interface ClusterLayout {
  /** The folder the relative paths of the manifest start from (or the scanned folder). */
  root: string;
  source: 'manifest' | 'folder';
  manifest?: ClusterManifest;
  loadBalancers: LoadBalancerLayout[];
  /** Undefined when the manifest declares none, or without a manifest: the web checks are skipped. */
  webServers?: WebServerLayout[];
  members: ClusterMember[];
  /** Problems of the manifest itself (syntax, fields, missing files). */
  problems: ClusterProblem[];
  haproxyVersion?: string;
  keepalivedVersion?: string;
}

export const DEFAULT_DOCUMENT_ROOT = '/var/www/html';

/** Loads the cluster whose root is `folder`: from its ha-cluster.json when it has one, else by scanning. */
export function loadCluster(fs: ClusterFileSystem, folder: string): ClusterLayout {
  const manifest = joinPath(folder, MANIFEST_NAME);
  return fs.kind(manifest) === 'file' ? loadClusterFromManifest(fs, manifest) : loadClusterFromFolder(fs, folder);
}

export function loadClusterFromManifest(fs: ClusterFileSystem, manifestPath: string): ClusterLayout {
  const path = normalizePath(manifestPath);
  const root = dirnamePath(path);
  const text = fs.readFile(path) ?? '';
  const read = readManifest(path, text);
  const layout: ClusterLayout = { root, source: 'manifest', manifest: read.manifest, loadBalancers: [], members: [], problems: [...read.problems] };
  layout.members.push({ path, role: 'manifest', nodes: [] });
  const manifest = read.manifest;
  if (!manifest) return layout;
  layout.haproxyVersion = manifest.haproxyVersion?.value;
  layout.keepalivedVersion = manifest.keepalivedVersion?.value;

  const located = (value: ManifestString): ClusterLocation => at(path, value.span);
  /** The path a manifest string names, if the file (or folder) is there; else a problem. */
  const existing = (value: ManifestString | undefined, kind: 'file' | 'folder', what: string): string | undefined => {
    if (!value) return undefined;
    const full = joinPath(root, value.value);
    const found = fs.kind(full);
    if (found === kind) return full;
    layout.problems.push({
      path,
      code: 'ha-cluster/missing-file',
      message: found
        ? `'${value.value}' is a ${found}, not the ${kind} ${what}.`
        : `There is no ${kind} '${value.value}' (the ${what}), relative to ${MANIFEST_NAME}.`,
      start: value.span.start,
      end: value.span.end,
    });
    return undefined;
  };
  const addMember = (memberPath: string | undefined, role: MemberRole, node?: string): void => {
    if (!memberPath) return;
    const member = layout.members.find((m) => m.path === memberPath && m.role === role);
    const language = role === 'haproxy' || role === 'keepalived' ? role : undefined;
    if (member) {
      if (node && !member.nodes.includes(node)) member.nodes.push(node);
    } else layout.members.push({ path: memberPath, role, language, nodes: node ? [node] : [] });
  };
  const ipOf = (host: ManifestString | undefined, address: ManifestString | undefined): Declared | undefined => {
    if (address) return { value: address.value, at: located(address) };
    if (host && parseIp(host.value)) return { value: host.value, at: located(host) };
    return undefined;
  };

  const sharedSysctl = existing(manifest.sysctl, 'file', 'sysctl settings of the load balancers');
  for (const entry of manifest.loadBalancers) {
    const name = entry.name.value;
    const ownSysctl = entry.sysctl ? existing(entry.sysctl, 'file', `sysctl settings of ${name}`) : undefined;
    const node: LoadBalancerLayout = {
      name,
      declaredAt: located(entry.name),
      keepalived: existing(entry.keepalived, 'file', `keepalived configuration of ${name}`),
      haproxy: existing(entry.haproxy, 'file', `haproxy configuration of ${name}`),
      sysctl: entry.sysctl ? ownSysctl : sharedSysctl,
      sysctlAt: entry.sysctl ? located(entry.sysctl) : manifest.sysctl ? located(manifest.sysctl) : undefined,
      address: ipOf(entry.host, entry.address),
      scripts: [],
    };
    for (const script of entry.scripts) {
      const source = existing(script.source, 'file', `script deployed to ${name} as ${script.target.value}`);
      if (source) node.scripts.push({ source, target: script.target.value, sourceAt: located(script.source), targetAt: located(script.target) });
      addMember(source, 'script', name);
    }
    addMember(node.keepalived, 'keepalived', name);
    addMember(node.haproxy, 'haproxy', name);
    addMember(node.sysctl, 'sysctl', name);
    layout.loadBalancers.push(node);
  }
  if (manifest.webServers) {
    layout.webServers = manifest.webServers.map((entry) => ({
      name: entry.name.value,
      declaredAt: located(entry.name),
      address: ipOf(entry.host, entry.address),
      hostName: entry.host && !parseIp(entry.host.value) ? entry.host.value : undefined,
      content: existing(entry.content, 'folder', `content of ${entry.name.value}`),
      contentAt: entry.content ? located(entry.content) : undefined,
      root: entry.root?.value ?? DEFAULT_DOCUMENT_ROOT,
    }));
  }
  return layout;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode']);

/** The files of a folder and of its immediate subfolders that the editor claims as ours. */
function scanTwoLevels(fs: ClusterFileSystem, folder: string): Array<{ path: string; language: LanguageId }> {
  const found: Array<{ path: string; language: LanguageId }> = [];
  const visit = (dir: string, depth: number): void => {
    for (const name of fs.listDir(dir) ?? []) {
      if (name.startsWith('.') && name !== '.') continue;
      const full = joinPath(dir, name);
      const kind = fs.kind(full);
      if (kind === 'folder') {
        if (depth === 0 && !SKIPPED_FOLDERS.has(name)) visit(full, 1);
        continue;
      }
      const language = kind === 'file' ? languageOfPath(full) : undefined;
      if (language) found.push({ path: full, language });
    }
  };
  visit(normalizePath(folder), 0);
  return found;
}

/** `server1` for keepalived/server1.conf, keepalived-server1.conf or server1/keepalived.conf. */
function nodeNameOf(path: string, stem: 'keepalived' | 'haproxy'): string {
  const extension = stem === 'keepalived' ? /\.conf$/ : /(\.haproxy)?\.cfg$/;
  const name = basenamePath(path)
    .replace(extension, '')
    .replace(new RegExp(`^${stem}[-_.]?`), '')
    .replace(new RegExp(`[-_.]?${stem}$`), '');
  return name !== '' ? name : basenamePath(dirnamePath(path));
}

/**
 * A cluster without a manifest: every keepalived config in `folder` and its immediate subfolders
 * is a load balancer (named after its file, or its folder for `keepalived.conf`), and the haproxy
 * configs found there are paired with them: by name (`server1.cfg`), else the one in the same
 * folder, else the only one there is (shared by every node). No web servers, no sysctl, no
 * addresses: the checks that need them are skipped.
 */
export function loadClusterFromFolder(fs: ClusterFileSystem, folder: string): ClusterLayout {
  const root = normalizePath(folder);
  const files = scanTwoLevels(fs, root);
  const keepaliveds = files.filter((f) => f.language === 'keepalived').map((f) => f.path);
  const haproxys = files.filter((f) => f.language === 'haproxy').map((f) => f.path);
  const layout: ClusterLayout = { root, source: 'folder', loadBalancers: [], members: [], problems: [] };

  const names = new Map<string, number>();
  for (const path of keepaliveds) {
    const base = nodeNameOf(path, 'keepalived');
    const count = (names.get(base) ?? 0) + 1;
    names.set(base, count);
    layout.loadBalancers.push({ name: count > 1 ? `${base}-${count}` : base, keepalived: path, scripts: [] });
  }
  const nodeNames = new Set(layout.loadBalancers.map((n) => n.name));
  const namedAfter = new Map(haproxys.map((path) => [path, nodeNameOf(path, 'haproxy')]));
  const unclaimed = haproxys.filter((path) => !nodeNames.has(namedAfter.get(path)!));
  for (const node of layout.loadBalancers) {
    const byName = haproxys.find((path) => namedAfter.get(path) === node.name);
    const sameFolder = unclaimed.filter((path) => dirnamePath(path) === dirnamePath(node.keepalived!));
    node.haproxy = byName ?? (sameFolder.length === 1 ? sameFolder[0] : unclaimed.length === 1 ? unclaimed[0] : undefined);
  }
  for (const node of layout.loadBalancers) {
    layout.members.push({ path: node.keepalived!, role: 'keepalived', language: 'keepalived', nodes: [node.name] });
  }
  for (const path of haproxys) {
    const users = layout.loadBalancers.filter((n) => n.haproxy === path).map((n) => n.name);
    if (users.length > 0) layout.members.push({ path, role: 'haproxy', language: 'haproxy', nodes: users });
  }
  return layout;
}

export interface ClusterRoot {
  folder: string;
  /** The manifest, when the cluster has one. */
  manifest?: string;
}

/**
 * The cluster a file belongs to: the nearest folder up from it holding ha-cluster.json (not above
 * `stopAt`, e.g. the workspace folder); else the file's folder or its parent (the parent first when
 * the folder is named `keepalived` or `haproxy`), whichever first holds at least two keepalived
 * configs within two levels. Undefined for a lone file. A folder in `notRoots` (the file-system
 * root, the temporary folder, the home folder: places full of unrelated files) is never taken as a
 * scanned cluster, only as the folder of a manifest.
 */
export function findClusterRoot(fs: ClusterFileSystem, filePath: string, stopAt?: string, notRoots: readonly string[] = ['/']): ClusterRoot | undefined {
  const stop = stopAt === undefined ? undefined : normalizePath(stopAt);
  const excluded = new Set(notRoots.map(normalizePath));
  const start = dirnamePath(filePath);
  for (let folder = start, depth = 0; depth < 32; depth++) {
    const manifest = joinPath(folder, MANIFEST_NAME);
    if (fs.kind(manifest) === 'file') return { folder, manifest };
    const parent = dirnamePath(folder);
    if (folder === stop || parent === folder) break;
    folder = parent;
  }
  const self = normalizePath(filePath);
  // A `keepalived/` or `haproxy/` folder holds one role of a cluster: the cluster is its parent.
  const roleFolder = ['keepalived', 'haproxy'].includes(basenamePath(start));
  const candidates = roleFolder ? [dirnamePath(start), start] : [start, dirnamePath(start)];
  for (const folder of candidates) {
    if (stop !== undefined && folder !== stop && !folder.startsWith(stop === '/' ? '/' : `${stop}/`)) continue;
    if (excluded.has(folder)) continue;
    const files = scanTwoLevels(fs, folder);
    if (files.filter((f) => f.language === 'keepalived').length >= 2 && files.some((f) => f.path === self)) return { folder };
  }
  return undefined;
}

/** The members of a layout that a given file's change affects: all of them, if it is one. */
export function isClusterMember(layout: ClusterLayout, path: string): boolean {
  const normalized = normalizePath(path);
  return layout.members.some((m) => m.path === normalized);
}
