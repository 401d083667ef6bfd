import type { TextDocument } from 'vscode-languageserver-textdocument';
import { localizeChrome } from '../l10n/index.js';
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import {
  availabilityAt,
  DEFAULT_HAPROXY_VERSION,
  familyOfSection,
  keywordsOf,
  predefinedAcl,
  RULESETS,
  sectionsAt,
  type HaproxyKeyword,
  type HaproxyVersion,
} from '../haproxy/catalogue/index.js';
import { haproxyFacts } from '../haproxy/catalogue/facts.js';
import { atLeast } from '../haproxy/catalogue/versions.js';
import { sectionKindDocs } from '../haproxy/catalogue/docs/section-kinds.js';
import { locate } from '../haproxy/locate.js';
import { SECTION_KINDS, type HaproxyConfig, type Section } from '../haproxy/model.js';
import { collectSymbols } from '../haproxy/symbols.js';
import { LOG_FACILITIES } from '../haproxy/validate/log.js';
import { BALANCE_ALGORITHMS } from '../haproxy/validate/proxy.js';
import type { Analysis } from '../service/analysis.js';
import type { DiagnosticOptions } from './diagnostics.js';
import { keepalivedCompletion } from './keepalivedHelp.js';

/** What may follow `tcp-request` / `tcp-response`. */
const TCP_RULE_KINDS: Record<string, string[]> = {
  'tcp-request': ['connection', 'session', 'content', 'inspect-delay'],
  'tcp-response': ['content', 'inspect-delay'],
};

/**
 * Completion that knows where the cursor is: the keywords this section accepts (for the target
 * version), the next word of a multi-word keyword, actions of a rule set, enum values, backend and
 * server names, ACL names after `if`/`unless`, and bind/server options.
 */
