import { inSameSubnet, isLoopback, parseIp, type IpAddress } from '../address.js';
import type { BindFacts } from '../facts/haproxy.js';
import type { ClusterFacts, NodeFacts } from '../facts/index.js';
import { sysctlSetting } from '../facts/sysctl.js';
import { related, type ClusterProblem, type ClusterRelated } from '../problem.js';
import { replaceFix } from './edits.js';

/** Every VIP of the cluster (of any node's instances), by canonical address. */
export function clusterVips(facts: ClusterFacts): Map<string, IpAddress> {
  const vips = new Map<string, IpAddress>();
  for (const node of facts.nodes) {
    for (const instance of node.keepalived?.facts.instances ?? []) {
      for (const vip of instance.virtualAddresses) if (vip.ip) vips.set(vip.ip.text, vip.ip);
    }
  }
  return vips;
}

/** The node's own address: from the manifest, else the `unicast_src_ip` of its instances. */
export function ownAddress(node: NodeFacts): { ip: IpAddress; at?: ClusterRelated; text: string } | undefined {
  const declared = node.layout.address;
  const fromManifest = declared ? parseIp(declared.value) : undefined;
  if (declared && fromManifest) return { ip: fromManifest, text: declared.value, at: declared.at ? { ...declared.at, message: `The address of ${node.name}` } : undefined };
  for (const instance of node.keepalived?.facts.instances ?? []) {
    const src = instance.unicastSrcIp;
    const ip = src ? parseIp(src.value) : undefined;
    if (src && ip) return { ip, text: src.value, at: related(node.keepalived!.path, src.span, `unicast_src_ip of ${node.name}`) };
  }
  return undefined;
}

const NONLOCAL_KEYS = { 4: 'net.ipv4.ip_nonlocal_bind', 6: 'net.ipv6.ip_nonlocal_bind' } as const;

/**
 * A bind on a VIP needs `ip_nonlocal_bind = 1` on every node (the BACKUP does not hold the VIP
 * when haproxy starts), unless the bind has `transparent` or `freebind`. Checked only where the
 * manifest names a sysctl file.
 */
export function checkNonlocalBind(facts: ClusterFacts): ClusterProblem[] {
  const vips = clusterVips(facts);
  if (vips.size === 0) return [];
  // One sysctl file may serve several nodes: gather what each needs, then report once per file and key.
  const needs = new Map<string, { node: NodeFacts; family: 4 | 6; binds: Array<{ path: string; bind: BindFacts }> }>();
  for (const node of facts.nodes) {
    if (!node.sysctl || !node.haproxy) continue;
    for (const bind of node.haproxy.facts.binds) {
      const ip = bind.address.ip;
      if (!ip || bind.freebind || !vips.has(ip.text)) continue;
      const key = `${node.sysctl.path}\n${ip.family}`;
      const need = needs.get(key) ?? { node, family: ip.family, binds: [] };
      if (!need.binds.some((b) => b.path === node.haproxy!.path && b.bind.word.start === bind.word.start)) need.binds.push({ path: node.haproxy.path, bind });
      needs.set(key, need);
    }
  }
  const problems: ClusterProblem[] = [];
  for (const { node, family, binds } of needs.values()) {
    const sysctl = node.sysctl!;
    const key = NONLOCAL_KEYS[family];
    const setting = sysctlSetting(sysctl.facts, key);
    if (setting && setting.value === '1') continue;
    const users = facts.nodes.filter((n) => n.sysctl?.path === sysctl.path).map((n) => n.name);
    const first = binds[0]!;
    const relatedPlaces = binds.map((b) => related(b.path, b.bind.address.hostSpan, `haproxy binds the VIP ${b.bind.address.host}`));
    const why = `haproxy binds the VIP ${first.bind.address.host}, which the BACKUP does not hold when haproxy starts: without ${key} = 1 haproxy fails to start on ${users.join(' and ')} while ${users.length > 1 ? 'they do' : 'it does'} not hold the VIP, and a failover finds no proxy.`;
    if (setting) {
      const span = setting.valueSpan.end > setting.valueSpan.start ? setting.valueSpan : setting.keySpan;
      problems.push({
        path: sysctl.path,
        code: 'ha-cluster/nonlocal-bind-missing',
        message: `${key} is ${setting.value || 'empty'}, but ${why}`,
        start: span.start,
        end: span.end,
        related: relatedPlaces,
        fixes: [
          setting.value === ''
            ? replaceFix(`Set ${key} = 1`, setting.line, `${key} = 1`)
            : replaceFix(`Set ${key} = 1`, setting.valueSpan, '1'),
        ],
      });
    } else {
      const text = facts.texts.get(sysctl.path) ?? '';
      const prefix = text === '' || text.endsWith('\n') ? '' : '\n';
      problems.push({
        path: sysctl.path,
        code: 'ha-cluster/nonlocal-bind-missing',
        message: `This file does not set ${key} = 1, but ${why}`,
        start: sysctl.facts.firstLine.start,
        end: sysctl.facts.firstLine.end,
        related: relatedPlaces,
        fixes: [{ title: `Add ${key} = 1`, edits: [{ start: text.length, end: text.length, newText: `${prefix}${key} = 1\n` }], preferred: true }],
      });
    }
  }
  return problems;
}

