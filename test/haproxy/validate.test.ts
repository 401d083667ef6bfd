import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HaproxyVersion } from '../../server/src/haproxy/catalogue/index.js';
import { applyEdits, modernizeEdits } from '../../server/src/features/codeActions.js';
import { findProblems } from '../../server/src/features/diagnostics.js';
import { analyze } from '../../server/src/service/analysis.js';
import { lines, parseMarked } from '../helpers/markers.js';

const HEAD = ['global', '    daemon', 'defaults', '    mode http', '    timeout connect 5s', '    timeout client 30s', '    timeout server 30s'];

interface Case {
  name: string;
  config: string;
  /** The codes expected at the marked ranges, in document order. */
  codes: string[];
  version?: HaproxyVersion;
  /** A piece the message must contain (for the first problem). */
  message?: RegExp;
}

const cases: Case[] = [
  {
    name: 'unknown keyword, with a suggestion',
    config: lines(...HEAD, 'backend app', '    «balanc» roundrobin', '    server web1 10.0.0.1:80'),
    codes: ['haproxy/unknown-keyword'],
    message: /did you mean 'balance'/,
  },
  {
    name: 'a global keyword in a backend',
    config: lines(...HEAD, 'backend app', '    «daemon»', '    server web1 10.0.0.1:80'),
    codes: ['haproxy/wrong-section'],
  },
  {
    name: 'server in a frontend is refused, bind in a backend is ignored',
    config: lines(...HEAD, 'frontend www', '    bind :80', '    «server» web1 10.0.0.1:80', '    default_backend app', 'backend app', '    «bind» :81', '    server web1 10.0.0.1:80'),
    codes: ['haproxy/wrong-section', 'haproxy/ignored-keyword'],
  },
  {
    name: 'the 1.4-era timeouts are removed in 2.6',
    config: lines('global', 'defaults', '    mode http', '    «contimeout» 5000', '    «clitimeout» 50000', '    «srvtimeout» 50000'),
    codes: ['haproxy/removed-keyword', 'haproxy/removed-keyword', 'haproxy/removed-keyword'],
    version: '2.6',
    message: /removed in HAProxy 2\.1; use 'timeout connect'/,
  },
  {
    name: 'the same timeouts are only deprecated for a 1.8 target',
    config: lines('global', 'defaults', '    mode http', '    «contimeout» 5000', '    «clitimeout» 50000', '    «srvtimeout» 50000'),
    codes: ['haproxy/deprecated-keyword', 'haproxy/deprecated-keyword', 'haproxy/deprecated-keyword'],
    version: '1.8',
    message: /deprecated .*; use 'timeout connect'/,
  },
  {
    name: 'a keyword newer than the target version',
    config: lines(...HEAD, 'backend app', '    balance roundrobin', '    «hash-preserve-affinity» always', '    server web1 10.0.0.1:80'),
    codes: ['haproxy/keyword-too-new'],
    version: '2.6',
  },
  {
    name: 'an address on the listen line',
    config: lines(...HEAD, 'listen www «*:80»', '    server web1 10.0.0.1:80'),
    codes: ['haproxy/address-on-proxy-line'],
  },
  {
    name: 'bad values: time unit, enum, integer range, port, address',
    config: lines(
      'global',
      'defaults',
      '    mode «https»',
      '    timeout client «5x»',
      '    timeout server 30s',
      '    timeout connect 5s',
      'frontend www',
      '    bind «:70000»',
      '    default_backend app',
      'backend app',
      '    server web1 «300.1.1.1:80»',
    ),
    codes: ['haproxy/invalid-value', 'haproxy/invalid-value', 'haproxy/invalid-value', 'haproxy/invalid-value'],
  },
  {
    name: 'missing and extra arguments',
    config: lines(...HEAD, 'frontend www', '    bind :80', '    default_backend«»', 'backend app', '    retries 3 «4»', '    server web1 10.0.0.1:80'),
    codes: ['haproxy/missing-argument', 'haproxy/too-many-arguments'],
  },
  {
    name: 'undefined backend, with a suggestion and a fix',
    config: lines(...HEAD, 'frontend www', '    bind :80', '    default_backend «ap»', 'backend app', '    server web1 10.0.0.1:80'),
    codes: ['haproxy/undefined-backend'],
    message: /no backend named 'ap'; did you mean 'app'/,
  },
  {
    name: 'use_backend to an undefined backend; a dynamic name is not judged',
    config: lines(
      ...HEAD,
      'frontend www',
      '    bind :80',
      '    acl is_api path_beg /api',
      '    use_backend «api» if is_api',
      '    use_backend be_%[req.hdr(host),lower] if !is_api',
      '    default_backend app',
      'backend app',
      '    server web1 10.0.0.1:80',
    ),
    codes: ['haproxy/undefined-backend'],
  },
  {
    name: 'undefined ACL in a condition; predefined ACLs are known',
    config: lines(...HEAD, 'frontend www', '    bind :80', '    http-request deny if «is_bad» || METH_CONNECT', '    default_backend app', 'backend app', '    server web1 10.0.0.1:80'),
    codes: ['haproxy/undefined-acl'],
  },
  {
    name: 'track to an undefined server, and to one in another backend',
    config: lines(
      ...HEAD,
      'backend app',
      '    server web1 10.0.0.1:80 check',
      '    server web2 10.0.0.2:80 track «nope»',
      '    server web3 10.0.0.3:80 track other/«web9»',
      'backend other',
      '    server web1 10.0.0.1:80 check',
    ),
    codes: ['haproxy/undefined-server', 'haproxy/undefined-server'],
  },
  {
    name: 'duplicate backends, servers and cookie values',
    config: lines(
      ...HEAD,
      'backend app',
      '    cookie SERVERID insert',
      '    server web1 10.0.0.1:80 cookie A',
      '    server «web1» 10.0.0.2:80 cookie «A»',
      'backend «app»',
      '    server web1 10.0.0.1:80',
    ),
    codes: ['haproxy/duplicate-server', 'haproxy/duplicate-cookie', 'haproxy/duplicate-proxy'],
  },
  {
    name: 'a frontend and a backend may share a name',
    config: lines(...HEAD, 'frontend app', '    bind :80', '    default_backend app', 'backend app', '    server web1 10.0.0.1:80'),
    codes: [],
  },
  {
    name: 'a rule after an unconditional deny never runs',
    config: lines(...HEAD, 'frontend www', '    bind :80', '    http-request deny', '    «http-request allow»', '    default_backend app', 'backend app', '    server web1 10.0.0.1:80'),
    codes: ['haproxy/unreachable-rule'],
  },
  {
    name: 'a frontend without bind',
    config: lines(...HEAD, 'frontend «www»', '    default_backend app', 'backend app', '    server web1 10.0.0.1:80'),
    codes: ['haproxy/frontend-without-bind'],
  },
  {
    name: 'unknown bind and server options',
    config: lines(...HEAD, 'frontend www', '    bind :443 «ssl-crt» /x.pem', '    default_backend app', 'backend app', '    server web1 10.0.0.1:80 check «inetr» 2s'),
    codes: ['haproxy/unknown-option', 'haproxy/unknown-option'],
  },
  {
    name: 'unknown fetch and converter',
    config: lines(
      ...HEAD,
      'frontend www',
      '    bind :80',
      '    acl bad «req.hdrr»(host) -m str x',
      '    http-request set-header X-Host %[req.hdr(host),«lowr»]',
      '    default_backend app',
      'backend app',
      '    server web1 10.0.0.1:80',
    ),
    codes: ['haproxy/unknown-fetch', 'haproxy/unknown-converter'],
  },
  {
    name: 'rules in an anonymous defaults section',
    config: lines('global', 'defaults', '    mode http', '    «http-request deny»', '    timeout client 1s'),
    codes: ['haproxy/named-defaults-only'],
  },
  {
    name: 'a line the target version never reads is not checked',
    config: lines(...HEAD, 'backend app', '.if version_atleast(3.1)', '    hash-preserve-affinity always', '.endif', '    server web1 10.0.0.1:80'),
    codes: [],
    version: '2.6',
  },
  {
    name: 'a suppression comment hides one code on one line',
    config: lines(...HEAD, 'frontend www', '    bind :80', '    # haproxy-keepalived: ignore haproxy/undefined-backend', '    default_backend nope'),
    codes: [],
  },
  {
    name: 'the seed example cluster file is clean',
    config: lines(...HEAD, 'frontend www', '    bind 10.0.0.10:80', '    default_backend web', 'backend web', '    balance roundrobin', '    cookie SERVERID insert indirect nocache', '    option httpchk', '    http-check send meth HEAD uri /check.txt', '    server web1 10.0.0.100:80 cookie web1 check', '    server web2 10.0.0.200:80 cookie web2 check'),
    codes: [],
  },
];

