import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseHaproxy } from '../../server/src/haproxy/parser.js';
import { loadCorpus } from '../helpers/corpus.js';

/**
 * The parser against real configs (the shared corpus, labelled by haproxy 2.6's own check):
 * it must never throw, must cover every file, must find nothing wrong in a file HAProxy accepts,
 * and whatever it finds in a rejected file must be what HAProxy rejected it for (same line).
 */
const { entries, missing } = loadCorpus('haproxy');

/** 1-based line number of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

describe('haproxy parser on the shared corpus', { skip: missing ? `skipped: ${missing}` : false }, () => {
  const results = entries.map((entry) => {
    const text = readFileSync(entry.absolutePath, 'utf8');
    return { entry, text, result: parseHaproxy(text) };
  });

  it('reads every haproxy file of the corpus to its end', () => {
    assert.ok(results.length > 500, `only ${results.length} haproxy files in the corpus`);
    for (const { entry, text, result } of results) assert.equal(result.model.end, text.length, entry.path);
    const withErrors = results.filter(({ result }) => result.errors.length > 0);
    console.log(`haproxy corpus: ${results.length} files parsed, ${withErrors.length} with syntax errors`);
    for (const { entry, text, result } of withErrors) {
      const first = result.errors[0]!;
      console.log(`  ${entry.path} (${entry.verdict}): line ${lineOf(text, first.start)} ${first.code}: ${first.message}`);
    }
  });

  it('finds no syntax error in any file HAProxy accepts', () => {
    const valid = results.filter(({ entry }) => entry.verdict === 'valid');
    assert.ok(valid.length > 300, `only ${valid.length} valid files`);
    for (const { entry, text, result } of valid) {
      assert.deepEqual(
        result.errors.map((e) => `${lineOf(text, e.start)}: ${e.code}`),
        [],
        `${entry.path} is accepted by HAProxy`,
      );
    }
  });

  it('reports, in a rejected file, the line HAProxy rejected', () => {
    for (const { entry, text, result } of results) {
      if (entry.verdict !== 'invalid' || result.errors.length === 0) continue;
      const reported = /\[[^\]:]+:(\d+)\]/.exec(entry.firstErrorLine);
      assert.ok(reported, `${entry.path}: we report ${result.errors[0]!.code}, HAProxy gave no line: ${entry.firstErrorLine}`);
      assert.equal(lineOf(text, result.errors[0]!.start), Number(reported[1]), `${entry.path}: ${entry.firstErrorLine}`);
    }
  });

  it('recovers the structure of real configs: sections, names, conditions, environment references', () => {
    let sections = 0;
    let named = 0;
    let directives = 0;
    let conditions = 0;
    let anonymous = 0;
    let env = 0;
    let conditionals = 0;
    for (const { entry, result } of results) {
      const { model } = result;
      sections += model.sections.length;
      conditionals += model.conditionals.length;
      for (const section of model.sections) {
        if (section.name) named++;
        for (const directive of section.directives) {
          directives++;
          if (directive.condition) {
            conditions++;
            anonymous += directive.condition.terms.filter((t) => t.kind === 'anonymous').length;
          }
          env += [directive.keyword, ...directive.args].filter((w) => w.env).length;
        }
      }
      if (entry.verdict === 'valid') assert.deepEqual(model.outside, [], entry.path);
    }
    console.log(
      `haproxy corpus model: ${sections} sections (${named} named), ${directives} directives, ${conditions} conditions ` +
        `(${anonymous} anonymous ACLs), ${env} words with environment references, ${conditionals} conditional directives`,
    );
    // Floors well below the current figures: they catch a parser that silently stops recognising things.
    assert.ok(sections > 1500 && named > 1000 && directives > 6000, 'sections and directives');
    assert.ok(conditions > 400 && anonymous > 400, 'conditions');
    assert.ok(env > 700 && conditionals > 500, 'environment references and conditional directives');
  });

  it('reads a file in small pieces exactly as in one piece (big files are parsed in pieces)', () => {
    let pieces = 0;
    for (const { entry, text, result } of results) {
      // Pieces of about 40 characters: cut after nearly every line, inside .if blocks, sections and rules.
      const inPieces = parseHaproxy(text, 40);
      assert.deepEqual(inPieces, result, entry.path);
      pieces += Math.ceil(text.length / 40);
    }
    assert.ok(pieces > 10_000);
  });
});
