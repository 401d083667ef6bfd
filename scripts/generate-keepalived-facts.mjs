#!/usr/bin/env node
// Generates server/src/keepalived/catalogue/generated/facts.json: facts about
// keepalived.conf keywords (keyword tree, blocks, value shapes, first/last
// version, deprecations, build-feature guards) across Keepalived 2.x releases.
//
// The facts are derived mechanically from keepalived's own C sources: the
// keyword registration calls (install_keyword_root / install_keyword /
// install_keyword_quoted / install_sublevel / install_sublevel_end) are
// replayed from the per-process entry points, and the keyword handlers are
// scanned for explicit value checks (read_*_strvec ranges, strcmp() against
// string literals, check_true_false(), alloc_value_block()).
// Only names, numbers and literal tokens are emitted. No descriptive text
// from keepalived (sources, comments or manual) is copied into the output.
//
// Usage:
//   node scripts/generate-keepalived-facts.mjs [--git-dir DIR] [--tags v2.0.0,v2.2.7,...]
//        [--out DIR] [--check]
//
//   --git-dir  bare git directory of https://github.com/acassen/keepalived
//              (default: $KEEPALIVED_GIT_DIR or /work/.mirror/acassen+keepalived/repo)
//   --tags     comma-separated release tags to analyse (default: every v2.x tag
//              from v2.0.0 up to and including the newest v2.3.x tag)
//   --out      output directory (default: server/src/keepalived/catalogue/generated)
//   --check    do not write; exit 1 if the generated file differs from the one on disk
//
// Plain Node >= 20, no dependencies.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROJECT = resolve(HERE, '..');

// ---------------------------------------------------------------------------
// command line

function parseArgs(argv) {
  const opts = {
    gitDir: process.env.KEEPALIVED_GIT_DIR || '/work/.mirror/acassen+keepalived/repo',
    tags: null,
    out: join(PROJECT, 'server/src/keepalived/catalogue/generated'),
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      return argv[++i];
    };
    if (a.startsWith('--git-dir')) opts.gitDir = val();
    else if (a.startsWith('--tags')) opts.tags = val().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a.startsWith('--out')) opts.out = resolve(val());
    else if (a === '--check') opts.check = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/generate-keepalived-facts.mjs [--git-dir DIR] [--tags T1,T2] [--out DIR] [--check]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

// ---------------------------------------------------------------------------
// git access

function git(gitDir, args, input) {
  const r = spawnSync('git', ['--git-dir', gitDir, ...args], {
    input,
    maxBuffer: 1 << 30,
    encoding: input === undefined ? 'utf8' : undefined,
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

function parseVersion(tag) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(tag);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}
function cmpVersion(a, b) {
  const x = parseVersion(a), y = parseVersion(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

function defaultTags(gitDir) {
  const tags = git(gitDir, ['tag', '-l', 'v2.*'])
    .split('\n')
    .map((s) => s.trim())
    .filter((t) => parseVersion(t));
  tags.sort(cmpVersion);
  const v23 = tags.filter((t) => t.startsWith('v2.3.'));
  const last = v23[v23.length - 1];
  return tags.filter((t) => cmpVersion(t, 'v2.0.0') >= 0 && cmpVersion(t, last) <= 0);
}

function listTree(gitDir, tag) {
  const out = git(gitDir, ['ls-tree', '-r', tag, '--', 'keepalived', 'lib', 'doc/man/man5']);
  const files = [];
  for (const line of out.split('\n')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/.exec(line);
    if (!m) continue;
    const path = m[2];
    if (/\.(c|h)$/.test(path) || /doc\/man\/man5\/keepalived\.conf\.5(\.in)?$/.test(path)) files.push({ sha: m[1], path });
  }
  return files;
}

const blobCache = new Map();
function loadBlobs(gitDir, shas) {
  const need = [...new Set(shas)].filter((s) => !blobCache.has(s));
  if (!need.length) return;
  const buf = git(gitDir, ['cat-file', '--batch'], need.join('\n') + '\n');
  let pos = 0;
  while (pos < buf.length) {
    const nl = buf.indexOf(10, pos);
    const header = buf.toString('utf8', pos, nl);
    const [sha, type, sizeStr] = header.split(' ');
    if (type !== 'blob') throw new Error(`unexpected git object: ${header}`);
    const size = Number(sizeStr);
    blobCache.set(sha, buf.toString('latin1', nl + 1, nl + 1 + size));
    pos = nl + 1 + size + 1;
  }
}

// ---------------------------------------------------------------------------
// C source handling: comments, preprocessor guards, functions, tokens

// Strip comments and string contents are preserved; returns code with comments
// replaced by spaces (newlines kept) and a per-line record of comment text.
function stripComments(src) {
  let out = '';
  const comments = new Map(); // line -> comment text (used only for markers, never emitted)
  let line = 0;
  let i = 0;
  const n = src.length;
  const addComment = (ln, text) => comments.set(ln, (comments.get(ln) || '') + ' ' + text);
  while (i < n) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      const text = src.slice(i, stop);
      addComment(line, text);
      for (const ch of text) {
        if (ch === '\n') { out += '\n'; line++; } else out += ' ';
      }
      i = stop;
    } else if (c === '/' && src[i + 1] === '/') {
      let end = src.indexOf('\n', i);
      if (end < 0) end = n;
      addComment(line, src.slice(i, end));
      out += ' '.repeat(end - i);
      i = end;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else {
      if (c === '\n') line++;
      out += c;
      i++;
    }
  }
  return { code: out, comments };
}

function normaliseCond(expr) {
  let e = expr.replace(/\s+/g, ' ').trim();
  e = e.replace(/defined\s*\(\s*(\w+)\s*\)/g, '$1').replace(/defined\s+(\w+)/g, '$1');
  // strip redundant outer parentheses
  while (/^\(.*\)$/.test(e) && balanced(e.slice(1, -1))) e = e.slice(1, -1).trim();
  return e;
}
function balanced(s) {
  let d = 0;
  for (const ch of s) {
    if (ch === '(') d++;
    else if (ch === ')' && --d < 0) return false;
  }
  return d === 0;
}
function negate(atom) {
  if (/^\w+$/.test(atom)) return '!' + atom;
  if (/^!\w+$/.test(atom)) return atom.slice(1);
  return `!(${atom})`;
}
// atoms that describe debug builds rather than product features
const IGNORED_ATOM = /_ONE_PROCESS_DEBUG_|_DEBUG_\b|_TIMER_CHECK_|_EPOLL_DEBUG_|_EPOLL_THREAD_DUMP_|_MEM_CHECK_|_SMTP_ALERT_DEBUG_|_CHECKSUM_DEBUG_|_NETLINK_TIMERS_|_SCRIPT_DEBUG_|_PARSER_DEBUG_|_DUMP_KEYWORDS_/;

// Preprocess: returns lines[] = { code, guard: string[] } with directive lines blanked,
// dead (#if 0) code blanked, and #define macros collected.
function preprocess(code, isC) {
  const raw = code.split('\n');
  const lines = [];
  const macros = [];
  const stack = []; // { prior: string[], atoms: string[], dead: bool, deadAny: bool }
  const currentGuard = () => {
    const g = [];
    for (const f of stack) for (const a of f.atoms) if (!IGNORED_ATOM.test(a)) g.push(a);
    return g;
  };
  const isDead = () => stack.some((f) => f.dead);
  // names #defined unconditionally earlier in this same .c file (e.g. a local
  // feature switch): #ifdef/#ifndef on them is resolved, not recorded as a guard
  const localDefs = new Set();
  for (let i = 0; i < raw.length; i++) {
    let text = raw[i];
    const m = /^\s*#\s*(\w+)(.*)$/.exec(text);
    if (m) {
      // join continuation lines
      let rest = m[2];
      let j = i;
      while (/\\\s*$/.test(raw[j]) && j + 1 < raw.length) {
        rest = rest.replace(/\\\s*$/, ' ') + raw[j + 1];
        j++;
      }
      rest = rest.replace(/\\\s*$/, '');
      const dir = m[1];
      if (dir === 'ifdef' || dir === 'ifndef' || dir === 'if') {
        let cond = dir === 'ifdef' ? rest.trim() : dir === 'ifndef' ? '!' + rest.trim() : normaliseCond(rest);
        if (localDefs.has(cond)) cond = '1';
        else if (cond.startsWith('!') && localDefs.has(cond.slice(1))) cond = '0';
        const dead = cond === '0';
        const atoms = cond === '0' || cond === '1' ? [] : [cond];
        stack.push({ prior: [cond], atoms, dead });
      } else if (dir === 'elif') {
        const f = stack[stack.length - 1];
        const cond = normaliseCond(rest);
        f.atoms = f.prior.filter((p) => p !== '0').map(negate).concat(cond === '1' ? [] : [cond]);
        f.dead = cond === '0' || f.prior.includes('1');
        f.prior.push(cond);
      } else if (dir === 'else') {
        const f = stack[stack.length - 1];
        f.atoms = f.prior.filter((p) => p !== '0' && p !== '1').map(negate);
        f.dead = f.prior.includes('1');
      } else if (dir === 'endif') {
        stack.pop();
      } else if (dir === 'define' && !isDead()) {
        const d = /^\s+(\w+)(\(([^)]*)\))?\s*(.*)$/.exec(rest);
        if (d) macros.push({ name: d[1], params: d[2] ? d[3].split(',').map((s) => s.trim()) : null, body: d[4].trim(), guard: currentGuard() });
        if (d && !d[2] && stack.length === 0 && isC) localDefs.add(d[1]);
      } else if (dir === 'undef') {
        localDefs.delete(rest.trim());
      }
      for (let k = i; k <= j; k++) lines.push({ code: '', guard: [] });
      i = j;
      continue;
    }
    lines.push(isDead() ? { code: '', guard: [] } : { code: text, guard: currentGuard() });
  }
  return { lines, macros };
}

// Tokeniser over preprocessed lines. Tokens: {t: 'id'|'str'|'num'|'p', v, line}
function tokenize(lines, from, to) {
  const toks = [];
  for (let ln = from; ln < to; ln++) {
    const s = lines[ln].code;
    let i = 0;
    while (i < s.length) {
      const c = s[i];
      if (/\s/.test(c)) { i++; continue; }
      if (/[A-Za-z_]/.test(c)) {
        let j = i + 1;
        while (j < s.length && /\w/.test(s[j])) j++;
        toks.push({ t: 'id', v: s.slice(i, j), line: ln });
        i = j;
      } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(s[i + 1] || ''))) {
        let j = i + 1;
        while (j < s.length && /[\w.]/.test(s[j])) j++;
        toks.push({ t: 'num', v: s.slice(i, j), line: ln });
        i = j;
      } else if (c === '"') {
        let j = i + 1;
        let v = '';
        while (j < s.length && s[j] !== '"') {
          if (s[j] === '\\') { v += s[j + 1]; j += 2; } else { v += s[j]; j++; }
        }
        // adjacent string literal concatenation
        const prev = toks[toks.length - 1];
        if (prev && prev.t === 'str') prev.v += v;
        else toks.push({ t: 'str', v, line: ln });
        i = j + 1;
      } else if (c === "'") {
        let j = i + 1;
        while (j < s.length && s[j] !== "'") j += s[j] === '\\' ? 2 : 1;
        toks.push({ t: 'chr', v: s.slice(i, j + 1), line: ln });
        i = j + 1;
      } else {
        const two = s.slice(i, i + 2);
        if (['->', '==', '!=', '<=', '>=', '&&', '||', '<<', '>>', '++', '--'].includes(two)) {
          toks.push({ t: 'p', v: two, line: ln });
          i += 2;
        } else {
          toks.push({ t: 'p', v: c, line: ln });
          i++;
        }
      }
    }
  }
  return toks;
}

