import type { ArgSpec } from '../../common/docs.js';
import type { Problem } from '../../common/span.js';
import { didYouMean, suggest } from '../../common/suggest.js';
import { checkValue } from '../../common/values.js';
import { availabilityAt, keywordsOf, lookupKeyword, type HaproxyKeyword, type HaproxyVersion } from '../catalogue/index.js';
import type { Word } from '../model.js';
import { actionName } from '../resolve.js';

/**
 * Walks the options of a `bind` or `server` line (`check inter 2s rise 3 ssl verify none`), one
 * option at a time: each must exist in the target version and is followed by as many values as
 * it takes. An option whose arguments cannot be counted (free-form) ends the walk: nothing after
 * it is judged.
 */
export function checkOptions(family: 'bind' | 'server', line: string, options: readonly Word[], version: HaproxyVersion, problems: Problem[]): void {
  let index = 0;
  while (index < options.length) {
    const word = options[index]!;
    if (word.value.includes('$')) return; // an environment variable may stand for several options
    const option = lookupKeyword(family, actionName(word.value)); // `set-proxy-v2-tlv-fmt(0xE1)`
    if (!option) {
      const known = [...keywordsOf(family).values()].filter((o) => availabilityAt(o.fact, version).state === 'available').map((o) => o.name);
      const suggestions = suggest(word.value, known);
      problems.push({
        code: 'haproxy/unknown-option',
        message: `unknown ${line} option '${word.value}'${didYouMean(suggestions)}`,
        start: word.start,
        end: word.end,
        data: { suggestions },
        fixes: suggestions.map((s) => ({ title: `Change to '${s}'`, edits: [{ start: word.start, end: word.end, newText: s }] })),
      });
      return; // its arguments are unknown too, so the rest of the line cannot be read
    }
    const availability = availabilityAt(option.fact, version);
    if (availability.state === 'too-new') {
      problems.push({
        code: 'haproxy/keyword-too-new',
        message: `${line} option '${option.name}' needs HAProxy ${availability.since} or newer; the target version is ${version}`,
        start: word.start,
        end: word.end,
      });
    } else if (availability.state === 'removed') {
      problems.push({
        code: 'haproxy/removed-keyword',
        message: `${line} option '${option.name}' was removed in HAProxy ${availability.removedIn}${availability.replacement ? `; use '${availability.replacement}' instead` : ''}`,
        start: word.start,
        end: word.end,
      });
    }
    const spec = argumentsOf(option);
    if (spec === undefined) return;
    index++;
    for (const arg of spec) {
      const value = options[index];
      if (!value) {
        if (!arg.optional) {
          problems.push({
            code: 'haproxy/missing-argument',
            message: `${line} option '${option.name}' needs <${arg.name}>`,
            start: word.end,
            end: word.end,
          });
        }
        return;
      }
      if (arg.optional && lookupKeyword(family, value.value)) break; // an optional value left out: the next option follows
      const why = checkValue(value.value, arg.shape) ?? checkKnownValue(option.name, value.value);
      if (why) problems.push({ code: 'haproxy/invalid-value', message: `${why} (${option.name} <${arg.name}>)`, start: value.start, end: value.end });
      index++;
    }
  }
}

/** The values an option takes: from our docs, else counted from the syntax line; undefined when free-form. */
function argumentsOf(option: HaproxyKeyword): readonly ArgSpec[] | undefined {
  const spec = option.doc?.args;
  if (spec) return spec.some((a) => a.shape.kind === 'rest' || a.repeat) ? undefined : spec;
  const syntax = option.fact.syntax[0];
  if (!syntax) return undefined;
  const rest = syntax.slice(option.name.length).trim();
  if (rest === '') return [];
  if (/[[{]|\.\.\./.test(rest)) return undefined;
  return rest.split(/\s+/).map((name) => ({ name: name.replace(/[<>]/g, ''), shape: { kind: 'word' as const } }));
}

/** Multiplexers HAProxy has shipped up to 3.2 (`proto <mux>` on bind and server lines). */
const MUX_PROTOCOLS = ['none', 'h1', 'h2', 'fcgi', 'quic', 'spop'];

function checkKnownValue(option: string, value: string): string | undefined {
  if (option === 'proto' && !MUX_PROTOCOLS.includes(value) && !value.includes('$')) {
    return `unknown multiplexer protocol '${value}' (known: ${MUX_PROTOCOLS.join(', ')})`;
  }
  return undefined;
}
