import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseKeepalived } from '../../server/src/keepalived/parser.js';
import { acceptedForMissingScripts, failsKeepalivedTest, linesOfBlocksClosedOn, readCheckerOutput } from '../../server/src/keepalived/validate/checker-output.js';
import { validateKeepalived } from '../../server/src/keepalived/validate/index.js';
import { checkerOutput, loadCorpus, type CorpusEntry } from '../helpers/corpus.js';

/**
 * Our checker against the real `keepalived -t` (Debian 2.2.7) on every keepalived file of the
 * corpus, with target version 2.2.7 and config id `vm` (the checker machine's host name, which
 * keepalived uses for `@id` lines). Precision: files keepalived accepts on which we report no error.
 * Recall: files keepalived rejects on which we report an error on a line it names (or anywhere when
 * it names none).
 *
 * keepalived -t fails on every message it prints, so "we report an error" means a problem of
 * severity error, or a warning keepalived -t also prints (`failsKeepalivedTest`: a truncated
 * auth_pass, deprecations keepalived itself announces). Messages about the machine (interfaces,
 * scripts, users it lacks) do not count; a file rejected only for those is left out.
 *
 * The floors are ratchets: the figures reached so far; the goal is 97% for both.
 */
const PRECISION_FLOOR = Number(process.env.KEEPALIVED_PRECISION_FLOOR ?? 1);
const RECALL_FLOOR = Number(process.env.KEEPALIVED_RECALL_FLOOR ?? 1);

/** The interfaces of the machine that labelled the corpus (corpus README). */
const CHECKER_MACHINE = {
  interfaces: new Set(['lo', 'eth0', 'ifb0', 'ifb1']),
  // Programs are looked up here: this machine has the checker machine's Debian userland.
  hasProgram: (program: string): boolean =>
    program.startsWith('/') ? existsSync(program) : ['/usr/sbin', '/usr/bin', '/sbin', '/bin'].some((dir) => existsSync(path.join(dir, program))),
};

interface Verdict {
  entry: CorpusEntry;
  accepted: boolean;
  excluded?: string;
  namedLines: number[];
  ourErrors: Array<{ line: number; code: string; message: string }>;
}

function judge(entry: CorpusEntry): Verdict {
  const messages = readCheckerOutput(checkerOutput(entry), CHECKER_MACHINE);
  const accepted = entry.verdict === 'valid';
  const text = readFileSync(entry.absolutePath, 'utf8');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => lineStarts.filter((s) => s <= offset).length;
  const { model, errors } = parseKeepalived(text);
  const problems = [...errors, ...validateKeepalived(model, text, { version: '2.2.7', configId: 'vm' })];
  const ourErrors = problems.filter(failsKeepalivedTest).map((p) => ({ line: lineOf(p.start), code: p.code, message: p.message }));

  const relevant = messages.filter((m) => !m.environment);
  let excluded: string | undefined;
  if (!accepted && relevant.length === 0) excluded = [...new Set(messages.map((m) => m.environment))].join('; ');
  if (accepted && acceptedForMissingScripts(problems, CHECKER_MACHINE)) excluded = 'accepted only because its scripts do not exist on the checker machine (keepalived skips the security check of missing scripts)';
  const headers = linesOfBlocksClosedOn(model.statements, lineOf);
  const namedLines = relevant.flatMap((m) => (m.line === undefined ? [] : [m.line, ...(headers.get(m.line) ?? [])]));
  return { entry, accepted, excluded, namedLines, ourErrors };
}

describe('keepalived checker against the real keepalived -t on the corpus', () => {
  it('reaches the precision and recall floors, and prints every disagreement', (t) => {
    const { entries, missing } = loadCorpus('keepalived');
    if (missing) return t.skip(missing);
    const verdicts = entries.map(judge);
    const excluded = verdicts.filter((v) => v.excluded);
    const accepted = verdicts.filter((v) => v.accepted && !v.excluded);
    const rejected = verdicts.filter((v) => !v.accepted && !v.excluded);
    const falseAlarms = accepted.filter((v) => v.ourErrors.length > 0);
    const caught = rejected.filter((v) => v.ourErrors.some((e) => v.namedLines.length === 0 || v.namedLines.includes(e.line)));
    const missed = rejected.filter((v) => !caught.includes(v));
    const precision = accepted.length === 0 ? 1 : (accepted.length - falseAlarms.length) / accepted.length;
    const recall = rejected.length === 0 ? 1 : caught.length / rejected.length;

    const lines = [
      `keepalived corpus: ${entries.length} files; ${accepted.length} accepted by keepalived -t, ${rejected.length} rejected, ${excluded.length} left out`,
      `precision ${(precision * 100).toFixed(1)}% (${accepted.length - falseAlarms.length}/${accepted.length}), recall ${(recall * 100).toFixed(1)}% (${caught.length}/${rejected.length})`,
    ];
    for (const v of falseAlarms) lines.push(`  false alarm ${v.entry.path}: line ${v.ourErrors[0]!.line} ${v.ourErrors[0]!.code}: ${v.ourErrors[0]!.message}`);
    for (const v of missed) {
      lines.push(`  missed ${v.entry.path}: ${v.entry.firstErrorLine}${v.ourErrors[0] ? ` (we said line ${v.ourErrors[0].line}: ${v.ourErrors[0].message})` : ''}`);
    }
    const reasons = new Map<string, number>();
    for (const v of excluded) reasons.set(v.excluded!, (reasons.get(v.excluded!) ?? 0) + 1);
    for (const [reason, count] of reasons) lines.push(`  left out (${count}): ${reason}`);
    console.log(lines.join('\n'));

    assert.ok(precision >= PRECISION_FLOOR, `precision ${precision.toFixed(3)} fell below ${PRECISION_FLOOR}`);
    assert.ok(recall >= RECALL_FLOOR, `recall ${recall.toFixed(3)} fell below ${RECALL_FLOOR}`);
  });
});
