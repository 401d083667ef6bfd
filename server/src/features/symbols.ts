import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { rangeOf } from '../common/lsp.js';
import type { Directive, Section, SectionKind } from '../haproxy/model.js';
import { drain, type Steps } from '../common/steps.js';
import type { KStatement } from '../keepalived/model.js';
import type { Analysis } from '../service/analysis.js';

/** The outline: haproxy sections with their named lines, keepalived blocks as a tree. */
export function documentSymbols(document: TextDocument, analysis: Analysis): DocumentSymbol[] {
  return drain(documentSymbolSteps(document, analysis));
}

/** How many sections or top-level blocks make one step. */
const SYMBOL_STEP = 64;

/** `documentSymbols` in steps (see common/steps.ts). */
export function* documentSymbolSteps(document: TextDocument, analysis: Analysis): Steps<DocumentSymbol[]> {
  const symbols: DocumentSymbol[] = [];
  if (analysis.language === 'haproxy') {
    const sections = analysis.parse.model.sections;
    for (let i = 0; i < sections.length; i++) {
      if (i % SYMBOL_STEP === SYMBOL_STEP - 1) yield;
      symbols.push(sectionSymbol(document, sections[i]!));
    }
  } else {
    const statements = analysis.parse.model.statements;
    for (let i = 0; i < statements.length; i += SYMBOL_STEP) {
      if (i > 0) yield;
      symbols.push(...keepalivedSymbols(document, statements.slice(i, i + SYMBOL_STEP)));
    }
  }
  return symbols;
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
