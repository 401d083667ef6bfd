import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { ReferenceKind } from '../common/docs.js';
import type { Span } from '../common/span.js';
import { timeInMilliseconds } from '../common/values.js';
import { drain, type Steps } from '../common/steps.js';
import {
  availabilityAt as haproxyAvailability,
  DEFAULT_HAPROXY_VERSION,
  lookupKeyword,
  type HaproxyKeyword,
  type HaproxyVersion,
} from '../haproxy/catalogue/index.js';
import type { Directive, HaproxyConfig } from '../haproxy/model.js';
import { actionName, resolveDirective } from '../haproxy/resolve.js';
import { collectSymbols } from '../haproxy/symbols.js';
import { availabilityAt as keepalivedAvailability, lookupChild, type KeepalivedKeyword } from '../keepalived/catalogue/index.js';
import { DEFAULT_KEEPALIVED_VERSION, type KeepalivedVersion } from '../keepalived/catalogue/versions.js';
import type { KeepalivedConfig, KStatement } from '../keepalived/model.js';
import type { Analysis } from '../service/analysis.js';
import type { DiagnosticOptions } from './diagnostics.js';

/**
 * Token types, in legend order. Chosen among VS Code's standard types so every theme colours them:
 * keywords and actions; `class` for proxies (backend, frontend, listen); `namespace` for the other
 * named sections (userlist, peers, resolvers...); `property` for servers; `variable` for ACLs;
 * `function` for vrrp_scripts; `type` for VRRP instances and sync groups; `parameter` for bind and
 * server options; `enumMember` for fixed values; `number`; `string` for quoted words; `macro` for
 * environment variables; `operator` for `||` and `!`.
 */