function matchClose(toks, openIdx) {
  const open = toks[openIdx].v;
  const close = open === '(' ? ')' : open === '{' ? '}' : ']';
  let d = 0;
  for (let i = openIdx; i < toks.length; i++) {
    if (toks[i].t !== 'p') continue;
    if (toks[i].v === open) d++;
    else if (toks[i].v === close && --d === 0) return i;
  }
  return toks.length - 1;
}
function splitArgs(toks, from, to) {
  const args = [];
  let cur = [];
  let d = 0;
  for (let i = from; i < to; i++) {
    const tk = toks[i];
    if (tk.t === 'p' && (tk.v === '(' || tk.v === '{' || tk.v === '[')) d++;
    if (tk.t === 'p' && (tk.v === ')' || tk.v === '}' || tk.v === ']')) d--;
    if (d === 0 && tk.t === 'p' && tk.v === ',') { args.push(cur); cur = []; continue; }
    cur.push(tk);
  }
  if (cur.length || args.length) args.push(cur);
  return args;
}
const exprText = (toks) => toks.map((t) => (t.t === 'str' ? JSON.stringify(t.v) : t.v)).join(' ');

// Parse one C file: functions (name -> {params, tokens}), string arrays, macros.
function parseCFile(path, src) {
  const { code, comments } = stripComments(src);
  const { lines, macros } = preprocess(code, path.endsWith('.c'));
  const functions = new Map();
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    // definition at column 0: "name(" or "type name(" on one line
    const m = /^(?:[A-Za-z_][\w ]*?[ *]+)?([A-Za-z_]\w*)\s*\(/.exec(lines[i].code);
    if (m && /^(?:return|else|case|typedef|extern)\b/.test(lines[i].code)) continue;
    if (!m || /;\s*$/.test(lines[i].code)) continue;
    if (['if', 'for', 'while', 'switch', 'return', 'sizeof', 'else'].includes(m[1])) continue;
    // collect signature until parentheses balance
    let sig = '';
    let j = i;
    let depth = 0;
    let done = false;
    for (; j < n && j < i + 30; j++) {
      for (const ch of lines[j].code) {
        sig += ch;
        if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) { done = true; break; }
      }
      if (done) break;
      sig += ' ';
    }
    if (!done) continue;
    // find the opening brace: '{' at column 0 on a following line, or trailing on this one
    let k = j;
    const after = lines[j].code.slice(lines[j].code.lastIndexOf(')') + 1);
    if (!/^\s*\{\s*$/.test(after)) {
      k = j + 1;
      while (k < n && lines[k].code.trim() === '') k++;
      if (k >= n || !/^\{\s*$/.test(lines[k].code)) continue;
    }
    let e = k + 1;
    while (e < n && !/^\}/.test(lines[e].code)) e++;
    const inner = sig.slice(sig.indexOf('(') + 1, sig.lastIndexOf(')'));
    const params = splitParams(inner);
    const bodyFrom = k === j ? j : k; // include the line holding '{'
    const toks = tokenize(lines, bodyFrom, e + 1);
    // drop everything before the first '{'
    const first = toks.findIndex((t) => t.t === 'p' && t.v === '{');
    // a name may be defined more than once under different #if branches: keep all
    const def = { name: m[1], params, toks: toks.slice(first), path, startLine: i };
    functions.set(m[1] + (functions.has(m[1]) ? '#' + i : ''), def);
    i = e;
  }
  // static string arrays:  name[] = { "a", "b", ... }
  const arrays = new Map();
  const allToks = tokenize(lines, 0, n);
  for (let i = 0; i + 4 < allToks.length; i++) {
    if (allToks[i].t === 'id' && allToks[i + 1].v === '[' && allToks[i + 2].v === ']' && allToks[i + 3].v === '=' && allToks[i + 4].v === '{') {
      const close = matchClose(allToks, i + 4);
      const items = allToks.slice(i + 5, close);
      const strs = items.filter((t) => t.t === 'str').map((t) => t.v);
      if (strs.length && items.every((t) => t.t === 'str' || (t.t === 'p' && t.v === ',') || (t.t === 'id' && t.v === 'NULL')))
        arrays.set(allToks[i].v, strs);
    }
  }
  return { path, lines, comments, functions, arrays, macros };
}
function splitParams(inner) {
  const parts = [];
  let d = 0, cur = '';
  for (const ch of inner) {
    if (ch === '(') d++;
    if (ch === ')') d--;
    if (ch === ',' && d === 0) { parts.push(cur); cur = ''; } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => {
    const q = p.replace(/__attribute__\s*\(\(.*?\)\)/g, '').trim();
    if (q === 'void' || q === '') return null;
    const fp = /\(\s*\*\s*(\w+)\s*\)/.exec(q);
    if (fp) return fp[1];
    const ids = q.replace(/\[.*?\]/g, '').match(/\w+/g) || [];
    return ids[ids.length - 1] || null;
  }).filter((p, i, a) => !(a.length === 1 && p === null));
}

