import { parseIp, sameIp } from '../address.js';
import type { ClusterFacts } from '../facts/index.js';
import type { VirtualAddressFacts } from '../facts/keepalived.js';
import { related, type ClusterProblem, type ClusterRelated } from '../problem.js';
import { deleteLinesFix, insertLineFix, reindented, replaceFix } from './edits.js';
import {
  consensus,
  DEFAULT_ADVERT_INT,
  holderOf,
  isMaster,
  priorityOf,
  vipKey,
  type InstanceRef,
  type VrrpGroup,
} from './groups.js';
import { effectivePriority, trackersOf } from './priority.js';

const textOf = (facts: ClusterFacts, path: string): string => facts.texts.get(path) ?? '';

function problem(
  ref: InstanceRef,
  code: ClusterProblem['code'],
  span: { start: number; end: number },
  message: string,
  extra: Partial<ClusterProblem> = {},
): ClusterProblem {
  return { path: ref.path, code, message, start: span.start, end: span.end, ...extra };
}

/** Instances that serve VIPs no other load balancer serves. */
export function checkLonelyInstances(facts: ClusterFacts, groups: readonly VrrpGroup[]): ClusterProblem[] {
  const withKeepalived = facts.nodes.filter((n) => n.keepalived);
  if (withKeepalived.length < 2) return [];
  return groups
    .filter((group) => group.members.length === 1)
    .map((group) => {
      const ref = group.reference;
      const others = withKeepalived.filter((n) => n !== ref.node).map((n) => n.name);
      const vips = ref.instance.virtualAddresses.map((v) => v.written).join(', ') || 'no VIP';
      return problem(
        ref,
        'ha-cluster/instance-without-peer',
        ref.instance.name.span,
        `VRRP instance ${ref.instance.name.value} of ${ref.node.name} (${vips}, virtual_router_id ${ref.instance.virtualRouterId?.value ?? '?'}) has no counterpart on ${others.join(', ')}: no other load balancer serves these VIPs, so they cannot fail over.`,
      );
    });
}

export function checkRouterIds(facts: ClusterFacts, groups: readonly VrrpGroup[]): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  for (const group of groups) {
    if (group.members.length < 2) continue;
    const vrid = (ref: InstanceRef): number | undefined => ref.instance.virtualRouterId?.value;
    const agreed = consensus(group, vrid);
    if (agreed === undefined) continue;
    const holder = holderOf(group, vrid, String, agreed);
    for (const member of group.members) {
      const own = member.instance.virtualRouterId;
      if (!own || own.value === agreed) continue;
      problems.push(
        problem(
          member,
          'ha-cluster/vrid-mismatch',
          own.span,
          `virtual_router_id ${own.value} on ${member.node.name}, but ${holder.node.name} serves the same VIPs with ${agreed}: the nodes never see each other's adverts and both hold the VIP.`,
          {
            related: [related(holder.path, holder.instance.virtualRouterId!.span, `virtual_router_id ${agreed} on ${holder.node.name}`)],
            fixes: [replaceFix(`Use virtual_router_id ${agreed}`, own.span, String(agreed))],
          },
        ),
      );
    }
  }
  return problems;
}

