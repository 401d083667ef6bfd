#!/usr/bin/env node
// Generates server/src/haproxy/catalogue/generated/facts.json: facts (names,
// sections, syntax lines, versions, chapter numbers, stated defaults,
// deprecations) about HAProxy configuration keywords, extracted from
// doc/configuration.txt of each HAProxy release. No descriptive text is kept.
//
// Usage:
//   node scripts/generate-haproxy-facts.mjs <source> [options]
//
//   <source>   either a git directory of github.com/haproxy/haproxy (bare or
//              not), read with `git --git-dir=<source> show <tag>:doc/configuration.txt`,
//              or a folder holding one file per version, named `<v>.txt`,
//              `configuration-<v>.txt` or `<v>/configuration.txt`.
//   --out <dir>          output folder (default server/src/haproxy/catalogue/generated)
//   --versions a,b,...   versions to read (default 1.4 ... 3.2)
//   --ref <v>=<ref>      git ref to use for version <v> (repeatable; default
//                        tag v<v>.0, else v<v>)
//   --registered <file>  registered keyword list to check against (default
//                        <out>/registered-2.6.txt when present)
//   --check-version <v>  version the registered list is checked against (default 2.6)
//   --dry-run            print the summary, write nothing
//
// The network is never used. The output is deterministic for a given input.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_VERSIONS = ['1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '2.0', '2.1', '2.2', '2.3',
  '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '3.0', '3.1', '3.2'];

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

// ---------------------------------------------------------------------------
// command line

function parseArgs(argv) {
  const opts = { source: null, out: path.join(ROOT, 'server/src/haproxy/catalogue/generated'),
    versions: DEFAULT_VERSIONS, refs: {}, registered: null, checkVersion: '2.6', dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => { if (i + 1 >= argv.length) die(`${a} needs a value`); return argv[++i]; };
    if (a === '--out') opts.out = path.resolve(next());
    else if (a === '--versions') opts.versions = next().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--ref') { const [v, r] = next().split('='); opts.refs[v] = r; }
    else if (a === '--registered') opts.registered = path.resolve(next());
    else if (a === '--check-version') opts.checkVersion = next();
    else if (a === '--dry-run') opts.dryRun = true;
    else if (a === '-h' || a === '--help') { usage(); process.exit(0); }
    else if (a.startsWith('-')) die(`unknown option ${a}`);
    else if (!opts.source) opts.source = path.resolve(a);
    else die(`unexpected argument ${a}`);
  }
  if (!opts.source) { usage(); process.exit(2); }
  return opts;
}

function usage() {
  process.stderr.write('usage: node scripts/generate-haproxy-facts.mjs <haproxy-git-dir|folder> '
    + '[--out dir] [--versions 1.4,...] [--ref 2.6=v2.6.12] [--registered file] [--dry-run]\n');
}

function die(msg) { process.stderr.write(`generate-haproxy-facts: ${msg}\n`); process.exit(2); }

// ---------------------------------------------------------------------------
// sources

function gitBlobSha(text) {
  const buf = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
}

function isGitDir(dir) {
  try {
    execFileSync('git', ['--git-dir', dir, 'rev-parse', '--git-dir'], { stdio: ['ignore', 'pipe', 'ignore'] });
    return fs.existsSync(path.join(dir, 'HEAD')) || fs.existsSync(path.join(dir, '.git'));
  } catch { return false; }
}

function loadSources(opts) {
  const out = [];
  let gitDir = null;
  if (isGitDir(opts.source)) gitDir = fs.existsSync(path.join(opts.source, '.git')) ? path.join(opts.source, '.git') : opts.source;
  for (const v of opts.versions) {
    if (gitDir) {
      const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args],
        { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
      const candidates = opts.refs[v] ? [opts.refs[v]] : [`v${v}.0`, `v${v}`];
      let ref = null;
      for (const c of candidates) {
        try { git('rev-parse', '--verify', '--quiet', `${c}^{commit}`); ref = c; break; } catch { /* next */ }
      }
      if (!ref) { process.stderr.write(`warning: no ref for ${v} (tried ${candidates.join(', ')}), skipped\n`); continue; }
      const text = git('show', `${ref}:doc/configuration.txt`);
      const commit = git('rev-parse', `${ref}^{commit}`).trim();
      out.push({ version: v, text, source: { ref, commit, blob: gitBlobSha(text) } });
    } else {
      const names = [`${v}.txt`, `configuration-${v}.txt`, path.join(v, 'configuration.txt'), `v${v}.0.txt`];
      const found = names.map((n) => path.join(opts.source, n)).find((p) => fs.existsSync(p));
      if (!found) { process.stderr.write(`warning: no file for ${v} in ${opts.source}, skipped\n`); continue; }
      const text = fs.readFileSync(found, 'utf8');
      out.push({ version: v, text, source: { file: path.basename(path.dirname(found)) === v ? `${v}/configuration.txt` : path.basename(found), blob: gitBlobSha(text) } });
    }
  }
  if (!out.length) die('no documentation found');
  return out;
}

// ---------------------------------------------------------------------------
// text helpers

function expandTabs(line) {
  if (!line.includes('\t')) return line;
  let res = '';
  for (const ch of line) {
    if (ch === '\t') res += ' '.repeat(8 - (res.length % 8));
    else res += ch;
  }
  return res;
}

const indentOf = (l) => l.length - l.trimStart().length;
const squash = (s) => s.replace(/\s+/g, ' ').trim();

// split "a(b c) d [e f]" into tokens, keeping (), [], {} groups glued to the
// token they start in only for parentheses (names like set-var(<a>,<b> ...)).
function tokenize(s) {
  const toks = [];
  let cur = '';
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (/\s/.test(ch) && depth === 0) { if (cur) toks.push(cur); cur = ''; continue; }
    cur += ch;
  }
  if (cur) toks.push(cur);
  return toks;
}

const NAME_RE = /^[a-z0-9][a-z0-9_.+-]*$/;
const stripParens = (t) => t.replace(/\(.*$/s, '');
const STOPWORDS = new Set(['the', 'a', 'an', 'is', 'are', 'of', 'and', 'in', 'for', 'with', 'be',
  'this', 'that', 'it', 'by', 'as', 'was', 'were', 'can', 'will', 'may', 'must', 'should', 'when', 'which',
  'has', 'have', 'not', 'only', 'also', 'its', 'their', 'you', 'all', 'any', 'each', 'one', 'used']);

// Parse a keyword heading line ("balance <algorithm> [ <arguments> ]").
// Returns { words: literal leading words (parens stripped), raw: raw leading
// tokens, rest, deprecated } or null when the line does not look like one.
function parseHeading(line, { allowType = false, allowAngleInName = false } = {}) {
  let text = line.trim();
  if (!/^[a-z0-9]/.test(text)) return null;
  if (/[.,;]$/.test(text) && !/\.\.\.$/.test(text)) return null;
  let deprecated = false;
  text = text.replace(/\s*\((deprec\w*)\)\s*/i, () => { deprecated = true; return ' '; }).trim();
  const toks = tokenize(text);
  const words = [];
  const raw = [];
  let i = 0;
  for (; i < toks.length; i++) {
    const t = toks[i];
    const base = stripParens(t);
    const nameOk = allowAngleInName && words.length === 0
      ? /^[a-z0-9][a-z0-9_.+<>-]*$/.test(base) && !base.startsWith('<')
      : NAME_RE.test(base);
    if (!nameOk) break;
    if (t.includes('(') && !/\)$/.test(t) && !/\)\s*:?$/.test(t)) { // unbalanced or trailing text
      if (!/\)/.test(t)) return null;
    }
    if (words.length && STOPWORDS.has(base)) return null;
    words.push(base);
    raw.push(t);
  }
  if (!words.length || words.length > 6) return null;
  const restToks = toks.slice(i);
  let rest = restToks.join(' ');
  if (rest) {
    const c = rest[0];
    const ok = '<[{(/|*\'"'.includes(c) || (allowType && c === ':') || /^:\s*$/.test(rest)
      || /^\.\.\.$/.test(rest) || /^[A-Z]/.test(rest) && /^[A-Z0-9_|\s-]+$/.test(rest);
    if (!ok) return null;
    // a literal followed by an alternation bar is a value, not a sub-keyword
    if (c === '|' && words.length > 1) { words.pop(); raw.pop(); }
  }
  return { words, raw, rest, deprecated };
}

// ---------------------------------------------------------------------------
// document structure

function splitChapters(lines) {
  const chapters = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const m = /^(\d+(?:\.\d+)*)\.?\s+(\S.*?)\s*$/.exec(lines[i]);
    if (!m) continue;
    const ul = lines[i + 1].trim();
    if (!/^-{3,}$/.test(ul) || ul.length < lines[i].trim().length - 3) continue;
    chapters.push({ num: m[1], title: m[2], head: i, start: i + 2 });
  }
  for (let k = 0; k < chapters.length; k++) chapters[k].end = k + 1 < chapters.length ? chapters[k + 1].head : lines.length;
  return chapters;
}

