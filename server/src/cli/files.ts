import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { languageOfPath, type LanguageId } from '../service/languages.js';

/** Folders never worth scanning. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
/** A bound on a scan, so a mistaken `check /` ends instead of walking the whole disk. */
const MAX_FILES_SCANNED = 200_000;

export interface FileToCheck {
  file: string;
  language: LanguageId;
}

export interface Collected {
  files: FileToCheck[];
  /** Paths that could not be read, with the reason; the CLI exits 2 when any exist. */
  unreadable: Array<{ path: string; reason: string }>;
}

/**
 * Expands the CLI's arguments: a file is checked as given (its language from its name, its
 * extension, or `--language`); a folder is walked for the files the editor would claim.
 */
export function collectFiles(args: readonly string[], forcedLanguage?: LanguageId): Collected {
  const collected: Collected = { files: [], unreadable: [] };
  let scanned = 0;
  const walk = (folder: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(folder).sort();
    } catch (error) {
      collected.unreadable.push({ path: folder, reason: reasonOf(error) });
      return;
    }
    for (const entry of entries) {
      if (++scanned > MAX_FILES_SCANNED) return;
      const full = path.join(folder, entry);
      let stats;
      try {
        stats = lstatSync(full); // symbolic links to folders are not followed: no loops
      } catch {
        continue;
      }
      if (stats.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry)) walk(full);
        continue;
      }
      const language = forcedLanguage ?? languageOfPath(full);
      if (language && (stats.isFile() || stats.isSymbolicLink())) collected.files.push({ file: full, language });
    }
  };
  for (const arg of args) {
    let stats;
    try {
      stats = statSync(arg);
    } catch (error) {
      collected.unreadable.push({ path: arg, reason: reasonOf(error) });
      continue;
    }
    if (stats.isDirectory()) {
      walk(arg);
      continue;
    }
    const language = forcedLanguage ?? languageOfPath(path.resolve(arg)) ?? languageByExtension(arg);
    if (language) collected.files.push({ file: arg, language });
    else {
      collected.unreadable.push({
        path: arg,
        reason: 'cannot tell whether this is a haproxy or a keepalived file; name it *.cfg or *.conf, or pass --language',
      });
    }
  }
  return collected;
}

function languageByExtension(file: string): LanguageId | undefined {
  if (file.endsWith('.cfg')) return 'haproxy';
  if (file.endsWith('.conf')) return 'keepalived';
  return undefined;
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

export function reasonOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'is a folder';
    return code;
  }
  return error instanceof Error ? error.message : String(error);
}


