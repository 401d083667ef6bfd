/** The HAProxy branches the catalogue knows, oldest first (facts were read from each `.0` release). */
export const HAPROXY_VERSIONS = [
  '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '2.0', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '3.0', '3.1', '3.2',
] as const;
export type HaproxyVersion = (typeof HAPROXY_VERSIONS)[number];

/** The latest LTS branch the catalogue covers: what a user gets without choosing. */
export const DEFAULT_HAPROXY_VERSION: HaproxyVersion = '3.2';

/** Looked up for every keyword and option checked: a map, not a search of the list. */
const VERSION_INDEX = new Map<string, number>(HAPROXY_VERSIONS.map((v, i) => [v, i]));

export function versionIndex(version: HaproxyVersion): number {
  return VERSION_INDEX.get(version) ?? -1;
}

/** `a` is the same branch as `b` or newer. */
export function atLeast(a: HaproxyVersion, b: HaproxyVersion): boolean {
  return versionIndex(a) >= versionIndex(b);
}

/**
 * Reads what a user or a binary says (`2.6`, `2.6.12`, `HAProxy version 2.6.12-1+deb12u4`, `<=1.4`)
 * as a known branch; a newer unknown branch is read as the newest known one.
 */
export function parseHaproxyVersion(text: string | undefined): HaproxyVersion | undefined {
  const match = /(\d+)\.(\d+)/.exec(text ?? '');
  if (!match) return undefined;
  const branch = `${Number(match[1])}.${Number(match[2])}`;
  if ((HAPROXY_VERSIONS as readonly string[]).includes(branch)) return branch as HaproxyVersion;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  const newest = HAPROXY_VERSIONS[HAPROXY_VERSIONS.length - 1]!;
  const [newestMajor, newestMinor] = newest.split('.').map(Number) as [number, number];
  if (major > newestMajor || (major === newestMajor && minor > newestMinor)) return newest;
  return major < 1 || (major === 1 && minor < 4) ? '1.4' : undefined;
}