// Families for chapters holding keyword headings, by title.
function classifyChapter(ch) {
  const t = ch.title.replace(/\s+/g, ' ');
  const top = ch.num.split('.')[0];
  if (/^Global parameters$/i.test(t)) return 'global-list';
  if (top === '3' && /^(Process management|Performance tuning|Debugging|HTTPClient|SSL|QUIC|Tuning)/i.test(t)) return 'global';
  if (/^Traces$/i.test(t)) return 'traces';
  if (/^Userlists?$/i.test(t)) return 'userlist';
  if (/^Peers( declaration)?$/i.test(t)) return 'peers';
  if (/^stick-table declaration$/i.test(t)) return 'stick-table-decl';
  if (/^Mailers$/i.test(t)) return 'mailers';
  if (/^Programs/i.test(t)) return 'program';
  if (/^HTTP-errors$/i.test(t)) return 'http-errors';
  if (/^Rings$/i.test(t)) return 'ring';
  if (/^Log forwarding$/i.test(t)) return 'log-forward';
  if (/^Certificate Storage$/i.test(t)) return 'crt-store';
  if (/^Load options$/i.test(t)) return 'crt-store-load';
  if (/^ACME$/i.test(t)) return 'acme';
  if (/^Proxy keywords matrix$/i.test(t)) return 'proxy-matrix';
  if (/^Alphabetically sorted keywords reference$/i.test(t)) return 'proxy';
  if (/^Actions keywords matrix$/i.test(t)) return 'actions-matrix';
  if (/^Alphabetically sorted actions reference$/i.test(t)) return 'actions';
  if (/^Bind options$/i.test(t)) return 'bind';
  if (/^Server and default-server options$/i.test(t) && top === '5') return 'server';
  if (/^The resolvers section$/i.test(t)) return 'resolvers';
  if (/^Cache section$/i.test(t)) return 'cache';
  if (/^Fcgi-app section$/i.test(t)) return 'fcgi-app';
  if (/^Converters$/i.test(t)) return 'converters';
  if (top === '7' && /^(Fetching (HTTP )?samples|Matching (at|contents at) Layer)/i.test(t)) return 'fetches';
  if (top === '7' && /^Pattern extraction$/i.test(t)) return 'pattern-extraction';
  if (top === '7' && /^Pre-defined ACLs$/i.test(t)) return 'predefined-acls';
  return null;
}

// Find keyword heading blocks in a line range. A block is one or more lines
// at column 0 (plus continuation lines indented by 4+ columns) directly
// followed by an indented description.
function findBlocks(lines, start, end, headingOpts = {}) {
  const blocks = [];
  let i = start;
  while (i < end) {
    const l = lines[i];
    if (!l.trim() || indentOf(l) > 0) { i++; continue; }
    // collect the group
    const heads = [];
    let j = i;
    while (j < end && lines[j].trim()) {
      const ind = indentOf(lines[j]);
      if (ind === 0) heads.push({ line: j, text: lines[j].trim() });
      else if (ind >= 4 && heads.length) heads[heads.length - 1].text += ` ${lines[j].trim()}`;
      else break;
      j++;
    }
    // the group must be followed by an indented line (possibly after one blank line)
    let k = j;
    if (k < end && !lines[k].trim()) k++;
    const followed = k < end && lines[k].trim() && indentOf(lines[k]) >= 1;
    // a group that stops on a blank line and whose previous line is prose is prose
    const prevIsText = i > start && lines[i - 1].trim() && indentOf(lines[i - 1]) === 0;
    if (!followed || prevIsText) { i = Math.max(j, i + 1); continue; }
    const parsed = heads.map((h) => ({ ...h, p: parseHeading(h.text, headingOpts) }));
    if (parsed.some((h) => !h.p)) { i = Math.max(j, i + 1); continue; }
    // body: until the next line at column 0 that starts a new group
    let b = j;
    while (b < end) {
      const lb = lines[b];
      if (lb.trim() && indentOf(lb) === 0) {
        // a column-0 line right after a blank line ends the body
        if (b > j && !lines[b - 1].trim()) break;
        if (b === j) break;
      }
      b++;
    }
    blocks.push({ heads: parsed.map((h) => ({ line: h.line, text: squash(h.text), ...h.p })), bodyStart: j, bodyEnd: b });
    i = b;
  }
  return blocks;
}

// description text of a block, paragraphs separated by "\n\n"
function bodyText(lines, blk, { mainOnly = false } = {}) {
  const paras = [];
  let cur = [];
  for (let i = blk.bodyStart; i < blk.bodyEnd; i++) {
    const l = lines[i];
    const ind = indentOf(l);
    if (!l.trim() || (mainOnly && ind >= 4)) { if (cur.length) paras.push(squash(cur.join(' '))); cur = []; continue; }
    cur.push(l);
  }
  if (cur.length) paras.push(squash(cur.join(' ')));
  return paras.join('\n\n');
}

const sentencesOf = (text) => text.split(/\n\n|(?<=[.!])\s+(?=[A-Z"(])/).map(squash).filter(Boolean);

// "May be used in sections : defaults | frontend | listen | backend" + values
function parseUsedIn(lines, blk) {
  for (let i = blk.bodyStart; i < Math.min(blk.bodyEnd, blk.bodyStart + 40); i++) {
    const m = /May be used in sections?\s*:?\s*(.*)$/i.exec(lines[i]);
    if (!m) continue;
    const names = m[1].split('|').map((s) => s.trim().toLowerCase()).filter(Boolean);
    const vals = (lines[i + 1] || '').split('|').map((s) => s.trim().toLowerCase());
    if (names.length !== 4 || vals.length !== 4) return null;
    const sections = [];
    let namedDefaultsOnly = false;
    names.forEach((n, idx) => {
      if (/^yes/.test(vals[idx])) { sections.push(n); if (n === 'defaults' && vals[idx].includes('(!)')) namedDefaultsOnly = true; }
    });
    return { sections, namedDefaultsOnly };
  }
  return null;
}

// Defaults, only when a sentence of the main description (not of an argument
// list or example) starts by stating the keyword's default value, and only
// short literal values (a number with its unit, a quoted word, on/off, ...).
const DEFAULT_SUBJECT = /^(?:(?:by default,?\s+)?(?:the default(?: value| setting| mode| timeout| size| delay| limit)?|default value)\s+is\s+(?:set\s+to\s+)?|(?:this value|this setting|this option|this parameter|this keyword|its value|it)\s+defaults\s+to\s+)/i;
const DEFAULT_VALUE = /^("[^"]{1,40}"|'[^']{1,40}'|-?\d+(?:\.\d+)?(?:\s*(?:[kmgKMG]B?|ms|us|s|m|h|d|bytes?|seconds?|milliseconds?|minutes?|hours?|days?|entries|characters)\b)?|[A-Za-z0-9][\w.+:/-]*)(?:\s*[.,;]|\s*\(|\s+(?:which|and|but|unless|if|when|meaning|so|for|as)\b|$)/;
function findDefault(text) {
  for (const sen of sentencesOf(text)) {
    const m = DEFAULT_SUBJECT.exec(sen);
    if (!m) continue;
    const rest = sen.slice(m[0].length).replace(/\.$/, '');
    const v = DEFAULT_VALUE.exec(rest);
    if (!v) continue;
    let val = v[1].replace(/^["']|["']$/g, '').replace(/\.$/, '');
    if (/^zero$/i.test(val)) val = '0';
    if (/^(?:a|an|the|to|not|used|set|based|computed|defined|determined|adapted|automatically|disabled\b.+)$/i.test(val)) continue;
    if (/^[a-z]+$/i.test(val) && !/^(?:on|off|none|auto|enabled|disabled|infinite|unlimited|zero|yes|no|true|false|required|optional)$/i.test(val)
      && !/^"/.test(v[1])) continue;
    return val;
  }
  return null;
}

const KW_NAME_RE = /^[a-z0-9][a-z0-9_.+-]*(?:\([^)]*\))?(?: [a-z0-9][a-z0-9_.+-]*){0,3}$/;

// deprecation statements about the block's keyword (or another named one)
function findDeprecations(text, selfKey) {
  const found = [];
  const sentences = sentencesOf(text);
  for (let s = 0; s < sentences.length; s++) {
    const sen = sentences[s];
    if (!/deprecat|obsolete/i.test(sen)) continue;
    const ctx = `${sen} ${sentences[s + 1] || ''}`;
    const repl = (str) => {
      const m = /(?:in favou?r of|superseded by|replaced by|please use|use|using|prefer)\s+(?:the\s+)?(?:more suited\s+|new\s+|newer\s+)?"([^"]+)"/i.exec(str)
        || /"([^"]+)"[^."]{0,40}(?:must|should) be used instead/i.exec(str);
      if (!m) return undefined;
      const r = squash(m[1]).replace(/\(.*\)$/, '');
      return KW_NAME_RE.test(r) ? r : undefined;
    };
    let m = /replaces the (?:old,?\s*)?deprecated "([^"]+)"/i.exec(sen);
    if (m) { found.push({ key: m[1], replacement: selfKey }); continue; }
    m = /(?:^|\s)(?:the\s+)?"([^"]+)" (?:keyword|directive|option|setting|parameter|action|fetch|converter|statement)s? (?:is|are|has been|have been) (?:now\s+)?(?:deprecated|obsolete)/i.exec(sen);
    if (m) { found.push({ key: m[1], replacement: repl(ctx) }); continue; }
    m = /^(?:note(?: that)?:?\s+|also,?\s+|please note that\s+)?this (?:keyword|directive|option|setting|parameter|action|sample fetch(?: method)?|fetch(?: function| method)?|converter|function|statement|section|global setting)s? (?:is|has been|was) (?:now\s+)?(?:deprecated|obsolete)/i.exec(sen);
    if (m) { found.push({ key: selfKey, replacement: repl(ctx) }); continue; }
    m = /\b(?:is|has been) (?:now\s+)?deprecated\b/i.exec(sen);
    if (m && new RegExp(`^"?${selfKey.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"? (?:is|has been) (?:now )?deprecated`, 'i').test(sen)) {
      found.push({ key: selfKey, replacement: repl(ctx) });
    }
  }
  return found;
}

