import type { Problem } from '../../common/span.js';
import { atLeast, lexicalSince, type KeepalivedVersion } from '../catalogue/index.js';
import type { IncludeDirective, KeepalivedConfig } from '../model.js';
import { parseKeepalived } from '../parser.js';
import { checkEntries } from './entries.js';
import type { IncludeResolver } from './includes.js';
import { checkAuthPass, checkInstance, checkRequiredSettings, checkVridConflicts, globalSettings } from './instances.js';
import { checkKeywords, checkRepeats } from './keywords.js';
import { checkReferences } from './references.js';
import { checkScripts } from './scripts.js';
import { buildTree, conditionApplies, expandBounded, flatten, type CheckedNode } from './tree.js';

export type { IncludedFile, IncludeResolver } from './includes.js';

export interface KeepalivedCheckOptions {
  /** The keepalived release the file is written for. */
  version: KeepalivedVersion;
  /**
   * The config id keepalived will run with (`keepalived -i ID`; by default the host name up to its
   * first dot). When given, `@id` / `@^id` lines for other ids are dropped as keepalived drops them.
   * When not (an editor does not know which host a file is for), such lines count as "possibly
   * present": they are checked on their own, they define names and satisfy requirements, but they
   * never count as a duplicate or a conflict.
   */
  configId?: string;
  /** The path of the file, needed to resolve relative `include` patterns. */
  path?: string;
  /**
   * Reads the files `include` lines name. Without it (or without `path`), a file with includes may
   * get what it lacks from them, so checks of absence (undefined references, missing
   * enable_script_security) are skipped.
   */
  includes?: IncludeResolver;
}

/** How deep includes are followed (keepalived has no limit; real configurations use one or two levels). */
const MAX_INCLUDE_DEPTH = 8;

/**
 * Every check of a keepalived.conf beyond syntax: the catalogue (keywords, blocks, versions, values),
 * value-block entries, what instances, virtual servers and checkers need, names and references,
 * and scripts. Included files are read only for what they define.
 */
export function validateKeepalived(config: KeepalivedConfig, text: string, options: KeepalivedCheckOptions): Problem[] {
  const problems: Problem[] = [];
  checkLexicalVersions(config, text, options, problems);
  const roots = buildTree(config, options);
  const unresolved = attachIncludes(config, roots, options, problems);
  const nodes = flatten(roots);
  checkKeywords(nodes, options.version, problems);
  checkEntries(nodes, problems);
  checkRepeats(nodes, problems);
  checkRequiredSettings(nodes, problems);
  const globals = globalSettings(roots, options.version);
  const instances = roots.filter((n) => n.kind === 'keyword' && n.name === 'vrrp_instance' && n.statement.block).map((n) => checkInstance(n, globals, problems));
  checkVridConflicts(instances, problems);
  for (const pass of nodes.filter((n) => n.kind === 'keyword' && n.keyword?.path.join('>') === 'vrrp_instance>authentication>auth_pass')) checkAuthPass(pass, problems);
  checkReferences(nodes, unresolved, problems);
  checkScripts(nodes, roots, text, unresolved, problems);
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** `includer`...`includea`, `~SEQ`, `~LST` and the predefined parameters came in later releases. */
function checkLexicalVersions(config: KeepalivedConfig, text: string, options: KeepalivedCheckOptions, problems: Problem[]): void {
  const tooNew = (word: string, at: { start: number; end: number }): void => {
    const since = lexicalSince(word);
    if (since && !atLeast(options.version, since)) {
      problems.push({ code: 'keepalived/keyword-too-new', message: `'${word}' needs keepalived ${since} or newer; the target version is ${options.version}`, start: at.start, end: at.end });
    }
  };
  for (const include of config.includes) {
    const at = text.indexOf(include.keyword, include.start);
    if (at >= 0) tooNew(include.keyword, { start: at, end: at + include.keyword.length });
  }
  for (const sequence of config.sequences) tooNew(sequence.kind === 'seq' ? '~SEQ' : '~LST', { start: sequence.start, end: sequence.start + 4 });
  for (const reference of config.references) if (reference.name.startsWith('_')) tooNew(reference.name, reference);
}

/**
 * Reads the included files into the tree, inside the block that holds each `include` line.
 * Returns whether some include could not be followed (no resolver, or a parameter in its pattern).
 */
function attachIncludes(config: KeepalivedConfig, roots: CheckedNode[], options: KeepalivedCheckOptions, problems: Problem[]): boolean {
  const applying = config.includes.filter((i) => conditionApplies(i.configId, options.configId) !== false);
  if (applying.length === 0) return false;
  if (!options.includes || !options.path) return true;
  let unresolved = false;
  const visited = new Set<string>([options.path]);
  const follow = (file: string, included: KeepalivedConfig, into: CheckedNode[], parent: CheckedNode | undefined, depth: number, report: boolean): void => {
    for (const include of included.includes) {
      if (conditionApplies(include.configId, options.configId) === false) continue;
      const pattern = patternOf(include, included);
      if (pattern === undefined || depth >= MAX_INCLUDE_DEPTH) {
        unresolved = true;
        continue;
      }
      const files = options.includes!(file, pattern);
      if (files.length === 0 && report) {
        problems.push({ code: 'keepalived/include-not-found', message: `no file matches '${pattern}' (relative patterns start from this file's folder)`, start: include.pattern.start, end: include.pattern.end });
      }
      const holder = report ? enclosingNode(into, include) : parent;
      for (const found of files) {
        if (visited.has(found.path)) continue;
        visited.add(found.path);
        const child = parseKeepalived(found.text).model;
        const placed = buildTree(child, options, true, holder);
        if (holder) holder.children.push(...placed);
        else into.push(...placed);
        follow(found.path, child, holder ? holder.children : into, holder, depth + 1, false);
      }
    }
  };
  follow(options.path, config, roots, undefined, 0, true);
  return unresolved;
}

function patternOf(include: IncludeDirective, config: KeepalivedConfig): string | undefined {
  const raw = include.pattern.value.trim();
  if (!raw.includes('$')) return raw;
  const definitions = new Map<string, string>();
  for (const definition of config.definitions) {
    if (definition.start < include.start && !definition.multiline && !definition.configId) definitions.set(definition.name.value, definition.value);
  }
  return expandBounded(raw, definitions);
}

/** The deepest block node whose braces hold the include line (undefined: the top level). */
function enclosingNode(nodes: readonly CheckedNode[], include: IncludeDirective): CheckedNode | undefined {
  for (const node of nodes) {
    const block = node.statement.block;
    if (block && block.open.end <= include.start && (block.close?.start ?? Number.POSITIVE_INFINITY) >= include.end) {
      return enclosingNode(node.children, include) ?? node;
    }
  }
  return undefined;
}
