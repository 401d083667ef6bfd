import type { Problem, Span } from '../../common/span.js';
import { checkAddress, checkCidr } from '../../common/values.js';
import type { Directive, HaproxyConfig, Section, Word } from '../model.js';
import { resolveDirective } from '../resolve.js';
import { collectSymbols } from '../symbols.js';
import { addressPrefixAllowed, checkBindAddresses, checkDirective, type HaproxyCheckOptions } from './keywords.js';
import { checkDuplicates, checkReferences } from './references.js';
import { conditionalFilter } from './conditionals.js';
import { checkDefaultsInheritance } from './defaults.js';
import { checkRules } from './rules.js';
import { checkLogLine } from './log.js';
import { checkOptions } from './options.js';
import { checkBalance, checkCompression, checkCompressionAlgorithms, checkCookie, checkHttpchkArgs, checkStickTable } from './proxy.js';
import { checkAclFlags } from './samples.js';
import { checkSamples } from './samples.js';
import { lineContext, lineProblems } from './lineCache.js';
import { firstAtOrAfter } from '../../common/lines.js';

export type { HaproxyCheckOptions } from './keywords.js';

/** Sections whose header must carry a name. */
const NAMED = new Set(['frontend', 'backend', 'listen', 'userlist', 'peers', 'resolvers', 'mailers', 'program', 'http-errors', 'ring', 'cache', 'log-forward', 'fcgi-app']);

/**
 * Every check of a haproxy.cfg beyond syntax: the catalogue (keywords, sections, versions,
 * arguments), references and duplicates, rules that cannot run, and sample expressions.
 */
export function validateHaproxy(
  config: HaproxyConfig,
  text: string,
  options: HaproxyCheckOptions,
  syntaxErrors: readonly Span[] = [],
): Problem[] {
  const problems: Problem[] = [];
  // A line with a syntax error is not read as HAProxy would read it: judging its words is noise.
  const errorStarts = syntaxErrors.map((e) => e.start).sort((a, b) => a - b);
  const broken = (directive: Directive): boolean => {
    const first = firstAtOrAfter(errorStarts, directive.start);
    return first < errorStarts.length && errorStarts[first]! <= directive.end;
  };
  for (const section of config.sections) {
    if (!broken(section.header)) checkHeader(section, text, problems);
    const context = lineContext(options.version, section.kind, section.name !== undefined);
    for (const directive of section.directives) {
      if (directive.keyword.value.startsWith('.')) continue; // unknown dot-directives are syntax errors already
      if (broken(directive)) continue;
      const line = text.slice(directive.start, directive.end);
      for (const problem of lineProblems(context, line, directive.start, () => checkLine(directive, section, options))) problems.push(problem);
    }
    if (section.kind === 'frontend' || section.kind === 'backend' || section.kind === 'listen' || section.kind === 'defaults') {
      checkRules(section, problems);
    }
  }
  checkDefaultsInheritance(config, options.version, problems);
  const symbols = collectSymbols(config);
  checkReferences(symbols, options.version, problems);
  checkDuplicates(symbols, problems);
  return problems.filter(conditionalFilter(config, options.version));
}

/** The checks of one line that depend on nothing but the line, its section's kind and the version (see lineCache.ts). */
function checkLine(directive: Directive, section: Section, options: HaproxyCheckOptions): Problem[] {
  const problems: Problem[] = [];
  const resolved = resolveDirective(directive, section.kind);
  checkDirective(resolved, section, options, problems);
  if (!resolved.keyword) return problems;
  checkSamples(directive, section.kind, options.version, problems);
  if (!resolved.negated) checkLineOptions(resolved.keyword.name, resolved.args, section.kind, options, problems);
  for (const term of directive.condition?.terms ?? []) if (term.kind === 'anonymous') checkAclFlags(term.words.slice(1), problems);
  return problems;
}

