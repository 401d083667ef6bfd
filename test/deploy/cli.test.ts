import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, SEED } from './local.js';

const CLI = path.join(ROOT, 'dist/cli.cjs');
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, input: '' });

describe('haproxy-keepalived deploy/status/rollback (usage)', () => {
  it('documents the commands and their exit statuses', () => {
    const result = run(['--help']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /deploy <cluster folder>/);
    assert.match(result.stdout, /--dry-run/);
    assert.match(result.stdout, /3 applying failed on a node \(restored; earlier\s+nodes keep the new config\)/);
  });
  it('exits 2 on a missing folder or an unknown option', () => {
    assert.equal(run(['deploy']).status, 2);
    assert.match(run(['deploy', SEED, '--force']).stderr, /unknown option '--force' for deploy/);
    assert.match(run(['status', path.join(SEED, 'nope')]).stderr, /is not a folder/);
    assert.match(run(['deploy', SEED, '--overlay', '/nonexistent.json']).stderr, /cannot read the overlay/);
  });
  it('exits 1 for a folder without ha-cluster.json, before any connection', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hak-nomanifest-'));
    try {
      const result = run(['deploy', dir, '--dry-run']);
      assert.equal(result.status, 1);
      assert.match(result.stdout, /has no ha-cluster\.json: a deploy needs the manifest/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('refuses a rollback without --yes when stdin is not a terminal', () => {
    const result = run(['rollback', SEED]);
    assert.equal(result.status, 5);
    assert.match(result.stderr, /refusing to roll back without --yes: stdin is not a terminal/);
  });
});
