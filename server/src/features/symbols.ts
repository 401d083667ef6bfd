import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { rangeOf } from '../common/lsp.js';
import type { Directive, HaproxyConfig, Section, SectionKind } from '../haproxy/model.js';
import type { KStatement } from '../keepalived/model.js';
import type { Analysis } from '../service/analysis.js';

/** The outline: haproxy sections with their named lines, keepalived blocks as a tree. */
export function documentSymbols(document: TextDocument, analysis: Analysis): DocumentSymbol[] {
  return analysis.language === 'haproxy'
    ? haproxySymbols(document, analysis.parse.model)
    : keepalivedSymbols(document, analysis.parse.model.statements);
}

const sectionSymbolKind: Partial<Record<SectionKind, SymbolKind>> = {
  global: SymbolKind.Namespace,
  defaults: SymbolKind.Namespace,
  frontend: SymbolKind.Interface,
  backend: SymbolKind.Class,
  listen: SymbolKind.Class,
};

/** Lines of a section that name something a user navigates to, and the symbol kind they get. */
const namedLineKind: Record<string, SymbolKind> = {
  server: SymbolKind.Object,
  'server-template': SymbolKind.Object,
  acl: SymbolKind.Variable,
  bind: SymbolKind.Property,
  user: SymbolKind.Key,
  group: SymbolKind.Key,
  peer: SymbolKind.Object,
  nameserver: SymbolKind.Object,
  mailer: SymbolKind.Object,
  'errorfile': SymbolKind.File,
};

function haproxySymbols(document: TextDocument, config: HaproxyConfig): DocumentSymbol[] {
  return config.sections.map((section) => sectionSymbol(document, section));
}

function sectionSymbol(document: TextDocument, section: Section): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  for (const directive of section.directives) {
    const child = namedLineSymbol(document, directive);
    if (child) children.push(child);
  }
  return {
    name: section.name?.value || section.kind,
    detail: section.kind,
    kind: sectionSymbolKind[section.kind] ?? SymbolKind.Module,
    range: rangeOf(document, section),
    selectionRange: rangeOf(document, section.name ?? section.header.keyword),
    children,
  };
}

function namedLineSymbol(document: TextDocument, directive: Directive): DocumentSymbol | undefined {
  const kind = namedLineKind[directive.keyword.value];
  const name = directive.args[0];
  if (kind === undefined || name === undefined || name.value === '') return undefined;
  return {
    name: name.value,
    detail: directive.keyword.value,
    kind,
    range: rangeOf(document, directive),
    selectionRange: rangeOf(document, name),
  };
}

const blockSymbolKind: Record<string, SymbolKind> = {
  global_defs: SymbolKind.Namespace,
  vrrp_instance: SymbolKind.Class,
  vrrp_sync_group: SymbolKind.Package,
  vrrp_script: SymbolKind.Function,
  vrrp_track_process: SymbolKind.Function,
  vrrp_track_file: SymbolKind.Function,
  virtual_server: SymbolKind.Interface,
  virtual_server_group: SymbolKind.Package,
  real_server: SymbolKind.Object,
};

function keepalivedSymbols(document: TextDocument, statements: readonly KStatement[]): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const statement of statements) {
    if (!statement.block) continue;
    const label = statement.args.map((arg) => arg.value).join(' ');
    symbols.push({
      name: label || statement.keyword.value,
      detail: label ? statement.keyword.value : undefined,
      kind: blockSymbolKind[statement.keyword.value] ?? SymbolKind.Struct,
      range: rangeOf(document, statement),
      selectionRange: rangeOf(document, statement.args[0] ?? statement.keyword),
      children: keepalivedSymbols(document, statement.block.statements),
    });
  }
  return symbols;
}
