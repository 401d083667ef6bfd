import type { Span } from '../../common/span.js';
import type { KBlock, KeepalivedConfig, KStatement, KWord } from '../../keepalived/model.js';
import { netmaskPrefix, parseIp, type IpAddress } from '../address.js';
import { indentationAt, integerOf, lineEnd, numberOf, type InsertionPoint, type Valued } from './common.js';

/** One entry of `virtual_ipaddress { }` (or `virtual_ipaddress_excluded`). */
export interface VirtualAddressFacts {
  /** The address without its prefix, as written. */
  address: string;
  /** The prefix length written after `/` (a dotted netmask is converted); undefined when none. */
  prefix?: number;
  ip?: IpAddress;
  /** `address/prefix` as written: what is compared between nodes. */
  written: string;
  /** The span of the address word. */
  span: Span;
  /** The whole entry (address and options such as `dev eth0 label eth0:1`). */
  entry: Span;
  excluded: boolean;
}

/** A `track_script` or `track_process` entry of an instance. */
export interface TrackedFacts {
  kind: 'script' | 'process';
  name: Valued<string>;
  /** `weight N` given on the entry: it overrides the weight of the script or process. */
  weight?: Valued<number>;
  /** `reverse` on the entry (`noreverse` reads as false). */
  reverse?: boolean;
  entry: Span;
}

export interface VrrpInstanceFacts {
  name: Valued<string>;
  /** The `vrrp_instance NAME` header words (for problems about the instance as a whole). */
  header: Span;
  statement: Span;
  state?: Valued<string>;
  interface?: Valued<string>;
  virtualRouterId?: Valued<number>;
  priority?: Valued<number>;
  advertInt?: Valued<number>;
  authentication?: {
    statement: Span;
    keyword: Span;
    type?: Valued<string>;
    pass?: Valued<string>;
  };
  virtualAddresses: VirtualAddressFacts[];
  /** The `virtual_ipaddress` keyword and where a new entry goes. */
  virtualAddressBlock?: { keyword: Span; insert: InsertionPoint };
  unicastSrcIp?: Valued<string>;
  unicastPeers: Array<Valued<string> & { entry: Span }>;
  unicastPeerBlock?: { keyword: Span; insert: InsertionPoint };
  nopreempt?: Span;
  tracked: TrackedFacts[];
  trackScriptBlock?: { keyword: Span; insert: InsertionPoint };
  /** Where a new line goes in the instance block. */
  insert?: InsertionPoint;
}

export interface VrrpScriptFacts {
  name: Valued<string>;
  statement: Span;
  /** The command as keepalived runs it (quotes removed). */
  script?: Valued<string>;
  interval?: Valued<number>;
  weight?: Valued<number>;
  reverse?: boolean;
  fall?: Valued<number>;
  rise?: Valued<number>;
  insert?: InsertionPoint;
}

/** `vrrp_track_process NAME { process haproxy; weight N }`. */
export interface TrackProcessFacts {
  name: Valued<string>;
  statement: Span;
  process?: Valued<string>;
  weight?: Valued<number>;
  reverse?: boolean;
  insert?: InsertionPoint;
}

export interface KeepalivedFacts {
  instances: VrrpInstanceFacts[];
  scripts: VrrpScriptFacts[];
  processes: TrackProcessFacts[];
  /** Comments (for `# haproxy-keepalived: ignore` suppressions). */
  comments: Span[];
}

const valued = <T>(value: T, word: KWord): Valued<T> => ({ value, span: { start: word.start, end: word.end } });
const spanOf = (node: Span): Span => ({ start: node.start, end: node.end });

function firstArg(statement: KStatement): KWord | undefined {
  return statement.args[0];
}

function intArg(statement: KStatement): Valued<number> | undefined {
  const word = firstArg(statement);
  const value = word ? integerOf(word.value) : undefined;
  return word && value !== undefined ? valued(value, word) : undefined;
}

function numberArg(statement: KStatement): Valued<number> | undefined {
  const word = firstArg(statement);
  const value = word ? numberOf(word.value) : undefined;
  return word && value !== undefined ? valued(value, word) : undefined;
}

function stringArg(statement: KStatement): Valued<string> | undefined {
  const word = firstArg(statement);
  return word ? valued(word.value, word) : undefined;
}

