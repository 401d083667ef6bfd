import type { Problem, Span } from '../../common/span.js';
import type { KWord } from '../model.js';
import type { CheckedNode, ValueWord } from './tree.js';
import { isSockAddress } from './keywords.js';
import { checkWholeNumber, isIpv4, isIpv6, parseIpWithPrefix } from './values.js';

/**
 * The entries of value blocks (`virtual_ipaddress`, `track_script`, `virtual_routes`...), read the way
 * keepalived's entry parsers read them: the first word, then option words with their values.
 */
export function checkEntries(nodes: readonly CheckedNode[], problems: Problem[]): void {
  for (const block of nodes) {
    if (block.external || block.kind !== 'keyword' || !block.keyword?.fact.valueBlock || !block.statement.block) continue;
    const entries = block.children.filter((e) => !e.external);
    switch (block.name) {
      case 'virtual_ipaddress':
      case 'virtual_ipaddress_excluded':
        for (const entry of entries) checkAddressEntry(entry, false, problems);
        break;
      case 'static_ipaddress':
        for (const entry of entries) checkAddressEntry(entry, true, problems);
        break;
      case 'track_script':
      case 'track_process':
      case 'track_bfd':
      case 'track_file':
      case 'track_interface':
        for (const entry of entries) checkTrackEntry(block.name, entry, problems);
        break;
      case 'unicast_peer':
        for (const entry of entries) checkPeerEntry(entry, problems);
        break;
      case 'virtual_routes':
      case 'static_routes':
        for (const entry of entries) checkRouteEntry(entry, problems);
        break;
      case 'virtual_rules':
      case 'static_rules':
        for (const entry of entries) checkRuleEntry(entry, problems);
        break;
      case 'virtual_server_group':
        for (const entry of entries) checkServerGroupEntry(entry, problems);
        break;
      case 'notification_email':
        if (block.children.length === 0) {
          problems.push({
            code: 'keepalived/empty-block',
            message: 'notification_email has no address: keepalived reports the empty block (leave the block out to send no mail)',
            start: block.statement.keyword.start,
            end: block.statement.keyword.end,
          });
        }
        break;
    }
  }
}

function span(word: KWord): Span {
  return { start: word.start, end: word.end };
}

/** The words of an entry: its first word (the statement keyword) and the rest, with substituted values. */
function wordsOf(entry: CheckedNode): ValueWord[] {
  return [{ word: entry.statement.keyword, text: entry.name.includes('$') ? undefined : entry.name }, ...entry.args];
}

/** Value-taking options of address entries (vrrp_ipaddress.c `alloc_ipaddress`); the rest take none. */
const ADDRESS_OPTIONS_WITH_VALUE = new Set(['dev', 'scope', 'broadcast', 'brd', 'label', 'peer', 'preferred_lft']);
const ADDRESS_FLAGS = new Set(['home', '-nodad', 'mngtmpaddr', 'noprefixroute', 'autojoin', 'no_track']);
/** `/etc/iproute2/rt_scopes` names keepalived accepts, besides numbers. */
const SCOPES = new Set(['global', 'site', 'link', 'host', 'nowhere', 'universe']);

function checkAddressEntry(entry: CheckedNode, staticAddress: boolean, problems: Problem[]): void {
  const words = wordsOf(entry);
  const first = words[0]!;
  if (first.text === undefined) return;
  const parsed = parseIpWithPrefix(first.text);
  if ('error' in parsed) {
    problems.push({ code: 'keepalived/invalid-address', message: `${parsed.error}; keepalived skips this address`, ...span(first.word) });
    return;
  }
  if (parsed.prefix === undefined && !staticAddress && !words.some((w) => w.text === 'peer')) {
    const host = parsed.family === 'inet6' ? 128 : 32;
    problems.push({
      code: 'keepalived/vip-without-prefix',
      message: `'${first.text}' has no prefix length, so keepalived adds it as /${host}: fine when the interface already has an address in this subnet; otherwise write the subnet's prefix (e.g. /24)`,
      ...span(first.word),
      fixes: [{ title: `Write /${host} explicitly`, edits: [{ start: first.word.end, end: first.word.end, newText: `/${host}` }] }],
    });
  }
  for (let i = 1; i < words.length; i++) {
    const option = words[i]!;
    const name = option.text;
    if (name === undefined) return;
    if (ADDRESS_FLAGS.has(name) || (name === 'use_vmac' && !staticAddress)) continue;
    if (!(ADDRESS_OPTIONS_WITH_VALUE.has(name) || (name === 'track_group' && staticAddress))) {
      problems.push({ code: 'keepalived/unknown-option', message: `unknown option '${name}' for an address; keepalived ignores it`, ...span(option.word) });
      continue;
    }
    const value = words[i + 1];
    if (!value) {
      problems.push({ code: 'keepalived/missing-value', message: `'${name}' needs a value; keepalived skips this address`, start: option.word.end, end: option.word.end });
      return;
    }
    i++;
    if (value.text === undefined) continue;
    const why = addressOptionProblem(name, value.text, parsed.family);
    if (why) problems.push({ code: name === 'peer' ? 'keepalived/invalid-address' : 'keepalived/invalid-value', message: `${name}: ${why}`, ...span(value.word) });
  }
}

