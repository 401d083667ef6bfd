import type { ParseResult } from '../common/span.js';
import type { HaproxyConfig } from '../haproxy/model.js';
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

export function analyze(language: LanguageId, text: string): Analysis {
  return language === 'haproxy'
    ? { language, text, parse: parseHaproxy(text) }
    : { language, text, parse: parseKeepalived(text) };
}