export function doComplete(document: TextDocument, analysis: Analysis, position: Position, options: DiagnosticOptions = {}): CompletionItem[] {
  if (analysis.language === 'keepalived') return keepalivedCompletion(document, analysis.parse.model, position, options.keepalivedVersion, options.locale);
  const version = options.haproxyVersion ?? DEFAULT_HAPROXY_VERSION;
  const text = document.getText();
  const offset = document.offsetAt(position);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (/(^|\s)#/.test(before)) return []; // inside a comment
  const current = /\S*$/.exec(before)![0];
  const words = before.slice(0, before.length - current.length).trim().split(/\s+/).filter((w) => w !== '');
  const range: Range = { start: document.positionAt(offset - current.length), end: document.positionAt(offset) };
  const config = analysis.parse.model;
  const section = sectionAt(config, offset);
  const item = (label: string, kind: CompletionItemKind, detail?: string, documentation?: string, sortText?: string): CompletionItem => ({
    label,
    kind,
    detail: detail && localizeChrome(detail, options.locale),
    documentation: documentation ? { kind: MarkupKind.Markdown, value: documentation } : undefined,
    textEdit: { range, newText: label },
    sortText,
  });

  if (words.length === 0) {
    const items = SECTION_KINDS.map((kind) => item(kind, CompletionItemKind.Module, 'section', sectionKindDocs[kind].summary, `2${kind}`));
    if (section) {
      for (const keyword of keywordsOf(familyOfSection(section.kind)).values()) {
        if (!usableIn(keyword, section, version)) continue;
        items.push(item(keyword.name, CompletionItemKind.Keyword, keyword.fact.syntax[0], keyword.doc?.summary, `1${keyword.name}`));
      }
    }
    return items;
  }
  if (!section) return [];
  const family = familyOfSection(section.kind);
  const typed = words.join(' ');

  // The next word of multi-word keywords (`timeout con|` -> connect) and the actions of rule sets.
  const next = new Map<string, HaproxyKeyword>();
  for (const keyword of keywordsOf(family).values()) {
    if (keyword.name.startsWith(`${typed} `) && usableIn(keyword, section, version)) {
      const word = keyword.name.slice(typed.length + 1).split(' ')[0]!;
      if (!next.has(word)) next.set(word, keyword);
    }
  }
  if (RULESETS.has(typed)) {
    for (const action of keywordsOf('actions').values()) {
      if (action.fact.ruleset === typed && availabilityAt(action.fact, version).state === 'available') next.set(action.name.slice(typed.length + 1), action);
    }
  }
  if (TCP_RULE_KINDS[typed]) for (const kind of TCP_RULE_KINDS[typed]) if (!next.has(kind)) next.set(kind, keywordsOf('proxy').get(`${typed} ${kind}`)!);
  if (next.size > 0) {
    return [...next].map(([word, keyword]) => item(word, CompletionItemKind.Keyword, keyword?.fact.syntax[0], keyword?.doc?.summary));
  }

  const conditionStart = words.findIndex((w) => w === 'if' || w === 'unless');
  if (conditionStart >= 0 && words[0] !== 'acl') return aclNames(config, section, version).map((name) => item(name, CompletionItemKind.Variable, 'ACL'));

  const keyword = words[0]!;
  const argIndex = words.length - 1;
  if (keyword === 'balance' && argIndex === 0) {
    return BALANCE_ALGORITHMS.filter(([, since]) => atLeast(version, since)).map(([name]) => item(name, CompletionItemKind.EnumMember, 'balance algorithm'));
  }
  if ((keyword === 'default_backend' || keyword === 'use_backend') && argIndex === 0) {
    return names(config, 'backend').map((name) => item(name, CompletionItemKind.Class, 'backend'));
  }
  if (keyword === 'log' && argIndex === 1) return LOG_FACILITIES.map((name) => item(name, CompletionItemKind.EnumMember, 'syslog facility'));
  if (words.at(-1) === 'track') return serverTargets(config, section).map((name) => item(name, CompletionItemKind.Field, 'server'));
  if ((keyword === 'server' && argIndex >= 2) || (keyword === 'bind' && argIndex >= 1) || keyword === 'default-server') {
    const optionFamily = keyword === 'bind' ? 'bind' : 'server';
    return [...keywordsOf(optionFamily).values()]
      .filter((o) => availabilityAt(o.fact, version).state === 'available')
      .map((o) => item(o.name, CompletionItemKind.Property, o.fact.syntax[0], o.doc?.summary));
  }
  // Enum values from the catalogue's argument shapes (`mode`, `option httpchk`...).
  for (let count = Math.min(3, words.length); count >= 1; count--) {
    const entry = keywordsOf(family).get(words.slice(0, count).join(' '));
    const shape = entry?.doc?.args?.[words.length - count]?.shape;
    if (shape?.kind === 'enum') return shape.values.map((value) => item(value, CompletionItemKind.EnumMember, entry!.name));
    if (shape?.kind === 'ref') return names(config, shape.target).map((name) => item(name, CompletionItemKind.Reference, shape.target));
    if (entry) break;
  }
  return [];
}

function usableIn(keyword: HaproxyKeyword, section: Section, version: HaproxyVersion): boolean {
  if (availabilityAt(keyword.fact, version).state !== 'available') return false;
  return keyword.family !== 'proxy' || sectionsAt(keyword, version).includes(section.kind);
}

function sectionAt(config: HaproxyConfig, offset: number): Section | undefined {
  return locate(config, offset).section;
}

function names(config: HaproxyConfig, kind: Parameters<ReturnType<typeof collectSymbols>['byKind']['get']>[0]): string[] {
  return [...(collectSymbols(config).byKind.get(kind)?.keys() ?? [])].sort();
}

function aclNames(config: HaproxyConfig, section: Section, version: HaproxyVersion): string[] {
  const defined = collectSymbols(config).definitions.filter((d) => d.kind === 'acl' && d.section === section).map((d) => d.name);
  const predefined = Object.keys(haproxyFacts.predefinedAcls).filter((name) => {
    const fact = predefinedAcl(name);
    return fact !== undefined && availabilityAt(fact, version).state === 'available';
  });
  return [...new Set([...defined, ...predefined])];
}

/** `track` takes `server` (same backend) or `backend/server`. */
function serverTargets(config: HaproxyConfig, section: Section): string[] {
  const servers = collectSymbols(config).definitions.filter((d) => d.kind === 'server' && d.section.kind !== 'peers');
  return servers.map((d) => (d.section === section ? d.name : `${d.section.name?.value ?? ''}/${d.name}`));
}
