import type { Problem } from '../../common/span.js';
import { atLeast, type HaproxyVersion } from '../catalogue/versions.js';
import type { HaproxyConfig, Section } from '../model.js';

const RULE_KEYWORDS = ['http-request', 'http-response', 'http-after-response', 'tcp-request', 'tcp-response'];

/** The rule sets a defaults section defines, as HAProxy names them (`tcp-request connection`...). */
function ruleSetsOf(section: Section): Set<string> {
  const sets = new Set<string>();
  for (const directive of section.directives) {
    const keyword = directive.keyword.value;
    if (!RULE_KEYWORDS.includes(keyword)) continue;
    const kind = directive.args[0]?.value;
    if (keyword.startsWith('tcp-') && kind === 'inspect-delay') continue;
    sets.add(keyword.startsWith('tcp-') && kind ? `${keyword} ${kind}` : keyword);
  }
  return sets;
}

/**
 * Since HAProxy 2.5 a named defaults section may hold TCP/HTTP rules, which the proxies that use
 * it inherit, under restrictions HAProxy enforces at startup: a listen or defaults section cannot
 * inherit rules; frontends and backends cannot share such a defaults section; a backend cannot
 * inherit connection/session rules, nor a frontend response rules.
 */
export function checkDefaultsInheritance(config: HaproxyConfig, version: HaproxyVersion, problems: Problem[]): void {
  if (!atLeast(version, '2.5')) return;
  let lastDefaults: Section | undefined;
  const users = new Map<Section, Section[]>();
  for (const section of config.sections) {
    const from = fromName(section);
    const parent = from ? config.sections.find((s) => s.kind === 'defaults' && s.name?.value === from && s.start < section.start) : lastDefaults;
    if (section.kind === 'defaults') lastDefaults = section;
    if (!parent || !['frontend', 'backend', 'listen', 'defaults'].includes(section.kind)) continue;
    const rules = ruleSetsOf(parent);
    if (rules.size === 0) continue;
    const anchor = section.name ?? section.header.keyword;
    const related = [{ start: parent.header.start, end: parent.header.end, message: 'the defaults section with rules' }];
    const report = (message: string): void => {
      problems.push({ code: 'haproxy/defaults-with-rules', message, start: anchor.start, end: anchor.end, related });
    };
    if (section.kind === 'listen' || section.kind === 'defaults') {
      report(`a ${section.kind} section cannot inherit from a defaults section that defines TCP/HTTP rules`);
      continue;
    }
    if (section.kind === 'backend' && (rules.has('tcp-request connection') || rules.has('tcp-request session'))) {
      report("a backend cannot inherit 'tcp-request connection' or 'tcp-request session' rules from its defaults section");
      continue;
    }
    if (section.kind === 'frontend' && rules.has('tcp-response content')) {
      report("a frontend cannot inherit 'tcp-response content' rules from its defaults section");
      continue;
    }
    const list = users.get(parent) ?? [];
    list.push(section);
    users.set(parent, list);
  }
  for (const [parent, sections] of users) {
    const kinds = new Set(sections.map((s) => s.kind));
    if (!(kinds.has('frontend') && kinds.has('backend'))) continue;
    const second = sections.find((s) => s.kind !== sections[0]!.kind)!;
    const anchor = second.name ?? second.header.keyword;
    problems.push({
      code: 'haproxy/defaults-with-rules',
      message: 'frontends and backends cannot both use a defaults section that defines TCP/HTTP rules; give each its own defaults section',
      start: anchor.start,
      end: anchor.end,
      related: [{ start: parent.header.start, end: parent.header.end, message: 'the shared defaults section with rules' }],
    });
  }
}

function fromName(section: Section): string | undefined {
  const args = section.header.args;
  const index = args.findIndex((w) => w.value === 'from');
  return index >= 0 ? args[index + 1]?.value : undefined;
}