/** After the last statement of a block (or after its `{`), indented like its statements. */
export function blockInsertion(text: string, block: KBlock | undefined): InsertionPoint | undefined {
  if (!block) return undefined;
  const last = block.statements.at(-1);
  if (last) return { offset: lineEnd(text, last.end), indent: indentationAt(text, last.start) };
  const outer = indentationAt(text, block.open.start);
  return { offset: block.open.end, indent: `${outer}    ` };
}

/** `weight N [reverse|noreverse]` among the words of a line. */
function weightOption(words: readonly KWord[]): { weight?: Valued<number>; reverse?: boolean } {
  const result: { weight?: Valued<number>; reverse?: boolean } = {};
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.value === 'weight' && words[i + 1]) {
      const value = integerOf(words[i + 1]!.value);
      if (value !== undefined) result.weight = valued(value, words[i + 1]!);
    }
    if (word.value === 'reverse') result.reverse = true;
    if (word.value === 'noreverse') result.reverse = false;
  }
  return result;
}

function virtualAddresses(statement: KStatement, excluded: boolean): VirtualAddressFacts[] {
  const result: VirtualAddressFacts[] = [];
  for (const entry of statement.block?.statements ?? []) {
    const word = entry.keyword;
    const [address, prefixText] = word.value.split('/') as [string, string | undefined];
    // Only addresses count: keepalived skips any other word (the file's own check reports it), and a
    // missing `}` must not make the following keywords look like VIPs to compare across nodes.
    const ip = parseIp(address);
    if (!ip) continue;
    let prefix: number | undefined;
    if (prefixText !== undefined) {
      prefix = integerOf(prefixText) ?? netmaskPrefix(prefixText);
    }
    result.push({
      address,
      prefix,
      ip,
      written: word.value,
      span: spanOf(word),
      entry: spanOf(entry),
      excluded,
    });
  }
  return result;
}

function tracked(kind: 'script' | 'process', statement: KStatement): TrackedFacts[] {
  return (statement.block?.statements ?? []).map((entry) => ({
    kind,
    name: valued(entry.keyword.value, entry.keyword),
    ...weightOption(entry.args),
    entry: spanOf(entry),
  }));
}

function instanceFacts(text: string, statement: KStatement): VrrpInstanceFacts | undefined {
  const nameWord = firstArg(statement);
  if (!nameWord) return undefined;
  const facts: VrrpInstanceFacts = {
    name: valued(nameWord.value, nameWord),
    header: { start: statement.keyword.start, end: nameWord.end },
    statement: spanOf(statement),
    virtualAddresses: [],
    unicastPeers: [],
    tracked: [],
    insert: blockInsertion(text, statement.block),
  };
  for (const inner of statement.block?.statements ?? []) {
    switch (inner.keyword.value) {
      case 'state':
        facts.state = stringArg(inner);
        break;
      case 'interface':
        facts.interface = stringArg(inner);
        break;
      case 'virtual_router_id':
        facts.virtualRouterId = intArg(inner);
        break;
      case 'priority':
        facts.priority = intArg(inner);
        break;
      case 'advert_int':
        facts.advertInt = numberArg(inner);
        break;
      case 'nopreempt':
        facts.nopreempt = spanOf(inner.keyword);
        break;
      case 'preempt':
        facts.nopreempt = undefined;
        break;
      case 'unicast_src_ip':
        facts.unicastSrcIp = stringArg(inner);
        break;
      case 'authentication': {
        const auth: NonNullable<VrrpInstanceFacts['authentication']> = { statement: spanOf(inner), keyword: spanOf(inner.keyword) };
        for (const field of inner.block?.statements ?? []) {
          if (field.keyword.value === 'auth_type') auth.type = stringArg(field);
          if (field.keyword.value === 'auth_pass') auth.pass = stringArg(field);
        }
        facts.authentication = auth;
        break;
      }
      case 'virtual_ipaddress':
        facts.virtualAddresses.push(...virtualAddresses(inner, false));
        facts.virtualAddressBlock ??= { keyword: spanOf(inner.keyword), insert: blockInsertion(text, inner.block) ?? { offset: inner.end, indent: '' } };
        break;
      case 'virtual_ipaddress_excluded':
        facts.virtualAddresses.push(...virtualAddresses(inner, true));
        break;
      case 'unicast_peer':
        for (const entry of inner.block?.statements ?? []) {
          facts.unicastPeers.push({ ...valued(entry.keyword.value, entry.keyword), entry: spanOf(entry) });
        }
        facts.unicastPeerBlock ??= { keyword: spanOf(inner.keyword), insert: blockInsertion(text, inner.block) ?? { offset: inner.end, indent: '' } };
        break;
      case 'track_script':
        facts.tracked.push(...tracked('script', inner));
        facts.trackScriptBlock ??= { keyword: spanOf(inner.keyword), insert: blockInsertion(text, inner.block) ?? { offset: inner.end, indent: '' } };
        break;
      case 'track_process':
        facts.tracked.push(...tracked('process', inner));
        break;
    }
  }
  return facts;
}

