import type { Problem, Span } from '../../common/span.js';
import { didYouMean, suggest } from '../../common/suggest.js';
import type { KWord } from '../model.js';
import type { CheckedNode } from './tree.js';

/** What a name can refer to. */
type NameKind = 'vrrp_script' | 'track_file' | 'track_process' | 'bfd_instance' | 'vrrp_instance' | 'virtual_server_group' | 'vrrp_sync_group' | 'track_group';

/** Block keywords (at the top level) that define a name, and the kind they define. */
const DEFINERS: Record<string, NameKind> = {
  vrrp_script: 'vrrp_script',
  track_file: 'track_file',
  vrrp_track_file: 'track_file',
  vrrp_track_process: 'track_process',
  bfd_instance: 'bfd_instance',
  vrrp_instance: 'vrrp_instance',
  virtual_server_group: 'virtual_server_group',
  vrrp_sync_group: 'vrrp_sync_group',
  track_group: 'track_group',
};

/** Kinds keepalived refuses to define twice; for the others a second definition is merely unreachable. */
const REFUSED_TWICE = new Set<NameKind>(['vrrp_instance', 'vrrp_sync_group', 'bfd_instance']);

/** Value blocks (inside instances and sync groups) whose entries name a definition. */
const TRACKERS: Record<string, NameKind> = {
  track_script: 'vrrp_script',
  track_file: 'track_file',
  track_process: 'track_process',
  track_bfd: 'bfd_instance',
};

interface Definition {
  kind: NameKind;
  name: string;
  node: CheckedNode;
  word: KWord;
}

interface Reference {
  kind: NameKind;
  name: string;
  word: KWord;
  node: CheckedNode;
}

function collect(nodes: readonly CheckedNode[]): { definitions: Definition[]; references: Reference[] } {
  const definitions: Definition[] = [];
  const references: Reference[] = [];
  for (const node of nodes) {
    if (node.kind === 'keyword' && !node.parent && node.statement.block) {
      const kind = DEFINERS[node.name];
      const name = node.args[0];
      if (kind && name?.text !== undefined) definitions.push({ kind, name: name.text, node, word: name.word });
    }
    if (node.kind === 'entry' && node.parent?.kind === 'keyword') {
      const block = node.parent;
      const owner = block.parent?.name;
      const kind = owner === 'vrrp_instance' || owner === 'vrrp_sync_group' ? TRACKERS[block.name] : undefined;
      const memberOfGroup = block.name === 'group' && owner === 'vrrp_sync_group';
      if ((kind || memberOfGroup) && !node.name.includes('$')) {
        references.push({ kind: kind ?? 'vrrp_instance', name: node.name, word: node.statement.keyword, node });
      }
    }
    if (node.kind === 'keyword' && node.args[0]?.text !== undefined) {
      const path = node.keyword?.path.join('>');
      if (path === 'virtual_server>real_server>FILE_CHECK>track_file') references.push({ kind: 'track_file', name: node.args[0].text, word: node.args[0].word, node });
      if (path === 'virtual_server>real_server>BFD_CHECK>name') references.push({ kind: 'bfd_instance', name: node.args[0].text, word: node.args[0].word, node });
      if (node.name === 'virtual_server' && !node.parent && node.args[0].text === 'group' && node.args[1]?.text !== undefined) {
        references.push({ kind: 'virtual_server_group', name: node.args[1].text, word: node.args[1].word, node });
      }
    }
  }
  return { definitions, references };
}

/**
 * A bfd_instance with `vrrp` or `checker` serves only that process (both, or neither, serve both);
 * track_bfd entries look in the VRRP process, BFD_CHECK in the checker.
 */
function bfdServes(definition: CheckedNode, reference: CheckedNode): boolean {
  const vrrp = definition.children.some((c) => c.kind === 'keyword' && c.name === 'vrrp');
  const checker = definition.children.some((c) => c.kind === 'keyword' && c.name === 'checker');
  if (vrrp === checker) return true;
  return reference.kind === 'entry' ? vrrp : checker;
}

function span(word: KWord): Span {
  return { start: word.start, end: word.end };
}

