import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type ParameterInformation, type Position, type SignatureHelp, type SignatureInformation } from 'vscode-languageserver-types';
import type { ArgShape, ArgSpec } from '../common/docs.js';
import { DEFAULT_HAPROXY_VERSION, type HaproxyKeyword, type HaproxyVersion } from '../haproxy/catalogue/index.js';
import { atLeast } from '../haproxy/catalogue/versions.js';
import { locate } from '../haproxy/locate.js';
import type { Word } from '../haproxy/model.js';
import { resolveDirective } from '../haproxy/resolve.js';
import { BALANCE_ALGORITHMS } from '../haproxy/validate/proxy.js';
import { keepalivedKeywordAt } from './keepalivedHelp.js';
import type { KeepalivedKeyword } from '../keepalived/catalogue/index.js';
import type { Analysis } from '../service/analysis.js';
import type { DiagnosticOptions } from './diagnostics.js';
import { localizeChrome, type Locale } from '../l10n/index.js';

/**
 * Signature help: the syntax of the keyword on the cursor's line, with the argument being typed
 * highlighted and explained (its kind of value, the values allowed). Null where there is nothing
 * useful to show (a keyword without arguments, a comment, an unknown keyword).
 */
export function signatureHelp(document: TextDocument, analysis: Analysis, position: Position, options: DiagnosticOptions = {}): SignatureHelp | null {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (/(^|\s)#/.test(before) || before.trim() === '') return null;
  // The word the cursor touches, or the last word before it on the line (the cursor may follow a space).
  const probe = lineStart + before.trimEnd().length;
  const afterSpace = probe < offset;
  const help =
    analysis.language === 'haproxy'
      ? haproxySignature(analysis, probe, afterSpace, options.haproxyVersion ?? DEFAULT_HAPROXY_VERSION)
      : keepalivedSignature(analysis, probe, afterSpace);
  return help && options.locale ? localizedHelp(help, options.locale) : help;
}

/** The argument descriptions in the locale's language (the keyword's own summary stays English). */
function localizedHelp(help: SignatureHelp, locale: Locale): SignatureHelp {
  const parameter = (p: ParameterInformation): ParameterInformation =>
    typeof p.documentation === 'string' ? { ...p, documentation: localizeChrome(p.documentation, locale) } : p;
  return { ...help, signatures: help.signatures.map((s) => ({ ...s, parameters: s.parameters?.map(parameter) })) };
}

/** The index of the argument being written: the word the probe touches, or the next one after a space. */
function argumentIndex(args: readonly { start: number; end: number }[], probe: number, afterSpace: boolean): number {
  const touched = args.findIndex((a) => a.start <= probe && probe <= a.end);
  if (touched >= 0) return afterSpace ? touched + 1 : touched;
  return args.filter((a) => a.end <= probe).length;
}

function haproxySignature(analysis: Analysis & { language: 'haproxy' }, probe: number, afterSpace: boolean, version: HaproxyVersion): SignatureHelp | null {
  const { section, directive, isHeader } = locate(analysis.parse.model, probe);
  if (!section || !directive || isHeader) return null;
  const resolved = resolveDirective(directive, section.kind);
  const entry = resolved.action ?? resolved.keyword;
  if (!entry) return null;
  const lastName = resolved.nameWords.at(-1)!;
  // Still on the keyword itself: no argument yet.
  if (probe <= lastName.end && !afterSpace) return null;
  const args: Word[] = resolved.args.filter((a) => !directive.condition || a.end <= directive.condition.start);
  const active = argumentIndex(args, probe, afterSpace);
  const lines = syntaxLines(entry);
  if (lines.length === 0) return null;
  const signatures = lines.map((line) => haproxySignatureOf(entry, line, version));
  if (signatures.every((s) => (s.parameters ?? []).length === 0)) return null;
  // The shortest form that still has a parameter at the cursor (`option httpchk <method> <uri>`).
  let activeSignature = signatures.findIndex((s) => (s.parameters ?? []).length > active);
  if (activeSignature < 0) activeSignature = signatures.length - 1;
  return { signatures, activeSignature, activeParameter: active };
}

function syntaxLines(entry: HaproxyKeyword): string[] {
  const prefix = entry.fact.ruleset ? `${entry.fact.ruleset} ` : '';
  return entry.fact.syntax.map((s) => prefix + s);
}

/** Parameters are the `<placeholders>` of a syntax line, in order. */
function haproxySignatureOf(entry: HaproxyKeyword, line: string, version: HaproxyVersion): SignatureInformation {
  const parameters: ParameterInformation[] = [];
  const placeholder = /<([^<>]+)>/g;
  let start = 0;
  // Skip the keyword words themselves (`option httpchk`), which never hold placeholders.
  for (let match = placeholder.exec(line); match; match = placeholder.exec(line)) {
    if (match.index < start) continue;
    const name = match[1]!;
    const spec = entry.doc?.args?.find((a) => a.name === name || a.name.split(':').includes(name));
    const documentation = describeArgument(entry, name, spec, version);
    parameters.push({ label: [match.index, match.index + match[0].length], ...(documentation ? { documentation } : {}) });
    start = match.index + match[0].length;
  }
  return {
    label: line,
    documentation: entry.doc ? { kind: MarkupKind.Markdown, value: entry.doc.summary } : undefined,
    parameters,
  };
}

function describeArgument(entry: HaproxyKeyword, name: string, spec: ArgSpec | undefined, version: HaproxyVersion): string | undefined {
  if (entry.name === 'balance' && name === 'algorithm') {
    const known = BALANCE_ALGORITHMS.filter(([, since]) => atLeast(version, since)).map(([n]) => n);
    return `The algorithm, one of: ${known.join(', ')}.`;
  }
  return spec ? describeShape(spec) : undefined;
}

/** A short sentence on what kind of value an argument takes. */
export function describeShape(spec: ArgSpec): string {
  const shape: ArgShape = spec.shape;
  const optional = spec.optional ? ' Optional.' : '';
  const repeat = spec.repeat ? ' May repeat.' : '';
  const body = ((): string => {
    switch (shape.kind) {
      case 'time':
        return `A duration: a number in ${shape.unit === 's' ? 'seconds' : 'milliseconds'} or with a unit (us, ms, s, m, h, d).`;
      case 'size':
        return 'A size in bytes, with an optional k, m or g suffix.';
      case 'int':
        return `A whole number${range(shape.min, shape.max)}.`;
      case 'number':
        return `A number, decimals allowed${range(shape.min, shape.max)}.`;
      case 'enum':
        return `One of: ${shape.values.join(', ')}.`;
      case 'address':
        return 'An address, such as 10.0.0.10:80, *:80, :443 or unix@/run/socket.';
      case 'cidr':
        return 'An IP address, optionally with a /prefix.';
      case 'port':
        return 'A port number (1 to 65535).';
      case 'name':
        return shape.defines ? `The name of the ${shape.defines} this line defines.` : 'A name.';
      case 'ref':
        return `The name of a ${shape.target} defined elsewhere in the configuration.`;
      case 'file':
        return 'A file path.';
      case 'boolean':
        return 'On or off (on, off, true, false, yes, no).';
      case 'word':
        return 'A single word.';
      case 'rest':
        return 'The rest of the line.';
    }
  })();
  return `${body}${optional}${repeat}`;
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

function keepalivedSignature(analysis: Analysis & { language: 'keepalived' }, probe: number, afterSpace: boolean): SignatureHelp | null {
  const found = keepalivedKeywordAt(analysis.parse.model, probe);
  if (!found?.keyword) return null;
  const { statement, keyword } = found;
  if (probe <= statement.keyword.end && !afterSpace) return null;
  if (statement.block && probe >= statement.block.open.start) return null;
  const parameters = keepalivedParameters(keyword);
  if (parameters.length === 0) return null;
  let label = keyword.name;
  const infos: ParameterInformation[] = [];
  for (const parameter of parameters) {
    label += ' ';
    infos.push({ label: [label.length, label.length + parameter.label.length], documentation: parameter.documentation });
    label += parameter.label;
  }
  const active = argumentIndex(statement.args, probe, afterSpace);
  const last = parameters.at(-1)!;
  const activeParameter = last.repeat && active >= parameters.length ? parameters.length - 1 : active;
  return {
    signatures: [{ label, documentation: keyword.doc ? { kind: MarkupKind.Markdown, value: keyword.doc.summary } : undefined, parameters: infos }],
    activeSignature: 0,
    activeParameter,
  };
}

/** Parameters of a keepalived keyword: from our argument specs, else from the generated value facts. */
function keepalivedParameters(keyword: KeepalivedKeyword): Array<{ label: string; documentation: string; repeat?: boolean }> {
  const specs = keyword.doc?.args;
  if (specs && specs.length > 0) {
    return specs.map((spec) => ({
      label: spec.optional ? `[${spec.name}]` : `<${spec.name}>`,
      documentation: describeShape(spec),
      repeat: spec.repeat,
    }));
  }
  const values = keyword.fact.values;
  if (!values || values.args === 0 || keyword.fact.block) return [];
  if (values.enum) return [{ label: `<${values.enum.join('|')}>`, documentation: `One of: ${values.enum.join(', ')}.` }];
  if (values.bool) return [];
  if (values.min !== undefined || values.max !== undefined) {
    const unit = values.unit === 'seconds' ? ' (seconds)' : '';
    return [{ label: `<${values.min ?? ''}..${values.max ?? ''}>`, documentation: `A ${values.decimal ? 'number, decimals allowed' : 'whole number'}${range(values.min, values.max)}${unit}.` }];
  }
  return [];
}
