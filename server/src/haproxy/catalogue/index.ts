import type { KeywordDoc } from '../../common/docs.js';
import type { SectionKind } from '../model.js';
import { haproxyDocs } from './docs/index.js';
import { haproxyFacts, registered26, type ByVersion, type FactVersion, type KeywordFact } from './facts.js';
import { atLeast, HAPROXY_VERSIONS, type HaproxyVersion } from './versions.js';

export { DEFAULT_HAPROXY_VERSION, HAPROXY_VERSIONS, parseHaproxyVersion, type HaproxyVersion } from './versions.js';

/**
 * The HAProxy keyword catalogue: generated facts (names, sections, versions, syntax, chapters)
 * joined with our hand-written docs. The single source for validation, hover and completion.
 */
export interface HaproxyKeyword {
  /** The full keyword as written in a config: `balance`, `option httpchk`, `http-request set-header`. */
  name: string;
  /** The facts family: `global`, `proxy`, `actions`, `bind`, `server`, or a section kind. */
  family: string;
  fact: KeywordFact;
  doc?: KeywordDoc;
}

/** The families whose keys are whole configuration lines in the given section kind. */
export function familyOfSection(kind: SectionKind): string {
  switch (kind) {
    case 'defaults':
    case 'frontend':
    case 'backend':
    case 'listen':
      return 'proxy';
    default:
      return kind;
  }
}

/** Rule sets whose next word is an action looked up in the `actions` family. */
export const RULESETS = new Set([
  'http-request',
  'http-response',
  'http-after-response',
  'tcp-request connection',
  'tcp-request session',
  'tcp-request content',
  'tcp-response content',
  'quic-initial',
]);

const byFamily = new Map<string, Map<string, HaproxyKeyword>>();
for (const [family, entries] of Object.entries(haproxyFacts.keywords)) {
  const keywords = new Map<string, HaproxyKeyword>();
  for (const [name, fact] of Object.entries(entries)) {
    keywords.set(name, { name, family, fact: withBackport(fact, registeredIn26(family, name)), doc: haproxyDocs[family]?.[name] });
  }
  byFamily.set(family, keywords);
}
// Keywords the 2.6 binary registers but no manual of ours documents (see generated/README.md).
for (const [family, names] of registeredOnlyKeywords()) {
  const keywords = byFamily.get(family)!;
  for (const name of names) {
    if (keywords.has(name)) continue;
    const ruleset = family === 'actions' ? [...RULESETS].find((r) => name.startsWith(`${r} `)) : undefined;
    const fact: KeywordFact = { since: '2.6', syntax: [ruleset ? name.slice(ruleset.length + 1) : name], chapter: {}, ruleset };
    keywords.set(name, { name, family, fact, doc: haproxyDocs[family]?.[name] });
  }
}

/** A keyword documented from a later branch but registered by the 2.6 binary was backported: available from 2.6. */
function withBackport(fact: KeywordFact, registered: boolean): KeywordFact {
  if (!registered || fact.since === '<=1.4' || atLeast('2.6', fact.since)) return fact;
  return { ...fact, since: '2.6' };
}

function registeredIn26(family: string, name: string): boolean {
  switch (family) {
    case 'global':
      return registered26.sections.global?.includes(name) ?? false;
    case 'proxy':
      return registered26.sections.listen?.includes(name) ?? false;
    case 'bind':
      return name in registered26.bind;
    case 'server':
      return name in registered26.server;
    case 'actions': {
      const ruleset = Object.keys(registered26.actions).find((r) => name.startsWith(`${r} `));
      return ruleset !== undefined && registered26.actions[ruleset]!.includes(name.slice(ruleset.length + 1));
    }
    default:
      return false;
  }
}

function registeredOnlyKeywords(): Array<[string, string[]]> {
  const actions = Object.entries(registered26.actions).flatMap(([ruleset, names]) =>
    names.filter((n) => n !== 'track-sc').map((n) => `${ruleset} ${n}`), // track-sc* is documented as track-sc0..2
  );
  const prefixOfKey = (family: string, name: string): boolean =>
    Object.keys(haproxyFacts.keywords[family] ?? {}).some((key) => key.startsWith(`${name} `));
  return [
    ['global', (registered26.sections.global ?? []).filter((n) => !prefixOfKey('global', n))],
    ['server', Object.keys(registered26.server).filter((n) => n !== 'usesrc')], // usesrc only follows `source`
    ['bind', Object.keys(registered26.bind)],
    ['actions', actions],
  ];
}

