import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, networkInterfaces, tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { availabilityAt, lookupKeyword, type KeepalivedKeyword } from '../../server/src/keepalived/catalogue/index.js';
import type { KStatement } from '../../server/src/keepalived/model.js';
import { parseKeepalived } from '../../server/src/keepalived/parser.js';
import { acceptedForMissingScripts, failsKeepalivedTest, linesOfBlocksClosedOn, readCheckerOutput } from '../../server/src/keepalived/validate/checker-output.js';
import { validateKeepalived } from '../../server/src/keepalived/validate/index.js';
import { binaryMissing } from '../helpers/binaries.js';
import { SeededRandom, seedOf, typo } from '../helpers/mutate.js';

/**
 * Mutation testing against the real `keepalived -t` (Debian 2.2.7): valid configurations written
 * for this machine (interface eth0, scripts in /usr/bin, script_user root) are changed one edit at a
 * time by a seeded generator, so every run checks the same files. keepalived labels each mutant;
 * we must report an error on the line it names exactly when it rejects the mutant. Same figures as
 * the corpus test; the floors are ratchets on what is reached (100% at the default scale; set
 * KEEPALIVED_MUTANTS_SCALE=14 to explore ~3000 mutants, where the one known miss is a CPU number).
 * Messages about this machine (interfaces, CPUs, users, programs it lacks) do not count.
 */
const missing = binaryMissing('keepalived');
const PRECISION_FLOOR = Number(process.env.KEEPALIVED_MUTANT_PRECISION_FLOOR ?? 1);
const RECALL_FLOOR = Number(process.env.KEEPALIVED_MUTANT_RECALL_FLOOR ?? 1);
/** keepalived -t takes ~30 ms; a mutant that hangs is cut off here and left out. */
const TIMEOUT_MS = 3000;
const CONCURRENCY = 8;
/** More mutants per kind for exploring (the floors hold for the default scale). */
const SCALE = Number(process.env.KEEPALIVED_MUTANTS_SCALE ?? 2);
const MACHINE = {
  // The interfaces of this machine (also those down, which os.networkInterfaces() leaves out).
  interfaces: new Set(existsSync('/sys/class/net') ? readdirSync('/sys/class/net') : Object.keys(networkInterfaces())),
  cpus: cpus().length,
  hasProgram: (program: string): boolean =>
    program.startsWith('/') ? existsSync(program) : ['/usr/sbin', '/usr/bin', '/sbin', '/bin'].some((dir) => existsSync(path.join(dir, program))),
};

const lines = (...content: string[]): string => `${content.join('\n')}\n`;