/**
 * References must name something defined (tracked scripts, files, processes, BFD instances,
 * sync-group members, server groups); names must not be defined twice; a sync group needs two or
 * more instances, each in one group only. With `includesUnresolved`, what is missing may be in a
 * file we could not read, so absences are not reported.
 */
export function checkReferences(nodes: readonly CheckedNode[], includesUnresolved: boolean, problems: Problem[]): void {
  const { definitions, references } = collect(nodes);
  const byKind = new Map<NameKind, Map<string, Definition[]>>();
  for (const definition of definitions) {
    const names = byKind.get(definition.kind) ?? new Map<string, Definition[]>();
    byKind.set(definition.kind, names);
    names.set(definition.name, [...(names.get(definition.name) ?? []), definition]);
  }

  if (!includesUnresolved) {
    for (const reference of references) {
      if (reference.node.external || reference.node.conditional) continue;
      const found = byKind.get(reference.kind)?.get(reference.name);
      if (found && reference.kind === 'bfd_instance' && found.every((d) => !bfdServes(d.node, reference.node))) {
        const side = reference.node.kind === 'entry' ? 'vrrp' : 'checker';
        problems.push({
          code: 'keepalived/undefined-reference',
          message: `bfd_instance '${reference.name}' is only for the ${side === 'vrrp' ? 'checker' : 'VRRP'} process (it says '${side === 'vrrp' ? 'checker' : 'vrrp'}' and not '${side}'): keepalived does not find it here`,
          ...span(reference.word),
        });
        continue;
      }
      if (found) continue;
      const known = [...(byKind.get(reference.kind)?.keys() ?? [])];
      const suggestions = suggest(reference.name, known);
      const group = reference.kind === 'virtual_server_group';
      problems.push({
        code: group ? 'keepalived/undefined-group' : 'keepalived/undefined-reference',
        message: `no ${reference.kind} named '${reference.name}'${group ? ': this virtual server gets no address' : ': keepalived ignores this entry'}${didYouMean(suggestions)}`,
        ...span(reference.word),
        data: { kind: reference.kind, name: reference.name, suggestions },
        fixes: suggestions.map((s, i) => ({ title: `Change to '${s}'`, edits: [{ ...span(reference.word), newText: s }], preferred: i === 0 && suggestions.length === 1 })),
      });
    }
  }

  for (const [kind, names] of byKind) {
    for (const [name, list] of names) {
      const firm = list.filter((d) => !d.node.conditional);
      for (const again of firm.slice(1)) {
        if (again.node.external) continue;
        const first = firm[0]!;
        const refused = REFUSED_TWICE.has(kind);
        problems.push({
          code: refused ? 'keepalived/duplicate-name' : 'keepalived/shadowed-definition',
          message: refused
            ? `${kind} '${name}' is already defined: keepalived refuses this one`
            : `${kind} '${name}' is already defined: references use only one of the two`,
          ...span(again.word),
          related: first.node.external ? undefined : [{ ...span(first.word), message: 'first definition' }],
        });
      }
    }
  }

  checkSyncGroups(nodes, byKind.get('vrrp_instance') ?? new Map(), includesUnresolved, problems);
  checkSyncGroupWeights(nodes, byKind.get('vrrp_instance') ?? new Map(), byKind.get('vrrp_script') ?? new Map(), problems);
}