function addressOptionProblem(option: string, value: string, family: 'inet' | 'inet6'): string | undefined {
  switch (option) {
    case 'scope':
      if (family === 'inet6') return 'keepalived takes no scope for an IPv6 address';
      return SCOPES.has(value) || (/^\d+$/.test(value) && Number(value) <= 255) ? undefined : `'${value}' is not a scope (global, site, link, host, nowhere or 0-255)`;
    case 'broadcast':
    case 'brd':
      if (family === 'inet6') return 'an IPv6 address has no broadcast address; keepalived skips the address';
      return value === '+' || value === '-' || isIpv4(value) ? undefined : `'${value}' is not a broadcast address (an IPv4 address, + or -)`;
    case 'label':
      if (family === 'inet6') return 'keepalived takes no label for an IPv6 address';
      return value.length <= 15 ? undefined : `'${value}' is longer than 15 characters; keepalived drops the address`;
    case 'peer': {
      const peer = value.includes(':') ? isIpv6(value) : isIpv4(value);
      if (!peer) return `'${value}' is not an IP address`;
      return value.includes(':') === (family === 'inet6') ? undefined : `'${value}' is not of the address's family`;
    }
    case 'preferred_lft':
      return value === 'forever' ? undefined : checkWholeNumber(value, 0, 4294967295);
    default:
      return undefined;
  }
}

/** `name [weight N [reverse|noreverse]]` (vrrp_track.c); the weight range depends on what is tracked. */
function checkTrackEntry(block: string, entry: CheckedNode, problems: Problem[]): void {
  const words = wordsOf(entry);
  if (words.length < 2) return;
  const option = words[1]!;
  if (option.text === undefined) return;
  if (option.text !== 'weight') {
    problems.push({ code: 'keepalived/unknown-option', message: `unknown option '${option.text}' in ${block}: write '${words[0]!.word.raw} weight <n>'`, ...span(option.word) });
    return;
  }
  const weight = words[2];
  if (!weight) {
    problems.push({ code: 'keepalived/missing-value', message: `'weight' needs a number; keepalived ignores this ${block} entry`, start: option.word.end, end: option.word.end });
    return;
  }
  const limit = block === 'track_file' ? 254 : 253;
  if (weight.text !== undefined) {
    const why = checkWholeNumber(weight.text, -limit, limit);
    if (why) problems.push({ code: 'keepalived/invalid-value', message: `weight: ${why}`, ...span(weight.word) });
  }
  const direction = words[3];
  if (direction?.text !== undefined) {
    const allowed = block === 'track_interface' ? ['reverse'] : ['reverse', 'noreverse'];
    if (!allowed.includes(direction.text)) {
      problems.push({ code: 'keepalived/unknown-option', message: `'${direction.text}' is not ${allowed.map((a) => `'${a}'`).join(' or ')}`, ...span(direction.word) });
    }
  }
}

/** `address [min_ttl N] [max_ttl N]`. */
function checkPeerEntry(entry: CheckedNode, problems: Problem[]): void {
  const words = wordsOf(entry);
  const first = words[0]!;
  if (first.text === undefined) return;
  if (!isSockAddress(first.text)) {
    problems.push({ code: 'keepalived/invalid-address', message: `'${first.text}' is not an IP address; keepalived skips this peer`, ...span(first.word) });
    return;
  }
  for (let i = 1; i < words.length; i += 2) {
    const option = words[i]!;
    if (option.text === undefined) return;
    if (option.text !== 'min_ttl' && option.text !== 'max_ttl') {
      problems.push({ code: 'keepalived/unknown-option', message: `unknown option '${option.text}' for a unicast peer`, ...span(option.word) });
      return;
    }
    const value = words[i + 1];
    if (!value) {
      problems.push({ code: 'keepalived/missing-value', message: `'${option.text}' needs a number`, start: option.word.end, end: option.word.end });
      return;
    }
    const why = value.text === undefined ? undefined : checkWholeNumber(value.text, 0, 255);
    if (why) problems.push({ code: 'keepalived/invalid-value', message: `${option.text}: ${why}`, ...span(value.word) });
  }
}

