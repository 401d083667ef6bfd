import type { Problem, Span } from '../../common/span.js';
import { atLeast, parseHaproxyVersion, type HaproxyVersion } from '../catalogue/versions.js';
import type { HaproxyConfig } from '../model.js';

type Truth = 'true' | 'false' | 'unknown';

/** Problems that only say "this version does not know that": meaningless where the version is not known to read the line. */
const VERSION_SENSITIVE = new Set([
  'haproxy/unknown-keyword',
  'haproxy/wrong-section',
  'haproxy/keyword-too-new',
  'haproxy/removed-keyword',
  'haproxy/unknown-action',
  'haproxy/unknown-fetch',
  'haproxy/unknown-converter',
  'haproxy/invalid-value',
  'haproxy/too-many-arguments',
  'haproxy/ignored-keyword',
]);

/**
 * `.if` blocks decide which lines HAProxy reads. Lines in a branch that is false for the target
 * version (`.if version_atleast(3.1)` when checking for 2.6) are never read, so no check applies to
 * them; in a branch we cannot decide (`.if feature(QUIC)`), version-dependent complaints are dropped.
 */
export function conditionalFilter(config: HaproxyConfig, version: HaproxyVersion): (problem: Problem) => boolean {
  const dead: Span[] = [];
  const uncertain: Span[] = [];
  const stack: Array<{ start: number; truth: Truth; anyTrue: boolean; anyUnknown: boolean }> = [];
  const close = (branch: { start: number; truth: Truth }, end: number): void => {
    if (branch.truth === 'false') dead.push({ start: branch.start, end });
    else if (branch.truth === 'unknown') uncertain.push({ start: branch.start, end });
  };
  for (const directive of config.conditionals) {
    const word = directive.keyword.value;
    const condition = directive.args.map((a) => a.value).join(' ');
    if (word === '.if') {
      const truth = evaluate(condition, version);
      stack.push({ start: directive.end, truth, anyTrue: truth === 'true', anyUnknown: truth === 'unknown' });
    } else if (word === '.elif' || word === '.else') {
      const branch = stack.at(-1);
      if (!branch) continue;
      close(branch, directive.start);
      const own = word === '.else' ? 'true' : evaluate(condition, version);
      const truth: Truth = branch.anyTrue ? 'false' : branch.anyUnknown && own !== 'false' ? 'unknown' : own;
      branch.start = directive.end;
      branch.truth = truth;
      branch.anyTrue ||= truth === 'true';
      branch.anyUnknown ||= truth === 'unknown';
    } else if (word === '.endif') {
      const branch = stack.pop();
      if (branch) close(branch, directive.start);
    }
  }
  for (const branch of stack) close(branch, config.end);
  if (dead.length === 0 && uncertain.length === 0) return () => true;
  const inside = (spans: Span[], offset: number): boolean => spans.some((s) => offset >= s.start && offset < s.end);
  return (problem) => {
    if (inside(dead, problem.start)) return false;
    return !(VERSION_SENSITIVE.has(problem.code) && inside(uncertain, problem.start));
  };
}

/** Evaluates the part of HAProxy's `.if` language that depends on the version; the rest is unknown. */
export function evaluate(expression: string, version: HaproxyVersion): Truth {
  const tokens = expression.match(/\(|\)|&&|\|\||!|[^\s()!&|]+(?:\([^)]*\))?/g) ?? [];
  let position = 0;
  const primary = (): Truth => {
    const token = tokens[position++];
    if (token === undefined) return 'unknown';
    if (token === '!') return not(primary());
    if (token === '(') {
      const inner = disjunction();
      if (tokens[position] === ')') position++;
      return inner;
    }
    return term(token, version);
  };
  const conjunction = (): Truth => {
    let value = primary();
    while (tokens[position] === '&&') {
      position++;
      value = and(value, primary());
    }
    return value;
  };
  const disjunction = (): Truth => {
    let value = conjunction();
    while (tokens[position] === '||') {
      position++;
      value = or(value, conjunction());
    }
    return value;
  };
  return disjunction();
}

function term(token: string, version: HaproxyVersion): Truth {
  if (/^\d+$/.test(token)) return Number(token) === 0 ? 'false' : 'true';
  const call = /^(version_atleast|version_before)\(([^)]*)\)$/.exec(token);
  if (call) {
    const wanted = parseHaproxyVersion(call[2]);
    if (!wanted) return 'unknown';
    const reached = atLeast(version, wanted);
    return (call[1] === 'version_atleast') === reached ? 'true' : 'false';
  }
  return 'unknown';
}

const not = (t: Truth): Truth => (t === 'true' ? 'false' : t === 'false' ? 'true' : 'unknown');
const and = (a: Truth, b: Truth): Truth => (a === 'false' || b === 'false' ? 'false' : a === 'true' && b === 'true' ? 'true' : 'unknown');
const or = (a: Truth, b: Truth): Truth => (a === 'true' || b === 'true' ? 'true' : a === 'false' && b === 'false' ? 'false' : 'unknown');
