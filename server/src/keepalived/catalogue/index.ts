import type { KeywordDoc } from '../../common/docs.js';
import { keepalivedDocs } from './docs/keywords.js';
import factsJson from './generated/facts.json' with { type: 'json' };
import { atLeast, compareVersions, type KeepalivedVersion } from './versions.js';

export {
  atLeast,
  compareVersions,
  DEFAULT_KEEPALIVED_VERSION,
  KEEPALIVED_VERSIONS,
  parseKeepalivedVersion,
  type KeepalivedVersion,
} from './versions.js';

/** What the generator read from a keyword's handler (generated/README.md describes each field). */
export interface KeywordValues {
  min?: number;
  max?: number;
  decimal?: boolean;
  unit?: 'seconds';
  rangeConditional?: boolean;
  enum?: string[];
  bool?: string[];
  at?: Record<string, { min?: number; max?: number; enum?: string[] }>;
  words?: string[];
  args?: 0;
  maxArgs?: number;
  variadic?: boolean;
}

/** One keyword at one position of the keyword tree, as generated from keepalived's sources. */
export interface KeywordFact {
  since: string;
  until?: string;
  absentIn?: string[];
  deprecatedIn?: string;
  replacement?: string | string[];
  guard?: string;
  block: boolean;
  children?: Record<string, KeywordFact>;
  valueBlock?: boolean;
  entryWords?: string[];
  quoted?: boolean;
  doc?: string;
  values?: KeywordValues;
}

interface KeepalivedFacts {
  versions: string[];
  docs: { manual: string; sectionLink: string };
  lexical: { definitions: string[]; include: string[]; blocks: string[]; since: Record<string, string> };
  roots: Record<string, KeywordFact>;
}

const facts = factsJson as unknown as KeepalivedFacts;

/**
 * The keepalived keyword catalogue: the exact keyword tree of every release 2.0.0..2.3.x (generated
 * facts) joined with our hand-written docs. The single source for validation, hover and completion.
 */
export interface KeepalivedKeyword {
  name: string;
  /** The names from the root down to this keyword: `['vrrp_instance', 'authentication', 'auth_type']`. */
  path: readonly string[];
  parent?: KeepalivedKeyword;
  fact: KeywordFact;
  /** Our doc: the `parent>name` entry when there is one, else the plain `name` entry. */
  doc?: KeywordDoc;
  /** Keywords valid inside this keyword's block (empty for plain keywords and value blocks). */
  children: ReadonlyMap<string, KeepalivedKeyword>;
}

const docs = keepalivedDocs as Record<string, KeywordDoc>;

function build(entries: Record<string, KeywordFact>, parent: KeepalivedKeyword | undefined, into: Map<string, KeepalivedKeyword>): void {
  for (const [name, fact] of Object.entries(entries)) {
    const children = new Map<string, KeepalivedKeyword>();
    const keyword: KeepalivedKeyword = {
      name,
      path: [...(parent?.path ?? []), name],
      parent,
      fact,
      doc: (parent ? docs[`${parent.name}>${name}`] : undefined) ?? docs[name],
      children,
    };
    into.set(name, keyword);
    const named = byName.get(name);
    if (named) named.push(keyword);
    else byName.set(name, [keyword]);
    if (fact.children) build(fact.children, keyword, children);
  }
}

const byName = new Map<string, KeepalivedKeyword[]>();
const roots = new Map<string, KeepalivedKeyword>();
build(facts.roots, undefined, roots);

/** The keywords allowed directly in a block: the top level when `parent` is undefined. */
export function childKeywords(parent?: KeepalivedKeyword): ReadonlyMap<string, KeepalivedKeyword> {
  return parent ? parent.children : roots;
}

export function lookupChild(parent: KeepalivedKeyword | undefined, name: string): KeepalivedKeyword | undefined {
  return childKeywords(parent).get(name);
}

/** A keyword by its block path, e.g. `['vrrp_instance', 'authentication', 'auth_type']`. */
export function lookupKeyword(path: readonly string[]): KeepalivedKeyword | undefined {
  let keyword: KeepalivedKeyword | undefined;
  for (const name of path) {
    keyword = lookupChild(keyword, name);
    if (!keyword) return undefined;
  }
  return keyword;
}

/** Every position where a keyword of this name exists (for "belongs in ..." messages). */
export function keywordsNamed(name: string): readonly KeepalivedKeyword[] {
  return byName.get(name) ?? [];
}

/** Every keyword of the tree, parents before their children. */
export function allKeywords(): KeepalivedKeyword[] {
  const out: KeepalivedKeyword[] = [];
  const walk = (map: ReadonlyMap<string, KeepalivedKeyword>): void => {
    for (const keyword of map.values()) {
      out.push(keyword);
      walk(keyword.children);
    }
  };
  walk(roots);
  return out;
}

export type Availability =
  | { state: 'available'; deprecated?: { since: string; replacement?: string | string[] } }
  | { state: 'too-new'; since: string }
  | { state: 'removed'; removedIn: string; replacement?: string | string[] };

/** Whether a keyword exists at its position in a release: too new, removed, deprecated or fine. */
export function availabilityAt(fact: KeywordFact, version: KeepalivedVersion): Availability {
  if (!atLeast(version, fact.since)) return { state: 'too-new', since: fact.since };
  if (fact.until && atLeast(version, fact.until)) return { state: 'removed', removedIn: fact.until, replacement: fact.replacement };
  if (fact.absentIn?.includes(version)) return { state: 'removed', removedIn: version, replacement: fact.replacement };
  if (fact.deprecatedIn && atLeast(version, fact.deprecatedIn)) {
    return { state: 'available', deprecated: { since: fact.deprecatedIn, replacement: fact.replacement } };
  }
  return { state: 'available' };
}

/** `vrrp_instance > authentication`, or `the top level` for the root. */
export function blockLabel(keyword: KeepalivedKeyword | undefined): string {
  return keyword ? keyword.path.join(' > ') : 'the top level';
}

/** The keepalived.conf(5) section that documents a keyword: its root's section. */
export function manualSection(keyword: KeepalivedKeyword): string | undefined {
  let root = keyword;
  while (root.parent) root = root.parent;
  return root.fact.doc;
}

/**
 * The link to the official reference (generated/README.md, "Documentation link scheme"): the
 * manual page, scrolled by a text fragment to the section of the keyword's root. The manual is one
 * page for every version, so the link does not depend on the target version.
 */
export function referenceUrl(keyword: KeepalivedKeyword): string {
  const section = manualSection(keyword);
  return section ? facts.docs.sectionLink.replace('{section}', encodeURIComponent(section)) : facts.docs.manual;
}

/** Reader-level features (`include`, `~SEQ`, `$_RANDOM`...) and the release that introduced each. */
export function lexicalSince(word: string): string | undefined {
  return facts.lexical.since[word];
}

/** The newest of two releases. */
export function newer(a: string, b: string): string {
  return compareVersions(a, b) >= 0 ? a : b;
}
