import type { Span } from '../../common/span.js';
import type { Valued } from '../facts/common.js';
import type { ClusterFacts, NodeFacts } from '../facts/index.js';
import type { TrackedFacts, TrackProcessFacts, VrrpScriptFacts } from '../facts/keepalived.js';
import { classifyScript, type ScriptVerdict } from '../facts/scripts.js';
import { priorityOf, type InstanceRef } from './groups.js';

/** A tracked script or process of an instance, resolved against its definition. */
export interface Tracker {
  entry: TrackedFacts;
  definition?: VrrpScriptFacts | TrackProcessFacts;
  /** The weight keepalived applies: the entry's `weight` if given, else the definition's, else 0. */
  weight: number;
  /** Where that weight is written (absent when it is the default 0). */
  weightAt?: Span;
  reverse: boolean;
  /** The command of a script, or the process name of a process tracker. */
  command?: Valued<string>;
  verdict: ScriptVerdict;
  checksHaproxy: boolean;
}

/** The ports a node's haproxy listens on: a local probe of one of them checks haproxy. */
export function haproxyPorts(node: NodeFacts): Set<string> {
  const ports = new Set<string>();
  for (const bind of node.haproxy?.facts.binds ?? []) if (bind.address.port) ports.add(bind.address.port);
  return ports;
}

/** The text of the script file a command runs, when the manifest maps that path to a file of the cluster. */
export function scriptTextFor(facts: ClusterFacts, node: NodeFacts, command: string): string | undefined {
  const program = command.trim().split(/\s+/)[0] ?? '';
  const mapped = node.layout.scripts.find((s) => s.target === program);
  return mapped ? facts.texts.get(mapped.source) : undefined;
}

export function trackersOf(facts: ClusterFacts, ref: InstanceRef): Tracker[] {
  const ports = haproxyPorts(ref.node);
  const trackers: Tracker[] = [];
  for (const entry of ref.instance.tracked) {
    if (entry.kind === 'script') {
      const definition = ref.file.scripts.find((s) => s.name.value === entry.name.value);
      if (!definition) continue; // an undefined script is a single-file problem
      const command = definition.script;
      const verdict: ScriptVerdict = command
        ? classifyScript(command.value, ports, scriptTextFor(facts, ref.node, command.value))
        : { kind: 'other', how: 'a vrrp_script without a command' };
      trackers.push({
        entry,
        definition,
        weight: entry.weight?.value ?? definition.weight?.value ?? 0,
        weightAt: entry.weight?.span ?? definition.weight?.span,
        reverse: entry.reverse ?? definition.reverse ?? false,
        command,
        verdict,
        // A script file that cannot be read is trusted when its path or its vrrp_script's name says haproxy.
        checksHaproxy: verdict.kind === 'haproxy' || (verdict.kind === 'unknown' && (verdict.mentionsHaproxy || /haproxy/i.test(definition.name.value))),
      });
    } else {
      const definition = ref.file.processes.find((p) => p.name.value === entry.name.value);
      if (!definition) continue;
      const process = definition.process?.value ?? '';
      const isHaproxy = process === 'haproxy' || process.endsWith('/haproxy');
      trackers.push({
        entry,
        definition,
        weight: entry.weight?.value ?? definition.weight?.value ?? 0,
        weightAt: entry.weight?.span ?? definition.weight?.span,
        reverse: entry.reverse ?? definition.reverse ?? false,
        command: definition.process,
        verdict: isHaproxy ? { kind: 'haproxy', how: `the process ${process}` } : { kind: 'other', how: `the process ${process || '(none)'}` },
        checksHaproxy: isHaproxy,
      });
    }
  }
  return trackers;
}

export type Effective = number | 'FAULT';

/**
 * keepalived's effective priority: for each tracker that is up (after `reverse`), a positive
 * weight is added; for each one down, a negative weight is added; a down tracker with weight 0
 * puts the instance into FAULT. The result stays within 1..254. An address owner (priority 255)
 * keeps its priority: keepalived ignores weights there.
 */
export function effectivePriority(ref: InstanceRef, trackers: readonly Tracker[], failing: (tracker: Tracker) => boolean): Effective {
  const base = priorityOf(ref);
  let priority = base;
  for (const tracker of trackers) {
    let up = !failing(tracker);
    if (tracker.reverse) up = !up;
    if (tracker.weight === 0) {
      if (!up) return 'FAULT';
    } else if (tracker.weight > 0 && up) priority += tracker.weight;
    else if (tracker.weight < 0 && !up) priority += tracker.weight;
  }
  if (base >= 255) return base;
  return Math.max(1, Math.min(254, priority));
}

export function describeEffective(ref: InstanceRef, value: Effective): string {
  if (value === 'FAULT') return 'FAULT';
  const base = priorityOf(ref);
  return value === base ? `${value}` : `${value} (priority ${base} ${value > base ? '+' : '-'} ${Math.abs(value - base)})`;
}
