import type { Directive, HaproxyConfig, Section, Word } from './model.js';

export interface HaproxyLocation {
  section?: Section;
  directive?: Directive;
  /** True when the directive is the section's header line. */
  isHeader: boolean;
  /** The word under (or touching) the offset, and its index in [keyword, ...args]. */
  word?: Word;
  wordIndex?: number;
}

/** The section and line at an offset (binary searches: hover and completion run on every keystroke). */
export function locate(config: HaproxyConfig, offset: number): HaproxyLocation {
  const section = lastStartingBefore(config.sections, offset);
  if (!section) {
    const directive = config.outside.find((d) => d.start <= offset && offset <= d.end);
    return { directive, isHeader: false, ...wordAt(directive, offset) };
  }
  if (offset <= section.header.end && offset >= section.header.start) {
    return { section, directive: section.header, isHeader: true, ...wordAt(section.header, offset) };
  }
  const directive = lastStartingBefore(section.directives, offset);
  const within = directive && offset <= Math.max(directive.end, directive.condition?.end ?? 0) ? directive : undefined;
  return { section, directive: within, isHeader: false, ...wordAt(within, offset) };
}

function lastStartingBefore<T extends { start: number }>(items: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  let found: T | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.start <= offset) {
      found = items[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function wordAt(directive: Directive | undefined, offset: number): { word?: Word; wordIndex?: number } {
  if (!directive) return {};
  const words = [directive.keyword, ...directive.args];
  const index = words.findIndex((w) => w.start <= offset && offset <= w.end);
  if (index >= 0) return { word: words[index], wordIndex: index };
  for (const term of directive.condition?.terms ?? []) {
    if (term.kind === 'acl' && term.name.start <= offset && offset <= term.name.end) return { word: term.name, wordIndex: -1 };
  }
  return {};
}