// ---------------------------------------------------------------------------
// per-tag source model

const parsedCache = new Map(); // sha -> parsed file
function loadTag(gitDir, tag) {
  const files = listTree(gitDir, tag);
  loadBlobs(gitDir, files.map((f) => f.sha));
  const cfiles = [];
  let man = null;
  for (const f of files) {
    if (/keepalived\.conf\.5/.test(f.path)) { man = blobCache.get(f.sha); continue; }
    if (!parsedCache.has(f.sha)) parsedCache.set(f.sha, parseCFile(f.path, blobCache.get(f.sha)));
    cfiles.push(parsedCache.get(f.sha));
  }
  const fnIndex = new Map(); // name -> [fn]
  const macros = new Map();
  const arrays = new Map();
  // prefer keepalived/include and lib headers for macro definitions
  const order = [...cfiles].sort((a, b) => rank(a.path) - rank(b.path));
  function rank(p) { return p.endsWith('.h') ? 0 : 1; }
  for (const cf of order) {
    for (const m of cf.macros) if (!macros.has(m.name)) macros.set(m.name, m);
    for (const [k, v] of cf.arrays) if (!arrays.has(k)) arrays.set(k, v);
    if (!cf.path.endsWith('.c')) continue;
    for (const fn of cf.functions.values()) {
      fn.file = cf;
      if (!fnIndex.has(fn.name)) fnIndex.set(fn.name, []);
      fnIndex.get(fn.name).push(fn);
    }
  }
  return { tag, cfiles, fnIndex, macros, arrays, man };
}
function findAllFn(model, name, fromFile) {
  const list = model.fnIndex.get(name);
  if (!list) return [];
  const same = list.filter((f) => f.file === fromFile);
  return same.length ? same : list.filter((f) => f.file === list[0].file);
}
function findFn(model, name, fromFile) {
  const list = model.fnIndex.get(name);
  if (!list) return null;
  return list.find((f) => f.file === fromFile) || list.find((f) => !f.path.startsWith('lib/') || true) || null;
}

// ---------------------------------------------------------------------------
// replay of keyword registration

const API = new Set(['install_keyword_root', 'install_keyword', 'install_keyword_quoted', 'install_sublevel', 'install_sublevel_end']);
const ENTRY_POINTS = [
  ['global_init_keywords', []],
  ['vrrp_init_keywords', ['_WITH_VRRP_']],
  ['check_init_keywords', ['_WITH_LVS_']],
  ['bfd_init_keywords', ['_WITH_BFD_']],
];

function installerFunctions(model) {
  const set = new Set();
  let changed = true;
  const callsOf = new Map();
  for (const [name, list] of model.fnIndex) {
    const called = new Set();
    for (const fn of list) for (let i = 0; i + 1 < fn.toks.length; i++) if (fn.toks[i].t === 'id' && fn.toks[i + 1].v === '(') called.add(fn.toks[i].v);
    callsOf.set(name, called);
    if ([...called].some((c) => API.has(c))) set.add(name);
  }
  while (changed) {
    changed = false;
    for (const [name, called] of callsOf) {
      if (set.has(name) || API.has(name)) continue;
      if ([...called].some((c) => set.has(c))) { set.add(name); changed = true; }
    }
  }
  for (const a of API) set.delete(a);
  return set;
}

function newNode(name) {
  return { name, children: new Map(), lastChild: null, regs: [] };
}

function replay(model) {
  const installers = installerFunctions(model);
  const roots = new Map();
  const st = { lastRoot: null, sublevel: 0 };
  const fileOf = (fn) => fn.file;

  function resolveArg(toks, env) {
    if (toks.length === 1) {
      const t = toks[0];
      if (t.t === 'str') return { str: t.v };
      if (t.t === 'id') {
        if (t.v === 'true') return { bool: true };
        if (t.v === 'false') return { bool: false };
        if (t.v === 'NULL') return { fns: [] };
        if (env.has(t.v)) return env.get(t.v);
      }
    }
    // collect candidate handler function names appearing in the expression
    const fns = [];
    for (const t of toks) {
      if (t.t !== 'id') continue;
      if (env.has(t.v) && env.get(t.v).fns) fns.push(...env.get(t.v).fns);
      else if (model.fnIndex.has(t.v)) fns.push(t.v);
    }
    return { fns, expr: exprText(toks) };
  }

  function evalCond(toks, env) {
    let neg = false;
    let k = 0;
    if (toks[0] && toks[0].v === '!') { neg = true; k = 1; }
    if (toks.length !== k + 1 || toks[k].t !== 'id') return undefined;
    const v = toks[k].v === 'true' ? { bool: true } : toks[k].v === 'false' ? { bool: false } : env.get(toks[k].v);
    if (!v || v.bool === undefined) return undefined;
    return neg ? !v.bool : v.bool;
  }

  function stmtEnd(toks, i) {
    if (i >= toks.length) return i;
    if (toks[i].v === '{') return matchClose(toks, i) + 1;
    if (toks[i].v === 'if') {
      const c = matchClose(toks, i + 1);
      let e = stmtEnd(toks, c + 1);
      if (toks[e] && toks[e].v === 'else') e = stmtEnd(toks, e + 1);
      return e;
    }
    let d = 0;
    for (let k = i; k < toks.length; k++) {
      const v = toks[k].v;
      if (toks[k].t === 'p' && (v === '(' || v === '{')) d++;
      if (toks[k].t === 'p' && (v === ')' || v === '}')) d--;
      if (d === 0 && toks[k].t === 'p' && v === ';') return k + 1;
    }
    return toks.length;
  }

  function exec(fn, env, ctxGuard, depth) {
    if (depth > 12) return;
    const toks = fn.toks;
    const run = (from, to) => {
      let i = from;
      while (i < to) {
        const t = toks[i];
        if (t.t === 'id' && t.v === 'if' && toks[i + 1] && toks[i + 1].v === '(') {
          const close = matchClose(toks, i + 1);
          const val = evalCond(toks.slice(i + 2, close), env);
          const s = close + 1;
          const e = stmtEnd(toks, s);
          if (val !== false) run(s, e);
          i = e;
          if (toks[i] && toks[i].v === 'else') {
            const es = i + 1;
            const ee = stmtEnd(toks, es);
            if (val !== true) run(es, ee);
            i = ee;
          }
          continue;
        }
        if (t.t === 'id' && toks[i + 1] && toks[i + 1].v === '(' && !['if', 'for', 'while', 'switch', 'return', 'sizeof'].includes(t.v)) {
          const close = matchClose(toks, i + 1);
          if (API.has(t.v) || installers.has(t.v)) {
            const args = splitArgs(toks, i + 2, close).map((a) => resolveArg(a, env));
            const guard = [...new Set([...ctxGuard, ...fn.file.lines[t.line].guard])];
            call(t.v, args, guard, fn, t.line, depth);
          }
          i = close + 1;
          continue;
        }
        i++;
      }
    };
    run(0, toks.length);
  }

  function register(parent, isRoot, name, args, guard, fn, line, quoted) {
    const map = isRoot ? roots : parent.children;
    let node = map.get(name);
    if (!node) { node = newNode(name); map.set(name, node); }
    const handlerArg = args[1] || { fns: [] };
    const comment = fn.file.comments.get(line) || '';
    node.regs.push({
      guard,
      handlers: handlerArg.fns || [],
      file: fn.file,
      deprecatedMark: /deprecat/i.test(comment),
      quoted,
    });
    return node;
  }

  function call(name, args, guard, fn, line, depth) {
    switch (name) {
      case 'install_keyword_root': {
        const kw = args[0] && args[0].str;
        if (!kw) { warn(`${model.tag}: unresolved root keyword name in ${fn.name}`); return; }
        st.lastRoot = register(null, true, kw, args, guard, fn, line, false);
        st.lastRoot.lastChild = null;
        st.sublevel = 0;
        return;
      }
      case 'install_keyword':
      case 'install_keyword_quoted': {
        const kw = args[0] && args[0].str;
        if (!kw) { warn(`${model.tag}: unresolved keyword name in ${fn.name}`); return; }
        let parent = st.lastRoot;
        for (let k = 0; k < st.sublevel && parent; k++) parent = parent.lastChild;
        if (!parent) { warn(`${model.tag}: keyword ${kw} with no parent`); return; }
        const node = register(parent, false, kw, args, guard, fn, line, name === 'install_keyword_quoted');
        parent.lastChild = node;
        node.lastChild = null;
        return;
      }
      case 'install_sublevel':
        st.sublevel++;
        return;
      case 'install_sublevel_end':
        st.sublevel--;
        return;
      default: {
        const target = findFn(model, name, fileOf(fn));
        if (!target) return;
        const env = new Map();
        target.params.forEach((p, k) => { if (p && args[k]) env.set(p, args[k]); });
        exec(target, env, guard, depth + 1);
      }
    }
  }

  for (const [entry, guard] of ENTRY_POINTS) {
    const fn = findFn(model, entry, null);
    if (!fn) { warn(`${model.tag}: entry point ${entry} not found`); continue; }
    st.lastRoot = null;
    st.sublevel = 0;
    exec(fn, new Map(), guard, 0);
    if (st.sublevel !== 0) warn(`${model.tag}: unbalanced sublevels after ${entry}`);
  }
  return roots;
}