export function checkVirtualAddresses(facts: ClusterFacts, groups: readonly VrrpGroup[]): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  for (const group of groups) {
    if (group.members.length < 2) continue;
    const setOf = (ref: InstanceRef): string[] | undefined => {
      const keys = ref.instance.virtualAddresses.map(vipKey);
      return keys.length > 0 ? [...new Set(keys)].sort() : undefined;
    };
    const agreed = consensus(group, setOf, (keys) => keys.join(' '));
    if (!agreed) continue;
    const holder = holderOf(group, setOf, (keys) => keys.join(' '), agreed);
    const holderText = textOf(facts, holder.path);
    const holderEntry = (key: string): VirtualAddressFacts | undefined => holder.instance.virtualAddresses.find((v) => vipKey(v) === key);
    for (const member of group.members) {
      if (member === holder) continue;
      const own = member.instance.virtualAddresses;
      const ownKeys = new Set(own.map(vipKey));
      const missing = agreed.filter((key) => !ownKeys.has(key));
      const extra = own.filter((v) => !agreed.includes(vipKey(v)));
      const text = textOf(facts, member.path);
      // An extra entry stands for a missing one when they share the address (another prefix), or when one of each is left.
      const pairs: Array<[VirtualAddressFacts, string]> = [];
      for (const entry of [...extra]) {
        const index = missing.findIndex((key) => key.split('/')[0] === vipKey(entry).split('/')[0]);
        if (index >= 0) {
          pairs.push([entry, missing[index]!]);
          missing.splice(index, 1);
          extra.splice(extra.indexOf(entry), 1);
        }
      }
      if (extra.length === 1 && missing.length === 1) pairs.push([extra.pop()!, missing.pop()!]);
      for (const [entry, key] of pairs) {
        const wanted = holderEntry(key)!;
        problems.push(
          problem(member, 'ha-cluster/vip-mismatch', entry.span, `${member.node.name} has the VIP ${entry.written}, but ${holder.node.name} has ${wanted.written} in the same virtual router.`, {
            related: [related(holder.path, wanted.span, `${wanted.written} on ${holder.node.name}`)],
            fixes: [replaceFix(`Use ${wanted.written}`, entry.span, wanted.written)],
          }),
        );
      }
      for (const entry of extra) {
        problems.push(
          problem(member, 'ha-cluster/vip-mismatch', entry.span, `${member.node.name} has the VIP ${entry.written}, which ${holder.node.name} does not have in the same virtual router: after a failover it is gone.`, {
            related: holder.instance.virtualAddressBlock
              ? [related(holder.path, holder.instance.virtualAddressBlock.keyword, `The VIPs of ${holder.node.name}`)]
              : undefined,
            fixes: [deleteLinesFix(`Remove ${entry.written}`, text, entry.entry)],
          }),
        );
      }
      for (const key of missing) {
        const wanted = holderEntry(key)!;
        const block = member.instance.virtualAddressBlock;
        problems.push(
          problem(
            member,
            'ha-cluster/vip-mismatch',
            block?.keyword ?? member.instance.name.span,
            `${member.node.name} lacks the VIP ${wanted.written} that ${holder.node.name} has in the same virtual router: it is not served after a failover.`,
            {
              related: [related(holder.path, wanted.span, `${wanted.written} on ${holder.node.name}`)],
              fixes: block ? [insertLineFix(`Add ${wanted.written}`, block.insert, reindented(holderText, wanted.entry))] : undefined,
            },
          ),
        );
      }
    }
  }
  return problems;
}

export function checkAdvertInt(facts: ClusterFacts, groups: readonly VrrpGroup[]): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  for (const group of groups) {
    if (group.members.length < 2) continue;
    const interval = (ref: InstanceRef): number => ref.instance.advertInt?.value ?? DEFAULT_ADVERT_INT;
    const agreed = consensus(group, interval)!;
    const holder = holderOf(group, interval, String, agreed);
    for (const member of group.members) {
      if (interval(member) === agreed) continue;
      const own = member.instance.advertInt;
      const where = holder.instance.advertInt
        ? related(holder.path, holder.instance.advertInt.span, `advert_int ${agreed} on ${holder.node.name}`)
        : related(holder.path, holder.instance.name.span, `${holder.node.name} uses the default advert_int ${DEFAULT_ADVERT_INT}`);
      const message = `advert_int ${interval(member)}${own ? '' : ' (the default)'} on ${member.node.name}, but ${agreed} on ${holder.node.name}: with VRRPv2 the adverts are dropped and both nodes become MASTER.`;
      problems.push(
        problem(member, 'ha-cluster/advert-int-mismatch', own?.span ?? member.instance.name.span, message, {
          related: [where],
          fixes: own
            ? [replaceFix(`Use advert_int ${agreed}`, own.span, String(agreed))]
            : member.instance.insert
              ? [insertLineFix(`Add advert_int ${agreed}`, member.instance.insert, `advert_int ${agreed}`)]
              : undefined,
        }),
      );
    }
  }
  return problems;
}

/** keepalived sends only the first 8 characters of `auth_pass`. */
function authKey(ref: InstanceRef): string {
  const auth = ref.instance.authentication;
  if (!auth || (!auth.type && !auth.pass)) return 'none';
  return `${(auth.type?.value ?? 'PASS').toUpperCase()}:${(auth.pass?.value ?? '').slice(0, 8)}`;
}

