import assert from 'node:assert/strict';
import type { Span } from '../../server/src/common/span.js';
import type { KStatement, KWord } from '../../server/src/keepalived/model.js';
import { parseKeepalived } from '../../server/src/keepalived/parser.js';

export const OPEN = '⟦';
export const CLOSE = '⟧';

/** Strips `⟦...⟧` range markers (they may nest) and returns the text and the marked ranges in order. */
export function marked(source: string): { text: string; ranges: Span[] } {
  let text = '';
  const ranges: Span[] = [];
  const open: number[] = [];
  for (const ch of source) {
    if (ch === OPEN) open.push(text.length);
    else if (ch === CLOSE) {
      const start = open.pop();
      assert.ok(start !== undefined, 'unbalanced range markers in a test case');
      ranges.push({ start, end: text.length });
    } else text += ch;
  }
  assert.equal(open.length, 0, 'unbalanced range markers in a test case');
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, ranges };
}

function word(w: KWord): string {
  return w.raw;
}

/**
 * A compact picture of the statement tree: `keyword args { child; child }`, with `@id`/`@^id` and
 * `~SEQ(...)` prefixes and `{…` for a block left open.
 */
export function shape(statements: readonly KStatement[]): string {
  return statements
    .map((s) => {
      let out = '';
      if (s.configId) out += `@${s.configId.negated ? '^' : ''}${s.configId.name} `;
      for (const seq of s.sequences ?? []) out += `~${seq.kind.toUpperCase()}(${seq.variables.join(',')}) `;
      out += [s.keyword, ...s.args].map(word).join(' ');
      if (s.block) out += ` {${s.block.statements.length ? ' ' + shape(s.block.statements) + ' ' : ''}${s.block.close ? '}' : '…'}`;
      return out;
    })
    .join('; ');
}

/** Parses a case written with range markers and checks the problems' codes and exact ranges. */
export function parseMarked(source: string, codes: readonly string[]): ReturnType<typeof parseKeepalived> & { text: string } {
  const { text, ranges } = marked(source);
  const result = parseKeepalived(text);
  const actual = result.errors.map((e) => `${e.code} ${e.start}-${e.end} ${JSON.stringify(text.slice(e.start, e.end))}`);
  assert.equal(ranges.length, codes.length, 'each expected code needs a marked range');
  const expected = ranges.map((r, i) => `${codes[i]} ${r.start}-${r.end} ${JSON.stringify(text.slice(r.start, r.end))}`);
  assert.deepEqual(actual, expected);
  return { ...result, text };
}

/** The text a span covers. */
export function at(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
