import type { Fix, Problem, Span } from '../../common/span.js';
import { didYouMean, suggest } from '../../common/suggest.js';
import {
  atLeast,
  availabilityAt,
  blockLabel,
  childKeywords,
  keywordsNamed,
  type KeepalivedKeyword,
  type KeepalivedVersion,
  type KeywordValues,
} from '../catalogue/index.js';
import type { KWord } from '../model.js';
import type { CheckedNode, ValueWord } from './tree.js';
import { checkDecimal, checkFirstValue, checkWholeNumber, isIpv4, isIpv6 } from './values.js';

/**
 * Variadic keywords whose value may be left out (keepalived 2.2.7 `-t` accepts them bare; boolean
 * keywords are optional anyway). Every other keyword needs at least one value.
 */
const OPTIONAL_VALUE = new Set([
  'global_defs>dynamic_interfaces',
  'global_defs>include_check',
  'global_defs>lvs_flush_on_stop',
  'global_defs>lvs_flush_onstop',
  'global_defs>max_auto_priority',
  'global_defs>nftables',
  'global_defs>nftables_ipvs',
  'global_defs>reload_check_config',
  'global_defs>reload_file',
  'global_defs>smtp_helo_name',
  'net_namespace_ipvs',
  'track_file>init_file',
  'vrrp_track_file>init_file',
  'virtual_server>persistence_timeout',
  'url>regex',
  'url>regex_max_offset',
  'url>regex_min_offset',
  'url>regex_options',
  'url>regex_stack',
  'url>status_code',
  'UDP_CHECK>require_reply',
  'vrrp_instance>notify_deleted',
  'vrrp_instance>use_vmac',
  'vrrp_track_process>param_match',
  'global_defs>vrrp_strict',
  'global_defs>vrrp_skip_check_adv_addr',
]);

/** Boolean keywords whose handler ignores its argument (keepalived takes any word there). */
const IGNORED_BOOLEAN = new Set(['global_defs>vrrp_strict', 'global_defs>vrrp_skip_check_adv_addr']);

/** Blocks whose keyword line carries a name. */
const NAMED_BLOCKS = new Set([
  'vrrp_instance',
  'vrrp_script',
  'vrrp_sync_group',
  'vrrp_track_file',
  'track_file',
  'vrrp_track_process',
  'bfd_instance',
  'track_group',
  'virtual_server_group',
]);

/** Keywords whose first value is an IP address (keepalived refuses anything else). */
const ADDRESS_VALUE = new Set(['unicast_src_ip', 'mcast_src_ip', 'bindto', 'connect_ip', 'neighbor_ip', 'neighbour_ip', 'source_ip']);

/** Enums keepalived compares without regard to case (strcasecmp). */
const CASE_INSENSITIVE = new Set(['virtual_server>protocol']);

/**
 * Values the facts record as decimal although older releases read whole numbers (the facts keep one
 * set of bounds per keyword, from the newest release): the release from which decimals work.
 */
const DECIMAL_SINCE: Record<string, string> = { 'vrrp_script>interval': '2.3.2', 'vrrp_script>timeout': '2.3.2' };

function valuesAt(path: string, values: KeywordValues, version: KeepalivedVersion): KeywordValues {
  const since = DECIMAL_SINCE[path];
  return since && !atLeast(version, since) ? { ...values, decimal: false } : values;
}

/** Forwarding-method keywords, whose later words are tunnel options. */
const FORWARDING_METHODS = new Set(['lb_kind', 'lvs_method', 'sorry_server_lvs_method']);

/** Settings whose range is wider in the handler's parse than in its use: 0 is refused. */
const POSITIVE = new Set([
  'vrrp_script>interval',
  'vrrp_script>timeout',
  'global_defs>smtp_connect_timeout',
  'global_defs>vrrp_garp_master_repeat',
  'global_defs>vrrp_garp_master_refresh_repeat',
  'vrrp_instance>garp_master_repeat',
  'vrrp_instance>garp_master_refresh_repeat',
]);

/** Deprecated keywords whose use keepalived itself reports (so `keepalived -t` fails on them). */
const REPORTED_DEPRECATION = new Set([
  'nb_get_retry',
  'vmac_garp_intvl',
  'vrrp_vmac_garp_intvl',
  'global_tracking',
  'lvs_sync_daemon_interface',
  'vrrp_instance>linkbeat_use_polling',
]);

