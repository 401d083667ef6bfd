import type { IToken } from 'chevrotain';
import type { ParseResult, Problem } from '../common/span.js';
import { buildModel } from './build.js';
import { KeepalivedGrammar, markFlatBraces } from './grammar.js';
import { keepalivedLexer, markHeads } from './lexer.js';
import type { KeepalivedConfig } from './model.js';

let grammar: KeepalivedGrammar | undefined;

/** The one parser instance, built on first use and reused for every document. */
function sharedGrammar(): KeepalivedGrammar {
  grammar ??= new KeepalivedGrammar();
  return grammar;
}

function emptyModel(text: string): KeepalivedConfig {
  return { start: 0, end: text.length, statements: [], includes: [], definitions: [], references: [], sequences: [], comments: [] };
}

/**
 * Reads keepalived.conf text the way keepalived 2.x does and returns the model with every syntax
 * problem found. Never throws.
 */
export function parseKeepalived(text: string): ParseResult<KeepalivedConfig> {
  try {
    const lexed = keepalivedLexer.tokenize(text);
    const errors: Problem[] = lexed.errors.map((e) => ({
      code: 'keepalived/syntax',
      message: `Unexpected character${e.length > 1 ? 's' : ''}: ${JSON.stringify(text.slice(e.offset, e.offset + Math.min(e.length, 20)))}.`,
      start: e.offset,
      end: e.offset + e.length,
    }));
    markHeads(text, lexed.tokens);
    markFlatBraces(lexed.tokens);
    const parser = sharedGrammar();
    const items = parser.parse(lexed.tokens);
    for (const e of parser.errors) {
      const token: IToken = e.token;
      const start = Number.isFinite(token.startOffset) ? token.startOffset : text.length;
      errors.push({ code: 'keepalived/syntax', message: e.message, start, end: start + (token.image?.length ?? 0) });
    }
    // Read the errors first: setting the input resets them. The parser would otherwise keep the
    // whole token vector of the last document alive.
    parser.input = [];
    const built = buildModel({
      text,
      items,
      tokens: lexed.tokens,
      comments: lexed.groups['comments'] ?? [],
      junk: lexed.groups['junk'] ?? [],
    });
    return { model: built.model, errors: errors.length ? [...errors, ...built.errors].sort((a, b) => a.start - b.start) : built.errors };
  } catch (error) {
    // A bug must not take the language server down: report it where the user can see it.
    return {
      model: emptyModel(text),
      errors: [{ code: 'keepalived/syntax', message: `Internal error while reading this file: ${String(error)}`, start: 0, end: 0 }],
    };
  }
}
