import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { languageOfPath, type LanguageId } from './languages.js';

/** Bounds of a workspace scan: a huge folder must not stall the server. */
export const SCAN_LIMITS = { files: 2_000, depth: 8, entries: 50_000, bytes: 20 * 1024 * 1024 } as const;
const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);

export interface WorkspaceFile {
  path: string;
  language: LanguageId;
}

/**
 * The haproxy and keepalived files under the workspace folders (by the same name rules as the
 * editor's language detection), bounded in count, depth and size; unreadable folders are skipped.
 */
export function scanWorkspace(roots: readonly string[]): WorkspaceFile[] {
  const files: WorkspaceFile[] = [];
  let entries = 0;
  const walk = (folder: string, depth: number): void => {
    if (depth > SCAN_LIMITS.depth || files.length >= SCAN_LIMITS.files) return;
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (++entries > SCAN_LIMITS.entries || files.length >= SCAN_LIMITS.files) return;
      if (SKIPPED.has(name)) continue;
      const path = nodePath.join(folder, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) walk(path, depth + 1);
      else if (stat.isFile() && stat.size <= SCAN_LIMITS.bytes) {
        const language = languageOfPath(path);
        if (language) files.push({ path, language });
      }
    }
  };
  for (const root of roots) walk(root, 0);
  return files;
}

/** A file's text, or undefined when it cannot be read. */
export function readTextFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
