import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runRealChecker, type CheckerMessage } from '../../server/src/external/checkers.js';
import { nodeProcessRunner, type ProcessRunner } from '../../server/src/external/process.js';
import { effectiveSeverity, findProblems } from '../../server/src/features/diagnostics.js';
import { analyze } from '../../server/src/service/analysis.js';
import { binaryMissing } from '../helpers/binaries.js';
import { MUTATION_KINDS, mutate, type Mutant, type MutationBudget } from '../helpers/mutate.js';

/**
 * Our checker against the real `haproxy -c` (Debian 2.6) on mutants of valid configs: each mutant
 * is one edit away from a config HAProxy accepts (a misspelt keyword, a line in the wrong section,
 * a bad value, a dangling reference...). The figures are those of the corpus comparison
 * (checker-corpus.test.ts), with `--haproxy-version 2.6`:
 * - precision: mutants HAProxy accepts on which we report no error;
 * - recall: mutants HAProxy rejects on which we report an error on a line its alerts name (on any
 *   line when they name none).
 *
 * The floors are ratchets: they hold the figures measured so far (first run: precision 80.6%,
 * recall 82.5% on 433 mutants), rounded down, and only ever go up. The goal is 97% for both.
 */
const PRECISION_FLOOR = 0.87;
const RECALL_FLOOR = 0.96;

/** Mutants per kind and base config (fewer when a base has fewer candidates). */
const BUDGET: MutationBudget = {
  'keyword-typo': 10,
  'subkeyword-typo': 6,
  'wrong-section': 12,
  'bad-value': 14,
  'undefined-reference': 6,
  duplicate: 6,
  'missing-argument': 8,
  'extra-argument': 8,
  'legacy-keyword': 6,
  'bind-server-option': 6,
  'fetch-converter': 6,
};

/**
 * Valid base configs. They only name 127.0.0.1 and high ports and never a host name, so that
 * nothing resolves or binds (`haproxy -c` binds nothing anyway, and runs in an empty network
 * namespace when it can).
 */
