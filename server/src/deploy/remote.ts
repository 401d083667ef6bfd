/**
 * The commands the deploy runs on a machine, as argument arrays. Each is a short POSIX `sh -c`
 * script whose data (paths, names) arrive as positional parameters, so no path is ever pasted into
 * script text: the transport quotes the whole array once.
 */
import { posix } from 'node:path';
import { sshFailure } from './openssh.js';
import type { CommandResult, Transport } from './transport.js';

const PATH_PREFIX = 'PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"; export PATH; ';

/** `sh -c SCRIPT sh ARGS...`: the script sees ARGS as $1, $2... */
export function script(body: string, ...args: string[]): string[] {
  return ['sh', '-c', PATH_PREFIX + body, 'sh', ...args];
}

/** Runs a program found on the system PATH (sbin folders included), with its arguments as given. */
export function program(argv: readonly string[]): string[] {
  return script('exec "$@"', ...argv);
}

export const DETECT = script(
  [
    `printf 'haproxy=%s\\n' "$(haproxy -v 2>/dev/null | head -n 1)"`,
    `printf 'keepalived=%s\\n' "$(keepalived --version 2>&1 | head -n 1)"`,
    `if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then echo manager=systemd`,
    `elif command -v service >/dev/null 2>&1; then echo manager=service`,
    `else echo manager=none; fi`,
    `printf 'uid=%s\\n' "$(id -u)"`,
  ].join('\n'),
);

export interface Detected {
  haproxy?: string;
  keepalived?: string;
  manager: 'systemd' | 'service' | 'none';
}

export function parseDetect(output: string): Detected {
  const value = (key: string): string | undefined => output.split('\n').find((line) => line.startsWith(`${key}=`))?.slice(key.length + 1).trim();
  const haproxy = /version (\d+\.\d+(?:\.\d+)?)/i.exec(value('haproxy') ?? '')?.[1];
  const keepalived = /v(\d+\.\d+\.\d+)/.exec(value('keepalived') ?? '')?.[1];
  const manager = value('manager');
  return { haproxy, keepalived, manager: manager === 'systemd' || manager === 'service' ? manager : 'none' };
}

export function lock(path: string, owner: string): string[] {
  return script('if mkdir -- "$1" 2>/dev/null; then printf \'%s\\n\' "$2" > "$1/owner"; echo locked; else printf \'held by: %s\\n\' "$(cat -- "$1/owner" 2>/dev/null)"; exit 3; fi', path, owner);
}

export function unlock(path: string): string[] {
  return script('rm -f -- "$1/owner"; rmdir -- "$1"', path);
}

/** Prints `present` and the file, or `absent`. */
export function readFile(path: string): string[] {
  return script('if [ -f "$1" ]; then echo present; cat -- "$1"; else echo absent; fi', path);
}

export function parseReadFile(output: string): string | undefined {
  if (output.startsWith('present\n')) return output.slice('present\n'.length);
  return undefined;
}

export function removeFiles(paths: readonly string[]): string[] {
  return script('rm -f -- "$@"', ...paths);
}

export function makeFolders(paths: readonly string[]): string[] {
  return script('mkdir -p -- "$@"', ...paths);
}

/** The temporary name next to `target` (same folder, so the final rename is atomic); never read by haproxy, keepalived or sysctl. */
export function temporaryPath(target: string, id: string): string {
  return posix.join(posix.dirname(target), `.${posix.basename(target)}.${id}.tmp`);
}

export const BACKUP_NAME = /^[0-9]{8}T[0-9]{9}Z$/;

/** A backup folder name that sorts by time: 20261204T213000123Z. */
export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '').replace(/^(\d{8}T\d{9})Z$/, '$1Z');
}

/**
 * Copies each target (or notes that it does not exist) into BASE/STAMP, then keeps only the newest
 * KEEP backups. `complete` is written last: an interrupted backup is never restored.
 */
