import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import type { Problem } from '../../server/src/common/span.js';
import { keepalivedCheckCodes } from '../../server/src/keepalived/validate/codes.js';
import { applyEdits } from '../../server/src/features/codeActions.js';
import { findProblems } from '../../server/src/features/diagnostics.js';
import { parseKeepalived } from '../../server/src/keepalived/parser.js';
import { expandBraces, fileSystemIncludeResolver, type IncludeResolver } from '../../server/src/keepalived/validate/includes.js';
import { validateKeepalived, type KeepalivedCheckOptions } from '../../server/src/keepalived/validate/index.js';
import { analyze } from '../../server/src/service/analysis.js';
import { lines, parseMarked } from '../helpers/markers.js';

/** Scripts allowed, as on a real host. */
const SECURE = ['global_defs {', '    enable_script_security', '    script_user root', '}'];

/** A valid instance, with `extra` lines inserted before its closing brace. */
function instance(name: string, vrid: number, ...extra: string[]): string[] {
  return [
    `vrrp_instance ${name} {`,
    '    state BACKUP',
    '    interface eth0',
    `    virtual_router_id ${vrid}`,
    '    priority 100',
    '    virtual_ipaddress {',
    `        10.0.0.${vrid}/24`,
    '    }',
    ...extra,
    '}',
  ];
}

const SCRIPT = ['vrrp_script chk_haproxy {', '    script "/usr/bin/killall -0 haproxy"', '}'];

interface Case {
  name: string;
  config: string;
  /** The codes expected at the marked ranges, in document order. */
  codes: string[];
  options?: Partial<KeepalivedCheckOptions>;
  /** A piece the message of the first problem must contain. */
  message?: RegExp;
  /** The text after applying the first fix of the first problem (markers removed). */
  fixed?: string;
}

