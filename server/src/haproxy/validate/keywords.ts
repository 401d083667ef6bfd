import type { ArgSpec } from '../../common/docs.js';
import type { Problem, Span } from '../../common/span.js';
import { didYouMean, suggest } from '../../common/suggest.js';
import { checkAddress, checkValue } from '../../common/values.js';
import { atLeast } from '../catalogue/versions.js';
import {
  allFamilies,
  availabilityAt,
  familyOfSection,
  keywordsOf,
  sectionsAt,
  type HaproxyKeyword,
  type HaproxyVersion,
} from '../catalogue/index.js';
import type { Directive, Section, Word } from '../model.js';
import { resolveInFamily, type ResolvedDirective } from '../resolve.js';
import { modernize } from './modernize.js';

export interface HaproxyCheckOptions {
  version: HaproxyVersion;
}

/** Keywords HAProxy refuses outright (not merely ignores) in a section without backend capability. */
const SERVER_LINES = new Set(['server', 'default-server', 'server-template']);

const FAMILY_LABEL: Record<string, string> = { proxy: 'defaults, frontend, backend or listen', global: 'global' };

/** Checks one line against the catalogue: does it exist, here, in this version, with these arguments. */
export function checkDirective(
  resolved: ResolvedDirective,
  section: Section,
  options: HaproxyCheckOptions,
  problems: Problem[],
): void {
  const { directive, keyword } = resolved;
  if (!keyword) {
    reportUnknown(directive, section, options, problems);
    return;
  }
  if (resolved.unknownAction) {
    const ruleset = keyword.name;
    const actions = [...keywordsOf('actions').values()]
      .filter((a) => a.fact.ruleset === ruleset && availabilityAt(a.fact, options.version).state === 'available')
      .map((a) => a.name.slice(ruleset.length + 1));
    const word = resolved.unknownAction;
    problems.push({
      code: 'haproxy/unknown-action',
      message: `unknown ${ruleset} action '${word.value}'${didYouMean(suggest(word.value, actions))}`,
      start: word.start,
      end: word.end,
    });
  }
  const nameSpan: Span = { start: resolved.nameWords[0]!.start, end: resolved.nameWords.at(-1)!.end };
  for (const entry of [keyword, resolved.action]) {
    if (entry && !checkAvailability(entry, resolved, nameSpan, options, problems)) return;
  }
  if (keyword.family === 'proxy') checkPlacement(keyword, section, nameSpan, options, problems);
  const spec = (resolved.action ?? keyword).doc?.args;
  if (spec && !resolved.unknownAction && !resolved.negated) checkArgs(resolved, spec, nameSpan, problems);
}

function reportUnknown(directive: Directive, section: Section, options: HaproxyCheckOptions, problems: Problem[]): void {
  const family = familyOfSection(section.kind);
  const word = directive.keyword;
  for (const other of allFamilies()) {
    if (other === family || other === 'actions' || other === 'bind' || other === 'server' || other === 'crt-store-load') continue;
    const elsewhere = resolveInFamily(directive, other);
    if (elsewhere.keyword && availabilityAt(elsewhere.keyword.fact, options.version).state === 'available') {
      const where = FAMILY_LABEL[other] ?? other;
      problems.push({
        code: 'haproxy/wrong-section',
        message: `'${elsewhere.keyword.name}' belongs in a ${where} section, not in '${section.kind}'`,
        start: word.start,
        end: elsewhere.nameWords.at(-1)!.end,
        data: { keyword: elsewhere.keyword.name, family: other },
      });
      return;
    }
  }
  const candidates = new Set<string>();
  const typed = directive.args[0] ? `${word.value} ${directive.args[0].value}` : word.value;
  for (const entry of keywordsOf(family).values()) {
    if (availabilityAt(entry.fact, options.version).state !== 'available') continue;
    candidates.add(entry.name.split(' ')[0]!);
    if (entry.name.includes(' ')) candidates.add(entry.name);
  }
  const twoWords = [...candidates].some((c) => c.startsWith(`${word.value} `));
  const suggestions = twoWords ? suggest(typed, candidates) : suggest(word.value, candidates);
  const span = twoWords && directive.args[0] ? { start: word.start, end: directive.args[0].end } : word;
  problems.push({
    code: 'haproxy/unknown-keyword',
    message: `unknown keyword '${twoWords ? typed : word.value}' in '${section.kind}' section${didYouMean(suggestions)}`,
    start: span.start,
    end: span.end,
    data: { suggestions },
    fixes: suggestions.map((s, i) => ({
      title: `Change to '${s}'`,
      edits: [{ start: span.start, end: span.end, newText: s }],
      preferred: i === 0 && suggestions.length === 1,
    })),
  });
}

