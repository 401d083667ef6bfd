import { parseIp } from '../address.js';
import type { ClusterFacts, NodeFacts } from '../facts/index.js';
import type { KeepalivedFacts, VrrpInstanceFacts } from '../facts/keepalived.js';

/** A VRRP instance on one load balancer. */
export interface InstanceRef {
  node: NodeFacts;
  path: string;
  file: KeepalivedFacts;
  instance: VrrpInstanceFacts;
}

/**
 * The instances of one virtual router, at most one per node. `reference` is the one the others
 * are compared with: the MASTER (the highest priority one if several), else the highest priority.
 */
export interface VrrpGroup {
  members: InstanceRef[];
  reference: InstanceRef;
}

export const DEFAULT_PRIORITY = 100;
export const DEFAULT_ADVERT_INT = 1;

export function priorityOf(ref: InstanceRef): number {
  return ref.instance.priority?.value ?? DEFAULT_PRIORITY;
}

export function isMaster(ref: InstanceRef): boolean {
  return ref.instance.state?.value.toUpperCase() === 'MASTER';
}

/** `10.0.0.10/24`, with keepalived's default prefix (/32, /128) and the address in canonical form. */
export function vipKey(address: { address: string; prefix?: number }): string {
  const ip = parseIp(address.address);
  const canonical = ip?.text ?? address.address;
  return `${canonical}/${address.prefix ?? (ip?.family === 6 ? 128 : 32)}`;
}

function addressKey(address: { address: string }): string {
  return parseIp(address.address)?.text ?? address.address;
}

/**
 * Groups the instances of every node into virtual routers. Two instances on different nodes
 * belong together when they share a VIP, or the same `virtual_router_id` on the same interface
 * (so that a typo in one VIP is reported as a VIP mismatch, not as two lonely instances).
 */
export function vrrpGroups(facts: ClusterFacts): VrrpGroup[] {
  const refs: InstanceRef[] = [];
  for (const node of facts.nodes) {
    if (!node.keepalived) continue;
    for (const instance of node.keepalived.facts.instances) refs.push({ node, path: node.keepalived.path, file: node.keepalived.facts, instance });
  }
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  for (let a = 0; a < refs.length; a++) {
    for (let b = a + 1; b < refs.length; b++) {
      const left = refs[a]!;
      const right = refs[b]!;
      if (left.node === right.node) continue;
      const leftVips = new Set(left.instance.virtualAddresses.map(addressKey));
      const sharesVip = right.instance.virtualAddresses.some((v) => leftVips.has(addressKey(v)));
      const sameRouter =
        left.instance.virtualRouterId !== undefined &&
        left.instance.virtualRouterId.value === right.instance.virtualRouterId?.value &&
        (left.instance.interface?.value ?? '') === (right.instance.interface?.value ?? '');
      if (sharesVip || sameRouter) union(a, b);
    }
  }
  const byRoot = new Map<number, InstanceRef[]>();
  refs.forEach((ref, i) => {
    const root = find(i);
    const list = byRoot.get(root) ?? [];
    // One instance per node: a second one of the same node is a single-file matter.
    if (!list.some((other) => other.node === ref.node)) list.push(ref);
    byRoot.set(root, list);
  });
  return [...byRoot.values()].map((members) => ({ members, reference: referenceOf(members) }));
}

function referenceOf(members: readonly InstanceRef[]): InstanceRef {
  const masters = members.filter(isMaster);
  const pool = masters.length > 0 ? masters : members;
  return pool.reduce((best, ref) => (priorityOf(ref) > priorityOf(best) ? ref : best));
}

/**
 * The value most members agree on: a strict majority wins, otherwise the reference's value
 * (with two nodes, the MASTER is taken as right). Members without a value are left out.
 */
export function consensus<T>(group: VrrpGroup, valueOf: (ref: InstanceRef) => T | undefined, keyOf: (value: T) => string = String): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  let defined = 0;
  for (const member of group.members) {
    const value = valueOf(member);
    if (value === undefined) continue;
    defined++;
    const key = keyOf(value);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { value, count: 1 });
  }
  for (const entry of counts.values()) if (entry.count * 2 > defined) return entry.value;
  const own = valueOf(group.reference);
  if (own !== undefined) return own;
  return counts.values().next().value?.value;
}

/** The member whose value is the consensus: the reference when it agrees, else the first that does. */
export function holderOf<T>(group: VrrpGroup, valueOf: (ref: InstanceRef) => T | undefined, keyOf: (value: T) => string, value: T): InstanceRef {
  const key = keyOf(value);
  const matches = (ref: InstanceRef): boolean => {
    const own = valueOf(ref);
    return own !== undefined && keyOf(own) === key;
  };
  return matches(group.reference) ? group.reference : group.members.find(matches) ?? group.reference;
}

export function nodeLabel(ref: InstanceRef): string {
  return `${ref.node.name}`;
}
