import type { Redactor } from './redact.js';

/** Progress of a deploy, status or rollback, step by step. The CLI prints it; the editor shows it. */
export interface Reporter {
  /** A numbered step begins (1-based, out of `total`). */
  step(index: number, total: number, title: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** A unified diff of one remote file against the new one. */
  diff(machine: string, remotePath: string, patch: string): void;
}

/** `reporter` with every text passed through `redact` first: no secret reaches any output. */
export function redactingReporter(reporter: Reporter, redact: Redactor): Reporter {
  return {
    step: (index, total, title) => reporter.step(index, total, redact(title)),
    info: (message) => reporter.info(redact(message)),
    warn: (message) => reporter.warn(redact(message)),
    error: (message) => reporter.error(redact(message)),
    diff: (machine, remotePath, patch) => reporter.diff(redact(machine), redact(remotePath), redact(patch)),
  };
}

/** The plain-text progress the CLI prints (one line per event, diffs as they are). */
export function textReporter(write: (text: string) => void): Reporter {
  return {
    step: (index, total, title) => write(`[${index}/${total}] ${title}\n`),
    info: (message) => write(`  ${message}\n`),
    warn: (message) => write(`  warning: ${message}\n`),
    error: (message) => write(`  error: ${message}\n`),
    diff: (_machine, _remotePath, patch) => write(patch.endsWith('\n') ? patch : `${patch}\n`),
  };
}
