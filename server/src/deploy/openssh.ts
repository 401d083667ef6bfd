import { spawn } from 'node:child_process';
import { shellCommand } from './quote.js';
import type { SshSettings } from './settings.js';
import type { CommandResult, MachineRef, RunOptions, Transport, TransportFactory, UploadData } from './transport.js';

const DEFAULT_TIMEOUT_MS = 120_000;
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

/**
 * The ssh options for a machine, as an argument array. BatchMode=yes always (no prompt can hang a
 * deploy); host keys are checked by OpenSSH as configured (StrictHostKeyChecking is passed only when
 * the manifest sets it); dead connections end after ServerAliveInterval x ServerAliveCountMax.
 */
export function sshOptions(ssh: SshSettings): string[] {
  const args: string[] = [];
  if (ssh.configFile) args.push('-F', ssh.configFile);
  // ssh keeps the first value it reads for an option: BatchMode first (nothing overrides it), then
  // the user's own options, then our defaults.
  args.push('-o', 'BatchMode=yes');
  if (ssh.identityFile) args.push('-i', ssh.identityFile, '-o', 'IdentitiesOnly=yes');
  if (ssh.knownHostsFile) args.push('-o', `UserKnownHostsFile=${ssh.knownHostsFile}`);
  if (ssh.strictHostKeyChecking) args.push('-o', `StrictHostKeyChecking=${ssh.strictHostKeyChecking}`);
  for (const option of ssh.options) args.push('-o', option);
  args.push('-o', `ConnectTimeout=${ssh.connectTimeoutSeconds}`, '-o', 'ServerAliveInterval=5', '-o', 'ServerAliveCountMax=3');
  if (ssh.port !== undefined) args.push('-p', String(ssh.port));
  if (ssh.user) args.push('-l', ssh.user);
  return args;
}

/** The full `ssh` argument array that runs `argv` on the machine (quoted once, by `shellCommand`). */
export function sshArguments(machine: MachineRef, argv: readonly string[]): string[] {
  const command = machine.ssh.sudo ? ['sudo', '-n', '--', ...argv] : [...argv];
  return [...sshOptions(machine.ssh), '--', machine.host, shellCommand(command)];
}

function isStream(data: UploadData): data is AsyncIterable<Uint8Array> {
  return typeof (data as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function';
}

/** Runs `ssh` with bytes on its stdin; kills it (by its PID) on timeout or when the input fails. */
function runSsh(sshBinary: string, args: string[], input: UploadData | undefined, timeoutMs: number): Promise<CommandResult & { inputError?: unknown }> {
  return new Promise((resolve) => {
    const child = spawn(sshBinary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let size = 0;
    let inputError: unknown;
    let settled = false;
    const timer = setTimeout(() => {
      stderr.push(Buffer.from(`\n(ssh stopped after ${Math.round(timeoutMs / 1000)} s)`));
      child.kill('SIGKILL');
    }, timeoutMs);
    const collect = (into: Buffer[]) => (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= MAX_OUTPUT_BYTES) into.push(chunk);
    };
    child.stdout.on('data', collect(stdout));
    child.stderr.on('data', collect(stderr));
    child.stdin.on('error', () => undefined); // EPIPE when ssh exits first: its status says why
    child.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ code: null, stdout: '', stderr: `${sshBinary}: ${error.message}` });
    });
    child.on('close', (code) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), inputError });
    });
    if (input === undefined) {
      child.stdin.end();
    } else if (!isStream(input)) {
      child.stdin.end(Buffer.from(input));
    } else {
      void (async () => {
        try {
          for await (const chunk of input) {
            if (!child.stdin.write(Buffer.from(chunk))) await new Promise((r) => child.stdin.once('drain', r));
          }
          child.stdin.end();
        } catch (error) {
          inputError = error;
          child.kill('SIGKILL');
        }
      })();
    }
  });
}

/** The remote side of an upload: bytes from stdin into exactly one file, readable by its owner only until installed. */
const UPLOAD_SCRIPT = 'umask 077 && cat > "$1"';

/**
 * A transport over the system's OpenSSH client, so ~/.ssh/config, the agent, jump hosts and
 * known_hosts work as in a terminal. Uploads go through `ssh` to `cat` (the same connection options,
 * the path passed as one quoted argument, no scp/sftp path globbing).
 */
export function openSshTransport(machine: MachineRef, sshBinary = 'ssh'): Transport {
  const port = machine.ssh.port !== undefined && machine.ssh.port !== 22 ? `:${machine.ssh.port}` : '';
  return {
    description: `${machine.ssh.user ? `${machine.ssh.user}@` : ''}${machine.host}${port}`,
    async run(argv: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
      const { code, stdout, stderr } = await runSsh(sshBinary, sshArguments(machine, argv), undefined, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      return { code, stdout, stderr };
    },
    async upload(remotePath: string, data: UploadData, options: RunOptions = {}): Promise<void> {
      const result = await runSsh(sshBinary, sshArguments(machine, ['sh', '-c', UPLOAD_SCRIPT, 'sh', remotePath]), data, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      if (result.inputError !== undefined) {
        throw new Error(`upload of ${remotePath} interrupted: ${result.inputError instanceof Error ? result.inputError.message : String(result.inputError)}`);
      }
      if (result.code !== 0) throw new Error(`upload of ${remotePath} failed: ${sshFailure(result)}`);
    },
  };
}

export const openSshTransports: TransportFactory = (machine) => openSshTransport(machine);

/** A one-line reason for a failed ssh command (OpenSSH's own message when the connection failed). */
export function sshFailure(result: CommandResult): string {
  const text = result.stderr.replace(/\r/g, '').trim().split('\n').filter((line) => line.trim() !== '').slice(-3).map((line) => line.trim()).join(' / ');
  if (result.code === 255) return text || 'ssh could not connect';
  return text || `exit status ${result.code ?? 'none (killed)'}`;
}
