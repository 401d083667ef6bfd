import type { Span } from '../common/span.js';
import type { HaClusterCode } from './codes.js';
import { parseJson, type JsonNode, type JsonObject } from './json.js';
import type { ClusterProblem } from './problem.js';

/** The conventional name of the manifest; `findClusterRoot` looks for it. */
export const MANIFEST_NAME = 'ha-cluster.json';

/** A string of the manifest with the span of its JSON token (quotes included). */
export interface ManifestString {
  value: string;
  span: Span;
}

/** A file the deploy copies to a node, e.g. a track script: `source` in the cluster folder, `target` on the node. */
export interface ManifestScript {
  source: ManifestString;
  target: ManifestString;
}

export interface ManifestSsh {
  user?: string;
  port?: number;
}

export interface ManifestLoadBalancer {
  name: ManifestString;
  /** Where to reach the node (ssh); its own address when it is an IP. */
  host?: ManifestString;
  /** The node's own address on the VIP's network, when `host` is a name or another network. */
  address?: ManifestString;
  ssh?: ManifestSsh;
  haproxy?: ManifestString;
  keepalived?: ManifestString;
  sysctl?: ManifestString;
  scripts: ManifestScript[];
  span: Span;
}

export interface ManifestWebServer {
  name: ManifestString;
  host?: ManifestString;
  address?: ManifestString;
  ssh?: ManifestSsh;
  /** The local folder holding the site, relative to the manifest. */
  content?: ManifestString;
  /** The document root on the server (default `/var/www/html`). */
  root?: ManifestString;
  span: Span;
}

export interface ClusterManifest {
  path: string;
  name?: ManifestString;
  haproxyVersion?: ManifestString;
  keepalivedVersion?: ManifestString;
  /** The sysctl file of every load balancer (a node's own `sysctl` wins). */
  sysctl?: ManifestString;
  ssh?: ManifestSsh;
  loadBalancers: ManifestLoadBalancer[];
  /** Undefined when the manifest has no `webServers` (then the web checks are skipped). */
  webServers?: ManifestWebServer[];
  /** The parsed JSON, for anything a later feature adds (deploy). */
  json: JsonObject;
}

export interface ManifestRead {
  manifest?: ClusterManifest;
  problems: ClusterProblem[];
}

/**
 * Reads ha-cluster.json. Never throws: JSON errors and fields of the wrong type are problems on
 * the manifest; what could be read is returned. Unknown fields are allowed (deploy extends it).
 */
