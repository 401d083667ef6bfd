import type { Span } from '../common/span.js';

/**
 * A JSON reader that keeps offsets, so that problems about the manifest (a missing file, a host
 * that disagrees with a config) point at the exact value in ha-cluster.json.
 */
export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull;

export interface JsonObject extends Span {
  kind: 'object';
  properties: JsonProperty[];
}

export interface JsonProperty extends Span {
  key: string;
  keySpan: Span;
  value: JsonNode;
}

export interface JsonArray extends Span {
  kind: 'array';
  items: JsonNode[];
}

export interface JsonString extends Span {
  kind: 'string';
  value: string;
}

export interface JsonNumber extends Span {
  kind: 'number';
  value: number;
}

export interface JsonBoolean extends Span {
  kind: 'boolean';
  value: boolean;
}

export interface JsonNull extends Span {
  kind: 'null';
}

export interface JsonError extends Span {
  message: string;
}

export interface JsonParse {
  /** Undefined when the text is not JSON (then `error` says where it went wrong). */
  root?: JsonNode;
  error?: JsonError;
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function parseJson(text: string): JsonParse {
  let pos = 0;
  const fail = (message: string, start = pos, end = Math.min(text.length, start + 1)): never => {
    throw new JsonSyntaxError(message, start, Math.max(end, start));
  };
  const skipBlanks = (): void => {
    while (pos < text.length && /[ \t\r\n\uFEFF]/.test(text[pos]!)) pos++;
  };
  const value = (): JsonNode => {
    skipBlanks();
    const start = pos;
    const char = text[pos];
    if (char === undefined) return fail('Unexpected end of the file: a value is missing.');
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return { kind: 'string', value: string(), start, end: pos };
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(pos, pos + 400));
    if (!literal) {
      const word = /^[^\s,:\]}]+/.exec(text.slice(pos))?.[0] ?? char;
      return fail(`Unexpected ${JSON.stringify(word)}: expected a value.`, pos, pos + word.length);
    }
    pos += literal[0].length;
    if (literal[0] === 'true' || literal[0] === 'false') return { kind: 'boolean', value: literal[0] === 'true', start, end: pos };
    if (literal[0] === 'null') return { kind: 'null', start, end: pos };
    return { kind: 'number', value: Number(literal[0]), start, end: pos };
  };
  const string = (): string => {
    const start = pos;
    pos++; // the opening quote
    let result = '';
    while (true) {
      const char = text[pos];
      if (char === undefined || char === '\n') return fail('Unterminated string.', start, pos);
      if (char === '"') {
        pos++;
        return result;
      }
      if (char === '\\') {
        const next = text[pos + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          result += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
          continue;
        }
        if (next === undefined || !(next in ESCAPES)) return fail('Invalid escape in a string.', pos, pos + 2);
        result += ESCAPES[next];
        pos += 2;
        continue;
      }
      result += char;
      pos++;
    }
  };
  const object = (): JsonObject => {
    const start = pos;
    pos++;
    const properties: JsonProperty[] = [];
    skipBlanks();
    if (text[pos] === '}') {
      pos++;
      return { kind: 'object', properties, start, end: pos };
    }
    while (true) {
      skipBlanks();
      if (text[pos] !== '"') return fail('Expected a property name in double quotes.');
      const keyStart = pos;
      const key = string();
      const keySpan = { start: keyStart, end: pos };
      skipBlanks();
      if (text[pos] !== ':') return fail('Expected `:` after the property name.');
      pos++;
      const node = value();
      properties.push({ key, keySpan, value: node, start: keyStart, end: node.end });
      skipBlanks();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === '}') {
        pos++;
        return { kind: 'object', properties, start, end: pos };
      }
      return fail('Expected `,` or `}`.');
    }
  };
  const array = (): JsonArray => {
    const start = pos;
    pos++;
    const items: JsonNode[] = [];
    skipBlanks();
    if (text[pos] === ']') {
      pos++;
      return { kind: 'array', items, start, end: pos };
    }
    while (true) {
      items.push(value());
      skipBlanks();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === ']') {
        pos++;
        return { kind: 'array', items, start, end: pos };
      }
      return fail('Expected `,` or `]`.');
    }
  };
  try {
    const root = value();
    skipBlanks();
    if (pos < text.length) fail('Unexpected text after the end of the JSON value.', pos, text.length);
    return { root };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { error: { message: error.message, start: error.start, end: error.end } };
    throw error;
  }
}

export function property(node: JsonNode | undefined, key: string): JsonProperty | undefined {
  return node?.kind === 'object' ? node.properties.find((p) => p.key === key) : undefined;
}
