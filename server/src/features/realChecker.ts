import { lineStarts } from '../common/lines.js';
import type { CheckerMessage } from '../external/checkers.js';
import type { Problem, Span } from '../common/span.js';
import type { Analysis } from '../service/analysis.js';

/**
 * Places the real checker's messages in the document: on the line it names (from its first to its
 * last non-blank character), or, for messages about the file as a whole, on the header of a section
 * the message names (`Proxy 'web'`), else on the first line.
 */
export function placeCheckerMessages(analysis: Analysis, messages: readonly CheckerMessage[]): Problem[] {
  const text = analysis.text;
  const starts = lineStarts(text);
  const lineSpan = (index: number): Span => {
    const start = starts[Math.min(Math.max(index, 0), starts.length - 1)]!;
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const content = text.slice(start, end);
    const first = content.search(/\S/);
    if (first < 0) return { start, end };
    return { start: start + first, end: start + content.trimEnd().length };
  };
  return messages.map((message) => {
    const span = message.line !== undefined ? lineSpan(message.line - 1) : namedSectionSpan(analysis, message.message) ?? lineSpan(0);
    const code = `${analysis.language}/${message.severity === 'error' ? 'real-checker' : 'real-checker-warning'}`;
    return { code, message: message.message, ...span };
  });
}

function namedSectionSpan(analysis: Analysis, message: string): Span | undefined {
  if (analysis.language !== 'haproxy') return undefined;
  const names = [...message.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const section = analysis.parse.model.sections.find((s) => s.name && names.includes(s.name.value));
  return section ? (section.name ?? section.header.keyword) : undefined;
}
