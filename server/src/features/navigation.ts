import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { rangeOf } from '../common/lsp.js';
import type { Span } from '../common/span.js';
import type { KeepalivedConfig, KStatement } from '../keepalived/model.js';
import { collectSymbols, type Definition, type Reference } from '../haproxy/symbols.js';
import type { Analysis } from '../service/analysis.js';

/** A document navigation may look into: the one the request is about, or another file of its cluster. */
export interface NavigationDocument {
  uri: string;
  document: TextDocument;
  analysis: Analysis;
}

/**
 * What identifies a name across files: its kind, the name, and the scope it is resolved in (the
 * proxy for servers and ACLs; none for global names like backends or vrrp_scripts).
 */
interface SymbolKey {
  kind: string;
  name: string;
  scope: string;
}

/** A named thing of one document: where it is defined and everywhere it is used. */
interface SymbolOccurrences {
  definitions: Span[];
  references: Span[];
}

const touches = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

/** The name under the cursor (from its definition or any use) and the span it is written in there. */
function symbolKeyAt(analysis: Analysis, offset: number): { key: SymbolKey; span: Span } | undefined {
  if (analysis.language === 'haproxy') {
    const symbols = collectSymbols(analysis.parse.model);
    const definition = symbols.definitions.find((d) => touches(d.word, offset));
    const target = definition ?? symbols.references.find((r) => touches(r.span, offset));
    if (!target) return undefined;
    return { key: { kind: target.kind, name: target.name, scope: haproxyScope(target.kind, target) }, span: definition ? definition.word : (target as Reference).span };
  }
  const { definitions, references } = keepalivedNames(analysis.parse.model);
  const target = definitions.find((d) => touches(d.span, offset)) ?? references.find((r) => touches(r.span, offset));
  return target ? { key: { kind: target.kind, name: target.name, scope: '' }, span: target.span } : undefined;
}

/** ACLs belong to their section, servers to their proxy; the other kinds are global names. */
function haproxyScope(kind: string, item: Definition | Reference): string {
  if (kind === 'acl') return `${item.section.kind} ${item.section.name?.value ?? item.section.start}`;
  if (kind === 'server') return 'proxyName' in item && item.proxyName ? item.proxyName : (item.section.name?.value ?? '');
  return '';
}

/** Every definition and use of a name in one document. */
function occurrencesOf(analysis: Analysis, key: SymbolKey): SymbolOccurrences {
  const same = (kind: string, name: string, scope: string): boolean => kind === key.kind && name === key.name && scope === key.scope;
  if (analysis.language === 'haproxy') {
    const symbols = collectSymbols(analysis.parse.model);
    return {
      definitions: symbols.definitions.filter((d) => same(d.kind, d.name, haproxyScope(d.kind, d))).map((d) => d.word),
      references: symbols.references.filter((r) => same(r.kind, r.name, haproxyScope(r.kind, r))).map((r) => r.span),
    };
  }
  const { definitions, references } = keepalivedNames(analysis.parse.model);
  return {
    definitions: definitions.filter((d) => same(d.kind, d.name, '')).map((d) => d.span),
    references: references.filter((r) => same(r.kind, r.name, '')).map((r) => r.span),
  };
}

/** keepalived names: `vrrp_script X` used in `track_script { X }`, `vrrp_instance X` in a sync group. */
const KEEPALIVED_NAMED: Record<string, string> = {
  vrrp_script: 'track_script',
  vrrp_instance: 'group',
  vrrp_track_process: 'track_process',
  vrrp_track_file: 'track_file',
};

interface KeepalivedName {
  kind: string;
  name: string;
  span: Span;
}

function keepalivedNames(config: KeepalivedConfig): { definitions: KeepalivedName[]; references: KeepalivedName[] } {
  const definitions: KeepalivedName[] = [];
  const references: KeepalivedName[] = [];
  const visit = (statements: readonly KStatement[], container?: string): void => {
    for (const statement of statements) {
      const kind = statement.keyword.value;
      if (KEEPALIVED_NAMED[kind] && statement.args[0]) definitions.push({ kind, name: statement.args[0].value, span: statement.args[0] });
      const definedKind = Object.entries(KEEPALIVED_NAMED).find(([, list]) => list === container)?.[0];
      if (definedKind) references.push({ kind: definedKind, name: statement.keyword.value, span: statement.keyword });
      if (statement.block) visit(statement.block.statements, kind);
    }
  };
  visit(config.statements);
  return { definitions, references };
}

const locations = (target: NavigationDocument, spans: readonly Span[]): Location[] =>
  [...spans].sort((a, b) => a.start - b.start).map((span) => ({ uri: target.uri, range: rangeOf(target.document, span) }));

/**
 * Where the name under the cursor is defined: in this document, or (when it is not defined here)
 * in the other files of its cluster (`peers`, same language).
 */
export function findDefinition(document: TextDocument, analysis: Analysis, position: Position, peers: readonly NavigationDocument[] = []): Location[] {
  const found = symbolKeyAt(analysis, document.offsetAt(position));
  if (!found) return [];
  const own = occurrencesOf(analysis, found.key).definitions;
  if (own.length > 0) return locations({ uri: document.uri, document, analysis }, own);
  return peers.flatMap((peer) => locations(peer, occurrencesOf(peer.analysis, found.key).definitions));
}

/** Every use (and, when asked, the definitions) of the name under the cursor, here and in the peers. */
export function findReferences(
  document: TextDocument,
  analysis: Analysis,
  position: Position,
  includeDeclaration: boolean,
  peers: readonly NavigationDocument[] = [],
): Location[] {
  const found = symbolKeyAt(analysis, document.offsetAt(position));
  if (!found) return [];
  return [{ uri: document.uri, document, analysis }, ...peers].flatMap((target) => {
    const occurrences = occurrencesOf(target.analysis, found.key);
    return locations(target, [...(includeDeclaration ? occurrences.definitions : []), ...occurrences.references]);
  });
}

/** The range and current name of what a rename would change, or null where nothing can be renamed. */
export function prepareRename(document: TextDocument, analysis: Analysis, position: Position): { range: ReturnType<typeof rangeOf>; placeholder: string } | null {
  const found = symbolKeyAt(analysis, document.offsetAt(position));
  return found ? { range: rangeOf(document, found.span), placeholder: found.key.name } : null;
}

/**
 * Renames the name under the cursor everywhere it is defined or used: in this document and in the
 * peers, so that the two nodes of a cluster keep using the same names.
 */
export function rename(
  document: TextDocument,
  analysis: Analysis,
  position: Position,
  newName: string,
  peers: readonly NavigationDocument[] = [],
): WorkspaceEdit | null {
  if (!/^[^\s#"'{}]+$/.test(newName)) return null; // a name must stay one plain word
  const found = symbolKeyAt(analysis, document.offsetAt(position));
  if (!found) return null;
  const changes: Record<string, TextEdit[]> = {};
  for (const target of [{ uri: document.uri, document, analysis }, ...peers]) {
    const occurrences = occurrencesOf(target.analysis, found.key);
    const edits = [...occurrences.definitions, ...occurrences.references].map((span) => ({ range: rangeOf(target.document, span), newText: newName }));
    if (edits.length > 0) changes[target.uri] = edits;
  }
  return { changes };
}