/** Valid on this machine: each passes `keepalived -t` with exit status 0 (asserted below). */
const BASES: Record<string, string> = {
  'vrrp-master': lines(
    'global_defs {',
    '    router_id lb1',
    '    notification_email {',
    '        ops@example.com',
    '    }',
    '    notification_email_from keepalived@example.com',
    '    smtp_server 127.0.0.1',
    '    smtp_connect_timeout 30',
    '    enable_script_security',
    '    script_user root',
    '    vrrp_garp_master_delay 5',
    '}',
    '',
    'vrrp_script chk_haproxy {',
    '    script "/usr/bin/killall -0 haproxy"',
    '    interval 2',
    '    timeout 3',
    '    fall 2',
    '    rise 2',
    '    weight -20',
    '}',
    '',
    'vrrp_instance VI_1 {',
    '    state MASTER',
    '    interface eth0',
    '    virtual_router_id 51',
    '    priority 150',
    '    advert_int 1',
    '    garp_master_delay 2',
    '    authentication {',
    '        auth_type PASS',
    '        auth_pass s3cret',
    '    }',
    '    virtual_ipaddress {',
    '        192.168.10.100/24 dev eth0 label eth0:vip',
    '        192.168.10.101/24',
    '    }',
    '    track_script {',
    '        chk_haproxy',
    '    }',
    '    notify_master "/usr/bin/true master"',
    '    notify_backup "/usr/bin/true backup"',
    '}',
  ),
  'vrrp-backup-unicast': lines(
    'global_defs {',
    '    router_id lb2',
    '    enable_script_security',
    '    script_user root',
    '}',
    '',
    'vrrp_track_process track_haproxy {',
    '    process haproxy',
    '    quorum 1',
    '    delay 2',
    '    weight -30',
    '}',
    '',
    'track_file maintenance {',
    '    file /run/keepalived-maintenance',
    '    weight -100',
    '    init_file 0 overwrite',
    '}',
    '',
    'vrrp_instance VI_2 {',
    '    state BACKUP',
    '    nopreempt',
    '    interface eth0',
    '    virtual_router_id 52',
    '    priority 100',
    '    advert_int 2',
    '    unicast_src_ip 192.0.2.2',
    '    unicast_peer {',
    '        192.0.2.3',
    '        192.0.2.4',
    '    }',
    '    virtual_ipaddress {',
    '        192.0.2.100/24',
    '    }',
    '    virtual_ipaddress_excluded {',
    '        192.0.2.200/24',
    '    }',
    '    track_process {',
    '        track_haproxy',
    '    }',
    '    track_file {',
    '        maintenance weight 10',
    '    }',
    '    track_interface {',
    '        ifb0 weight -10',
    '    }',
    '    notify "/usr/bin/true notify"',
    '}',
  ),
  'sync-group': lines(
    'global_defs {',
    '    enable_script_security',
    '    script_user root',
    '    vrrp_version 2',
    '}',
    '',
    'vrrp_sync_group VG_1 {',
    '    group {',
    '        VI_EXT',
    '        VI_INT',
    '    }',
    '    notify_master "/usr/bin/true master"',
    '    notify_fault "/usr/bin/true fault"',
    '}',
    '',
    'vrrp_instance VI_EXT {',
    '    state BACKUP',
    '    interface eth0',
    '    virtual_router_id 61',
    '    priority 120',
    '    advert_int 1',
    '    preempt_delay 10',
    '    virtual_ipaddress {',
    '        203.0.113.10/24',
    '    }',
    '}',
    '',
    'vrrp_instance VI_INT {',
    '    state BACKUP',
    '    interface eth0',
    '    virtual_router_id 62',
    '    priority 120',
    '    advert_int 1',
    '    virtual_ipaddress {',
    '        10.20.0.1/16',
    '    }',
    '    virtual_routes {',
    '        10.30.0.0/16 via 10.20.0.254 dev eth0',
    '    }',
    '}',
  ),
  lvs: lines(
    'global_defs {',
    '    router_id lvs1',
    '    enable_script_security',
    '    script_user root',
    '}',
    '',
    'virtual_server_group web_vips {',
    '    10.10.10.10 80',
    '    10.10.10.11 80',
    '}',
    '',
    'virtual_server group web_vips {',
    '    delay_loop 6',
    '    lb_algo wrr',
    '    lb_kind DR',
    '    protocol TCP',
    '    persistence_timeout 300',
    '',
    '    real_server 10.10.20.1 80 {',
    '        weight 2',
    '        HTTP_GET {',
    '            url {',
    '                path /health',
    '                status_code 200',
    '            }',
    '            connect_timeout 3',
    '            retry 3',
    '            delay_before_retry 2',
    '        }',
    '    }',
    '    real_server 10.10.20.2 80 {',
    '        weight 1',
    '        TCP_CHECK {',
    '            connect_port 80',
    '            connect_timeout 5',
    '        }',
    '    }',
    '}',
    '',
    'virtual_server 10.10.10.12 443 {',
    '    delay_loop 10',
    '    lb_algo rr',
    '    lb_kind NAT',
    '    protocol TCP',
    '    sorry_server 10.10.20.9 443',
    '',
    '    real_server 10.10.20.3 443 {',
    '        weight 1',
    '        SSL_GET {',
    '            url {',
    '                path /',
    '                digest 9b3a0c85a887a256d6939da88aabd8cd',
    '            }',
    '            connect_timeout 3',
    '        }',
    '    }',
    '    real_server 10.10.20.4 443 {',
    '        weight 1',
    '        inhibit_on_failure',
    '        MISC_CHECK {',
    '            misc_path "/usr/bin/true 10.10.20.4"',
    '            misc_timeout 5',
    '        }',
    '    }',
    '}',
  ),
  'ipv6-v3': lines(
    'global_defs {',
    '    router_id lb6',
    '    vrrp_version 3',
    '}',
    '',
    'vrrp_instance VI_6 {',
    '    state BACKUP',
    '    interface eth0',
    '    virtual_router_id 66',
    '    priority 90',
    '    advert_int 0.5',
    '    virtual_ipaddress {',
    '        fe80::66/64',
    '        fd00::66/64',
    '    }',
    '}',
    '',
    'vrrp_instance VI_4 {',
    '    state BACKUP',
    '    interface eth0',
    '    virtual_router_id 66',
    '    priority 90',
    '    advert_int 1',
    '    version 3',
    '    virtual_ipaddress {',
    '        192.0.2.66/24',
    '    }',
    '}',
  ),
  params: lines(
    '$IFACE=eth0',
    '$VRID=71',
    '$PRIO=110',
    '',
    'global_defs {',
    '@vm router_id vm_node',
    '@^vm router_id other_node',
    '}',
    '',
    'vrrp_instance VI_P {',
    '    state BACKUP',
    '    interface $IFACE',
    '    virtual_router_id $VRID',
    '@vm priority $PRIO',
    '@other priority 90',
    '    virtual_ipaddress {',
    '        198.51.100.7/24 dev $IFACE',
    '    }',
    '}',
  ),
  bfd: lines(
    'bfd_instance gw_link {',
    '    neighbor_ip 192.0.2.1',
    '    source_ip 192.0.2.2',
    '    min_rx 50',
    '    min_tx 50',
    '    multiplier 3',
    '}',
    '',
    'vrrp_instance VI_B {',
    '    state BACKUP',
    '    interface eth0',
    '    virtual_router_id 81',
    '    priority 100',
    '    virtual_ipaddress {',
    '        192.0.2.81/24',
    '    }',
    '    track_bfd {',
    '        gw_link weight -50',
    '    }',
    '}',
  ),
};

