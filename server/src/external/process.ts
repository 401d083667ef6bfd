import { execFile } from 'node:child_process';

/** What running a program gave back. `code` is null when it was killed (for instance on timeout). */
export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface RunOptions {
  cwd?: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * The one door to running local programs (`haproxy -c`, `keepalived -t`): an argument array, never
 * a shell string, and always a time limit. Tests and the CLI use the same interface.
 */
export interface ProcessRunner {
  run(command: string, args: readonly string[], options: RunOptions): Promise<ProcessResult>;
}

export const nodeProcessRunner: ProcessRunner = {
  run(command, args, options) {
    return new Promise((resolve) => {
      execFile(
        command,
        [...args],
        { cwd: options.cwd, timeout: options.timeoutMs, env: options.env, maxBuffer: 8 * 1024 * 1024, killSignal: 'SIGKILL' },
        (error, stdout, stderr) => {
          const failure = error as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null;
          if (failure && typeof failure.code === 'string') {
            // The program could not be started at all (ENOENT, EACCES...).
            resolve({ code: null, stdout: '', stderr: `${command}: ${failure.message}`, timedOut: false });
            return;
          }
          resolve({
            code: failure ? (typeof failure.code === 'number' ? failure.code : null) : 0,
            stdout: String(stdout),
            stderr: String(stderr),
            timedOut: Boolean(failure?.killed),
          });
        },
      );
    });
  },
};