// For a keyword marked deprecated (matrix, heading or list), the keyword the
// description points to instead, when a sentence says so plainly.
function findReplacement(text) {
  for (const sen of sentencesOf(text)) {
    if (!/deprecat|instead|alias|replaced|superseded|in favou?r of/i.test(sen)) continue;
    const m = /(?:in favou?r of|superseded by|replaced by|please use|use|using)\s+(?:the\s+)?(?:more suited\s+|new\s+|newer\s+)?"([^"]+)"(?:[^."]{0,30}instead)?/i.exec(sen)
      || /alias (?:for|of) "([^"]+)"/i.exec(sen)
      || /"([^"]+)"[^."]{0,40}(?:must|should) be used instead/i.exec(sen);
    if (!m) continue;
    const r = squash(m[1]).replace(/\(.*\)$/, '');
    if (KW_NAME_RE.test(r)) return r;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// per-version extraction

const RULESETS = ['http-request', 'http-response', 'http-after-response', 'tcp-request connection',
  'tcp-request session', 'tcp-request content', 'tcp-response content', 'quic-initial'];
const CHECK_RULESETS = ['tcp-check', 'http-check'];
const SECTION_OPENERS = { userlist: 'userlist', peers: 'peers', mailers: 'mailers', resolvers: 'resolvers', program: 'program',
  'http-errors': 'http-errors', ring: 'ring', 'log-forward': 'log-forward', cache: 'cache', 'fcgi-app': 'fcgi-app',
  'crt-store': 'crt-store', traces: 'traces', acme: 'acme' };
const ACTION_COLUMNS = { Ini: 'quic-initial', RqCon: 'tcp-request connection', RqSes: 'tcp-request session',
  RqCnt: 'tcp-request content', RsCnt: 'tcp-response content', Req: 'http-request', Res: 'http-response', Aft: 'http-after-response' };
const COND_SUFFIX = /\s*\[\s*\{\s*if\s*\|\s*unless\s*\}\s*<cond(?:ition)?>\s*\]\s*:?\s*$/i;

class VersionFacts {
  constructor(version) {
    this.version = version;
    this.families = {}; // family -> Map key -> entry
    this.deprecations = []; // { family, key, replacement }
  }

  add(family, key, data) {
    if (!this.families[family]) this.families[family] = new Map();
    const map = this.families[family];
    let e = map.get(key);
    if (!e) { e = { syntax: [] }; map.set(key, e); }
    for (const s of data.syntax || []) if (!e.syntax.includes(s)) e.syntax.push(s);
    for (const f of ['chapter', 'anchor', 'default', 'kind', 'type', 'ruleset', 'of', 'equivalent']) {
      if (data[f] !== undefined && e[f] === undefined) e[f] = data[f];
    }
    if (data.sections) e.sections = [...new Set([...(e.sections || []), ...data.sections])];
    if (data.deprecated) e.deprecated = true;
    if (data.negatable) e.negatable = true;
    if (data.namedDefaultsOnly) e.namedDefaultsOnly = true;
    if (data.matrixOnly) e.matrixOnly = true;
    if (data.listedOnly) e.listedOnly = true;
    if (data.replacement && !e.replacement) e.replacement = data.replacement;
    return e;
  }
}

