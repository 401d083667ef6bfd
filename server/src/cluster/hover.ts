import { sameIp } from './address.js';
import type { ClusterFacts, NodeFacts } from './facts/index.js';
import type { VrrpInstanceFacts } from './facts/keepalived.js';
import { relativePath } from './fs.js';
import { localizeChrome, type Locale } from '../l10n/index.js';

/** A VIP, with the span of the word the cursor is on. */
export interface ClusterHover {
  markdown: string;
  start: number;
  end: number;
}

/**
 * Hover on a virtual address: which nodes carry it (instance, VRID, state, priority), whether a
 * VIP written in a keepalived file or bound by haproxy. Undefined anywhere else.
 */
export function clusterHover(facts: ClusterFacts, path: string, offset: number, locale?: Locale): ClusterHover | undefined {
  const inside = (span: { start: number; end: number }): boolean => span.start <= offset && offset <= span.end;
  for (const node of facts.nodes) {
    if (node.keepalived?.path === path) {
      for (const instance of node.keepalived.facts.instances) {
        const vip = instance.virtualAddresses.find((v) => inside(v.span));
        if (vip) return { markdown: carriers(facts, vip.address, vip.written, locale), start: vip.span.start, end: vip.span.end };
      }
    }
    if (node.haproxy?.path === path) {
      const bind = node.haproxy.facts.binds.find((b) => inside(b.address.hostSpan) && b.address.ip);
      if (bind && holders(facts, bind.address.host).length > 0) {
        return { markdown: carriers(facts, bind.address.host, bind.address.host, locale), start: bind.address.hostSpan.start, end: bind.address.hostSpan.end };
      }
    }
  }
  return undefined;
}

function holders(facts: ClusterFacts, address: string): Array<{ node: NodeFacts; instance: VrrpInstanceFacts }> {
  const found: Array<{ node: NodeFacts; instance: VrrpInstanceFacts }> = [];
  for (const node of facts.nodes) {
    for (const instance of node.keepalived?.facts.instances ?? []) {
      if (instance.virtualAddresses.some((v) => !v.excluded && sameIp(v.address, address))) found.push({ node, instance });
    }
  }
  return found;
}

function carriers(facts: ClusterFacts, address: string, written: string, locale: Locale | undefined): string {
  const list = holders(facts, address);
  if (list.length === 0) return localizeChrome(`**${written}**: no vrrp_instance of the cluster carries this address.`, locale);
  const lines = list
    .sort((a, b) => (b.instance.priority?.value ?? 100) - (a.instance.priority?.value ?? 100))
    .map(({ node, instance }) => {
      const state = instance.state?.value ?? 'BACKUP';
      const priority = instance.priority?.value ?? 100;
      const file = node.keepalived ? relativePath(facts.layout.root, node.keepalived.path) : '';
      return `- **${node.name}**: ${instance.name.value}, ${state}, priority ${priority}${instance.virtualRouterId ? `, VRID ${instance.virtualRouterId.value}` : ''} (${file})`;
    });
  const priorityOf = (entry: (typeof list)[number]): number => entry.instance.priority?.value ?? 100;
  const [top, next] = list;
  const summary = [`**${written}**: virtual IP of the cluster, carried by ${list.length} node${list.length > 1 ? 's' : ''}:`, ...lines];
  if (top && (!next || priorityOf(top) > priorityOf(next))) summary.push('', `While everything is healthy it lives on **${top.node.name}** (highest priority).`);
  return summary.map((line) => (line === '' ? line : localizeChrome(line, locale))).join('\n');
}
