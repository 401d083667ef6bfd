import { readFileSync } from 'node:fs';
import { validateCluster, memoryFileSystem, type ClusterProblem } from '../../server/src/cluster/index.js';
import type { Problem } from '../../server/src/common/span.js';
import { findProblems } from '../../server/src/features/diagnostics.js';
import { parseHaproxyOutput, parseKeepalivedOutput } from '../../server/src/external/checkers.js';
import { placeCheckerMessages } from '../../server/src/features/realChecker.js';
import { fileSystemIncludeResolver } from '../../server/src/keepalived/validate/includes.js';
import { analyze } from '../../server/src/service/analysis.js';
import { seedFiles, C } from '../cluster/helpers.js';
import { checkerOutput, loadCorpus } from './corpus.js';
import { MUTATION_KINDS, SeededRandom, mutate, seedOf, typo, type MutationBudget } from './mutate.js';

/**
 * Every distinct user-visible English text the checkers produce over the inputs the tests have:
 * the shared corpus (haproxy with target 2.6, keepalived with target 2.2.7), the real checkers'
 * recorded output on it, haproxy mutants of every valid corpus file, keepalived mutants of every
 * corpus file, and single-line edits of every file of the seed cluster. For the localization tests.
 */
export interface CollectedTexts {
  /** `code` -> distinct messages, with one place each came from (to find it again). */
  messages: Map<string, Map<string, string>>;
  titles: Map<string, string>;
  related: Map<string, string>;
  inputs: number;
  /** Why the shared corpus was not read (outside CI, where it may be absent). */
  corpusMissing?: string;
}

const HAPROXY_BUDGET: MutationBudget = Object.fromEntries(MUTATION_KINDS.map((kind) => [kind, 3]));

export function collectTexts(): CollectedTexts {
  const collected: CollectedTexts = { messages: new Map(), titles: new Map(), related: new Map(), inputs: 0 };
  const add = (problem: Problem | ClusterProblem, origin: string): void => {
    let byMessage = collected.messages.get(problem.code);
    if (!byMessage) collected.messages.set(problem.code, (byMessage = new Map()));
    if (!byMessage.has(problem.message)) byMessage.set(problem.message, origin);
    for (const fix of problem.fixes ?? []) if (!collected.titles.has(fix.title)) collected.titles.set(fix.title, origin);
    for (const place of problem.related ?? []) if (!collected.related.has(place.message)) collected.related.set(place.message, origin);
  };
  const includes = fileSystemIncludeResolver();
  const checkText = (language: 'haproxy' | 'keepalived', text: string, origin: string, documentPath?: string): void => {
    collected.inputs++;
    const analysis = analyze(language, text);
    for (const problem of findProblems(analysis, { haproxyVersion: '2.6', keepalivedVersion: '2.2.7', documentPath, includes })) add(problem, origin);
  };

  const { entries, missing } = loadCorpus();
  collected.corpusMissing = missing;
  for (const [index, entry] of entries.entries()) {
    // The lexical edits are the same for every file: a quarter of the files is plenty.
    const lexical = index % 4 === 0;
    const text = readFileSync(entry.absolutePath, 'utf8');
    checkText(entry.kind, text, entry.path, entry.absolutePath);
    const output = checkerOutput(entry);
    const messages =
      entry.kind === 'haproxy'
        ? parseHaproxyOutput(output, entry.absolutePath)
        : parseKeepalivedOutput(output, entry.absolutePath, entry.verdict === 'valid' ? 0 : 1);
    for (const problem of placeCheckerMessages(analyze(entry.kind, text), messages)) add(problem, `${entry.path} (real checker)`);
    if (entry.kind === 'haproxy' && entry.verdict === 'valid') {
      for (const mutant of mutate({ name: entry.path, text }, HAPROXY_BUDGET)) checkText('haproxy', mutant.text, `${entry.path} mutant ${mutant.kind}: ${mutant.edited}`);
      for (const mutant of lexical ? lexicalMutants(text, HAPROXY_LEXICAL) : []) checkText('haproxy', mutant.text, `${entry.path} lexical mutant: ${mutant.edited}`);
    }
    if (entry.kind === 'keepalived') {
      for (const mutant of keepalivedMutants(entry.path, text)) checkText('keepalived', mutant.text, `${entry.path} mutant: ${mutant.edited}`, entry.absolutePath);
      for (const mutant of lexical ? lexicalMutants(text, KEEPALIVED_LEXICAL) : []) checkText('keepalived', mutant.text, `${entry.path} lexical mutant: ${mutant.edited}`, entry.absolutePath);
    }
  }

  for (const [index, input] of WHOLE_FILES.entries()) checkText(input.language, input.text, `whole file ${index + 1}`);

  const seed = seedFiles();
  for (const variant of clusterVariants(seed)) {
    collected.inputs++;
    for (const problem of validateCluster(memoryFileSystem(variant.files), C).problems) add(problem, `seed cluster: ${variant.name}`);
  }
  return collected;
}

