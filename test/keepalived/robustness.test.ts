import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Span } from '../../server/src/common/span.js';
import { codes } from '../../server/src/codes.js';
import type { KeepalivedConfig, KStatement } from '../../server/src/keepalived/model.js';
import { parseKeepalived } from '../../server/src/keepalived/parser.js';

function within(outer: Span, inner: Span, what: string): void {
  assert.ok(inner.start >= outer.start && inner.end <= outer.end && inner.start <= inner.end, `${what} ${inner.start}-${inner.end} lies outside ${outer.start}-${outer.end}`);
}

function checkStatements(statements: readonly KStatement[], parent: Span): void {
  let previousEnd = parent.start;
  for (const s of statements) {
    within(parent, s, 'statement');
    assert.ok(s.start >= previousEnd, 'statements overlap or are out of order');
    previousEnd = s.end;
    within(s, s.keyword, 'keyword');
    for (const a of s.args) within(s, a, 'argument');
    if (s.block) {
      within(s, s.block, 'block');
      checkStatements(s.block.statements, s.block);
    }
  }
}

/** What must hold for any input: a model covering the text, spans in bounds, known codes, sorted errors. */
function checkInvariants(text: string): ReturnType<typeof parseKeepalived> {
  const result = parseKeepalived(text);
  const { model, errors } = result;
  const whole = { start: 0, end: text.length };
  assert.equal(model.start, 0);
  assert.equal(model.end, text.length);
  checkStatements(model.statements, whole);
  const all: Span[] = [...model.includes, ...model.definitions, ...model.references, ...model.sequences, ...model.comments];
  for (const span of all) within(whole, span, 'span');
  let last = 0;
  for (const e of errors) {
    within(whole, e, e.code);
    assert.ok(e.start >= last, 'errors are sorted');
    last = e.start;
    assert.ok(codes[e.code], `unregistered code ${e.code}`);
    assert.doesNotMatch(e.message, /Internal error/);
  }
  return result;
}

const pieces = ['{', '}', '"', '#', '!', '\\', '$', '${', '@', '@^', '~SEQ(', '~SEQx(', '~LST(', ')', ',', '=', ' ', '\t', '\n', '\r\n', '\0', 'include ', 'x', 'vrrp_instance', '10.0.0.1/24', '1', '-2', 'é', '\u{1F600}'];

describe('robustness', () => {
  test('any text built from keepalived’s special characters parses without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 300 }), (parts) => {
        checkInvariants(parts.join(''));
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  test('arbitrary unicode strings parse without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        checkInvariants(text);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  test('binary junk (1 MiB, every byte value, NULs included)', () => {
    let seed = 12345;
    const bytes = new Uint8Array(1 << 20);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = seed >>> 24;
    }
    const text = Buffer.from(bytes).toString('latin1');
    const result = checkInvariants(text);
    assert.ok(result.errors.some((e) => e.code === 'keepalived/nul-byte'));
  });

  test('100,000 nested braces: levels past 64 are read flat, with one error', () => {
    const text = '{'.repeat(100_000) + '\n' + '}'.repeat(100_000) + '\n';
    const { errors, model } = checkInvariants(text);
    assert.deepEqual(
      errors.map((e) => e.code),
      [...Array<string>(64).fill('keepalived/unexpected-brace'), 'keepalived/syntax', 'keepalived/line-too-long', 'keepalived/line-too-long'],
    );
    assert.deepEqual(errors[64], {
      code: 'keepalived/syntax',
      message: 'Blocks are nested more than 64 levels deep here; the deeper levels are not analysed.',
      start: 64,
      end: 65,
    });
    assert.deepEqual(model.statements, []);
  });

  test('100,000 unclosed braces after keywords', () => {
    const text = 'a {\n'.repeat(100_000);
    const { errors } = checkInvariants(text);
    assert.equal(errors.filter((e) => e.code === 'keepalived/unbalanced-brace').length, 64);
  });

  test('200,000 statements inside a { that follows no keyword', () => {
    const text = '{\n' + 'a\n'.repeat(200_000) + '}\n';
    const { errors, model } = checkInvariants(text);
    assert.deepEqual(errors.map((e) => e.code), ['keepalived/unexpected-brace']);
    assert.equal(model.statements.length, 200_000);
  });

  test('20,000 lines of statements', () => {
    const text = 'global_defs {\n' + '  router_id A # c\n'.repeat(20_000) + '}\n';
    const { errors, model } = checkInvariants(text);
    assert.deepEqual(errors, []);
    assert.equal(model.statements[0]?.block?.statements.length, 20_000);
  });

  test('a very long line and a very long quoted string', () => {
    const text = 'x ' + 'y'.repeat(200_000) + '\nz "' + 'w'.repeat(200_000) + '\n';
    const { errors } = checkInvariants(text);
    assert.deepEqual(
      errors.map((e) => e.code),
      ['keepalived/line-too-long', 'keepalived/unterminated-quote', 'keepalived/line-too-long'],
    );
  });

  // Each of these once took quadratic time (tens of seconds): every statement scanned to its line end.
  const oneLiners: [string, string, number][] = [
    ['statements and stray braces', 'a } '.repeat(50_000), 50_000],
    ['conditional blocks', '@m a { '.repeat(30_000), 30_000],
    ['$ keywords', '$a } '.repeat(50_000), 50_000],
    ['~SEQ prefixes without )', '~SEQ(i, '.repeat(30_000), 1],
  ];
  for (const [name, text, minErrors] of oneLiners) {
    test(`one huge line of ${name} is read in linear time`, () => {
      const started = performance.now();
      const { errors } = checkInvariants(text);
      const elapsed = performance.now() - started;
      assert.ok(errors.length >= minErrors);
      assert.ok(elapsed < 5000, `took ${elapsed.toFixed(0)} ms`);
    });
  }
});

