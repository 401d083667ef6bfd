/**
 * Which files are ours. The same rules as the `languages` contribution in package.json, so the CLI
 * scanning a folder picks exactly the files the editor would: never every `.cfg` or `.conf`.
 */
export type LanguageId = 'haproxy' | 'keepalived';

export const LANGUAGE_IDS: readonly LanguageId[] = ['haproxy', 'keepalived'];

export function isLanguageId(value: unknown): value is LanguageId {
  return value === 'haproxy' || value === 'keepalived';
}

/** Works on file paths and on `file:` URIs (both use `/`; Windows back-slashes are folded). */
export function languageOfPath(pathOrUri: string): LanguageId | undefined {
  const parts = decodeSafely(pathOrUri).replace(/\\/g, '/').split('/').filter((p) => p.length > 0);
  const base = parts.at(-1);
  if (base === undefined) return undefined;
  const folders = parts.slice(0, -1);
  if (base.endsWith('.cfg') && (/^haproxy.*\.cfg$/.test(base) || base.endsWith('.haproxy.cfg') || folders.includes('haproxy'))) {
    return 'haproxy';
  }
  if (base.endsWith('.conf') && (/^keepalived.*\.conf$/.test(base) || folders.includes('keepalived'))) {
    return 'keepalived';
  }
  return undefined;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