/** A statement of a base, by line (1-based), with the keywords of the blocks around it. */
interface Line {
  line: number;
  indent: string;
  keyword: string;
  args: string[];
  parents: string[];
  block: boolean;
  /** Inside a value block (an address, a tracked name...). */
  entry: boolean;
  /** For a block: the line of its closing brace. */
  closeLine?: number;
}

const VALUE_BLOCKS = new Set([
  'virtual_ipaddress', 'virtual_ipaddress_excluded', 'unicast_peer', 'track_script', 'track_file', 'track_process', 'track_interface', 'track_bfd',
  'notification_email', 'group', 'virtual_routes', 'virtual_rules', 'virtual_server_group', 'static_ipaddress',
]);

function readLines(text: string): Line[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => lineStarts.filter((s) => s <= offset).length;
  const out: Line[] = [];
  const walk = (statements: readonly KStatement[], parents: string[]): void => {
    for (const s of statements) {
      const line = lineOf(s.keyword.start);
      const raw = text.slice(lineStarts[line - 1], s.keyword.start);
      const parent = parents[parents.length - 1];
      const entry = parent !== undefined && VALUE_BLOCKS.has(parent) && !(parent === 'track_file' && parents.length === 1);
      out.push({
        line,
        indent: /^[ \t]*$/.test(raw) ? raw : '    ',
        keyword: s.keyword.raw,
        args: s.args.map((a) => a.raw),
        parents,
        block: s.block !== undefined,
        entry,
        closeLine: s.block?.close ? lineOf(s.block.close.start) : undefined,
      });
      if (s.block) walk(s.block.statements, [...parents, s.keyword.raw]);
    }
  };
  walk(parseKeepalived(text).model.statements, []);
  return out;
}

type Kind =
  | 'keyword-typo'
  | 'wrong-block'
  | 'bad-value'
  | 'missing-value'
  | 'extra-value'
  | 'undefined-reference'
  | 'drop-line'
  | 'duplicate'
  | 'insert-setting'
  | 'catalogue-keyword';

