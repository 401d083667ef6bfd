import type { Fix } from '../../common/span.js';
import type { ClusterFacts } from '../facts/index.js';
import { classifyScript, isSystemProgram } from '../facts/scripts.js';
import { related, type ClusterProblem, type ClusterRelated } from '../problem.js';
import { insertLineFix, replaceFix } from './edits.js';
import { priorityOf, type InstanceRef, type VrrpGroup } from './groups.js';
import { effectivePriority, haproxyPorts, scriptTextFor, trackersOf, type Effective, type Tracker } from './priority.js';

function describeTracker(tracker: Tracker): string {
  const what = tracker.verdict.kind === 'unknown' ? `runs ${tracker.verdict.program}, whose content is not known` : `checks ${tracker.verdict.how}`;
  return `${tracker.entry.kind === 'script' ? 'vrrp_script' : 'vrrp_track_process'} ${tracker.entry.name.value} ${what}`;
}

/** A node whose VIP does not follow haproxy: none of its tracked scripts or processes checks haproxy. */
export function checkHaproxyTracking(facts: ClusterFacts, groups: readonly VrrpGroup[]): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  for (const group of groups) {
    for (const member of group.members) {
      if (!member.node.layout.haproxy) continue; // a keepalived-only node (e.g. LVS) has no haproxy to follow
      const trackers = trackersOf(facts, member);
      if (trackers.some((t) => t.checksHaproxy)) continue;
      const instance = member.instance;
      const ports = haproxyPorts(member.node);
      const untracked = member.file.scripts.find(
        (s) =>
          s.script &&
          !instance.tracked.some((t) => t.kind === 'script' && t.name.value === s.name.value) &&
          classifyScript(s.script.value, ports, scriptTextFor(facts, member.node, s.script.value)).kind === 'haproxy',
      );
      const fixes: Fix[] = [];
      if (untracked && instance.trackScriptBlock) fixes.push(insertLineFix(`Track ${untracked.name.value}`, instance.trackScriptBlock.insert, untracked.name.value));
      else if (untracked && instance.insert) fixes.push(insertLineFix(`Track ${untracked.name.value}`, instance.insert, `track_script {\n    ${untracked.name.value}\n}`));
      const relatedPlaces: ClusterRelated[] = trackers.map((t) => related(member.path, t.command?.span ?? t.entry.name.span, describeTracker(t)));
      if (untracked) relatedPlaces.push(related(member.path, untracked.name.span, `${untracked.name.value} checks haproxy but is not tracked`));
      const tracked = trackers.length === 0 ? 'tracks no script or process' : `tracks ${trackers.map((t) => t.entry.name.value).join(', ')}, none of which is known to check haproxy`;
      problems.push({
        path: member.path,
        code: 'ha-cluster/no-haproxy-check',
        message: `VRRP instance ${instance.name.value} of ${member.node.name} ${tracked}: if haproxy stops there, the node keeps the VIP and clients get no answer. Track a script such as "/usr/bin/killall -0 haproxy", or a vrrp_track_process for haproxy.`,
        start: (instance.trackScriptBlock?.keyword ?? instance.name.span).start,
        end: (instance.trackScriptBlock?.keyword ?? instance.name.span).end,
        related: relatedPlaces.length > 0 ? relatedPlaces : undefined,
        fixes: fixes.length > 0 ? fixes : undefined,
      });
    }
  }
  return problems;
}

const show = (value: Effective): string => (value === 'FAULT' ? 'FAULT' : String(value));

/**
 * Models the election when haproxy dies on the node that holds the VIP: its haproxy trackers fail,
 * every other node stays healthy. The VIP must move to a node that can take over (nodes with
 * `nopreempt` never take over from a running MASTER: only FAULT or a stopped keepalived moves it).
 */