export function checkAuthentication(facts: ClusterFacts, groups: readonly VrrpGroup[]): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  for (const group of groups) {
    if (group.members.length < 2) continue;
    const agreed = consensus(group, authKey)!;
    const holder = holderOf(group, authKey, String, agreed);
    const holderAuth = holder.instance.authentication;
    const holderText = textOf(facts, holder.path);
    for (const member of group.members) {
      const key = authKey(member);
      if (key === agreed) continue;
      const auth = member.instance.authentication;
      const text = textOf(facts, member.path);
      if (agreed === 'none') {
        problems.push(
          problem(member, 'ha-cluster/auth-mismatch', auth!.keyword, `${member.node.name} authenticates VRRP, but ${holder.node.name} does not: each drops the other's adverts.`, {
            related: [related(holder.path, holder.instance.name.span, `${holder.instance.name.value} on ${holder.node.name} has no authentication`)],
            fixes: [deleteLinesFix('Remove the authentication block', text, auth!.statement)],
          }),
        );
        continue;
      }
      if (!auth || key === 'none') {
        problems.push(
          problem(member, 'ha-cluster/auth-mismatch', member.instance.name.span, `${member.node.name} has no VRRP authentication, but ${holder.node.name} has: each drops the other's adverts.`, {
            related: [related(holder.path, holderAuth!.keyword, `The authentication of ${holder.node.name}`)],
            fixes: member.instance.insert
              ? [insertLineFix(`Copy the authentication of ${holder.node.name}`, member.instance.insert, reindented(holderText, holderAuth!.statement))]
              : undefined,
          }),
        );
        continue;
      }
      const [agreedType, agreedPass] = [agreed.slice(0, agreed.indexOf(':')), agreed.slice(agreed.indexOf(':') + 1)];
      const ownType = (auth.type?.value ?? 'PASS').toUpperCase();
      if (ownType !== agreedType) {
        problems.push(
          problem(member, 'ha-cluster/auth-mismatch', auth.type?.span ?? auth.keyword, `auth_type ${ownType} on ${member.node.name}, but ${agreedType} on ${holder.node.name}: each drops the other's adverts.`, {
            related: [related(holder.path, holderAuth!.type?.span ?? holderAuth!.keyword, `auth_type ${agreedType} on ${holder.node.name}`)],
            fixes: auth.type ? [replaceFix(`Use auth_type ${agreedType}`, auth.type.span, agreedType)] : undefined,
          }),
        );
      } else if ((auth.pass?.value ?? '').slice(0, 8) !== agreedPass) {
        // The agreed node may have auth_type PASS and no auth_pass line at all (an empty password).
        const wanted = holderAuth!.pass;
        problems.push(
          problem(
            member,
            'ha-cluster/auth-mismatch',
            auth.pass?.span ?? auth.keyword,
            `The auth_pass of ${member.node.name} differs from ${holder.node.name}'s (keepalived compares the first 8 characters): each drops the other's adverts and both become MASTER.`,
            {
              related: [related(holder.path, wanted?.span ?? holderAuth!.keyword, wanted ? `auth_pass on ${holder.node.name}` : `The authentication of ${holder.node.name}`)],
              fixes: auth.pass && wanted ? [replaceFix(`Use the auth_pass of ${holder.node.name}`, auth.pass.span, holderText.slice(wanted.span.start, wanted.span.end))] : undefined,
            },
          ),
        );
      }
    }
  }
  return problems;
}

/** The address a node sends VRRP from: its `unicast_src_ip`, else its own address from the manifest. */
function sourceAddress(ref: InstanceRef): { value: string; at?: ClusterRelated } | undefined {
  const src = ref.instance.unicastSrcIp;
  if (src) return { value: src.value, at: related(ref.path, src.span, `unicast_src_ip of ${ref.node.name}`) };
  const address = ref.node.layout.address;
  if (address) return { value: address.value, at: address.at ? { ...address.at, message: `The address of ${ref.node.name}` } : undefined };
  return undefined;
}

