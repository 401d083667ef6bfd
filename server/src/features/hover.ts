import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { rangeOf } from '../common/lsp.js';
import type { Span } from '../common/span.js';
import { timeInMilliseconds } from '../common/values.js';
import {
  availabilityAt,
  DEFAULT_HAPROXY_VERSION,
  lookupKeyword,
  referenceUrl,
  sectionsAt,
  type HaproxyKeyword,
  type HaproxyVersion,
} from '../haproxy/catalogue/index.js';
import { sectionKindDocs } from '../haproxy/catalogue/docs/section-kinds.js';
import { locate } from '../haproxy/locate.js';
import type { HaproxyConfig, Word } from '../haproxy/model.js';
import { actionName, resolveDirective } from '../haproxy/resolve.js';
import { collectSymbols } from '../haproxy/symbols.js';
import type { Analysis } from '../service/analysis.js';
import { localizeChrome, type Locale } from '../l10n/index.js';
import type { DiagnosticOptions } from './diagnostics.js';
import { keepalivedHover } from './keepalivedHelp.js';

/** Hover: the keyword's documentation, or what a value means (a time in ms, a backend's definition). */
export function doHover(document: TextDocument, analysis: Analysis, position: Position, options: DiagnosticOptions = {}): Hover | null {
  if (analysis.language === 'keepalived') return keepalivedHover(document, analysis.parse.model, position, options.keepalivedVersion, options.locale);
  const version = options.haproxyVersion ?? DEFAULT_HAPROXY_VERSION;
  const offset = document.offsetAt(position);
  const config = analysis.parse.model;
  const location = locate(config, offset);
  const { section, directive, word } = location;
  if (!directive || !word) return null;
  const c = (text: string): string => localizeChrome(text, options.locale);
  const hover = (markdown: string, span: Span): Hover => ({
    contents: { kind: MarkupKind.Markdown, value: markdown },
    range: rangeOf(document, span),
  });

  if (location.isHeader && location.wordIndex === 0 && section) {
    const doc = sectionKindDocs[section.kind];
    const link = `https://docs.haproxy.org/${version}/configuration.html${doc.chapter ? `#${doc.chapter}` : ''}`;
    return hover(`${c(`**${section.kind}** section`)}\n\n${doc.summary}\n\n${codeBlock(doc.example)}\n\n${c(`[HAProxy ${version} reference](${link})`)}`, word);
  }
  if (!section) return null;

  const resolved = resolveDirective(directive, section.kind);
  const nameIndex = resolved.nameWords.indexOf(word);
  if (nameIndex >= 0 && resolved.keyword) {
    const entry = resolved.action && word === resolved.nameWords.at(-1) ? resolved.action : resolved.keyword;
    return hover(keywordMarkdown(entry, version, options.locale), { start: resolved.nameWords[0]!.start, end: resolved.nameWords.at(-1)!.end });
  }

  // Options of bind and server lines.
  const family = resolved.keyword?.name === 'bind' ? 'bind' : ['server', 'default-server', 'server-template'].includes(resolved.keyword?.name ?? '') ? 'server' : undefined;
  if (family) {
    const option = lookupKeyword(family, actionName(word.value));
    if (option) return hover(keywordMarkdown(option, version, options.locale), word);
  }

  // A time: a value typed as one (`timeout client 30000`) or written with a unit (`inter 2s`).
  const argIndex = resolved.args.indexOf(word);
  const shape = argIndex >= 0 ? (resolved.action ?? resolved.keyword)?.doc?.args?.[argIndex]?.shape : undefined;
  const millis = timeInMilliseconds(word.value);
  if (millis !== undefined && (shape?.kind === 'time' || /\d(us|ms|s|m|h|d)$/.test(word.value))) {
    return hover(`**${word.value}** = ${formatDuration(millis)}`, word);
  }
  return referenceHover(config, word, hover, c);
}

