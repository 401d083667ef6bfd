import type { TextDocument } from 'vscode-languageserver-textdocument';
import { localizeChrome, type Locale } from '../l10n/index.js';
import { CompletionItemKind, MarkupKind, type CompletionItem, type Hover, type Position } from 'vscode-languageserver-types';
import { rangeOf } from '../common/lsp.js';
import {
  availabilityAt,
  blockLabel,
  childKeywords,
  lookupChild,
  referenceUrl,
  type KeepalivedKeyword,
} from '../keepalived/catalogue/index.js';
import { DEFAULT_KEEPALIVED_VERSION, type KeepalivedVersion } from '../keepalived/catalogue/versions.js';
import type { KeepalivedConfig, KStatement } from '../keepalived/model.js';

/** The statements enclosing an offset, outermost first, and the catalogue keyword of each (if known). */
interface KeepalivedPlace {
  chain: Array<{ statement: KStatement; keyword?: KeepalivedKeyword }>;
  /** The innermost block holding the offset (its statement is the last of `chain` whose block contains it). */
  block?: { statement: KStatement; keyword?: KeepalivedKeyword };
}

function place(config: KeepalivedConfig, offset: number): KeepalivedPlace {
  const chain: KeepalivedPlace['chain'] = [];
  let block: KeepalivedPlace['block'];
  let statements = config.statements;
  let parent: KeepalivedKeyword | undefined;
  for (let depth = 0; depth < 128; depth++) {
    const statement = statements.find((s) => s.start <= offset && offset <= s.end);
    if (!statement) break;
    const keyword = parent || depth === 0 ? lookupChild(parent, statement.keyword.value) : undefined;
    chain.push({ statement, keyword });
    const inner = statement.block;
    if (!inner || offset <= inner.open.start || (inner.close && offset > inner.close.start)) break;
    block = { statement, keyword };
    statements = inner.statements;
    parent = keyword;
    if (!keyword) break;
  }
  return { chain, block };
}

/** The innermost statement at an offset and its catalogue keyword (if known). */
export function keepalivedKeywordAt(config: KeepalivedConfig, offset: number): { statement: KStatement; keyword?: KeepalivedKeyword } | undefined {
  return place(config, offset).chain.at(-1);
}

function valuesLine(keyword: KeepalivedKeyword): string | undefined {
  const values = keyword.fact.values;
  if (!values) return undefined;
  if (values.enum) return `Values: ${values.enum.map((v) => `\`${v}\``).join(', ')}`;
  if (values.min !== undefined || values.max !== undefined) {
    return `Range: ${values.min ?? '…'} to ${values.max ?? '…'}${values.unit === 'seconds' ? ' seconds' : ''}${values.decimal ? ' (decimals allowed)' : ''}`;
  }
  return undefined;
}

export function keepalivedKeywordMarkdown(keyword: KeepalivedKeyword, version: KeepalivedVersion, locale?: Locale): string {
  const c = (text: string): string => localizeChrome(text, locale);
  const parts = [c(`**${keyword.name}** (in ${blockLabel(keyword.parent)}${keyword.fact.block ? ', opens a block' : ''})`)];
  if (keyword.doc) parts.push(keyword.doc.summary);
  const values = valuesLine(keyword);
  if (values) parts.push(c(values));
  const availability = availabilityAt(keyword.fact, version);
  if (availability.state === 'too-new') parts.push(c(`Not in keepalived ${version} (your target): added in ${availability.since}.`));
  else if (availability.state === 'removed') parts.push(c(`Removed in keepalived ${availability.removedIn}.`));
  else if (availability.deprecated) {
    const instead = [availability.deprecated.replacement ?? []].flat();
    parts.push(c(`Deprecated since keepalived ${availability.deprecated.since}${instead.length ? `: use ${instead.map((r) => `\`${r}\``).join(' or ')}` : ''}.`));
  } else parts.push(c(`Available since keepalived ${keyword.fact.since}.`));
  if (keyword.fact.guard) parts.push(c(`Only in builds with ${keyword.fact.guard}.`));
  if (keyword.doc?.default) parts.push(c(`Default: ${keyword.doc.default}`));
  if (keyword.doc?.example) parts.push(c(`Example:\n\`\`\`keepalived\n${keyword.doc.example}\n\`\`\``));
  parts.push(c(`[keepalived.conf reference](${referenceUrl(keyword)})`));
  return parts.join('\n\n');
}