/** `parent>name` (the form docs use), or the bare name for a root keyword. */
export function shortPath(keyword: KeepalivedKeyword): string {
  return keyword.parent ? `${keyword.parent.name}>${keyword.name}` : keyword.name;
}

function spanOf(first: Span, last: Span = first): Span {
  return { start: first.start, end: last.end };
}

/** Removes words (and the blanks before them) from a line. */
function removeWordsFix(before: KWord, words: readonly KWord[], title: string): Fix {
  return { title, edits: [{ start: before.end, end: words[words.length - 1]!.end, newText: '' }] };
}

/** Unknown keywords, keywords in the wrong block or version, block shapes, values. */
export function checkKeywords(nodes: readonly CheckedNode[], version: KeepalivedVersion, problems: Problem[]): void {
  for (const node of nodes) {
    if (node.external) continue;
    if (node.kind === 'unknown') reportUnknown(node, version, problems);
    else if (node.kind === 'keyword') checkKeyword(node, node.keyword!, version, problems);
  }
}

function reportUnknown(node: CheckedNode, version: KeepalivedVersion, problems: Problem[]): void {
  const word = node.statement.keyword;
  const parent = node.parent?.keyword;
  const elsewhere = keywordsNamed(node.name).filter((k) => availabilityAt(k.fact, version).state === 'available');
  if (elsewhere.length > 0) {
    const places = [...new Set(elsewhere.map((k) => blockLabel(k.parent)))];
    const shown = places.slice(0, 3).join(', ') + (places.length > 3 ? ` and ${places.length - 3} more` : '');
    problems.push({
      code: 'keepalived/wrong-block',
      message: `'${node.name}' belongs in ${shown}, not in ${blockLabel(parent)}`,
      ...spanOf(word),
      data: { keyword: node.name, places },
    });
    return;
  }
  const candidates = [...childKeywords(parent).values()].filter((k) => availabilityAt(k.fact, version).state === 'available').map((k) => k.name);
  const suggestions = suggest(node.name, candidates);
  problems.push({
    code: 'keepalived/unknown-keyword',
    message: `unknown keyword '${node.name}' in ${blockLabel(parent)}${didYouMean(suggestions)}`,
    ...spanOf(word),
    data: { suggestions },
    fixes: suggestions.map((s, i) => ({
      title: `Change to '${s}'`,
      edits: [{ start: word.start, end: word.end, newText: s }],
      preferred: i === 0 && suggestions.length === 1,
    })),
  });
}

function checkKeyword(node: CheckedNode, keyword: KeepalivedKeyword, version: KeepalivedVersion, problems: Problem[]): void {
  const word = node.statement.keyword;
  const availability = availabilityAt(keyword.fact, version);
  if (availability.state === 'too-new') {
    problems.push({
      code: 'keepalived/keyword-too-new',
      message: `'${keyword.name}' needs keepalived ${availability.since} or newer${keyword.parent ? ` in ${blockLabel(keyword.parent)}` : ''}; the target version is ${version}`,
      ...spanOf(word),
      data: { since: availability.since },
    });
    return;
  }
  if (availability.state === 'removed') {
    problems.push({
      code: 'keepalived/removed-keyword',
      message: `'${keyword.name}' was removed in keepalived ${availability.removedIn}${replacementText(availability.replacement)}`,
      ...spanOf(word),
    });
    return;
  }
  if (availability.deprecated) reportDeprecated(node, keyword, availability.deprecated, problems);
  const statement = node.statement;
  if (keyword.fact.block && !statement.block) {
    problems.push({
      code: 'keepalived/missing-block',
      message: `'${keyword.name}' opens a block: write '${keyword.name}${NAMED_BLOCKS.has(keyword.name) && !keyword.parent ? ' <name>' : ''} { ... }'`,
      ...spanOf(word, statement.args.at(-1) ?? word),
    });
    return;
  }
  if (!keyword.fact.block && statement.block) {
    problems.push({
      code: 'keepalived/unexpected-block',
      message: `'${keyword.name}' takes no block: keepalived ignores this '{', and its '}' then closes ${blockLabel(keyword.parent)}`,
      ...statement.block.open,
    });
  }
  if (keyword.fact.block) {
    checkBlockHeader(node, keyword, problems);
    return;
  }
  checkValues(node, keyword, version, problems);
}

