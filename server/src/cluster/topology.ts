/**
 * A picture of the cluster: clients -> VIPs -> load balancers (role, priority) -> backends -> web
 * servers (health-check file), drawn from the facts and marked with the cluster's problems.
 *
 * Two pure steps: `clusterTopology` turns facts and problems into plain data (what the tests and any
 * renderer read), `topologySvg` draws that data as a self-contained SVG (the CLI's `graph` and the
 * editor's webview show the same picture).
 */
import { sameIp } from './address.js';
import { contentFilesFor, type ClusterFacts } from './facts/index.js';
import { joinPath, relativePath } from './fs.js';
import type { ClusterProblem } from './problem.js';

export type TopologyKind = 'clients' | 'vip' | 'loadBalancer' | 'backend' | 'webServer';

export interface TopologyNode {
  id: string;
  kind: TopologyKind;
  label: string;
  /** Short facts under the label (role and priority, servers, check file...). */
  details: string[];
  /** The problems to show on this box, as one line each. */
  problems: string[];
  /** The local files behind the box (a node's configs, a web server's content folder), absolute. */
  files?: string[];
}

export interface TopologyEdge {
  from: string;
  to: string;
  label?: string;
}

export interface Topology {
  name: string;
  /** The cluster's folder. */
  root?: string;
  nodes: TopologyNode[];
  edges: TopologyEdge[];
}

const COLUMNS: readonly TopologyKind[] = ['clients', 'vip', 'loadBalancer', 'backend', 'webServer'];

export function clusterTopology(facts: ClusterFacts, problems: readonly ClusterProblem[], name = facts.layout.root.split('/').pop() ?? 'cluster'): Topology {
  const nodes: TopologyNode[] = [{ id: 'clients', kind: 'clients', label: 'Clients', details: [], problems: [] }];
  const edges: TopologyEdge[] = [];
  const node = (n: TopologyNode): TopologyNode => {
    const found = nodes.find((x) => x.id === n.id);
    if (found) return found;
    nodes.push(n);
    return n;
  };
  const describe = (p: ClusterProblem): string => `${p.message} [${p.code}]`;
  const inFile = (path: string | undefined) => problems.filter((p) => path !== undefined && p.path === path);

  for (const lb of facts.nodes) {
    const instances = lb.keepalived?.facts.instances ?? [];
    const roles = instances.map((i) => `${i.state?.value ?? 'BACKUP'} · priority ${i.priority?.value ?? 100}${i.virtualRouterId ? ` · VRID ${i.virtualRouterId.value}` : ''}`);
    const lbNode = node({
      id: `lb:${lb.name}`,
      kind: 'loadBalancer',
      label: lb.name,
      details: [...(lb.layout.address ? [lb.layout.address.value] : []), ...roles],
      problems: [...inFile(lb.keepalived?.path), ...inFile(lb.sysctl?.path)].map(describe),
      files: [lb.keepalived?.path, lb.haproxy?.path, lb.sysctl?.path].filter((f): f is string => f !== undefined),
    });
    for (const instance of instances) {
      for (const vip of instance.virtualAddresses.filter((v) => !v.excluded)) {
        const vipNode = node({ id: `vip:${vip.ip?.text ?? vip.address}`, kind: 'vip', label: vip.address, details: ['virtual IP'], problems: [] });
        if (!edges.some((e) => e.from === 'clients' && e.to === vipNode.id)) edges.push({ from: 'clients', to: vipNode.id });
        edges.push({ from: vipNode.id, to: lbNode.id, label: `${instance.state?.value ?? 'BACKUP'} ${instance.priority?.value ?? 100}` });
      }
    }
    const haproxy = lb.haproxy;
    if (!haproxy) continue;
    const sectionOf = (offset: number) => haproxy.facts.sections.find((s) => s.span.start <= offset && offset <= s.span.end);
    for (const problem of inFile(haproxy.path)) {
      const section = sectionOf(problem.start)?.section;
      // A problem inside a backend is drawn on that backend; any other on the node that runs the file.
      if (section?.kind !== 'backend' && section?.kind !== 'listen' && !lbNode.problems.includes(describe(problem))) lbNode.problems.push(describe(problem));
    }
    for (const backend of haproxy.facts.backends) {
      if (backend.servers.length === 0) continue;
      const backendName = backend.section.name ?? backend.section.kind;
      const checks = backend.healthChecks.map((c) => `check ${c.method} ${c.uri.value}`);
      const backendNode = node({
        id: `backend:${backendName}`,
        kind: 'backend',
        label: `${backend.section.kind} ${backendName}`,
        details: [`${backend.servers.length} server${backend.servers.length === 1 ? '' : 's'}`, ...checks],
        problems: inFile(haproxy.path)
          .filter((p) => sectionOf(p.start)?.section.header.start === backend.section.header.start)
          .map(describe),
      });
      if (!edges.some((e) => e.from === lbNode.id && e.to === backendNode.id)) edges.push({ from: lbNode.id, to: backendNode.id });
      for (const server of backend.servers) {
        const web = facts.webServers?.find((w) => (w.address && sameIp(w.address.value, server.address.host)) || w.hostName === server.address.host);
        const webNode = node({
          id: `web:${web?.name ?? server.address.host}`,
          kind: 'webServer',
          label: web?.name ?? server.name.value,
          details: [`${server.address.host}${server.address.port ? `:${server.address.port}` : ''}`],
          problems: [],
          files: web?.content ? [web.content] : undefined,
        });
        if (!edges.some((e) => e.from === backendNode.id && e.to === webNode.id)) {
          edges.push({ from: backendNode.id, to: webNode.id, label: server.check ? 'checked' : 'not checked' });
        }
        if (!web?.content) continue;
        for (const check of backend.healthChecks) {
          for (const file of contentFilesFor(check.method, check.uri.value)) {
            const present = facts.contentProbes.get(joinPath(web.content, file));
            const line = `${file} ${present ? 'present' : 'MISSING'}`;
            if (!webNode.details.includes(line)) webNode.details.push(line);
            const problem = `${check.method} ${check.uri.value} finds no ${file} in ${relativePath(facts.layout.root, web.content)}: haproxy marks ${webNode.label} down`;
            if (present === false && !webNode.problems.includes(problem)) webNode.problems.push(problem);
          }
        }
      }
    }
  }
  // Manifest problems (and any other file's) belong to the cluster as a whole: shown on the clients' box.
  const drawn = new Set(facts.nodes.flatMap((n) => [n.keepalived?.path, n.sysctl?.path, n.haproxy?.path]));
  nodes[0]!.problems.push(...problems.filter((p) => !drawn.has(p.path)).map(describe));
  return { name, root: facts.layout.root, nodes, edges };
}