export function checkUnicast(facts: ClusterFacts, groups: readonly VrrpGroup[]): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  for (const group of groups) {
    if (group.members.length < 2) continue;
    const unicast = group.members.filter((m) => m.instance.unicastPeerBlock);
    if (unicast.length === 0) continue;
    for (const member of group.members) {
      const others = group.members.filter((m) => m !== member);
      // unicast_src_ip must be the node's own address.
      const src = member.instance.unicastSrcIp;
      const own = member.node.layout.address;
      if (src && own && parseIp(src.value) && !sameIp(src.value, own.value)) {
        problems.push(
          problem(member, 'ha-cluster/unicast-mismatch', src.span, `unicast_src_ip ${src.value} is not the address of ${member.node.name} (${own.value}): keepalived cannot send from it, and the peers expect ${own.value}.`, {
            related: own.at ? [{ ...own.at, message: `The address of ${member.node.name}` }] : undefined,
            fixes: [replaceFix(`Use ${own.value}`, src.span, own.value)],
          }),
        );
      }
      if (!member.instance.unicastPeerBlock) {
        const addresses = others.map(sourceAddress);
        const peer = unicast[0]!;
        problems.push(
          problem(
            member,
            'ha-cluster/unicast-mismatch',
            member.instance.name.span,
            `${member.node.name} sends VRRP by multicast, but ${unicast.map((m) => m.node.name).join(', ')} use${unicast.length === 1 ? 's' : ''} unicast_peer: they never hear each other.`,
            {
              related: [related(peer.path, peer.instance.unicastPeerBlock!.keyword, `unicast_peer of ${peer.node.name}`)],
              fixes:
                member.instance.insert && addresses.every((a) => a !== undefined)
                  ? [insertLineFix('Add unicast_peer', member.instance.insert, `unicast_peer {\n    ${addresses.map((a) => a!.value).join('\n    ')}\n}`)]
                  : undefined,
            },
          ),
        );
        continue;
      }
      const peers = member.instance.unicastPeers;
      const missing = others.map((o) => ({ other: o, address: sourceAddress(o) })).filter((o) => o.address && !peers.some((p) => sameIp(p.value, o.address!.value)));
      const known = others.map(sourceAddress);
      const strangers = known.every((a) => a !== undefined)
        ? peers.filter((p) => !known.some((a) => sameIp(a!.value, p.value)) && !(src && sameIp(src.value, p.value)) && !(own && sameIp(own.value, p.value)))
        : [];
      if (missing.length === 1 && strangers.length === 1) {
        const [{ other, address }] = missing as [{ other: InstanceRef; address: { value: string; at?: ClusterRelated } }];
        const stranger = strangers[0]!;
        problems.push(
          problem(member, 'ha-cluster/unicast-mismatch', stranger.span, `unicast_peer ${stranger.value} is not ${other.node.name}, which sends from ${address.value}: ${member.node.name}'s adverts do not reach it.`, {
            related: address.at ? [address.at] : undefined,
            fixes: [replaceFix(`Use ${address.value}`, stranger.span, address.value)],
          }),
        );
        continue;
      }
      for (const { other, address } of missing) {
        problems.push(
          problem(member, 'ha-cluster/unicast-mismatch', member.instance.unicastPeerBlock.keyword, `unicast_peer of ${member.node.name} does not list ${other.node.name} (${address!.value}): its adverts do not reach it, and both become MASTER.`, {
            related: address!.at ? [address!.at] : undefined,
            fixes: [insertLineFix(`Add ${address!.value}`, member.instance.unicastPeerBlock.insert, address!.value)],
          }),
        );
      }
    }
  }
  return problems;
}

export function checkPriorities(facts: ClusterFacts, groups: readonly VrrpGroup[]): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  for (const group of groups) {
    if (group.members.length < 2) continue;
    // Equal priorities: reported on the later node of each pair, not on the reference.
    const ordered = [group.reference, ...group.members.filter((m) => m !== group.reference)];
    for (let i = 1; i < ordered.length; i++) {
      const member = ordered[i]!;
      const earlier = ordered.slice(0, i).find((o) => priorityOf(o) === priorityOf(member));
      if (!earlier) continue;
      problems.push(
        problem(
          member,
          'ha-cluster/same-priority',
          member.instance.priority?.span ?? member.instance.name.span,
          `${member.node.name} has the same priority (${priorityOf(member)}${member.instance.priority ? '' : ', the default'}) as ${earlier.node.name}: the election is decided by the higher IP address. Give each node its own priority.`,
          {
            related: [related(earlier.path, earlier.instance.priority?.span ?? earlier.instance.name.span, `priority ${priorityOf(earlier)} on ${earlier.node.name}`)],
          },
        ),
      );
    }
  }
  return problems;
}