const cases: Case[] = [
  {
    name: 'unknown keyword, with a suggestion and a fix',
    config: lines(...instance('VI_1', 51, '    «priorty» 100')),
    codes: ['keepalived/unknown-keyword'],
    message: /unknown keyword 'priorty' in vrrp_instance; did you mean 'priority'/,
    fixed: lines(...instance('VI_1', 51, '    priority 100')),
  },
  {
    name: 'a global keyword inside an instance: says where it belongs',
    config: lines(...instance('VI_1', 51, '    «router_id» lb1')),
    codes: ['keepalived/wrong-block'],
    message: /'router_id' belongs in global_defs, not in vrrp_instance/,
  },
  {
    name: 'a keyword newer than the target release',
    config: lines('global_defs {', '    «vrrp_owner_ignore_adverts»', '}'),
    codes: ['keepalived/keyword-too-new'],
    options: { version: '2.2.7' },
    message: /needs keepalived 2\.3\.3 or newer/,
  },
  {
    name: 'the same keyword is fine for the default (newest) release',
    config: lines('global_defs {', '    vrrp_owner_ignore_adverts', '}'),
    codes: [],
  },
  {
    name: 'a deprecated block, renamed by the fix',
    config: lines('«vrrp_track_file» maintenance {', '    file /run/maintenance', '}'),
    codes: ['keepalived/deprecated-keyword'],
    message: /deprecated since keepalived 2\.1\.0; use 'track_file' instead/,
    fixed: lines('track_file maintenance {', '    file /run/maintenance', '}'),
  },
  {
    name: 'a missing value (keepalived stops reading there)',
    config: lines(...instance('VI_1', 51, '    advert_int«»')),
    codes: ['keepalived/missing-value'],
  },
  {
    name: 'an ignored value, removed by the fix',
    config: lines(...instance('VI_1', 51, '    nopreempt «now»')),
    codes: ['keepalived/extra-value'],
    fixed: lines(...instance('VI_1', 51, '    nopreempt')),
  },
  {
    name: 'values from the facts: ranges, enums, numbers',
    config: lines(
      'vrrp_instance VI_1 {',
      '    state «master»',
      '    interface eth0',
      '    virtual_router_id «256»',
      '    priority «0»',
      '    advert_int «1s»',
      '    authentication {',
      '        auth_type «pass»',
      '        auth_pass secret',
      '    }',
      '    virtual_ipaddress {',
      '        10.0.0.1/24',
      '    }',
      '}',
    ),
    codes: ['keepalived/invalid-value', 'keepalived/invalid-value', 'keepalived/invalid-value', 'keepalived/invalid-value', 'keepalived/invalid-value'],
    message: /'master' is not one of: MASTER, BACKUP/,
  },
  {
    name: 'addresses and prefixes of virtual addresses',
    config: lines('vrrp_instance VI_1 {', '    interface eth0', '    virtual_router_id 51', '    virtual_ipaddress {', '        «10.0.0.300/24»', '        «10.0.0.1/33»', '        «10.0.0.1/255.255.255.0»', '        10.0.0.2/24 dev eth0 «foo»', '    }', '}'),
    codes: ['keepalived/invalid-address', 'keepalived/invalid-address', 'keepalived/invalid-address', 'keepalived/unknown-option'],
  },
  {
    name: 'a virtual address without a prefix (info), made explicit by the fix',
    config: lines('vrrp_instance VI_1 {', '    interface eth0', '    virtual_router_id 51', '    virtual_ipaddress {', '        «10.0.0.10»', '    }', '}'),
    codes: ['keepalived/vip-without-prefix'],
    fixed: lines('vrrp_instance VI_1 {', '    interface eth0', '    virtual_router_id 51', '    virtual_ipaddress {', '        10.0.0.10/32', '    }', '}'),
  },
  {
    name: 'block shapes: a name, a block where one is needed, none where it is not',
    config: lines(...SECURE, '«vrrp_script» {', '    script /usr/bin/true', '}', ...instance('VI_1', 51, '    «authentication»', '    priority 100 «{»', '    }')),
    codes: ['keepalived/missing-name', 'keepalived/missing-block', 'keepalived/unexpected-block'],
  },
  {
    name: 'an empty notification_email block',
    config: lines('global_defs {', '    «notification_email» {', '    }', '}'),
    codes: ['keepalived/empty-block'],
  },
  {
    name: 'an instance without virtual_router_id; a vrrp_script without script; a virtual server without scheduler and real servers',
    config: lines(
      ...SECURE,
      '«vrrp_script chk» {',
      '    interval 2',
      '}',
      '«vrrp_instance VI_1» {',
      '    interface eth0',
      '    virtual_ipaddress {',
      '        10.0.0.1/24',
      '    }',
      '}',
      '««virtual_server 10.0.0.1 80»» {',
      '    lb_kind NAT',
      '    protocol TCP',
      '}',
    ),
    codes: ['keepalived/missing-required', 'keepalived/missing-required', 'keepalived/missing-required', 'keepalived/missing-required'],
    message: /vrrp_script chk has no script/,
  },
  {
    name: 'a tracked script that is not defined, with a suggestion and a fix',
    config: lines(...SECURE, ...SCRIPT, ...instance('VI_1', 51, '    track_script {', '        «chk_haproxi»', '    }')),
    codes: ['keepalived/undefined-reference'],
    message: /no vrrp_script named 'chk_haproxi'.*did you mean 'chk_haproxy'/,
    fixed: lines(...SECURE, ...SCRIPT, ...instance('VI_1', 51, '    track_script {', '        chk_haproxy', '    }')),
  },
  {
    name: 'track_file and track_process entries, and sync group members, must be defined',
    config: lines(
      ...instance('VI_1', 51, '    track_file {', '        «nofile»', '    }', '    track_process {', '        «noproc» weight 10', '    }'),
      ...instance('VI_2', 52),
      'vrrp_sync_group G {',
      '    group {',
      '        VI_1',
      '        VI_2',
      '        «VI_3»',
      '    }',
      '}',
    ),
    codes: ['keepalived/undefined-reference', 'keepalived/undefined-reference', 'keepalived/undefined-reference'],
  },
  {
    name: 'a virtual server group that is not defined (keepalived accepts it: warning)',
    config: lines(
      'virtual_server group «web»  {',
      '    lb_algo rr',
      '    lb_kind NAT',
      '    protocol TCP',
      '    real_server 10.0.1.1 80 {',
      '    }',
      '}',
    ),
    codes: ['keepalived/undefined-group'],
  },
  {
    name: 'duplicate instance names (refused) and script names (shadowed)',
    config: lines(...SECURE, ...SCRIPT, 'vrrp_script «chk_haproxy» {', '    script /usr/bin/true', '}', ...instance('VI_1', 51), ...instance('VI_1', 52).map((l, i) => (i === 0 ? 'vrrp_instance «VI_1» {' : l))),
    codes: ['keepalived/shadowed-definition', 'keepalived/duplicate-name'],
  },
  {
    name: 'two instances with the same virtual_router_id on one interface',
    config: lines(...instance('VI_1', 51), ...instance('VI_2', 51).map((l) => l.replace('10.0.0.51/24', '10.0.0.52/24').replace('virtual_router_id 51', 'virtual_router_id «51»'))),
    codes: ['keepalived/duplicate-vrid'],
  },
  {
    name: 'a notify script given twice',
    config: lines(...SECURE, ...instance('VI_1', 51, '    notify_master /usr/bin/true', '    «notify_master /usr/bin/false»')),
    codes: ['keepalived/duplicate-setting'],
  },
  {
    name: 'a sync group of one instance',
    config: lines(...instance('VI_1', 51), '«vrrp_sync_group G» {', '    group {', '        VI_1', '    }', '}'),
    codes: ['keepalived/sync-group'],
  },
  {
    name: "a sync-group member tracking a weighted script: keepalived ignores the weight (keepalived -t exits 5)",
    config: lines(
      ...SECURE,
      'vrrp_script chk_haproxy {', '    script "/usr/bin/killall -0 haproxy"', '    weight 2', '}',
      ...instance('VI_1', 51, '    track_script {', '        «chk_haproxy»', '    }'),
      ...instance('VI_2', 52, '    track_script {', '        chk_haproxy weight 0', '    }'),
      ...instance('VI_3', 53, '    track_script {', '        «chk_haproxy» weight -5', '    }'),
      'vrrp_sync_group G {', '    group {', '        VI_1', '        VI_2', '        VI_3', '    }', '}',
    ),
    codes: ['keepalived/sync-group-weight', 'keepalived/sync-group-weight'],
    message: /chk_haproxy: its vrrp_script has weight 2, but VI_1 is in sync group 'G', where keepalived ignores tracker weights/,
  },
  {
    name: 'sync_group_tracking_weight lets sync-group members keep their weights',
    config: lines(
      ...SECURE,
      'vrrp_script chk_haproxy {', '    script "/usr/bin/killall -0 haproxy"', '    weight 2', '}',
      ...instance('VI_1', 51, '    track_script {', '        chk_haproxy', '    }'),
      ...instance('VI_2', 52, '    track_script {', '        chk_haproxy', '    }'),
      'vrrp_sync_group G {', '    group {', '        VI_1', '        VI_2', '    }', '    sync_group_tracking_weight', '}',
    ),
    codes: [],
  },
  {
    name: "nopreempt with state MASTER; the fix makes it 'state BACKUP'",
    config: lines('vrrp_instance VI_1 {', '    state MASTER', '    interface eth0', '    virtual_router_id 51', '    priority 150', '    «nopreempt»', '    virtual_ipaddress {', '        10.0.0.1/24', '    }', '}'),
    codes: ['keepalived/conflicting-setting'],
    fixed: lines('vrrp_instance VI_1 {', '    state BACKUP', '    interface eth0', '    virtual_router_id 51', '    priority 150', '    nopreempt', '    virtual_ipaddress {', '        10.0.0.1/24', '    }', '}'),
  },
  {
    name: 'nopreempt without a state line is fine (the initial state defaults to BACKUP)',
    config: lines('vrrp_instance VI_1 {', '    interface eth0', '    virtual_router_id 51', '    priority 150', '    nopreempt', '    virtual_ipaddress {', '        10.0.0.1/24', '    }', '}'),
    codes: [],
  },
  {
    name: 'sub-second adverts need VRRPv3; VRRPv3 has no authentication',
    config: lines(
      ...instance('VI_1', 51, '    advert_int «0.5»'),
      ...instance('VI_2', 52, '    version 3', '    «authentication» {', '        auth_type PASS', '        auth_pass secret', '    }'),
    ),
    codes: ['keepalived/conflicting-setting', 'keepalived/conflicting-setting'],
  },
  {
    name: 'priority 255 is for the address owner',
    config: lines(...instance('VI_1', 51).map((l) => l.replace('priority 100', 'priority «255»'))),
    codes: ['keepalived/priority-owner'],
  },
  {
    name: 'auth_pass longer than 8 characters: warning with the truncated value, and a fix',
    config: lines(...instance('VI_1', 51, '    authentication {', '        auth_type PASS', '        auth_pass «secretpassword»', '    }')),
    codes: ['keepalived/auth-pass-truncated'],
    message: /'secretpa'/,
    fixed: lines(...instance('VI_1', 51, '    authentication {', '        auth_type PASS', '        auth_pass secretpa', '    }')),
  },
  {
    name: 'scripts without enable_script_security (keepalived -t exits 6); the fix adds it',
    config: lines('global_defs {', '    router_id lb1', '}', 'vrrp_script chk_haproxy {', '    «script» "/usr/bin/killall -0 haproxy"', '}', ...instance('VI_1', 51)),
    codes: ['keepalived/script-security'],
    fixed: lines('global_defs {', '    enable_script_security', '    router_id lb1', '}', ...SCRIPT, ...instance('VI_1', 51)),
  },
  {
    name: 'scripts with enable_script_security but no script_user',
    config: lines('global_defs {', '    «enable_script_security»', '}', ...SCRIPT, ...instance('VI_1', 51)),
    codes: ['keepalived/script-user'],
  },
  {
    name: 'a relative script path and shell syntax (no shell runs it)',
    config: lines(...SECURE, 'vrrp_script a {', '    script «"killall -0 haproxy"»', '}', 'vrrp_script b {', '    script «"/usr/bin/pgrep haproxy && /usr/bin/logger up"»', '}', 'vrrp_script c {', '    script "/bin/sh -c \'pgrep haproxy && logger up\'"', '}', ...instance('VI_1', 51)),
    codes: ['keepalived/script-path', 'keepalived/script-shell'],
  },
  {
    name: 'a suppression comment hides one code on one line',
    config: lines(...instance('VI_1', 51, '    # haproxy-keepalived: ignore keepalived/unknown-keyword', '    priorty 100')),
    codes: [],
  },
  {
    name: '$NAME parameters are substituted before checking; unknown ones are not checked',
    config: lines('$PRIO=300', ...instance('VI_1', 51, '    priority «$PRIO»', '    advert_int $UNDEFINED', '    garp_master_delay ${_RANDOM 1 5}')),
    codes: ['keepalived/invalid-value'],
    message: /'300' is out of range/,
  },
  {
    name: '@id lines, config id unknown: each is checked, none counts as a duplicate or conflict',
    config: lines('vrrp_instance VI_1 {', '@node1    state MASTER', '@node2    state BACKUP', '@node2    nopreempt', '    interface eth0', '    virtual_router_id 51', '@node1    priority «300»', '    virtual_ipaddress {', '        10.0.0.1/24', '    }', '}'),
    codes: ['keepalived/invalid-value'],
  },
  {
    name: '@id lines, config id known: lines for other ids are dropped as keepalived drops them',
    config: lines('«vrrp_instance VI_1» {', '    interface eth0', '@node2    virtual_router_id 51', '    virtual_ipaddress {', '        10.0.0.1/24', '    }', '}'),
    codes: ['keepalived/missing-required'],
    options: { configId: 'node1' },
  },
  {
    name: 'an include that cannot be read makes absences unknowable: no undefined reference',
    config: lines('include /etc/keepalived/scripts.conf', ...instance('VI_1', 51, '    track_script {', '        chk_haproxy', '    }')),
    codes: [],
  },
  {
    name: 'definitions from included files, resolved relative to the including file',
    config: lines('include conf.d/*.conf', ...instance('VI_1', 51, '    track_script {', '        chk_haproxy', '        «chk_nginx»', '    }')),
    codes: ['keepalived/undefined-reference'],
    options: {
      path: '/etc/keepalived/keepalived.conf',
      includes: (from, pattern) => (from === '/etc/keepalived/keepalived.conf' && pattern === 'conf.d/*.conf' ? [{ path: '/etc/keepalived/conf.d/scripts.conf', text: lines(...SECURE, ...SCRIPT) }] : []),
    },
  },
  {
    name: 'an include pattern that matches nothing',
    config: lines('include «conf.d/*.conf»', ...instance('VI_1', 51)),
    codes: ['keepalived/include-not-found'],
    options: { path: '/etc/keepalived/keepalived.conf', includes: () => [] },
  },
  {
    name: 'a clean two-node master configuration',
    config: lines(...SECURE, ...SCRIPT, ...instance('VI_1', 51, '    track_script {', '        chk_haproxy weight -20', '    }', '    notify_master "/usr/bin/systemctl start haproxy"')),
    codes: [],
  },
];

