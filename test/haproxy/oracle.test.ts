import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { haproxySyntaxCodes } from '../../server/src/haproxy/codes.js';
import { parseHaproxy } from '../../server/src/haproxy/parser.js';
import { binaryMissing } from '../helpers/binaries.js';

/**
 * Differential tests against the real haproxy binary (Debian's 2.6 in CI).
 * Words: each probe line is `.notice <text>`; haproxy prints the word it read (`'value'`), or
 * rejects the line (an unmatched quote, a bad escape or variable, or more than one word). We must
 * agree on every line: the same single value, or an error on the same line at the same column.
 * Files: haproxy rejects a small file exactly when we report a problem of severity error.
 */
const missing = binaryMissing('haproxy');

/** What haproxy said about each line of a probe file: the printed word, or why and where it rejected it. */
type Verdict = { printed: string } | { rejected: true; reason: string; column?: number };

/** haproxy's complaint -> the code we must report, with a range holding haproxy's 1-based column. */
const REASONS: [RegExp, string][] = [
  [/unmatched quote/, 'haproxy/unterminated-quote'],
  [/hexadecimal sequence/, 'haproxy/bad-escape'],
  [/environment variable name|word expansion/, 'haproxy/bad-variable'],
];

const workDir = missing ? '' : mkdtempSync(path.join(tmpdir(), 'haproxy-oracle-'));

function runHaproxy(probes: string[]): Map<number, Verdict> {
  const file = path.join(workDir, 'probe.cfg');
  // Line 1 is `global`; probe i is on line i + 2.
  writeFileSync(file, probeText(probes));
  const run = spawnSync('haproxy', ['-c', '-f', file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin' } });
  const verdicts = new Map<number, Verdict>();
  for (const line of `${run.stdout}\n${run.stderr}`.split('\n')) {
    const at = /parsing \[[^\]]*:(\d+)\]: ?(.*)$/.exec(line);
    if (!at) continue;
    const lineNo = Number(at[1]);
    if (line.startsWith('[ALERT]')) {
      const column = /at position (\d+)/.exec(at[2]!);
      verdicts.set(lineNo, { rejected: true, reason: at[2]!, ...(column ? { column: Number(column[1]) } : {}) });
    } else if (line.startsWith('[NOTICE]')) {
      const printed = /^'(.*)'\.$/.exec(at[2]!);
      if (printed && !verdicts.has(lineNo)) verdicts.set(lineNo, { printed: printed[1]! });
    }
  }
  return verdicts;
}

function probeText(probes: string[]): string {
  return ['global', ...probes.map((p) => `.notice ${p}`), ''].join('\n');
}

type OurVerdict = { printed: string } | { rejected: true; errors: { code: string; from: number; to: number }[] } | { skip: string };

/** What our parser says about each probe: its single word's value, several words, or errors (1-based columns). */
function ourVerdicts(probes: string[]): OurVerdict[] {
  const text = probeText(probes);
  const { model, errors } = parseHaproxy(text);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return line + 1;
  };
  return probes.map((_, i): OurVerdict => {
    const lineNo = i + 2;
    const lineStart = lineStarts[lineNo - 1]!;
    const lineErrors = errors.filter((e) => lineOf(e.start) === lineNo);
    const conditional = model.conditionals.find((c) => lineOf(c.start) === lineNo);
    if (lineErrors.some((e) => e.code === 'haproxy/empty-argument')) return { skip: 'an empty word: haproxy 2.6 only drops it' };
    const args = conditional?.args ?? [];
    if (lineErrors.length > 0 || args.length > 1) {
      // More than one word: haproxy says "Unexpected argument".
      return { rejected: true, errors: lineErrors.map((e) => ({ code: e.code, from: e.start - lineStart + 1, to: e.end - lineStart + 1 })) };
    }
    const word = args[0];
    if (word?.env) return { skip: 'environment expansion' };
    return { printed: word?.value ?? '' };
  });
}

function assertAgreement(probes: string[]): void {
  const theirs = runHaproxy(probes);
  const ours = ourVerdicts(probes);
  probes.forEach((probe, i) => {
    const mine = ours[i]!;
    if ('skip' in mine) return;
    const verdict = theirs.get(i + 2);
    const what = `.notice ${JSON.stringify(probe)}`;
    assert.ok(verdict, `haproxy said nothing about ${what}`);
    if ('printed' in verdict || 'printed' in mine) {
      assert.deepEqual(mine, verdict, what);
      return;
    }
    assert.ok('errors' in mine);
    // Both reject the line: when haproxy says where, one of our errors must be that one, there.
    const reason = REASONS.find(([pattern]) => pattern.test(verdict.reason));
    if (!reason || verdict.column === undefined) return;
    const column = verdict.column;
    const match = mine.errors.find((e) => e.code === reason[1] && e.from <= column && column <= e.to);
    assert.ok(match, `${what}: haproxy says "${verdict.reason}", we say ${JSON.stringify(mine.errors)}`);
    if (reason[1] !== 'haproxy/bad-variable') assert.equal(match.from, column, `${what}: ${verdict.reason}`);
  });
}