export function keywordsOf(family: string): ReadonlyMap<string, HaproxyKeyword> {
  return byFamily.get(family) ?? new Map();
}

export function lookupKeyword(family: string, name: string): HaproxyKeyword | undefined {
  return byFamily.get(family)?.get(name);
}

export function allFamilies(): string[] {
  return [...byFamily.keys()];
}

function asVersion(version: FactVersion): HaproxyVersion {
  return version === '<=1.4' ? '1.4' : version;
}

/** The value of a run-length map at a version: the entry of the newest version not after it. */
export function valueAt<T>(map: ByVersion<T> | undefined, version: HaproxyVersion): T | undefined {
  if (!map) return undefined;
  let found: T | undefined;
  for (const v of HAPROXY_VERSIONS) {
    if (!atLeast(version, v)) break;
    if (v in map) found = map[v];
  }
  return found;
}

export type Availability =
  | { state: 'available'; deprecated?: { since: HaproxyVersion; replacement?: string } }
  | { state: 'too-new'; since: HaproxyVersion }
  | { state: 'removed'; removedIn: HaproxyVersion; replacement?: string };

/** Whether a keyword exists in a version: too new, removed (with its replacement), deprecated or fine. */
export function availabilityAt(fact: KeywordFact, version: HaproxyVersion): Availability {
  const since = asVersion(fact.since);
  if (!atLeast(version, since)) return { state: 'too-new', since };
  if (fact.removedIn && atLeast(version, fact.removedIn)) {
    return { state: 'removed', removedIn: fact.removedIn, replacement: fact.replacement };
  }
  if (fact.absentIn?.includes(version)) return { state: 'removed', removedIn: version, replacement: fact.replacement };
  const deprecatedSince = fact.deprecatedIn
    ? asVersion(fact.deprecatedIn)
    : fact.deprecatedInVersions?.map(asVersion).find((v) => v === version);
  if (deprecatedSince && atLeast(version, deprecatedSince)) {
    return { state: 'available', deprecated: { since: deprecatedSince, replacement: fact.replacement } };
  }
  return { state: 'available' };
}

/** The sections a keyword may appear in at a version. */
export function sectionsAt(keyword: HaproxyKeyword, version: HaproxyVersion): readonly string[] {
  if (keyword.family !== 'proxy') return [keyword.family];
  return valueAt(keyword.fact.sectionsByVersion, version) ?? keyword.fact.sections ?? [];
}

/** The branch whose manual documents a keyword best for a target version. */
function documentingVersion(fact: KeywordFact, version: HaproxyVersion): HaproxyVersion {
  const since = asVersion(fact.since);
  if (!atLeast(version, since)) return since;
  if (fact.until && !atLeast(fact.until, version)) return fact.until;
  return version;
}

/** The link to the official reference for a keyword, at the branch closest to the target version. */
export function referenceUrl(keyword: HaproxyKeyword, version: HaproxyVersion): string {
  const branch = documentingVersion(keyword.fact, version);
  const anchor = valueAt(keyword.fact.anchor, branch);
  const chapter = valueAt(keyword.fact.chapter, branch) ?? Object.values(keyword.fact.chapter)[0];
  const fragment = anchor ?? (chapter ? `${chapter}-${keyword.name}` : undefined);
  const base = `https://docs.haproxy.org/${branch}/configuration.html`;
  return fragment ? `${base}#${encodeURIComponent(fragment).replace(/%2F/g, '/')}` : base;
}

export function sampleFetch(name: string): KeywordFact | undefined {
  const fact = haproxyFacts.fetches[name];
  return fact ? withBackport(fact, registered26.fetches.includes(name) || registered26.acls.includes(name)) : undefined;
}

/** `map_<match>[_<output>]`: the manual documents these as one family under `map`. */
const MAP_VARIANT = /^map_(str|beg|sub|dir|dom|end|reg|regm|int|ip)(_(str|int|ip))?$/;

export function converter(name: string): KeywordFact | undefined {
  const fact = haproxyFacts.converters[name] ?? (MAP_VARIANT.test(name) ? haproxyFacts.converters.map : undefined);
  return fact ? withBackport(fact, registered26.converters.includes(name)) : undefined;
}

export function predefinedAcl(name: string): KeywordFact | undefined {
  return haproxyFacts.predefinedAcls[name];
}

export function sampleFetchNames(): string[] {
  return Object.keys(haproxyFacts.fetches);
}

export function converterNames(): string[] {
  return Object.keys(haproxyFacts.converters);
}

