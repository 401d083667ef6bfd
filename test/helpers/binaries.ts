import { spawnSync } from 'node:child_process';

/**
 * Whether a real checker binary is on PATH. CI installs Debian's haproxy and keepalived, so there a
 * missing binary is a failure; elsewhere the caller skips with the returned reason.
 */
export function binaryMissing(name: 'haproxy' | 'keepalived'): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
  if (found) return undefined;
  const reason = `${name} is not installed (apt-get install ${name}); the comparison with the real checker is skipped`;
  if (process.env.CI) throw new Error(`${reason}, but CI must have it`);
  return reason;
}
