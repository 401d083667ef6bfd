import { distance } from 'fastest-levenshtein';

/**
 * The closest candidates to a misspelt word ("did you mean"), by edit distance, allowing more
 * edits for longer words. Prefix matches count as close too (`balanc` -> `balance`).
 */
export function suggest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  const scored: Array<[number, string]> = [];
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d <= limit) scored.push([d, candidate]);
    else if (word.length >= 4 && candidate.startsWith(word)) scored.push([limit + 1, candidate]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].length - b[1].length || a[1].localeCompare(b[1]));
  return [...new Set(scored.map(([, c]) => c))].slice(0, max);
}

export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  return `; did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?`;
}
