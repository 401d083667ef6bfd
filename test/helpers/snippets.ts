// VS Code snippet syntax, for the tests that expand the project's snippets (highlighting, checks, fuzzing).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children?: SnippetNode[]; choice?: string }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

/**
 * Parses VS Code snippet syntax ($1, ${1:default}, ${1|a,b|}, $NAME, ${NAME:default}, with \ escapes)
 * and throws on anything malformed, such as an unclosed "${".
 */
export function parseSnippet(body: string): SnippetNode[] {
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${pos} of snippet body:\n${body}`);
  };
  const parseUntil = (stop: string | undefined): SnippetNode[] => {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (pos < body.length) {
      const ch = body[pos]!;
      if (ch === '\\' && pos + 1 < body.length && '$}\\'.includes(body[pos + 1]!)) {
        text += body[pos + 1];
        pos += 2;
      } else if (stop !== undefined && ch === stop) {
        flush();
        return nodes;
      } else if (ch === '$') {
        const simple = /^\$(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(pos));
        if (simple) {
          flush();
          nodes.push(/^\d/.test(simple[1]!) ? { kind: 'tabstop', index: Number(simple[1]) } : { kind: 'variable', name: simple[1]! });
          pos += simple[0].length;
        } else if (body[pos + 1] === '{') {
          flush();
          nodes.push(parseBraced());
        } else {
          text += ch;
          pos++;
        }
      } else {
        text += ch;
        pos++;
      }
    }
    if (stop !== undefined) fail(`missing "${stop}"`);
    flush();
    return nodes;
  };
  const parseBraced = (): SnippetNode => {
    const head = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(pos));
    if (!head) return fail('"${" not followed by a tabstop number or variable name');
    pos += head[0].length;
    const name = head[1]!;
    const numeric = /^\d/.test(name);
    const next = body[pos];
    if (next === '}') {
      pos++;
      return numeric ? { kind: 'tabstop', index: Number(name) } : { kind: 'variable', name };
    }
    if (next === ':') {
      pos++;
      const children = parseUntil('}');
      pos++;
      return numeric ? { kind: 'tabstop', index: Number(name), children } : { kind: 'variable', name, children };
    }
    if (next === '|' && numeric) {
      const close = body.indexOf('|}', pos + 1);
      if (close < 0) fail('choice without closing "|}"');
      const options = body.slice(pos + 1, close).split(/(?<!\\),/).map((o) => o.replace(/\\([,|\\])/g, '$1'));
      pos = close + 2;
      return { kind: 'tabstop', index: Number(name), choice: options[0]! };
    }
    return fail(`unsupported snippet construct after "\${${name}"`);
  };
  return parseUntil(undefined);
}

/** The text VS Code inserts when every placeholder is accepted as is. */
export function expandSnippet(body: string): string {
  const nodes = parseSnippet(body);
  const defaults = new Map<number, SnippetNode[] | string>();
  const collect = (list: SnippetNode[]) => {
    for (const node of list) {
      if (node.kind === 'tabstop' && !defaults.has(node.index)) {
        if (node.choice !== undefined) defaults.set(node.index, node.choice);
        else if (node.children) defaults.set(node.index, node.children);
      }
      if (node.kind !== 'text' && node.children) collect(node.children);
    }
  };
  collect(nodes);
  const render = (list: SnippetNode[]): string =>
    list
      .map((node) => {
        if (node.kind === 'text') return node.value;
        if (node.kind === 'variable') {
          if (!node.children) throw new Error(`snippet variable $${node.name} has no default; the inserted text would depend on the editor`);
          return render(node.children);
        }
        const value = node.choice ?? (node.children ? render(node.children) : defaults.get(node.index));
        if (value === undefined) return '';
        return typeof value === 'string' ? value : render(value);
      })
      .join('');
  return render(nodes);
}

/** The snippets of `snippets/<file>` (run from the project root, as the tests are). */
export function loadSnippets(file: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(path.resolve('snippets', file), 'utf8'));
}

export const bodyOf = (snippet: Snippet) => (Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body);