/** Route options that take one value (vrrp_iproute.c `alloc_route`); `lock` may precede a metric. */
const ROUTE_OPTIONS_WITH_VALUE = new Set([
  'src', 'via', 'gw', 'from', 'tos', 'dsfield', 'table', 'protocol', 'scope', 'metric', 'priority', 'preference', 'dev', 'oif', 'expires',
  'mtu', 'hoplimit', 'advmss', 'rtt', 'rttvar', 'reordering', 'window', 'cwnd', 'ssthresh', 'realms', 'rto_min', 'initcwnd', 'initrwnd',
  'features', 'quickack', 'congctl', 'pref', 'ttl-propagate', 'fastopen_no_cookie', 'track_group', 'vrf', 'or',
]);
const ROUTE_FLAGS = new Set(['inet', 'inet6', 'onlink', 'add', 'prepend', 'append', 'no_track']);
const ROUTE_TYPES = new Set(['unicast', 'local', 'broadcast', 'multicast', 'throw', 'unreachable', 'prohibit', 'blackhole', 'nat', 'anycast']);
const ROUTE_ADDRESS_OPTIONS = new Set(['src', 'via', 'gw', 'from', 'or']);

/** A route: its destination and address options are checked; it must name its interface to be tracked. */
function checkRouteEntry(entry: CheckedNode, problems: Problem[]): void {
  const words = wordsOf(entry);
  let destination: ValueWord | undefined;
  let hasInterface = false;
  let tracked = true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const text = word.text;
    if (text === undefined) return;
    if (text === 'nexthop' || text === 'encap') break;
    if (ROUTE_FLAGS.has(text)) {
      if (text === 'no_track') tracked = false;
      continue;
    }
    if (ROUTE_OPTIONS_WITH_VALUE.has(text)) {
      let value = words[i + 1];
      if (value && (text === 'via' || text === 'gw') && (value.text === 'inet' || value.text === 'inet6')) value = words[++i + 1];
      if (value && value.text === 'lock') value = words[++i + 1];
      if (!value) {
        problems.push({ code: 'keepalived/missing-value', message: `'${text}' needs a value; keepalived skips this route`, start: word.word.end, end: word.word.end });
        return;
      }
      i++;
      if (text === 'dev' || text === 'oif') hasInterface = true;
      if (text === 'gw' || text === 'or') {
        problems.push({
          code: 'keepalived/deprecated-keyword',
          message: `'${text}' in a route is deprecated; use '${text === 'gw' ? 'via' : 'nexthop'}'`,
          ...span(word.word),
          data: { keepalivedTestFails: true },
          fixes: text === 'gw' ? [{ title: "Change to 'via'", edits: [{ start: word.word.start, end: word.word.end, newText: 'via' }], preferred: true }] : undefined,
        });
      }
      if (ROUTE_ADDRESS_OPTIONS.has(text) && value.text !== undefined) {
        const parsed = parseIpWithPrefix(value.text);
        if ('error' in parsed) problems.push({ code: 'keepalived/invalid-address', message: `${text}: ${parsed.error}; keepalived skips this route`, ...span(value.word) });
      }
      continue;
    }
    let at = i;
    if (text === 'to') at++;
    if (words[at]?.text !== undefined && ROUTE_TYPES.has(words[at]!.text!)) at++;
    const target = words[at];
    if (!target || target.text === undefined) return;
    i = at;
    destination = target;
    if (['default', 'any', 'all', 'default6'].includes(target.text)) continue;
    const parsed = parseIpWithPrefix(target.text);
    if ('error' in parsed) {
      problems.push({ code: 'keepalived/invalid-address', message: `${parsed.error}: not a route destination (or an unknown route option); keepalived skips this route`, ...span(target.word) });
      return;
    }
  }
  if (!destination) return;
  if (tracked && !hasInterface && !words.some((w) => w.text === 'nexthop' || w.text === 'encap')) {
    problems.push({
      code: 'keepalived/missing-required',
      message: "keepalived cannot track a route without an interface: add 'dev <interface>' (or 'no_track')",
      start: words[0]!.word.start,
      end: words[words.length - 1]!.word.end,
    });
  }
}

