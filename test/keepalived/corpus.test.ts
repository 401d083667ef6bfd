import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { codes } from '../../server/src/codes.js';
import { parseKeepalived } from '../../server/src/keepalived/parser.js';
import { checkerOutput, loadCorpus, type CorpusEntry } from '../helpers/corpus.js';

/**
 * Real keepalived.conf files from the shared corpus (read in place, never copied here). MANIFEST.tsv
 * says whether keepalived 2.2.7 (`keepalived -t`) accepted each one; results/ holds its output.
 */

/** What keepalived's line reader itself says about a file it cannot read (lib/parser.c). */
const READER_COMPLAINTS = [
  /missing '\}'s or extra '\{'s/,
  /Extra '\}' found/,
  /Unexpected '\{'/,
  /Unmatched quote/,
  /Unterminated quote/,
  /Invalid ~SEQ|Invalid ~LST|~SEQ parameter/,
  /Unknown keyword '(\$|include)/,
  /line too long|embedded NULs/,
];

const { entries, missing } = loadCorpus('keepalived');

describe('keepalived corpus', { skip: missing ? `${missing}; skipping` : false }, () => {
  const withErrors: { entry: CorpusEntry; message: string }[] = [];

  test('the manifest lists keepalived files', () => {
    assert.ok(entries.length > 0);
  });

  for (const entry of entries) {
    test(`${entry.path} (${entry.verdict})`, () => {
      const text = readFileSync(entry.absolutePath, 'utf8');
      const { model, errors } = parseKeepalived(text);
      assert.equal(model.end, text.length);
      assert.ok(model.statements.length > 0, 'a real configuration has statements');
      const syntaxErrors = errors.filter((e) => codes[e.code]?.severity === 'error');
      if (entry.verdict === 'valid') {
        // keepalived accepted the file: nothing may be said about how it is written.
        assert.deepEqual(errors, []);
      } else if (syntaxErrors.length > 0) {
        // We call it broken: keepalived's reader must have complained too.
        withErrors.push({ entry, message: `${syntaxErrors[0]!.code}: ${syntaxErrors[0]!.message}` });
        const output = checkerOutput(entry);
        assert.ok(READER_COMPLAINTS.some((r) => r.test(output)), `keepalived did not complain about the syntax:\n${output}`);
      }
    });
  }

  test('summary', () => {
    const accepted = entries.filter((e) => e.verdict === 'valid').length;
    console.log(`keepalived corpus: ${entries.length} files, ${accepted} accepted by keepalived; ${withErrors.length} with syntax errors from our parser`);
    for (const { entry, message } of withErrors) console.log(`  ${entry.path}: ${message} (keepalived: ${entry.firstErrorLine})`);
  });
});