interface Mutant {
  base: string;
  kind: Kind;
  text: string;
  line: number;
  edited: string;
}

const BUDGET: Record<Kind, number> = {
  'keyword-typo': 6,
  'wrong-block': 6,
  'bad-value': 12,
  'missing-value': 5,
  'extra-value': 4,
  'undefined-reference': 3,
  'drop-line': 8,
  duplicate: 5,
  'insert-setting': 12,
  'catalogue-keyword': 16,
};

/** A plausible value for a keyword from what the facts know of it (right or wrong: keepalived decides). */
function guessValue(keyword: KeepalivedKeyword, random: SeededRandom): string {
  const values = keyword.fact.values;
  if (!values || values.args === 0) return '';
  const options: string[] = [];
  if (values.enum) options.push(...values.enum);
  if (values.bool) options.push('true', 'off');
  if (values.min !== undefined) options.push(String(values.min), String(values.min - 1));
  if (values.max !== undefined) options.push(String(values.max), String(values.max + 1));
  if (values.words) options.push(values.words[0]!);
  options.push('192.0.2.9', 'eth0', '/usr/bin/true', '5', 'word');
  return random.pick(options);
}

function badValues(line: Line): string[] {
  const value = line.args[0] ?? '';
  if (line.entry) {
    if (/^\d+\.\d+\.\d+\.\d+(\/\d+)?$/.test(line.keyword)) return ['192.168.10.300/24', '10.0.0.1/33', '10.0.0.1/24x', '10.0.0', '10.0.0.1/255.255.255.0'];
    if (line.keyword.includes(':')) return ['fe80::zz/64', 'fd00::1/129'];
    return [];
  }
  if (/^-?\d+$/.test(value)) return ['-1', '0', '256', '99999999999', '1.5', 'abc'];
  if (/^\d+\.\d+$/.test(value)) return ['0', '-1', '1.1234567', 'abc'];
  if (/^\d+\.\d+\.\d+\.\d+$/.test(value)) return ['10.0.0.300', '10.0.0', 'localhost'];
  if (/^[A-Z]+$/.test(value)) return [value.toLowerCase(), 'FOO'];
  if (['rr', 'wrr', 'lc'].includes(value)) return ['RR', 'roundrobin'];
  return [];
}

const REFERENCE_BLOCKS = new Set(['track_script', 'track_file', 'track_process', 'track_bfd', 'group']);

const SETTINGS: Record<string, string[]> = {
  vrrp_instance: [
    'nopreempt', 'preempt_delay 10', 'advert_int 0.5', 'advert_int 1.5', 'version 3', 'priority 255', 'state MASTER', 'state BACKUP', 'unicast_ttl 5',
    'strict_mode', 'native_ipv6', 'vmac_xmit_base', 'garp_master_repeat 0', 'dont_track_primary', 'debug 2', 'lvs_sync_daemon_interface eth0',
    'authentication {\n        auth_type AH\n        auth_pass secret\n    }', 'authentication {\n        auth_type PASS\n        auth_pass longerthan8\n    }',
    'track_interface {\n        eth0\n    }', 'virtual_routes {\n        10.99.0.0/16 via 192.0.2.254\n    }', 'use_vmac', 'smtp_alert', 'mcast_src_ip 192.0.2.2',
    'check_unicast_src', 'accept', 'no_accept',
  ],
  global_defs: ['vrrp_strict', 'vrrp_version 3', 'enable_script_security', 'script_user root', 'vrrp_garp_interval 0', 'smtp_connect_timeout 0', 'max_auto_priority', 'lvs_flush', 'vrrp_mcast_group4 10.0.0.1', 'notification_email {\n    }', 'checker_rt_priority 0'],
  virtual_server: ['sh-port', 'ops', 'sorry_server_inhibit', 'hashed', 'persistence_granularity 24', 'quorum 0', 'hysteresis 1', 'alpha', 'omega', 'protocol UDP'],
  real_server: ['weight 0', 'inhibit_on_failure', 'notify_up /usr/bin/true', 'alpha yes', 'retry 0'],
  vrrp_script: ['interval 0', 'user root', 'init_fail', 'weight 300', 'weight -10 reverse'],
  bfd_instance: ['idle_tx 1000', 'passive', 'ttl 0', 'max_hops -1'],
};