export function readManifest(path: string, text: string): ManifestRead {
  const problems: ClusterProblem[] = [];
  const report = (code: HaClusterCode, span: Span, message: string): void => {
    problems.push({ path, code, message, start: span.start, end: span.end });
  };
  const parsed = parseJson(text);
  if (!parsed.root) {
    const error = parsed.error!;
    report('ha-cluster/manifest-syntax', error, error.message);
    return { problems };
  }
  const root = parsed.root;
  if (root.kind !== 'object') {
    report('ha-cluster/manifest-invalid', root, 'The manifest must be a JSON object with `loadBalancers` (and usually `webServers`).');
    return { problems };
  }

  const field = (object: JsonObject, key: string): JsonNode | undefined => object.properties.find((p) => p.key === key)?.value;
  const string = (object: JsonObject, key: string, required = false): ManifestString | undefined => {
    const node = field(object, key);
    if (node === undefined) {
      if (required) report('ha-cluster/manifest-invalid', keyOrObject(object), `Missing \`${key}\` (a string).`);
      return undefined;
    }
    if (node.kind !== 'string') {
      report('ha-cluster/manifest-invalid', node, `\`${key}\` must be a string.`);
      return undefined;
    }
    if (node.value.trim() === '') {
      report('ha-cluster/manifest-invalid', node, `\`${key}\` must not be empty.`);
      return undefined;
    }
    return { value: node.value, span: { start: node.start, end: node.end } };
  };
  const keyOrObject = (object: JsonObject): Span => ({ start: object.start, end: Math.min(object.end, object.start + 1) });
  const ssh = (object: JsonObject): ManifestSsh | undefined => {
    const node = field(object, 'ssh');
    if (node === undefined) return undefined;
    if (node.kind !== 'object') {
      report('ha-cluster/manifest-invalid', node, '`ssh` must be an object such as { "user": "root", "port": 22 }.');
      return undefined;
    }
    const result: ManifestSsh = {};
    const user = field(node, 'user');
    if (user?.kind === 'string') result.user = user.value;
    else if (user) report('ha-cluster/manifest-invalid', user, '`ssh.user` must be a string.');
    const port = field(node, 'port');
    if (port?.kind === 'number' && Number.isInteger(port.value) && port.value >= 1 && port.value <= 65535) result.port = port.value;
    else if (port) report('ha-cluster/manifest-invalid', port, '`ssh.port` must be a port number (1-65535).');
    return result;
  };
  const objects = (key: string, required: boolean): JsonObject[] | undefined => {
    const node = field(root, key);
    if (node === undefined) {
      if (required) report('ha-cluster/manifest-invalid', keyOrObject(root), `Missing \`${key}\` (an array of objects).`);
      return undefined;
    }
    if (node.kind !== 'array') {
      report('ha-cluster/manifest-invalid', node, `\`${key}\` must be an array of objects.`);
      return undefined;
    }
    return node.items.filter((item): item is JsonObject => {
      if (item.kind === 'object') return true;
      report('ha-cluster/manifest-invalid', item, `Each entry of \`${key}\` must be an object.`);
      return false;
    });
  };
  const version = (key: string): ManifestString | undefined => {
    const value = string(root, key);
    if (value && !/^\d+\.\d+(\.\d+)?$/.test(value.value)) {
      report('ha-cluster/manifest-invalid', value.span, `\`${key}\` must be a version such as "2.6".`);
      return undefined;
    }
    return value;
  };

  const names = new Map<string, ManifestString>();
  const uniqueName = (name: ManifestString | undefined): void => {
    if (!name) return;
    const earlier = names.get(name.value);
    if (earlier) {
      problems.push({
        path,
        code: 'ha-cluster/manifest-invalid',
        message: `Two machines are named '${name.value}': names must be unique.`,
        start: name.span.start,
        end: name.span.end,
        related: [{ path, start: earlier.span.start, end: earlier.span.end, message: 'The other one' }],
      });
    } else names.set(name.value, name);
  };

  const loadBalancers: ManifestLoadBalancer[] = [];
  for (const object of objects('loadBalancers', true) ?? []) {
    const name = string(object, 'name', true);
    uniqueName(name);
    if (!name) continue;
    const scripts: ManifestScript[] = [];
    const scriptsNode = field(object, 'scripts');
    if (scriptsNode && scriptsNode.kind !== 'array') report('ha-cluster/manifest-invalid', scriptsNode, '`scripts` must be an array of { "source": ..., "target": ... }.');
    for (const item of scriptsNode?.kind === 'array' ? scriptsNode.items : []) {
      if (item.kind !== 'object') {
        report('ha-cluster/manifest-invalid', item, 'Each script must be an object { "source": "scripts/check.sh", "target": "/etc/keepalived/check.sh" }.');
        continue;
      }
      const source = string(item, 'source', true);
      const target = string(item, 'target', true);
      if (source && target) scripts.push({ source, target });
    }
    loadBalancers.push({
      name,
      host: string(object, 'host', true),
      address: string(object, 'address'),
      ssh: ssh(object),
      haproxy: string(object, 'haproxy', true),
      keepalived: string(object, 'keepalived', true),
      sysctl: string(object, 'sysctl'),
      scripts,
      span: { start: object.start, end: object.end },
    });
  }

  const webObjects = objects('webServers', false);
  const webServers = webObjects?.flatMap((object): ManifestWebServer[] => {
    const name = string(object, 'name', true);
    uniqueName(name);
    if (!name) return [];
    return [{
      name,
      host: string(object, 'host', true),
      address: string(object, 'address'),
      ssh: ssh(object),
      content: string(object, 'content', true),
      root: string(object, 'root'),
      span: { start: object.start, end: object.end },
    }];
  });

  return {
    manifest: {
      path,
      name: string(root, 'name'),
      haproxyVersion: version('haproxyVersion'),
      keepalivedVersion: version('keepalivedVersion'),
      sysctl: string(root, 'sysctl'),
      ssh: ssh(root),
      loadBalancers,
      webServers,
      json: root,
    },
    problems,
  };
}
