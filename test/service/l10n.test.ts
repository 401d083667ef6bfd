import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve('.');
const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

/** Every `%key%` the manifest uses, wherever it is. */
function manifestKeys(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%([^%]+)%$/.exec(value);
    if (match) found.add(match[1]!);
  } else if (Array.isArray(value)) value.forEach((v) => manifestKeys(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => manifestKeys(v, found));
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('Spanish: the manifest and the client', () => {
  it('every %key% of package.json is in package.nls.json, and package.nls.es.json has exactly the same keys', () => {
    const used = [...manifestKeys(json('package.json'))].sort();
    const english = json('package.nls.json');
    const spanish = json('package.nls.es.json');
    assert.ok(used.length >= 15, `only ${used.length} localized strings in package.json`);
    assert.deepEqual(used.filter((k) => !(k in english)), [], 'keys missing from package.nls.json');
    assert.deepEqual(Object.keys(spanish).sort(), Object.keys(english).sort());
    // Not the English left in place (names such as "HAProxy" may stay as they are).
    const untranslated = Object.keys(english).filter((k) => spanish[k] === english[k] && !/^HAProxy$/.test(String(english[k])));
    assert.deepEqual(untranslated, []);
  });

  it('no user-visible title or description in package.json is left unlocalized', () => {
    const manifest = json('package.json') as { contributes: Record<string, unknown> };
    const plain: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (['title', 'description', 'markdownDescription', 'label', 'category'].includes(k) && typeof v === 'string' && !/^%.+%$/.test(v)) plain.push(`${where}.${k}`);
          walk(v, `${where}.${k}`);
        }
      }
    };
    walk(manifest.contributes, 'contributes');
    assert.deepEqual(plain, []);
  });

  it('l10n/bundle.l10n.json holds every l10n.t string of the client (regenerated and compared)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'hak-l10n-'));
    try {
      const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'vscode-l10n-dev'), ['export', '--outDir', out, './client/src'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      assert.equal(result.status, 0, result.stderr);
      const fresh = JSON.parse(readFileSync(path.join(out, 'bundle.l10n.json'), 'utf8'));
      assert.deepEqual(json('l10n/bundle.l10n.json'), fresh, 'run `npm run l10n` and translate the new strings in l10n/bundle.l10n.es.json');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('l10n/bundle.l10n.es.json translates every client string, keeping its {0} placeholders', () => {
    const english = json('l10n/bundle.l10n.json') as Record<string, string>;
    const spanish = json('l10n/bundle.l10n.es.json') as Record<string, string>;
    assert.deepEqual(Object.keys(english).filter((k) => !(k in spanish)), [], 'strings without a Spanish translation');
    assert.deepEqual(Object.keys(spanish).filter((k) => !(k in english)), [], 'translations of strings the client no longer has');
    for (const [key, text] of Object.entries(spanish)) {
      assert.deepEqual(placeholders(text), placeholders(key), `placeholders differ in: ${text}`);
      assert.notEqual(text, key, `not translated: ${key}`);
    }
  });
});