/** Every candidate of one kind, as a function making the mutant (so that sampling is cheap). */
function candidates(kind: Kind, base: string, text: string, shape: Line[], random: SeededRandom): Array<() => Omit<Mutant, 'base' | 'kind'>> {
  const rows = text.slice(0, -1).split('\n');
  const replace = (line: Line, edited: string) => () => {
    const copy = [...rows];
    copy[line.line - 1] = line.indent + edited;
    return { text: `${copy.join('\n')}\n`, line: line.line, edited };
  };
  const insertAfter = (at: number, inserted: string) => () => {
    const copy = [...rows];
    copy.splice(at, 0, ...inserted.split('\n'));
    return { text: `${copy.join('\n')}\n`, line: at + 1, edited: inserted.split('\n')[0]!.trim() };
  };
  const out: Array<() => Omit<Mutant, 'base' | 'kind'>> = [];
  const plain = shape.filter((l) => !l.block && !l.entry && !l.keyword.startsWith('$') && !rows[l.line - 1]!.trimStart().startsWith('@'));
  const blocks = shape.filter((l) => l.block && !l.entry && l.closeLine !== undefined);
  switch (kind) {
    case 'keyword-typo':
      for (const l of shape.filter((l) => !l.entry && !rows[l.line - 1]!.trimStart().startsWith('@'))) {
        out.push(replace(l, [typo(l.keyword, random), ...l.args, ...(l.block && rows[l.line - 1]!.trimEnd().endsWith('{') ? ['{'] : [])].join(' ')));
      }
      break;
    case 'wrong-block':
      for (const l of plain) {
        for (const target of blocks) {
          if (target.keyword === l.parents[l.parents.length - 1] || VALUE_BLOCKS.has(target.keyword)) continue;
          out.push(insertAfter(target.line, `    ${[l.keyword, ...l.args].join(' ')}`));
        }
      }
      break;
    case 'bad-value':
      for (const l of shape) {
        if (l.block) continue;
        for (const bad of badValues(l)) out.push(replace(l, l.entry ? [bad, ...l.args].join(' ') : [l.keyword, bad, ...l.args.slice(1)].join(' ')));
      }
      break;
    case 'missing-value':
      for (const l of plain) if (l.args.length > 0) out.push(replace(l, l.keyword));
      break;
    case 'extra-value':
      for (const l of plain) out.push(replace(l, [l.keyword, ...l.args, 'extra'].join(' ')));
      break;
    case 'undefined-reference':
      for (const l of shape) {
        if (l.entry && REFERENCE_BLOCKS.has(l.parents[l.parents.length - 1] ?? '')) out.push(replace(l, [`${l.keyword}_x`, ...l.args].join(' ')));
        if (l.keyword === 'virtual_server' && l.args[0] === 'group') out.push(replace(l, ['virtual_server', 'group', 'nosuch', '{'].join(' ')));
      }
      break;
    case 'drop-line':
      for (const l of shape) {
        if (l.block) continue;
        out.push(() => {
          const copy = [...rows];
          copy.splice(l.line - 1, 1);
          return { text: `${copy.join('\n')}\n`, line: l.line, edited: `(removed) ${[l.keyword, ...l.args].join(' ')}` };
        });
      }
      break;
    case 'duplicate':
      for (const l of shape.filter((l) => !l.block)) out.push(insertAfter(l.line, rows[l.line - 1]!));
      for (const b of blocks.filter((b) => b.parents.length === 0)) {
        const block = rows.slice(b.line - 1, b.closeLine);
        out.push(insertAfter(rows.length, ['', ...block].join('\n')));
        if (b.keyword === 'vrrp_instance') {
          const renamed = [block[0]!.replace(b.args[0]!, `${b.args[0]}_copy`), ...block.slice(1)];
          out.push(insertAfter(rows.length, ['', ...renamed].join('\n')));
        }
      }
      break;
    case 'catalogue-keyword':
      for (const b of blocks) {
        const keyword = lookupKeyword([...b.parents, b.keyword]);
        if (!keyword || keyword.fact.valueBlock) continue;
        for (const child of keyword.children.values()) {
          if (child.fact.block || availabilityAt(child.fact, '2.2.7').state !== 'available') continue;
          const value = guessValue(child, random);
          out.push(insertAfter(b.line, `${b.indent}    ${child.name}${value ? ` ${value}` : ''}`));
        }
      }
      break;
    case 'insert-setting':
      for (const b of blocks) {
        for (const setting of SETTINGS[b.keyword] ?? []) out.push(insertAfter(b.line, `${b.indent}    ${setting.replace(/\n/g, `\n${b.indent}`)}`));
      }
      break;
  }
  return out;
}

