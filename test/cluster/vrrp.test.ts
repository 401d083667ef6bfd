import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyFix,
  assertAt,
  assertCodes,
  edit,
  problemsOf,
  relatedTexts,
  seedFiles,
  SERVER1,
  SERVER2,
  single,
} from './helpers.js';

describe('cluster: the seed cluster', () => {
  it('has no cluster problem, with the manifest', () => {
    assertCodes(problemsOf(seedFiles()), []);
  });

  it('has no cluster problem, without a manifest (folder scan)', () => {
    assertCodes(problemsOf(seedFiles({ manifest: false })), []);
  });
});

describe('cluster: VRRP instances of one virtual router agree', () => {
  it('reports a virtual_router_id that differs, on the BACKUP, with the fix', () => {
    const files = seedFiles();
    const [range] = edit(files, SERVER2, 'virtual_router_id 51', 'virtual_router_id «52»');
    const problems = problemsOf(files);
    assertCodes(problems, ['ha-cluster/vrid-mismatch']);
    const problem = single(problems, 'ha-cluster/vrid-mismatch');
    assertAt(problem, SERVER2, range!);
    assert.deepEqual(relatedTexts(files, problem), [[SERVER1, '51']]);
    assert.match(problem.message, /server1 serves the same VIPs with 51/);
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('reports a different VIP on the entry, and replaces it', () => {
    const files = seedFiles();
    const [range] = edit(files, SERVER2, '10.0.0.10/24 dev eth0', '«10.0.0.11/24» dev eth0');
    const problems = problemsOf(files);
    assertCodes(problems, ['ha-cluster/vip-mismatch']);
    const problem = single(problems, 'ha-cluster/vip-mismatch');
    assertAt(problem, SERVER2, range!);
    assert.deepEqual(relatedTexts(files, problem), [[SERVER1, '10.0.0.10/24']]);
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('a virtual_ipaddress block left open does not turn the next keywords into VIPs to compare', () => {
    const files = seedFiles();
    edit(files, SERVER2, '10.0.0.10/24 dev eth0 label eth0:1\n    }\n', '10.0.0.10/24 dev eth0 label eth0:1\n');
    assertCodes(problemsOf(files).filter((p) => p.code === 'ha-cluster/vip-mismatch'), []);
  });

  it('reports a VIP with another prefix', () => {
    const files = seedFiles();
    const [range] = edit(files, SERVER2, '10.0.0.10/24 dev eth0', '«10.0.0.10/16» dev eth0');
    const problem = single(problemsOf(files), 'ha-cluster/vip-mismatch');
    assertAt(problem, SERVER2, range!);
    assert.equal(problem.fixes?.[0]?.edits[0]?.newText, '10.0.0.10/24');
  });

  it('reports a VIP only one node has, and one a node lacks', () => {
    const files = seedFiles();
    const [extra] = edit(files, SERVER1, '        10.0.0.10/24 dev eth0 label eth0:1\n', '        10.0.0.10/24 dev eth0 label eth0:1\n        «10.0.0.20/24»\n');
    const problems = problemsOf(files);
    // server1 is the MASTER, so its list is the reference: server2 lacks 10.0.0.20.
    const problem = single(problems, 'ha-cluster/vip-mismatch');
    assert.equal(problem.path, SERVER2);
    assert.equal(files[SERVER2]!.slice(problem.start, problem.end), 'virtual_ipaddress');
    assert.deepEqual(relatedTexts(files, problem), [[SERVER1, '10.0.0.20/24']]);
    assert.ok(extra);
    const fixed = applyFix(files, problem);
    assert.match(fixed[SERVER2]!, /label eth0:1\n {8}10\.0\.0\.20\/24\n/);
    assertCodes(problemsOf(fixed), []);
  });

  it('reports an advert_int that differs', () => {
    const files = seedFiles();
    const [range] = edit(files, SERVER2, 'advert_int 1', 'advert_int «3»');
    const problem = single(problemsOf(files), 'ha-cluster/advert-int-mismatch');
    assertAt(problem, SERVER2, range!);
    assert.deepEqual(relatedTexts(files, problem), [[SERVER1, '1']]);
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('reports an auth_pass that differs, and ignores what keepalived ignores after 8 characters', () => {
    const files = seedFiles();
    const [range] = edit(files, SERVER2, 'auth_pass pi-vrrp1', 'auth_pass «pi-vrrp2»');
    const problem = single(problemsOf(files), 'ha-cluster/auth-mismatch');
    assertAt(problem, SERVER2, range!);
    assert.deepEqual(relatedTexts(files, problem), [[SERVER1, 'pi-vrrp1']]);
    assertCodes(problemsOf(applyFix(files, problem)), []);

    const longer = seedFiles();
    edit(longer, SERVER2, 'auth_pass pi-vrrp1', 'auth_pass pi-vrrp1-and-more');
    assertCodes(problemsOf(longer), []);
  });

  it('reports an auth_pass against a node whose authentication has none (found by fuzzing: it crashed)', () => {
    const files = seedFiles();
    edit(files, SERVER1, '        auth_pass pi-vrrp1  # at most 8 characters; the same on both nodes - change it\n', '');
    const problem = single(problemsOf(files), 'ha-cluster/auth-mismatch');
    assert.equal(problem.path, SERVER2);
    assert.equal(files[SERVER2]!.slice(problem.start, problem.end), 'pi-vrrp1');
    assert.deepEqual(relatedTexts(files, problem), [[SERVER1, 'authentication']]);
    assert.equal(problem.fixes, undefined, 'there is no password to copy');
  });

  it('reports a missing authentication block and copies it', () => {
    const files = seedFiles();
    edit(files, SERVER2, '    authentication {\n        auth_type PASS\n        auth_pass pi-vrrp1  # at most 8 characters; the same on both nodes - change it\n    }\n', '');
    const problem = single(problemsOf(files), 'ha-cluster/auth-mismatch');
    assert.equal(problem.path, SERVER2);
    assert.equal(files[SERVER2]!.slice(problem.start, problem.end), 'VI_1');
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('reports an auth_pass missing on the node the others are compared with, without failing', () => {
    // server1 keeps 'auth_type PASS' but loses its auth_pass line: the two nodes disagree, and the
    // node they are compared with may be the one without a password (this used to throw).
    const files = seedFiles();
    edit(files, SERVER1, '        auth_pass pi-vrrp1  # at most 8 characters; the same on both nodes - change it\n', '');
    const problem = single(problemsOf(files), 'ha-cluster/auth-mismatch');
    const other = problem.path === SERVER1 ? SERVER2 : SERVER1;
    assert.deepEqual(relatedTexts(files, problem), [[other, other === SERVER1 ? 'authentication' : 'pi-vrrp1']]);
  });

  it('reports an instance no other node serves', () => {
    const files = seedFiles();
    edit(files, SERVER2, 'virtual_router_id 51', 'virtual_router_id 52');
    edit(files, SERVER2, '10.0.0.10/24 dev eth0', '10.0.0.11/24 dev eth0');
    const problems = problemsOf(files);
    assertCodes(problems, ['ha-cluster/instance-without-peer', 'ha-cluster/instance-without-peer']);
    assert.deepEqual(problems.map((p) => [p.path, files[p.path]!.slice(p.start, p.end)]).sort(), [
      [SERVER1, 'VI_1'],
      [SERVER2, 'VI_1'],
    ]);
  });
});

describe('cluster: unicast VRRP is symmetric', () => {
  const unicast = (src: string, peer: string): string => `advert_int 1\n    unicast_src_ip ${src}\n    unicast_peer {\n        ${peer}\n    }`;

  it('accepts symmetric unicast', () => {
    const files = seedFiles();
    edit(files, SERVER1, 'advert_int 1', unicast('10.0.0.1', '10.0.0.2'));
    edit(files, SERVER2, 'advert_int 1', unicast('10.0.0.2', '10.0.0.1'));
    assertCodes(problemsOf(files), []);
  });

  it('reports a peer that is not the other node, and replaces it', () => {
    const files = seedFiles();
    edit(files, SERVER1, 'advert_int 1', unicast('10.0.0.1', '10.0.0.2'));
    const [range] = edit(files, SERVER2, 'advert_int 1', unicast('10.0.0.2', '«10.0.0.3»'));
    const problem = single(problemsOf(files), 'ha-cluster/unicast-mismatch');
    assertAt(problem, SERVER2, range!);
    assert.deepEqual(relatedTexts(files, problem), [[SERVER1, '10.0.0.1']]);
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('reports a node left on multicast', () => {
    const files = seedFiles();
    edit(files, SERVER1, 'advert_int 1', unicast('10.0.0.1', '10.0.0.2'));
    const problem = single(problemsOf(files), 'ha-cluster/unicast-mismatch');
    assert.equal(problem.path, SERVER2);
    assert.equal(files[SERVER2]!.slice(problem.start, problem.end), 'VI_1');
    assert.deepEqual(relatedTexts(files, problem), [[SERVER1, 'unicast_peer']]);
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('reports a unicast_src_ip that is not the node\'s address from the manifest', () => {
    const files = seedFiles();
    const [range] = edit(files, SERVER1, 'advert_int 1', unicast('«10.0.0.5»', '10.0.0.2'));
    edit(files, SERVER2, 'advert_int 1', unicast('10.0.0.2', '10.0.0.1'));
    const problems = problemsOf(files).filter((p) => p.path === SERVER1);
    const problem = single(problems, 'ha-cluster/unicast-mismatch');
    assertAt(problem, SERVER1, range!);
    assert.equal(relatedTexts(files, problem)[0]![1], '"10.0.0.1"');
  });
});

describe('cluster: priorities and initial states', () => {
  it('reports equal priorities on the BACKUP', () => {
    const files = seedFiles();
    const [range] = edit(files, SERVER2, 'priority 100 ', 'priority «101» ');
    const problem = single(problemsOf(files), 'ha-cluster/same-priority');
    assertAt(problem, SERVER2, range!);
    assert.deepEqual(relatedTexts(files, problem), [[SERVER1, '101']]);
  });

  it('reports two MASTERs on the lower one, fixed by BACKUP', () => {
    const files = seedFiles();
    const [range] = edit(files, SERVER2, 'state BACKUP', 'state «MASTER»');
    const problem = single(problemsOf(files), 'ha-cluster/master-count');
    assertAt(problem, SERVER2, range!);
    assert.deepEqual(relatedTexts(files, problem), [[SERVER1, 'MASTER']]);
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('reports no MASTER on the highest priority node, fixed by MASTER', () => {
    const files = seedFiles();
    const [range] = edit(files, SERVER1, 'state MASTER', 'state «BACKUP»');
    const problem = single(problemsOf(files), 'ha-cluster/master-count');
    assertAt(problem, SERVER1, range!);
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('accepts every node BACKUP with nopreempt as far as the states go', () => {
    const files = seedFiles();
    edit(files, SERVER1, 'state MASTER', 'state BACKUP\n    nopreempt');
    edit(files, SERVER2, 'state BACKUP', 'state BACKUP\n    nopreempt');
    assert.equal(problemsOf(files).filter((p) => p.code === 'ha-cluster/master-count').length, 0);
  });

  it('reports a MASTER whose priority is not the highest', () => {
    const files = seedFiles();
    const [range] = edit(files, SERVER1, 'priority 101 ', 'priority «99» ');
    const problems = problemsOf(files);
    assertCodes(problems, ['ha-cluster/master-not-highest']);
    const problem = single(problems, 'ha-cluster/master-not-highest');
    assertAt(problem, SERVER1, range!);
    assert.match(problem.message, /effective priority 101, but server2 has 102/);
    assert.deepEqual(relatedTexts(files, problem), [[SERVER2, '100']]);
  });
});