const warnings = [];
function warn(msg) { warnings.push(msg); }

// ---------------------------------------------------------------------------
// constant expression evaluation (for range bounds)

const BUILTIN_CONST = {
  UINT_MAX: 4294967295n, INT_MAX: 2147483647n, INT_MIN: -2147483648n,
  UINT8_MAX: 255n, UINT16_MAX: 65535n, UINT32_MAX: 4294967295n, UINT64_MAX: 18446744073709551615n,
  INT8_MAX: 127n, INT16_MAX: 32767n, INT32_MAX: 2147483647n,
  UCHAR_MAX: 255n, USHRT_MAX: 65535n, SHRT_MAX: 32767n,
  ULONG_MAX: 18446744073709551615n, LONG_MAX: 9223372036854775807n, LONG_MIN: -9223372036854775808n,
  IFNAMSIZ: 16n, PATH_MAX: 4096n, true: 1n, false: 0n,
};

function evalConst(expr, macros, depth = 0) {
  if (depth > 12) return null;
  let s = expr.replace(/\(\s*(?:const\s+)?(?:unsigned|signed|int|long|short|char|double|float|size_t|u?int\d+_t|unsigned\s+(?:int|long|long\s+long|char|short)|long\s+long)\s*\)/g, ' ');
  const toks = s.match(/0x[0-9a-fA-F]+[uUlL]*|\d+\.\d*(?:[eE][-+]?\d+)?[fF]?|\d+[uUlL]*|\w+|<<|>>|[-+*/%()~]/g);
  if (!toks) return null;
  let pos = 0;
  let isFloat = false;
  const vals = [];
  // expand identifiers first
  const expanded = [];
  for (const t of toks) {
    if (/^[A-Za-z_]/.test(t)) {
      if (t in BUILTIN_CONST) { expanded.push(BUILTIN_CONST[t]); continue; }
      const m = macros.get(t);
      if (!m || m.params) return null;
      const v = evalConst(m.body, macros, depth + 1);
      if (v === null) return null;
      if (typeof v === 'number') isFloat = true;
      expanded.push(v);
    } else if (/^(0x|\d|\.)/.test(t)) {
      if (/^0x/i.test(t)) expanded.push(BigInt(t.replace(/[uUlL]+$/, '')));
      else if (/[.eE]/.test(t) && !/^0x/i.test(t)) { isFloat = true; expanded.push(Number(t.replace(/[fF]$/, ''))); }
      else expanded.push(BigInt(t.replace(/[uUlL]+$/, '')));
    } else expanded.push(t);
  }
  const conv = (v) => (isFloat ? Number(v) : v);
  const items = expanded.map((v) => (typeof v === 'string' ? v : conv(v)));
  function primary() {
    const t = items[pos++];
    if (t === '(') { const v = additive(); pos++; return v; }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t === '~') return isFloat ? NaN : ~primary();
    if (typeof t === 'bigint' || typeof t === 'number') return t;
    throw new Error('bad expr');
  }
  function mult() {
    let v = primary();
    while (['*', '/', '%'].includes(items[pos])) {
      const op = items[pos++];
      const r = primary();
      v = op === '*' ? v * r : op === '/' ? (isFloat ? v / r : v / r) : v % r;
    }
    return v;
  }
  function additive() {
    let v = mult();
    while (['+', '-'].includes(items[pos])) { const op = items[pos++]; const r = mult(); v = op === '+' ? v + r : v - r; }
    return v;
  }
  function shift() {
    let v = additive();
    while (['<<', '>>'].includes(items[pos])) { const op = items[pos++]; const r = additive(); v = op === '<<' ? v << r : v >> r; }
    return v;
  }
  try {
    const v = shift();
    if (pos !== items.length) return null;
    return v;
  } catch { return null; }
}

// value / 10^shift, as a JSON-safe number (or a decimal string when it would lose precision)
function scaled(v, digits) {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v / 10 ** digits;
  if (!digits) return Number.isSafeInteger(Number(v)) ? Number(v) : undefined;
  const neg = v < 0n;
  const a = neg ? -v : v;
  const p = 10n ** BigInt(digits);
  const int = a / p;
  let frac = (a % p).toString().padStart(digits, '0').replace(/0+$/, '');
  const str = (neg ? '-' : '') + int.toString() + (frac ? '.' + frac : '');
  // bounds that JSON numbers cannot carry exactly are only C type limits: omit them
  return Number(str).toString() === str ? Number(str) : undefined;
}

// ---------------------------------------------------------------------------
// handler analysis: value facts

const READERS = {
  // name: [index position, min position, max position, digits (number|'arg:N'|'timer')]
  read_unsigned_strvec: { strvec: 0, idx: 1, min: 3, max: 4 },
  read_int_strvec: { strvec: 0, idx: 1, min: 3, max: 4 },
  read_unsigned_base_strvec: { strvec: 0, idx: 1, min: 4, max: 5 },
  read_decimal_unsigned_strvec: { strvec: 0, idx: 1, min: 3, max: 4, digitsArg: 5 },
  read_double_strvec: { strvec: 0, idx: 1, min: 3, max: 4, decimal: true },
  read_timer: { strvec: 0, idx: 1, min: 3, max: 4, timer: true },
  read_unsigned: { str: 0, min: 2, max: 3 },
  read_int: { str: 0, min: 2, max: 3 },
  read_double: { str: 0, min: 2, max: 3, decimal: true },
  read_decimal_unsigned: { str: 0, min: 2, max: 3, digitsArg: 4 },
};
const STRCMP = new Set(['strcmp', 'strcasecmp', 'strncmp', 'strncasecmp']);
const BOOL_WORDS = ['true', 'false', 'on', 'off', 'yes', 'no'];