describe('haproxy parser agrees with the real haproxy', { skip: missing ?? false }, () => {
  after(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('on hand-picked quoting and escaping cases', () => {
    assertAgreement([
      '"a b"c',
      "'a b'\"c d\"e",
      "'a \\n # \" $X'",
      'a\\ b',
      'a\\\tb',
      'a\\#b',
      'a#b',
      '"a#b"',
      '\\x41\\q',
      '\\x4',
      '"\\xg1"',
      '"\\$X"',
      '\\$X',
      '$X',
      '"$1"',
      '"a$"',
      '"${A"',
      '"${.FOO}"',
      '"${A[x]}"',
      '"unterminated',
      "'unterminated",
      '"a\\"',
      "\\'a",
      '"it\'s"',
      'two words',
      '"one word"',
      '# nothing',
      '\\\\',
      '"\\\\"',
      "'\\\\'",
      '"\\t"x',
      '{ } ! || or if',
    ]);
  });

  it('on random words made of the characters that matter', () => {
    const piece = fc.constantFrom(' ', '\t', '"', "'", '\\', '#', '$', '{', '}', '[', '*', ']', '-', '.', 'x', 'g', '1', '4', 't', '_', '!', '|');
    const probe = fc.array(piece, { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(probe, { minLength: 1, maxLength: 40 }), (probes) => {
        assertAgreement(probes);
      }),
      { numRuns: Number(process.env.ORACLE_RUNS ?? 25) },
    );
  });

  it('on which conditions haproxy rejects: exactly those we report as condition-syntax', () => {
    const conditions = [
      'TRUE',
      '!TRUE || ! FALSE or { always_true } !{ always_false }',
      '"TRUE" "||" FALSE',
      '',
      '|| TRUE',
      'TRUE ||',
      'TRUE || || FALSE',
      'TRUE !',
      '! || TRUE',
      '{ }',
      '{ always_true',
      '{ always_true }x',
      'TRUE }',
      '{always_true }',
      'TRUE FALSE}',
    ];
    for (const condition of conditions) {
      const text = [
        'defaults',
        '  mode http',
        '  timeout client 1s',
        '  timeout server 1s',
        '  timeout connect 1s',
        'frontend f',
        '  bind 127.0.0.1:8080',
        `  http-request deny if ${condition}`,
        '',
      ].join('\n');
      const file = path.join(workDir, 'condition.cfg');
      writeFileSync(file, text);
      const run = spawnSync('haproxy', ['-c', '-f', file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin' } });
      const rejected = run.status !== 0;
      const codes = parseHaproxy(text).errors.map((e) => e.code);
      assert.equal(codes.includes('haproxy/condition-syntax'), rejected, `if ${condition}: haproxy ${rejected ? 'rejects' : 'accepts'} it, we say ${JSON.stringify(codes)}\n${run.stderr}`);
      assert.ok(codes.every((code) => code.startsWith('haproxy/condition-')), `if ${condition}: ${JSON.stringify(codes)}`);
    }
  });

  it('on whole files: haproxy rejects exactly those where we report an error', () => {
    const frontend = 'frontend f\n  bind 127.0.0.1:8080\n';
    const files: string[] = [
      frontend,
      `.if 1\n${frontend}.elif 0\n.else\n.endif\n`,
      `.if 1\n${frontend}`,
      `${frontend}.endif\n`,
      `${frontend}.if 1\n.else\n.elif 0\n.endif\n`,
      `${frontend}.if 1\n.else\n.else\n.endif\n`,
      `${frontend}.if 1\n.else x\n.endif\n`,
      `${frontend}.notice "a b" # c\n`,
      `${frontend}.notice a b\n`,
      `${frontend}.foo\n`,
      `maxconn 10\n${frontend}`,
      `# comment\n\n${frontend}`,
      frontend.trimEnd(),
      `${frontend}  maxconn 10\0 x\n  maxconn 20\n`,
      `${frontend}  "" maxconn 10\n`,
      `${frontend}  maxconn 10\rjunk\n`,
      `${frontend}  description ${'w '.repeat(62)}\n`,
      `${frontend}  description ${'w '.repeat(63)}\n`,
      `frontend f\r\n  bind 127.0.0.1:8080\r\n`,
    ];
    for (const text of files) {
      const file = path.join(workDir, 'whole.cfg');
      writeFileSync(file, text);
      const run = spawnSync('haproxy', ['-c', '-f', file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin' } });
      const rejected = run.status !== 0;
      const errors = parseHaproxy(text).errors.filter((e) => haproxySyntaxCodes[e.code as keyof typeof haproxySyntaxCodes]?.severity === 'error');
      assert.equal(errors.length > 0, rejected, `${JSON.stringify(text)}: haproxy ${rejected ? 'rejects' : 'accepts'} it, we report ${JSON.stringify(errors.map((e) => e.code))}\n${run.stderr}`);
    }
  });
});