function check(config: string, options: Partial<KeepalivedCheckOptions> = {}): Problem[] {
  const { model } = parseKeepalived(config);
  return validateKeepalived(model, config, { version: '2.3.4', ...options });
}

describe('keepalived checks: codes and ranges', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const { text, ranges } = parseMarked(testCase.config);
      const analysis = analyze('keepalived', text);
      const viaService = testCase.options ? undefined : findProblems(analysis, { keepalivedVersion: '2.3.4' });
      const problems = (viaService ?? [...analysis.parse.errors, ...check(text, testCase.options)]).sort((a, b) => a.start - b.start || a.end - b.end);
      assert.equal(ranges.length, testCase.codes.length, 'each expected code needs a marked range');
      assert.deepEqual(
        problems.map((p) => ({ code: p.code, text: text.slice(p.start, p.end), start: p.start })),
        ranges.map((range, i) => ({ code: testCase.codes[i], text: text.slice(range.start, range.end), start: range.start })),
        problems.map((p) => `${p.code}: ${p.message}`).join('\n'),
      );
      assert.deepEqual(
        problems.map((p) => [p.start, p.end]),
        ranges.map((r) => [r.start, r.end]),
      );
      if (testCase.message) assert.match(problems[0]!.message, testCase.message);
      if (testCase.fixed !== undefined) {
        const fix = problems[0]!.fixes?.[0];
        assert.ok(fix, 'the first problem has no fix');
        const result = applyEdits(text, fix.edits);
        assert.equal(result, testCase.fixed);
        assert.ok(!check(result, testCase.options).some((p) => p.code === problems[0]!.code && p.start === problems[0]!.start), 'the fix did not remove the problem');
      }
    });
  }

  it('covers every code of the table (removed-keyword cannot occur: no keyword was removed from 2.0 to 2.3)', () => {
    const tested = new Set(cases.flatMap((c) => c.codes));
    const untested = Object.keys(keepalivedCheckCodes).filter((code) => !tested.has(code) && code !== 'keepalived/removed-keyword');
    assert.deepEqual(untested, []);
  });
});

