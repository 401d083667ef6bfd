import type { Problem } from '../../common/span.js';
import { didYouMean, suggest } from '../../common/suggest.js';
import { isIpv4 } from '../../common/values.js';
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
export const LOG_LEVELS = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'] as const;

export function checkLogLine(args: readonly Word[], sectionKind: string, version: HaproxyVersion, problems: Problem[]): void {
  const target = args[0];
  if (!target || target.value.includes('$')) return;
  if (target.value === 'global') {
    if (sectionKind === 'global') {
      problems.push({ code: 'haproxy/invalid-value', message: "'log global' only makes sense in a proxy: the global section has nothing to inherit from", start: target.start, end: target.end });
    } else if (args.length > 1) {
      problems.push({ code: 'haproxy/too-many-arguments', message: "'log global' takes nothing after 'global'", start: args[1]!.start, end: args.at(-1)!.end });
    }
    return;
  }
  const address = /^(?:udp@|udp4@|tcp@|ipv4@)?(\d+\.\d+\.\d+\.\d+)(?::\d+)?$/.exec(target.value);
  if (address && !isIpv4(address[1]!)) {
    problems.push({ code: 'haproxy/invalid-value', message: `'${address[1]}' is not a valid IPv4 address (each part must be 0-255)`, start: target.start, end: target.end });
    return;
  }
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
  if (!facility) {
    // A ring@ target carries its own format; every other target needs a facility.
    if (prefix !== 'ring' && prefix !== 'backend') {
      const last = args.at(-1)!;
      problems.push({ code: 'haproxy/missing-argument', message: "'log' needs a syslog facility (local0 to local7, daemon, ...)", start: last.end, end: last.end });
    }
    return;
  }
  if (facility.value.includes('$')) return;
  if (!(LOG_FACILITIES as readonly string[]).includes(facility.value)) {
    problems.push({
      code: 'haproxy/invalid-value',
      message: `unknown log facility '${facility.value}'${didYouMean(suggest(facility.value, LOG_FACILITIES))}`,
      start: facility.start,
      end: facility.end,
    });
    return;
  }
  const levels = args.slice(index + 1);
  for (const level of levels.slice(0, 2)) {
    if (!(LOG_LEVELS as readonly string[]).includes(level.value) && !level.value.includes('$')) {
      problems.push({
        code: 'haproxy/invalid-value',
        message: `unknown log level '${level.value}'${didYouMean(suggest(level.value, LOG_LEVELS))}`,
        start: level.start,
        end: level.end,
      });
      return;
    }
  }
  if (levels.length > 2) {
    problems.push({ code: 'haproxy/too-many-arguments', message: "'log' takes at most a level and a minimum level after the facility", start: levels[2]!.start, end: levels.at(-1)!.end });
  }
}
