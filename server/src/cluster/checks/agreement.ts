import type { Fix } from '../../common/span.js';
import { directiveKey, parseHaproxyAddress, type DirectiveSummary, type SectionSummary } from '../facts/haproxy.js';
import type { ClusterFacts, NodeFacts } from '../facts/index.js';
import { related, type ClusterProblem } from '../problem.js';
import { deleteLinesFix, insertLineFix, reindented } from './edits.js';
import type { VrrpGroup } from './groups.js';
import { ownAddress } from './listen.js';

/**
 * Lines that may differ between nodes without changing what clients see after a failover: logging,
 * the node's name and description, process and thread placement, the local admin socket.
 */
const NODE_LOCAL = [
  /^log( |$)/, /^log-tag /, /^log-send-hostname/, /^description /, /^node /, /^localpeer /, /^cpu-map /, /^nbthread /,
  /^thread-groups /, /^pidfile /, /^chroot /, /^stats socket /, /^stats show-node/, /^stats show-desc/, /^setenv /, /^presetenv /,
];

/** A directive compared across nodes: addresses of the node itself read as `<self>`. */
interface Compared {
  summary: DirectiveSummary;
  key: string;
  text: string;
  /** The line names the node's own address: copying it to another node would be wrong. */
  selfSpecific: boolean;
}

function compared(summary: DirectiveSummary, node: NodeFacts): Compared | undefined {
  const self = ownAddress(node)?.ip;
  let selfSpecific = false;
  const words = summary.words.map((word) => {
    if (!self) return word;
    const address = parseHaproxyAddress(word, -1, { start: 0, end: 0 });
    if (address?.ip && address.ip.family === self.family && address.ip.value === self.value) {
      selfSpecific = true;
      return word.replace(address.host, '<self>');
    }
    return word;
  });
  const text = words.join(' ');
  if (NODE_LOCAL.some((re) => re.test(text))) return undefined;
  return { summary, key: directiveKey(words), text, selfSpecific };
}

function byKey(section: SectionSummary, node: NodeFacts): Map<string, Compared[]> {
  const map = new Map<string, Compared[]>();
  for (const summary of section.directives) {
    const entry = compared(summary, node);
    if (!entry) continue;
    const list = map.get(entry.key) ?? [];
    list.push(entry);
    map.set(entry.key, list);
  }
  return map;
}

/** The node whose haproxy configuration the others are compared with: the one holding the VIP. */
function referenceNode(facts: ClusterFacts, groups: readonly VrrpGroup[]): NodeFacts | undefined {
  const withHaproxy = facts.nodes.filter((n) => n.haproxy);
  const holder = groups.find((g) => g.members.length > 1)?.reference.node;
  return holder && holder.haproxy ? holder : withHaproxy[0];
}

/**
 * When the load balancers use different haproxy files, everything that changes behaviour after a
 * failover must agree: sections, binds (the node's own address excepted), servers, balance,
 * timeouts, options, rules. Problems go to the file that differs from the VIP holder's.
 */
