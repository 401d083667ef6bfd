import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseHaproxy } from '../../server/src/haproxy/parser.js';
import { validateHaproxy } from '../../server/src/haproxy/validate/index.js';
import { clearLineCache } from '../../server/src/haproxy/validate/lineCache.js';
import { loadCorpus } from '../helpers/corpus.js';

/**
 * The per-line check cache must change nothing: problems found with lines remembered from another
 * file, or from the same file before an edit moved them, equal those found from scratch.
 */
function check(text: string, version: '2.6' | '3.2' = '3.2') {
  const { model, errors } = parseHaproxy(text);
  return validateHaproxy(model, text, { version }, errors);
}

function cold(text: string, version?: '2.6' | '3.2') {
  clearLineCache();
  return check(text, version);
}

describe('haproxy line-check cache', () => {
  it('gives the problems and fixes of a moved line at its new place', () => {
    const text = 'defaults\n    contimeout 5000\n    mode http\n\nbackend app\n    balance roundrobni\n';
    const first = cold(text, '2.6');
    const moved = '# a comment pushes every line down\n\n' + text;
    const again = check(moved, '2.6');
    assert.deepEqual(again, cold(moved, '2.6'));
    const shift = moved.length - text.length;
    assert.deepEqual(
      again.map((p) => [p.code, p.start - shift, p.end - shift, p.fixes?.map((f) => f.edits.map((e) => e.start - shift))]),
      first.map((p) => [p.code, p.start, p.end, p.fixes?.map((f) => f.edits.map((e) => e.start))]),
    );
    assert.ok(first.some((p) => p.fixes?.length), 'the example has a problem with a fix');
  });

  it('tells versions and section kinds apart', () => {
    const text = 'frontend web\n    bind :80\n    timeout client-hs 5s\n    default_backend app\n\nbackend app\n    server s1 10.0.0.1:80\n';
    assert.deepEqual(check(text, '2.6'), cold(text, '2.6'));
    assert.deepEqual(check(text, '3.2'), cold(text, '3.2'));
    assert.notDeepEqual(cold(text, '2.6'), cold(text, '3.2'), 'timeout client-hs is newer than 2.6');
    const inDefaults = text.replace('frontend web', 'defaults');
    check(text, '3.2');
    assert.deepEqual(check(inDefaults, '3.2'), cold(inDefaults, '3.2'));
  });

  it('finds with a warm cache exactly what it finds cold, on every corpus file shifted by an edit', (t) => {
    const { entries, missing } = loadCorpus('haproxy');
    if (missing) return t.skip(missing);
    clearLineCache();
    for (const entry of entries) check(readFileSync(entry.absolutePath, 'utf8'));
    for (const entry of entries) {
      const edited = '# edited\n' + readFileSync(entry.absolutePath, 'utf8');
      const warm = check(edited);
      assert.deepEqual(warm, cold(edited), entry.path);
    }
  });
});
