import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import type { LanguageId } from '../../server/src/service/languages.js';
import { loadCorpus } from '../helpers/corpus.js';
import { bodyOf, expandSnippet, loadSnippets } from '../helpers/snippets.js';
import { exercise, FUZZ, inputsTried } from './fuzz.js';

/**
 * Random and mutated input for both parsers and every feature built on them (see ./fuzz.ts): nothing
 * may throw, every range must lie inside the document, no call may stall, formatting is idempotent.
 * `npm test` runs a short budget; `npm run fuzz` a long one (FUZZ_SECONDS, FUZZ_RUNS, FUZZ_MUTATIONS).
 */
const MAX_INPUT = 64 * 1024;
/** fast-check options for one property: at most FUZZ.runs inputs and FUZZ.seconds of time. */
const budget = (runs = FUZZ.runs) => ({ numRuns: runs, interruptAfterTimeLimit: FUZZ.seconds * 1000, markInterruptAsFailure: false });

const vocabulary: Record<LanguageId, string[]> = {
  haproxy: [
    'global', 'defaults', 'frontend', 'backend', 'listen', 'userlist', 'peers', 'resolvers', 'program', 'ring',
    'server', 'bind', 'acl', 'use_backend', 'http-request', 'deny', 'if', 'unless', '!', '{', '}', '||', 'or',
    '.if', '.elif', '.else', '.endif', '.diag', '.alert', '"', "'", '\\', '#', '${HOME}', '"a b"', "'x y'",
    'web1', '10.0.0.1:80', '*:80', 'check', 'timeout', 'connect', '5s', 'option', 'httpchk', '%[src]', '\\"', '\\#',
  ],
  keepalived: [
    'global_defs', 'vrrp_script', 'vrrp_instance', 'virtual_ipaddress', 'track_script', 'virtual_server', 'real_server',
    'HTTP_GET', '{', '}', '{}', '"', '#', '!', 'include', '*.conf', '@node1', '@^node2', '$NAME=value', '$NAME', '${NAME}',
    '~SEQ(i,1,3)', '$i', '\\', 'state', 'MASTER', 'BACKUP', 'priority', '101', '10.0.0.10/24', 'dev', 'eth0', '"a b"',
  ],
};

const separators = [' ', '\t', '\n', '\r\n', '  ', '\n\n'];

function tokenSoup(language: LanguageId): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.constantFrom(...vocabulary[language]), fc.constantFrom(...separators)), { maxLength: 400 })
    .map((pairs) => pairs.map(([word, sep]) => word + sep).join(''));
}

const randomText = fc.oneof(
  fc.string({ maxLength: 2_000 }),
  fc.string({ unit: 'binary', maxLength: 2_000 }),
  fc.uint8Array({ maxLength: 4_000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.string({ unit: fc.constantFrom('{', '}', '"', "'", '\\', '#', '!', '\n', ' ', 'a', '$', '@', '~', '.'), maxLength: 4_000 }),
);

/** Cuts, duplicates or inserts pieces of a real file. */
function mutations(base: string): fc.Arbitrary<string> {
  const position = fc.nat({ max: base.length });
  return fc.oneof(
    fc.tuple(position, position).map(([a, b]) => base.slice(0, Math.min(a, b)) + base.slice(Math.max(a, b))),
    fc.tuple(position, position, position).map(([a, b, at]) => {
      const piece = base.slice(Math.min(a, b), Math.max(a, b));
      return (base.slice(0, at) + piece + base.slice(at)).slice(0, MAX_INPUT);
    }),
    fc.tuple(position, fc.string({ maxLength: 20 })).map(([at, junk]) => base.slice(0, at) + junk + base.slice(at)),
  );
}

/** Where the probes go: fractions of the text's length. */
const picks = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 4 });

after(() => {
  console.log(`fuzzing: ${inputsTried.haproxy} haproxy and ${inputsTried.keepalived} keepalived inputs tried, each through every feature`);
});

const SNIPPET_FILES: Record<LanguageId, string> = { haproxy: 'haproxy.json', keepalived: 'keepalived.json' };

for (const language of ['haproxy', 'keepalived'] as const) {
  describe(`${language} features under random input`, () => {
    it('survive random strings and bytes', () => {
      fc.assert(fc.property(randomText, picks, (text, at) => exercise(language, text, at)), budget());
    });

    it('survive token soup of its own keywords', () => {
      fc.assert(fc.property(tokenSoup(language), picks, (text, at) => exercise(language, text, at)), budget());
    });

    it('survive inputs of 64 KB', () => {
      const big = fc.array(fc.constantFrom(...vocabulary[language], ...separators), { minLength: 8_000, maxLength: 12_000 }).map((words) =>
        words.join(' ').padEnd(MAX_INPUT, '\n').slice(0, MAX_INPUT),
      );
      // endOnFailure: shrinking a 64 KB input would take minutes; the seed in the report reproduces it.
      fc.assert(fc.property(big, picks, (text, at) => exercise(language, text, at)), { ...budget(Math.min(FUZZ.runs, 4)), endOnFailure: true });
    });

    it('survive mutations of every corpus file', (t) => {
      const { entries, missing } = loadCorpus(language);
      if (missing) {
        console.log(`NOTE: ${missing}: corpus mutations not fuzzed`);
        return t.skip(missing);
      }
      const before = inputsTried[language];
      for (const entry of entries) {
        const base = readFileSync(entry.absolutePath, 'latin1').slice(0, MAX_INPUT);
        exercise(language, base);
        fc.assert(fc.property(mutations(base), picks, (text, at) => exercise(language, text, at)), { numRuns: FUZZ.mutations });
      }
      assert.ok(entries.length > 0);
      t.diagnostic(`${entries.length} corpus files, ${inputsTried[language] - before} inputs`);
    });

    it('survive mutations of every snippet, raw and expanded', () => {
      const snippets = Object.entries(loadSnippets(SNIPPET_FILES[language]));
      assert.ok(snippets.length > 0);
      for (const [, snippet] of snippets) {
        for (const base of [bodyOf(snippet), expandSnippet(bodyOf(snippet))]) {
          exercise(language, base);
          fc.assert(fc.property(mutations(base), picks, (text, at) => exercise(language, text, at)), { numRuns: FUZZ.mutations * 3 });
        }
      }
    });
  });
}