// Misspelt keyword headings in the source documents, corrected before parsing
// (listed in the generated README).
const DOC_FIXES = [
  [/^devicatlas-properties-cookie\b/, 'deviceatlas-properties-cookie'], // 1.6
  [/^tune\.quit\.zero-copy-fwd-send\b/, 'tune.quic.zero-copy-fwd-send'], // 2.9
  [/^tcp-resposne content\b/, 'tcp-response content'], // 2.5 - 2.8
  [/^( {4}- )set-gpt0\(/, '$1sc-set-gpt0('], // 1.6, tcp-request content actions
];

function extractVersion(version, text) {
  const lines = text.split(/\r?\n/).map(expandTabs).map((l) => {
    for (const [re, to] of DOC_FIXES) if (re.test(l)) return l.replace(re, to);
    return l;
  });
  const chapters = splitChapters(lines);
  const vf = new VersionFacts(version);
  const byFamily = {};
  for (const ch of chapters) {
    const fam = classifyChapter(ch);
    if (!fam) continue;
    (byFamily[fam] ||= []).push(ch);
  }

  // ---- proxy keywords matrix (4.1)
  const matrix = new Map();
  const matrixActions = [];
  for (const ch of byFamily['proxy-matrix'] || []) {
    for (let i = ch.start; i < ch.end; i++) {
      const l = lines[i];
      if (!/^[a-z]/.test(l)) continue;
      const m = /^(\S+(?: \S+)*?)\s{2,}(.*)$/.exec(l);
      if (!m) continue;
      const cells = /^(.*?)([X-])\s*(\(!\))?\s+([X-])\s+([X-])\s+([X-])\s*$/.exec(m[2]);
      if (!cells) continue;
      const flags = cells[1];
      const kw = squash(m[1]);
      if (!/^[a-z0-9][a-z0-9_.-]*(?: [a-z0-9][a-z0-9_.<>-]*)*$/.test(kw)) continue;
      const sections = [];
      if (cells[2] === 'X') sections.push('defaults');
      if (cells[4] === 'X') sections.push('frontend');
      if (cells[5] === 'X') sections.push('listen');
      if (cells[6] === 'X') sections.push('backend');
      const row = { sections, deprecated: /deprec/i.test(flags), negatable: flags.includes('(*)'), namedDefaultsOnly: !!cells[3] };
      const rs = RULESETS.find((r) => kw.startsWith(`${r} `));
      if (rs) {
        const prev = matrix.get(rs);
        matrix.set(rs, prev ? { ...prev, sections: [...new Set([...prev.sections, ...sections])] } : { ...row, deprecated: false });
        matrixActions.push({ ruleset: rs, action: kw.slice(rs.length + 1).split(' ')[0] });
        continue;
      }
      matrix.set(kw, row);
    }
  }
  const matrixKeys = [...matrix.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length);
  const matrixFirstWords = new Set(matrixKeys.map((k) => k.split(' ')[0]));
  const matchMatrix = (words) => {
    let w = words;
    let neg = false;
    if (w[0] === 'no' && w.length > 1) { w = w.slice(1); neg = true; }
    if (w[0] === 'default' && w[1] === 'option') w = w.slice(1);
    for (const k of matrixKeys) {
      const kw = k.split(' ');
      if (kw.length <= w.length && kw.every((x, idx) => x === w[idx])) return { key: k, consumed: kw.length + (words.length - w.length), neg };
    }
    return null;
  };

  // ---- generic heading families
  const simpleFamilies = ['global', 'traces', 'userlist', 'peers', 'mailers', 'program', 'http-errors', 'ring',
    'log-forward', 'crt-store', 'crt-store-load', 'acme', 'bind', 'server', 'resolvers', 'cache', 'fcgi-app'];
  const FIRST_WORD_FAMILIES = new Set(['bind', 'server', 'crt-store-load']);
  for (const fam of simpleFamilies) {
    for (const ch of byFamily[fam] || []) {
      const blocks = findBlocks(lines, ch.start, ch.end);
      for (const blk of blocks) {
        const keys = groupKeys(blk.heads, { firstWordOnly: FIRST_WORD_FAMILIES.has(fam) });
        const body = bodyText(lines, blk);
        for (const [key, heads] of keys) {
          const positive = heads.filter((h) => !h.negated);
          const e = vf.add(fam, key, {
            syntax: (positive.length ? positive : heads).map((h) => h.text.replace(/\s*\((deprec\w*)\)\s*/i, ' ').trim()),
            chapter: ch.num,
            deprecated: heads.some((h) => h.deprecated),
            negatable: heads.some((h) => h.negated),
            default: heads.some((h) => h.words.filter((w) => w !== 'no').slice(0, FIRST_WORD_FAMILIES.has(fam) ? 1 : undefined).join(' ') !== key)
              ? undefined : findDefault(bodyText(lines, blk, { mainOnly: true })) ?? undefined,
          });
          for (const d of findDeprecations(body, key)) vf.deprecations.push({ family: fam, ...d });
          if (e.deprecated && !e.replacement) e.replacement = findReplacement(body);
        }
      }
      // the section keyword itself may head the chapter without a description
      const opener = SECTION_OPENERS[fam];
      if (opener && !vf.families[fam]?.has(opener)) {
        for (let i = ch.start; i < ch.end; i++) {
          if (indentOf(lines[i]) !== 0 || !lines[i].startsWith(`${opener} `) && lines[i].trim() !== opener) continue;
          const p = parseHeading(lines[i]);
          if (p && p.words.join(' ') === opener) { vf.add(fam, opener, { syntax: [squash(lines[i])], chapter: ch.num }); break; }
        }
      }
    }
  }

  // ---- global keyword list at the top of chapter 3
  for (const ch of byFamily['global-list'] || []) {
    let chapterHint = null;
    for (let i = ch.start; i < ch.end; i++) {
      const sub = /^\s*\*\s+(.+?)\s*$/.exec(lines[i]);
      if (sub) { chapterHint = sub[1]; continue; }
      const m = /^\s+-\s+([a-z0-9][a-z0-9_.-]*(?: [a-z0-9][a-z0-9_.-]*)?)\s*(\(deprec\w*\))?\s*$/.exec(lines[i]);
      if (!m) continue;
      const sc = chapters.find((c) => c.num.startsWith('3.') && chapterHint && c.title.toLowerCase().startsWith(chapterHint.toLowerCase().slice(0, 12)));
      const key = m[1];
      const fam = vf.families.global;
      const existing = fam && (fam.get(key) || [...fam.keys()].find((k) => k.startsWith(`${key} `)));
      if (existing) {
        if (m[2]) { const e = typeof existing === 'string' ? fam.get(existing) : existing; e.deprecated = true; }
        continue;
      }
      vf.add('global', key, { syntax: [], chapter: sc ? sc.num : ch.num, deprecated: !!m[2], listedOnly: true });
    }
  }

  // ---- peers "table" from the stick-table declaration chapter (3.2+)
  for (const ch of byFamily['stick-table-decl'] || []) {
    for (let i = ch.start; i < ch.end; i++) {
      const l = lines[i];
      if (indentOf(l) !== 0 || !/^(table|stick-table) /.test(l)) continue;
      let text = l.trim();
      for (let j = i + 1; j < ch.end && lines[j].trim() && indentOf(lines[j]) >= 4; j++) text += ` ${lines[j].trim()}`;
      text = squash(text);
      if (text.startsWith('table ')) vf.add('peers', 'table', { syntax: [text], chapter: ch.num });
      else vf.stickTableSyntax = text;
    }
  }

  // ---- proxy keywords (4.2) and rule-set actions
  const actionRefs = []; // { ruleset, action, syntax, chapter, anchor, deprecated }
  for (const ch of byFamily.proxy || []) {
    for (const blk of findBlocks(lines, ch.start, ch.end)) {
      const body = bodyText(lines, blk);
      const usedIn = parseUsedIn(lines, blk);
      const groups = new Map();
      const anyMatched = blk.heads.some((h) => matchMatrix(h.words));
      for (const h of blk.heads) {
        const mm = matchMatrix(h.words);
        if (!mm && anyMatched && !matrixFirstWords.has(h.words[h.words[0] === 'no' ? 1 : 0])) continue; // misspelt variant
        let key;
        let neg = false;
        let extra = [];
        if (mm) { key = mm.key; neg = mm.neg; extra = h.raw.slice(mm.consumed); }
        else {
          let w = h.words;
          if (w[0] === 'no' && w.length > 1) { w = w.slice(1); neg = true; }
          key = w.join(' ');
        }
        const isRuleset = RULESETS.includes(key) || CHECK_RULESETS.includes(key);
        if (isRuleset && extra.length && !CHECK_RULESETS.includes(key)) {
          // "http-request set-header <name> <fmt> [ { if | unless } <condition> ]"
          const action = stripParens(extra[0]);
          const syn = h.text.slice(h.text.indexOf(extra[0])).replace(COND_SUFFIX, '').replace(/\s*\((deprec\w*)\)\s*/i, ' ').trim();
          actionRefs.push({ ruleset: key, action, syntax: syn, chapter: ch.num, anchor: `${key} ${action}`, deprecated: h.deprecated,
            replacement: h.deprecated ? findReplacement(body) : undefined, fromHeading: true });
          continue;
        }
        if (!groups.has(key)) groups.set(key, { heads: [], neg: false });
        const g = groups.get(key);
        g.heads.push(h);
        if (neg) g.neg = true;
        if (h.words[0] !== 'no') g.positive = true;
      }
      for (const [key, g] of groups) {
        const mx = matrix.get(key);
        if (!g.heads.length) continue;
        const e = vf.add('proxy', key, {
          syntax: g.heads.filter((h) => h.words[0] !== 'no' || !g.positive).map((h) => h.text.replace(/\s*\((deprec\w*)\)\s*/i, ' ').trim()),
          chapter: ch.num,
          sections: mx ? mx.sections : usedIn ? usedIn.sections : undefined,
          deprecated: (mx && mx.deprecated) || g.heads.some((h) => h.deprecated),
          negatable: (mx && mx.negatable) || g.neg,
          namedDefaultsOnly: (mx && mx.namedDefaultsOnly) || (usedIn && usedIn.namedDefaultsOnly),
          default: RULESETS.includes(key) || g.heads.some((h) => h.words.filter((w) => w !== 'no').join(' ') !== key)
            ? undefined : findDefault(bodyText(lines, blk, { mainOnly: true })) ?? undefined,
        });
        for (const d of findDeprecations(body, key)) vf.deprecations.push({ family: 'proxy', ...d });
        if (e.deprecated && !e.replacement) e.replacement = findReplacement(body);
        // old style: actions listed in the rule-set keyword itself
        if (RULESETS.includes(key)) {
          for (const h of g.heads) for (const a of actionsFromBraces(h.text, key)) actionRefs.push({ ...a, ruleset: key, chapter: ch.num, anchor: key });
          for (const a of actionsFromBullets(lines, blk)) actionRefs.push({ ...a, ruleset: key, chapter: ch.num, anchor: key });
        }
        if (key === 'bind') {
          // 1.4: bind options are given as extra syntax lines of "bind"
          for (const h of g.heads) {
            const m = /\[,\s*\.\.\.\]\s+([a-z][a-z0-9-]*)(.*)$/.exec(h.text);
            if (m) vf.add('bind-from-proxy', m[1], { syntax: [squash(m[1] + m[2])], chapter: ch.num, anchor: 'bind' });
          }
        }
      }
    }
  }
  // keywords listed in the matrix but not detailed
  for (const [kw, mx] of matrix) {
    const fam = vf.families.proxy;
    if (fam && fam.has(kw)) {
      const e = fam.get(kw);
      e.sections = mx.sections;
      continue;
    }
    vf.add('proxy', kw, { syntax: [], chapter: (byFamily.proxy?.[0]?.num) || '4.2', sections: mx.sections, deprecated: mx.deprecated,
      negatable: mx.negatable, namedDefaultsOnly: mx.namedDefaultsOnly, matrixOnly: true });
  }
  if (vf.stickTableSyntax && vf.families.proxy?.get('stick-table') && !vf.families.proxy.get('stick-table').syntax.length) {
    vf.families.proxy.get('stick-table').syntax.push(vf.stickTableSyntax);
  }
  if (vf.families['bind-from-proxy'] && !(byFamily.bind || []).length) {
    for (const [k, e] of vf.families['bind-from-proxy']) vf.add('bind', k, e);
  }
  delete vf.families['bind-from-proxy'];

  // ---- actions matrix (4.3, 3.0+) and actions reference (4.4)
  const actionMatrix = new Map();
  for (const ch of byFamily['actions-matrix'] || []) {
    let cols = null;
    for (let i = ch.start; i < ch.end; i++) {
      const l = lines[i];
      if (/^\s*keyword\s/.test(l)) {
        cols = l.trim().split(/\s+/).slice(1).filter((t) => !t.endsWith(':')).map((t) => ACTION_COLUMNS[t]);
        if (cols.some((c) => !c)) cols = null;
        continue;
      }
      if (!cols || !/^[a-z]/.test(l)) continue;
      const toks = l.trim().split(/\s+/);
      const marks = toks.slice(-cols.length);
      if (!marks.every((t) => t === 'X' || t === '-')) continue;
      const nameToks = toks.slice(0, toks.length - cols.length);
      const deprecated = nameToks.some((t) => /deprec/i.test(t));
      const name = nameToks.filter((t) => !/^\(/.test(t))[0];
      actionMatrix.set(name, { rulesets: cols.filter((c, idx) => marks[idx] === 'X'), deprecated });
    }
  }
  for (const ch of byFamily.actions || []) {
    for (const blk of findBlocks(lines, ch.start, ch.end)) {
      // "Usable in:" table below the heading
      let usable = null;
      for (let i = blk.bodyStart; i < Math.min(blk.bodyEnd, blk.bodyStart + 6); i++) {
        if (!/Usable in:/.test(lines[i])) continue;
        const cols = lines[i].replace(/.*Usable in:/, '').split(/[|\s]+/).filter((t) => t && !/^(QUIC|TCP|HTTP)$/.test(t)).map((t) => ACTION_COLUMNS[t]);
        const vals = (lines[i + 1] || '').split(/[|\s]+/).filter(Boolean);
        if (cols.length === vals.length && cols.every(Boolean)) usable = cols.filter((c, idx) => vals[idx] === 'X');
      }
      const byAction = new Map();
      for (const h of blk.heads) {
        const action = h.words[0];
        if (!byAction.has(action)) byAction.set(action, []);
        byAction.get(action).push(h);
      }
      const body = bodyText(lines, blk);
      for (const [action, heads] of byAction) {
        const mx = actionMatrix.get(action);
        const replacement = (heads.some((h) => h.deprecated) || (mx && mx.deprecated)) ? findReplacement(body) : undefined;
        const rulesets = mx ? mx.rulesets : usable || [];
        for (const rs of rulesets) {
          for (const h of heads) {
            actionRefs.push({ ruleset: rs, action, syntax: h.text.replace(COND_SUFFIX, '').replace(/\s*\((deprec\w*)\)\s*/i, ' ').trim(),
              chapter: ch.num, anchor: action, deprecated: h.deprecated || (mx && mx.deprecated), replacement, fromHeading: true });
          }
        }
      }
    }
  }
  for (const [action, mx] of actionMatrix) {
    for (const rs of mx.rulesets) actionRefs.push({ ruleset: rs, action, chapter: (byFamily.actions?.[0]?.num) || '4.4', anchor: action, deprecated: mx.deprecated });
  }
  // tcp-check / http-check rules are proxy keywords of their own
  for (const [key, e] of vf.families.proxy || []) {
    const rs = CHECK_RULESETS.find((r) => key.startsWith(`${r} `));
    if (!rs) continue;
    const action = key.slice(rs.length + 1);
    actionRefs.push({ ruleset: rs, action, chapter: e.chapter, anchor: key, deprecated: e.deprecated, fromHeading: true, syntaxList: e.syntax.map((s) => s.startsWith(`${rs} `) ? s.slice(rs.length + 1) : s) });
  }
  for (const a of matrixActions) {
    const e = vf.families.actions?.get(`${a.ruleset} ${a.action}`);
    if (!e) actionRefs.push({ ...a, chapter: (byFamily.proxy?.[0]?.num) || '4.2', anchor: a.ruleset });
  }
  // explicit headings first so that their syntax and anchor win
  actionRefs.sort((x, y) => (y.fromHeading ? 1 : 0) - (x.fromHeading ? 1 : 0));
  for (const a of actionRefs) {
    vf.add('actions', `${a.ruleset} ${a.action}`, { syntax: a.syntaxList || (a.syntax ? [a.syntax] : []), chapter: a.chapter,
      anchor: a.anchor, ruleset: a.ruleset, deprecated: a.deprecated, replacement: a.replacement ? `${a.ruleset} ${a.replacement}` : undefined });
  }

  // ---- fetches and converters (chapter 7)
  for (const fam of ['fetches', 'converters']) {
    for (const ch of byFamily[fam] || []) {
      for (const blk of findBlocks(lines, ch.start, ch.end, { allowType: true, allowAngleInName: true })) {
        for (const h of blk.heads) {
          const name = h.words[0];
          const tm = /^:\s*([a-z][a-z0-9_ ]*?)\s*$/i.exec(h.rest.replace(/\((deprec\w*)\)/i, '').trim());
          vf.add(fam, name, { syntax: [h.text.replace(/\s*\((deprec\w*)\)\s*/i, ' ').replace(/\s*:\s*[a-z][a-z0-9_ ]*$/i, '').trim()], chapter: ch.num,
            deprecated: h.deprecated, type: tm ? tm[1] : undefined, kind: ch.title.startsWith('Matching') ? 'acl' : (fam === 'fetches' ? 'fetch' : undefined) });
        }
        // ACL derivatives listed under a fetch
        if (fam === 'fetches') {
          let inList = false;
          for (let i = blk.bodyStart; i < blk.bodyEnd; i++) {
            if (/^\s+ACL derivatives?\s*:/.test(lines[i])) { inList = true; continue; }
            if (!inList) continue;
            if (!lines[i].trim()) { inList = false; continue; }
            const m = /^\s+([a-z0-9][a-z0-9_.+-]*)(\([^)]*\))?\s*:\s*([a-z ]+?)\s+match\b/i.exec(lines[i]);
            if (m) vf.add('fetches', m[1], { syntax: [squash(m[1] + (m[2] || ''))], chapter: ch.num, kind: 'acl', of: blk.heads[0].words[0] });
          }
        }
        const body = bodyText(lines, blk);
        for (const d of findDeprecations(body, blk.heads[0].words[0])) vf.deprecations.push({ family: fam, ...d });
      }
    }
  }
  // 1.4: "pattern extraction" lists fetches and transformations as indented tables
  for (const ch of byFamily['pattern-extraction'] || []) {
    let fam = null;
    for (let i = ch.start; i < ch.end; i++) {
      const l = lines[i];
      if (/pattern fetch functions/i.test(l)) fam = 'fetches';
      else if (/transformations? include/i.test(l)) fam = 'converters';
      const m = /^ {2}([a-z][a-z0-9_.]*)(?:(\([^)]*\))\s+|\s{2,})\S/.exec(l);
      if (fam && m) vf.add(fam, m[1], { syntax: [m[1] + (m[2] || '')], chapter: ch.num, kind: fam === 'fetches' ? 'fetch' : undefined });
    }
  }
  // pre-defined ACLs (names and what they stand for)
  for (const ch of byFamily['predefined-acls'] || []) {
    // columns are given by the "----+----+----" rule under the header
    let cols = null;
    for (let i = ch.start; i < ch.end; i++) {
      if (!cols && /^-+\+-+\+/.test(lines[i])) { cols = [...lines[i].matchAll(/\+/g)].map((m) => m.index); continue; }
      if (!cols) continue;
      const m = /^([A-Z][A-Z0-9_.]+)\s/.exec(lines[i]);
      if (!m) continue;
      vf.add('predefinedAcls', m[1], { equivalent: squash(lines[i].slice(cols[0] + 1, cols[1] + 1)), chapter: ch.num });
    }
  }

  // ---- deprecations found in descriptions
  for (const d of vf.deprecations) {
    const map = vf.families[d.family];
    if (!map) continue;
    let key = d.key;
    if (!map.has(key) && d.family === 'proxy' && map.has(`option ${key}`)) key = `option ${key}`;
    const e = map.get(key);
    if (!e) continue;
    e.deprecated = true;
    if (d.replacement && d.replacement !== key && !e.replacement) e.replacement = d.replacement;
  }

  return { facts: vf, chapters };
}

