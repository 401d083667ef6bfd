import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';

/** Folders where system daemons live but that a user's PATH often lacks. */
const SYSTEM_DIRS = ['/usr/sbin', '/usr/local/sbin', '/sbin'];

/**
 * Finds an executable: the configured path when given (used only if it is executable), else the
 * name on PATH or in the system folders. Undefined when there is none.
 */
export function findExecutable(name: string, configured?: string): string | undefined {
  if (configured && configured.trim() !== '') return isExecutable(configured) ? configured : undefined;
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), ...SYSTEM_DIRS].filter((d) => d !== '');
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
