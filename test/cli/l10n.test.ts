import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = path.resolve('dist/cli.cjs');

/** Runs the CLI with a controlled environment (the caller's LANG must not decide the language). */
function run(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const { LANG: _lang, LC_ALL: _all, LC_MESSAGES: _messages, ...rest } = process.env;
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...rest, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('haproxy-keepalived check in Spanish', () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-cli-l10n-'));
    file = path.join(dir, 'haproxy.cfg');
    writeFileSync(file, 'global\n    daemon\ndefaults\n    mode http\n    tiemout client 5s\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes messages and the summary in Spanish with --locale es, and keeps the codes and positions', () => {
    const spanish = run(['check', file, '--locale', 'es']);
    const english = run(['check', file, '--locale', 'en']);
    assert.equal(spanish.status, 1);
    assert.equal(english.status, 1);
    assert.equal(
      spanish.stdout,
      `${file}:5:5: error: palabra clave desconocida 'tiemout' en la sección 'defaults'; ¿quería decir 'timeout'? [haproxy/unknown-keyword]\n` +
        '1 error, 0 avisos en 1 fichero comprobado\n',
    );
    assert.equal(
      english.stdout,
      `${file}:5:5: error: unknown keyword 'tiemout' in 'defaults' section; did you mean 'timeout'? [haproxy/unknown-keyword]\n1 error, 0 warnings in 1 file checked\n`,
    );
  });

  it('takes the language from LC_ALL, LC_MESSAGES or LANG when --locale is not given', () => {
    assert.match(run(['check', file], { LANG: 'es_ES.UTF-8' }).stdout, /palabra clave desconocida/);
    assert.match(run(['check', file], { LC_MESSAGES: 'es_AR.UTF-8', LANG: 'en_US.UTF-8' }).stdout, /palabra clave desconocida/);
    assert.match(run(['check', file], { LC_ALL: 'C.UTF-8', LANG: 'es_ES.UTF-8' }).stdout, /unknown keyword/);
    assert.match(run(['check', file]).stdout, /unknown keyword/);
    assert.match(run(['check', file, '--locale', 'en'], { LANG: 'es_ES.UTF-8' }).stdout, /unknown keyword/);
  });

  it('translates the json and sarif messages, related places included', () => {
    const cluster = path.join(dir, 'cluster');
    cpSync('examples/seed-cluster', cluster, { recursive: true });
    const server1 = path.join(cluster, 'keepalived', 'server1.conf');
    writeFileSync(server1, readFileSync(server1, 'utf8').replace('virtual_router_id 51', 'virtual_router_id 52'));
    const json = JSON.parse(run(['check', cluster, '--format', 'json', '--locale', 'es']).stdout) as Array<{ code: string; message: string }>;
    const mismatches = json.filter((f) => f.code === 'ha-cluster/vrid-mismatch');
    assert.equal(mismatches.length, 1);
    assert.match(mismatches[0]!.message, /^virtual_router_id 51 en server2, pero server1 sirve las mismas IP virtuales con 52: .* \(véase .*server1\.conf:\d+:\d+: virtual_router_id 52 en server1\)$/);
    const sarif = JSON.parse(run(['check', cluster, '--format', 'sarif', '--locale', 'es']).stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; message: { text: string }; relatedLocations?: Array<{ message: { text: string } }> }> }>;
    };
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'ha-cluster/vrid-mismatch')!;
    assert.match(result.message.text, /^virtual_router_id 51 en server2, pero server1 /);
    assert.equal(result.relatedLocations![0]!.message.text, 'virtual_router_id 52 en server1');
  });

  it("writes the refusals of 'new' in Spanish when LANG says so", () => {
    const result = run(['new', path.join(dir, 'new-cluster'), '--lb', 'lb1=10.0.0.1'], { LANG: 'es_ES.UTF-8' });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'haproxy-keepalived: una pareja de alta disponibilidad necesita al menos dos balanceadores de carga\n');
  });

  it('refuses a locale it does not have', () => {
    const result = run(['check', file, '--locale', 'fr']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown locale 'fr' \(use es or en\)/);
  });
});