// group a block's heading lines by keyword: lines whose literal words extend
// an earlier line's words ("balance" / "balance url_param") belong to it.
function groupKeys(heads, { firstWordOnly = false } = {}) {
  const groups = new Map();
  for (const h of heads) {
    let w = h.words;
    if (w[0] === 'no' && w.length > 1) { w = w.slice(1); h.negated = true; }
    if (firstWordOnly) w = w.slice(0, 1);
    let key = w.join(' ');
    const prefix = [...groups.keys()].find((k) => key === k || key.startsWith(`${k} `));
    if (prefix) key = prefix;
    else {
      // merge with an existing longer key sharing our words as prefix
      const longer = [...groups.keys()].find((k) => k.startsWith(`${key} `));
      if (longer) { const g = groups.get(longer); groups.delete(longer); groups.set(key, g); }
    }
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(h);
  }
  // single-heading groups whose keyword words include literal argument values
  // are kept as found; callers decide.
  return groups;
}

// "http-request { allow | deny | auth [realm <realm>] | ... } [ { if | unless } <condition> ]"
function actionsFromBraces(text, ruleset) {
  const idx = text.indexOf('{', ruleset.length);
  if (idx < 0 || text.slice(ruleset.length, idx).trim()) return [];
  let depth = 0;
  let end = -1;
  for (let i = idx; i < text.length; i++) {
    if (text[i] === '{' || text[i] === '[' || text[i] === '(') depth++;
    else if (text[i] === '}' || text[i] === ']' || text[i] === ')') { depth--; if (depth === 0) { end = i; break; } }
  }
  if (end < 0) return [];
  const alts = splitTop(text.slice(idx + 1, end), '|');
  const out = [];
  for (let alt of alts) {
    alt = squash(alt);
    if (!alt) continue;
    if (alt.startsWith('{')) {
      const close = alt.indexOf('}');
      const names = alt.slice(1, close).split('|').map((s) => s.trim());
      const tail = alt.slice(close + 1).trim();
      for (const n of names) if (NAME_RE.test(n)) out.push({ action: n, syntax: squash(`${n} ${tail}`) });
      continue;
    }
    const first = tokenize(alt)[0];
    const name = stripParens(first);
    if (NAME_RE.test(name)) out.push({ action: name, syntax: alt });
  }
  return out;
}