function mutate(base: string, text: string): Mutant[] {
  const random = new SeededRandom(seedOf(base));
  const shape = readLines(text);
  const seen = new Set([text]);
  const mutants: Mutant[] = [];
  for (const kind of Object.keys(BUDGET) as Kind[]) {
    for (const make of random.shuffle(candidates(kind, base, text, shape, random)).slice(0, BUDGET[kind] * SCALE * 3)) {
      if (mutants.filter((m) => m.kind === kind && m.base === base).length >= BUDGET[kind] * SCALE) break;
      const mutant = { base, kind, ...make() };
      if (seen.has(mutant.text)) continue;
      seen.add(mutant.text);
      mutants.push(mutant);
    }
  }
  return mutants;
}

interface Label {
  /** The exit status; null when keepalived was stopped (`hung`) or killed by a signal (`signal`). */
  rc: number | null;
  output: string;
  hung?: boolean;
  signal?: string;
}

function runKeepalived(dir: string, file: string): Promise<Label> {
  return new Promise((resolve) => {
    // setsid: keepalived -t may signal its own process group (2.2.7 does when it drops privileges).
    execFile('setsid', ['-w', 'keepalived', '-t', '-f', file], { cwd: dir, timeout: TIMEOUT_MS, env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C' } }, (error, stdout, stderr) => {
      const output = `${stdout}\n${stderr}`;
      if (!error) return resolve({ rc: 0, output });
      if (error.killed) return resolve({ rc: null, output, hung: true });
      // setsid -w passes the status on; a crash of keepalived shows as 128 + signal.
      const rc = typeof error.code === 'number' ? error.code : null;
      const signal = error.signal ?? (rc !== null && rc > 128 ? `signal ${rc - 128}` : undefined);
      resolve({ rc: signal ? null : rc, output, ...(signal ? { signal } : {}) });
    });
  });
}