export function backup(base: string, stamp: string, keep: number, targets: readonly string[]): string[] {
  return script(
    [
      'set -e',
      'base=$1; stamp=$2; keep=$3; shift 3',
      'mkdir -p -- "$base"; dir="$base/$stamp"; mkdir -- "$dir"',
      'i=0',
      'for target in "$@"; do',
      '  i=$((i + 1)); printf \'%s\' "$target" > "$dir/$i.path"',
      '  if [ -e "$target" ]; then cp -p -- "$target" "$dir/$i.data"; else : > "$dir/$i.absent"; fi',
      'done',
      ': > "$dir/complete"',
      'ls -1 -- "$base" | grep -E \'^[0-9]{8}T[0-9]{9}Z$\' | sort | head -n -"$keep" | while IFS= read -r old; do rm -rf -- "$base/$old"; done',
    ].join('\n'),
    base,
    stamp,
    String(keep),
    ...targets,
  );
}

/** Renames each temporary file over its target (TMP TARGET MODE triples; MODE is used for a new file, else the old file's mode and owner are kept). */
export function install(files: ReadonlyArray<{ temporary: string; target: string; mode: string }>): string[] {
  return script(
    [
      'set -e',
      'while [ $# -ge 3 ]; do',
      '  tmp=$1; target=$2; mode=$3; shift 3',
      '  if [ -e "$target" ]; then chmod --reference="$target" -- "$tmp"; chown --reference="$target" -- "$tmp" 2>/dev/null || true',
      '  else chmod "$mode" -- "$tmp"; fi',
      '  mv -f -- "$tmp" "$target"',
      'done',
    ].join('\n'),
    ...files.flatMap((f) => [f.temporary, f.target, f.mode]),
  );
}

/**
 * Puts back the files of backup BASE/STAMP (`latest`: the newest complete one), each through a
 * temporary file and a rename; a file that did not exist is removed. With `consume`, the backup is
 * deleted afterwards (rollback steps back one deploy each time). Prints `restored PATH` lines.
 */
export function restore(base: string, stamp: string, consume: boolean): string[] {
  return script(
    [
      'set -e',
      'base=$1; stamp=$2',
      'if [ "$stamp" = latest ]; then stamp=$(ls -1 -- "$base" 2>/dev/null | grep -E \'^[0-9]{8}T[0-9]{9}Z$\' | sort | while IFS= read -r s; do [ -f "$base/$s/complete" ] && echo "$s"; done | tail -n 1); fi',
      'if [ -z "$stamp" ] || [ ! -f "$base/$stamp/complete" ]; then echo "no backup to restore in $base" >&2; exit 4; fi',
      'dir="$base/$stamp"; echo "backup=$stamp"',
      'for p in "$dir"/*.path; do',
      '  i=${p##*/}; i=${i%.path}; target=$(cat -- "$p")',
      '  if [ -e "$dir/$i.absent" ]; then rm -f -- "$target"',
      '  else tmp="$(dirname -- "$target")/.$(basename -- "$target").restore-$$.tmp"; cp -p -- "$dir/$i.data" "$tmp"; mv -f -- "$tmp" "$target"; fi',
      '  printf \'restored=%s\\n\' "$target"',
      'done',
      'if [ "$3" = consume ]; then rm -rf -- "$dir"; fi',
    ].join('\n'),
    base,
    stamp,
    consume ? 'consume' : 'keep',
  );
}

export function applySysctl(path: string): string[] {
  return script('if [ -f "$1" ]; then sysctl -p "$1"; fi', path);
}

/** Every address the machine has (for "who holds the VIP"). */
export const ADDRESSES = program(['ip', '-o', 'addr', 'show']);

export function holdsAddress(ipAddrOutput: string, address: string): boolean {
  return ipAddrOutput.split('\n').some((line) => {
    const match = /\binet6? ([^/\s]+)(?:\/\d+)?/.exec(line);
    return match?.[1] === address;
  });
}

export interface ServiceCommands {
  reloadHaproxy: string[];
  reloadKeepalived: string[];
  checkHaproxy: string[];
  checkKeepalived: string[];
}

/** Runs a command; a non-zero status or a failed connection becomes an Error with the reason. */
export async function runChecked(transport: Transport, argv: readonly string[], what: string, timeoutMs?: number): Promise<CommandResult> {
  const result = await transport.run(argv, { timeoutMs });
  if (result.code !== 0) throw new Error(`${what} failed on ${transport.description}: ${sshFailure(result)}`);
  return result;
}