function scriptFacts(text: string, statement: KStatement): VrrpScriptFacts | undefined {
  const nameWord = firstArg(statement);
  if (!nameWord) return undefined;
  const facts: VrrpScriptFacts = { name: valued(nameWord.value, nameWord), statement: spanOf(statement), insert: blockInsertion(text, statement.block) };
  for (const inner of statement.block?.statements ?? []) {
    switch (inner.keyword.value) {
      case 'script': {
        // Unquoted, the command is every word of the line; quoted, the one word.
        const words = inner.args;
        if (words.length > 0) {
          facts.script = {
            value: words.map((w) => w.value).join(' '),
            span: { start: words[0]!.start, end: words.at(-1)!.end },
          };
        }
        break;
      }
      case 'interval':
        facts.interval = numberArg(inner);
        break;
      case 'weight': {
        const option = weightOption([inner.keyword, ...inner.args]);
        facts.weight = option.weight;
        facts.reverse = option.reverse;
        break;
      }
      case 'fall':
        facts.fall = intArg(inner);
        break;
      case 'rise':
        facts.rise = intArg(inner);
        break;
    }
  }
  return facts;
}

function processFacts(text: string, statement: KStatement): TrackProcessFacts | undefined {
  const nameWord = firstArg(statement);
  if (!nameWord) return undefined;
  const facts: TrackProcessFacts = { name: valued(nameWord.value, nameWord), statement: spanOf(statement), insert: blockInsertion(text, statement.block) };
  for (const inner of statement.block?.statements ?? []) {
    if (inner.keyword.value === 'process') facts.process = stringArg(inner);
    if (inner.keyword.value === 'weight') {
      const option = weightOption([inner.keyword, ...inner.args]);
      facts.weight = option.weight;
      facts.reverse = option.reverse;
    }
  }
  return facts;
}

/**
 * What the cluster checks need from one keepalived.conf: its VRRP instances, scripts and process
 * trackers, each value with its span. Only the file itself is read (not its `include`s).
 */
export function keepalivedFacts(config: KeepalivedConfig, text: string): KeepalivedFacts {
  const facts: KeepalivedFacts = { instances: [], scripts: [], processes: [], comments: config.comments };
  const syncGroups: KStatement[] = [];
  for (const statement of config.statements) {
    if (statement.configId) continue; // applies to one node only: which one is not known here
    switch (statement.keyword.value) {
      case 'vrrp_instance': {
        const instance = instanceFacts(text, statement);
        if (instance) facts.instances.push(instance);
        break;
      }
      case 'vrrp_script': {
        const script = scriptFacts(text, statement);
        if (script) facts.scripts.push(script);
        break;
      }
      case 'vrrp_track_process': {
        const process = processFacts(text, statement);
        if (process) facts.processes.push(process);
        break;
      }
      case 'vrrp_sync_group':
        syncGroups.push(statement);
        break;
    }
  }
  // Scripts and processes a sync group tracks apply to each of its instances.
  for (const group of syncGroups) {
    const inner = group.block?.statements ?? [];
    const names = inner.filter((s) => s.keyword.value === 'group').flatMap((s) => (s.block?.statements ?? []).flatMap((e) => [e.keyword, ...e.args]).map((w) => w.value));
    const shared = inner.flatMap((s) => (s.keyword.value === 'track_script' ? tracked('script', s) : s.keyword.value === 'track_process' ? tracked('process', s) : []));
    for (const instance of facts.instances) if (names.includes(instance.name.value)) instance.tracked.push(...shared);
  }
  return facts;
}