/**
 * Edits of the reading layer (quotes, escapes, braces, directives, conditions, line limits...), each
 * applied to the last line of the file that has a keyword and an argument: `$K` is its keyword,
 * `$A` its arguments, `$I` its indentation; `\n` in a replacement adds lines.
 */
const HAPROXY_LEXICAL = [
  '$I$K "$A',
  "$I$K '$A",
  '$I$K "\\xZZ"',
  '$I$K "$1x"',
  '$I$K "${NAME"',
  '$I$K "${NAME?}"',
  '$I$K "${NAME}[x]"',
  '$I$K "$.FOO"',
  '$I$K "" $A',
  '$I$K' + ' w'.repeat(64),
  '$I$K' + ' w'.repeat(63),
  '$I$K $A\u0000',
  '$I$K $A\rignored',
  '"" $K $A',
  '.unknown $A',
  '.if defined(X)',
  '.elif defined(X)',
  '.else\n.else',
  '.endif',
  '.else x',
  '.warning two words',
  '$I$K $A if { src 10.0.0.1',
  '$I$K $A if {src 10.0.0.1 }',
  '$I$K $A if { }',
  '$I$K $A if }',
  '$I$K $A if || x',
  '$I$K $A if x || || y',
  '$I$K $A if x !',
  '$I$K $A if ! || x',
  '$I$K $A if x ||',
  '$I$K $A if',
  '$I$K $A\n$I$K $A\nuserlist u\nuserlist u',
];

const KEEPALIVED_LEXICAL = [
  '$I$K "$A',
  '$I$K $A\n}',
  '$I{',
  '$I$K $A {',
  '$I$K {\n}',
  '$I$K',
  '~SEQ(i, 1, 3',
  '~SEQ i',
  '~SEQ(i)',
  '~SEQ(i, 5, 1, 3) $K $A',
  '~SEQx(i, -3, 1) $K $A',
  '~LST(i, a, b',
  '~LST({a, b}, {1, 2, 3}) $K $A',
  '~SEQ(i, 1, 3) $K {',
  '$NAME =1',
  '$1NAME=1',
  '$DEF= \\\n  router_id A \\\n# comment\n  vrrp_version 3',
  'include',
  'include /nonexistent/*.conf',
  'include x.conf {',
  '$I$K $A\u0000',
  '$I$K ' + 'x'.repeat(1100),
  '$I$K ' + 'x'.repeat(1020 - 8),
  '$I$K $A \\',
  '@',
  '@node',
  '@node$K $A',
  '@node $K $A {',
  '@^node $K $A }',
  '$I$K a#b',
  '$I$K a!b',
  'global_defs {\n    $K $A\n}',
  'vrrp_instance {\n}',
  'vrrp_instance X\n',
  'vrrp_script chk {\n    script "/bin/true | grep x"\n}',
  'vrrp_script chk {\n    script "/bin/true"\n    weight 2\n}\nvrrp_instance A {\n    interface eth0\n    virtual_router_id 9\n    priority 255\n    virtual_ipaddress {\n        10.9.9.9/24\n    }\n    track_script {\n        chk\n    }\n}\nvrrp_instance B {\n    interface eth0\n    virtual_router_id 9\n    virtual_ipaddress {\n        10.9.9.8/24\n    }\n}\nvrrp_instance B {\n    interface eth0\n    virtual_router_id 10\n}\nvrrp_sync_group G {\n    group {\n        A\n        B\n    }\n}',
  'virtual_server group NOGROUP {\n    lb_algo rr\n    lb_kind NAT\n    protocol TCP\n    real_server 10.0.0.1 80 {\n    }\n}',
  'vrrp_garp_interval 1\nlvs_flush_onstop',
  'global_defs {\n    vrrp_strict\n    lvs_sync_daemon eth0 VI_1 id 1\n    linkbeat_use_polling\n}',
];

