import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyFix,
  assertAt,
  assertCodes,
  edit,
  HAPROXY,
  MANIFEST,
  problemsOf,
  relatedTexts,
  seedFiles,
  SERVER1,
  SERVER2,
  single,
  SYSCTL,
} from './helpers.js';

const NONLOCAL = 'net.ipv4.ip_nonlocal_bind = 1\n';

describe('cluster: haproxy can bind the VIP on every node', () => {
  it('reports ip_nonlocal_bind = 0 on the value, fixed to 1', () => {
    const files = seedFiles();
    const [range] = edit(files, SYSCTL, NONLOCAL, 'net.ipv4.ip_nonlocal_bind = «0»\n');
    const problem = single(problemsOf(files), 'ha-cluster/nonlocal-bind-missing');
    assertAt(problem, SYSCTL, range!);
    assert.match(problem.message, /haproxy fails to start on server1 and server2/);
    assert.deepEqual(relatedTexts(files, problem), [[HAPROXY, '10.0.0.10']]);
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('reports a sysctl file without the setting, and appends it', () => {
    const files = seedFiles();
    edit(files, SYSCTL, NONLOCAL, '');
    const problem = single(problemsOf(files), 'ha-cluster/nonlocal-bind-missing');
    assert.equal(problem.path, SYSCTL);
    assert.equal(files[SYSCTL]!.slice(problem.start, problem.end), '# Kernel settings for both load balancers (server1 and server2).');
    const fixed = applyFix(files, problem);
    assert.ok(fixed[SYSCTL]!.endsWith('net.ipv4.ip_nonlocal_bind = 1\n'));
    assertCodes(problemsOf(fixed), []);
  });

  it('needs no sysctl for a bind with transparent', () => {
    const files = seedFiles();
    edit(files, SYSCTL, NONLOCAL, '');
    edit(files, HAPROXY, 'bind 10.0.0.10:80', 'bind 10.0.0.10:80 transparent');
    assertCodes(problemsOf(files), []);
  });

  it('checks nothing about sysctl when the manifest names no sysctl file', () => {
    const files = seedFiles();
    edit(files, SYSCTL, NONLOCAL, '');
    edit(files, MANIFEST, '  "sysctl": "sysctl/99-ha-cluster.conf",\n', '');
    assertCodes(problemsOf(files), []);
  });

  it('reports a bind on another node\'s address, for that node only', () => {
    const files = seedFiles();
    const [range] = edit(files, HAPROXY, 'bind 10.0.0.10:80', 'bind «10.0.0.1»:80');
    const problem = single(problemsOf(files), 'ha-cluster/bind-foreign-address');
    assertAt(problem, HAPROXY, range!);
    assert.match(problem.message, /haproxy on server2 \(10\.0\.0\.2\) binds 10\.0\.0\.1/);
    assert.deepEqual(relatedTexts(files, problem), [[MANIFEST, '"10.0.0.2"']]);
    assert.equal(problem.fixes?.[0]?.title, 'Bind the VIP 10.0.0.10');
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('accepts wildcards and loopback', () => {
    const files = seedFiles();
    edit(files, HAPROXY, 'bind 10.0.0.10:80', 'bind *:80\n    bind 127.0.0.1:81\n    bind [::]:82\n    bind 0.0.0.0:83');
    assertCodes(problemsOf(files), []);
  });
});

describe('cluster: the VIP is on the load balancers\' network', () => {
  it('reports a VIP outside the written prefix, on each node', () => {
    const files = seedFiles();
    const [one] = edit(files, SERVER1, '10.0.0.10/24 dev', '«192.168.1.10/24» dev');
    const [two] = edit(files, SERVER2, '10.0.0.10/24 dev', '«192.168.1.10/24» dev');
    edit(files, HAPROXY, 'bind 10.0.0.10:80', 'bind 192.168.1.10:80');
    const problems = problemsOf(files);
    assertCodes(problems, ['ha-cluster/vip-subnet', 'ha-cluster/vip-subnet']);
    const [first, second] = [...problems].sort((a, b) => a.path.localeCompare(b.path));
    // The range covers the address, without its prefix.
    assertAt(first!, SERVER1, { start: one!.start, end: one!.end });
    assertAt(second!, SERVER2, { start: two!.start, end: two!.end });
    assert.deepEqual(relatedTexts(files, first!), [[MANIFEST, '"10.0.0.1"']]);
  });

  it('assumes a /24 when the VIP has no prefix (or /32)', () => {
    const files = seedFiles();
    edit(files, SERVER1, '10.0.0.10/24 dev', '10.0.1.10 dev');
    edit(files, SERVER2, '10.0.0.10/24 dev', '10.0.1.10 dev');
    edit(files, HAPROXY, 'bind 10.0.0.10:80', 'bind 10.0.1.10:80');
    const problems = problemsOf(files);
    assertCodes(problems, ['ha-cluster/vip-subnet', 'ha-cluster/vip-subnet']);
    assert.match(problems[0]!.message, /a \/24 is assumed/);

    const wide = seedFiles();
    edit(wide, SERVER1, '10.0.0.10/24 dev', '10.0.1.10/16 dev');
    edit(wide, SERVER2, '10.0.0.10/24 dev', '10.0.1.10/16 dev');
    edit(wide, HAPROXY, 'bind 10.0.0.10:80', 'bind 10.0.1.10:80');
    assertCodes(problemsOf(wide), []);
  });
});
