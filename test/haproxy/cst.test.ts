import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { generateCstDts } from 'chevrotain';
import { HaproxyCstParser } from '../../server/src/haproxy/parser.js';

// server/src/haproxy/cst.d.ts is generated from the grammar; this test is its generator and keeps it
// current. After changing the grammar run: npx tsc -b && UPDATE_CST=1 node --test out/test/haproxy/cst.test.js
const HEADER =
  '// Generated from the grammar in parser.ts by test/haproxy/cst.test.ts (run it with UPDATE_CST=1).\n' +
  '// Do not edit by hand.\n';

test('cst.d.ts matches the grammar', () => {
  const file = path.resolve(process.cwd(), 'server', 'src', 'haproxy', 'cst.d.ts');
  const generated = HEADER + generateCstDts(new HaproxyCstParser().getGAstProductions(), { includeVisitorInterface: false });
  if (process.env.UPDATE_CST) writeFileSync(file, generated);
  assert.equal(readFileSync(file, 'utf8'), generated, 'cst.d.ts is stale: regenerate it (see the comment in this test)');
});
