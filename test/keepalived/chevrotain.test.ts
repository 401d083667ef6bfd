import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Lexer } from 'chevrotain';
import { KeepalivedGrammar } from '../../server/src/keepalived/grammar.js';
import { allTokens, keepalivedLexer } from '../../server/src/keepalived/lexer.js';

// Chevrotain 13's grammar checks use Object.groupBy (Node 21+); the shipped parser skips them.
type GroupBy = (items: Iterable<unknown>, keyOf: (item: unknown, index: number) => PropertyKey) => Record<PropertyKey, unknown[]>;
const objectWithGroupBy = Object as unknown as { groupBy?: GroupBy };
objectWithGroupBy.groupBy ??= (items, keyOf) => {
  const groups: Record<PropertyKey, unknown[]> = {};
  let index = 0;
  for (const item of items) (groups[keyOf(item, index++)] ??= []).push(item);
  return groups;
};

test('the grammar passes Chevrotain validations (no ambiguity, no left recursion)', () => {
  assert.doesNotThrow(() => new KeepalivedGrammar({ validate: true }));
});

test('the lexer passes Chevrotain validations and keeps its first-character optimisation', () => {
  assert.doesNotThrow(() => new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true }));
});

test('the lexer matches every character: no lexing errors, even on junk', () => {
  let junk = '';
  for (let code = 0; code < 0x3000; code += 7) junk += String.fromCharCode(code);
  assert.deepEqual(keepalivedLexer.tokenize(junk).errors, []);
});