// Collect the handler body plus the bodies of keepalived/ functions it passes
// its strvec to (renaming the callee's parameter to "strvec"), depth-limited.
// Functions that receive the keyword's strvec and are understood directly by the
// analysis (or only look at slot 0, the keyword itself); they are not followed.
const STRVEC_PRIMITIVES = new Set([
  'strvec_slot', 'vector_size', 'vector_slot', 'vector_active', 'alloc_value_block', 'read_value_block', 'free_strvec',
  ...Object.keys(READERS),
]);

// Collect the handler body plus the bodies of functions it passes its strvec to
// (renaming the callee's parameter to "strvec"), depth-limited. When a name has
// several definitions (alternative #if branches) all of them are included.
// Sets result.escapes when strvec is handed to something that cannot be followed.
function effectiveBodies(model, fnName, fromFile, depth = 0, seen = new Set(), strvecName = null, result = null) {
  const out = result || Object.assign([], { escapes: false });
  let fns = findAllFn(model, fnName, fromFile);
  if (!fns.length) {
    // a function-like macro (e.g. set_value(str) -> set_value_r(str)) is analysed like a function
    const mac = model.macros.get(fnName);
    if (mac && mac.params) {
      const body = tokenize([{ code: '{ ' + mac.body + ' ; }' }], 0, 1);
      fns = [{ name: fnName, params: mac.params, toks: body, file: fromFile, path: 'macro:' + fnName }];
      if (!model.macroFns) model.macroFns = new Map();
      if (model.macroFns.has(fnName)) fns = [model.macroFns.get(fnName)];
      else model.macroFns.set(fnName, fns[0]);
    }
  }
  if (!fns.length) { if (depth > 0) out.escapes = true; return out; }
  for (const fn of fns) {
    if (seen.has(fn)) continue;
    if (depth > 4) { out.escapes = true; continue; }
    seen.add(fn);
    const sv = strvecName || fn.params.find((p) => p === 'strvec') || fn.params[0];
    const toks = fn.toks.map((t) => (t.t === 'id' && t.v === sv ? { ...t, v: 'strvec' } : t));
    out.push({ fn, toks, depth });
    for (let i = 0; i + 1 < toks.length; i++) {
      if (toks[i].t !== 'id' || toks[i + 1].v !== '(') continue;
      const callee = toks[i].v;
      if (STRVEC_PRIMITIVES.has(callee) || callee === 'check_true_false') continue;
      const close = matchClose(toks, i + 1);
      const args = splitArgs(toks, i + 2, close);
      const pos = args.findIndex((a) => a.length === 1 && a[0].v === 'strvec');
      if (pos < 0) continue;
      let targets = findAllFn(model, callee, fn.file);
      if (!targets.length && model.macros.get(callee) && model.macros.get(callee).params) targets = [{ params: model.macros.get(callee).params }];
      if (!targets.length || !targets.some((t) => t.params[pos])) { out.escapes = true; continue; }
      effectiveBodies(model, callee, fn.file, depth + 1, seen, targets.find((t) => t.params[pos]).params[pos], out);
    }
  }
  return out;
}

function slotIndex(argToks) {
  // strvec_slot(strvec, N) -> N (number) | 'var' | null
  if (argToks.length >= 6 && argToks[0].v === 'strvec_slot' && argToks[1].v === '(' && argToks[2].v === 'strvec' && argToks[3].v === ',') {
    const close = matchClose(argToks, 1);
    if (close !== argToks.length - 1) return null;
    const idx = argToks.slice(4, close);
    if (idx.length === 1 && idx[0].t === 'num') return Number(idx[0].v);
    return 'var';
  }
  return null;
}

function analyseHandler(model, handlerNames, fromFile) {
  const facts = { ranges: {}, enums: {}, words: new Set(), bool: false, usesStrvec: false, maxSlot: 0, variadic: false, valueBlock: false, entryFns: [], deprecation: [] };
  for (const h of handlerNames) {
    if (!h || h === 'ignore_handler') continue;
    const bodies = effectiveBodies(model, h, fromFile);
    if (bodies.escapes) facts.escapes = true;
    for (const { fn, toks, depth: bodyDepth } of bodies) {
      // aliases: var = strvec_slot(strvec, N)
      const alias = new Map();
      for (let i = 0; i + 2 < toks.length; i++) {
        if (toks[i].t === 'id' && toks[i + 1].v === '=' && toks[i + 2].v !== '=') {
          let j = i + 2;
          // skip casts
          while (toks[j] && toks[j].v === '(' && toks[j + 1] && toks[j + 1].t === 'id' && toks[j + 1].v !== 'strvec_slot' && !model.fnIndex.has(toks[j + 1].v)) j = matchClose(toks, j) + 1;
          if (toks[j] && toks[j].v === 'strvec_slot' && toks[j + 1] && toks[j + 1].v === '(') {
            const close = matchClose(toks, j + 1);
            const idx = slotIndex(toks.slice(j, close + 1));
            if (idx !== null) alias.set(toks[i].v, idx);
          }
        }
      }
      // for every token: is it governed by an if/else whose condition does not look at
      // the keyword's own arguments (e.g. "if the address family is IPv6")?
      const foreignCond = new Array(toks.length).fill(false);
      (function mark(from, to, inherited) {
        let i = from;
        let prevCond = null;
        while (i < to) {
          const tk = toks[i];
          let cond = null, s = -1;
          if (tk.t === 'id' && tk.v === 'if' && toks[i + 1] && toks[i + 1].v === '(') {
            const close = matchClose(toks, i + 1);
            cond = toks.slice(i + 2, close);
            for (let k = i; k <= close; k++) foreignCond[k] = inherited;
            s = close + 1;
            prevCond = cond;
          } else if (tk.t === 'id' && tk.v === 'else' && prevCond) {
            cond = prevCond;
            s = i + 1;
            if (toks[s] && toks[s].v === 'if') { foreignCond[i] = inherited; i = s; continue; }
          }
          if (cond) {
            const foreign = inherited || !cond.some((c) => c.v === 'strvec' || c.v === 'vector_size' || (c.t === 'id' && alias.has(c.v)));
            let e;
            if (toks[s] && toks[s].v === '{') e = matchClose(toks, s) + 1;
            else { e = s; let d = 0; for (; e < to; e++) { const v = toks[e].v; if (v === '(' || v === '{') d++; if (v === ')' || v === '}') d--; if (d === 0 && v === ';') { e++; break; } } }
            mark(s, Math.min(e, to), foreign);
            i = e;
            continue;
          }
          foreignCond[i] = inherited;
          i++;
        }
      })(0, toks.length, false);
      const argIndex = (argToks) => {
        if (argToks.length === 1 && argToks[0].t === 'id' && alias.has(argToks[0].v)) return alias.get(argToks[0].v);
        return slotIndex(argToks);
      };
      for (let i = 0; i + 1 < toks.length; i++) {
        const t = toks[i];
        if (t.t === 'id' && t.v === 'strvec' && !(toks[i - 1] && toks[i - 1].v === '!') && !(toks[i + 1] && /^[!=]=$/.test(toks[i + 1].v))) facts.usesStrvec = true;
        if (t.t === 'id' && (t.v === 'buf_extern' || t.v === 'alloc_strvec_quoted' || t.v === 'alloc_strvec_quoted_escaped')) { facts.usesStrvec = true; facts.variadic = true; }
        if (t.t === 'id' && t.v === 'vector_size' && toks[i + 2] && toks[i + 2].v === 'strvec') facts.variadic = true;
        if (t.t !== 'id' || toks[i + 1].v !== '(') continue;
        const close = matchClose(toks, i + 1);
        const args = splitArgs(toks, i + 2, close);
        if (t.v === 'strvec_slot' && args[0] && args[0].length === 1 && args[0][0].v === 'strvec' && args[1] && args[1].length === 1 && args[1][0].t === 'num') {
          facts.maxSlot = Math.max(facts.maxSlot, Number(args[1][0].v));
        }
        if (READERS[t.v]) {
          const r = READERS[t.v];
          let idx = null;
          if (r.strvec !== undefined) {
            if (args[0] && args[0].length === 1 && args[0][0].v === 'strvec' && args[1] && args[1].length === 1 && args[1][0].t === 'num') idx = Number(args[1][0].v);
          } else if (args[0]) idx = argIndex(args[0]);
          if (typeof idx === 'number') {
            facts.maxSlot = Math.max(facts.maxSlot, idx);
            let digits = 0;
            if (r.timer) digits = 6;
            if (r.digitsArg !== undefined && args[r.digitsArg]) {
              const d = evalConst(exprText(args[r.digitsArg]), model.macros);
              digits = d === null ? null : Number(d);
            }
            const minV = args[r.min] ? evalConst(exprText(args[r.min]), model.macros) : null;
            let maxV = args[r.max] ? evalConst(exprText(args[r.max]), model.macros) : null;
            if (r.timer && (maxV === 0n || maxV === 0)) maxV = evalConst('TIMER_MAXIMUM', model.macros);
            if (digits !== null) {
              const cur = facts.ranges[idx] || {};
              const mn = scaled(minV, digits), mx = scaled(maxV, digits);
              if (mn !== undefined) cur.min = cur.min === undefined ? mn : Math.min(cur.min, Number(mn));
              if (mx !== undefined) cur.max = cur.max === undefined ? mx : Math.max(cur.max, mx);
              if (digits > 0 || r.decimal) cur.decimal = true;
              cur.conditional = (cur.conditional ?? true) && foreignCond[i];
              if (r.timer) cur.timer = true;
              facts.ranges[idx] = cur;
            }
          }
        }
        if (STRCMP.has(t.v) && args.length >= 2) {
          let idx = argIndex(args[0]);
          let lit = args[1];
          if (idx === null) { idx = argIndex(args[1]); lit = args[0]; }
          if (idx !== null && idx !== 0) {
            if (lit.length === 1 && lit[0].t === 'str') {
              if (typeof idx === 'number') (facts.enums[idx] ||= new Set()).add(lit[0].v);
              else facts.words.add(lit[0].v);
            } else if (lit.length >= 4 && lit[0].t === 'id' && model.arrays.has(lit[0].v) && lit[1].v === '[') {
              const arr = model.arrays.get(lit[0].v);
              if (typeof idx === 'number') for (const s of arr) (facts.enums[idx] ||= new Set()).add(s);
            }
          }
        }
        if (t.v === 'check_true_false' && args[0]) {
          const idx = argIndex(args[0]);
          if (idx !== null) facts.bool = true;
        }
        if ((t.v === 'alloc_value_block' || t.v === 'read_value_block')) {
          facts.valueBlock = true;
          if (t.v === 'alloc_value_block' && args[0] && args[0].length === 1 && args[0][0].t === 'id') facts.entryFns.push(args[0][0].v);
        }
        // deprecation messages in the handler itself (not callees)
        if (bodyDepth === 0 && /^(report_config_error|log_message)$/.test(t.v)) {
          for (const a of args) for (const tk of a) if (tk.t === 'str' && /deprecat/i.test(tk.v)) facts.deprecation.push(tk.v);
        }
      }
    }
  }
  return facts;
}

