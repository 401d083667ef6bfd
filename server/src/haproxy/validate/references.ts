import type { Problem } from '../../common/span.js';
import { didYouMean, suggest } from '../../common/suggest.js';
import { availabilityAt, predefinedAcl, type HaproxyVersion } from '../catalogue/index.js';
import type { Section } from '../model.js';
import type { Definition, HaproxySymbols } from '../symbols.js';

const CODE_OF_KIND: Partial<Record<string, string>> = {
  backend: 'haproxy/undefined-backend',
  server: 'haproxy/undefined-server',
  acl: 'haproxy/undefined-acl',
};

/** Every reference must name something defined (servers and ACLs in the right proxy). */
export function checkReferences(symbols: HaproxySymbols, version: HaproxyVersion, problems: Problem[]): void {
  // Server and ACL names repeat in every proxy (`s1`, `is_api`): they are looked up per proxy, not
  // by filtering every definition of the name (quadratic on big files: 35% of the time at 100k lines).
  const { serversByProxy, aclsBySection } = symbols;
  for (const reference of symbols.references) {
    let candidates: readonly Definition[];
    let scope = '';
    if (reference.kind === 'server') {
      const proxyName = reference.proxyName ?? reference.section.name?.value;
      candidates = serversByProxy.get(proxyName)?.get(reference.name) ?? [];
      scope = proxyName ? ` in backend '${proxyName}'` : '';
    } else if (reference.kind === 'acl') {
      const predefined = predefinedAcl(reference.name);
      if (predefined && availabilityAt(predefined, version).state === 'available') continue;
      // An ACL is visible in the proxy that declares it (HAProxy does not inherit ACLs from defaults).
      candidates = aclsBySection.get(reference.section)?.get(reference.name) ?? [];
      scope = ` in ${reference.section.kind} '${reference.section.name?.value ?? ''}'`;
    } else {
      candidates = symbols.byKind.get(reference.kind)?.get(reference.name) ?? [];
    }
    if (candidates.length > 0) continue;
    const known = [...(symbols.byKind.get(reference.kind)?.keys() ?? [])];
    const suggestions = suggest(reference.name, known);
    problems.push({
      code: CODE_OF_KIND[reference.kind] ?? 'haproxy/undefined-reference',
      message: `no ${reference.kind} named '${reference.name}'${scope}${didYouMean(suggestions)}`,
      start: reference.span.start,
      end: reference.span.end,
      data: { kind: reference.kind, name: reference.name, suggestions },
      fixes: suggestions.map((s) => ({ title: `Change to '${s}'`, edits: [{ ...reference.span, newText: s }] })),
    });
  }
}

/** Names that must be unique: proxies, named sections, servers of a backend, cookie values. */
export function checkDuplicates(symbols: HaproxySymbols, problems: Problem[]): void {
  const proxies = symbols.definitions.filter((d) => d.kind === 'backend' || d.kind === 'frontend');
  // A frontend and a backend may share a name; two of the same capability may not. A listen
  // section has both, so a clash of two listen sections would otherwise be reported twice.
  const reported = new Set<number>();
  for (const kind of ['backend', 'frontend'] as const) {
    reportRepeats(
      proxies.filter((d) => d.kind === kind),
      () => kind,
      (first, again) => ({
        code: 'haproxy/duplicate-proxy',
        message: `there is already a ${first.section.kind} named '${again.name}'; a ${again.section.kind} cannot reuse the name`,
      }),
      problems,
      reported,
    );
  }
  const namedKinds = new Set(['userlist', 'peers', 'resolvers', 'mailers', 'cache', 'ring', 'http-errors', 'log-forward', 'fcgi-app', 'program']);
  reportRepeats(
    symbols.definitions.filter((d) => namedKinds.has(d.kind)),
    (d) => d.kind,
    // HAProxy only ignores a second userlist of the same name (with a warning); the others are fatal.
    (_first, again) =>
      again.kind === 'userlist'
        ? { code: 'haproxy/duplicate-userlist', message: `userlist '${again.name}' is defined twice; HAProxy ignores the second one` }
        : { code: 'haproxy/duplicate-section', message: `${again.kind} '${again.name}' is defined twice` },
    problems,
    reported,
  );
  const servers = symbols.definitions.filter((d) => d.kind === 'server' && d.section.kind !== 'peers');
  reportRepeats(
    servers,
    (d) => d.section,
    (_first, again) => ({ code: 'haproxy/duplicate-server', message: `another server named '${again.name}' is already defined in this backend` }),
    problems,
    reported,
  );
  // Cookie values: `server a ... cookie X`.
  const cookies = new Map<Section, Map<string, { start: number; end: number }>>();
  for (const server of servers) {
    const args = server.directive.args;
    const index = args.findIndex((w, i) => i >= 2 && w.value === 'cookie');
    const value = index >= 0 ? args[index + 1] : undefined;
    if (!value) continue;
    let inSection = cookies.get(server.section);
    if (!inSection) cookies.set(server.section, (inSection = new Map()));
    const first = inSection.get(value.value);
    if (!first) {
      inSection.set(value.value, value);
      continue;
    }
    problems.push({
      code: 'haproxy/duplicate-cookie',
      message: `cookie value '${value.value}' is already used by another server of this backend; persistence cannot tell them apart`,
      start: value.start,
      end: value.end,
      related: [{ ...first, message: 'first use of this cookie value' }],
    });
  }
}

/** Reports each definition whose name was already defined in the same group (a kind, a section...). */
function reportRepeats(
  definitions: Definition[],
  groupOf: (d: Definition) => unknown,
  describe: (first: Definition, again: Definition) => Pick<Problem, 'code' | 'message'>,
  problems: Problem[],
  reported: Set<number>,
): void {
  // Grouped by object rather than by a string made of group and name: 24,000 servers on a
  // 100k-line file made as many strings on every check.
  const firsts = new Map<unknown, Map<string, Definition>>();
  for (const definition of definitions) {
    const group = groupOf(definition);
    let inGroup = firsts.get(group);
    if (!inGroup) firsts.set(group, (inGroup = new Map()));
    const first = inGroup.get(definition.name);
    if (!first) {
      inGroup.set(definition.name, definition);
      continue;
    }
    if (reported.has(definition.word.start)) continue;
    reported.add(definition.word.start);
    problems.push({
      ...describe(first, definition),
      start: definition.word.start,
      end: definition.word.end,
      related: [{ start: first.word.start, end: first.word.end, message: 'first definition' }],
    });
  }
}
