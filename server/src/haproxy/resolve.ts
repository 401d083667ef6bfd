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
  // Called for every line: the candidate names are built without copying the word list.
  const all = directive.args;
  const negated = directive.keyword.value === 'no' && all.length > 0;
  const first = negated ? 0 : -1; // index in `args` of the first name word; -1 is the keyword
  const wordAt = (i: number): Word => (i < 0 ? directive.keyword : all[i]!);
  const available = all.length - first;
  const names: string[] = [];
  for (let count = 1, name = ''; count <= Math.min(MAX_KEY_WORDS, available); count++) {
    const word = wordAt(first + count - 1);
    name = count === 1 ? word.value : `${name} ${actionName(word.value)}`;
    names.push(name);
  }
  for (let count = names.length; count >= 1; count--) {
    const name = names[count - 1]!;
    const keyword = lookupKeyword(family, name);
    if (!keyword) continue;
    const nameWords: Word[] = [];
    for (let i = 0; i < count; i++) nameWords.push(wordAt(first + i));
    const rest = all.slice(first + count);
    if (!RULESETS.has(name)) return { directive, keyword, nameWords, args: rest, negated };
    const actionWord = rest[0];
    if (!actionWord) return { directive, keyword, nameWords, args: rest, negated };
    const action = lookupKeyword('actions', `${name} ${actionName(actionWord.value)}`);
    if (!action) return { directive, keyword, nameWords, args: rest.slice(1), negated, unknownAction: actionWord };
    nameWords.push(actionWord);
    return { directive, keyword, action, nameWords, args: rest.slice(1), negated };
  }
  return { directive, nameWords: [directive.keyword], args: directive.args, negated };
}