const RULE_OPTIONS_WITH_VALUE = new Set([
  'from', 'to', 'table', 'lookup', 'preference', 'order', 'priority', 'tos', 'dsfield', 'fwmark', 'realms', 'suppress_prefixlength', 'sup_pl',
  'suppress_ifgroup', 'sup_group', 'dev', 'iif', 'oif', 'tunnel-id', 'uidrange', 'protocol', 'ipproto', 'sport', 'dport', 'track_group', 'goto',
]);
const RULE_FLAGS = new Set(['inet', 'inet6', 'not', 'l3mdev', 'no_track', 'nop', 'type']);
const RULE_ACTIONS = new Set(['blackhole', 'prohibit', 'unreachable']);

/** A rule (vrrp_iprule.c `alloc_rule`): addresses are checked; it needs a preference and an action. */
function checkRuleEntry(entry: CheckedNode, problems: Problem[]): void {
  const words = wordsOf(entry);
  let preference = false;
  let action = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const text = word.text;
    if (text === undefined) return;
    if (RULE_FLAGS.has(text)) {
      if (text === 'nop' || text === 'l3mdev') action = true;
      continue;
    }
    if (RULE_ACTIONS.has(text)) {
      action = true;
      continue;
    }
    if (!RULE_OPTIONS_WITH_VALUE.has(text)) {
      problems.push({ code: 'keepalived/unknown-option', message: `unknown rule option '${text}'`, ...span(word.word) });
      return;
    }
    const value = words[i + 1];
    if (!value) {
      problems.push({ code: 'keepalived/missing-value', message: `'${text}' needs a value; keepalived skips this rule`, start: word.word.end, end: word.word.end });
      return;
    }
    i++;
    if (text === 'preference' || text === 'order' || text === 'priority') preference = true;
    if (text === 'table' || text === 'lookup' || text === 'goto') action = true;
    if ((text === 'from' || text === 'to') && value.text !== undefined && !['all', 'any', 'default'].includes(value.text)) {
      const parsed = parseIpWithPrefix(value.text);
      if ('error' in parsed) problems.push({ code: 'keepalived/invalid-address', message: `${text}: ${parsed.error}; keepalived skips this rule`, ...span(value.word) });
    }
  }
  const whole = { start: words[0]!.word.start, end: words[words.length - 1]!.word.end };
  if (!action) problems.push({ code: 'keepalived/missing-required', message: 'the rule has no action (table, goto, nop, blackhole, prohibit or unreachable); keepalived ignores it', ...whole });
  else if (!preference) {
    problems.push({ code: 'keepalived/missing-required', message: "the rule has no 'preference': keepalived picks one itself and reports it; give each rule its own", ...whole });
  }
}

/** `address[-last] port`, `address port` (IPv6 too), or `fwmark <n>`. */
function checkServerGroupEntry(entry: CheckedNode, problems: Problem[]): void {
  const words = wordsOf(entry);
  const first = words[0]!;
  if (first.text === undefined) return;
  if (first.text === 'fwmark') {
    const mark = words[1];
    if (!mark) problems.push({ code: 'keepalived/missing-value', message: "'fwmark' needs a number", start: first.word.end, end: first.word.end });
    else if (mark.text !== undefined) {
      const why = checkWholeNumber(mark.text, 1, 4294967295);
      if (why) problems.push({ code: 'keepalived/invalid-value', message: `fwmark: ${why}`, ...span(mark.word) });
    }
    return;
  }
  // `10.0.0.1-10` and `ae00::2-9`: a range ends with the last part's value.
  const range = /^(.*)-([0-9a-fA-F]+)$/.exec(first.text);
  const address = range ? range[1]! : first.text;
  const valid = isIpv4(address) || isIpv6(address);
  if (!valid) {
    problems.push({ code: 'keepalived/invalid-address', message: `'${first.text}' is not an address (or address range) of a virtual server; keepalived skips it`, ...span(first.word) });
    return;
  }
  const port = words[1];
  if (port?.text !== undefined) {
    const why = checkWholeNumber(port.text, 0, 65535);
    if (why) problems.push({ code: 'keepalived/invalid-value', message: `port: ${why}`, ...span(port.word) });
  }
}
