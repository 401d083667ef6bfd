import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { clusterStatus, deployCluster, rollbackCluster, textReporter, type DeployResult } from '../deploy/index.js';

/**
 * Exit statuses of deploy, status and rollback (also in the usage text and the README).
 *   0 success (dry run: the preview was shown; status: healthy)
 *   1 stopped before any node changed (local errors, a node unreachable or locked, remote validation)
 *   2 usage error
 *   3 applying failed on a node: it was restored; nodes before it keep the new configuration
 *   4 applied, but the web content or the verification failed (status: the cluster is not healthy)
 *   5 not confirmed (no --yes and no terminal to ask, or the answer was no): nothing changed
 */
export const DEPLOY_EXIT = { ok: 0, stopped: 1, usage: 2, applyFailed: 3, verifyFailed: 4, refused: 5 } as const;

export interface DeployCliArgs {
  command: 'deploy' | 'status' | 'rollback';
  folder: string;
  dryRun: boolean;
  yes: boolean;
  overlay?: string;
}

export interface DeployCliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stdin is a terminal a question can be asked on. */
  interactive: boolean;
  /** Asks a yes/no question (only called when interactive). */
  ask?: (question: string) => Promise<boolean>;
}

export function exitStatusOf(result: DeployResult): number {
  if (result.ok) return DEPLOY_EXIT.ok;
  switch (result.stage) {
    case 'refused':
      return DEPLOY_EXIT.refused;
    case 'apply':
      return DEPLOY_EXIT.applyFailed;
    case 'web':
    case 'verify':
      return DEPLOY_EXIT.verifyFailed;
    default:
      return DEPLOY_EXIT.stopped;
  }
}

async function askOnTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

export async function runDeployCommand(args: DeployCliArgs, io: DeployCliIo): Promise<number> {
  let overlay: unknown;
  if (args.overlay) {
    try {
      overlay = JSON.parse(readFileSync(args.overlay, 'utf8'));
    } catch (error) {
      io.err(`haproxy-keepalived: cannot read the overlay '${args.overlay}': ${error instanceof Error ? error.message : String(error)}\n`);
      return DEPLOY_EXIT.usage;
    }
  }
  const reporter = textReporter(io.out);
  if (args.command === 'status') {
    const status = await clusterStatus(args.folder, { reporter, overlay });
    return status.ok ? DEPLOY_EXIT.ok : DEPLOY_EXIT.verifyFailed;
  }
  if (args.command === 'rollback') {
    if (!args.yes && !io.interactive) {
      io.err('haproxy-keepalived: refusing to roll back without --yes: stdin is not a terminal to confirm on\n');
      return DEPLOY_EXIT.refused;
    }
    if (!args.yes && !(await (io.ask ?? askOnTerminal)('Restore the newest backup on every node? [y/N] '))) return DEPLOY_EXIT.refused;
    const result = await rollbackCluster(args.folder, { reporter, overlay });
    return result.ok ? DEPLOY_EXIT.ok : result.restored.length > 0 ? DEPLOY_EXIT.applyFailed : DEPLOY_EXIT.stopped;
  }
  const result = await deployCluster(args.folder, {
    reporter,
    overlay,
    dryRun: args.dryRun,
    confirm: async (plan) => {
      if (args.yes) return true;
      if (!io.interactive) {
        io.err('haproxy-keepalived: refusing to apply without --yes: stdin is not a terminal to confirm on (use --dry-run to preview)\n');
        return false;
      }
      return (io.ask ?? askOnTerminal)(`Apply to ${plan.nodes.map((n) => n.name).join(', ')}? [y/N] `);
    },
  });
  const summary = result.ok
    ? result.dryRun
      ? `dry run: ${result.changes.length} file${result.changes.length === 1 ? '' : 's'} would change\n`
      : `deploy done: ${result.changed.join(', ')}\n`
    : `deploy stopped at ${result.stage}: new configuration on ${result.changed.join(', ') || 'no node'}${result.restored.length ? `; restored: ${result.restored.join(', ')}` : ''}; untouched: ${result.unchanged.join(', ') || 'none'}\n`;
  io.out(summary);
  return exitStatusOf(result);
}
