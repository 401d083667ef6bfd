import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const require = createRequire(import.meta.url);
const CLI = path.resolve('dist/cli.cjs');
const ROOT = path.resolve('.');

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The SARIF 2.1.0 schema (OASIS, draft-04 JSON Schema), as Microsoft's SARIF test package ships it. */
function sarifValidator(): (log: unknown) => string[] {
  const Ajv = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  // The schema's language pattern is not valid as a unicode regular expression.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
  return (log) => (validate(log) ? [] : (validate.errors as Array<{ instancePath: string; message: string }>).map((e) => `${e.instancePath} ${e.message}`));
}

describe('check --format sarif and the problem matcher', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-formats-'));
    cpSync(path.join(ROOT, 'examples', 'seed-cluster'), path.join(dir, 'cluster'), { recursive: true });
    const server2 = path.join(dir, 'cluster', 'keepalived', 'server2.conf');
    writeFileSync(server2, readFileSync(server2, 'utf8').replace('virtual_router_id 51', 'virtual_router_id 52'));
    const haproxy = path.join(dir, 'cluster', 'haproxy', 'haproxy.cfg');
    writeFileSync(haproxy, readFileSync(haproxy, 'utf8').replace('balance roundrobin', 'balance round-robin').replace('    retries 3', '    contimeout 5000\n    retries 3'));
  });
  // Removes only the folder this suite made.
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a SARIF 2.1.0 log the schema accepts, with rules, levels, ranges and the other node as a related location', () => {
    const result = run(['check', 'cluster', '--format', 'sarif', '--haproxy-version', '2.6'], dir);
    assert.equal(result.status, 1, result.stderr);
    const log = JSON.parse(result.stdout);
    assert.deepEqual(sarifValidator()(log), []);
    const [sarifRun] = log.runs;
    assert.equal(sarifRun.tool.driver.name, 'haproxy-keepalived');
    const byRule = new Map<string, { level: string; message: { text: string }; locations: unknown[]; relatedLocations?: unknown[] }>(
      sarifRun.results.map((r: { ruleId: string }) => [r.ruleId, r]),
    );
    assert.deepEqual([...byRule.keys()].sort(), ['ha-cluster/vrid-mismatch', 'haproxy/invalid-value', 'haproxy/removed-keyword']);
    assert.deepEqual(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id), ['ha-cluster/vrid-mismatch', 'haproxy/invalid-value', 'haproxy/removed-keyword']);
    const vrid = byRule.get('ha-cluster/vrid-mismatch')!;
    assert.equal(vrid.level, 'error');
    assert.deepEqual(vrid.locations, [
      { physicalLocation: { artifactLocation: { uri: 'cluster/keepalived/server2.conf', uriBaseId: '%SRCROOT%' }, region: { startLine: 38, startColumn: 23, endLine: 38, endColumn: 25 } } },
    ]);
    assert.deepEqual(vrid.relatedLocations, [
      {
        id: 0,
        physicalLocation: { artifactLocation: { uri: 'cluster/keepalived/server1.conf', uriBaseId: '%SRCROOT%' }, region: { startLine: 38, startColumn: 23, endLine: 38, endColumn: 25 } },
        message: { text: 'virtual_router_id 51 on server1' },
      },
    ]);
    assert.match(byRule.get('haproxy/invalid-value')!.message.text, /round-robin/);
    assert.equal(sarifRun.originalUriBaseIds['%SRCROOT%'].uri, `file://${dir}/`);
  });

  it('the schema check can fail: a log with a wrong level is refused', () => {
    const log = JSON.parse(run(['check', 'cluster', '--format', 'sarif'], dir).stdout);
    log.runs[0].results[0].level = 'fatal';
    assert.notDeepEqual(sarifValidator()(log), []);
  });

  it('an empty SARIF log for a clean folder, exit 0', () => {
    const result = run(['check', path.join(ROOT, 'examples', 'seed-cluster'), '--format', 'sarif'], dir);
    assert.equal(result.status, 0, result.stderr);
    const log = JSON.parse(result.stdout);
    assert.deepEqual(sarifValidator()(log), []);
    assert.deepEqual(log.runs[0].results, []);
  });

  it("the $haproxy-keepalived problem matcher reads every line of the text output as the JSON output's problem", () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const [matcher] = manifest.contributes.problemMatchers;
    assert.equal(matcher.name, 'haproxy-keepalived');
    const pattern = new RegExp(matcher.pattern.regexp);
    const text = run(['check', 'cluster', '--haproxy-version', '2.6'], dir).stdout.trimEnd().split('\n');
    const rows = JSON.parse(run(['check', 'cluster', '--haproxy-version', '2.6', '--format', 'json'], dir).stdout) as Array<Record<string, string | number>>;
    assert.equal(text.length, rows.length + 1, 'one line a problem, then the summary');
    assert.match(text.at(-1)!, /^3 errors, 0 warnings in 3 files checked$/);
    assert.doesNotMatch(text.at(-1)!, pattern, 'the summary line is not a problem');
    text.slice(0, -1).forEach((line, i) => {
      const match = pattern.exec(line);
      assert.ok(match, `the problem matcher misses: ${line}`);
      const field = (name: string) => match[matcher.pattern[name] as number];
      const row = rows[i]!;
      assert.deepEqual(
        { file: field('file'), line: Number(field('line')), column: Number(field('column')), severity: field('severity'), message: field('message'), code: field('code') },
        { file: row.file, line: row.line, column: row.column, severity: row.severity, message: row.message, code: row.code },
      );
    });
  });
});