describe('keepalived includes on the file system', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'keepalived-includes-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'conf.d'));
  mkdirSync(path.join(root, 'conf.d', 'sub.conf'));
  writeFileSync(path.join(root, 'keepalived.conf'), 'include conf.d/*.conf\n');
  writeFileSync(path.join(root, 'conf.d', 'b.conf'), 'vrrp_script b {\n    script /usr/bin/true\n}\n');
  writeFileSync(path.join(root, 'conf.d', 'a.conf'), 'vrrp_script a {\n    script /usr/bin/true\n}\n');
  writeFileSync(path.join(root, 'conf.d', '.hidden.conf'), '');
  writeFileSync(path.join(root, 'conf.d', 'run.conf'), '');
  chmodSync(path.join(root, 'conf.d', 'run.conf'), 0o755);
  writeFileSync(path.join(root, 'x1.conf'), '');
  writeFileSync(path.join(root, 'x2.conf'), '');
  const resolve: IncludeResolver = fileSystemIncludeResolver();
  const names = (pattern: string, from = path.join(root, 'keepalived.conf')): string[] => resolve(from, pattern).map((f) => path.relative(root, f.path));

  it('resolves a relative pattern from the including file’s folder, sorted, skipping hidden, executable and directory matches', () => {
    assert.deepEqual(names('conf.d/*.conf'), ['conf.d/a.conf', 'conf.d/b.conf']);
    assert.deepEqual(names('*.conf', path.join(root, 'conf.d', 'a.conf')), ['conf.d/a.conf', 'conf.d/b.conf']);
  });

  it('reads absolute patterns, braces (in alternative order), ? and [...]', () => {
    assert.deepEqual(names(path.join(root, 'conf.d', '{b,a}.conf')), ['conf.d/b.conf', 'conf.d/a.conf']);
    assert.deepEqual(names('x?.conf'), ['x1.conf', 'x2.conf']);
    assert.deepEqual(names('x[!1].conf'), ['x2.conf']);
    assert.deepEqual(names('nothing/*.conf'), []);
    assert.deepEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
  });

  it('lets the validator see what included files define', () => {
    const main = lines('include conf.d/*.conf', ...instance('VI_1', 51, '    track_script {', '        a', '        b', '        c', '    }'));
    const problems = check(main, { path: path.join(root, 'keepalived.conf'), includes: resolve }).filter((p) => p.code === 'keepalived/undefined-reference');
    assert.deepEqual(problems.map((p) => main.slice(p.start, p.end)), ['c']);
  });
});