export function checkMasters(facts: ClusterFacts, groups: readonly VrrpGroup[]): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  for (const group of groups) {
    if (group.members.length < 2) continue;
    const masters = group.members.filter(isMaster);
    if (masters.length > 1) {
      for (const member of masters) {
        if (member === group.reference) continue;
        const state = member.instance.state!;
        problems.push(
          problem(member, 'ha-cluster/master-count', state.span, `${member.node.name} and ${group.reference.node.name} both start as MASTER: start one as MASTER and the others as BACKUP.`, {
            related: [related(group.reference.path, group.reference.instance.state!.span, `${group.reference.node.name} starts as MASTER`)],
            fixes: [replaceFix('Start as BACKUP', state.span, 'BACKUP')],
          }),
        );
      }
      continue;
    }
    if (masters.length === 0) {
      const withNopreempt = group.members.filter((m) => m.instance.nopreempt);
      if (withNopreempt.length === group.members.length) continue;
      if (withNopreempt.length > 0) {
        for (const member of group.members.filter((m) => !m.instance.nopreempt)) {
          const other = withNopreempt[0]!;
          problems.push(
            problem(member, 'ha-cluster/master-count', member.instance.state?.span ?? member.instance.name.span, `Every node starts as BACKUP, and ${other.node.name} has nopreempt, but ${member.node.name} does not: it takes the VIP back whenever it has the higher priority.`, {
              related: [related(other.path, other.instance.nopreempt!, `nopreempt on ${other.node.name}`)],
              fixes: member.instance.insert ? [insertLineFix('Add nopreempt', member.instance.insert, 'nopreempt')] : undefined,
            }),
          );
        }
        continue;
      }
      const top = group.reference;
      const others = group.members.filter((m) => m !== top);
      problems.push(
        problem(
          top,
          'ha-cluster/master-count',
          top.instance.state?.span ?? top.instance.name.span,
          `No node starts as MASTER: start ${top.node.name} (the highest priority, ${priorityOf(top)}) as MASTER, or give every node nopreempt.`,
          {
            related: others.map((o) => related(o.path, o.instance.state?.span ?? o.instance.name.span, `${o.node.name} starts as BACKUP`)),
            fixes: top.instance.state
              ? [replaceFix('Start as MASTER', top.instance.state.span, 'MASTER')]
              : top.instance.insert
                ? [insertLineFix('Start as MASTER', top.instance.insert, 'state MASTER')]
                : undefined,
          },
        ),
      );
      continue;
    }
    // Exactly one MASTER: it must win the election when every node is healthy.
    const master = masters[0]!;
    const healthy = (ref: InstanceRef): number | 'FAULT' => effectivePriority(ref, trackersOf(facts, ref), () => false);
    const masterPriority = healthy(master);
    if (masterPriority === 'FAULT') continue;
    for (const other of group.members) {
      if (other === master) continue;
      const otherPriority = healthy(other);
      if (otherPriority === 'FAULT' || otherPriority < masterPriority) continue;
      // Equal configured priorities are `same-priority`'s to report.
      if (otherPriority === masterPriority && priorityOf(other) === priorityOf(master)) continue;
      const weighted = otherPriority !== priorityOf(other) || masterPriority !== priorityOf(master);
      problems.push(
        problem(
          master,
          'ha-cluster/master-not-highest',
          master.instance.priority?.span ?? master.instance.state!.span,
          `${master.node.name} starts as MASTER with ${weighted ? 'effective ' : ''}priority ${masterPriority}, but ${other.node.name} has ${otherPriority}${otherPriority === masterPriority ? ' (a tie, decided by IP address)' : ''}: ${other.node.name} takes the VIP at once. Give the MASTER the highest priority.`,
          { related: [related(other.path, other.instance.priority?.span ?? other.instance.name.span, `priority of ${other.node.name}`)] },
        ),
      );
    }
  }
  return problems;
}