function checkSyncGroups(nodes: readonly CheckedNode[], instances: Map<string, Definition[]>, includesUnresolved: boolean, problems: Problem[]): void {
  const groupOf = new Map<string, CheckedNode>();
  for (const group of nodes.filter((n) => n.kind === 'keyword' && !n.parent && n.name === 'vrrp_sync_group')) {
    if (group.conditional || group.children.some((c) => c.kind === 'opaque' || c.conditional)) continue;
    const groups = group.children.filter((c) => c.kind === 'keyword' && c.name === 'group');
    if (groups.length === 0) continue; // no member list at all: keepalived says nothing about the group
    const members = groups.flatMap((g) => g.children);
    if (members.some((m) => m.name.includes('$') || m.conditional)) continue;
    const defined = new Set(members.filter((m) => instances.has(m.name)).map((m) => m.name));
    const inThisGroup = new Set<string>();
    for (const member of members) {
      if (!instances.has(member.name)) continue;
      const other = groupOf.get(member.name);
      if (inThisGroup.has(member.name) && !member.external) {
        problems.push({
          code: 'keepalived/sync-group',
          message: `${member.name} is listed twice: keepalived takes it for a member of two sync groups and drops the group`,
          ...span(member.statement.keyword),
        });
        continue;
      }
      inThisGroup.add(member.name);
      if (other && other !== group && !member.external) {
        problems.push({
          code: 'keepalived/sync-group',
          message: `${member.name} is already in sync group '${other.args[0]?.text ?? ''}': an instance can be in one sync group only, keepalived ignores it here`,
          ...span(member.statement.keyword),
          related: [{ start: other.statement.keyword.start, end: (other.statement.args[0] ?? other.statement.keyword).end, message: 'the other sync group' }],
        });
        defined.delete(member.name);
      } else groupOf.set(member.name, group);
    }
    if (!includesUnresolved && defined.size < 2 && !group.external) {
      problems.push({
        code: 'keepalived/sync-group',
        message: `sync group '${group.args[0]?.text ?? ''}' has ${defined.size === 0 ? 'no instance' : 'only one instance'}: keepalived reports it (a sync group keeps two or more instances in the same state)`,
        start: group.statement.keyword.start,
        end: (group.statement.args[0] ?? group.statement.keyword).end,
      });
    }
  }
}

/** A number written as a word, or undefined when it is a parameter or not a number. */
function weightValue(word: { text: string | undefined } | undefined): number | undefined {
  const value = word?.text === undefined ? NaN : Number(word.text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * keepalived ignores the weight of a script tracked by a sync-group member (unless the group says
 * `sync_group_tracking_weight`), and `keepalived -t` fails on it: the priority never moves, so a
 * MASTER whose haproxy died keeps the VIP. Weights come from the entry (`chk weight 0`) or the
 * vrrp_script's own `weight`.
 */
function checkSyncGroupWeights(
  nodes: readonly CheckedNode[],
  instances: Map<string, Definition[]>,
  scripts: Map<string, Definition[]>,
  problems: Problem[],
): void {
  for (const group of nodes.filter((n) => n.kind === 'keyword' && !n.parent && n.name === 'vrrp_sync_group' && !n.conditional)) {
    if (group.children.some((c) => c.kind === 'keyword' && c.name === 'sync_group_tracking_weight')) continue;
    const members = group.children.filter((c) => c.kind === 'keyword' && c.name === 'group').flatMap((g) => g.children);
    for (const member of members) {
      const instance = instances.get(member.name);
      if (!instance || instance.length !== 1 || member.conditional) continue;
      const tracked = instance[0]!.node.children.filter((c) => c.kind === 'keyword' && c.name === 'track_script').flatMap((t) => t.children);
      for (const entry of tracked) {
        if (entry.external || entry.conditional || entry.kind !== 'entry') continue;
        const words = entry.args.map((a) => a.text);
        const at = words.indexOf('weight');
        const script = scripts.get(entry.name);
        const own = script?.length === 1 ? script[0]!.node.children.find((c) => c.kind === 'keyword' && c.name === 'weight') : undefined;
        const weight = at >= 0 ? weightValue(entry.args[at + 1]) : own ? weightValue(own.args[0]) : 0;
        if (!weight) continue;
        const where = at >= 0 ? 'this entry gives it' : 'its vrrp_script has';
        problems.push({
          code: 'keepalived/sync-group-weight',
          message: `${entry.name}: ${where} weight ${weight}, but ${member.name} is in sync group '${group.args[0]?.text ?? ''}', where keepalived ignores tracker weights: the priority never changes, so a failing check moves nothing. Add sync_group_tracking_weight to the group, or write '${entry.name} weight 0' to make the check put the group in FAULT`,
          ...span(entry.statement.keyword),
          related: [{ start: member.statement.keyword.start, end: member.statement.keyword.end, message: 'the sync group lists the instance here' }],
        });
      }
    }
  }
}
