import type { Span } from '../../common/span.js';
import type { Directive, HaproxyConfig, Section, SectionKind, Word } from '../../haproxy/model.js';
import { isUnspecified, parseIp, type IpAddress } from '../address.js';
import { indentationAt, lineEnd, type InsertionPoint, type Valued } from './common.js';

/** One address of a `bind` line or a `server`: `[family@]host[:port]`. */
export interface HaproxyAddress {
  /** The host part as written: an IP, a name, or '' / '*' for every address. */
  host: string;
  port?: string;
  /** The span of the host part when the word is written plainly, else of the whole word. */
  hostSpan: Span;
  /** `*`, empty, `0.0.0.0` or `::`: every address of the node. */
  wildcard: boolean;
  ip?: IpAddress;
}

export interface SectionRef {
  kind: SectionKind;
  name?: string;
  header: Span;
}

export interface BindFacts {
  section: SectionRef;
  address: HaproxyAddress;
  /** The address word (`10.0.0.10:80`; several addresses may share one word, separated by commas). */
  word: Span;
  /** `transparent` or `freebind`: haproxy may bind an address the node does not hold, without the sysctl. */
  freebind: boolean;
  directive: Span;
}

export interface ServerFacts {
  backend: SectionRef;
  name: Valued<string>;
  address: HaproxyAddress;
  cookie?: Valued<string>;
  /** `check` is on: haproxy sends the health check to this server. */
  check: boolean;
  /** `addr` option: health checks go to this address instead. */
  checkAddress?: HaproxyAddress;
  directive: Span;
}

/** An HTTP health check request: `option httpchk ...` or `http-check send ...`. */
export interface HealthCheckFacts {
  method: string;
  uri: Valued<string>;
  origin: 'option httpchk' | 'http-check send';
  /** The section the line is written in (a `defaults` section when inherited). */
  writtenIn: SectionRef;
}

export interface BackendFacts {
  section: SectionRef;
  servers: ServerFacts[];
  healthChecks: HealthCheckFacts[];
}

export interface CredentialFacts {
  kind: 'stats auth' | 'userlist';
  user: string;
  password: string;
  /** The span of the password (the whole word when it is quoted or escaped). */
  passwordSpan: Span;
  word: Span;
  section: SectionRef;
}

/** A directive reduced for comparing two configurations. */
export interface DirectiveSummary {
  /** What identifies the line within its section: `server web1`, `timeout connect`, `balance`... */
  key: string;
  /** The keyword and its arguments, decoded, separated by single spaces. */
  words: string[];
  directive: Span;
}

export interface SectionSummary {
  /** `backend web_servers`, `global`, `defaults` (with `#2` for a second unnamed one). */
  key: string;
  section: SectionRef;
  span: Span;
  directives: DirectiveSummary[];
  /** Where a line added at the end of the section goes. */
  insert: InsertionPoint;
}

export interface HaproxyFacts {
  binds: BindFacts[];
  backends: BackendFacts[];
  credentials: CredentialFacts[];
  sections: SectionSummary[];
  comments: Span[];
}

const SOCKET_FAMILIES = new Set(['unix', 'abns', 'abnsz', 'fd', 'sockpair', 'uxst', 'uxdg']);

/** Reads `[family@]host[:port]` at `start` (the offset of `text` in the file; -1 when not exact). */
export function parseHaproxyAddress(text: string, start: number, fallback: Span): HaproxyAddress | undefined {
  let rest = text;
  let offset = 0;
  const plus = /^(stream|dgram|quic)\+/.exec(rest);
  if (plus) {
    rest = rest.slice(plus[0].length);
    offset += plus[0].length;
  }
  const at = rest.indexOf('@');
  if (at >= 0) {
    const family = rest.slice(0, at);
    if (SOCKET_FAMILIES.has(family)) return undefined;
    rest = rest.slice(at + 1);
    offset += at + 1;
  }
  if (rest.startsWith('/') || rest.includes('$')) return undefined;
  let host: string;
  let port: string | undefined;
  let hostOffset = offset;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return undefined;
    host = rest.slice(1, close);
    hostOffset += 1;
    const after = rest.slice(close + 1);
    port = after.startsWith(':') ? after.slice(1) : undefined;
  } else {
    const colons = (rest.match(/:/g) ?? []).length;
    if (colons > 1) {
      const last = rest.lastIndexOf(':');
      host = rest.slice(0, last);
      port = rest.slice(last + 1);
      if (parseIp(host) === undefined && parseIp(rest) !== undefined) {
        host = rest;
        port = undefined;
      }
    } else if (colons === 1) {
      [host, port] = rest.split(':') as [string, string];
    } else {
      host = rest;
    }
  }
  const ip = parseIp(host);
  const wildcard = host === '' || host === '*' || (ip !== undefined && isUnspecified(ip));
  const hostSpan = start >= 0 && host !== '' ? { start: start + hostOffset, end: start + hostOffset + host.length } : fallback;
  return { host, port: port === '' ? undefined : port, hostSpan, wildcard, ip };
}