function splitTop(s, sep) {
  const parts = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if ('{[('.includes(ch)) depth++;
    if ('}])'.includes(ch)) depth--;
    if (ch === sep && depth === 0) { parts.push(cur); cur = ''; continue; }
    cur += ch;
  }
  parts.push(cur);
  return parts;
}

// bullets such as `- accept :`, `- "add-header" appends ...`,
// `- { track-sc0 | track-sc1 | track-sc2 } <key> [table <table>] :`
function actionsFromBullets(lines, blk) {
  const out = [];
  for (let i = blk.bodyStart; i < blk.bodyEnd; i++) {
    const m = /^ {2,8}- (.+)$/.exec(lines[i]);
    if (!m) continue;
    let s = m[1].trim();
    const q = /^"([a-z][a-z0-9-]*)"\s*(?::|\s[a-z]|$)/.exec(s);
    if (q) { out.push({ action: q[1] }); continue; }
    // cut an explanation after " : " or ":" at the end
    const colon = s.search(/\s*:(\s|$)/);
    const hasColon = colon >= 0;
    if (hasColon) s = s.slice(0, colon).trim();
    const alts = splitTop(s, '|').map(squash);
    for (const alt of alts) {
      if (alt.startsWith('{')) {
        const close = alt.indexOf('}');
        if (close < 0) continue;
        const names = alt.slice(1, close).split('|').map((x) => x.trim());
        const tail = alt.slice(close + 1).trim();
        if (!names.every((n) => NAME_RE.test(n))) continue;
        for (const n of names) out.push({ action: n, syntax: squash(`${n} ${tail}`) });
        continue;
      }
      const toks = tokenize(alt);
      const name = stripParens(toks[0] || '');
      if (!/^[a-z][a-z0-9-]*$/.test(name)) continue;
      const args = toks.slice(1);
      const argsOk = args.every((t) => /^[<[{|}\]]/.test(t) || /[>\]}]$/.test(t) || t === 'layer4' || (hasColon && /^[a-z]+$/.test(t) && args.length <= 2));
      if (!argsOk) continue;
      if (STOPWORDS.has(name)) continue;
      out.push({ action: name, syntax: alt });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// merging versions

function runLength(versions, valueOf) {
  const out = {};
  let last;
  for (const v of versions) {
    const val = valueOf(v);
    if (val === undefined) continue;
    const s = JSON.stringify(val);
    if (s !== last) { out[v] = val; last = s; }
  }
  return out;
}

const FAMILY_ORDER = ['global', 'proxy', 'actions', 'bind', 'server', 'userlist', 'peers', 'mailers', 'resolvers',
  'program', 'http-errors', 'ring', 'log-forward', 'cache', 'fcgi-app', 'crt-store', 'crt-store-load', 'traces', 'acme'];
const LIST_FAMILIES = ['fetches', 'converters', 'predefinedAcls'];

function merge(perVersion) {
  const versions = perVersion.map((p) => p.version);
  const first = versions[0];
  const last = versions[versions.length - 1];
  const families = new Set(perVersion.flatMap((p) => Object.keys(p.facts.families)));
  const result = { keywords: {}, lists: {} };
  const ordered = [...FAMILY_ORDER.filter((f) => families.has(f)), ...[...families].filter((f) => !FAMILY_ORDER.includes(f) && !LIST_FAMILIES.includes(f)).sort()];
  const build = (fam) => {
    const keys = new Set(perVersion.flatMap((p) => [...(p.facts.families[fam]?.keys() || [])]));
    const out = {};
    for (const key of [...keys].sort()) {
      const present = perVersion.filter((p) => p.facts.families[fam]?.has(key));
      const get = (v) => perVersion.find((p) => p.version === v).facts.families[fam]?.get(key);
      const vs = present.map((p) => p.version);
      const latest = get(vs[vs.length - 1]);
      const e = {};
      if (latest.ruleset) e.ruleset = latest.ruleset;
      if (fam === 'proxy' || latest.sections) {
        const secV = [...vs].reverse().find((v) => get(v).sections);
        if (secV) e.sections = get(secV).sections;
        const hist = runLength(vs, (v) => get(v).sections);
        if (Object.keys(hist).length > 1) e.sectionsByVersion = hist;
      }
      e.since = vs[0] === first ? `<=${first}` : vs[0];
      if (vs[vs.length - 1] !== last) {
        e.until = vs[vs.length - 1];
        e.removedIn = versions[versions.indexOf(e.until) + 1];
      }
      const gaps = versions.slice(versions.indexOf(vs[0]), versions.indexOf(vs[vs.length - 1]) + 1).filter((v) => !vs.includes(v));
      if (gaps.length) e.absentIn = gaps;
      const depVs = vs.filter((v) => get(v).deprecated);
      if (depVs.length && get(vs[vs.length - 1]).deprecated) {
        let i = vs.length - 1;
        while (i > 0 && get(vs[i - 1]).deprecated) i--;
        e.deprecatedIn = vs[i] === first ? `<=${first}` : vs[i];
      } else if (depVs.length) {
        e.deprecatedInVersions = depVs; // marked deprecated there, no longer later
      }
      const repl = [...vs].reverse().filter((v) => get(v).deprecated).map((v) => get(v).replacement).find(Boolean);
      if (repl && e.deprecatedIn) e.replacement = repl;
      const synV = [...vs].reverse().find((v) => get(v).syntax.length);
      e.syntax = synV ? get(synV).syntax : [];
      e.chapter = runLength(vs, (v) => get(v).chapter);
      const anchors = runLength(vs, (v) => `${get(v).chapter}-${get(v).anchor || key}`);
      if (Object.entries(anchors).some(([v, a]) => a !== `${get(v).chapter}-${key}`) || Object.keys(anchors).length !== Object.keys(e.chapter).length) e.anchor = anchors;
      const def = get(vs[vs.length - 1]).default;
      if (def !== undefined) e.default = def;
      if (vs.some((v) => get(v).default !== undefined)) {
        const hist = runLength(vs, (v) => get(v).default ?? null);
        if (Object.keys(hist).length > 1 || def === undefined) e.defaultByVersion = hist;
      }
      if (vs.some((v) => get(v).negatable)) e.negatable = true;
      if (get(vs[vs.length - 1]).namedDefaultsOnly) e.namedDefaultsOnly = true;
      if (vs.every((v) => get(v).matrixOnly)) e.matrixOnly = true;
      if (vs.every((v) => get(v).listedOnly)) e.listedOnly = true;
      if (latest.type) e.type = latest.type;
      if (latest.equivalent) e.equivalent = latest.equivalent;
      if (latest.kind) e.kind = vs.some((v) => get(v).kind === 'fetch') ? 'fetch' : latest.kind;
      if (latest.of) e.of = latest.of;
      out[key] = e;
    }
    return out;
  };
  for (const fam of ordered) result.keywords[fam] = build(fam);
  for (const fam of LIST_FAMILIES) if (families.has(fam)) result.lists[fam] = build(fam);
  return result;
}

// ---------------------------------------------------------------------------
// registered keyword check (haproxy -dKall output)

function checkRegistered(file, facts, version) {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const present = (fam, key) => {
    const e = facts.keywords[fam]?.[key] || facts[fam]?.[key];
    if (!e) return false;
    const vs = facts.versions;
    const idx = vs.indexOf(version);
    const since = e.since.replace('<=', '');
    if (vs.indexOf(since) > idx) return false;
    if (e.until && vs.indexOf(e.until) < idx) return false;
    if (e.absentIn && e.absentIn.includes(version)) return false;
    return true;
  };
  const anyWithPrefix = (fam, prefix) => Object.keys(facts.keywords[fam] || {}).some((k) => (k === prefix || k.startsWith(`${prefix} `)) && present(fam, k));
  const results = { checked: 0, missing: [], samples: {} };
  let part = null;
  let section = null;
  for (const raw of lines) {
    if (raw.startsWith('# List of registered')) { part = raw; section = null; continue; }
    // sample fetches, converters and ACL keywords: informational
    const sampleFam = !part ? null : /ACL keywords/.test(part) ? 'fetches' : /sample fetch/.test(part) ? 'fetches'
      : /converter/.test(part) ? 'converters' : null;
    if (sampleFam && raw.trim() && !raw.startsWith('#')) {
      const name = /ACL keywords/.test(part) ? raw.split(' = ')[0].trim()
        : raw.replace(/^\[[^\]]*\]\s*/, '').replace(/[(:].*$/, '').trim();
      const tag = /ACL keywords/.test(part) ? 'acl' : sampleFam;
      const r = (results.samples[tag] ||= { checked: 0, missing: [] });
      r.checked++;
      const patterns = Object.keys(facts[sampleFam] || {}).filter((k) => k.includes('<'))
        .map((k) => new RegExp(`^${k.replace(/<[^>]+>/g, '[a-z]+')}$`));
      if (!present(sampleFam, name) && !patterns.some((re) => re.test(name))) r.missing.push(name);
      continue;
    }
    if (!part || !/configuration keywords/.test(part)) continue;
    if (!raw.trim()) continue;
    if (!raw.startsWith('\t')) { section = raw.trim(); continue; }
    const kw = raw.trim().replace(/\s+\[[^\]]*\]$/, '').replace(/\s+[+-]+\d+$/, '').replace(/\*$/, '');
    results.checked++;
    let ok;
    let where;
    let m;
    if (section === 'crt-list') { where = `bind (crt-list) ${kw}`; ok = present('bind', kw); }
    else if (section === 'global') { where = `global ${kw}`; ok = anyWithPrefix('global', kw); }
    else if ((m = /^bind <addr> (?:ssl )?(\S+)$/.exec(kw))) { where = `bind ${m[1]}`; ok = present('bind', m[1]); }
    else if ((m = /^server <name> <addr> (\S+)$/.exec(kw))) { where = `server ${m[1]}`; ok = present('server', m[1]); }
    else if ((m = /^(tcp-request (?:connection|session|content)|tcp-response content|http-request|http-response|http-after-response|quic-initial) (\S+)$/.exec(kw))) {
      const action = m[2];
      where = `actions ${m[1]} ${action}`;
      ok = present('actions', `${m[1]} ${action}`) || (action === 'track-sc' && ['0', '1', '2'].some((n) => present('actions', `${m[1]} track-sc${n}`)));
    } else if (kw.startsWith('option ')) { where = `proxy ${kw}`; ok = present('proxy', kw); }
    else if (section === 'listen') { where = `proxy ${kw}`; ok = anyWithPrefix('proxy', kw); }
    else { const fam = section; where = `${fam} ${kw}`; ok = anyWithPrefix(fam, kw.split(' ')[0]); }
    if (!ok) results.missing.push({ section, keyword: kw, lookedUp: where });
  }
  return results;
}

