import {
  familyOfSection,
  lookupKeyword,
  RULESETS,
  type HaproxyKeyword,
} from './catalogue/index.js';
import type { Directive, SectionKind, Word } from './model.js';

/** A configuration line matched against the catalogue. */
export interface ResolvedDirective {
  directive: Directive;
  /** The configuration keyword (`balance`, `option httpchk`, `http-request`), when known. */
  keyword?: HaproxyKeyword;
  /** For rule sets (`http-request deny`): the action, when known. */
  action?: HaproxyKeyword;
  /** The words that spell the keyword (and action): `option`, `httpchk`; `http-request`, `deny`. */
  nameWords: Word[];
  /** The words after the name (the condition excluded). */
  args: Word[];
  /** `no option x`. */
  negated: boolean;
  /** The action word of a rule set, when the action itself is unknown. */
  unknownAction?: Word;
}

const MAX_KEY_WORDS = 3;

/** The action name inside a word such as `set-var(txn.x)` or `sc-inc-gpc0(1)`. */
export function actionName(word: string): string {
  const paren = word.indexOf('(');
  return paren > 0 ? word.slice(0, paren) : word;
}

/**
 * Finds the longest catalogue key the line starts with, in the family of its section: so that
 * `timeout connect` wins over `timeout` and `tcp-request content accept` finds its action.
 */
export function resolveDirective(directive: Directive, section: SectionKind): ResolvedDirective {
  return resolveInFamily(directive, familyOfSection(section));
}

export function resolveInFamily(directive: Directive, family: string): ResolvedDirective {
  let words = [directive.keyword, ...directive.args];
  let negated = false;
  if (words[0]!.value === 'no' && words.length > 1) {
    negated = true;
    words = words.slice(1);
  }
  for (let count = Math.min(MAX_KEY_WORDS, words.length); count >= 1; count--) {
    const name = words
      .slice(0, count)
      .map((w, i) => (i === 0 ? w.value : actionName(w.value)))
      .join(' ');
    const keyword = lookupKeyword(family, name);
    if (!keyword) continue;
    const nameWords = words.slice(0, count);
    const rest = words.slice(count);
    if (!RULESETS.has(name)) return { directive, keyword, nameWords, args: rest, negated };
    const actionWord = rest[0];
    if (!actionWord) return { directive, keyword, nameWords, args: rest, negated };
    const action = lookupKeyword('actions', `${name} ${actionName(actionWord.value)}`);
    if (!action) return { directive, keyword, nameWords, args: rest.slice(1), negated, unknownAction: actionWord };
    return { directive, keyword, action, nameWords: [...nameWords, actionWord], args: rest.slice(1), negated };
  }
  return { directive, nameWords: [directive.keyword], args: directive.args, negated };
}
