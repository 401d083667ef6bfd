import type { Problem } from '../../common/span.js';
import { keepalivedSyntaxCodes } from '../codes.js';
import type { KStatement } from '../model.js';
import { keepalivedCheckCodes } from './codes.js';

/**
 * What `keepalived -t` printed, one message per line, with the line of the file it names and, for
 * messages that depend on the machine rather than on the file, why.
 */
export interface CheckerMessage {
  text: string;
  /** `(file.conf: Line 12) ...` or `(Line 12) ...`. */
  line?: number;
  /** Set when the message is about the machine (a missing interface, script or user), not the file. */
  environment?: string;
}

export interface CheckerMachine {
  /** The network interfaces that exist where keepalived ran. */
  interfaces: ReadonlySet<string>;
  /** Whether a program (absolute, or a bare name looked up in PATH) exists there. */
  hasProgram?: (program: string) => boolean;
  /** How many CPUs it has (`*_cpu_affinity` numbers are checked against it). */
  cpus?: number;
}

/** Reads keepalived -t output (stdout and stderr) into messages. */
export function readCheckerOutput(output: string, machine: CheckerMachine): CheckerMessage[] {
  // Once keepalived has dropped a script for a reason of the machine (its program or user is
  // missing there), the "track script X not found" that follows is a consequence of it.
  let droppedScripts = false;
  return output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((text) => {
      const line = /^\((?:[^()]*: )?Line (\d+)\)/.exec(text);
      let environment = environmentReason(text, machine);
      if (environment && /script|user/i.test(environment)) droppedScripts = true;
      else if (droppedScripts && /track script \S+ not found/.test(text)) environment = 'a script keepalived dropped for a reason of the checker machine';
      return { text, ...(line ? { line: Number(line[1]) } : {}), ...(environment ? { environment } : {}) };
    });
}

function environmentReason(message: string, machine: CheckerMachine): string | undefined {
  if (/Non-existent interface specified in configuration/.test(message)) return 'an interface that does not exist on the checker machine';
  const iface = /interface (\S+) (?:for .* )?doesn't exist|tracked interface (\S+) doesn't exist|interface (\S+) specified for .* doesn't exist/.exec(message);
  if (iface && !machine.interfaces.has(iface[1] ?? iface[2] ?? iface[3] ?? '')) return 'an interface that does not exist on the checker machine';
  if (/Disabling track script .* since not found\/accessible|Cannot find script .* in path|Script .* cannot be accessed/.test(message)) {
    return 'a script that does not exist on the checker machine';
  }
  if (/Unable to set default user keepalived_script|Unable to set default user for/.test(message)) return 'the user keepalived_script does not exist on the checker machine';
  const cpu = /number '\d+' outside range \[0, (\d+)\]$/.exec(message);
  if (cpu && machine.cpus !== undefined && Number(cpu[1]) === machine.cpus - 1) return 'a CPU number the checker machine does not have';
  if (/Invalid cpu_id:\d+ specified/.test(message)) return 'a CPU number the checker machine does not have';
  if (/already exists and is not (a private macvlan|an l2 ipvlan)/.test(message)) return 'an interface of the checker machine with that name';
  if (/iptables not supported, using nftables instead|Unknown keyword 'vrrp_ipsets'/.test(message)) return "a build option (iptables, ipset) the checker's keepalived lacks";
  if (/Error setting global script uid\/gid|Unable to set uid\/gid for script|Failed to set uid\/gid|Script user '.*' does not exist|Script group '.*' does not exist/.test(message)) {
    return 'a script user or group that does not exist on the checker machine';
  }
  return undefined;
}

const severities: Record<string, string> = Object.fromEntries(
  Object.entries({ ...keepalivedSyntaxCodes, ...keepalivedCheckCodes }).map(([code, spec]) => [code, spec.severity]),
);

/**
 * Whether `keepalived -t` fails on what a problem describes: every error does, and so do the few
 * warnings keepalived itself prints (it exits non-zero on any message), marked in their data.
 */
export function failsKeepalivedTest(problem: Problem): boolean {
  return severities[problem.code] === 'error' || problem.data?.['keepalivedTestFails'] === true;
}

/**
 * For each line holding a block's closing `}`, the lines of the blocks it closes. keepalived reports
 * what it finds wrong with a block as a whole when the block closes, at the `}`; our checks report it
 * where it can be fixed (the header, or the setting at fault), so any line of the block stands for it.
 */
export function linesOfBlocksClosedOn(statements: readonly KStatement[], lineOf: (offset: number) => number): Map<number, number[]> {
  const into = new Map<number, number[]>();
  const walk = (list: readonly KStatement[]): void => {
    for (const statement of list) {
      if (!statement.block) continue;
      if (statement.block.close) {
        const close = lineOf(statement.block.close.start);
        const lines: number[] = [];
        for (let line = lineOf(statement.start); line < close; line++) lines.push(line);
        into.set(close, [...(into.get(close) ?? []), ...lines]);
      }
      walk(statement.block.statements);
    }
  };
  walk(statements);
  return into;
}

/**
 * Whether keepalived accepts a file only because the scripts it names do not exist on the machine:
 * keepalived skips the script-security check of a script it cannot find, so a file whose only
 * error is a missing enable_script_security passes there, and fails where the scripts exist.
 */
export function acceptedForMissingScripts(problems: readonly Problem[], machine: CheckerMachine): boolean {
  const errors = problems.filter(failsKeepalivedTest);
  if (!machine.hasProgram || errors.length === 0 || errors.some((p) => p.code !== 'keepalived/script-security')) return false;
  const scripts = errors.flatMap((p) => (p.data?.['scripts'] as string[] | undefined) ?? []);
  return scripts.length > 0 && !scripts.some(machine.hasProgram);
}
