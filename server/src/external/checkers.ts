import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { LanguageId } from '../service/languages.js';
import type { ProcessRunner } from './process.js';

/** One message of a real checker, tied to a line of the checked file when the checker names one. */
export interface CheckerMessage {
  /** 1-based line in the checked file; absent for messages about the file as a whole. */
  line?: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface CheckerRun {
  /** The checker's exit status (null when it could not run or was stopped). */
  code: number | null;
  messages: CheckerMessage[];
  /** Set when the checker could not be run at all (missing binary, timeout). */
  failure?: string;
}

const HAPROXY_LINE = /^\[(ALERT|WARNING|NOTICE)\]\s*(?:\(\d+\)\s*)?:\s*(.*)$/;
const HAPROXY_LOCATION = /\[([^\]]+):(\d+)\]/;
/** Lines that only summarize what the lines before them said. */
const HAPROXY_SUMMARIES = [/^Error\(s\) found in configuration file/, /^Fatal errors found in configuration/, /^haproxy version is/, /^path to executable is/];

/**
 * Reads `haproxy -c` output. Only messages about `checkedPath` (or about no file) are kept: an
 * included file's problems belong to that file.
 */
export function parseHaproxyOutput(output: string, checkedPath: string): CheckerMessage[] {
  const messages: CheckerMessage[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const match = HAPROXY_LINE.exec(raw.trim());
    if (!match) continue;
    const [, level, rest] = match as unknown as [string, string, string];
    let text = rest.replace(/^config\s*:\s*/, '');
    if (HAPROXY_SUMMARIES.some((summary) => summary.test(text))) continue;
    if (level === 'NOTICE' && !/will not start/.test(text)) continue;
    const location = HAPROXY_LOCATION.exec(text);
    let line: number | undefined;
    if (location) {
      if (path.resolve(location[1]!) !== path.resolve(checkedPath)) continue;
      line = Number(location[2]);
      text = text.replace(/^parsing\s*/, '').replace(location[0], '').replace(/^\s*:\s*/, '').trim();
    }
    const severity = level === 'ALERT' && !/will not start \(no listener\)/.test(text) ? 'error' : 'warning';
    messages.push(line === undefined ? { severity, message: text } : { line, severity, message: text });
  }
  return messages;
}

const KEEPALIVED_LINE = /^\((?:(.+?):\s*)?Line (\d+)\)\s*(.*)$/;

/**
 * Reads `keepalived -t` output. keepalived does not label severities: when it rejects the file
 * (non-zero status) every message counts as an error, otherwise as a warning.
 */
export function parseKeepalivedOutput(output: string, checkedPath: string, exitCode: number | null): CheckerMessage[] {
  const severity = exitCode === 0 ? 'warning' : 'error';
  const messages: CheckerMessage[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const text = raw.trim();
    if (text === '') continue;
    const match = KEEPALIVED_LINE.exec(text);
    if (!match) {
      messages.push({ severity, message: text });
      continue;
    }
    const [, file, line, message] = match as unknown as [string, string | undefined, string, string];
    if (file !== undefined && path.resolve(file) !== path.resolve(checkedPath)) continue;
    messages.push({ line: Number(line), severity, message });
  }
  return messages;
}

export interface RealCheckOptions {
  runner: ProcessRunner;
  language: LanguageId;
  /** The binary to run: a name found on PATH or an absolute path. */
  binary: string;
  /** The text to check (the editor's buffer, saved or not). */
  text: string;
  /** Where the file lives, so relative paths in it (errorfile, include) resolve as they would. */
  documentPath?: string;
  timeoutMs?: number;
}

/**
 * Runs the real checker on a temporary copy of the text (`haproxy -c` never binds; `keepalived -t`
 * only parses), from the folder of the original file, and reads its messages back.
 */
export async function runRealChecker(options: RealCheckOptions): Promise<CheckerRun> {
  const folder = await mkdtemp(path.join(tmpdir(), 'haproxy-keepalived-check-'));
  const base = options.documentPath ? path.basename(options.documentPath) : options.language === 'haproxy' ? 'haproxy.cfg' : 'keepalived.conf';
  const copy = path.join(folder, base);
  try {
    await writeFile(copy, options.text, 'utf8');
    const args = options.language === 'haproxy' ? ['-c', '-f', copy] : ['-t', '-f', copy];
    const result = await options.runner.run(options.binary, args, {
      cwd: options.documentPath ? path.dirname(options.documentPath) : folder,
      timeoutMs: options.timeoutMs ?? 15_000,
      env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C' },
    });
    if (result.timedOut) return { code: null, messages: [], failure: `${options.binary} did not finish in time` };
    if (result.code === null) return { code: null, messages: [], failure: result.stderr.trim() || `${options.binary} could not be run` };
    const output = `${result.stdout}\n${result.stderr}`;
    const messages =
      options.language === 'haproxy' ? parseHaproxyOutput(output, copy) : parseKeepalivedOutput(output, copy, result.code);
    return { code: result.code, messages };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