export function checkHaproxyAgreement(facts: ClusterFacts, groups: readonly VrrpGroup[]): ClusterProblem[] {
  const reference = referenceNode(facts, groups);
  if (!reference?.haproxy) return [];
  const refPath = reference.haproxy.path;
  const refText = facts.texts.get(refPath) ?? '';
  const problems: ClusterProblem[] = [];
  const done = new Set<string>([refPath]);
  for (const node of facts.nodes) {
    if (!node.haproxy || done.has(node.haproxy.path)) continue;
    const path = node.haproxy.path;
    done.add(path);
    const text = facts.texts.get(path) ?? '';
    const users = facts.nodes.filter((n) => n.haproxy?.path === path).map((n) => n.name).join(' and ');
    const refSections = new Map(reference.haproxy.facts.sections.map((s) => [s.key, s]));
    const ownSections = new Map(node.haproxy.facts.sections.map((s) => [s.key, s]));
    const firstHeader = node.haproxy.facts.sections[0]?.section.header ?? { start: 0, end: 0 };

    for (const [key, refSection] of refSections) {
      const ownSection = ownSections.get(key);
      if (!ownSection) {
        const copy = refText.slice(refSection.span.start, refSection.span.end);
        const prefix = text === '' || text.endsWith('\n') ? '\n' : '\n\n';
        problems.push({
          path,
          code: 'ha-cluster/haproxy-divergence',
          message: `The haproxy configuration of ${users} has no \`${key}\` section, which ${reference.name}'s has: it is missing after a failover.`,
          start: firstHeader.start,
          end: firstHeader.end,
          related: [related(refPath, refSection.section.header, `${key} on ${reference.name}`)],
          fixes: [{ title: `Copy ${key} from ${reference.name}`, edits: [{ start: text.length, end: text.length, newText: `${prefix}${copy}\n` }], preferred: true }],
        });
        continue;
      }
      const refLines = byKey(refSection, reference);
      const ownLines = byKey(ownSection, node);
      for (const lineKey of new Set([...refLines.keys(), ...ownLines.keys()])) {
        const refs = [...(refLines.get(lineKey) ?? [])];
        const owns = [...(ownLines.get(lineKey) ?? [])];
        for (const own of [...owns]) {
          const same = refs.findIndex((r) => r.text === own.text);
          if (same >= 0) {
            refs.splice(same, 1);
            owns.splice(owns.indexOf(own), 1);
          }
        }
        while (refs.length > 0 && owns.length > 0) {
          const ref = refs.shift()!;
          const own = owns.shift()!;
          const fixes: Fix[] = ref.selfSpecific
            ? []
            : [{ title: `Use ${reference.name}'s line`, edits: [{ ...own.summary.directive, newText: refText.slice(ref.summary.directive.start, ref.summary.directive.end) }], preferred: true }];
          problems.push({
            path,
            code: 'ha-cluster/haproxy-divergence',
            message: `In ${key}, ${users} has \`${own.text}\` but ${reference.name} has \`${ref.text}\`: behaviour changes after a failover.`,
            start: own.summary.directive.start,
            end: own.summary.directive.end,
            related: [related(refPath, ref.summary.directive, `${ref.text} on ${reference.name}`)],
            fixes: fixes.length > 0 ? fixes : undefined,
          });
        }
        for (const ref of refs) {
          problems.push({
            path,
            code: 'ha-cluster/haproxy-divergence',
            message: `${key} of ${users} lacks \`${ref.text}\`, which ${reference.name} has: behaviour changes after a failover.`,
            start: ownSection.section.header.start,
            end: ownSection.section.header.end,
            related: [related(refPath, ref.summary.directive, `${ref.text} on ${reference.name}`)],
            fixes: ref.selfSpecific ? undefined : [insertLineFix(`Add \`${ref.text}\``, ownSection.insert, reindented(refText, ref.summary.directive))],
          });
        }
        for (const own of owns) {
          problems.push({
            path,
            code: 'ha-cluster/haproxy-divergence',
            message: `\`${own.text}\` in ${key} is only on ${users}, not on ${reference.name}: behaviour changes after a failover.`,
            start: own.summary.directive.start,
            end: own.summary.directive.end,
            related: [related(refPath, refSection.section.header, `${key} on ${reference.name}`)],
            fixes: [deleteLinesFix('Remove this line', text, own.summary.directive)],
          });
        }
      }
    }
    for (const [key, ownSection] of ownSections) {
      if (refSections.has(key)) continue;
      problems.push({
        path,
        code: 'ha-cluster/haproxy-divergence',
        message: `\`${key}\` exists only in the haproxy configuration of ${users}, not on ${reference.name}: behaviour changes after a failover.`,
        start: ownSection.section.header.start,
        end: ownSection.section.header.end,
        related: reference.haproxy.facts.sections[0] ? [related(refPath, reference.haproxy.facts.sections[0].section.header, `The configuration of ${reference.name}`)] : undefined,
      });
    }
  }
  return problems;
}
