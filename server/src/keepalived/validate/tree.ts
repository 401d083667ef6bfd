import { childKeywords, type KeepalivedKeyword } from '../catalogue/index.js';
import type { ConfigIdCondition, KeepalivedConfig, KStatement, KWord } from '../model.js';
import { findReferences, MAX_LINE_BYTES, type ReferenceScan } from '../reader.js';

/** A word with the value keepalived sees once `$NAME` parameters are replaced. */
export interface ValueWord {
  word: KWord;
  /** The value after substitution; undefined when it uses a parameter whose value is not known here. */
  text: string | undefined;
}

/**
 * A statement placed in the keyword tree: what every check works on. `keyword` is the catalogue
 * entry at this position; value-block entries (`10.0.0.1/24 dev eth0` in virtual_ipaddress) are
 * `entry` nodes; statements whose keyword depends on an unknown parameter are `opaque`.
 */
export interface CheckedNode {
  statement: KStatement;
  kind: 'keyword' | 'entry' | 'unknown' | 'opaque';
  /** The keyword (first word) after substitution. */
  name: string;
  keyword?: KeepalivedKeyword;
  args: ValueWord[];
  parent?: CheckedNode;
  children: CheckedNode[];
  /**
   * The line applies only on some hosts (`@id` / `@^id` while the config id is unknown): it counts as
   * possibly present. It satisfies requirements and defines names, but never counts as a conflict.
   */
  conditional: boolean;
  /** From an included file: it takes part in references and global settings, and is never reported on. */
  external: boolean;
}

export interface TreeOptions {
  /** The config id keepalived runs with (`-i`; default: the host name up to its first dot), when known. */
  configId?: string;
}

/** Whether a `@id` line applies: undefined when that depends on a config id we do not know. */
export function conditionApplies(condition: ConfigIdCondition | undefined, configId: string | undefined): boolean | undefined {
  if (!condition) return true;
  if (configId === undefined) return undefined;
  return (condition.name === configId) !== condition.negated;
}

/**
 * `$NAME` substitution as keepalived does it: a definition applies to the lines after it. Multi-line
 * definitions, conditional definitions whose condition is unknown, and the predefined `$_RANDOM`
 * family have no single value here, so words using them are left unchecked.
 */
export class Parameters {
  private readonly definitions: Array<{ start: number; name: string; value: string | undefined }> = [];

  constructor(config: KeepalivedConfig, configId: string | undefined) {
    for (const definition of config.definitions) {
      const applies = conditionApplies(definition.configId, configId);
      if (applies === false) continue;
      const known = applies === true && !definition.multiline;
      this.definitions.push({ start: definition.start, name: definition.name.value, value: known ? definition.value : undefined });
    }
    this.definitions.sort((a, b) => a.start - b.start);
  }

  /** Definitions before `at`, found incrementally: words are asked for in file order. */
  private cursor = 0;
  private position = -1;
  private readonly known = new Map<string, string>();

  private advanceTo(at: number): void {
    if (at < this.position) {
      this.cursor = 0;
      this.known.clear();
    }
    this.position = at;
    while (this.cursor < this.definitions.length && this.definitions[this.cursor]!.start < at) {
      const definition = this.definitions[this.cursor++]!;
      if (definition.value === undefined) this.known.delete(definition.name);
      else this.known.set(definition.name, definition.value);
    }
  }

  /** The value of a word at its place in the file. */
  valueOf(word: KWord): string | undefined {
    if (!word.value.includes('$')) return word.value;
    this.advanceTo(word.start);
    const expanded = expandBounded(word.value, this.known);
    // A value that expands to several words would be split by keepalived: not one checkable value.
    return expanded === undefined || /[ \t]/.test(expanded.trim()) ? undefined : expanded.trim();
  }
}

/**
 * `$NAME` / `${NAME}` replaced by their values, again and again while references remain (keepalived
 * re-reads the line), giving up on unknown names and on lines longer than keepalived reads (a
 * definition that refers to itself would otherwise grow without end).
 */
export function expandBounded(raw: string, definitions: ReadonlyMap<string, string>): string | undefined {
  let current = raw;
  for (let round = 0; round < 16 && current.includes('$'); round++) {
    const references: ReferenceScan[] = [];
    findReferences(current, 0, current.length, true, references);
    if (references.length === 0) return undefined;
    let next = '';
    let last = 0;
    for (const reference of references) {
      const value = definitions.get(reference.name);
      if (value === undefined) return undefined;
      next += current.slice(last, reference.start) + value;
      last = reference.end;
      if (next.length > MAX_LINE_BYTES) return undefined;
    }
    current = next + current.slice(last);
  }
  return current.includes('$') || current.length > MAX_LINE_BYTES ? undefined : current;
}

/**
 * A file's statements placed in the keyword tree, at the top level or (an included file) inside the
 * block of `parent`.
 */
export function buildTree(config: KeepalivedConfig, options: TreeOptions, external = false, parent?: CheckedNode): CheckedNode[] {
  const parameters = new Parameters(config, options.configId);
  const walk = (statements: readonly KStatement[], parent: CheckedNode | undefined, conditional: boolean): CheckedNode[] => {
    const nodes: CheckedNode[] = [];
    for (const statement of statements) {
      const applies = conditionApplies(statement.configId, options.configId);
      if (applies === false) continue;
      const node = placeStatement(statement, parent, conditional || applies === undefined, external, parameters);
      nodes.push(node);
      if (statement.block && (node.kind === 'keyword' || node.kind === 'opaque')) {
        node.children = walk(statement.block.statements, node, node.conditional);
      }
    }
    return nodes;
  };
  return walk(config.statements, parent, parent?.conditional ?? false);
}

function placeStatement(
  statement: KStatement,
  parent: CheckedNode | undefined,
  conditional: boolean,
  external: boolean,
  parameters: Parameters,
): CheckedNode {
  const args = statement.args.map((word) => ({ word, text: parameters.valueOf(word) }));
  const base = { statement, args, parent, children: [] as CheckedNode[], conditional, external };
  const name = parameters.valueOf(statement.keyword);
  if (parent && parent.kind !== 'keyword') return { ...base, kind: 'opaque', name: name ?? statement.keyword.value };
  if (parent?.keyword?.fact.valueBlock) return { ...base, kind: 'entry', name: name ?? statement.keyword.value };
  if (name === undefined) return { ...base, kind: 'opaque', name: statement.keyword.value };
  const keyword = childKeywords(parent?.keyword).get(name);
  return keyword ? { ...base, kind: 'keyword', name, keyword } : { ...base, kind: 'unknown', name };
}

/** Every node of a tree, parents before children (document order). */
export function flatten(nodes: readonly CheckedNode[]): CheckedNode[] {
  const out: CheckedNode[] = [];
  const walk = (list: readonly CheckedNode[]): void => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/** The child nodes of a block with a keyword of this name. */
export function childrenNamed(node: CheckedNode, name: string): CheckedNode[] {
  return node.children.filter((child) => child.kind === 'keyword' && child.name === name);
}

/** The last (effective) child of this name: keepalived lets a later line override an earlier one. */
export function lastChild(node: CheckedNode, name: string): CheckedNode | undefined {
  const all = childrenNamed(node, name);
  return all[all.length - 1];
}
