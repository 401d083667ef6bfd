import type { ParseResult } from '../common/span.js';
import type { HaproxyConfig } from '../haproxy/model.js';
import { reparseHaproxy } from '../haproxy/incremental.js';
import { parseHaproxy } from '../haproxy/parser.js';
import type { KeepalivedConfig } from '../keepalived/model.js';
import { parseKeepalived } from '../keepalived/parser.js';
import type { LanguageId } from './languages.js';

/** A document parsed once; every feature is a function of this (and the document), never re-parsing. */
export interface HaproxyAnalysis {
  language: 'haproxy';
  text: string;
  parse: ParseResult<HaproxyConfig>;
}

export interface KeepalivedAnalysis {
  language: 'keepalived';
  text: string;
  parse: ParseResult<KeepalivedConfig>;
}

export type Analysis = HaproxyAnalysis | KeepalivedAnalysis;

/**
 * Parses a document. With the analysis of its previous version (the server, on each change), a
 * haproxy.cfg is read again only where the edit is (see haproxy/incremental.ts); the result is the same.
 */
export function analyze(language: LanguageId, text: string, previous?: Analysis): Analysis {
  if (language === 'haproxy') {
    const parse = previous?.language === 'haproxy' ? reparseHaproxy({ text: previous.text, result: previous.parse }, text) : parseHaproxy(text);
    return { language, text, parse };
  }
  return { language, text, parse: parseKeepalived(text) };
}
