import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { ClusterFileSystem } from './fs.js';

/** Files the loader never reads whole: a manifest, a config or a script is far smaller. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** The real disk, for the CLI and the language server. Errors read as "absent"; nothing is written. */
export function nodeFileSystem(): ClusterFileSystem {
  return {
    readFile(path) {
      try {
        const stats = statSync(path);
        if (!stats.isFile() || stats.size > MAX_FILE_BYTES) return undefined;
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    listDir(path) {
      try {
        return readdirSync(path).sort();
      } catch {
        return undefined;
      }
    },
    kind(path) {
      try {
        const stats = statSync(path);
        return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
