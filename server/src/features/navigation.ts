import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { rangeOf } from '../common/lsp.js';
import type { Span } from '../common/span.js';
import type { KeepalivedConfig, KStatement } from '../keepalived/model.js';
import { collectSymbols, type Definition, type Reference } from '../haproxy/symbols.js';
import type { Analysis } from '../service/analysis.js';

/** A named thing of one document: where it is defined and everywhere it is used. */
interface SymbolOccurrences {
  name: string;
  definitions: Span[];
  references: Span[];
}

/**
 * The symbol under the cursor: a backend, server, ACL, userlist... (haproxy), a vrrp_script,
 * vrrp_instance or tracked process/file (keepalived), from its definition or from any use.
 */
function symbolAt(analysis: Analysis, offset: number): SymbolOccurrences | undefined {
  return analysis.language === 'haproxy' ? haproxySymbolAt(analysis, offset) : keepalivedSymbolAt(analysis.parse.model, offset);
}

const touches = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

function haproxySymbolAt(analysis: Analysis & { language: 'haproxy' }, offset: number): SymbolOccurrences | undefined {
  const symbols = collectSymbols(analysis.parse.model);
  const definition = symbols.definitions.find((d) => touches(d.word, offset));
  const reference = definition ? undefined : symbols.references.find((r) => touches(r.span, offset));
  const target = definition ?? reference;
  if (!target) return undefined;
  // ACLs and servers are scoped to their proxy; the rest are global names.
  const scope = (item: Definition | Reference): string => {
    if (target.kind === 'acl') return String(item.section.start);
    if (target.kind === 'server') return 'proxyName' in item && item.proxyName ? item.proxyName : (item.section.name?.value ?? '');
    return '';
  };
  const kinds = target.kind === 'backend' ? ['backend'] : [target.kind];
  const sameSymbol = (item: Definition | Reference): boolean => kinds.includes(item.kind) && item.name === target.name && scope(item) === scope(target);
  return {
    name: target.name,
    definitions: symbols.definitions.filter(sameSymbol).map((d) => d.word),
    references: symbols.references.filter(sameSymbol).map((r) => r.span),
  };
}

/** keepalived names: `vrrp_script X` used in `track_script { X }`, `vrrp_instance X` in a sync group. */
const KEEPALIVED_NAMED: Record<string, string> = {
  vrrp_script: 'track_script',
  vrrp_instance: 'group',
  vrrp_track_process: 'track_process',
  vrrp_track_file: 'track_file',
};

function keepalivedSymbolAt(config: KeepalivedConfig, offset: number): SymbolOccurrences | undefined {
  const definitions: Array<{ kind: string; name: string; span: Span }> = [];
  const references: Array<{ kind: string; name: string; span: Span }> = [];
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
  const target = definitions.find((d) => touches(d.span, offset)) ?? references.find((r) => touches(r.span, offset));
  if (!target) return undefined;
  const same = (item: { kind: string; name: string }): boolean => item.kind === target.kind && item.name === target.name;
  return { name: target.name, definitions: definitions.filter(same).map((d) => d.span), references: references.filter(same).map((r) => r.span) };
}

export function findDefinition(document: TextDocument, analysis: Analysis, position: Position): Location[] {
  const symbol = symbolAt(analysis, document.offsetAt(position));
  return (symbol?.definitions ?? []).map((span) => ({ uri: document.uri, range: rangeOf(document, span) }));
}

export function findReferences(document: TextDocument, analysis: Analysis, position: Position, includeDeclaration: boolean): Location[] {
  const symbol = symbolAt(analysis, document.offsetAt(position));
  if (!symbol) return [];
  const spans = [...(includeDeclaration ? symbol.definitions : []), ...symbol.references].sort((a, b) => a.start - b.start);
  return spans.map((span) => ({ uri: document.uri, range: rangeOf(document, span) }));
}

/** The range and current name of what a rename would change, or null where nothing can be renamed. */
export function prepareRename(document: TextDocument, analysis: Analysis, position: Position): { range: ReturnType<typeof rangeOf>; placeholder: string } | null {
  const offset = document.offsetAt(position);
  const symbol = symbolAt(analysis, offset);
  if (!symbol) return null;
  const span = [...symbol.definitions, ...symbol.references].find((s) => touches(s, offset));
  return span ? { range: rangeOf(document, span), placeholder: symbol.name } : null;
}

export function rename(document: TextDocument, analysis: Analysis, position: Position, newName: string): WorkspaceEdit | null {
  if (!/^[^\s#"'{}]+$/.test(newName)) return null; // a name must stay one plain word
  const symbol = symbolAt(analysis, document.offsetAt(position));
  if (!symbol) return null;
  const edits: TextEdit[] = [...symbol.definitions, ...symbol.references].map((span) => ({ range: rangeOf(document, span), newText: newName }));
  return { changes: { [document.uri]: edits } };
}
