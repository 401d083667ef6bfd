import type { Problem } from '../../common/span.js';
import { didYouMean, suggest } from '../../common/suggest.js';
import { atLeast, type HaproxyVersion } from '../catalogue/versions.js';
import type { Word } from '../model.js';

export const LOG_FACILITIES = [
  'kern', 'user', 'mail', 'daemon', 'auth', 'syslog', 'lpr', 'news', 'uucp', 'cron', 'auth2', 'ftp', 'ntp', 'audit', 'alert', 'cron2',
  'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7',
] as const;

/** Options that may sit between a log target and its facility, with the number of values they take. */
const LOG_OPTIONS: Record<string, number> = { len: 1, format: 1, sample: 1, profile: 1 };

/**
 * `log <target> [len <n>] [format <f>] [sample <r:l>] <facility> [<level> [<minlevel>]]`
 * (`log global` and `no log` stand alone). Checks the target's prefix for the version and the facility.
 */
export function checkLogLine(args: readonly Word[], version: HaproxyVersion, problems: Problem[]): void {
  const target = args[0];
  if (!target || target.value === 'global' || target.value.includes('$')) return;
  const prefix = /^([a-z0-9]+)@/.exec(target.value)?.[1];
  if (prefix === 'backend' && !atLeast(version, '3.0')) {
    problems.push({ code: 'haproxy/invalid-value', message: `log targets 'backend@' need HAProxy 3.0 or newer; the target version is ${version}`, start: target.start, end: target.end });
    return;
  }
  if (prefix === 'ring' && !atLeast(version, '2.2')) {
    problems.push({ code: 'haproxy/invalid-value', message: `log targets 'ring@' need HAProxy 2.2 or newer; the target version is ${version}`, start: target.start, end: target.end });
    return;
  }
  let index = 1;
  while (index < args.length && LOG_OPTIONS[args[index]!.value] !== undefined) index += 1 + LOG_OPTIONS[args[index]!.value]!;
  const facility = args[index];
  if (!facility || facility.value.includes('$')) return;
  if (!(LOG_FACILITIES as readonly string[]).includes(facility.value)) {
    problems.push({
      code: 'haproxy/invalid-value',
      message: `unknown log facility '${facility.value}'${didYouMean(suggest(facility.value, LOG_FACILITIES))}`,
      start: facility.start,
      end: facility.end,
    });
  }
}
