import factsJson from './generated/facts.json' with { type: 'json' };
import registeredJson from './generated/registered-2.6.json' with { type: 'json' };
import type { HaproxyVersion } from './versions.js';

/** A version as the facts write it: a branch, or `<=1.4` for "already in the oldest manual read". */
export type FactVersion = HaproxyVersion | '<=1.4';

/** Maps that record a value from the version where it starts or changes (see generated/README.md). */
export type ByVersion<T> = Partial<Record<HaproxyVersion, T>>;

/** One keyword as generated from the manuals of every branch (generated/README.md describes each field). */
export interface KeywordFact {
  since: FactVersion;
  until?: HaproxyVersion;
  removedIn?: HaproxyVersion;
  absentIn?: HaproxyVersion[];
  syntax: string[];
  chapter: ByVersion<string>;
  anchor?: ByVersion<string>;
  sections?: string[];
  sectionsByVersion?: ByVersion<string[]>;
  negatable?: boolean;
  namedDefaultsOnly?: boolean;
  deprecatedIn?: FactVersion;
  deprecatedInVersions?: FactVersion[];
  replacement?: string;
  default?: string;
  defaultByVersion?: ByVersion<string | null>;
  matrixOnly?: boolean;
  listedOnly?: boolean;
  ruleset?: string;
  type?: string;
  kind?: 'fetch' | 'acl';
  of?: string;
  equivalent?: string;
}

export interface HaproxyFacts {
  versions: HaproxyVersion[];
  keywords: Record<string, Record<string, KeywordFact>>;
  fetches: Record<string, KeywordFact>;
  converters: Record<string, KeywordFact>;
  predefinedAcls: Record<string, KeywordFact>;
}

export const haproxyFacts = factsJson as unknown as HaproxyFacts;

/** What Debian's HAProxy 2.6 binary registers (`haproxy -dKall`), for backports and undocumented keywords. */
export interface RegisteredKeywords {
  version: string;
  sections: Record<string, string[]>;
  bind: Record<string, number>;
  server: Record<string, number>;
  actions: Record<string, string[]>;
  converters: string[];
  fetches: string[];
  acls: string[];
}

export const registered26 = registeredJson as RegisteredKeywords;