const BASES: Array<{ name: string; text: string }> = [
  {
    name: 'seed-cluster',
    text: readFileSync(new URL('../../../examples/seed-cluster/haproxy/haproxy.cfg', import.meta.url), 'utf8'),
  },
  {
    name: 'web',
    text: `# A web site with an API, static files and an admin area.
global
    log 127.0.0.1:514 local0 info
    maxconn 2048
    nbthread 2
    tune.bufsize 32768
    ssl-default-bind-options ssl-min-ver TLSv1.2

defaults
    mode http
    log global
    option httplog
    option dontlognull
    option http-server-close
    retries 3
    timeout connect 4s
    timeout client 30s
    timeout server 30s
    timeout http-request 5s

userlist admins
    group ops
    user alice insecure-password wonderland groups ops
    user bob insecure-password builder groups ops

frontend public
    bind 127.0.0.1:18080
    maxconn 1000
    acl is_api path_beg /api/
    acl is_static path_end .css .js .png
    acl is_admin hdr(host) -i admin.example.test
    acl trusted_net src 127.0.0.0/8
    http-request deny if is_admin !trusted_net
    http-request auth realm Admin if is_admin !{ http_auth(admins) }
    http-request set-header X-Forwarded-Proto http
    http-response set-header X-Frame-Options DENY
    use_backend api_servers if is_api
    use_backend static_servers if is_static
    default_backend web_servers

backend api_servers
    balance leastconn
    option httpchk GET /health
    http-check expect status 200
    default-server inter 3s fall 3 rise 2
    server api1 127.0.0.1:19001 check maxconn 100 weight 10
    server api2 127.0.0.1:19002 check maxconn 100 weight 20

backend static_servers
    balance roundrobin
    server static1 127.0.0.1:19011 check
    server static2 127.0.0.1:19012 check backup

backend web_servers
    balance uri
    hash-type consistent
    cookie SRV insert indirect nocache
    server web1 127.0.0.1:19021 cookie w1 check
    server web2 127.0.0.1:19022 cookie w2 check

listen stats
    bind 127.0.0.1:18404
    stats enable
    stats uri /stats
    stats refresh 10s
    stats auth admin:s3cret
    stats admin if TRUE
`,
  },
  {
    name: 'tcp',
    text: `# TCP services: a database pair with a resolvers section, and routing on the TLS hello.
global
    log 127.0.0.1:514 local1 notice
    maxconn 4096
    hard-stop-after 30s

resolvers localdns
    nameserver dns1 127.0.0.1:53
    accepted_payload_size 8192
    resolve_retries 3
    timeout resolve 1s
    timeout retry 1s
    hold valid 10s

defaults
    mode tcp
    log global
    option tcplog
    option dontlognull
    timeout connect 3s
    timeout client 1m
    timeout server 1m
    timeout check 2s

frontend mysql_in
    bind 127.0.0.1:13306
    tcp-request inspect-delay 2s
    tcp-request content accept if { req_len gt 0 }
    default_backend mysql_servers

frontend tls_in
    bind 127.0.0.1:18443
    tcp-request inspect-delay 5s
    tcp-request content accept if { req_ssl_hello_type 1 }
    acl sni_app req_ssl_sni -i app.example.test
    use_backend app_tls if sni_app
    default_backend mysql_servers

backend mysql_servers
    balance source
    option tcp-check
    server db1 127.0.0.1:13307 check inter 2s resolvers localdns init-addr none
    server db2 127.0.0.1:13308 check inter 2s backup

backend app_tls
    balance roundrobin
    stick-table type ip size 20k expire 30m
    stick on src
    server app1 127.0.0.1:18444 check send-proxy
    server app2 127.0.0.1:18445 check send-proxy-v2
`,
  },
  {
    name: 'limits',
    text: `# Rate limiting with a stick table, a cache, and everything in one listen section.
global
    log 127.0.0.1:514 local2
    maxconn 1024
    stats timeout 30s

defaults
    mode http
    log global
    option httplog
    timeout connect 5s
    timeout client 20s
    timeout server 20s
    timeout queue 10s

cache pages
    total-max-size 64
    max-object-size 100000
    max-age 120

listen app
    bind 127.0.0.1:18081
    bind 127.0.0.1:18082
    stick-table type ip size 100k expire 10s store http_req_rate(10s)
    http-request track-sc0 src
    acl too_fast sc_http_req_rate(0) gt 50
    acl is_get method GET HEAD
    http-request deny deny_status 429 if too_fast
    http-request cache-use pages if is_get
    http-response cache-store pages
    compression algo gzip
    compression type text/html text/plain
    option forwardfor
    balance roundrobin
    server app1 127.0.0.1:19031 check weight 50 maxqueue 20
    server app2 127.0.0.1:19032 check weight 50 maxqueue 20
`,
  },
  {
    name: 'rewrite',
    text: `# Redirects and path rewrites in front of two backends.
global
    log 127.0.0.1:514 daemon warning
    maxconn 512
    ulimit-n 4096

defaults
    mode http
    log global
    option httplog
    option redispatch
    timeout connect 2s
    timeout client 15s
    timeout server 15s
    timeout tunnel 1h
    default-server inter 5s

frontend edge
    bind 127.0.0.1:18090 name edge_http
    acl old_blog path_beg /blog
    acl has_www hdr_beg(host) -i www.
    acl is_ws hdr(upgrade) -i websocket
    http-request set-path /articles%[path,regsub(^/blog,)] if old_blog
    http-request set-var(txn.host) req.hdr(host),lower
    http-request capture req.hdr(User-Agent) len 64
    redirect prefix http://example.test code 301 if has_www
    use_backend ws_servers if is_ws
    default_backend articles

backend articles
    balance first
    http-request set-header X-Host %[var(txn.host)]
    option httpchk HEAD /
    server a1 127.0.0.1:19041 check on-marked-down shutdown-sessions
    server a2 127.0.0.1:19042 check slowstart 10s

backend ws_servers
    balance source
    timeout server 2m
    server ws1 127.0.0.1:19051 check
`,
  },
];