export function checkFailover(facts: ClusterFacts, groups: readonly VrrpGroup[]): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  for (const group of groups) {
    if (group.members.length < 2) continue;
    const trackers = new Map(group.members.map((m) => [m, trackersOf(facts, m)]));
    const healthy = new Map(group.members.map((m) => [m, effectivePriority(m, trackers.get(m)!, () => false)]));
    const numeric = group.members.filter((m) => healthy.get(m) !== 'FAULT');
    if (numeric.length < 2) continue;
    const top = Math.max(...numeric.map((m) => healthy.get(m) as number));
    const winners = numeric.filter((m) => healthy.get(m) === top);
    // With a tie the holder is not known from the files (`same-priority` says so); take the MASTER.
    const holder = winners.length === 1 ? winners[0]! : winners.find((m) => m.instance.state?.value.toUpperCase() === 'MASTER');
    if (!holder) continue;
    const own = trackers.get(holder)!;
    const haproxyTrackers = own.filter((t) => t.checksHaproxy);
    if (haproxyTrackers.length === 0) continue; // reported by checkHaproxyTracking
    const dead = effectivePriority(holder, own, (t) => t.checksHaproxy);
    if (dead === 'FAULT') continue;
    const others = group.members.filter((m) => m !== holder && healthy.get(m) !== 'FAULT');
    const capable = others.filter((m) => !m.instance.nopreempt);
    const best = capable.reduce<InstanceRef | undefined>((b, m) => (b === undefined || (healthy.get(m) as number) > (healthy.get(b) as number) ? m : b), undefined);
    const bestPriority = best ? (healthy.get(best) as number) : undefined;
    if (bestPriority !== undefined && bestPriority > dead) continue;

    const blockedBy = others.filter((m) => m.instance.nopreempt && (healthy.get(m) as number) > dead);
    const tracker = haproxyTrackers[0]!;
    const fromTo = `${holder.node.name}'s priority ${show(healthy.get(holder)!)} becomes ${dead}`;
    const relatedPlaces: ClusterRelated[] = [];
    for (const other of others) {
      relatedPlaces.push(related(other.path, other.instance.priority?.span ?? other.instance.name.span, `${other.node.name}: effective priority ${show(healthy.get(other)!)}${other.instance.nopreempt ? ', nopreempt' : ''}`));
    }
    if (tracker.weightAt) relatedPlaces.push(related(holder.path, tracker.weightAt, `weight of ${tracker.entry.name.value} on ${holder.node.name}`));

    let message: string;
    let span = holder.instance.priority?.span ?? holder.instance.name.span;
    const fixes: Fix[] = [];
    if (blockedBy.length > 0 && best === undefined) {
      message = `If haproxy stops on ${holder.node.name}, ${fromTo}, but ${blockedBy.map((m) => m.node.name).join(', ')} ${blockedBy.length === 1 ? 'has' : 'have'} nopreempt and never take${blockedBy.length === 1 ? 's' : ''} over from a running MASTER: the VIP stays on the node without a proxy. With nopreempt, give the haproxy check weight 0, so that a failure puts the instance into FAULT.`;
      if (tracker.weightAt) {
        span = tracker.weightAt;
        fixes.push(replaceFix('Use weight 0 (FAULT when haproxy is down)', tracker.weightAt, '0'));
      }
    } else {
      const bestLabel = best ? `${best.node.name}'s ${bestPriority}` : 'any other node';
      const outcome =
        bestPriority !== undefined && bestPriority === dead
          ? `the same as ${bestLabel}: a tie is decided by the higher IP address, not by haproxy's health`
          : `which still beats ${bestLabel}: the VIP stays on the node without a proxy`;
      if (tracker.weight < 0 && !tracker.reverse && tracker.weightAt) {
        span = tracker.weightAt;
        message = `If haproxy stops on ${holder.node.name}, ${fromTo}, ${outcome}. The weight ${tracker.weight} must take away more than the gap to the other node.`;
        const withoutPenalty = dead - tracker.weight;
        const needed = bestPriority !== undefined ? bestPriority - withoutPenalty - 1 : undefined;
        if (needed !== undefined && needed >= -253) fixes.push(replaceFix(`Use weight ${needed}`, tracker.weightAt, String(needed)));
      } else {
        const gap = priorityOf(holder) - (best ? priorityOf(best) : 0);
        message = `If haproxy stops on ${holder.node.name}, ${fromTo}, ${outcome}. ${
          tracker.weight > 0
            ? `The weight (${tracker.weight}) must be larger than the priority gap (${gap}): raise it on every node, or bring the priorities closer.`
            : 'Give the haproxy check a weight that moves the priority past the other node, or weight 0 for FAULT.'
        }`;
        // A priority for the holder that still wins when healthy and loses when haproxy is down.
        if (tracker.weight > 0 && best && holder.instance.priority) {
          const base = priorityOf(holder);
          const bonusHealthy = (healthy.get(holder) as number) - base;
          const bonusDead = dead - base;
          const highestOther = Math.max(...others.map((m) => healthy.get(m) as number));
          const taken = new Set(group.members.filter((m) => m !== holder).map(priorityOf));
          for (let x = Math.max(1, highestOther - bonusHealthy + 1); x <= 254 && x + bonusDead < bestPriority!; x++) {
            if (taken.has(x)) continue;
            fixes.push(replaceFix(`Use priority ${x}`, holder.instance.priority.span, String(x)));
            break;
          }
        }
      }
    }
    problems.push({
      path: holder.path,
      code: 'ha-cluster/no-failover',
      message,
      start: span.start,
      end: span.end,
      related: relatedPlaces,
      fixes: fixes.length > 0 ? fixes : undefined,
      data: { holder: holder.node.name, healthy: healthy.get(holder), dead, other: bestPriority },
    });
  }
  return problems;
}

/**
 * Track scripts that run a file of their own (not a system program): with a manifest, the file
 * should be a cluster file (`scripts` maps it), so that it can be read here and deployed.
 */
export function checkScriptFiles(facts: ClusterFacts): ClusterProblem[] {
  if (facts.layout.source !== 'manifest') return [];
  const problems: ClusterProblem[] = [];
  const seen = new Set<string>();
  for (const node of facts.nodes) {
    if (!node.keepalived) continue;
    for (const script of node.keepalived.facts.scripts) {
      if (!script.script) continue;
      const program = script.script.value.trim().split(/\s+/)[0] ?? '';
      if (!program.startsWith('/') || isSystemProgram(program) || program.startsWith('/etc/init.d/')) continue;
      if (node.layout.scripts.some((s) => s.target === program)) continue;
      const key = `${node.keepalived.path}:${script.script.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({
        path: node.keepalived.path,
        code: 'ha-cluster/script-not-in-cluster',
        message: `${program} is not a file of the cluster: add { "source": "<file in this folder>", "target": "${program}" } to the \`scripts\` of ${node.name} in the manifest, so that it can be checked and deployed.`,
        start: script.script.span.start,
        end: script.script.span.end,
        related: node.layout.declaredAt ? [{ ...node.layout.declaredAt, message: `${node.name} in the manifest` }] : undefined,
      });
    }
  }
  return problems;
}
