/**
 * Mutants of a valid haproxy.cfg: each one differs from its base by a single edit (one line
 * changed, one line inserted, or one section copied), chosen by a seeded generator so that every
 * run checks exactly the same files.
 */

/** A deterministic pseudo-random source (mulberry32): the same seed gives the same sequence. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

/** A stable seed from a name, so adding a base config does not change the mutants of the others. */
export function seedOf(name: string): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

export const MUTATION_KINDS = [
  'keyword-typo',
  'subkeyword-typo',
  'wrong-section',
  'bad-value',
  'undefined-reference',
  'duplicate',
  'missing-argument',
  'extra-argument',
  'legacy-keyword',
  'bind-server-option',
  'fetch-converter',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutant {
  kind: MutationKind;
  /** The name of the base config. */
  base: string;
  text: string;
  /** 1-based line of the edit in the mutant (for a copied section: its header). */
  line: number;
  /** The edited or inserted line, trimmed. */
  edited: string;
  /** Where an inserted line went, when that is not plain from the line itself. */
  detail?: string;
}

/** Section headers of haproxy 2.6. */
const SECTION_KEYWORDS = new Set([
  'global', 'defaults', 'frontend', 'backend', 'listen', 'userlist', 'peers', 'resolvers', 'mailers', 'program', 'http-errors', 'ring', 'cache',
]);
const PROXY_KINDS = new Set(['defaults', 'frontend', 'backend', 'listen']);

export interface Section {
  kind: string;
  name: string;
  /** 1-based line of the header. */
  header: number;
  /** 1-based line of the section's last statement (the header when it has none). */
  last: number;
}

/** A non-blank, non-comment line, split into words on blanks (the base configs use no quoting). */
export interface Statement {
  line: number;
  indent: string;
  words: string[];
  section: Section;
  isHeader: boolean;
}

export interface ConfigShape {
  lines: string[];
  statements: Statement[];
  sections: Section[];
}

export function readConfig(text: string): ConfigShape {
  if (!text.endsWith('\n')) throw new Error('a base config must end with a line break');
  const lines = text.slice(0, -1).split('\n');
  const statements: Statement[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  lines.forEach((raw, index) => {
    const body = raw.replace(/#.*$/, '');
    const words = body.trim().split(/\s+/).filter((w) => w !== '');
    if (words.length === 0) return;
    const line = index + 1;
    const isHeader = SECTION_KEYWORDS.has(words[0]!);
    if (isHeader) {
      current = { kind: words[0]!, name: words[1] ?? '', header: line, last: line };
      sections.push(current);
    }
    if (!current) throw new Error(`line ${line} of a base config is outside any section`);
    current.last = line;
    statements.push({ line, indent: /^\s*/.exec(raw)![0], words, section: current, isHeader });
  });
  return { lines, statements, sections };
}

/** Kinds of mutation a base gives, with how many of each to keep (sampled from all candidates). */
export type MutationBudget = Partial<Record<MutationKind, number>>;

interface Candidate {
  /** Candidates are sampled round-robin over groups, so that one frequent shape does not crowd out the rest. */
  group: string;
  make: () => Omit<Mutant, 'kind' | 'base'>;
}

function replaceLine(shape: ConfigShape, statement: Statement, words: string[]): Omit<Mutant, 'kind' | 'base'> {
  const lines = [...shape.lines];
  const edited = words.join(' ');
  lines[statement.line - 1] = statement.indent + edited;
  return { text: `${lines.join('\n')}\n`, line: statement.line, edited };
}

/** Inserts `inserted` lines after 1-based line `after`; the mutant's line is the first inserted one. */
function insertAfter(shape: ConfigShape, after: number, inserted: string[]): Omit<Mutant, 'kind' | 'base'> {
  const lines = [...shape.lines];
  lines.splice(after, 0, ...inserted);
  return { text: `${lines.join('\n')}\n`, line: after + 1, edited: inserted[0]!.trim() };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A typo: two neighbouring letters swapped, a letter dropped, or a letter inserted. */
export function typo(word: string, random: SeededRandom): string {
  for (;;) {
    const at = random.below(word.length);
    const how = random.below(3);
    let out: string;
    if (how === 0 && word.length >= 2) {
      const i = Math.min(at, word.length - 2);
      out = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    } else if (how === 1 && word.length >= 3) {
      out = word.slice(0, at) + word.slice(at + 1);
    } else {
      out = word.slice(0, at) + random.pick([...LETTERS]) + word.slice(at);
    }
    if (out !== word) return out;
  }
}

/** Index of the `if`/`unless` that starts a rule's condition, or -1. */
function conditionStart(words: readonly string[]): number {
  return words.findIndex((w, i) => i > 0 && (w === 'if' || w === 'unless'));
}

const FACILITIES = new Set(['kern', 'user', 'mail', 'daemon', 'auth', 'syslog', 'lpr', 'news', 'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7']);
const LEVELS = new Set(['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug']);
const IPV4_PORT = /^((?:\d{1,3}\.){3}\d{1,3})?:(\d+)$/;

/** Bad replacements for word `i` of a statement, by what the word is; with a group naming the value's class. */
function badValues(words: readonly string[], i: number): { group: string; values: string[] } | undefined {
  const word = words[i]!;
  const previous = words[i - 1]!;
  const keyword = words[0]!;
  if (keyword === 'acl' && i === 1) return undefined;
  if (/^\d+(us|ms|s|m|h|d)$/.test(word)) return { group: 'time', values: ['5x', '-5s', '99999999999s', '1.5s'] };
  if (previous === 'mode') return { group: 'enum', values: ['htp', 'udp'] };
  if (keyword === 'balance' && i === 1) return { group: 'enum', values: ['roundrobbin', 'fastest'] };
  if (keyword === 'hash-type' && i === 1) return { group: 'enum', values: ['consistant'] };
  if (keyword === 'log' && FACILITIES.has(word)) return { group: 'enum', values: ['local9', 'kernel'] };
  if (keyword === 'log' && LEVELS.has(word)) return { group: 'enum', values: ['verbose'] };
  if (keyword === 'cookie' && ['insert', 'indirect', 'nocache'].includes(word)) return { group: 'enum', values: ['inserted'] };
  if (keyword === 'stick-table' && previous === 'type') return { group: 'enum', values: ['ipx'] };
  if (keyword === 'compression' && words[1] === 'algo' && i >= 2) return { group: 'enum', values: ['brotli'] };
  if (previous === 'ssl-min-ver') return { group: 'enum', values: ['TLSv1.9'] };
  const address = IPV4_PORT.exec(word);
  if (address) {
    const host = address[1] ?? '';
    return { group: 'address', values: [`${host}:70000`, `300.1.1.1:${address[2]}`, `${host}:-1`, `${host || '127.0.0.1'}:80x`] };
  }
  if (/^(\d{1,3}\.){3}\d{1,3}\/\d+$/.test(word)) return { group: 'address', values: ['127.0.0.0/33', '300.0.0.0/8'] };
  if (/^\d+[kmg]$/.test(word)) return { group: 'size', values: ['12q', '-1k'] };
  if (/^\d+$/.test(word)) return { group: 'integer', values: ['-1', '99999999999', '12q'] };
  return undefined;
}

/** Lines moved (copied) into a section of another kind that are almost always wrong there. */
const CLASSIC_MOVES: Array<[keyword: string, into: string]> = [
  ['server', 'frontend'],
  ['bind', 'backend'],
  ['daemon', 'defaults'],
  ['balance', 'global'],
  ['use_backend', 'backend'],
  ['maxconn', 'userlist'],
  ['timeout', 'global'],
  ['acl', 'defaults'],
  ['user', 'defaults'],
  ['nameserver', 'backend'],
];

/** Keywords whose second word is itself a keyword. */
const SUBKEYWORD_HOLDERS = new Set(['option', 'timeout', 'http-request', 'http-response', 'tcp-request', 'http-check', 'stats', 'compression', 'tcp-check']);

/** Lines of keywords that HAProxy dropped (or never had), with the sections they would go in. */
const LEGACY_LINES: Array<[line: string, into: string[]]> = [
  ['contimeout 5000', ['defaults', 'backend', 'listen']],
  ['clitimeout 50000', ['defaults', 'frontend', 'listen']],
  ['srvtimeout 50000', ['defaults', 'backend', 'listen']],
  ['reqadd X-Foo:\\ bar', ['frontend', 'backend', 'listen']],
  ['rspadd X-Bar:\\ baz', ['frontend', 'backend', 'listen']],
  ['reqrep ^Host:\\ old Host:\\ new', ['frontend', 'backend', 'listen']],
  ['reqidel ^X-Debug:', ['frontend', 'backend', 'listen']],
  ['block if TRUE', ['frontend', 'backend', 'listen']],
  ['redispatch', ['defaults', 'backend', 'listen']],
  ['monitor-net 127.0.0.0/8', ['defaults', 'frontend', 'listen']],
  ['option forceclose', ['defaults', 'frontend', 'backend', 'listen']],
  ['option http-tunnel', ['defaults', 'frontend', 'backend', 'listen']],
  ['appsession JSESSIONID len 52 timeout 3h', ['backend', 'listen']],
  ['bind-process 1', ['defaults', 'frontend', 'backend', 'listen']],
  ['nbproc 2', ['global']],
  ['tune.chksize 32768', ['global']],
  ['debug', ['global']],
];

/** Options appended to a `bind` line: misspelt or made up, and a few real ones as controls. */
const BIND_OPTIONS = ['trasparent', 'accept-proxi', 'defer-acept', 'frobnicate', 'backlog', 'accept-proxy', 'v4v6', 'maxconn 100'];
/** Options appended to a `server` or `default-server` line: misspelt or made up, and a few real ones. */
const SERVER_OPTIONS = ['chek', 'weigth 10', 'backupp', 'inter-val 2s', 'frobnicate', 'observe layer4', 'slowstart 5s', 'agent-inter 5s'];

/** Positions of sample expressions (fetch + converters) in a statement. */
function sampleExpressionAt(words: readonly string[]): number[] {
  const at: number[] = [];
  const keyword = words[0]!;
  if (keyword === 'acl' && words.length > 2) at.push(2);
  if ((keyword === 'http-request' || keyword === 'tcp-request' || keyword === 'http-response') && /^(set-var\(|track-sc\d|capture)/.test(words[1] ?? '')) at.push(2);
  if (keyword === 'stick' && words[1] === 'on') at.push(2);
  words.forEach((w, i) => {
    if (w === '{' && words[i + 1]) at.push(i + 1);
  });
  return at;
}

function fetchVariants(expression: string, isAcl: boolean, random: SeededRandom): string[][] {
  const fetch = /^[a-z0-9_.]+/.exec(expression)?.[0] ?? expression;
  const rest = expression.slice(fetch.length);
  const variants = [[typo(fetch, random) + rest], [`${expression},lowr`], [`${expression},frobnicate`], [`${expression},lower`]];
  if (isAcl) variants.push([expression, '-m', 'begn']);
  return variants;
}

/** Every candidate mutant of one kind for a base. */
function candidates(kind: MutationKind, shape: ConfigShape, random: SeededRandom): Candidate[] {
  const out: Candidate[] = [];
  const body = shape.statements.filter((s) => !s.isHeader);
  switch (kind) {
    case 'keyword-typo':
      for (const s of shape.statements) {
        out.push({ group: s.isHeader ? 'header' : s.section.kind, make: () => replaceLine(shape, s, [typo(s.words[0]!, random), ...s.words.slice(1)]) });
      }
      break;
    case 'subkeyword-typo':
      for (const s of body) {
        if (!SUBKEYWORD_HOLDERS.has(s.words[0]!) || s.words.length < 2) continue;
        out.push({ group: s.words[0]!, make: () => replaceLine(shape, s, [s.words[0]!, typo(s.words[1]!, random), ...s.words.slice(2)]) });
      }
      break;
    case 'wrong-section':
      // A copy of the line rather than a move, so that the edit is one inserted line and the
      // section it came from stays valid.
      for (const s of body) {
        for (const target of shape.sections) {
          if (target.kind === s.section.kind) continue;
          const classic = CLASSIC_MOVES.some(([keyword, into]) => keyword === s.words[0] && into === target.kind);
          out.push({
            group: classic ? `classic ${s.words[0]} -> ${target.kind}` : `${s.section.kind} -> ${target.kind}`,
            make: () => ({
              ...insertAfter(shape, target.last, [`    ${s.words.join(' ')}`]),
              detail: `from ${s.section.kind} into ${target.kind} ${target.name}`.trimEnd(),
            }),
          });
        }
      }
      break;
    case 'bad-value':
      for (const s of body) {
        s.words.forEach((_, i) => {
          if (i === 0) return;
          const bad = badValues(s.words, i);
          if (!bad) return;
          for (const value of bad.values) {
            out.push({ group: `${bad.group} ${value}`, make: () => replaceLine(shape, s, s.words.map((w, j) => (j === i ? value : w))) });
          }
        });
      }
      break;
    case 'undefined-reference':
      for (const s of body) {
        const [keyword] = s.words;
        const swap = (i: number, value: string, group: string): void => {
          out.push({ group, make: () => replaceLine(shape, s, s.words.map((w, j) => (j === i ? value : w))) });
        };
        if (keyword === 'use_backend' || keyword === 'default_backend') swap(1, 'nosuch_backend', 'backend');
        const condition = conditionStart(s.words);
        if (condition >= 0) {
          let depth = 0;
          s.words.forEach((w, i) => {
            if (i <= condition) return;
            if (w === '{') depth++;
            else if (w === '}') depth--;
            else if (depth === 0 && /^!?[A-Za-z_][\w.-]*$/.test(w) && !['TRUE', 'FALSE', 'or', '||'].includes(w.replace(/^!/, ''))) {
              swap(i, w.startsWith('!') ? '!nosuch_acl' : 'nosuch_acl', 'acl');
            }
          });
        }
        s.words.forEach((w, i) => {
          if (/^http_auth\(/.test(w)) swap(i, w.replace(/\(.*\)/, '(nosuch_users)'), 'userlist');
          if (s.words[i - 1] === 'resolvers' && keyword === 'server') swap(i, 'nosuch_dns', 'resolvers');
          if (i === 2 && /^cache-(use|store)$/.test(s.words[1] ?? '')) swap(i, 'nosuch_cache', 'cache');
          if (s.words[i - 1] === 'groups') swap(i, 'nosuch_group', 'group');
        });
        if (/^track-sc\d$/.test(s.words[1] ?? '') || (keyword === 'stick' && s.words[1] === 'on')) {
          out.push({ group: 'table', make: () => replaceLine(shape, s, [...s.words, 'table', 'nosuch_table']) });
        }
      }
      for (const section of shape.sections) {
        if (section.kind === 'backend' || section.kind === 'listen') {
          out.push({ group: 'server', make: () => insertAfter(shape, section.last, ['    use-server nosuch_server if TRUE']) });
        }
        if (section.kind === 'frontend' || section.kind === 'listen') {
          out.push({ group: 'backend in a fetch', make: () => insertAfter(shape, section.last, ['    http-request set-header X-Up %[nbsrv(nosuch_backend)]']) });
        }
      }
      break;
    case 'duplicate':
      for (const s of body) {
        const group = s.words[0] === 'server' ? 'server' : 'line';
        out.push({ group, make: () => insertAfter(shape, s.line, [s.indent + s.words.join(' ')]) });
      }
      for (const section of shape.sections) {
        if (!section.name) continue;
        const block = shape.lines.slice(section.header - 1, section.last);
        out.push({
          group: 'section',
          make: () => {
            const mutant = insertAfter(shape, shape.lines.length, ['', ...block]);
            return { ...mutant, line: mutant.line + 1, edited: block[0]!.trim() };
          },
        });
      }
      break;
    case 'missing-argument':
      for (const s of shape.statements) {
        if (s.words.length < 2) continue;
        const condition = conditionStart(s.words);
        const drop = condition > 1 ? condition - 1 : s.words.length - 1;
        out.push({ group: s.isHeader ? 'header' : s.words[0]!, make: () => replaceLine(shape, s, s.words.filter((_, i) => i !== drop)) });
      }
      break;
    case 'extra-argument':
      for (const s of shape.statements) {
        const condition = conditionStart(s.words);
        const words = condition > 0 ? [...s.words.slice(0, condition), 'extra', ...s.words.slice(condition)] : [...s.words, 'extra'];
        out.push({ group: s.isHeader ? 'header' : s.words[0]!, make: () => replaceLine(shape, s, words) });
      }
      break;
    case 'legacy-keyword':
      for (const [line, into] of LEGACY_LINES) {
        for (const section of shape.sections) {
          if (!into.includes(section.kind)) continue;
          out.push({ group: line, make: () => ({ ...insertAfter(shape, section.last, [`    ${line}`]), detail: `in ${section.kind} ${section.name}`.trimEnd() }) });
        }
      }
      break;
    case 'bind-server-option':
      for (const s of body) {
        const options = s.words[0] === 'bind' ? BIND_OPTIONS : s.words[0] === 'server' || s.words[0] === 'default-server' ? SERVER_OPTIONS : [];
        for (const option of options) {
          out.push({ group: `${s.words[0]} ${option}`, make: () => replaceLine(shape, s, [...s.words, ...option.split(' ')]) });
        }
      }
      break;
    case 'fetch-converter':
      for (const s of body) {
        for (const at of sampleExpressionAt(s.words)) {
          for (const variant of fetchVariants(s.words[at]!, s.words[0] === 'acl' && at === 2, random)) {
            const group = variant.length > 1 ? 'match method' : variant[0]!.endsWith(',lower') ? 'valid converter' : variant[0]!.includes(',') && !s.words[at]!.includes(',') ? 'converter' : 'fetch';
            out.push({ group, make: () => replaceLine(shape, s, [...s.words.slice(0, at), ...variant, ...s.words.slice(at + 1)]) });
          }
        }
      }
      break;
  }
  return out;
}

/** Up to `count` candidates, taken in turn from each group (groups and members in seeded order). */
function sample(items: Candidate[], count: number, random: SeededRandom): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const item of random.shuffle(items)) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  const queues = random.shuffle([...groups.values()]);
  const chosen: Candidate[] = [];
  while (chosen.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && chosen.length < count) chosen.push(next);
    }
  }
  return chosen;
}

/** The mutants of one base: for each kind, up to its budget, all different from each other and from the base. */
export function mutate(base: { name: string; text: string }, budget: MutationBudget): Mutant[] {
  const shape = readConfig(base.text);
  const random = new SeededRandom(seedOf(base.name));
  const seen = new Set([base.text]);
  const mutants: Mutant[] = [];
  for (const kind of MUTATION_KINDS) {
    const count = budget[kind] ?? 0;
    if (count === 0) continue;
    for (const candidate of sample(candidates(kind, shape, random), count, random)) {
      const mutant = { kind, base: base.name, ...candidate.make() };
      if (seen.has(mutant.text)) continue;
      seen.add(mutant.text);
      mutants.push(mutant);
    }
  }
  return mutants;
}
