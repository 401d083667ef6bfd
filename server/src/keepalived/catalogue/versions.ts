import factsJson from './generated/facts.json' with { type: 'json' };

/**
 * The keepalived releases the catalogue knows, oldest first: every release tag from 2.0.0 to the
 * newest 2.3.x the facts were generated from (generated/README.md). Unlike HAProxy, keepalived adds
 * keywords in patch releases (2.2.8 has keywords 2.2.7 lacks), so a target is a release, not a branch.
 */
export const KEEPALIVED_VERSIONS: readonly string[] = factsJson.versions;

/** A release the facts cover, such as `2.2.7`. */
export type KeepalivedVersion = string;

/**
 * What a user gets without choosing: the newest release covered (2.3.4 as generated). keepalived has
 * no long-term-support branches, and distributions ship anything from 2.0 to 2.3, so the newest one
 * is the only choice that never calls a current keyword unknown; users of an older release (Debian 12
 * ships 2.2.7) set theirs and get "too new" errors for what their release lacks.
 */
export const DEFAULT_KEEPALIVED_VERSION: KeepalivedVersion = KEEPALIVED_VERSIONS[KEEPALIVED_VERSIONS.length - 1]!;

function parts(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  return [major, minor, patch];
}

/** Compares two releases: negative when `a` is older than `b`. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** `a` is the same release as `b` or newer. */
export function atLeast(a: KeepalivedVersion, b: string): boolean {
  return compareVersions(a, b) >= 0;
}

/**
 * Reads what a user or a binary says (`2.2`, `2.2.7`, `Keepalived v2.2.7 (01/16,2022)`) as a covered
 * release. A branch alone (`2.2`) means its newest covered release; an unknown patch release means the
 * newest covered one of its branch; anything newer than the catalogue means the newest release covered.
 * Versions older than 2.0 are not covered (undefined).
 */
export function parseKeepalivedVersion(text: string | undefined): KeepalivedVersion | undefined {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text ?? '');
  if (!match) return undefined;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  const wanted = `${major}.${minor}.${match[3] === undefined ? Number.MAX_SAFE_INTEGER : Number(match[3])}`;
  if (compareVersions(wanted, KEEPALIVED_VERSIONS[0]!) < 0) return undefined;
  const branch = KEEPALIVED_VERSIONS.filter((v) => v.startsWith(`${major}.${minor}.`));
  if (branch.length > 0) {
    const exact = branch.find((v) => compareVersions(v, wanted) === 0);
    return exact ?? [...branch].reverse().find((v) => compareVersions(v, wanted) <= 0) ?? branch[0];
  }
  const older = [...KEEPALIVED_VERSIONS].reverse().find((v) => compareVersions(v, wanted) <= 0);
  return older;
}
