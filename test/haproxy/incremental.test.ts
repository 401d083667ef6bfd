import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { reparseHaproxy } from '../../server/src/haproxy/incremental.js';
import { parseHaproxy } from '../../server/src/haproxy/parser.js';
import { haproxyConfig } from '../bench/generate.js';
import { loadCorpus } from '../helpers/corpus.js';

/** An edit as an editor sends it: replace [at, at + length) by `insert`. */
const edit = (text: string) =>
  fc
    .tuple(
      fc.nat({ max: text.length }),
      fc.nat({ max: 200 }),
      fc.oneof(
        fc.constantFrom('', '\n', ' ', 'x', '#', '"', '\\', '{', '}', 'backend b2\n', '\nfrontend f\n    bind :81\n', '    server s9 10.0.0.9:80 check\n', '.if defined(X)\n', '\0', '\r'),
        fc.string({ maxLength: 30 }),
      ),
    )
    .map(([at, length, insert]) => text.slice(0, at) + insert + text.slice(Math.min(text.length, at + length)));

/** Re-parsing after an edit must give exactly what parsing the new text from scratch gives. */
function assertSameAsScratch(before: string, after: string): void {
  const previous = { text: before, result: parseHaproxy(before) };
  assert.deepStrictEqual(reparseHaproxy(previous, after), parseHaproxy(after));
}

describe('haproxy incremental re-parse', () => {
  const generated = haproxyConfig(400);

  it('gives the same model and errors as a full parse, for random edits of a generated file', () => {
    fc.assert(fc.property(edit(generated), (after) => assertSameAsScratch(generated, after)), { numRuns: 300 });
  });

  it('handles edits at the very start, the very end, and of whole sections', () => {
    const header = generated.indexOf('backend ');
    for (const after of [
      'x' + generated,
      generated + 'backend extra\n',
      generated.slice(0, -1),
      generated.slice(0, header) + generated.slice(generated.indexOf('\nbackend ', header + 1) + 1),
      generated.slice(0, header - 1) + generated.slice(header),
      generated.replace('\n\nbackend', '\nbackend'),
      generated.replaceAll('    timeout server 10s\n', '    timeout server 11s\n'),
      // The same length: the sections after the edit are kept, not copied.
      generated.slice(0, generated.indexOf('10s', generated.length >> 1)) + '12s' + generated.slice(generated.indexOf('10s', generated.length >> 1) + 3),
      '',
    ]) {
      assertSameAsScratch(generated, after);
    }
  });

  it('gives the same model and errors as a full parse, for random edits of every corpus file', (t) => {
    const { entries, missing } = loadCorpus('haproxy');
    if (missing) return t.skip(missing);
    for (const entry of entries) {
      const text = readFileSync(entry.absolutePath, 'latin1');
      fc.assert(fc.property(edit(text), (after) => assertSameAsScratch(text, after)), { numRuns: 3 });
    }
  });
});
