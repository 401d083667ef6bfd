import type { ParseResult } from '../common/span.js';
import type { KeepalivedConfig } from './model.js';

// Placeholder until the Chevrotain grammar lands.
export function parseKeepalived(text: string): ParseResult<KeepalivedConfig> {
  return {
    model: { start: 0, end: text.length, statements: [], includes: [], definitions: [], references: [], sequences: [], comments: [] },
    errors: [],
  };
}
