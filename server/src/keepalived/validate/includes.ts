import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** A file an `include` line brings in. */
export interface IncludedFile {
  path: string;
  text: string;
}

/**
 * Finds the files an `include` pattern names, given the path of the including file. The validator
 * calls nothing else outside itself, so the core stays pure: the CLI and the server pass the file
 * system one below, tests pass a map.
 */
export type IncludeResolver = (fromFile: string, pattern: string) => IncludedFile[];

/** Enough for any real configuration; a pattern matching more is cut there. */
const MAX_MATCHES = 256;

/**
 * `include` resolved as keepalived 2.x does it (lib/parser.c `open_and_check_glob`, `open_conf_file`):
 * keepalived changes into the directory of every file it opens, so a relative pattern is relative to
 * the including file's folder; the pattern is a glob(3) with GLOB_BRACE (`{a,b}`), matches are sorted
 * byte-wise per brace alternative, a leading `.` must be matched explicitly, and only regular,
 * non-executable files are read (directories and executables are skipped, as keepalived does).
 */
export function fileSystemIncludeResolver(): IncludeResolver {
  return (fromFile, pattern) => {
    const base = path.dirname(fromFile);
    const files: IncludedFile[] = [];
    for (const alternative of expandBraces(pattern)) {
      const absolute = alternative.startsWith('/') ? alternative : path.join(base, alternative);
      for (const match of globMatches(absolute).sort(byteOrder)) {
        if (files.length >= MAX_MATCHES) return files;
        if (!readableConfigFile(match)) continue;
        try {
          files.push({ path: match, text: readFileSync(match, 'utf8') });
        } catch {
          // keepalived reports an unreadable file and goes on with the next one.
        }
      }
    }
    return files;
  };
}

function byteOrder(a: string, b: string): number {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return Buffer.compare(x, y);
}

function readableConfigFile(file: string): boolean {
  try {
    const stat = statSync(file);
    return stat.isFile() && (stat.mode & 0o111) === 0;
  } catch {
    return false;
  }
}

/** GLOB_BRACE: `a{b,c{d,e}}f` -> `abf`, `acdf`, `acef`, in that order. `\` escapes a brace or comma. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = pattern.slice(open + 1, i);
        const parts = splitTopLevel(inner);
        if (parts.length < 2 && !inner.includes(',')) {
          // `{x}` with no comma is kept by glibc as a literal brace group.
          return expandBraces(pattern.slice(i + 1)).map((rest) => `${pattern.slice(0, i + 1)}${rest}`);
        }
        const head = pattern.slice(0, open);
        const tails = expandBraces(pattern.slice(i + 1));
        return parts.flatMap((part) => expandBraces(part).flatMap((p) => tails.map((t) => head + p + t)));
      }
    }
  }
  return [pattern];
}

function splitTopLevel(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts;
}

function hasWildcard(segment: string): boolean {
  return /(^|[^\\])[*?[]/.test(segment);
}

/** A glob(3) segment (`*`, `?`, `[...]`, `[!...]`, `\x`) as a regular expression for one name. */
export function segmentPattern(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) {
      source += escapeRegExp(segment[++i]!);
    } else if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) {
        source += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      source += `[${negated ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`;
      i = close;
    } else source += escapeRegExp(c);
  }
  return new RegExp(`^${source}$`, 's');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function unescape(segment: string): string {
  return segment.replace(/\\(.)/g, '$1');
}

/** Every existing path matching an absolute pattern, segment by segment. */
function globMatches(pattern: string): string[] {
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let current = ['/'];
  for (const segment of segments.slice(1)) {
    const next: string[] = [];
    for (const dir of current) {
      if (!hasWildcard(segment)) {
        const candidate = path.join(dir, unescape(segment));
        if (exists(candidate)) next.push(candidate);
        continue;
      }
      const matcher = segmentPattern(segment);
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        continue;
      }
      for (const name of names) {
        if (name.startsWith('.') && !segment.startsWith('.') && !segment.startsWith('\\.')) continue;
        if (matcher.test(name)) next.push(path.join(dir, name));
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return current.filter((p) => p !== '/');
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