function replacementText(replacement: string | string[] | undefined): string {
  if (!replacement) return '';
  const list = Array.isArray(replacement) ? replacement : [replacement];
  return `; use ${list.map((r) => `'${r}'`).join(' or ')} instead`;
}

function reportDeprecated(
  node: CheckedNode,
  keyword: KeepalivedKeyword,
  deprecated: { since: string; replacement?: string | string[] },
  problems: Problem[],
): void {
  const word = node.statement.keyword;
  const replacement = typeof deprecated.replacement === 'string' ? deprecated.replacement : undefined;
  const renameable = replacement !== undefined && childKeywords(keyword.parent).has(replacement);
  problems.push({
    code: 'keepalived/deprecated-keyword',
    message: `'${keyword.name}' is deprecated since keepalived ${deprecated.since}${replacementText(deprecated.replacement)}`,
    ...spanOf(word),
    data: { replacement: deprecated.replacement, ...(REPORTED_DEPRECATION.has(keyword.name) || REPORTED_DEPRECATION.has(shortPath(keyword)) ? { keepalivedTestFails: true } : {}) },
    fixes: renameable ? [{ title: `Change to '${replacement}'`, edits: [{ start: word.start, end: word.end, newText: replacement! }], preferred: true }] : undefined,
  });
}

function checkBlockHeader(node: CheckedNode, keyword: KeepalivedKeyword, problems: Problem[]): void {
  const word = node.statement.keyword;
  const args = node.statement.args;
  if (NAMED_BLOCKS.has(keyword.name) && !keyword.parent) {
    if (args.length === 0) {
      problems.push({ code: 'keepalived/missing-name', message: `'${keyword.name}' needs a name: '${keyword.name} <name> {'`, ...spanOf(word) });
    } else if (args.length > 1) {
      problems.push({
        code: 'keepalived/extra-value',
        message: `'${keyword.name}' takes one name; keepalived ignores the rest of the line`,
        ...spanOf(args[1]!, args[args.length - 1]!),
        fixes: [removeWordsFix(args[0]!, args.slice(1), 'Remove the extra words')],
      });
    }
    return;
  }
  if (keyword.fact.valueBlock && args.length > 0) {
    problems.push({
      code: 'keepalived/invalid-value',
      message: `'${keyword.name}' takes no value on its line: put the entries inside the block`,
      ...spanOf(args[0]!, args[args.length - 1]!),
    });
  }
}

/** Whether a keyword may be written without any value. */
export function valueOptional(keyword: KeepalivedKeyword): boolean {
  const values = keyword.fact.values;
  if (!values || values.args === 0) return true;
  if (values.maxArgs) return false;
  if (values.bool) return true;
  return OPTIONAL_VALUE.has(shortPath(keyword)) || OPTIONAL_VALUE.has(keyword.path.join('>'));
}

function checkValues(node: CheckedNode, keyword: KeepalivedKeyword, version: KeepalivedVersion, problems: Problem[]): void {
  const values = keyword.fact.values;
  if (!values) return;
  const word = node.statement.keyword;
  const args = node.args;
  const path = shortPath(keyword);
  if (args.length === 0) {
    if (!valueOptional(keyword)) {
      problems.push({
        code: 'keepalived/missing-value',
        message: `'${keyword.name}' needs a value${values.maxArgs ? '; keepalived stops reading the configuration here' : ''}`,
        start: word.end,
        end: word.end,
      });
    }
    return;
  }
  const readable = values.args === 0 ? 0 : values.maxArgs;
  if (readable !== undefined && args.length > readable && !IGNORED_BOOLEAN.has(path)) {
    const extra = args.slice(readable).map((a) => a.word);
    const before = readable === 0 ? word : args[readable - 1]!.word;
    problems.push({
      code: 'keepalived/extra-value',
      message: readable === 0 ? `'${keyword.name}' takes no value; keepalived ignores '${extra.map((w) => w.raw).join(' ')}'` : `'${keyword.name}' takes ${readable} value${readable === 1 ? '' : 's'}; keepalived ignores the rest of the line`,
      ...spanOf(extra[0]!, extra[extra.length - 1]!),
      fixes: [removeWordsFix(before, extra, 'Remove the ignored words')],
    });
  }
  if (readable === 0 || IGNORED_BOOLEAN.has(path) || keyword.fact.quoted) return;
  const first = args[0]!;
  if (first.text === undefined) return;
  const why = firstValueProblem(keyword, path, first.text, valuesAt(path, values, version));
  if (why) problems.push({ code: 'keepalived/invalid-value', message: `${keyword.name}: ${why}`, ...spanOf(first.word) });
  checkLaterValues(keyword, path, args, problems);
}

