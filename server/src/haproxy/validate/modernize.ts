import type { Fix } from '../../common/span.js';
import type { HaproxyKeyword } from '../catalogue/index.js';
import type { ResolvedDirective } from '../resolve.js';

export interface Modernization {
  /** The modern keyword, for the message. */
  replacement: string;
  fix: Fix;
}

/** Legacy keywords whose facts name no replacement, but whose modern form is certain. */
const RENAMES: Record<string, string> = {
  redispatch: 'option redispatch',
  redisp: 'option redispatch',
};

/** Header-line rewriters of HAProxy 1.x (`reqadd`...) that map one-to-one onto today's actions. */
const HEADER_ADD: Record<string, string> = { reqadd: 'http-request add-header', rspadd: 'http-response add-header' };
const HEADER_DEL: Record<string, string> = {
  reqdel: 'http-request del-header',
  reqidel: 'http-request del-header',
  rspdel: 'http-response del-header',
  rspidel: 'http-response del-header',
};

/**
 * The modern spelling of a legacy line, as a quick fix, when it can be written without guessing.
 * `contimeout 5000` -> `timeout connect 5000`, `block if x` -> `http-request deny if x`,
 * `reqadd X-Foo:\ bar` -> `http-request add-header X-Foo bar`.
 */
export function modernize(entry: HaproxyKeyword, resolved: ResolvedDirective): Modernization | undefined {
  const nameStart = resolved.nameWords[0]!.start;
  const nameEnd = resolved.nameWords.at(-1)!.end;
  const rename = RENAMES[entry.name] ?? (isKeywordName(entry.fact.replacement) ? entry.fact.replacement : undefined);
  if (rename) {
    return {
      replacement: rename,
      fix: {
        title: `Replace '${entry.name}' with '${rename}'`,
        edits: [{ start: nameStart, end: nameEnd, newText: rename }],
        preferred: true,
      },
    };
  }
  const [first] = resolved.args;
  const add = HEADER_ADD[entry.name];
  if (add && first && resolved.args.length === 1) {
    const colon = first.value.indexOf(':');
    const header = colon > 0 ? first.value.slice(0, colon).trim() : '';
    const value = colon > 0 ? first.value.slice(colon + 1).trim() : '';
    if (/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(header)) {
      const newText = `${add} ${header}${value ? ` ${quoteIfNeeded(value)}` : ''}`;
      return {
        replacement: add,
        fix: { title: `Rewrite as '${add}'`, edits: [{ start: nameStart, end: first.end, newText }], preferred: true },
      };
    }
  }
  const del = HEADER_DEL[entry.name];
  if (del && first && resolved.args.length === 1) {
    const simple = /^\^([A-Za-z0-9-]+):?(\.\*)?$/.exec(first.value);
    if (simple) {
      return {
        replacement: del,
        fix: { title: `Rewrite as '${del}'`, edits: [{ start: nameStart, end: first.end, newText: `${del} ${simple[1]}` }], preferred: true },
      };
    }
  }
  return undefined;
}

/** Replacements in the facts are sometimes advice rather than a keyword; keep only plain keyword names. */
function isKeywordName(replacement: string | undefined): replacement is string {
  return replacement !== undefined && /^[a-z][a-z0-9._-]*( [a-z][a-z0-9._-]*)*$/.test(replacement);
}

function quoteIfNeeded(value: string): string {
  return /[\s#"'\\$]/.test(value) ? `"${value.replace(/(["\\$])/g, '\\$1')}"` : value;
}