/** Hover on a keepalived keyword, or on a script name in `track_script` (its definition). */
export function keepalivedHover(
  document: TextDocument,
  config: KeepalivedConfig,
  position: Position,
  version: KeepalivedVersion = DEFAULT_KEEPALIVED_VERSION,
  locale?: Locale,
): Hover | null {
  const offset = document.offsetAt(position);
  const { chain } = place(config, offset);
  const last = chain.at(-1);
  if (!last || offset < last.statement.keyword.start || offset > last.statement.keyword.end) return null;
  const markdown = (value: string): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(document, last.statement.keyword) });
  if (last.keyword) return markdown(keepalivedKeywordMarkdown(last.keyword, version, locale));
  const container = chain.at(-2)?.statement.keyword.value;
  if (container === 'track_script') {
    const script = config.statements.find((s) => s.keyword.value === 'vrrp_script' && s.args[0]?.value === last.statement.keyword.value);
    if (!script) return markdown(localizeChrome(`**${last.statement.keyword.value}**: no vrrp_script of that name is defined`, locale));
    const lines = (script.block?.statements ?? []).map((s) => `    ${[s.keyword, ...s.args].map((w) => w.raw).join(' ')}`);
    return markdown(`**vrrp_script ${last.statement.keyword.value}**\n\n\`\`\`keepalived\nvrrp_script ${last.statement.keyword.value} {\n${lines.join('\n')}\n}\n\`\`\``);
  }
  return null;
}

/** Completion in keepalived.conf: the keywords of the enclosing block, enum values, vrrp_script names. */
export function keepalivedCompletion(
  document: TextDocument,
  config: KeepalivedConfig,
  position: Position,
  version: KeepalivedVersion = DEFAULT_KEEPALIVED_VERSION,
  locale?: Locale,
): CompletionItem[] {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (/[#!]/.test(before)) return [];
  const current = /[^\s{}]*$/.exec(before)![0];
  const words = before.slice(0, before.length - current.length).replace(/.*[{}]/, '').trim().split(/\s+/).filter((w) => w !== '');
  const range = { start: document.positionAt(offset - current.length), end: document.positionAt(offset) };
  const item = (label: string, kind: CompletionItemKind, detail?: string, documentation?: string): CompletionItem => ({
    label,
    kind,
    detail: detail && localizeChrome(detail, locale),
    documentation: documentation ? { kind: MarkupKind.Markdown, value: documentation } : undefined,
    textEdit: { range, newText: label },
  });
  const { block, chain } = place(config, offset);
  // `group { ... }` of a vrrp_sync_group lists vrrp_instance names.
  const inSyncGroup = block?.statement.keyword.value === 'group' && chain.some((c) => c.statement.keyword.value === 'vrrp_sync_group');
  if (inSyncGroup && words.length === 0) {
    return config.statements
      .filter((s) => s.keyword.value === 'vrrp_instance' && s.args[0])
      .map((s) => item(s.args[0]!.value, CompletionItemKind.Class, 'vrrp_instance'));
  }
  if (block && !block.keyword && block.statement.keyword.value !== 'track_script') return [];
  if (block?.statement.keyword.value === 'track_script' || (block?.keyword?.name === 'track_script' && words.length === 0)) {
    return config.statements
      .filter((s) => s.keyword.value === 'vrrp_script' && s.args[0])
      .map((s) => item(s.args[0]!.value, CompletionItemKind.Function, 'vrrp_script'));
  }
  const children = childKeywords(block?.keyword);
  if (words.length === 0) {
    return [...children.values()]
      .filter((k) => availabilityAt(k.fact, version).state === 'available')
      .map((k) => item(k.name, k.fact.block ? CompletionItemKind.Module : CompletionItemKind.Property, blockLabel(k.parent), k.doc?.summary));
  }
  const keyword = children.get(words[0]!);
  const values = keyword?.fact.values?.enum;
  if (keyword && values && words.length === 1) return values.map((v) => item(v, CompletionItemKind.EnumMember, keyword.name));
  return [];
}
