import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyScript } from '../../server/src/cluster/index.js';
import {
  applyFix,
  assertAt,
  assertCodes,
  edit,
  MANIFEST,
  problemsOf,
  relatedTexts,
  seedFiles,
  SERVER1,
  SERVER2,
  single,
  type Files,
} from './helpers.js';

const WEIGHT = '    weight 2\n}';
const COMMAND = '"/usr/bin/killall -0 haproxy"';

describe('cluster: failover really happens when haproxy dies', () => {
  it('reports 150/100 with weight 2 on the MASTER\'s priority, fixed by a priority inside the weight', () => {
    const files = seedFiles();
    const [range] = edit(files, SERVER1, 'priority 101 ', 'priority «150» ');
    const problems = problemsOf(files);
    assertCodes(problems, ['ha-cluster/no-failover']);
    const problem = single(problems, 'ha-cluster/no-failover');
    assertAt(problem, SERVER1, range!);
    assert.match(problem.message, /priority 152 becomes 150, which still beats server2's 102/);
    assert.match(problem.message, /weight \(2\) must be larger than the priority gap \(50\)/);
    assert.deepEqual(relatedTexts(files, problem), [
      [SERVER2, '100'],
      [SERVER1, '2'],
    ]);
    assert.equal(problem.fixes?.[0]?.title, 'Use priority 101');
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('reports a tie (weight 1 against a gap of 1)', () => {
    const files = seedFiles();
    edit(files, SERVER1, WEIGHT, '    weight 1\n}');
    edit(files, SERVER2, WEIGHT, '    weight 1\n}');
    const problem = single(problemsOf(files), 'ha-cluster/no-failover');
    assert.equal(problem.path, SERVER1);
    assert.match(problem.message, /becomes 101, the same as server2's 101: a tie is decided by the higher IP address/);
  });

  it('reports a negative weight too small for the gap on the weight, fixed by a larger one', () => {
    const files = seedFiles();
    edit(files, SERVER1, 'priority 101 ', 'priority 150 ');
    const [range] = edit(files, SERVER1, WEIGHT, '    weight «-20»\n}');
    edit(files, SERVER2, WEIGHT, '    weight -20\n}');
    const problem = single(problemsOf(files), 'ha-cluster/no-failover');
    assertAt(problem, SERVER1, range!);
    assert.match(problem.message, /priority 150 becomes 130, which still beats server2's 100/);
    assert.equal(problem.fixes?.[0]?.title, 'Use weight -51');
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('uses the weight a track_script entry gives, over the vrrp_script\'s', () => {
    const files = seedFiles();
    edit(files, SERVER1, 'priority 101 ', 'priority 150 ');
    const [range] = edit(files, SERVER1, '    track_script {\n        chk_haproxy\n', '    track_script {\n        chk_haproxy weight «-60»\n');
    const problems = problemsOf(files);
    assertCodes(problems, []);
    assert.ok(range);

    const weak = seedFiles();
    edit(weak, SERVER1, 'priority 101 ', 'priority 150 ');
    const [weakRange] = edit(weak, SERVER1, '    track_script {\n        chk_haproxy\n', '    track_script {\n        chk_haproxy weight «-10»\n');
    const problem = single(problemsOf(weak), 'ha-cluster/no-failover');
    assertAt(problem, SERVER1, weakRange!);
  });

  it('accepts weight 0: a failing check puts the MASTER into FAULT', () => {
    const files = seedFiles();
    edit(files, SERVER1, 'priority 101 ', 'priority 150 ');
    edit(files, SERVER1, WEIGHT, '    weight 0\n}');
    edit(files, SERVER2, WEIGHT, '    weight 0\n}');
    assertCodes(problemsOf(files), []);
  });

  it('reports nopreempt on the BACKUP with a weighted check: it never takes over', () => {
    const files = seedFiles();
    edit(files, SERVER1, 'state MASTER', 'state BACKUP\n    nopreempt');
    edit(files, SERVER2, 'state BACKUP', 'state BACKUP\n    nopreempt');
    const problem = single(problemsOf(files), 'ha-cluster/no-failover');
    assert.equal(problem.path, SERVER1);
    assert.equal(files[SERVER1]!.slice(problem.start, problem.end), '2');
    assert.match(problem.message, /server2 has nopreempt and never takes over from a running MASTER/);
    assert.equal(problem.fixes?.[0]?.edits[0]?.newText, '0');
  });
});

describe('cluster: a tracked script checks haproxy', () => {
  it('reports a track script that checks another process, on track_script', () => {
    const files = seedFiles();
    edit(files, SERVER2, COMMAND, '"/usr/bin/killall -0 nginx"');
    const [range] = edit(files, SERVER2, '    track_script {', '    «track_script» {');
    const problem = single(problemsOf(files), 'ha-cluster/no-haproxy-check');
    assertAt(problem, SERVER2, range!);
    assert.deepEqual(relatedTexts(files, problem), [[SERVER2, '"/usr/bin/killall -0 nginx"']]);
    assert.match(relatedTexts(files, problem).length ? problem.related![0]!.message : '', /checks killall -0 nginx/);
  });

  it('reports an instance tracking nothing, and tracks the haproxy script the file defines', () => {
    const files = seedFiles();
    edit(files, SERVER1, '    track_script {\n        chk_haproxy\n    }\n', '');
    const problems = problemsOf(files);
    const problem = single(problems, 'ha-cluster/no-haproxy-check');
    assert.equal(problem.path, SERVER1);
    assert.equal(files[SERVER1]!.slice(problem.start, problem.end), 'VI_1');
    assert.equal(problem.fixes?.[0]?.title, 'Track chk_haproxy');
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('accepts a vrrp_track_process for haproxy', () => {
    const files = seedFiles();
    for (const file of [SERVER1, SERVER2]) {
      edit(files, file, 'vrrp_instance VI_1 {', 'vrrp_track_process haproxy_running {\n    process haproxy\n    weight 2\n}\n\nvrrp_instance VI_1 {');
      edit(files, file, '        chk_haproxy\n    }', '        chk_haproxy\n    }\n    track_process {\n        haproxy_running\n    }');
      edit(files, file, COMMAND, '"/usr/bin/killall -0 sshd"');
    }
    assertCodes(problemsOf(files), []);
  });

  it('classifies the usual check commands', () => {
    const ports = new Set(['80', '8404']);
    const cases: Array<[string, string]> = [
      ['killall -0 haproxy', 'haproxy'],
      ['/usr/bin/killall -0 haproxy', 'haproxy'],
      ['pidof haproxy', 'haproxy'],
      ['/usr/bin/pgrep -x haproxy', 'haproxy'],
      ['systemctl is-active --quiet haproxy', 'haproxy'],
      ['service haproxy status', 'haproxy'],
      ['/etc/init.d/haproxy status', 'haproxy'],
      ['curl -fs http://127.0.0.1:8404/stats', 'haproxy'],
      ['curl -fs http://localhost/', 'haproxy'],
      ['</dev/tcp/127.0.0.1/80', 'haproxy'],
      ['bash -c "pidof haproxy || exit 1"', 'haproxy'],
      ['ps aux | grep -q [h]aproxy', 'haproxy'],
      ['pkill -0 haproxy', 'haproxy'],
      ['killall -0 nginx', 'other'],
      ['curl -fs http://127.0.0.1:9000/', 'other'],
      ['/etc/keepalived/check_haproxy.sh', 'unknown'],
    ];
    for (const [command, kind] of cases) assert.equal(classifyScript(command, ports).kind, kind, command);
    assert.equal(classifyScript('/etc/keepalived/check_lb.sh', ports, '#!/bin/sh\npidof haproxy >/dev/null\n').kind, 'haproxy');
  });
});

describe('cluster: script files of the cluster', () => {
  const SCRIPT = '/etc/keepalived/check_haproxy.sh';
  const useScript = (files: Files): Array<{ start: number; end: number }> => {
    edit(files, SERVER2, COMMAND, `"${SCRIPT}"`);
    return edit(files, SERVER1, COMMAND, `«"${SCRIPT}"»`);
  };
  const mapScript = (files: Files, source: string): Array<{ start: number; end: number }> =>
    edit(files, MANIFEST, '"keepalived": "keepalived/server1.conf"', `"keepalived": "keepalived/server1.conf",\n      "scripts": [{ "source": «"${source}"», "target": "${SCRIPT}" }]`);

  it('says when a script file is not a file of the cluster (with a manifest)', () => {
    const files = seedFiles();
    const [range] = useScript(files);
    const problems = problemsOf(files).filter((p) => p.path === SERVER1);
    const problem = single(problems, 'ha-cluster/script-not-in-cluster');
    assertAt(problem, SERVER1, range!);
    assert.deepEqual(relatedTexts(files, problem), [[MANIFEST, '"server1"']]);
  });

  it('reads a script the manifest maps, and reports it when it checks something else', () => {
    const files = seedFiles();
    useScript(files);
    mapScript(files, 'scripts/check.sh');
    files['/seed/scripts/check.sh'] = '#!/bin/sh\npidof haproxy\n';
    assert.deepEqual(problemsOf(files).filter((p) => p.path === SERVER1), []);

    files['/seed/scripts/check.sh'] = '#!/bin/sh\npidof nginx\n';
    const problem = single(problemsOf(files), 'ha-cluster/no-haproxy-check');
    assert.equal(problem.path, SERVER1);
  });

  it('reports a mapped script whose file is missing, on the manifest', () => {
    const files = seedFiles();
    useScript(files);
    const [range] = mapScript(files, 'scripts/missing.sh');
    const problem = single(problemsOf(files), 'ha-cluster/missing-file');
    assertAt(problem, MANIFEST, range!);
  });
});

describe('cluster: tracking through a sync group', () => {
  it('counts the scripts a vrrp_sync_group tracks for its instances', () => {
    const files = seedFiles();
    for (const file of [SERVER1, SERVER2]) {
      edit(files, file, '    track_script {\n        chk_haproxy\n    }\n', '');
      edit(files, file, 'vrrp_instance VI_1 {', 'vrrp_sync_group G1 {\n    group {\n        VI_1\n    }\n    track_script {\n        chk_haproxy\n    }\n}\n\nvrrp_instance VI_1 {');
    }
    assertCodes(problemsOf(files), []);
  });
});