export const TOKEN_TYPES = [
  'keyword',
  'class',
  'namespace',
  'property',
  'variable',
  'function',
  'type',
  'parameter',
  'enumMember',
  'number',
  'string',
  'macro',
  'operator',
] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/** `declaration` where a name is defined; `deprecated` on keywords deprecated or removed at the target version. */
export const TOKEN_MODIFIERS = ['declaration', 'deprecated'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** One token before encoding, in offsets of the document. */
export interface SemanticToken extends Span {
  type: TokenType;
  modifiers: TokenModifier[];
}

/** A name kind's token type. */
const TYPE_OF_KIND: Partial<Record<ReferenceKind, TokenType>> = {
  backend: 'class',
  frontend: 'class',
  proxy: 'class',
  server: 'property',
  acl: 'variable',
  vrrp_script: 'function',
  vrrp_instance: 'type',
  vrrp_sync_group: 'type',
  track_file: 'function',
  track_process: 'function',
};

/**
 * The tokens of a document, sorted and without overlaps. Where two overlap, the more specific wins
 * (a reference or definition over the plain value it sits in).
 */
export function semanticTokenList(analysis: Analysis, options: DiagnosticOptions = {}): SemanticToken[] {
  return drain(semanticTokenListSteps(analysis, options));
}

function* semanticTokenListSteps(analysis: Analysis, options: DiagnosticOptions): Steps<SemanticToken[]> {
  const collector = new TokenCollector();
  if (analysis.language === 'haproxy') yield* haproxyTokens(analysis.parse.model, options.haproxyVersion ?? DEFAULT_HAPROXY_VERSION, collector);
  else yield* keepalivedTokens(analysis.parse.model, options.keepalivedVersion ?? DEFAULT_KEEPALIVED_VERSION, collector);
  yield;
  return collector.sorted();
}

/** The LSP encoding: five integers per token, positions relative to the previous token. */
export function semanticTokens(document: TextDocument, analysis: Analysis, options: DiagnosticOptions = {}): SemanticTokens {
  return drain(semanticTokenSteps(document, analysis, options));
}

/** How many tokens are encoded between two steps. */
const ENCODE_STEP = 4096;
const TYPE_INDEX = new Map<TokenType, number>(TOKEN_TYPES.map((type, index) => [type, index]));

/** `semanticTokens` in steps (see common/steps.ts): 100,000 lines take half a second. */
export function* semanticTokenSteps(document: TextDocument, analysis: Analysis, options: DiagnosticOptions = {}): Steps<SemanticTokens> {
  const list = yield* semanticTokenListSteps(analysis, options);
  const data: number[] = [];
  const cursor = new LineCursor(document);
  let previousLine = 0;
  let previousCharacter = 0;
  for (let i = 0; i < list.length; i++) {
    if (i % ENCODE_STEP === ENCODE_STEP - 1) yield;
    const token = list[i]!;
    const startLine = cursor.moveTo(token.start);
    const startCharacter = cursor.character;
    const endLine = cursor.moveTo(token.end);
    if (endLine !== startLine || token.end <= token.start) continue; // tokens never span lines
    const deltaLine = startLine - previousLine;
    const deltaCharacter = deltaLine === 0 ? startCharacter - previousCharacter : startCharacter;
    const modifiers = token.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
    data.push(deltaLine, deltaCharacter, cursor.character - startCharacter, TYPE_INDEX.get(token.type)!, modifiers);
    previousLine = startLine;
    previousCharacter = startCharacter;
  }
  return { data };
}

/**
 * The positions of offsets that never decrease (the sorted tokens' starts and ends), found by walking
 * the document's lines once: `positionAt` searches them for every offset, twice per token, a fifth of
 * the encoding's time on 100,000 lines. Gives what `positionAt` gives (a test compares them).
 */
class LineCursor {
  private line = 0;
  private lineStart = 0;
  private nextLineStart: number;
  private readonly lastLine: number;
  private readonly text: string;
  /** The character of the last position moved to. */
  character = 0;

  constructor(private readonly document: TextDocument) {
    this.text = document.getText();
    this.lastLine = document.lineCount - 1;
    this.nextLineStart = this.startOf(1);
  }

  /** Moves to `offset`, never before the last one, and gives its line; its character is in `character`. */
  moveTo(offset: number): number {
    const at = Math.max(Math.min(offset, this.text.length), 0);
    while (at >= this.nextLineStart) {
      this.line++;
      this.lineStart = this.nextLineStart;
      this.nextLineStart = this.startOf(this.line + 1);
    }
    // As positionAt: an offset inside a line break counts as the end of its line.
    let inLine = at;
    while (inLine > this.lineStart && isLineBreak(this.text.charCodeAt(inLine - 1))) inLine--;
    this.character = inLine - this.lineStart;
    return this.line;
  }

  private startOf(line: number): number {
    return line <= this.lastLine ? this.document.offsetAt({ line, character: 0 }) : Infinity;
  }
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** Priorities: a token may replace an earlier one on the same span only with a higher priority. */
class TokenCollector {
  private readonly tokens: Array<SemanticToken & { priority: number }> = [];

  add(span: Span | undefined, type: TokenType, modifiers: TokenModifier[] = [], priority = 0): void {
    if (!span || span.end <= span.start) return;
    this.tokens.push({ start: span.start, end: span.end, type, modifiers, priority });
  }

  sorted(): SemanticToken[] {
    const ordered = this.tokens.sort((a, b) => a.start - b.start || b.priority - a.priority || a.end - b.end);
    const result: SemanticToken[] = [];
    for (const token of ordered) {
      const last = result.at(-1);
      if (last && token.start < last.end) {
        // Overlap: a more specific token inside a plainer one splits it (`track be/«srv»`).
        const lastPriority = (last as SemanticToken & { priority?: number }).priority ?? 0;
        if (token.priority <= lastPriority) continue;
        result.pop();
        if (last.start < token.start) result.push({ ...last, end: token.start });
        result.push(token);
        if (token.end < last.end) result.push({ ...last, start: token.end });
        continue;
      }
      result.push(token);
    }
    return result.map(({ start, end, type, modifiers }) => ({ start, end, type, modifiers }));
  }
}

const PLAIN = 0;
const SPECIFIC = 1;

/** One step per section. */
function* haproxyTokens(config: HaproxyConfig, version: HaproxyVersion, tokens: TokenCollector): Steps<void> {
  const deprecatedAt = (keyword: HaproxyKeyword | undefined): TokenModifier[] => {
    if (!keyword) return [];
    const availability = haproxyAvailability(keyword.fact, version);
    return availability.state === 'removed' || (availability.state === 'available' && availability.deprecated) ? ['deprecated'] : [];
  };
  const symbols = collectSymbols(config);
  for (const definition of symbols.definitions) {
    const type = definition.word === definition.section.name ? (TYPE_OF_KIND[definition.kind] ?? 'namespace') : (TYPE_OF_KIND[definition.kind] ?? 'variable');
    tokens.add(definition.word, type, ['declaration'], SPECIFIC);
  }
  for (const reference of symbols.references) tokens.add(reference.span, TYPE_OF_KIND[reference.kind] ?? 'namespace', [], SPECIFIC);

  for (const directive of config.outside) tokens.add(directive.keyword, 'keyword');
  for (const section of config.sections) {
    yield;
    tokens.add(section.header.keyword, 'keyword');
    for (const word of section.header.args) if (word !== section.name) valueToken(word, undefined, tokens);
    for (const directive of section.directives) {
      const resolved = resolveDirective(directive, section.kind);
      const entry = resolved.action ?? resolved.keyword;
      for (const word of resolved.nameWords) tokens.add(word, 'keyword', deprecatedAt(resolved.keyword));
      if (resolved.action) tokens.add(resolved.nameWords.at(-1), 'keyword', deprecatedAt(resolved.action));
      if (resolved.negated) tokens.add(directive.keyword, 'keyword');
      const optionFamily = lineOptionFamily(resolved.keyword);
      resolved.args.forEach((word, index) => {
        if (optionFamily) {
          const option = lookupKeyword(optionFamily, actionName(word.value));
          if (option) {
            tokens.add(word, 'parameter', deprecatedAt(option));
            return;
          }
        }
        valueToken(word, entry?.doc?.args?.[index]?.shape.kind === 'enum' || isBalanceAlgorithm(resolved.keyword, index) ? 'enumMember' : undefined, tokens);
      });
      conditionTokens(directive, tokens);
    }
  }
}

function lineOptionFamily(keyword: HaproxyKeyword | undefined): 'bind' | 'server' | undefined {
  if (keyword?.name === 'bind') return 'bind';
  if (keyword && ['server', 'default-server', 'server-template'].includes(keyword.name)) return 'server';
  return undefined;
}

function isBalanceAlgorithm(keyword: HaproxyKeyword | undefined, index: number): boolean {
  return keyword?.name === 'balance' && index === 0;
}

function conditionTokens(directive: Directive, tokens: TokenCollector): void {
  const condition = directive.condition;
  if (!condition) return;
  tokens.add(condition.keyword, 'keyword');
  for (const term of condition.terms) {
    if (term.kind === 'or') tokens.add(term.word, 'operator');
    else if (term.kind === 'acl' && term.negated) tokens.add({ start: term.start, end: term.start + 1 }, 'operator');
  }
}

/** A plain value: quoted string, number or time/size, environment variables inside. */
function valueToken(word: Span & { value: string; quoted: boolean; env?: readonly Span[] }, type: TokenType | undefined, tokens: TokenCollector): void {
  for (const env of word.env ?? []) tokens.add(env, 'macro', [], SPECIFIC);
  if (type) tokens.add(word, type, [], PLAIN);
  else if (word.quoted) tokens.add(word, 'string', [], PLAIN);
  else if (/^\d+(\.\d+)?[kmg]?$/i.test(word.value) || (/^\d/.test(word.value) && timeInMilliseconds(word.value) !== undefined)) {
    tokens.add(word, 'number', [], PLAIN);
  }
}

/** keepalived definitions: the name after these keywords, and where it is used. */
const KEEPALIVED_DEFINES: Record<string, ReferenceKind> = {
  vrrp_script: 'vrrp_script',
  vrrp_instance: 'vrrp_instance',
  vrrp_sync_group: 'vrrp_sync_group',
  vrrp_track_file: 'track_file',
  vrrp_track_process: 'track_process',
};
const KEEPALIVED_REFERENCE_BLOCKS: Record<string, ReferenceKind> = {
  track_script: 'vrrp_script',
  group: 'vrrp_instance',
  track_file: 'track_file',
  track_process: 'track_process',
};

/** One step per top-level block. */
function* keepalivedTokens(config: KeepalivedConfig, version: KeepalivedVersion, tokens: TokenCollector): Steps<void> {
  const visit = (statements: readonly KStatement[], parent: KeepalivedKeyword | undefined, topLevel: boolean, container: string | undefined): void => {
    for (const statement of statements) {
      const name = statement.keyword.value;
      const referenced = container ? KEEPALIVED_REFERENCE_BLOCKS[container] : undefined;
      if (referenced) {
        tokens.add(statement.keyword, TYPE_OF_KIND[referenced] ?? 'variable', [], SPECIFIC);
        for (const arg of statement.args) valueToken(arg, undefined, tokens);
        continue;
      }
      const keyword = parent || topLevel ? lookupChild(parent, name) : undefined;
      const availability = keyword ? keepalivedAvailability(keyword.fact, version) : undefined;
      const deprecated = availability && (availability.state === 'removed' || (availability.state === 'available' && availability.deprecated));
      tokens.add(statement.keyword, 'keyword', deprecated ? ['deprecated'] : []);
      const defines = KEEPALIVED_DEFINES[name];
      statement.args.forEach((arg, index) => {
        if (defines && index === 0) tokens.add(arg, TYPE_OF_KIND[defines] ?? 'type', ['declaration'], SPECIFIC);
        else if (keyword?.fact.values?.enum?.includes(arg.value)) tokens.add(arg, 'enumMember');
        else valueToken(arg, undefined, tokens);
      });
      if (statement.block) visit(statement.block.statements, keyword, false, name);
    }
  };
  for (const statement of config.statements) {
    yield;
    visit([statement], undefined, true, undefined);
  }
}