// one keyword per line: compact, and diffs between runs stay readable
function serialize(facts) {
  const j = JSON.stringify;
  const block = (obj, indent, depth) => {
    const entries = Object.entries(obj);
    if (!entries.length) return '{}';
    const pad = ' '.repeat(indent + 1);
    const inner = entries.map(([k, v]) => `${pad}${j(k)}: ${depth > 1 && v && typeof v === 'object' && !Array.isArray(v) ? block(v, indent + 1, depth - 1) : j(v)}`);
    return `{\n${inner.join(',\n')}\n${' '.repeat(indent)}}`;
  };
  const depthOf = { sources: 1, keywords: 2, fetches: 1, converters: 1, predefinedAcls: 1 };
  const parts = Object.entries(facts).map(([k, v]) => ` ${j(k)}: ${depthOf[k] ? block(v, 1, depthOf[k]) : j(v)}`);
  return `{\n${parts.join(',\n')}\n}\n`;
}

// ---------------------------------------------------------------------------
// main

// Why registered keywords of the checked version may be missing from the
// facts (our own notes, shown in the README and the summary).
const REGISTERED_NOTES = {
  'global tune.peers.max-updates-at-once': 'added to the 2.6 branch after 2.6.0 (documented from the 2.7.0 tag on; the configuration.txt of Debian\'s 2.6.12 package has it)',
  'global tune.vars.check-max-size': 'registered by src/vars.c but documented in no configuration.txt of any version',
  'listen clitimeout': 'removed in 2.1 (documented until 2.0); still registered only to reject it with a hint to "timeout client"',
  'listen contimeout': 'removed in 2.1 (documented until 2.0); still registered only to reject it with a hint to "timeout connect"',
  'listen srvtimeout': 'removed in 2.1 (documented until 2.0); still registered only to reject it with a hint to "timeout server"',
  'listen server <name> <addr> no-check-send-proxy': 'accepted by the parser but not documented (only "check-send-proxy" is)',
  'listen server <name> <addr> usesrc': 'registered only to reject it outside "source"; documented as part of the "source" syntax',
  'listen tcp-request content ot-group': 'OpenTracing add-on action, documented in addons/ot/README, not in configuration.txt',
  'listen tcp-response content ot-group': 'OpenTracing add-on action, documented in addons/ot/README, not in configuration.txt',
  'listen http-request ot-group': 'OpenTracing add-on action, documented in addons/ot/README, not in configuration.txt',
  'listen http-response ot-group': 'OpenTracing add-on action, documented in addons/ot/README, not in configuration.txt',
  'listen http-after-response ot-group': 'OpenTracing add-on action, documented in addons/ot/README, not in configuration.txt',
};

const FAMILY_SOURCES = {
  global: '3.1-3.4 (3.x keyword headings) and the keyword list opening chapter 3',
  proxy: '4.1 keywords matrix (sections, "(*)" negatable, "(!)" named defaults only, deprecated) and 4.2 headings (syntax)',
  actions: '4.3 actions matrix and 4.4 headings (2.9+); before: "<rule-set> <action>" headings, action lists and bullets in 4.2; tcp-check/http-check from 4.2',
  bind: '5.1 (1.4: the syntax lines of "bind" in 4.2)',
  server: '5.2 (1.4: chapter 5)',
  userlist: '3.4 / 12.2', peers: '3.5 / 11.2 (and "table" from 11.1)', mailers: '3.6 / 12.3', resolvers: '5.3.2',
  program: '3.7 / 12.9', 'http-errors': '3.8 / 12.4', ring: '3.9 / 12.5', 'log-forward': '3.10 / 12.6',
  cache: '10.2.1 / 6.2.1', 'fcgi-app': '10.1.1', 'crt-store': '3.12 / 12.7', 'crt-store-load': '3.12.1 / 12.7.1 (options of "load")',
  traces: '3.3.1 / 12.1', acme: '12.8',
  fetches: '7.3.2-7.3.7 headings and their "ACL derivatives" (1.4: 7.5.x criteria and 7.8)',
  converters: '7.3.1 headings (1.4: 7.8)', predefinedAcls: '7.4 table',
};

