import type { Problem } from '../common/span.js';
import type { EnvReference, Word } from './model.js';

/**
 * A word written without quotes or escapes, as most are: its value is its text. It keeps two fields
 * where a literal keeps five (`end`, `value` and `quoted` follow from them): a 100,000-line file
 * has half a million words, and this saves 11 MB of the model.
 */
export class PlainWord implements Word {
  constructor(
    readonly start: number,
    readonly raw: string,
  ) {}
  get end(): number {
    return this.start + this.raw.length;
  }
  get value(): string {
    return this.raw;
  }
  get quoted(): boolean {
    return false;
  }
}

/** A word that needed decoding (quotes, escapes or variables): `end` still follows from its text. */
class DecodedWord implements Word {
  env?: EnvReference[];
  constructor(
    readonly start: number,
    readonly raw: string,
    readonly value: string,
    readonly quoted: boolean,
  ) {}
  get end(): number {
    return this.start + this.raw.length;
  }
}

/** A word of text `raw` at `start` whose value and quoting are known. */
export function makeWord(start: number, raw: string, value: string, quoted: boolean, env?: EnvReference[]): Word {
  if (value === raw && !quoted && !env) return new PlainWord(start, raw);
  const word = new DecodedWord(start, raw, value, quoted);
  if (env) word.env = env;
  return word;
}

/**
 * Decodes one word token the way HAProxy's parse_line() (src/tools.c) does, without expanding
 * environment variables: quotes are removed, backslash escapes are applied, and `$NAME`/`${NAME}`
 * references inside double quotes are kept as written and listed in `env`.
 * Problems HAProxy rejects the line for are appended to `problems`, with exact offsets.
 */
export function decodeWord(raw: string, start: number, problems: Problem[]): Word {
  const end = start + raw.length;
  // Most words have nothing to decode.
  if (!NEEDS_DECODING.test(raw)) return new PlainWord(start, raw);

  let value = '';
  let quoted = false;
  let squote = false;
  let dquote = false;
  let quoteAt = -1;
  let env: EnvReference[] | undefined;
  const n = raw.length;
  let i = 0;
  while (i < n) {
    const c = raw[i]!;
    if (squote) {
      // Inside single quotes everything is literal up to the closing quote.
      if (c === "'") squote = false;
      else value += c;
      i++;
      continue;
    }
    if (c === '"') {
      dquote = !dquote;
      if (dquote) {
        quoted = true;
        quoteAt = i;
      }
      i++;
      continue;
    }
    if (c === "'" && !dquote) {
      squote = true;
      quoted = true;
      quoteAt = i;
      i++;
      continue;
    }
    if (c === '\\') {
      const next = raw[i + 1];
      switch (next) {
        case ' ':
        case '\\':
        case '#':
        case "'":
        case '"':
          value += next;
          i += 2;
          continue;
        case 't':
          value += '\t';
          i += 2;
          continue;
        case 'n':
          value += '\n';
          i += 2;
          continue;
        case 'r':
          value += '\r';
          i += 2;
          continue;
        case '$':
          // `\$` only protects a dollar inside double quotes; elsewhere the backslash stays.
          if (dquote) {
            value += '$';
            i += 2;
          } else {
            value += '\\';
            i += 1;
          }
          continue;
        case 'x': {
          const h1 = raw[i + 2];
          const h2 = raw[i + 3];
          if (isHex(h1) && isHex(h2)) {
            value += String.fromCharCode(parseInt(h1! + h2!, 16));
            i += 4;
          } else {
            const stop = i + 2 + (isHex(h1) ? 1 : 0);
            problems.push({
              start: start + i,
              end: start + stop,
              code: 'haproxy/bad-escape',
              message: '`\\x` must be followed by exactly two hexadecimal digits (for example `\\x20`).',
            });
            value += raw.slice(i, stop);
            i = stop;
          }
          continue;
        }
        default:
          // Any other `\c` is not an escape: the backslash is kept and `c` read normally.
          value += '\\';
          i += 1;
          continue;
      }
    }
    if (c === '$' && dquote) {
      const ref = readEnvReference(raw, i, start, problems);
      if (ref) (env ??= []).push(ref.reference);
      const stop = ref ? ref.stop : i + 1;
      value += raw.slice(i, stop);
      i = stop;
      continue;
    }
    value += c;
    i++;
  }

  if (squote || dquote) {
    problems.push({
      start: start + quoteAt,
      end,
      code: 'haproxy/unterminated-quote',
      message: `This ${squote ? 'single' : 'double'}-quoted text is not closed before the end of the line.`,
    });
  }
  return makeWord(start, raw, value, quoted, env);
}

const NEEDS_DECODING = /["'\\]/;

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

const PSEUDO_VARIABLES = new Set(['.LINE', '.FILE', '.SECTION']);

/**
 * Reads `$NAME`, `${NAME}`, `${NAME-default}` or `${NAME[*]}` starting at `raw[at] === '$'`
 * (inside double quotes). Returns undefined after reporting a malformed reference; the caller then
 * keeps the `$` literally and carries on, where HAProxy would give up on the line.
 */
function readEnvReference(
  raw: string,
  at: number,
  base: number,
  problems: Problem[],
): { reference: EnvReference; stop: number } | undefined {
  const bad = (from: number, to: number, message: string): undefined => {
    problems.push({ start: base + from, end: base + Math.min(Math.max(to, from + 1), raw.length), code: 'haproxy/bad-variable', message });
    return undefined;
  };
  let j = at + 1;
  const braced = raw[j] === '{';
  if (braced) j++;
  const first = raw[j];
  if (first === undefined || !/[A-Za-z_.]/.test(first)) {
    return bad(
      at,
      j,
      'Inside double quotes `$` starts an environment variable, whose name must begin with a letter or `_`. Write `\\$` (or use single quotes) for a literal dollar sign.',
    );
  }
  const nameStart = j;
  if (first === '.') j++;
  while (j < raw.length && /[A-Za-z0-9_]/.test(raw[j]!)) j++;
  const name = raw.slice(nameStart, j);
  if (name.startsWith('.') && !PSEUDO_VARIABLES.has(name)) {
    return bad(at, j, `\`${name}\` is not a variable HAProxy knows: the only names starting with a dot are .LINE, .FILE and .SECTION.`);
  }
  let expand = false;
  if (braced && raw[j] === '[') {
    if (raw[j + 1] !== '*' || raw[j + 2] !== ']') {
      return bad(j, j + 3, 'The only suffix allowed after a variable name is `[*]` (split the value into several words).');
    }
    expand = true;
    j += 3;
  }
  let defaultValue: string | undefined;
  if (braced) {
    if (raw[j] === '-') {
      const close = raw.indexOf('}', j);
      if (close < 0) return bad(at, j, 'This `${` has no closing `}`.');
      defaultValue = raw.slice(j + 1, close);
      j = close + 1;
    } else if (raw[j] === '}') {
      j++;
    } else {
      return bad(at, j, 'A variable name in `${...}` must be followed by `}`, `-default}` or `[*]}`.');
    }
  }
  const reference: EnvReference = { start: base + at, end: base + j, name, expand };
  if (defaultValue !== undefined) reference.defaultValue = defaultValue;
  return { reference, stop: j };
}