function plainWord(word: Word): boolean {
  return word.raw === word.value;
}

/** Each comma-separated address of a bind word, with exact host spans when the word is plain. */
function addressesOfWord(word: Word): HaproxyAddress[] {
  const result: HaproxyAddress[] = [];
  let offset = 0;
  for (const piece of word.value.split(',')) {
    const start = plainWord(word) ? word.start + offset : -1;
    const address = parseHaproxyAddress(piece, start, word);
    if (address) result.push(address);
    offset += piece.length + 1;
  }
  return result;
}

function sectionRef(section: Section): SectionRef {
  return { kind: section.kind, name: section.name?.value, header: { start: section.header.start, end: section.header.end } };
}

const span = (node: Span): Span => ({ start: node.start, end: node.end });

function valueAfter(words: readonly Word[], option: string): Word | undefined {
  const index = words.findIndex((w) => w.value === option);
  return index >= 0 ? words[index + 1] : undefined;
}

function bindsOf(section: Section): BindFacts[] {
  const binds: BindFacts[] = [];
  const ref = sectionRef(section);
  const add = (word: Word, options: readonly Word[], directive: Directive): void => {
    const freebind = options.some((o) => o.value === 'transparent' || o.value === 'freebind');
    for (const address of addressesOfWord(word)) binds.push({ section: ref, address, word: span(word), freebind, directive: span(directive) });
  };
  // HAProxy 1.4 style: `listen name address:port` on the header line.
  if (section.kind === 'listen' || section.kind === 'frontend') {
    const address = section.header.args[1];
    if (address && /:/.test(address.value)) add(address, [], section.header);
  }
  for (const directive of section.directives) {
    if (directive.keyword.value !== 'bind') continue;
    const [word, ...options] = directive.args;
    if (word) add(word, options, directive);
  }
  return binds;
}

function serversOf(section: Section): ServerFacts[] {
  const servers: ServerFacts[] = [];
  const ref = sectionRef(section);
  for (const directive of section.directives) {
    if (directive.keyword.value !== 'server') continue;
    const [name, addressWord, ...options] = directive.args;
    if (!name || !addressWord) continue;
    const address = parseHaproxyAddress(addressWord.value, plainWord(addressWord) ? addressWord.start : -1, addressWord);
    if (!address) continue;
    const cookie = valueAfter(options, 'cookie');
    const checkAddr = valueAfter(options, 'addr');
    servers.push({
      backend: ref,
      name: { value: name.value, span: span(name) },
      address,
      cookie: cookie ? { value: cookie.value, span: span(cookie) } : undefined,
      check: options.some((o) => o.value === 'check'),
      checkAddress: checkAddr ? parseHaproxyAddress(checkAddr.value, plainWord(checkAddr) ? checkAddr.start : -1, checkAddr) : undefined,
      directive: span(directive),
    });
  }
  return servers;
}

interface CheckLines {
  /** `option httpchk` (undefined: not written here; null: `no option httpchk`). */
  option?: Directive | null;
  sends: Directive[];
}

function checkLinesOf(section: Section): CheckLines {
  const lines: CheckLines = { sends: [] };
  for (const directive of section.directives) {
    const [first, second] = directive.args;
    if (directive.keyword.value === 'option' && first?.value === 'httpchk') lines.option = directive;
    if (directive.keyword.value === 'no' && first?.value === 'option' && second?.value === 'httpchk') lines.option = null;
    if (directive.keyword.value === 'http-check' && first?.value === 'send') lines.sends.push(directive);
  }
  return lines;
}

/**
 * The requests of a proxy's HTTP health check, its own lines first and otherwise those of its
 * defaults section. `option httpchk` takes `[<method>] <uri> [<version>]` (one argument is the
 * URI); `http-check send` overrides method and URI; both default to `OPTIONS /`.
 */
function healthChecksOf(own: { section: Section; lines: CheckLines }, defaults: { section: Section; lines: CheckLines } | undefined): HealthCheckFacts[] {
  const optionSource = own.lines.option !== undefined ? own : defaults?.lines.option !== undefined ? defaults : undefined;
  const option = optionSource?.lines.option;
  if (!option || !optionSource) return [];
  const sendSource = own.lines.sends.length > 0 ? own : defaults && defaults.lines.sends.length > 0 ? defaults : undefined;
  const optionArgs = option.args.slice(1);
  let method = 'OPTIONS';
  let uriWord: Word | undefined;
  if (optionArgs.length === 1) uriWord = optionArgs[0];
  else if (optionArgs.length >= 2) {
    method = optionArgs[0]!.value.toUpperCase();
    uriWord = optionArgs[1];
  }
  const checks: HealthCheckFacts[] = [];
  for (const send of sendSource?.lines.sends ?? []) {
    const uri = valueAfter(send.args, 'uri');
    const meth = valueAfter(send.args, 'meth');
    if (uri) {
      checks.push({
        method: meth ? meth.value.toUpperCase() : method,
        uri: { value: uri.value, span: span(uri) },
        origin: 'http-check send',
        writtenIn: sectionRef(sendSource!.section),
      });
    }
  }
  if (checks.length > 0) return checks;
  if (uriWord) return [{ method, uri: { value: uriWord.value, span: span(uriWord) }, origin: 'option httpchk', writtenIn: sectionRef(optionSource.section) }];
  return [];
}