/** A bind must be on a VIP, the node's own address, a wildcard or loopback. */
export function checkBindAddresses(facts: ClusterFacts): ClusterProblem[] {
  const vips = clusterVips(facts);
  const byPlace = new Map<string, { path: string; bind: BindFacts; nodes: NodeFacts[]; owns: string[]; at: ClusterRelated[] }>();
  for (const node of facts.nodes) {
    if (!node.haproxy) continue;
    const own = ownAddress(node);
    if (!own) continue; // the node's address is not known: nothing to compare with
    for (const bind of node.haproxy.facts.binds) {
      const ip = bind.address.ip;
      if (!ip || bind.address.wildcard || isLoopback(ip) || vips.has(ip.text)) continue;
      if (ip.family === own.ip.family && ip.value === own.ip.value) continue;
      const key = `${node.haproxy.path}\n${bind.address.hostSpan.start}`;
      const entry = byPlace.get(key) ?? { path: node.haproxy.path, bind, nodes: [], owns: [], at: [] };
      entry.nodes.push(node);
      entry.owns.push(`${node.name} (${own.text})`);
      if (own.at) entry.at.push(own.at);
      byPlace.set(key, entry);
    }
  }
  const vipList = [...vips.values()];
  const problems: ClusterProblem[] = [];
  for (const { path, bind, owns, at } of byPlace.values()) {
    const sameFamily = vipList.filter((v) => v.family === bind.address.ip!.family);
    const vipText = sameFamily.length > 0 ? `the VIP${sameFamily.length > 1 ? 's' : ''} ${sameFamily.map((v) => v.text).join(', ')}` : 'a VIP';
    problems.push({
      path,
      code: 'ha-cluster/bind-foreign-address',
      message: `haproxy on ${owns.join(' and ')} binds ${bind.address.host}, which is neither ${vipText} nor the node's own address nor a wildcard: haproxy fails to start there (or, with ip_nonlocal_bind, never receives a connection).`,
      start: bind.address.hostSpan.start,
      end: bind.address.hostSpan.end,
      related: at.length > 0 ? at : undefined,
      fixes: sameFamily.length === 1 ? [replaceFix(`Bind the VIP ${sameFamily[0]!.text}`, bind.address.hostSpan, sameFamily[0]!.text, false)] : undefined,
    });
  }
  return problems;
}

/**
 * The VIP must be in the subnet of the node's own address, or the node cannot answer ARP for it
 * on that network. The VIP's prefix is used when written (and shorter than a host route);
 * otherwise a /24 (IPv4) or /64 (IPv6) is assumed, the usual LAN sizes.
 */
export function checkVipSubnet(facts: ClusterFacts): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  for (const node of facts.nodes) {
    if (!node.keepalived) continue;
    const own = ownAddress(node);
    if (!own) continue;
    for (const instance of node.keepalived.facts.instances) {
      for (const vip of instance.virtualAddresses) {
        if (!vip.ip || vip.ip.family !== own.ip.family || vip.excluded) continue;
        const bits = vip.ip.family === 4 ? 32 : 128;
        const written = vip.prefix !== undefined && vip.prefix > 0 && vip.prefix < bits;
        const prefix = written ? vip.prefix! : vip.ip.family === 4 ? 24 : 64;
        if (inSameSubnet(vip.ip, own.ip, prefix)) continue;
        problems.push({
          path: node.keepalived.path,
          code: 'ha-cluster/vip-subnet',
          message: `The VIP ${vip.address} is not in the /${prefix} subnet of ${node.name}'s address ${own.text}${written ? '' : ' (no prefix is written; a /' + prefix + ' is assumed)'}: clients on that network cannot reach it through this node.`,
          start: vip.span.start,
          end: vip.span.end,
          related: own.at ? [own.at] : undefined,
        });
      }
    }
  }
  return problems;
}
