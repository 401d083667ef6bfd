import type { ParseResult } from '../common/span.js';
import type { HaproxyConfig } from './model.js';

// Placeholder until the Chevrotain grammar lands.
export function parseHaproxy(text: string): ParseResult<HaproxyConfig> {
  return { model: { start: 0, end: text.length, sections: [], outside: [], conditionals: [], comments: [] }, errors: [] };
}