function firstValueProblem(keyword: KeepalivedKeyword, path: string, value: string, values: NonNullable<KeepalivedKeyword['fact']['values']>): string | undefined {
  if (ADDRESS_VALUE.has(keyword.name)) return isSockAddress(value) ? undefined : `'${value}' is not an IP address`;
  if (keyword.name === 'smtp_server') {
    // An IP address or a host name resolved when keepalived starts (`10.0.0` resolves too): only a
    // dotted quad out of range, or a name no resolver takes, is sure to fail.
    if (value.includes('/')) return `'${value}' is neither an IP address nor a host name`;
    return /^\d+\.\d+\.\d+\.\d+$/.test(value) && !isIpv4(value) ? `'${value}' is not a valid IPv4 address` : undefined;
  }
  if (keyword.name === 'vrrp_mcast_group4') return isIpv4(value) && Number(value.split('.')[0]) >= 224 && Number(value.split('.')[0]) <= 239 ? undefined : `'${value}' is not an IPv4 multicast address (224.0.0.0/4)`;
  if (keyword.name === 'vrrp_mcast_group6') return isIpv6(value) && /^ff/i.test(value) ? undefined : `'${value}' is not an IPv6 multicast address (ff00::/8)`;
  if (keyword.name === 'mcast_dst_ip') return (isIpv4(value) && Number(value.split('.')[0]) >= 224 && Number(value.split('.')[0]) <= 239) || (isIpv6(value) && /^ff/i.test(value)) ? undefined : `'${value}' is not a multicast address`;
  if (keyword.name === 'garp_extra_if' || keyword.name === 'vrrp_garp_extra_if') return value === 'all' ? undefined : checkWholeNumber(value, 1, 86400);
  if (keyword.name === 'digest') return /^[0-9a-fA-F]{32}$/.test(value) ? undefined : `'${value}' is not an MD5 digest (32 hexadecimal digits)`;
  if (/_rt_priority$/.test(keyword.name)) return checkWholeNumber(value, 1, 99);
  if (/_cpu_affinity$/.test(keyword.name)) return checkWholeNumber(value, 0);
  if (keyword.name === 'umask') {
    if (/^\d+$/.test(value)) return undefined;
    const bad = value.split('|').find((bit) => !(values.words ?? []).includes(bit));
    return bad === undefined ? undefined : `'${bad}' is not a umask bit (${(values.words ?? []).join(', ')}) or a number`;
  }
  if (path === 'track_file>init_file' || path === 'vrrp_track_file>init_file') return value === 'overwrite' ? undefined : checkWholeNumber(value, -254, 254);
  if (keyword.name === 'lvs_timeouts') return undefined; // checked with the later values
  if (CASE_INSENSITIVE.has(path) && values.enum) return values.enum.some((e) => e.toLowerCase() === value.toLowerCase()) ? undefined : `'${value}' is not one of: ${values.enum.join(', ')}`;
  if (keyword.name === 'include_check') return includeCheckProblem(value);
  const why = checkFirstValue(value, FORWARDING_METHODS.has(keyword.name) ? { ...values, words: undefined } : values);
  if (why) return why;
  if (POSITIVE.has(path)) {
    const n = Number(value);
    if (Number.isFinite(n) && n <= 0) return `'${value}' must be greater than 0`;
  }
  return undefined;
}