describe('haproxy checks: codes and ranges', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const { text, ranges } = parseMarked(testCase.config);
      const problems = findProblems(analyze('haproxy', text), { haproxyVersion: testCase.version ?? '3.2' }).sort((a, b) => a.start - b.start);
      assert.deepEqual(
        problems.map((p) => ({ code: p.code, start: p.start, end: p.end })),
        testCase.codes.map((code, i) => ({ code, start: ranges[i]!.start, end: ranges[i]!.end })),
        problems.map((p) => `${p.code}: ${p.message}`).join('\n'),
      );
      if (testCase.message) assert.match(problems[0]!.message, testCase.message);
    });
  }
});

describe('haproxy quick fixes', () => {
  const fixed = (config: string, version: HaproxyVersion = '3.2'): string => {
    const analysis = analyze('haproxy', config);
    const problem = findProblems(analysis, { haproxyVersion: version }).find((p) => p.fixes?.length);
    assert.ok(problem, 'no problem with a fix');
    return applyEdits(config, problem.fixes![0]!.edits);
  };

  it('renames a misspelt keyword', () => {
    assert.equal(fixed(lines(...HEAD, 'backend app', '    balanc roundrobin')), lines(...HEAD, 'backend app', '    balance roundrobin'));
  });

  it('rewrites reqadd as http-request add-header', () => {
    assert.equal(
      fixed(lines(...HEAD, 'frontend www', '    bind :80', '    reqadd X-Proto:\\ https', '    default_backend app', 'backend app', '    server a 10.0.0.1:80'), '2.6'),
      lines(...HEAD, 'frontend www', '    bind :80', '    http-request add-header X-Proto https', '    default_backend app', 'backend app', '    server a 10.0.0.1:80'),
    );
  });

  it('modernizes the seed configuration in one go, keeping comments and layout', () => {
    const seed = lines(
      'defaults',
      '    mode         http',
      '    contimeout  5000   # connect',
      '    clitimeout  50000',
      '    srvtimeout  50000',
      '',
      'listen proyectointegrado *:80   # the site',
      '    balance roundrobin',
      '    server webA 10.0.0.100:80 cookie A check',
    );
    const analysis = analyze('haproxy', seed);
    const modern = applyEdits(seed, modernizeEdits(analysis, { haproxyVersion: '2.6' }));
    assert.equal(
      modern,
      lines(
        'defaults',
        '    mode         http',
        '    timeout connect  5000   # connect',
        '    timeout client  50000',
        '    timeout server  50000',
        '',
        'listen proyectointegrado   # the site',
        '    bind *:80',
        '    balance roundrobin',
        '    server webA 10.0.0.100:80 cookie A check',
      ),
    );
    assert.deepEqual(findProblems(analyze('haproxy', modern), { haproxyVersion: '2.6' }).map((p) => p.code), []);
  });
});