/** Whole files for checks that need several blocks together (duplicate VRIDs, sync groups...). */
const WHOLE_FILES: Array<{ language: 'haproxy' | 'keepalived'; text: string }> = [
  {
    language: 'haproxy',
    text: 'global\n    tune.ssl.capture-cipherlist-size 100\nfrontend f\n    bind :80 process 1\n    default_backend b\nbackend b\n    transparent\n',
  },
  {
    language: 'keepalived',
    text: [
      'global_defs {',
      '    dbus_no_interface_name',
      '}',
      'vrrp_instance A {',
      '    state MASTER',
      '    interface eth0',
      '    virtual_router_id 9',
      '    priority 255',
      '    virtual_ipaddress {',
      '        10.9.9.9/24',
      '    }',
      '}',
      'vrrp_instance B {',
      '    interface eth0',
      '    virtual_router_id 9',
      '    virtual_ipaddress {',
      '        10.9.9.8/24',
      '    }',
      '}',
      'vrrp_instance B {',
      '    interface eth0',
      '    virtual_router_id 10',
      '    virtual_ipaddress {',
      '        10.9.9.7/24',
      '    }',
      '}',
      '',
    ].join('\n'),
  },
  {
    language: 'keepalived',
    text: [
      'global_defs {',
      '    enable_script_security',
      '    script_user root',
      '}',
      'vrrp_script chk {',
      '    script "/bin/true | grep x"',
      '    weight 2',
      '}',
      'vrrp_instance A {',
      '    interface eth0',
      '    virtual_router_id 9',
      '    virtual_ipaddress {',
      '        10.9.9.9/24',
      '    }',
      '    track_script {',
      '        chk',
      '    }',
      '}',
      'vrrp_instance C {',
      '    interface eth0',
      '    virtual_router_id 11',
      '    virtual_ipaddress {',
      '        10.9.9.1/24',
      '    }',
      '}',
      'vrrp_sync_group G {',
      '    group {',
      '        A',
      '        C',
      '    }',
      '}',
      'virtual_server group NOGROUP {',
      '    lb_algo rr',
      '    lb_kind NAT',
      '    protocol TCP',
      '    real_server 10.0.0.1 80 {',
      '    }',
      '}',
      'vrrp_instance {',
      '}',
      'vrrp_script',
      'vrrp_garp_interval 1',
      '',
    ].join('\n'),
  },
];