// words compared against tokens of value-block entry lines
function analyseEntries(model, entryFns, fromFile) {
  const words = new Set();
  for (const f of entryFns) {
    for (const { toks } of effectiveBodies(model, f, fromFile)) {
      const alias = new Set();
      for (let i = 0; i + 2 < toks.length; i++) {
        if (toks[i].t === 'id' && toks[i + 1].v === '=' && toks[i + 2].v === 'strvec_slot') alias.add(toks[i].v);
      }
      for (let i = 0; i + 1 < toks.length; i++) {
        if (!STRCMP.has(toks[i].v) || toks[i + 1].v !== '(') continue;
        const close = matchClose(toks, i + 1);
        const args = splitArgs(toks, i + 2, close);
        if (args.length < 2) continue;
        const isTok = (a) => (a.length === 1 && alias.has(a[0].v)) || (a[0] && a[0].v === 'strvec_slot');
        if (isTok(args[0]) && args[1].length === 1 && args[1][0].t === 'str') words.add(args[1][0].v);
        else if (isTok(args[1]) && args[0].length === 1 && args[0][0].t === 'str') words.add(args[0][0].v);
      }
    }
  }
  return words;
}

// ---------------------------------------------------------------------------
// per-version fact tree

function minimalGuards(alts) {
  // expand atoms that are plain disjunctions ("A || B") into alternatives (DNF)
  let dnf = [];
  for (const g of alts) {
    let acc = [[]];
    for (const atom of g) {
      const parts = /^!?\w+( \|\| !?\w+)+$/.test(atom) ? atom.split(' || ') : [atom];
      acc = acc.flatMap((a) => parts.map((p) => [...a, p]));
    }
    dnf.push(...acc);
  }
  const sets = dnf.map((g) => [...new Set(g)].sort());
  const uniq = [];
  for (const s of sets) if (!uniq.some((u) => u.join('\0') === s.join('\0'))) uniq.push(s);
  return uniq.filter((s) => !uniq.some((o) => o !== s && o.length < s.length && o.every((a) => s.includes(a))));
}

function buildVersionTree(model, roots) {
  const out = {};
  const handlerUse = new Map(); // parentKey -> handler -> [names]
  function convert(node, parentGuards, siblings) {
    const guards = minimalGuards(node.regs.map((r) => r.guard));
    const handlers = [...new Set(node.regs.flatMap((r) => r.handlers))];
    const fromFile = node.regs[0].file;
    const facts = analyseHandler(model, handlers, fromFile);
    const v = {
      block: node.children.size > 0 || facts.valueBlock,
      guards,
      handlers,
      quoted: node.regs.some((r) => r.quoted),
      deprecatedMark: node.regs.some((r) => r.deprecatedMark),
      facts,
      children: null,
    };
    if (facts.valueBlock && node.children.size === 0) {
      v.valueBlock = true;
      v.entryWords = [...analyseEntries(model, facts.entryFns, fromFile)].sort();
    }
    if (node.children.size) {
      v.children = {};
      for (const [k, c] of node.children) v.children[k] = convert(c, guards, node.children);
    }
    return v;
  }
  for (const [k, r] of roots) out[k] = convert(r, [[]], roots);
  // deprecation + replacement need sibling information
  function resolveDeprecation(map, rootMap) {
    for (const [name, v] of Object.entries(map)) {
      const msgs = v.facts.deprecation;
      let dep = v.deprecatedMark;
      let replacement = null;
      const idents = (s) => s.match(/[A-Za-z_][\w-]*(?:\/[A-Za-z_][\w-]*)*/g) || [];
      const sharers = Object.entries(map).filter(([n, o]) => n !== name && o.handlers.some((h) => v.handlers.includes(h)));
      for (const msg of msgs) {
        const before = msg.split(/deprecat/i)[0];
        const mentioned = new Set(idents(before).flatMap((x) => x.split('/')));
        const mentionsSelf = mentioned.has(name);
        const mentionsSharer = sharers.some(([n]) => mentioned.has(n));
        if (mentionsSelf || (!mentionsSharer && sharers.length === 0)) {
          dep = true;
          const after = msg.split(/deprecat\w*/i).slice(1).join(' ');
          const m = /\b(?:use|replace\s+with)\b(.*)$/i.exec(after) || /\b(?:use|replace\s+with)\b(.*)$/i.exec(before);
          if (m) {
            const cands = [];
            for (const group of idents(m[1]).slice(0, 1)) {
              const parts = group.split('/');
              const prefix = parts[0].includes('_') ? parts[0].slice(0, parts[0].lastIndexOf('_') + 1) : '';
              parts.forEach((p, k) => {
                let cand = p;
                if (k > 0 && !(p in map) && prefix && (prefix + p) in map) cand = prefix + p;
                if (cand !== name && (cand in map || cand in rootMap)) cands.push(cand);
              });
            }
            if (cands.length) replacement = cands.length === 1 ? cands[0] : [...new Set(cands)];
          }
        }
      }
      if (dep && !replacement) {
        // the only non-deprecated keyword sharing the handler is the replacement
        const plain = sharers.filter(([, o]) => !o.deprecatedMark);
        if (plain.length === 1) replacement = plain[0][0];
      }
      v.deprecated = dep;
      v.replacement = replacement;
      if (v.children) resolveDeprecation(v.children, rootMap);
    }
  }
  resolveDeprecation(out, out);
  return out;
}