async function label(dir: string, texts: string[]): Promise<Label[]> {
  const labels: Label[] = new Array(texts.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < texts.length) {
      const i = next++;
      const file = `mutant-${i}.conf`;
      writeFileSync(path.join(dir, file), texts[i]!);
      labels[i] = await runKeepalived(dir, file);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return labels;
}

interface Verdict {
  mutant: Mutant;
  accepted: boolean;
  excluded?: string;
  namedLines: number[];
  firstMessage: string;
  ourErrors: Array<{ line: number; code: string; message: string }>;
}

function judge(mutant: Mutant, result: Label): Verdict {
  const messages = readCheckerOutput(result.output, MACHINE);
  const text = mutant.text;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => lineStarts.filter((s) => s <= offset).length;
  const { model, errors } = parseKeepalived(text);
  const problems = [...errors, ...validateKeepalived(model, text, { version: '2.2.7', configId: 'vm' })];
  const ourErrors = problems.filter(failsKeepalivedTest).map((p) => ({ line: lineOf(p.start), code: p.code, message: p.message }));
  const relevant = messages.filter((m) => !m.environment);
  // A crash is a rejection (keepalived cannot load the file); a hang says nothing either way.
  const accepted = result.rc === 0;
  let excluded: string | undefined;
  if (result.hung) excluded = `keepalived -t did not finish in ${TIMEOUT_MS} ms (a keepalived 2.2.7 bug)`;
  else if (!accepted && !result.signal && relevant.length === 0) excluded = [...new Set(messages.map((m) => m.environment ?? 'no message'))].join('; ');
  else if (accepted && acceptedForMissingScripts(problems, MACHINE)) excluded = 'accepted only because its scripts do not exist on this machine';
  const headers = linesOfBlocksClosedOn(model.statements, lineOf);
  const namedLines = relevant.flatMap((m) => (m.line === undefined ? [] : [m.line, ...(headers.get(m.line) ?? [])]));
  const firstMessage = result.signal ? `crashed (${result.signal})` : relevant[0]?.text ?? '';
  return { mutant, accepted, excluded, namedLines, firstMessage, ourErrors };
}

describe('keepalived checker against the real keepalived -t on mutated configurations', { skip: missing ?? false }, () => {
  const dir = missing ? '' : mkdtempSync(path.join(tmpdir(), 'keepalived-mutants-'));
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the base configurations are valid for keepalived and for us', async () => {
    const names = Object.keys(BASES);
    const labels = await label(dir, names.map((n) => BASES[n]!));
    names.forEach((name, i) => {
      assert.equal(labels[i]!.rc, 0, `${name}: keepalived -t says\n${labels[i]!.output}`);
      const { model, errors } = parseKeepalived(BASES[name]!);
      const ours = [...errors, ...validateKeepalived(model, BASES[name]!, { version: '2.2.7', configId: 'vm' })].filter(failsKeepalivedTest);
      assert.deepEqual(ours.map((p) => `${p.code}: ${p.message}`), [], name);
    });
  });

  it('reaches the precision and recall floors on mutants, and prints every disagreement', async () => {
    const mutants = Object.entries(BASES).flatMap(([name, text]) => mutate(name, text));
    const labels = await label(dir, mutants.map((m) => m.text));
    const verdicts = mutants.map((m, i) => judge(m, labels[i]!));
    const excluded = verdicts.filter((v) => v.excluded);
    const accepted = verdicts.filter((v) => v.accepted && !v.excluded);
    const rejected = verdicts.filter((v) => !v.accepted && !v.excluded);
    const falseAlarms = accepted.filter((v) => v.ourErrors.length > 0);
    const caught = rejected.filter((v) => v.ourErrors.some((e) => v.namedLines.length === 0 || v.namedLines.includes(e.line)));
    const missed = rejected.filter((v) => !caught.includes(v));
    const precision = accepted.length === 0 ? 1 : (accepted.length - falseAlarms.length) / accepted.length;
    const recall = rejected.length === 0 ? 1 : caught.length / rejected.length;

    const report = [
      `keepalived mutants: ${mutants.length}; ${accepted.length} accepted by keepalived -t, ${rejected.length} rejected, ${excluded.length} left out`,
      `precision ${(precision * 100).toFixed(1)}% (${accepted.length - falseAlarms.length}/${accepted.length}), recall ${(recall * 100).toFixed(1)}% (${caught.length}/${rejected.length})`,
    ];
    const where = (v: Verdict): string => `${v.mutant.base} ${v.mutant.kind} line ${v.mutant.line} '${v.mutant.edited}'`;
    for (const v of falseAlarms) report.push(`  false alarm ${where(v)}: we said line ${v.ourErrors[0]!.line} ${v.ourErrors[0]!.code}: ${v.ourErrors[0]!.message}`);
    for (const v of missed) {
      report.push(`  missed ${where(v)}: keepalived: ${v.firstMessage}${v.ourErrors[0] ? ` (we said line ${v.ourErrors[0].line} ${v.ourErrors[0].code}: ${v.ourErrors[0].message})` : ''}`);
    }
    const reasons = new Map<string, number>();
    for (const v of excluded) reasons.set(v.excluded!, (reasons.get(v.excluded!) ?? 0) + 1);
    for (const [reason, count] of reasons) report.push(`  left out (${count}): ${reason}`);
    console.log(report.join('\n'));

    assert.ok(precision >= PRECISION_FLOOR, `precision ${precision.toFixed(3)} fell below ${PRECISION_FLOOR}`);
    assert.ok(recall >= RECALL_FLOOR, `recall ${recall.toFixed(3)} fell below ${RECALL_FLOOR}`);
  });
});