/** Each lexical edit, applied to the last `keyword argument` line of a file. */
export function lexicalMutants(text: string, edits: readonly string[]): Array<{ text: string; edited: string }> {
  const lines = text.split('\n');
  let index = lines.length - 1;
  let match: RegExpExecArray | null = null;
  for (; index >= 0; index--) if ((match = /^(\s*)([A-Za-z][\w.-]*)\s+([^{}#!]*[^{}#!\s])\s*$/.exec(lines[index]!))) break;
  if (!match) return [];
  const [, indent, keyword, args] = match as unknown as [string, string, string, string];
  return edits.map((edit) => {
    const replacement = edit
      .replace(/\$I/g, () => indent)
      .replace(/\$K/g, () => keyword)
      .replace(/\$A/g, () => args);
    return { text: [...lines.slice(0, index), replacement, ...lines.slice(index + 1)].join('\n'), edited: replacement.split('\n')[0]!.slice(0, 80) };
  });
}

/** Single-line edits of a keepalived file: misspelt keyword, values dropped, doubled, out of range, the line repeated. */
export function keepalivedMutants(name: string, text: string): Array<{ text: string; edited: string }> {
  const random = new SeededRandom(seedOf(name));
  const lines = text.split('\n');
  const mutants: Array<{ text: string; edited: string }> = [];
  const withLine = (index: number, replacement: string[]): void => {
    mutants.push({ text: [...lines.slice(0, index), ...replacement, ...lines.slice(index + 1)].join('\n'), edited: replacement.join(' / ').trim() });
  };
  lines.forEach((line, index) => {
    const match = /^(\s*)([A-Za-z_][\w-]*)(\s+.*)?$/.exec(line);
    if (!match || line.includes('{') || line.includes('}')) return;
    const [, indent, keyword, rest = ''] = match as unknown as [string, string, string, string | undefined];
    withLine(index, [`${indent}${typo(keyword, random)}${rest}`]);
    if (rest.trim() !== '') withLine(index, [`${indent}${keyword}`]);
    withLine(index, [`${indent}${keyword}${rest} extra`]);
    if (/\d/.test(rest)) withLine(index, [`${indent}${keyword}${rest.replace(/\d+/, '99999')}`]);
    if (rest.trim() !== '') withLine(index, [`${indent}${keyword} x${rest.trim().slice(1)}`]);
    withLine(index, [line, line]);
  });
  return mutants;
}

/** The seed cluster with one line of one file removed or changed, and a few whole-file changes. */
export function clusterVariants(seed: Record<string, string>): Array<{ name: string; files: Record<string, string> }> {
  const variants: Array<{ name: string; files: Record<string, string> }> = [{ name: 'as is', files: seed }];
  for (const [file, text] of Object.entries(seed)) {
    if (file.endsWith('.html') || file.endsWith('.txt')) {
      const { [file]: _removed, ...rest } = seed;
      variants.push({ name: `without ${file}`, files: rest });
      continue;
    }
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '' || /^\s*#/.test(line)) return;
      const replace = (replacement: string[], what: string): void => {
        variants.push({ name: `${file}:${index + 1} ${what}`, files: { ...seed, [file]: [...lines.slice(0, index), ...replacement, ...lines.slice(index + 1)].join('\n') } });
      };
      replace([], 'removed');
      if (/\d/.test(line)) replace([line.replace(/(\d+)(?!.*\d)/, (n) => String(Number(n) + 1))], 'last number + 1');
      if (/\d/.test(line)) replace([line.replace(/\d+/, (n) => String(Number(n) + 7))], 'first number + 7');
      if (/\b(MASTER|BACKUP)\b/.test(line)) replace([line.replace(/MASTER|BACKUP/, (s) => (s === 'MASTER' ? 'BACKUP' : 'MASTER'))], 'state swapped');
      if (/weight \d/.test(line)) replace([line.replace(/weight \d+/, 'weight 0')], 'weight 0');
    });
  }
  const extra = (name: string, change: (files: Record<string, string>) => void): void => {
    const files = { ...seed };
    change(files);
    variants.push({ name, files });
  };
  const manifest = `${C}/ha-cluster.json`;
  const haproxy = `${C}/haproxy/haproxy.cfg`;
  const server1 = `${C}/keepalived/server1.conf`;
  extra('manifest truncated', (f) => (f[manifest] = f[manifest]!.slice(0, 40)));
  extra('manifest not an object', (f) => (f[manifest] = '[1, 2]'));
  extra('manifest wrong types', (f) => (f[manifest] = f[manifest]!.replace('"2.6"', '2.6').replace('"root", "port": 22', '"root", "port": "x"')));
  extra('manifest two machines with one name', (f) => (f[manifest] = f[manifest]!.replace('"name": "server2"', '"name": "server1"')));
  extra('manifest folder for a file', (f) => (f[manifest] = f[manifest]!.replace('"sysctl/99-ha-cluster.conf"', '"web"')));
  extra('stats auth weak', (f) => (f[haproxy] = f[haproxy]!.replace(/^(\s*)stats auth .*$/m, '$1stats auth admin:admin')));
  extra('script relative', (f) => (f[server1] = f[server1]!.replace('"/usr/bin/killall -0 haproxy"', '"/etc/keepalived/check.sh"')));
  extra('unicast on one node', (f) => (f[server1] = f[server1]!.replace('advert_int 1', 'advert_int 1\n    unicast_src_ip 10.0.0.1\n    unicast_peer {\n        10.0.0.2\n    }')));
  extra('nopreempt on master', (f) => (f[server1] = f[server1]!.replace('advert_int 1', 'advert_int 1\n    nopreempt')));
  extra('bind foreign address', (f) => (f[haproxy] = f[haproxy]!.replace(/bind \S+/, 'bind 192.168.7.7:80')));
  extra('server not in cluster', (f) => (f[haproxy] = f[haproxy]!.replace(/(server \S+ )\S+/, '$1192.168.9.9:80')));
  extra('another vrrp instance', (f) => (f[server1] = `${f[server1]}\nvrrp_instance VI_9 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 99\n    priority 50\n    virtual_ipaddress {\n        10.0.0.99/24\n    }\n}\n`));
  extra('vip in another subnet', (f) => {
    for (const file of Object.keys(f)) if (file.endsWith('.conf') && file.includes('keepalived')) f[file] = f[file]!.replace('10.0.0.10/24', '172.16.0.10/24');
  });
  extra('a section only on one node', (f) => {
    f[`${C}/haproxy/haproxy2.cfg`] = `${f[haproxy]}\nlisten extra\n    bind 10.0.0.10:8080\n    server w 10.0.0.100:80\n`;
    f[manifest] = f[manifest]!.replace(/("name": "server2",[\s\S]*?"haproxy": )"haproxy\/haproxy.cfg"/, '$1"haproxy/haproxy2.cfg"');
  });
  return variants;
}