/** Values after the first that keepalived checks: `status_code` lists, weights' `reverse`. */
function checkLaterValues(keyword: KeepalivedKeyword, path: string, args: readonly ValueWord[], problems: Problem[]): void {
  const each = (why: (value: string) => string | undefined): void => {
    for (const arg of args.slice(1)) {
      const problem = arg.text === undefined ? undefined : why(arg.text);
      if (problem) problems.push({ code: 'keepalived/invalid-value', message: `${keyword.name}: ${problem}`, ...spanOf(arg.word) });
    }
  };
  const report = (arg: ValueWord, why: string): void => {
    problems.push({ code: 'keepalived/invalid-value', message: `${keyword.name}: ${why}`, ...spanOf(arg.word) });
  };
  if (/_cpu_affinity$/.test(keyword.name)) each((v) => checkWholeNumber(v, 0));
  if (keyword.name === 'include_check') each(includeCheckProblem);
  if (keyword.name === 'umask') each(() => 'takes one value (a number, or bits joined by |)');
  // Fixed later positions the handler compares with words (`weight -20 reverse`); their bounds are
  // left alone: the generator places some of them at the wrong position (generated/README.md).
  for (const [position, rule] of Object.entries(keyword.fact.values?.at ?? {})) {
    const arg = args[Number(position) - 1];
    if (rule.enum && arg?.text !== undefined && !rule.enum.includes(arg.text) && !FORWARDING_METHODS.has(keyword.name)) {
      report(arg, `'${arg.text}' is not one of: ${rule.enum.join(', ')}`);
    }
  }
  if (path === 'track_file>init_file' || path === 'vrrp_track_file>init_file') {
    const rest = args[0]?.text === 'overwrite' ? args.slice(1) : args.slice(1);
    for (const arg of rest) if (arg.text !== undefined && arg.text !== 'overwrite') report(arg, `'${arg.text}' is not 'overwrite'`);
  }
  if (keyword.name === 'lvs_timeouts') {
    for (let i = 0; i < args.length; i += 2) {
      const option = args[i]!;
      if (option.text === undefined) return;
      if (!['tcp', 'tcpfin', 'udp'].includes(option.text)) return report(option, `'${option.text}' is not tcp, tcpfin or udp`);
      const value = args[i + 1];
      if (!value) return report(option, `'${option.text}' needs a number of seconds`);
      const why = value.text === undefined ? undefined : checkWholeNumber(value.text, 0);
      if (why) report(value, why);
    }
  }
  if ((keyword.name === 'garp_extra_if' || keyword.name === 'vrrp_garp_extra_if') && args[0]?.text === 'all') {
    const delay = args[1];
    if (!delay) report(args[0], "'all' needs a delay in seconds after it");
    else if (delay.text !== undefined) {
      const why = checkWholeNumber(delay.text, 1, 86400);
      if (why) report(delay, why);
    }
  }
  if (keyword.name === 'smtp_server' && args[1]?.text !== undefined) {
    const why = checkWholeNumber(args[1].text, 1, 65535);
    if (why) report(args[1], `port ${why}`);
  }
  if (FORWARDING_METHODS.has(keyword.name)) {
    // `TUN type gue port 6080 [csum]`: only these option words (and the values of type and port) follow.
    const words = keyword.fact.values?.words ?? [];
    for (let i = 1; i < args.length; i++) {
      const arg = args[i]!;
      if (arg.text === undefined) return;
      if (words.includes(arg.text)) {
        if (arg.text === 'type' || arg.text === 'port') i++;
        continue;
      }
      problems.push({ code: 'keepalived/invalid-value', message: `${keyword.name}: '${arg.text}' is not a tunnel option (${words.join(', ')})`, ...spanOf(arg.word) });
      return;
    }
  }
  if (keyword.name === 'status_code') {
    for (const arg of args) {
      if (arg.text === undefined) continue;
      const ok = /^\d{3}(-\d{3})?$/.test(arg.text) && arg.text.split('-').every((c) => Number(c) >= 100 && Number(c) <= 599);
      if (!ok) problems.push({ code: 'keepalived/invalid-value', message: `status_code: '${arg.text}' is not an HTTP status code (100-599) or range`, ...spanOf(arg.word) });
    }
  }
}

/** `include_check [+|-]read|match|wildcard_match|brace_match ...` (lib/parser.c). */
function includeCheckProblem(value: string): string | undefined {
  const type = value.replace(/^[+-]/, '');
  return ['read', 'match', 'wildcard_match', 'brace_match'].includes(type) ? undefined : `'${type}' is not an include check (read, match, wildcard_match, brace_match)`;
}