const CONCURRENCY = 2;
const HAPROXY_TIMEOUT_MS = 10_000;

/** As root, haproxy runs in an empty network namespace (as for the corpus labels): nothing can leave the machine. */
function isolatedRunner(): ProcessRunner {
  const canUnshare = process.getuid?.() === 0 && spawnSync('unshare', ['-n', 'true']).status === 0;
  if (!canUnshare) return nodeProcessRunner;
  return { run: (command, args, options) => nodeProcessRunner.run('unshare', ['-n', command, ...args], options) };
}

interface HaproxyVerdict {
  accepted: boolean;
  /** Lines named by haproxy's alerts. */
  namedLines: number[];
  firstAlert?: CheckerMessage;
  /** Its first warning, which often says why it let a strange line through. */
  firstWarning?: CheckerMessage;
  /** Why there is no verdict (haproxy could not run or timed out). */
  failure?: string;
}

async function haproxyVerdict(runner: ProcessRunner, text: string): Promise<HaproxyVerdict> {
  const run = await runRealChecker({ runner, language: 'haproxy', binary: 'haproxy', text, timeoutMs: HAPROXY_TIMEOUT_MS });
  if (run.failure !== undefined || run.code === null) return { accepted: false, namedLines: [], failure: run.failure ?? 'no exit status' };
  const noListener = run.code === 2 && run.messages.some((m) => /will not start \(no listener\)/.test(m.message));
  const alerts = run.messages.filter((m) => m.severity === 'error');
  const warnings = run.messages.filter((m) => m.severity === 'warning' && !/will not start/.test(m.message));
  return {
    accepted: run.code === 0 || noListener,
    namedLines: alerts.flatMap((m) => (m.line === undefined ? [] : [m.line])),
    firstAlert: alerts[0],
    firstWarning: warnings.find((m) => m.line !== undefined) ?? warnings[0],
  };
}

interface OurError {
  line: number;
  code: string;
  message: string;
}

function ourErrors(text: string): OurError[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => lineStarts.filter((start) => start <= offset).length;
  const options = { haproxyVersion: '2.6' as const };
  return findProblems(analyze('haproxy', text), options)
    .filter((p) => effectiveSeverity(p.code, options) === 'error')
    .map((p) => ({ line: lineOf(p.start), code: p.code, message: p.message }));
}