/** `bind <address> [options]`, `server <name> <address> [options]` and their relatives. */
function checkLineOptions(keyword: string, args: readonly Word[], sectionKind: string, options: HaproxyCheckOptions, problems: Problem[]): void {
  switch (keyword) {
    case 'bind':
      if (args[0]) checkBindAddresses(args[0], options.version, problems);
      checkOptions('bind', 'bind', args.slice(1), options.version, problems);
      break;
    case 'server':
      if (args[1]) {
        const why = checkAddress(args[1].value, { requirePort: false, prefixAllowed: addressPrefixAllowed(options.version) });
        if (why) problems.push({ code: 'haproxy/invalid-value', message: `server: ${why}`, start: args[1].start, end: args[1].end });
      }
      checkOptions('server', 'server', args.slice(2), options.version, problems);
      break;
    case 'default-server':
      checkOptions('server', 'default-server', args, options.version, problems);
      break;
    case 'log':
      checkLogLine(args, sectionKind, options.version, problems);
      break;
    case 'balance':
      checkBalance(args, options.version, problems);
      break;
    case 'stick-table':
      checkStickTable(args, problems);
      break;
    case 'option httpchk':
      checkHttpchkArgs(args, options.version, problems);
      break;
    case 'compression':
      checkCompression(args, options.version, problems);
      checkCompressionAlgorithms(args, problems);
      break;
    case 'cookie':
      checkCookie(args, problems);
      break;
    case 'acl':
      checkAclFlags(args.slice(2), problems);
      checkAddressPatterns(args, problems);
      break;
    case 'filter':
      // A SPOE filter cannot work without its own configuration file.
      if (args[0]?.value === 'spoe' && !args.some((w) => w.value === 'config')) {
        problems.push({ code: 'haproxy/missing-argument', message: "'filter spoe' needs 'config <file>'", start: args[0].start, end: args[0].end });
      }
      break;
    case 'server-template':
      checkOptions('server', 'server-template', args.slice(3), options.version, problems);
      break;
  }
}

/** Sections whose header takes nothing but a name (`global` takes nothing at all). */
const NAME_ONLY = new Set(['userlist', 'peers', 'mailers', 'program', 'http-errors', 'ring', 'cache', 'log-forward', 'fcgi-app']);

function checkHeader(section: Section, text: string, problems: Problem[]): void {
  const header = section.header;
  if (NAMED.has(section.kind) && !section.name) {
    problems.push({
      code: 'haproxy/missing-section-name',
      message: `a '${section.kind}' section needs a name`,
      start: header.keyword.start,
      end: header.keyword.end,
    });
    return;
  }
  const allowed = section.kind === 'global' ? 0 : NAME_ONLY.has(section.kind) ? 1 : undefined;
  if (allowed !== undefined && header.args.length > allowed) {
    const extra = header.args.slice(allowed);
    problems.push({
      code: 'haproxy/too-many-arguments',
      message: section.kind === 'global' ? "'global' takes no argument" : `'${section.kind}' takes only a name`,
      start: extra[0]!.start,
      end: extra.at(-1)!.end,
    });
    return;
  }
  if (section.kind !== 'frontend' && section.kind !== 'listen') return;
  // The 1.4 form `listen name *:80`: HAProxy 1.5+ wants the address on a `bind` line.
  const address = header.args[1];
  if (!address || address.value === 'from') return;
  const lineStart = text.lastIndexOf('\n', header.start - 1) + 1;
  const headerIndent = text.slice(lineStart, header.start);
  const bodyIndent = bodyIndentation(section, text) ?? `${headerIndent}    `;
  const rest = header.args.slice(1);
  const newline = text.indexOf('\n', header.end);
  const lineEnd = newline < 0 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
  problems.push({
    code: 'haproxy/address-on-proxy-line',
    message: `put the listening address on a 'bind' line: HAProxy 1.5 and later reject '${address.value}' here`,
    start: address.start,
    end: rest.at(-1)!.end,
    fixes: [
      {
        title: `Move '${rest.map((w) => w.raw).join(' ')}' to a 'bind' line`,
        edits: [
          { start: header.args[0]!.end, end: rest.at(-1)!.end, newText: '' },
          { start: lineEnd, end: lineEnd, newText: `\n${bodyIndent}bind ${rest.map((w) => w.raw).join(' ')}` },
        ],
        preferred: true,
      },
    ],
  });
}

function bodyIndentation(section: Section, text: string): string | undefined {
  const first = section.directives[0];
  if (!first) return undefined;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  const indent = text.slice(lineStart, first.start);
  return /^[ \t]*$/.test(indent) ? indent : undefined;
}

/** `acl <name> src|dst|... <ip[/mask]>...`: address patterns must be real addresses and prefixes. */
function checkAddressPatterns(args: readonly Word[], problems: Problem[]): void {
  const criterion = args[1]?.value.replace(/\(.*$/, '');
  if (!criterion || !['src', 'dst', 'hdr_ip', 'req.hdr_ip', 'so_name'].includes(criterion) || criterion === 'so_name') return;
  for (const word of args.slice(2)) {
    if (word.value.startsWith('-')) return; // flags such as -f <file>: stop rather than guess
    if (!/^[0-9a-fA-F:.]+(\/\d+)?$/.test(word.value) || !/[.:]/.test(word.value)) continue;
    const why = checkCidr(word.value);
    if (why) problems.push({ code: 'haproxy/invalid-value', message: `acl ${criterion}: ${why}`, start: word.start, end: word.end });
  }
}