/** A name defined elsewhere: a backend shows its algorithm and servers, anything else its defining line. */
function referenceHover(config: HaproxyConfig, word: Word, hover: (markdown: string, span: Span) => Hover, c: (text: string) => string): Hover | null {
  const symbols = collectSymbols(config);
  const reference = symbols.references.find((r) => r.span.start <= word.end && word.start <= r.span.end);
  if (!reference) return null;
  const definitions = (symbols.byKind.get(reference.kind)?.get(reference.name) ?? []).filter(
    (d) => reference.kind !== 'acl' || d.section === reference.section,
  );
  if (definitions.length === 0) return hover(c(`**${reference.name}**: no ${reference.kind} of that name is defined`), reference.span);
  const definition = definitions[0]!;
  if (reference.kind === 'backend') {
    const servers = definition.section.directives.filter((d) => d.keyword.value === 'server').map((d) => `- \`${d.args.map((a) => a.raw).join(' ')}\``);
    const balance = definition.section.directives.find((d) => d.keyword.value === 'balance');
    return hover(
      [`**${definition.section.kind} ${reference.name}**${balance ? ` (balance ${balance.args.map((a) => a.value).join(' ')})` : ''}`, ...servers].join('\n'),
      reference.span,
    );
  }
  const line = [definition.directive.keyword, ...definition.directive.args].map((w) => w.raw).join(' ');
  return hover(`**${reference.kind} ${reference.name}**\n\n${codeBlock(line)}`, reference.span);
}

/** The documentation of a keyword, against the user's target version. */
export function keywordMarkdown(keyword: HaproxyKeyword, version: HaproxyVersion, locale?: Locale): string {
  const c = (text: string): string => localizeChrome(text, locale);
  const parts: string[] = [];
  const where = keyword.family === 'bind' || keyword.family === 'server' ? `${keyword.family} option` : `in ${sectionsAt(keyword, version).join(', ') || 'no section'}`;
  parts.push(c(`**${keyword.name}** (${where})`));
  if (keyword.fact.syntax.length > 0) {
    const prefix = keyword.fact.ruleset ? `${keyword.fact.ruleset} ` : '';
    parts.push(codeBlock(keyword.fact.syntax.map((s) => prefix + s).join('\n')));
  }
  if (keyword.doc) parts.push(keyword.doc.summary);
  const availability = availabilityAt(keyword.fact, version);
  const since = keyword.fact.since === '<=1.4' ? '1.4 or earlier' : keyword.fact.since;
  if (availability.state === 'too-new') parts.push(c(`Not in HAProxy ${version} (your target): added in ${availability.since}.`));
  else if (availability.state === 'removed') {
    parts.push(c(`Removed in HAProxy ${availability.removedIn}${availability.replacement ? `: use \`${availability.replacement}\`` : ''}. Your target is ${version}.`));
  } else if (availability.deprecated) {
    parts.push(c(`Deprecated since HAProxy ${availability.deprecated.since}${availability.deprecated.replacement ? `: use \`${availability.deprecated.replacement}\`` : ''}.`));
  } else parts.push(c(`Available since HAProxy ${since}.`));
  if (keyword.doc?.default) parts.push(c(`Default: ${keyword.doc.default}`));
  if (keyword.doc?.example) parts.push(c(`Example:\n${codeBlock(keyword.doc.example)}`));
  parts.push(c(`[HAProxy ${version} reference](${referenceUrl(keyword, version)})`));
  return parts.join('\n\n');
}

function codeBlock(text: string): string {
  return `\`\`\`haproxy\n${text}\n\`\`\``;
}

export function formatDuration(ms: number): string {
  const parts = [`${ms.toLocaleString('en-US')} ms`];
  if (ms >= 1000) parts.push(`${(ms / 1000).toLocaleString('en-US')} s`);
  if (ms >= 60_000) parts.push(`${(ms / 60_000).toLocaleString('en-US', { maximumFractionDigits: 2 })} min`);
  return parts.join(' = ');
}