/** Runs `task` on every item, at most `limit` at a time, keeping the order of the results. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const missing = binaryMissing('haproxy');

describe('haproxy checker against the real haproxy -c on mutants of valid configs', { skip: missing ?? false }, () => {
  const runner = missing ? nodeProcessRunner : isolatedRunner();

  it('starts from base configs that haproxy -c accepts', async () => {
    for (const base of BASES) {
      const verdict = await haproxyVerdict(runner, base.text);
      assert.equal(verdict.failure, undefined, `${base.name}: ${verdict.failure}`);
      assert.ok(verdict.accepted, `${base.name} is rejected: ${verdict.firstAlert?.line ?? ''} ${verdict.firstAlert?.message ?? ''}`);
    }
  });

  it('generates the same single-edit mutants on every run', () => {
    for (const base of BASES) {
      const mutants = mutate(base, BUDGET);
      assert.deepEqual(mutate(base, BUDGET), mutants, `${base.name}: the mutants changed between two runs`);
      const baseLines = base.text.split('\n');
      for (const mutant of mutants) {
        const lines = mutant.text.split('\n');
        assert.equal(lines[mutant.line - 1]!.trim(), mutant.edited, `${base.name}: ${mutant.kind} at line ${mutant.line}`);
        // One line replaced, one line inserted, or one section copied to the end: the lines
        // before the edit are the base's.
        assert.deepEqual(lines.slice(0, mutant.line - 1), baseLines.slice(0, mutant.line - 1), `${base.name}: ${mutant.kind} at line ${mutant.line}`);
      }
    }
  });

  it('reaches the precision and recall floors, and prints every disagreement', { timeout: 300_000 }, async () => {
    const mutants = BASES.flatMap((base) => mutate(base, BUDGET));
    assert.ok(mutants.length >= 300, `only ${mutants.length} mutants`);
    const judged = await mapLimited(mutants, CONCURRENCY, async (mutant) => ({
      mutant,
      haproxy: await haproxyVerdict(runner, mutant.text),
      ours: ourErrors(mutant.text),
    }));

    const failed = judged.filter((j) => j.haproxy.failure !== undefined);
    const accepted = judged.filter((j) => !j.haproxy.failure && j.haproxy.accepted);
    const rejected = judged.filter((j) => !j.haproxy.failure && !j.haproxy.accepted);
    const falseAlarms = accepted.filter((j) => j.ours.length > 0);
    const caught = rejected.filter((j) => j.ours.some((e) => j.haproxy.namedLines.length === 0 || j.haproxy.namedLines.includes(e.line)));
    const missed = rejected.filter((j) => !caught.includes(j));
    const precision = (accepted.length - falseAlarms.length) / accepted.length;
    const recall = caught.length / rejected.length;

    const where = (m: Mutant): string => `[${m.kind}] ${m.base}:${m.line} \`${m.edited}\`${m.detail ? ` (${m.detail})` : ''}`;
    const said = (message: CheckerMessage | undefined, otherwise: string): string =>
      // Some messages repeat the temporary file's path: it changes on every run, so it is left out.
      message ? `${message.line === undefined ? '' : `line ${message.line}: `}${message.message.replace(/parsing \[[^\]]*\] : /, '')}` : otherwise;
    const ourFirst = (errors: OurError[]): string => (errors[0] ? `line ${errors[0].line} ${errors[0].code}: ${errors[0].message}` : 'nothing');
    const lines = [
      `haproxy mutants: ${mutants.length} from ${BASES.length} valid configs; ${accepted.length} accepted by haproxy -c, ${rejected.length} rejected, ${failed.length} not judged`,
      `precision ${(precision * 100).toFixed(1)}% (${accepted.length - falseAlarms.length}/${accepted.length}), recall ${(recall * 100).toFixed(1)}% (${caught.length}/${rejected.length})`,
      'per kind: mutants, accepted (of which we flag), rejected (of which we miss)',
    ];
    for (const kind of MUTATION_KINDS) {
      const of = <T extends { mutant: Mutant }>(list: T[]): number => list.filter((j) => j.mutant.kind === kind).length;
      lines.push(`  ${kind.padEnd(20)} ${String(of(judged)).padStart(4)}  accepted ${of(accepted)} (${of(falseAlarms)})  rejected ${of(rejected)} (${of(missed)})`);
    }
    for (const j of falseAlarms) {
      lines.push(`  false alarm ${where(j.mutant)}: haproxy said ${said(j.haproxy.firstWarning, 'nothing')}; we said ${ourFirst(j.ours)}`);
    }
    for (const j of missed) lines.push(`  missed ${where(j.mutant)}: haproxy said ${said(j.haproxy.firstAlert, 'no alert')}; we said ${ourFirst(j.ours)}`);
    for (const j of failed) lines.push(`  not judged ${where(j.mutant)}: ${j.haproxy.failure}`);
    console.log(lines.join('\n'));

    assert.ok(failed.length <= mutants.length / 20, `${failed.length} mutants could not be checked by haproxy`);
    assert.ok(precision >= PRECISION_FLOOR, `precision ${precision.toFixed(3)} fell below ${PRECISION_FLOOR}`);
    assert.ok(recall >= RECALL_FLOOR, `recall ${recall.toFixed(3)} fell below ${RECALL_FLOOR}`);
  });
});