const BOX_WIDTH = 230;
const COLUMN_GAP = 90;
const LINE = 16;
const PAD = 10;
const ROW_GAP = 24;
const TITLE = 40;

const COLOURS: Record<TopologyKind, string> = {
  clients: '#eef2f7',
  vip: '#fff4d6',
  loadBalancer: '#e3f1e6',
  backend: '#e6ecfa',
  webServer: '#f3e8f7',
};

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Long problem texts are cut in the box; the whole text is in the box's tooltip. */
function clip(text: string, max = 34): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Draws the topology as a standalone SVG: one column per kind, boxes with their facts, problems in red. */
export function topologySvg(topology: Topology): string {
  const placed = new Map<string, { x: number; y: number; height: number }>();
  let height = 0;
  COLUMNS.forEach((kind, column) => {
    let y = TITLE;
    for (const n of topology.nodes.filter((x) => x.kind === kind)) {
      const lines = 1 + n.details.length + (n.problems.length > 0 ? 1 + Math.min(n.problems.length, 3) : 0);
      const boxHeight = PAD * 2 + lines * LINE;
      placed.set(n.id, { x: 20 + column * (BOX_WIDTH + COLUMN_GAP), y, height: boxHeight });
      y += boxHeight + ROW_GAP;
    }
    height = Math.max(height, y);
  });
  const width = 40 + COLUMNS.length * BOX_WIDTH + (COLUMNS.length - 1) * COLUMN_GAP;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(`Cluster ${topology.name}`)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="20" y="24" font-size="15" font-weight="bold" fill="#222">${escapeXml(`Cluster ${topology.name}`)}</text>`,
  ];
  for (const edge of topology.edges) {
    const from = placed.get(edge.from);
    const to = placed.get(edge.to);
    if (!from || !to) continue;
    const x1 = from.x + BOX_WIDTH;
    const y1 = from.y + from.height / 2;
    const x2 = to.x;
    const y2 = to.y + to.height / 2;
    out.push(`<path class="edge" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}" d="M ${x1} ${y1} C ${x1 + 40} ${y1}, ${x2 - 40} ${y2}, ${x2} ${y2}" fill="none" stroke="#555" marker-end="url(#arrow)"/>`);
    if (edge.label) out.push(`<text class="edge-label" x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2 - 4}" text-anchor="middle" fill="#333">${escapeXml(edge.label)}</text>`);
  }
  for (const n of topology.nodes) {
    const at = placed.get(n.id)!;
    const broken = n.problems.length > 0;
    out.push(`<g class="node ${n.kind}${broken ? ' problem' : ''}" data-id="${escapeXml(n.id)}">`);
    if (broken) out.push(`<title>${escapeXml(n.problems.join('\n'))}</title>`);
    out.push(`<rect x="${at.x}" y="${at.y}" width="${BOX_WIDTH}" height="${at.height}" rx="8" fill="${COLOURS[n.kind]}" stroke="${broken ? '#c62828' : '#8a94a6'}" stroke-width="${broken ? 3 : 1}"/>`);
    let y = at.y + PAD + 12;
    out.push(`<text x="${at.x + PAD}" y="${y}" font-weight="bold" fill="#111">${escapeXml(clip(n.label))}</text>`);
    for (const detail of n.details) {
      y += LINE;
      out.push(`<text x="${at.x + PAD}" y="${y}" fill="${/MISSING/.test(detail) ? '#c62828' : '#333'}">${escapeXml(clip(detail))}</text>`);
    }
    if (broken) {
      y += LINE;
      out.push(`<text x="${at.x + PAD}" y="${y}" fill="#c62828" font-weight="bold">${escapeXml(`⚠ ${n.problems.length} problem${n.problems.length === 1 ? '' : 's'}`)}</text>`);
      for (const problem of n.problems.slice(0, 3)) {
        y += LINE;
        out.push(`<text x="${at.x + PAD}" y="${y}" fill="#c62828">${escapeXml(clip(problem))}</text>`);
      }
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