function vrrpInstances(count: number): string {
  let text = 'global_defs {\n  router_id LVS_DEVEL\n  script_user root\n}\n\n';
  for (let i = 0; i < count; i++) {
    text += `vrrp_instance VI_${i} {   # instance ${i}
    state ${i % 2 ? 'BACKUP' : 'MASTER'}
    interface eth0
    virtual_router_id ${(i % 255) + 1}
    priority ${100 + (i % 50)}
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass "s3cr${i}t"
    }
    virtual_ipaddress {
        10.${i >> 8}.${i & 255}.10/24 dev eth0 label eth0:${i % 10}
        10.${i >> 8}.${i & 255}.11/24
    }
    track_script {
        chk_haproxy
    }
    notify_master "/etc/keepalived/notify.sh MASTER ${i}"
}

`;
  }
  return text;
}

/**
 * Time of a fixed CPU workload, to tell a slow (or busy) machine from a slow parser. On an unloaded
 * machine of ordinary speed it takes about 20 ms.
 */
function calibrationMs(): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    let sum = 0;
    for (let i = 0; i < 2e7; i++) sum += i % 7;
    best = Math.min(best, performance.now() - started);
    if (sum < 0) throw new Error('unreachable');
  }
  return best;
}
const CALIBRATION_REFERENCE_MS = 20;

describe('performance', () => {
  test('1,000 vrrp_instance blocks parse in well under 100 ms', () => {
    const text = vrrpInstances(1000);
    for (let i = 0; i < 3; i++) parseKeepalived(text); // warm-up
    const times: number[] = [];
    let statements: KeepalivedConfig['statements'] = [];
    for (let i = 0; i < 9; i++) {
      const started = performance.now();
      const result = parseKeepalived(text);
      times.push(performance.now() - started);
      assert.deepEqual(result.errors, []);
      statements = result.model.statements;
    }
    times.sort((a, b) => a - b);
    const median = times[4]!;
    const best = times[0]!;
    const calibration = calibrationMs();
    // On a machine slower (or busier) than the reference, the budget grows in proportion.
    const slowdown = Math.max(1, calibration / CALIBRATION_REFERENCE_MS);
    console.log(
      `keepalived: ${text.split('\n').length} lines, ${(text.length / 1024).toFixed(0)} KiB, 1,000 vrrp_instance blocks: ` +
        `median ${median.toFixed(1)} ms, best ${best.toFixed(1)} ms (CPU calibration ${calibration.toFixed(1)} ms, reference ${CALIBRATION_REFERENCE_MS} ms)`,
    );
    assert.equal(statements.length, 1001);
    assert.ok(best < 100 * slowdown, `parsing took ${best.toFixed(1)} ms (budget ${(100 * slowdown).toFixed(0)} ms)`);
  });
});
