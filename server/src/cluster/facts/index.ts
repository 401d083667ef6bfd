import { parseHaproxy } from '../../haproxy/parser.js';
import { parseKeepalived } from '../../keepalived/parser.js';
import type { Analysis } from '../../service/analysis.js';
import { joinPath, type ClusterFileSystem } from '../fs.js';
import type { ClusterLayout, LoadBalancerLayout, WebServerLayout } from '../load.js';
import { haproxyFacts, type HaproxyFacts } from './haproxy.js';
import { keepalivedFacts, type KeepalivedFacts } from './keepalived.js';
import { sysctlFacts, type SysctlFacts } from './sysctl.js';

export interface FileFacts<F> {
  path: string;
  facts: F;
}

/** One load balancer with the facts of its files (a shared haproxy.cfg yields the same object). */
export interface NodeFacts {
  layout: LoadBalancerLayout;
  name: string;
  keepalived?: FileFacts<KeepalivedFacts>;
  haproxy?: FileFacts<HaproxyFacts>;
  sysctl?: FileFacts<SysctlFacts>;
}

/** Everything the cross-checks read: plain data, no file system. */
export interface ClusterFacts {
  layout: ClusterLayout;
  nodes: NodeFacts[];
  webServers?: WebServerLayout[];
  /** The text of every file read, by path (ranges are computed from these at the edge). */
  texts: Map<string, string>;
  /** Whether each probed path exists in a web server's content folder. */
  contentProbes: Map<string, boolean>;
}

export interface FactsOptions {
  /** Parsed documents the caller already has (the server's cache by uri+version), to avoid parsing again. */
  analysisOf?: (path: string) => Analysis | undefined;
}

/** The files to look for in a content folder for a health-check URI (none when the URI needs no file). */
export function contentFilesFor(method: string, uri: string): string[] {
  if (uri === '*' || /^[a-z]+:\/\//i.test(uri)) return [];
  let path = uri.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it as written
  }
  if (!path.startsWith('/')) path = `/${path}`;
  if (path.endsWith('/')) {
    // OPTIONS on a folder is answered by the server itself, without any file.
    if (method === 'OPTIONS') return [];
    return ['index.html', 'index.htm', 'index.php'].map((index) => `${path.slice(1)}${index}`);
  }
  return [path.slice(1)];
}

/**
 * The facts of a parsed document, by its model: a model belongs to one text, and facts are never
 * modified, so an edit of one member does not summarize the unchanged others again.
 */
const factsByModel = new WeakMap<object, KeepalivedFacts | HaproxyFacts>();
function factsOfModel<F extends KeepalivedFacts | HaproxyFacts>(model: object, summarize: () => F): F {
  let facts = factsByModel.get(model) as F | undefined;
  if (!facts) factsByModel.set(model, (facts = summarize()));
  return facts;
}

/** Reads and parses the member files of a layout once each, and probes the content the health checks need. */
export function buildClusterFacts(fs: ClusterFileSystem, layout: ClusterLayout, options: FactsOptions = {}): ClusterFacts {
  const texts = new Map<string, string>();
  const read = (path: string): string | undefined => {
    if (texts.has(path)) return texts.get(path);
    const analysis = options.analysisOf?.(path);
    const text = analysis?.text ?? fs.readFile(path);
    if (text !== undefined) texts.set(path, text);
    return text;
  };
  const keepaliveds = new Map<string, FileFacts<KeepalivedFacts>>();
  const haproxys = new Map<string, FileFacts<HaproxyFacts>>();
  const sysctls = new Map<string, FileFacts<SysctlFacts>>();
  const keepalivedOf = (path: string | undefined): FileFacts<KeepalivedFacts> | undefined => {
    if (!path) return undefined;
    if (!keepaliveds.has(path)) {
      const text = read(path);
      if (text === undefined) return undefined;
      const analysis = options.analysisOf?.(path);
      const facts = analysis?.language === 'keepalived' ? factsOfModel(analysis.parse.model, () => keepalivedFacts(analysis.parse.model, text)) : keepalivedFacts(parseKeepalived(text).model, text);
      keepaliveds.set(path, { path, facts });
    }
    return keepaliveds.get(path);
  };
  const haproxyOf = (path: string | undefined): FileFacts<HaproxyFacts> | undefined => {
    if (!path) return undefined;
    if (!haproxys.has(path)) {
      const text = read(path);
      if (text === undefined) return undefined;
      const analysis = options.analysisOf?.(path);
      const facts = analysis?.language === 'haproxy' ? factsOfModel(analysis.parse.model, () => haproxyFacts(analysis.parse.model, text)) : haproxyFacts(parseHaproxy(text).model, text);
      haproxys.set(path, { path, facts });
    }
    return haproxys.get(path);
  };
  const sysctlOf = (path: string | undefined): FileFacts<SysctlFacts> | undefined => {
    if (!path) return undefined;
    if (!sysctls.has(path)) {
      const text = read(path);
      if (text === undefined) return undefined;
      sysctls.set(path, { path, facts: sysctlFacts(text) });
    }
    return sysctls.get(path);
  };

  const nodes: NodeFacts[] = layout.loadBalancers.map((node) => ({
    layout: node,
    name: node.name,
    keepalived: keepalivedOf(node.keepalived),
    haproxy: haproxyOf(node.haproxy),
    sysctl: sysctlOf(node.sysctl),
  }));
  for (const node of layout.loadBalancers) for (const script of node.scripts) read(script.source);

  const contentProbes = new Map<string, boolean>();
  for (const web of layout.webServers ?? []) {
    if (!web.content) continue;
    for (const file of haproxys.values()) {
      for (const backend of file.facts.backends) {
        for (const check of backend.healthChecks) {
          for (const relative of contentFilesFor(check.method, check.uri.value)) {
            const full = joinPath(web.content, relative);
            if (!contentProbes.has(full)) contentProbes.set(full, fs.kind(full) === 'file');
          }
        }
      }
    }
  }
  return { layout, nodes, webServers: layout.webServers, texts, contentProbes };
}