function credentialsOf(section: Section): CredentialFacts[] {
  const credentials: CredentialFacts[] = [];
  const ref = sectionRef(section);
  for (const directive of section.directives) {
    const [first, second, third] = directive.args;
    if (directive.keyword.value === 'stats' && first?.value === 'auth' && second) {
      const colon = second.value.indexOf(':');
      if (colon < 0) continue;
      const exact = plainWord(second);
      credentials.push({
        kind: 'stats auth',
        user: second.value.slice(0, colon),
        password: second.value.slice(colon + 1),
        passwordSpan: exact ? { start: second.start + colon + 1, end: second.end } : span(second),
        word: span(second),
        section: ref,
      });
    }
    if (section.kind === 'userlist' && directive.keyword.value === 'user' && first && second?.value === 'insecure-password' && third) {
      credentials.push({ kind: 'userlist', user: first.value, password: third.value, passwordSpan: span(third), word: span(third), section: ref });
    }
  }
  return credentials;
}

/** Keywords that set one value per section: a second line replaces the first. */
const SINGLE_VALUED = new Set([
  'mode', 'balance', 'cookie', 'default_backend', 'maxconn', 'fullconn', 'retries', 'hash-type', 'log-format', 'log-format-sd',
  'error-log-format', 'unique-id-format', 'unique-id-header', 'monitor-uri', 'hash-balance-factor', 'dynamic-cookie-key', 'load-server-state-from-file',
  'server-state-file-name', 'rate-limit', 'backlog', 'id', 'nbthread', 'ssl-default-bind-ciphers', 'ssl-default-bind-options',
  'ssl-default-server-ciphers', 'ssl-default-server-options', 'tune.ssl.default-dh-param',
]);

/** What identifies a line in its section, so that two configurations can be matched line by line. */
export function directiveKey(words: readonly string[]): string {
  const [keyword, first, second] = words;
  if (keyword === 'no' && first === 'option' && second) return `option ${second}`;
  switch (keyword) {
    case 'server':
    case 'server-template':
    case 'bind':
    case 'timeout':
    case 'option':
    case 'userlist':
    case 'user':
    case 'group':
      return first !== undefined ? `${keyword} ${first}` : keyword!;
    case 'stats':
      return first === 'auth' || first === 'http-request' || first === 'admin' ? words.join(' ') : first !== undefined ? `stats ${first}` : 'stats';
    default:
      return SINGLE_VALUED.has(keyword!) ? keyword! : words.join(' ');
  }
}

function sectionSummaries(config: HaproxyConfig, text: string): SectionSummary[] {
  const seen = new Map<string, number>();
  return config.sections.map((section) => {
    const base = section.name ? `${section.kind} ${section.name.value}` : section.kind;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const last = section.directives.at(-1) ?? section.header;
    return {
      key: count > 1 ? `${base}#${count}` : base,
      section: sectionRef(section),
      span: span(section),
      directives: section.directives.map((directive) => {
        const words = [directive.keyword.value, ...directive.args.map((w) => w.value)];
        if (directive.condition) words.push(...text.slice(directive.condition.start, directive.condition.end).split(/\s+/));
        return { key: directiveKey(words), words, directive: span(directive) };
      }),
      insert: {
        offset: lineEnd(text, last.end),
        indent: section.directives.length > 0 ? indentationAt(text, last.start) : '    ',
      },
    };
  });
}

/**
 * What the cluster checks need from one haproxy.cfg: where it listens, the backends with their
 * servers and HTTP health checks, the credentials, and a per-section summary for comparisons.
 */
export function haproxyFacts(config: HaproxyConfig, text: string): HaproxyFacts {
  const facts: HaproxyFacts = { binds: [], backends: [], credentials: [], sections: sectionSummaries(config, text), comments: config.comments };
  let lastDefaults: { section: Section; lines: CheckLines } | undefined;
  const namedDefaults = new Map<string, { section: Section; lines: CheckLines }>();
  for (const section of config.sections) {
    facts.credentials.push(...credentialsOf(section));
    if (section.kind === 'defaults') {
      lastDefaults = { section, lines: checkLinesOf(section) };
      if (section.name) namedDefaults.set(section.name.value, lastDefaults);
      continue;
    }
    if (section.kind === 'frontend' || section.kind === 'listen') facts.binds.push(...bindsOf(section));
    if (section.kind === 'backend' || section.kind === 'listen') {
      const from = valueAfter(section.header.args, 'from');
      const defaults = from ? namedDefaults.get(from.value) : lastDefaults;
      facts.backends.push({
        section: sectionRef(section),
        servers: serversOf(section),
        healthChecks: healthChecksOf({ section, lines: checkLinesOf(section) }, defaults),
      });
    }
  }
  return facts;
}