/** `inet_stosockaddr`: an address, with any `-range` or `/mask` suffix ignored. */
export function isSockAddress(value: string): boolean {
  const address = value.replace(/[-/].*$/, '');
  return value.includes(':') ? isIpv6(address) : isIpv4(address);
}

/** A decimal or whole number check by the facts' flags, for entry parsers. */
export function numberProblem(value: string, decimal: boolean, min?: number, max?: number): string | undefined {
  return decimal ? checkDecimal(value, min, max) : checkWholeNumber(value, min, max);
}

/** Settings keepalived refuses to repeat in one block (it keeps the first and reports the others). */
const ONCE_ONLY = new Set([
  'vrrp_instance>notify', 'vrrp_instance>notify_master', 'vrrp_instance>notify_backup', 'vrrp_instance>notify_fault', 'vrrp_instance>notify_stop',
  'vrrp_instance>notify_deleted', 'vrrp_instance>notify_master_rx_lower_pri', 'vrrp_sync_group>notify', 'vrrp_sync_group>notify_master',
  'vrrp_sync_group>notify_backup', 'vrrp_sync_group>notify_fault', 'vrrp_sync_group>notify_stop', 'track_file>file', 'track_file>weight',
  'vrrp_track_file>file', 'vrrp_track_file>weight', 'vrrp_track_process>process', 'vrrp_track_process>weight',
]);
/** Value blocks whose entries name something once only (the same name twice is refused). */
const UNIQUE_ENTRIES = new Set(['track_script', 'track_file', 'track_process', 'track_bfd', 'track_interface']);

/** Repeated settings keepalived ignores: once-only keywords, conflicting states, repeated digests and tracked names. */
export function checkRepeats(nodes: readonly CheckedNode[], problems: Problem[]): void {
  for (const block of nodes) {
    if (block.kind !== 'keyword' || !block.statement.block || block.keyword?.fact.valueBlock) continue;
    const seen = new Map<string, CheckedNode>();
    const entries = new Map<string, CheckedNode>();
    for (const child of block.children) {
      if (child.kind !== 'keyword' || child.conditional) continue;
      const path = shortPath(child.keyword!);
      let key: string | undefined;
      if (ONCE_ONLY.has(path)) key = child.name;
      else if (child.name === 'state') key = child.args[0]?.text === undefined ? undefined : 'state';
      else if (child.name === 'digest' && child.args[0]?.text !== undefined) key = `digest ${child.args[0].text}`;
      if (key !== undefined) {
        const first = seen.get(key);
        if (!first) seen.set(key, child);
        else if (key === 'state' && first.args[0]?.text !== 'MASTER') seen.set(key, child); // a later state overrides BACKUP
        else if (!child.external && !(key === 'state' && first.args[0]?.text === child.args[0]?.text)) {
          problems.push({
            code: 'keepalived/duplicate-setting',
            message: key === 'state' ? 'the state is already set to MASTER: keepalived ignores this one' : `'${child.name}' is already set in this block: keepalived keeps the first and ignores this one`,
            ...spanOf(child.statement.keyword, child.statement.args.at(-1) ?? child.statement.keyword),
            related: first.external ? undefined : [{ ...spanOf(first.statement.keyword, first.statement.args.at(-1) ?? first.statement.keyword), message: 'the first one' }],
          });
        }
      }
      if (UNIQUE_ENTRIES.has(child.name) && child.keyword?.fact.valueBlock) {
        for (const entry of child.children) {
          if (entry.conditional || entry.name.includes('$')) continue;
          const entryKey = `${child.name} ${entry.name}`;
          const first = entries.get(entryKey);
          if (!first) entries.set(entryKey, entry);
          else if (!entry.external) {
            problems.push({
              code: 'keepalived/duplicate-setting',
              message: `'${entry.name}' is already in ${child.name}: keepalived ignores the repeat`,
              ...spanOf(entry.statement.keyword),
              related: first.external ? undefined : [{ ...spanOf(first.statement.keyword), message: 'the first one' }],
            });
          }
        }
      }
    }
  }
}
