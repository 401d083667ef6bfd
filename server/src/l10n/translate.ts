/**
 * One translation: a pattern over the whole English text, and the translated text built from its
 * capture groups. A string template names groups as `$1`, `$2`...; a function gets the groups and
 * may translate a group in turn with `part()` (a reason inside a message), which makes the whole
 * translation fail when that part has no translation, so that nothing half-translated is shown.
 */
export interface Translation {
  pattern: RegExp;
  es: string | ((...groups: string[]) => string);
}

class Untranslated extends Error {}

/** The translation of `text` by the first matching entry of `table`, or undefined. */
export function translateWith(table: readonly Translation[], text: string): string | undefined {
  const { body, suggestions } = splitDidYouMean(text);
  for (const entry of table) {
    const match = anchored(entry.pattern).exec(body);
    if (!match) continue;
    try {
      const groups = match.slice(1).map((g) => g ?? '');
      const translated =
        typeof entry.es === 'string' ? entry.es.replace(/\$(\d)/g, (_, n: string) => groups[Number(n) - 1] ?? '') : entry.es(...groups);
      return translated + suggestions;
    } catch (error) {
      if (error instanceof Untranslated) continue;
      throw error;
    }
  }
  return undefined;
}

/** Translates a part of a message inside a template function; throws (caught above) when it cannot. */
export function part(table: readonly Translation[], text: string): string {
  const translated = translateWith(table, text);
  if (translated === undefined) throw new Untranslated(text);
  return translated;
}

/** A word from a closed list (`backend` -> `backend`, `userlist`...); throws when it is not there. */
export function word(words: Readonly<Record<string, string>>, text: string): string {
  const translated = words[text];
  if (translated === undefined) throw new Untranslated(text);
  return translated;
}

const anchoredPatterns = new WeakMap<RegExp, RegExp>();

/** Patterns are written unanchored for readability; they must match the whole text. */
function anchored(pattern: RegExp): RegExp {
  let whole = anchoredPatterns.get(pattern);
  if (!whole) anchoredPatterns.set(pattern, (whole = new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace('g', ''))));
  return whole;
}

/**
 * `...; did you mean 'a' or 'b'?` (common/suggest.ts) is cut off before matching and put back in
 * Spanish, so that every table gets it for free.
 */
function splitDidYouMean(text: string): { body: string; suggestions: string } {
  const match = /; did you mean ('[^]*')\?$/.exec(text);
  if (!match) return { body: text, suggestions: '' };
  const names = match[1]!.split("' or '").join("' o '");
  return { body: text.slice(0, match.index), suggestions: `; ¿quería decir ${names}?` };
}
