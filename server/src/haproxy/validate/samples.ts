import type { Problem } from '../../common/span.js';
import { didYouMean, suggest } from '../../common/suggest.js';
import { availabilityAt, converter, converterNames, sampleFetch, sampleFetchNames, type HaproxyVersion } from '../catalogue/index.js';
import type { Directive, Word } from '../model.js';
import { actionName } from '../resolve.js';

/** Where in a line sample expressions are: ACL criteria, anonymous ACLs, `%[...]`, and a few actions. */
export function checkSamples(directive: Directive, sectionKind: string, version: HaproxyVersion, problems: Problem[]): void {
  const keyword = directive.keyword.value;
  if (sectionKind === 'defaults') checkServerFetchesInDefaults(directive, problems);
  if (keyword === 'acl' && directive.args[1]) checkExpression(directive.args[1], directive.args[1].value, 0, true, version, problems);
  for (const term of directive.condition?.terms ?? []) {
    if (term.kind === 'anonymous' && term.words[0]) checkExpression(term.words[0], term.words[0].value, 0, true, version, problems);
  }
  for (const word of [directive.keyword, ...directive.args]) {
    if (!word.value.includes('%[')) continue;
    for (const { expression, offset } of embeddedExpressions(word.value)) checkExpression(word, expression, offset, false, version, problems);
  }
  // Actions whose first argument is a sample expression.
  const action = keyword.startsWith('tcp-') ? directive.args[1] : directive.args[0];
  if ((keyword === 'http-request' || keyword === 'http-response' || keyword.startsWith('tcp-')) && action) {
    const name = actionName(action.value);
    const next = directive.args[directive.args.indexOf(action) + 1];
    if (next && (name === 'set-var' || /^track-sc\d$/.test(name))) checkExpression(next, next.value, 0, false, version, problems);
  }
  if (keyword === 'stick' && directive.args[1] && ['on', 'match', 'store-request', 'store-response'].includes(directive.args[0]?.value ?? '')) {
    checkExpression(directive.args[1], directive.args[1].value, 0, false, version, problems);
  }
}

/** The `%[...]` parts of a log-format word, with their offset in the word's value. */
function embeddedExpressions(value: string): Array<{ expression: string; offset: number }> {
  const found: Array<{ expression: string; offset: number }> = [];
  let at = value.indexOf('%[');
  while (at >= 0) {
    let depth = 0;
    let end = -1;
    for (let i = at + 2; i < value.length; i++) {
      const c = value[i];
      if (c === '[' || c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === ']') {
        if (depth === 0) {
          end = i;
          break;
        }
        depth--;
      }
    }
    if (end < 0) break;
    found.push({ expression: value.slice(at + 2, end), offset: at + 2 });
    at = value.indexOf('%[', end);
  }
  return found;
}

/** Splits `fetch(args),conv1,conv2(args)` at the commas outside parentheses. */
function splitTopLevel(expression: string): Array<{ text: string; offset: number }> {
  const parts: Array<{ text: string; offset: number }> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push({ text: expression.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  parts.push({ text: expression.slice(start), offset: start });
  return parts;
}

function checkExpression(word: Word, expression: string, offset: number, aclCriterion: boolean, version: HaproxyVersion, problems: Problem[]): void {
  if (expression.includes('$')) return;
  const parts = splitTopLevel(expression.trim());
  parts.forEach((part, index) => {
    const name = /^[A-Za-z0-9_.-]+/.exec(part.text.trim())?.[0];
    if (!name || name.startsWith('lua.')) return;
    const isFetch = index === 0;
    const fact = isFetch ? sampleFetch(name) : converter(name);
    const usable = fact && (aclCriterion || !isFetch || fact.kind !== 'acl');
    if (usable && availabilityAt(fact, version).state === 'available') return;
    // Place the problem on the name itself when the word was written without quotes or escapes.
    const exact = word.raw === word.value;
    const start = exact ? word.start + offset + part.offset + part.text.indexOf(name) : word.start;
    const end = exact ? start + name.length : word.end;
    const known = isFetch ? sampleFetchNames() : converterNames();
    const label = isFetch ? (aclCriterion ? 'ACL criterion or sample fetch' : 'sample fetch') : 'converter';
    const why = fact && usable ? ` in HAProxy ${version}` : '';
    problems.push({
      code: isFetch ? 'haproxy/unknown-fetch' : 'haproxy/unknown-converter',
      message: `unknown ${label} '${name}'${why}${didYouMean(suggest(name, known))}`,
      start,
      end,
    });
  });
}

/** Match methods of `-m` in ACLs. */
const MATCH_METHODS = ['found', 'bool', 'int', 'ip', 'bin', 'len', 'str', 'sub', 'reg', 'beg', 'end', 'dir', 'dom'];

/** The flags of an ACL after its criterion: `-m <method>` must name a real method. */
export function checkAclFlags(words: readonly Word[], problems: Problem[]): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.value === '--') return;
    if (word.value !== '-m') continue;
    const method = words[i + 1];
    if (!method) {
      problems.push({ code: 'haproxy/missing-argument', message: "'-m' needs a match method", start: word.end, end: word.end });
      return;
    }
    if (!MATCH_METHODS.includes(method.value) && !method.value.includes('$')) {
      problems.push({
        code: 'haproxy/invalid-value',
        message: `unknown match method '${method.value}'${didYouMean(suggest(method.value, MATCH_METHODS))}`,
        start: method.start,
        end: method.end,
      });
    }
    return;
  }
}

/**
 * `srv_*(<server>)` fetches find the server in the current backend; a defaults section has none, so
 * there the argument must name the backend too (`srv_conn(app/web1)`).
 */
function checkServerFetchesInDefaults(directive: Directive, problems: Problem[]): void {
  for (const word of [...directive.args, ...(directive.condition?.terms ?? []).flatMap((t) => (t.kind === 'anonymous' ? t.words : []))]) {
    for (const match of word.value.matchAll(/\b(srv_[a-z_]+)\(([^)/,]*)\)/g)) {
      if (match[2]!.includes('$') || match[2] === '') continue;
      const exact = word.raw === word.value;
      const start = exact ? word.start + match.index! : word.start;
      problems.push({
        code: 'haproxy/invalid-value',
        message: `in a defaults section '${match[1]}' needs 'backend/server', not just '${match[2]}': there is no current backend to look in`,
        start,
        end: exact ? start + match[0].length : word.end,
      });
    }
  }
}
