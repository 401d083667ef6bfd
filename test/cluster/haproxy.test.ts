import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyFix,
  assertAt,
  assertCodes,
  C,
  edit,
  HAPROXY,
  MANIFEST,
  problemsOf,
  relatedTexts,
  seedFiles,
  single,
  type Files,
} from './helpers.js';

const SERVER2_CFG = `${C}/haproxy/server2.cfg`;

/** server2 gets its own copy of haproxy.cfg. */
function splitHaproxy(): Files {
  const files = seedFiles();
  files[SERVER2_CFG] = files[HAPROXY]!;
  edit(files, MANIFEST, '"haproxy": "haproxy/haproxy.cfg",\n      "keepalived": "keepalived/server2.conf"', '"haproxy": "haproxy/server2.cfg",\n      "keepalived": "keepalived/server2.conf"');
  return files;
}

describe('cluster: the load balancers run the same haproxy configuration', () => {
  it('accepts two identical files', () => {
    assertCodes(problemsOf(splitHaproxy()), []);
  });

  it('reports a different balance on the BACKUP\'s file, fixed by the MASTER\'s line', () => {
    const files = splitHaproxy();
    const [range] = edit(files, SERVER2_CFG, 'balance roundrobin', '«balance leastconn»');
    const problem = single(problemsOf(files), 'ha-cluster/haproxy-divergence');
    assertAt(problem, SERVER2_CFG, range!);
    assert.match(problem.message, /In backend web_servers, server2 has `balance leastconn` but server1 has `balance roundrobin`/);
    assert.deepEqual(relatedTexts(files, problem), [[HAPROXY, 'balance roundrobin']]);
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('reports a server the BACKUP lacks on its backend, and adds it', () => {
    const files = splitHaproxy();
    edit(files, SERVER2_CFG, '    server web2 10.0.0.200:80 cookie web2 check inter 2s fall 3 rise 2\n', '');
    const problem = single(problemsOf(files), 'ha-cluster/haproxy-divergence');
    assert.equal(problem.path, SERVER2_CFG);
    assert.equal(files[SERVER2_CFG]!.slice(problem.start, problem.end), 'backend web_servers');
    assert.deepEqual(relatedTexts(files, problem), [[HAPROXY, 'server web2 10.0.0.200:80 cookie web2 check inter 2s fall 3 rise 2']]);
    assertCodes(problemsOf(applyFix(files, problem)), []);
  });

  it('reports a timeout only the BACKUP has, and a section only it has', () => {
    const files = splitHaproxy();
    const [timeout] = edit(files, SERVER2_CFG, '    timeout check 3s\n', '    timeout check 3s\n    «timeout queue 5s»\n');
    const [section] = edit(files, SERVER2_CFG, 'listen stats', '«backend spare»\n    server s1 10.0.0.100:8080\n\nlisten stats');
    const problems = problemsOf(files).filter((p) => p.code === 'ha-cluster/haproxy-divergence');
    assert.deepEqual(
      problems.map((p) => [p.start, p.end]).sort((a, b) => a[0]! - b[0]!),
      [
        [timeout!.start, timeout!.end],
        [section!.start, section!.end],
      ],
    );
  });

  it('ignores node-local lines and each node\'s own address', () => {
    const files = splitHaproxy();
    edit(files, HAPROXY, 'bind :8404', 'bind 10.0.0.1:8404');
    edit(files, SERVER2_CFG, 'bind :8404', 'bind 10.0.0.2:8404');
    edit(files, SERVER2_CFG, 'log /dev/log local0', 'log 127.0.0.1 local0');
    assertCodes(problemsOf(files), []);
  });
});

describe('cluster: health checks find their file on the web servers', () => {
  it('reports a URI missing from both content folders, once per web server', () => {
    const files = seedFiles();
    const [range] = edit(files, HAPROXY, 'uri /check.txt', 'uri «/health.txt»');
    const problems = problemsOf(files);
    assertCodes(problems, ['ha-cluster/health-check-file-missing', 'ha-cluster/health-check-file-missing']);
    for (const problem of problems) assertAt(problem, HAPROXY, range!);
    const [web1] = problems.filter((p) => p.message.includes('web1'));
    assert.match(web1!.message, /HEAD \/health\.txt asks web1 for health\.txt, which its content folder web\/web1 does not have: haproxy marks server web1 down/);
    assert.deepEqual(relatedTexts(files, web1!), [
      [MANIFEST, '"web/web1"'],
      [HAPROXY, '10.0.0.100'],
    ]);
  });

  it('reports the one web server whose folder lacks the file', () => {
    const files = seedFiles();
    delete files[`${C}/web/web2/check.txt`];
    const problem = single(problemsOf(files), 'ha-cluster/health-check-file-missing');
    assert.equal(files[HAPROXY]!.slice(problem.start, problem.end), '/check.txt');
    assert.match(problem.message, /web2/);
  });

  it('offers to create the missing file in that web server\'s content folder; once created, the problem is gone', () => {
    const files = seedFiles();
    delete files[`${C}/web/web2/check.txt`];
    const problem = single(problemsOf(files), 'ha-cluster/health-check-file-missing');
    const [fix] = problem.fixes ?? [];
    assert.equal(fix?.title, 'Create web/web2/check.txt for web2');
    assert.deepEqual(fix?.edits, []);
    assert.deepEqual(fix?.createFiles?.map((f) => f.path), [`${C}/web/web2/check.txt`]);
    files[fix!.createFiles![0]!.path] = fix!.createFiles![0]!.text;
    assertCodes(problemsOf(files), []);
  });

  it('reads the 1.4-style `option httpchk HEAD /uri HTTP/1.0`, inherited from defaults', () => {
    const files = seedFiles();
    edit(files, HAPROXY, '    option httpchk\n    http-check send meth HEAD uri /check.txt ver HTTP/1.1 hdr Host www.pi.com\n', '');
    const [range] = edit(files, HAPROXY, '    option redispatch\n', '    option redispatch\n    option httpchk HEAD «/status.txt» HTTP/1.0\n');
    const problems = problemsOf(files);
    assertCodes(problems, ['ha-cluster/health-check-file-missing', 'ha-cluster/health-check-file-missing']);
    assertAt(problems[0]!, HAPROXY, range!);
    assert.match(problems[0]!.message, /inherited by web_servers/);
  });

  it('needs no file for OPTIONS / (bare `option httpchk`)', () => {
    const files = seedFiles();
    edit(files, HAPROXY, '    http-check send meth HEAD uri /check.txt ver HTTP/1.1 hdr Host www.pi.com\n', '');
    assertCodes(problemsOf(files), []);
  });

  it('reports a server that is not a web server of the manifest', () => {
    const files = seedFiles();
    const [range] = edit(files, HAPROXY, 'server web2 10.0.0.200:80', 'server web2 «10.0.0.201»:80');
    const problem = single(problemsOf(files), 'ha-cluster/server-not-in-cluster');
    assertAt(problem, HAPROXY, range!);
    assert.match(problem.message, /web1 \(10\.0\.0\.100\), web2 \(10\.0\.0\.200\)/);
  });
});

describe('cluster: statistics credentials', () => {
  it('reports the seed write-up\'s user:pass on the password', () => {
    const files = seedFiles();
    const [range] = edit(files, HAPROXY, 'stats auth haadmin:Cambia-Esta-Clave-2024', 'stats auth user:«pass»');
    const problem = single(problemsOf(files), 'ha-cluster/weak-stats-auth');
    assertAt(problem, HAPROXY, range!);
    assert.match(problem.message, /'pass' is a default password/);
  });

  it('reports short passwords, passwords equal to the user, and userlist insecure passwords', () => {
    const short = seedFiles();
    edit(short, HAPROXY, 'stats auth haadmin:Cambia-Esta-Clave-2024', 'stats auth ops:Xy7!q');
    assert.match(single(problemsOf(short), 'ha-cluster/weak-stats-auth').message, /only 5 characters/);

    const same = seedFiles();
    edit(same, HAPROXY, 'stats auth haadmin:Cambia-Esta-Clave-2024', 'stats auth haadmin:HAADMIN');
    assert.match(single(problemsOf(same), 'ha-cluster/weak-stats-auth').message, /password is the user name/);

    const userlist = seedFiles();
    const [range] = edit(userlist, HAPROXY, 'listen stats', 'userlist admins\n    user admin insecure-password «admin»\n\nlisten stats');
    assertAt(single(problemsOf(userlist), 'ha-cluster/weak-stats-auth'), HAPROXY, range!);
  });
});