// ---------------------------------------------------------------------------
// manual page (keepalived.conf(5)) cross-check

function parseMan(src) {
  // returns { sections: [name], mentions: Map(keyword -> Set(section)) } using the
  // first word of every non-comment, non-request line (synopsis lines).
  const mentions = new Map();
  const sections = [];
  let section = null;
  for (let raw of src.split('\n')) {
    if (raw.startsWith('.SH')) {
      section = raw.replace(/^\.SH\s*/, '').replace(/^"|"$/g, '').trim();
      sections.push(section);
      continue;
    }
    if (raw.startsWith('.') || raw.startsWith("'")) continue;
    const line = raw.replace(/\\f[BIRP]|\\f\(..|\\\*\(..|\\&/g, '').replace(/\\-/g, '-').trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)/.exec(line.startsWith('@') ? line.replace(/^@\^?\w*\s+/, '') : line);
    if (!m) continue;
    const w = m[1];
    if (!mentions.has(w)) mentions.set(w, new Set());
    mentions.get(w).add(section);
  }
  return { sections, mentions };
}

// ---------------------------------------------------------------------------
// lexical features of the configuration reader (lib/parser.c)

function lexicalFacts(model) {
  const pf = model.cfiles.find((f) => f.path === 'lib/parser.c');
  const res = {};
  if (!pf) return res;
  const strs = new Set();
  const strchrSets = [];
  for (const fn of pf.functions.values()) {
    for (let i = 0; i < fn.toks.length; i++) {
      const t = fn.toks[i];
      if (t.t === 'str') strs.add(t.v);
      if (t.t === 'id' && t.v === 'strchr' && fn.name === 'is_include' && fn.toks[i + 2] && fn.toks[i + 2].t === 'str') strchrSets.push(fn.toks[i + 2].v);
      if (t.t === 'id' && t.v === 'add_std_definition' && fn.toks[i + 2] && fn.toks[i + 2].t === 'str') (res.definitions ||= []).push(fn.toks[i + 2].v);
    }
  }
  res.include = ['include', ...strchrSets.flatMap((s) => [...s].map((c) => 'include' + c))].filter((v, i, a) => a.indexOf(v) === i);
  if (strs.has('~SEQ')) (res.blocks ||= []).push('~SEQ');
  if (strs.has('~LST')) (res.blocks ||= []).push('~LST');
  return res;
}

// ---------------------------------------------------------------------------
// merge across versions

function ver(tag) { return tag.replace(/^v/, ''); }

function guardString(guards, parentGuards) {
  // guards: minimal alternative atom sets (DNF); a child whose condition equals its
  // parent's prints nothing; otherwise atoms implied by every parent alternative are dropped
  const key = (gs) => gs.map((g) => [...g].sort().join('&')).sort().join('|');
  if (parentGuards && key(guards) === key(parentGuards)) return undefined;
  const common = parentGuards && parentGuards.length ? parentGuards.reduce((acc, g) => acc.filter((a) => g.includes(a)), parentGuards[0]) : [];
  const alts = guards.map((g) => g.filter((a) => !common.includes(a)));
  if (alts.some((a) => a.length === 0)) return undefined;
  const fmt = (a) => a.map((x) => (/\|\||&&/.test(x) && a.length > 1 ? `(${x})` : x)).join(' && ');
  if (alts.length === 1) return fmt(alts[0]);
  return alts.map((a) => (a.length > 1 ? `(${fmt(a)})` : fmt(a))).join(' || ');
}

function sortObj(o) {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

function valuesOf(v) {
  const f = v.facts;
  const out = {};
  const r1 = f.ranges[1];
  if (r1) {
    if (r1.min !== undefined) out.min = r1.min;
    if (r1.max !== undefined) out.max = r1.max;
    if (r1.decimal) out.decimal = true;
    if (r1.timer) out.unit = 'seconds';
    if (r1.conditional) out.rangeConditional = true;
  }
  if (f.enums[1]) out.enum = [...f.enums[1]];
  if (f.bool) out.bool = BOOL_WORDS;
  for (const [idx, r] of Object.entries(f.ranges)) {
    if (idx === '1') continue;
    (out.at ||= {})[idx] = { ...(r.min !== undefined ? { min: r.min } : {}), ...(r.max !== undefined ? { max: r.max } : {}), ...(r.decimal ? { decimal: true } : {}) };
  }
  for (const [idx, s] of Object.entries(f.enums)) {
    if (idx === '1') continue;
    ((out.at ||= {})[idx] ||= {}).enum = [...s];
  }
  if (f.words.size) out.words = [...f.words].sort();
  if (!v.valueBlock && !v.children) {
    // install_keyword_quoted keywords take a (possibly quoted) command line
    if (v.quoted) out.variadic = true;
    else if (!f.usesStrvec && v.handlers.length && !f.escapes) out.args = 0;
    else if (f.variadic) out.variadic = true;
    else if (f.maxSlot) out.maxArgs = f.maxSlot;
    else if (v.handlers.length && !f.escapes) out.args = 0; // only the keyword itself (slot 0) is looked at
  }
  return Object.keys(out).length ? out : undefined;
}

function merge(tags, perTag, docSections) {
  const merged = {};
  function walk(path, getMap, parentGuards, depth) {
    const names = new Set();
    for (const t of tags) { const m = getMap(t); if (m) for (const k of Object.keys(m)) names.add(k); }
    const result = {};
    for (const name of [...names].sort()) {
      const present = tags.map((t) => { const m = getMap(t); return m && m[name] ? m[name] : null; });
      const firstIdx = present.findIndex(Boolean);
      let lastIdx = present.length - 1;
      while (!present[lastIdx]) lastIdx--;
      const latest = present[lastIdx];
      const node = { since: ver(tags[firstIdx]) };
      if (lastIdx < tags.length - 1) node.until = ver(tags[lastIdx + 1]);
      const gaps = tags.filter((t, i) => i > firstIdx && i < lastIdx && !present[i]).map(ver);
      if (gaps.length) node.absentIn = gaps;
      const depIdx = present.findIndex((p) => p && p.deprecated);
      if (depIdx >= 0) {
        node.deprecatedIn = ver(tags[depIdx]);
        const rep = present.slice(depIdx).reverse().find((p) => p && p.replacement);
        if (rep) node.replacement = rep.replacement;
      }
      const g = guardString(latest.guards, parentGuards);
      if (g) node.guard = g;
      node.block = !!latest.block;
      if (latest.valueBlock) {
        node.valueBlock = true;
        if (latest.entryWords && latest.entryWords.length) node.entryWords = latest.entryWords;
      }
      if (latest.quoted) node.quoted = true;
      const blockChange = present.filter(Boolean).map((p) => !!p.block);
      if (blockChange.some((b) => b !== node.block)) {
        const i = present.findIndex((p) => p && !!p.block === node.block && present.slice(present.indexOf(p)).every((q) => !q || !!q.block === node.block));
        node.blockSince = ver(tags[i]);
      }
      const vals = valuesOf(latest);
      if (vals) node.values = vals;
      if (depth === 0 && docSections[name]) node.doc = docSections[name];
      const childMapGetter = (t) => { const m = getMap(t); return m && m[name] && m[name].children; };
      if (tags.some((t) => childMapGetter(t))) node.children = walk([...path, name], childMapGetter, latest.guards, depth + 1);
      result[name] = node;
    }
    return result;
  }
  return walk([], (t) => perTag.get(t), [[]], 0);
}

// ---------------------------------------------------------------------------

function countNodes(map) {
  const c = { n: 0, blocks: 0, valueBlocks: 0, deprecated: 0 };
  for (const v of Object.values(map)) {
    c.n++;
    if (v.block) c.blocks++;
    if (v.valueBlock) c.valueBlocks++;
    if (v.deprecated || v.deprecatedIn) c.deprecated++;
    if (v.children) { const d = countNodes(v.children); for (const k of Object.keys(c)) c[k] += d[k]; }
  }
  return c;
}
function allNames(map, acc = new Set()) {
  for (const [k, v] of Object.entries(map)) { acc.add(k); if (v.children) allNames(v.children, acc); }
  return acc;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.gitDir)) {
    console.error(`keepalived git directory not found: ${opts.gitDir} (set --git-dir or KEEPALIVED_GIT_DIR)`);
    process.exit(2);
  }
  const tags = opts.tags || defaultTags(opts.gitDir);
  tags.sort(cmpVersion);
  const perTag = new Map();
  const models = new Map();
  const tagCommits = {};
  console.log(`keepalived sources: ${opts.gitDir}`);
  console.log('version   roots  keywords  blocks  value-blocks  deprecated  not-in-manual');
  for (const tag of tags) {
    const model = loadTag(opts.gitDir, tag);
    models.set(tag, model);
    tagCommits[ver(tag)] = git(opts.gitDir, ['rev-list', '-n', '1', tag]).trim();
    const roots = replay(model);
    const tree = buildVersionTree(model, roots);
    perTag.set(tag, tree);
    const c = countNodes(tree);
    const manNames = model.man ? parseMan(model.man).mentions : new Map();
    const notInMan = [...allNames(tree)].filter((n) => !manNames.has(n)).length;
    console.log(`${ver(tag).padEnd(9)} ${String(Object.keys(tree).length).padStart(5)} ${String(c.n).padStart(9)} ${String(c.blocks).padStart(7)} ${String(c.valueBlocks).padStart(13)} ${String(c.deprecated).padStart(11)} ${String(notInMan).padStart(14)}`);
  }

  // --- manual page: section of each root keyword (latest manual that mentions it)
  const docSections = {};
  const lastTag = tags[tags.length - 1];
  for (const tag of [...tags].reverse()) {
    const man = models.get(tag).man;
    if (!man) continue;
    const { mentions } = parseMan(man);
    for (const root of Object.keys(perTag.get(tag))) {
      if (docSections[root] || !mentions.has(root)) continue;
      const secs = [...mentions.get(root)].filter((s) => s && !/^(DESCRIPTION|TOP HIERACHY|NAME|SEE ALSO)$/i.test(s));
      if (secs.length) docSections[root] = secs[0];
    }
  }

  const roots = merge(tags, perTag, docSections);

  // --- cross-check: every version's tree against that version's manual page
  const manCheck = {};
  for (const tag of tags) {
    const man = models.get(tag).man;
    if (!man) continue;
    const { mentions } = parseMan(man);
    const names = allNames(perTag.get(tag));
    const notInMan = [...names].filter((n) => !mentions.has(n)).sort();
    manCheck[ver(tag)] = notInMan;
  }
  // Debian's installed manual (keepalived 2.2.7 in bookworm) vs the v2.2.7 source tree
  const debMan = '/usr/share/man/man5/keepalived.conf.5.gz';
  let debianNote = null;
  if (existsSync(debMan) && models.has('v2.2.7')) {
    const deb = gunzipSync(readFileSync(debMan)).toString('latin1');
    const src = models.get('v2.2.7').man || '';
    const a = src.split('\n'), b = deb.split('\n');
    const esc = (x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const lineMatches = (l, d) => l === d || (/@[A-Z_]+@/.test(l) && new RegExp('^' + l.split(/@[A-Z_]+@/).map(esc).join('.*') + '$').test(d));
    const same = a.length === b.length && a.every((l, i) => lineMatches(l, b[i]));
    const debNames = parseMan(deb).mentions;
    const tree227 = allNames(perTag.get('v2.2.7'));
    const missing = [...tree227].filter((n) => !debNames.has(n)).sort();
    // words formatted like keywords in the manual's synopsis lines, unknown to the 2.2.7 tree
    const known = new Set([...tags].flatMap((t) => [...allNames(perTag.get(t))]));
    const manOnly = [...debNames.keys()].filter((w) => /_/.test(w) && /^[a-z][a-z0-9_]*$/.test(w) && !tree227.has(w)).sort();
    debianNote = { sameAsSourceV227: same, treeKeywordsNotInManual: missing, manualWordsNotInTree: manOnly.map((w) => (known.has(w) ? `${w} (other version)` : w)) };
  }

  const facts = {
    generatedBy: 'scripts/generate-keepalived-facts.mjs',
    source: { repository: 'https://github.com/acassen/keepalived', tags: tagCommits },
    versions: tags.map(ver),
    docs: {
      manual: 'https://www.keepalived.org/manpage.html',
      sectionLink: 'https://www.keepalived.org/manpage.html#:~:text={section}',
    },
    lexical: lexicalFacts(models.get(lastTag)),
    roots,
  };
  // lexical "since" facts
  const lexSince = {};
  for (const tag of tags) {
    const lx = lexicalFacts(models.get(tag));
    for (const w of [...(lx.include || []), ...(lx.blocks || []), ...(lx.definitions || [])]) if (!lexSince[w]) lexSince[w] = ver(tag);
  }
  facts.lexical.since = lexSince;

  const json = JSON.stringify(facts, null, 1) + '\n';
  const outFile = join(opts.out, 'facts.json');
  if (opts.check) {
    const cur = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    if (cur !== json) { console.error(`${outFile} is out of date`); process.exit(1); }
    console.log(`${outFile} is up to date`);
  } else {
    mkdirSync(opts.out, { recursive: true });
    writeFileSync(outFile, json);
    console.log(`wrote ${outFile} (${json.length} bytes)`);
  }

  const total = countNodes(roots);
  console.log(`merged ${tags.length} versions: ${Object.keys(roots).length} roots, ${total.n} keyword positions, ${total.blocks} blocks (${total.valueBlocks} value blocks), ${total.deprecated} deprecated`);
  const lastList = manCheck[ver(lastTag)];
  if (lastList) console.log(`manual ${ver(lastTag)}: registered keywords never named at the start of a manual line: ${lastList.join(' ')}`);
  if (debianNote) {
    console.log(`Debian manual (${debMan}) equals v2.2.7 source manual apart from @substitutions@: ${debianNote.sameAsSourceV227}`);
    console.log(`  v2.2.7 keywords not found in the Debian manual: ${debianNote.treeKeywordsNotInManual.join(' ')}`);
    console.log(`  snake_case words at line starts in the Debian manual that v2.2.7 does not register: ${debianNote.manualWordsNotInTree.join(' ')}`);
  }
  for (const w of [...new Set(warnings)]) console.warn(`warning: ${w}`);
}

export { loadTag, replay, buildVersionTree, parseMan, evalConst };

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