/** Reports removed, too-new and deprecated keywords; returns false when nothing more is worth checking. */
function checkAvailability(
  entry: HaproxyKeyword,
  resolved: ResolvedDirective,
  nameSpan: Span,
  options: HaproxyCheckOptions,
  problems: Problem[],
): boolean {
  const availability = availabilityAt(entry.fact, options.version);
  const target = options.version;
  if (availability.state === 'too-new') {
    problems.push({
      code: 'haproxy/keyword-too-new',
      message: `'${entry.name}' needs HAProxy ${availability.since} or newer; the target version is ${target}`,
      ...nameSpan,
      data: { since: availability.since },
    });
    return false;
  }
  const fix = modernize(entry, resolved);
  if (availability.state === 'removed') {
    const instead = fix?.replacement ?? availability.replacement;
    problems.push({
      code: 'haproxy/removed-keyword',
      message: `'${entry.name}' was removed in HAProxy ${availability.removedIn}${instead ? `; use '${instead}' instead` : ''}`,
      ...nameSpan,
      fixes: fix ? [fix.fix] : undefined,
      data: { removedIn: availability.removedIn, replacement: instead },
    });
    return false;
  }
  if (availability.deprecated) {
    const instead = fix?.replacement ?? availability.deprecated.replacement;
    problems.push({
      code: 'haproxy/deprecated-keyword',
      message: `'${entry.name}' is deprecated since HAProxy ${availability.deprecated.since}${instead ? `; use '${instead}' instead` : ''}`,
      ...nameSpan,
      fixes: fix ? [fix.fix] : undefined,
      data: { replacement: instead },
    });
  }
  return true;
}

function checkPlacement(keyword: HaproxyKeyword, section: Section, nameSpan: Span, options: HaproxyCheckOptions, problems: Problem[]): void {
  if (section.kind === 'defaults' && !section.name && keyword.fact.namedDefaultsOnly && atLeast(options.version, '2.5')) {
    problems.push({
      code: 'haproxy/named-defaults-only',
      message: `'${keyword.name}' is only allowed in a defaults section with a name (defaults <name>)`,
      ...nameSpan,
    });
    return;
  }
  const allowed = sectionsAt(keyword, options.version);
  if (allowed.includes(section.kind)) return;
  if (allowed.length === 0) return; // listed in the matrix but accepted nowhere: the version check speaks for it
  const where = allowed.join(', ');
  if (section.kind === 'frontend' && SERVER_LINES.has(keyword.name)) {
    problems.push({
      code: 'haproxy/wrong-section',
      message: `'${keyword.name}' is not allowed in a frontend, which has no servers (allowed in: ${where})`,
      ...nameSpan,
    });
    return;
  }
  if (section.kind === 'defaults') {
    problems.push({ code: 'haproxy/wrong-section', message: `'${keyword.name}' is not allowed in a defaults section (allowed in: ${where})`, ...nameSpan });
    return;
  }
  problems.push({
    code: 'haproxy/ignored-keyword',
    message: `'${keyword.name}' has no effect in a ${section.kind} section and is ignored (it applies in: ${where})`,
    ...nameSpan,
  });
}

/** Checks argument count and shapes against the catalogue's signature. */
function checkArgs(resolved: ResolvedDirective, spec: readonly ArgSpec[], nameSpan: Span, problems: Problem[]): void {
  const args = resolved.args;
  const name = resolved.nameWords.map((w) => w.value).join(' ');
  let index = 0;
  for (const arg of spec) {
    if (arg.shape.kind === 'rest') return;
    const word = args[index];
    if (!word) {
      if (!arg.optional) {
        const last = args.at(-1) ?? nameSpan;
        problems.push({
          code: 'haproxy/missing-argument',
          message: `'${name}' needs <${arg.name}>`,
          start: last.end,
          end: last.end,
          data: { argument: arg.name },
        });
      }
      return;
    }
    const count = arg.repeat ? args.length - index : 1;
    for (const value of args.slice(index, index + count)) reportValue(name, arg, value, problems);
    index += count;
  }
  if (index < args.length) {
    const extra = args.slice(index);
    problems.push({
      code: 'haproxy/too-many-arguments',
      message: `'${name}' takes ${spec.length === 0 ? 'no argument' : `at most ${spec.length} argument${spec.length === 1 ? '' : 's'}`}`,
      start: extra[0]!.start,
      end: extra.at(-1)!.end,
    });
  }
}

/** Lines whose addresses get a version-aware check of their own (index.ts, checkLineOptions). */
const ADDRESS_CHECKED_ELSEWHERE = new Set(['bind', 'server']);

function reportValue(name: string, arg: ArgSpec, word: Word, problems: Problem[]): void {
  if (arg.shape.kind === 'address' && ADDRESS_CHECKED_ELSEWHERE.has(name)) return;
  const why = checkValue(word.value, arg.shape);
  if (why) problems.push({ code: 'haproxy/invalid-value', message: `${why} (${name} <${arg.name}>)`, start: word.start, end: word.end });
}

/** Address prefixes newer than some supported versions (the others are known to every version we cover). */
const PREFIX_SINCE: Record<string, HaproxyVersion> = {
  rhttp: '2.9',
  'quic+': '2.9',
  mptcp: '3.1',
  mptcp4: '3.1',
  mptcp6: '3.1',
  abnsz: '3.1',
};

export function addressPrefixAllowed(version: HaproxyVersion): (prefix: string) => boolean {
  return (prefix) => {
    const since = PREFIX_SINCE[prefix];
    return since === undefined || atLeast(version, since);
  };
}

/** `bind` addresses: a comma-separated list, each with a port. */
export function checkBindAddresses(word: Word, version: HaproxyVersion, problems: Problem[]): void {
  for (const address of word.value.split(',')) {
    const why = checkAddress(address, { requirePort: true, prefixAllowed: addressPrefixAllowed(version) });
    if (why) problems.push({ code: 'haproxy/invalid-value', message: `bind: ${why}`, start: word.start, end: word.end });
  }
}

