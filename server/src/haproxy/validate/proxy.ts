import type { Problem } from '../../common/span.js';
import { didYouMean, suggest } from '../../common/suggest.js';
import { checkSize, checkTime } from '../../common/values.js';
import { atLeast, type HaproxyVersion } from '../catalogue/versions.js';
import type { Word } from '../model.js';

/** Load-balancing algorithms and the version each appeared in. */
export const BALANCE_ALGORITHMS: ReadonlyArray<readonly [string, HaproxyVersion]> = [
  ['roundrobin', '1.4'], ['static-rr', '1.4'], ['leastconn', '1.4'], ['source', '1.4'], ['uri', '1.4'], ['url_param', '1.4'],
  ['hdr', '1.4'], ['rdp-cookie', '1.4'], ['first', '1.5'], ['random', '1.9'], ['hash', '2.6'], ['log-hash', '2.9'], ['sticky', '2.9'],
];

export function checkBalance(args: readonly Word[], version: HaproxyVersion, problems: Problem[]): void {
  const algorithm = args[0];
  if (!algorithm || algorithm.value.includes('$')) return;
  const name = algorithm.value.replace(/\(.*$/, '');
  const known = BALANCE_ALGORITHMS.filter(([, since]) => atLeast(version, since)).map(([n]) => n);
  if (known.includes(name)) return;
  const later = BALANCE_ALGORITHMS.find(([n]) => n === name);
  problems.push({
    code: 'haproxy/invalid-value',
    message: later
      ? `balance algorithm '${name}' needs HAProxy ${later[1]} or newer; the target version is ${version}`
      : `unknown balance algorithm '${name}'${didYouMean(suggest(name, known))}`,
    start: algorithm.start,
    end: algorithm.end,
    fixes: later ? undefined : suggest(name, known).map((s) => ({ title: `Change to '${s}'`, edits: [{ start: algorithm.start, end: algorithm.end, newText: s }] })),
  });
}

const TABLE_TYPES = ['ip', 'ipv6', 'integer', 'string', 'binary'];

/** `stick-table type <type> [len <n>] size <size> [expire <time>] [nopurge] [peers <name>] [srvkey <k>] [write-to <t>] [store <list>]`. */
export function checkStickTable(args: readonly Word[], problems: Problem[]): void {
  const invalid = (word: Word, message: string): void => {
    problems.push({ code: 'haproxy/invalid-value', message, start: word.start, end: word.end });
  };
  const missing = (after: Word, option: string): void => {
    problems.push({ code: 'haproxy/missing-argument', message: `stick-table: '${option}' needs a value`, start: after.end, end: after.end });
  };
  for (let i = 0; i < args.length; i++) {
    const option = args[i]!;
    const value = args[i + 1];
    if (option.value.includes('$')) return;
    switch (option.value) {
      case 'type':
        if (!value) return missing(option, 'type');
        if (!TABLE_TYPES.includes(value.value)) invalid(value, `stick-table type '${value.value}' is not one of: ${TABLE_TYPES.join(', ')}`);
        i++;
        if (args[i + 1]?.value === 'len') i += 2;
        break;
      case 'size':
      case 'expire':
      case 'peers':
      case 'store':
      case 'srvkey':
      case 'write-to':
      case 'recv-only':
        if (option.value === 'recv-only') break;
        if (!value) return missing(option, option.value);
        if (option.value === 'size') {
          const why = checkSize(value.value);
          if (why) invalid(value, `stick-table size: ${why}`);
        } else if (option.value === 'expire') {
          const why = checkTime(value.value);
          if (why) invalid(value, `stick-table expire: ${why}`);
        }
        i++;
        break;
      case 'nopurge':
        break;
      default:
        return; // options of newer versions: stop rather than guess
    }
  }
}

/** `option httpchk [<method>] <uri> [<version>] [<host>]`: the host argument came with HAProxy 3.1. */
export function checkHttpchkArgs(args: readonly Word[], version: HaproxyVersion, problems: Problem[]): void {
  const max = atLeast(version, '3.1') ? 4 : 3;
  if (args.length <= max) return;
  const extra = args.slice(max);
  problems.push({
    code: 'haproxy/too-many-arguments',
    message: `'option httpchk' takes at most ${max} arguments in HAProxy ${version}${max === 3 ? ' (the <host> argument needs 3.1)' : ''}`,
    start: extra[0]!.start,
    end: extra.at(-1)!.end,
  });
}

/** What may follow `compression`, and the version each word appeared in. */
const COMPRESSION_WORDS: ReadonlyArray<readonly [string, HaproxyVersion]> = [
  ['algo', '1.4'], ['type', '1.4'], ['offload', '1.5'],
  ['algo-req', '3.0'], ['algo-res', '3.0'], ['type-req', '3.0'], ['type-res', '3.0'], ['direction', '3.0'],
  ['minsize-req', '3.2'], ['minsize-res', '3.2'],
];

export function checkCompression(args: readonly Word[], version: HaproxyVersion, problems: Problem[]): void {
  const first = args[0];
  if (!first || first.value.includes('$')) return;
  const known = COMPRESSION_WORDS.filter(([, since]) => atLeast(version, since)).map(([w]) => w);
  if (known.includes(first.value)) return;
  const later = COMPRESSION_WORDS.find(([w]) => w === first.value);
  problems.push({
    code: 'haproxy/invalid-value',
    message: later
      ? `'compression ${first.value}' needs HAProxy ${later[1]} or newer; the target version is ${version}`
      : `'compression' expects one of ${known.join(', ')}${didYouMean(suggest(first.value, known))}`,
    start: first.start,
    end: first.end,
  });
}

/** `cookie <name> [options]` options and whether each takes a value. */
const COOKIE_OPTIONS: Record<string, boolean> = {
  rewrite: false, insert: false, prefix: false, indirect: false, nocache: false, postonly: false, preserve: false,
  httponly: false, secure: false, dynamic: false, domain: true, maxidle: true, maxlife: true, attr: true,
};

export function checkCookie(args: readonly Word[], problems: Problem[]): void {
  for (let i = 1; i < args.length; i++) {
    const word = args[i]!;
    if (word.value.includes('$')) return;
    const takesValue = COOKIE_OPTIONS[word.value];
    if (takesValue === undefined) {
      problems.push({
        code: 'haproxy/invalid-value',
        message: `'${word.value}' is not a cookie option${didYouMean(suggest(word.value, Object.keys(COOKIE_OPTIONS)))}`,
        start: word.start,
        end: word.end,
      });
      return;
    }
    if (takesValue) i++;
  }
}

const COMPRESSION_ALGORITHMS = ['identity', 'gzip', 'deflate', 'raw-deflate'];

/** `compression algo <algorithm>...` (also algo-req / algo-res): the algorithms HAProxy implements. */
export function checkCompressionAlgorithms(args: readonly Word[], problems: Problem[]): void {
  const first = args[0];
  if (!first || !['algo', 'algo-req', 'algo-res'].includes(first.value)) return;
  if (args.length === 1) {
    problems.push({ code: 'haproxy/missing-argument', message: `'compression ${first.value}' needs at least one algorithm`, start: first.end, end: first.end });
    return;
  }
  for (const word of args.slice(1)) {
    if (!COMPRESSION_ALGORITHMS.includes(word.value) && !word.value.includes('$')) {
      problems.push({
        code: 'haproxy/invalid-value',
        message: `'${word.value}' is not a compression algorithm HAProxy supports (${COMPRESSION_ALGORITHMS.join(', ')})`,
        start: word.start,
        end: word.end,
      });
    }
  }
}