function readme(facts, perVersion, summary, check, opts) {
  const fams = [...Object.keys(facts.keywords), 'fetches', 'converters', 'predefinedAcls'].filter((f) => facts.keywords[f] || facts[f]);
  const gitMode = Object.values(facts.sources).some((s) => s.ref);
  const src = Object.entries(facts.sources).map(([v, s]) => `| ${v} | ${s.ref || s.file} | ${s.commit ? s.commit.slice(0, 12) : ''} | ${s.blob.slice(0, 12)} |`).join('\n');
  const famRows = fams.map((f) => `| \`${f}\` | ${Object.keys(facts.keywords[f] || facts[f]).length} | ${FAMILY_SOURCES[f] || ''} |`).join('\n');
  let checkText = '_registered-2.6.txt was not present when this was generated._';
  if (check) {
    const rows = check.missing.map((m) => `| \`${m.section}: ${m.keyword}\` | ${REGISTERED_NOTES[`${m.section} ${m.keyword}`] || 'no explanation recorded yet'} |`).join('\n');
    checkText = `${check.checked} configuration keywords of \`registered-2.6.txt\` were looked up in the ${opts.checkVersion} facts `
      + `(\`global\` lines in \`global\`; \`listen\` lines in \`proxy\`, \`bind\`, \`server\` and \`actions\`; \`crt-list\` lines in \`bind\`). `
      + `${check.missing.length} are not there:\n\n| registered keyword | why |\n| --- | --- |\n${rows}\n\n`
      + 'Sample names, for information (not part of the check):\n\n'
      + Object.entries(check.samples).map(([tag, s]) => `- ${tag}: ${s.checked} registered, ${s.missing.length} not documented for ${opts.checkVersion}${s.missing.length ? `: ${s.missing.join(', ')}` : ''}`).join('\n')
      + '\n\nFrom 2.6 on the manual lists most ACL derivatives under their `req.`/`res.` names '
      + '(`req.cook_beg`, ...) while the binary still registers the short names; converter and fetch '
      + 'patterns such as `map_<match_type>` are matched as patterns.';
  }
  return `# Generated HAProxy keyword facts

**Generated files: do not edit by hand.** Everything in this folder is written by
scripts; change the scripts and run them again.

| file | written by | from |
| --- | --- | --- |
| \`facts.json\`, \`README.md\` | \`node scripts/generate-haproxy-facts.mjs <haproxy-git-dir>\` | \`doc/configuration.txt\` of HAProxy release tags |
| \`registered-2.6.txt\` | \`scripts/generate-haproxy-registered.sh\` | \`haproxy -dKall -q -c -f /dev/null\` of the installed Debian HAProxy 2.6 binary |

\`<haproxy-git-dir>\` is a clone (bare or not) of https://github.com/haproxy/haproxy. A
folder of files named \`<version>.txt\` also works. The generator never uses the
network; \`--versions\`, \`--ref <v>=<tag>\`, \`--out\` and \`--dry-run\` are available
(see the head of the script). Run \`generate-haproxy-registered.sh\` first: the
facts generator checks \`registered-2.6.txt\` when it is present.

\`facts.json\` holds facts only: keyword names, the sections that accept them, their
syntax lines as printed in the manual headings, the versions documenting them,
chapter numbers, deprecation marks, replacement keyword names and short default
values. No descriptive text of the manual is copied.

## Sources

${gitMode ? 'Tags of github.com/haproxy/haproxy; the manual of each tag is `git show <tag>:doc/configuration.txt`.' : 'Files of a folder.'}
The \`.0\` tag of each branch is used: keywords backported to a branch
later (for example \`tune.peers.max-updates-at-once\` in 2.6.x) only appear from the
next branch on. \`blob\` is the git object id of \`doc/configuration.txt\`.

| version | tag | commit | blob |
| --- | --- | --- | --- |
${src}

## Documentation links

docs.haproxy.org serves one manual per branch, generated from configuration.txt by
haproxy-dconv. Chapters are \`#<chapter>\` and keyword headings
\`#<chapter>-<keyword>\`, the keyword percent-encoded:

- \`https://docs.haproxy.org/2.6/configuration.html#4.2-balance\`
- \`https://docs.haproxy.org/2.8/configuration.html#4.2-option%20httpchk\`
- \`https://docs.haproxy.org/3.0/configuration.html#7.3.6-req.body_size\`
- \`https://docs.haproxy.org/2.6/configuration.html#7.1\` (a chapter)

haproxy-dconv also adds \`#<top chapter>-<keyword>\` (\`#4-balance\`) and one anchor
per leading word group of multi-word headings (\`#4.2-stats\`, \`#4.2-stats%20admin\`).
The link of a fact is \`#<chapter>-<key>\`, the chapter being \`chapter\` for that
version, except where an entry has \`anchor\`, which then gives the whole fragment
per version (actions, whose heading changed from \`http-request set-header\` in 4.2 to
\`set-header\` in 4.4, and keywords only described inside another keyword).

## Format of facts.json

\`\`\`
{
  "versions": ["1.4", ..., "3.2"],          // oldest first
  "sources": { "<v>": { "ref", "commit", "blob" } },
  "keywords": { "<family>": { "<key>": Entry } },
  "fetches": { "<name>": Entry }, "converters": { "<name>": Entry },
  "predefinedAcls": { "<NAME>": Entry }
}
Entry = {
  "since": "1.8" | "<=1.4",        // first version documenting it ("<=" for the oldest read)
  "until"?: "2.0",                 // last version documenting it, when not the newest
  "removedIn"?: "2.1",             // first version not documenting it any more
  "absentIn"?: ["2.1"],            // versions between since and until lacking it
  "syntax": ["..."],               // heading lines of the newest version having any
  "chapter": { "1.4": "4.2", "3.2": "12.2" },   // chapter from that version on
  "anchor"?: { "<v>": "4.4-set-header" },        // see Documentation links
  "sections"?: ["defaults", "frontend", "listen", "backend"],  // proxy only; [] = listed
                                   // in the matrix but accepted nowhere (e.g. appsession from 1.6)
  "sectionsByVersion"?: { "<v>": [...] },        // when they changed, from that version on
  "negatable"?: true,              // "no <key>" is accepted
  "namedDefaultsOnly"?: true,      // "(!)": in named defaults sections only
  "deprecatedIn"?: "2.5",          // marked deprecated from that version to its last one
  "deprecatedInVersions"?: [...],  // marked deprecated there, but not any more later
  "replacement"?: "option transparent",  // keyword name given as replacement
  "default"?: "16384",             // default stated by the newest version
  "defaultByVersion"?: { "<v>": "5s" | null },  // when the stated default changed
  "matrixOnly"?: true,             // in the 4.1 matrix but never described
  "listedOnly"?: true,             // global: in the chapter 3 keyword list but never described
  "ruleset"?: "http-request",      // actions: the rule set (key is "<ruleset> <action>")
  "type"?: "string",               // fetches: output type
  "kind"?: "fetch" | "acl",        // fetches: sample fetch, or ACL keyword only
  "of"?: "req.hdr",                // ACL derivative: the fetch it derives from
  "equivalent"?: "req.ver 1.1"     // predefined ACLs
}
\`\`\`

Keys are full keywords: \`balance\`, \`option httpchk\`, \`timeout connect\`,
\`stats socket\` (global), \`http-request set-header\` (actions). Options of \`bind\`,
\`server\` and crt-store \`load\` are keyed by their first word. \`no option x\`
forms are folded into \`option x\` with \`negatable\`. Families other than \`proxy\`
are named after their section and carry no \`sections\`. Action syntax lines start at
the action name, without the rule set and the trailing \`[ { if | unless } <condition> ]\`.

## Families

| family | keys | taken from (chapters) |
| --- | --- | --- |
${famRows}

Counts per version (keys documented by each version):

\`\`\`
${summary.trimEnd()}
\`\`\`

## How the facts are read

- Chapters are the numbered titles underlined with dashes; families are chosen
  by chapter title, so renumbering between versions is followed.
- A keyword heading is a group of lines starting in column 0 (plus continuation
  lines indented by 4 or more) directly followed by an indented description. Lines
  whose words read like prose are rejected.
- \`default\` is set only when a sentence of the main description (not of an
  argument list or an example) starts with "The default value is", "Default value
  is", "It defaults to" or the like and the value is a number, a quoted word or a
  word such as on/off. No \`default\` means none was found that way, not that there
  is none.
- Deprecation comes from "(deprecated)" marks (matrices, headings, the global
  keyword list) and from sentences saying a keyword is deprecated;
  \`replacement\` only when such a sentence names the keyword to use instead.
- Misspelt headings of the manuals are corrected before reading:
${DOC_FIXES.map(([re, to]) => `  \`${re.source}\` -> \`${to}\``).join('\n')}

## registered-2.6.txt

Raw output of \`haproxy -dKall -q -c -f /dev/null\` (exit status 2, expected) from
the Debian package installed here (2.6.12). It lists the keywords registered
through the keyword registration tables: ACL keywords, configuration keywords per
section, CLI keywords, converters, filters, sample fetches and services.
Keywords parsed directly by cfgparse (\`daemon\`, \`maxconn\`, \`balance\`, \`mode\`,
\`server\`, \`bind\`, many \`option\`s, ...) are not in it, and the \`userlist\` and
\`peers\` lists are empty; the manual is needed for those. Conversely the list
shows what the binary accepts, including undocumented keywords.

### Check against the ${opts.checkVersion} facts

${checkText}
`;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const sources = loadSources(opts);
  const perVersion = sources.map((s) => ({ version: s.version, source: s.source, ...extractVersion(s.version, s.text) }));
  const merged = merge(perVersion);
  const facts = {
    generatedBy: 'scripts/generate-haproxy-facts.mjs',
    about: 'Facts extracted from HAProxy doc/configuration.txt per release; see README.md. No descriptive text.',
    versions: perVersion.map((p) => p.version),
    sources: Object.fromEntries(perVersion.map((p) => [p.version, p.source])),
    anchor: 'https://docs.haproxy.org/<version>/configuration.html#<chapter>-<keyword>',
    keywords: merged.keywords,
    ...merged.lists,
  };

  // summary
  const fams = [...Object.keys(merged.keywords), ...Object.keys(merged.lists)];
  const countFor = (fam, v) => perVersion.find((p) => p.version === v).facts.families[fam]?.size || 0;
  const w = Math.max(...fams.map((f) => f.length)) + 1;
  let summary = `${'family'.padEnd(w)}${facts.versions.map((v) => v.padStart(5)).join('')}${'all'.padStart(6)}\n`;
  for (const f of fams) {
    const total = Object.keys(merged.keywords[f] || merged.lists[f]).length;
    summary += `${f.padEnd(w)}${facts.versions.map((v) => String(countFor(f, v)).padStart(5)).join('')}${String(total).padStart(6)}\n`;
  }
  process.stdout.write(summary);

  const registered = opts.registered || path.join(opts.out, 'registered-2.6.txt');
  let check = null;
  if (fs.existsSync(registered) && facts.versions.includes(opts.checkVersion)) {
    check = checkRegistered(registered, facts, opts.checkVersion);
    process.stdout.write(`\nregistered configuration keywords checked against ${opts.checkVersion}: ${check.checked}, not found: ${check.missing.length}\n`);
    for (const m of check.missing) {
      process.stdout.write(`  ${m.section}: ${m.keyword}  (looked up ${m.lookedUp}) - ${REGISTERED_NOTES[`${m.section} ${m.keyword}`] || 'no explanation recorded'}\n`);
    }
    for (const [tag, x] of Object.entries(check.samples)) {
      process.stdout.write(`registered ${tag} names: ${x.checked}, not documented for ${opts.checkVersion}: ${x.missing.length}${x.missing.length ? ` (${x.missing.join(', ')})` : ''}\n`);
    }
  }

  if (!opts.dryRun) {
    fs.mkdirSync(opts.out, { recursive: true });
    fs.writeFileSync(path.join(opts.out, 'facts.json'), serialize(facts));
    fs.writeFileSync(path.join(opts.out, 'README.md'), readme(facts, perVersion, summary, check, opts));
    process.stdout.write(`\nwrote ${path.relative(process.cwd(), opts.out) || '.'}/facts.json and README.md\n`);
  }
}

main();
