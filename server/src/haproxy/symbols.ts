import type { ReferenceKind } from '../common/docs.js';
import type { Directive, HaproxyConfig, Section, Word } from './model.js';

/** A name some line defines: a proxy, a server, an ACL, a userlist... */
export interface Definition {
  kind: ReferenceKind;
  name: string;
  /** The word that spells the name. */
  word: Word;
  section: Section;
  directive: Directive;
}

/** A use of a name defined elsewhere. `scope` is the proxy it is resolved in, for servers and ACLs. */
export interface Reference {
  kind: ReferenceKind;
  name: string;
  /** The exact span of the name (inside the word when the word holds more, like `track be/srv`). */
  span: { start: number; end: number };
  section: Section;
  directive: Directive;
  /** For a `server` reference: the backend name given before the `/`, if any. */
  proxyName?: string;
}

export interface HaproxySymbols {
  definitions: Definition[];
  references: Reference[];
  /** Definitions by kind then name (a name may be defined several times: duplicates are reported). */
  byKind: Map<ReferenceKind, Map<string, Definition[]>>;
  /**
   * Servers by the name of their proxy, then by name; ACLs by their section, then by name. Server and
   * ACL names repeat in every proxy (`s1`, `is_api`), so references are resolved through these. They
   * are built here, in file order: grouping `byKind` afterwards visited the definitions of one name
   * scattered over the whole model, a third of the reference checks' time on a 100k-line file.
   */
  serversByProxy: Map<string | undefined, Map<string, Definition[]>>;
  aclsBySection: Map<Section, Map<string, Definition[]>>;
}

/** Adds `definition` to the list of its name in the group `group` of `index`. */
function addTo<G>(index: Map<G, Map<string, Definition[]>>, group: G, definition: Definition): void {
  let names = index.get(group);
  if (!names) index.set(group, (names = new Map()));
  const list = names.get(definition.name);
  if (list) list.push(definition);
  else names.set(definition.name, [definition]);
}

const PROXY_KINDS = new Set(['frontend', 'backend', 'listen', 'defaults']);
const NAMED_SECTIONS: Partial<Record<Section['kind'], ReferenceKind>> = {
  userlist: 'userlist',
  peers: 'peers',
  resolvers: 'resolvers',
  mailers: 'mailers',
  cache: 'cache',
  ring: 'ring',
  'http-errors': 'http-errors',
  'log-forward': 'log-forward',
  'fcgi-app': 'fcgi-app',
  program: 'program',
  'crt-store': 'crt-store',
};

/** Collects every definition and reference of a config; pure, shared by checks and navigation. */
export function collectSymbols(config: HaproxyConfig): HaproxySymbols {
  const definitions: Definition[] = [];
  const references: Reference[] = [];
  const serversByProxy = new Map<string | undefined, Map<string, Definition[]>>();
  const aclsBySection = new Map<Section, Map<string, Definition[]>>();
  const define = (kind: ReferenceKind, word: Word | undefined, section: Section, directive: Directive): void => {
    if (!word || word.value === '') return;
    const definition: Definition = { kind, name: word.value, word, section, directive };
    definitions.push(definition);
    if (kind === 'server') addTo(serversByProxy, section.name?.value, definition);
    else if (kind === 'acl') addTo(aclsBySection, section, definition);
  };
  const refer = (kind: ReferenceKind, word: Word | undefined, section: Section, directive: Directive): void => {
    if (!word || word.value === '' || word.value.includes('%[') || word.value.includes('$')) return;
    references.push({ kind, name: word.value, span: word, section, directive });
  };

  for (const section of config.sections) {
    const namedKind = NAMED_SECTIONS[section.kind];
    if (namedKind) define(namedKind, section.name, section, section.header);
    if (section.kind === 'backend' || section.kind === 'listen') define('backend', section.name, section, section.header);
    if (section.kind === 'frontend' || section.kind === 'listen') define('frontend', section.name, section, section.header);
    if (!PROXY_KINDS.has(section.kind) && section.kind !== 'peers') continue;

    for (const directive of section.directives) {
      const keyword = directive.keyword.value;
      const [first, second] = directive.args;
      switch (keyword) {
        case 'server':
        case 'server-template':
          define('server', first, section, directive);
          collectServerOptions(directive, section, refer, references);
          break;
        case 'default-server':
          collectServerOptions(directive, section, refer, references);
          break;
        case 'acl':
          define('acl', first, section, directive);
          break;
        case 'default_backend':
          refer('backend', first, section, directive);
          break;
        case 'use_backend':
          refer('backend', first, section, directive);
          break;
        case 'use-server':
          refer('server', first, section, directive);
          break;
        case 'stick-table':
          if (section.kind !== 'peers') define('table', section.name, section, directive);
          refer('peers', valueAfter(directive.args, 'peers'), section, directive);
          break;
        case 'table': // a table declared in a peers section, referred to as `<peers>/<table>`
          if (section.kind === 'peers' && first && section.name) {
            definitions.push({ kind: 'table', name: `${section.name.value}/${first.value}`, word: first, section, directive });
          }
          break;
        case 'errorfiles':
          refer('http-errors', first, section, directive);
          break;
        case 'use-fcgi-app':
          refer('fcgi-app', first, section, directive);
          break;
        case 'email-alert':
          if (first?.value === 'mailers') refer('mailers', second, section, directive);
          break;
        case 'filter':
          if (first?.value === 'cache') refer('cache', second, section, directive);
          break;
        case 'stick':
          refer('table', valueAfter(directive.args, 'table'), section, directive);
          break;
        case 'http-request':
        case 'http-response':
        case 'tcp-request':
        case 'tcp-response': {
          const action = keyword.startsWith('tcp') ? second : first;
          if (action && /^track-sc\d+$/.test(action.value)) {
            const table = valueAfter(directive.args, 'table');
            if (table) refer('table', table, section, directive);
            // Without `table`, the rule tracks into the stick-table of its own section.
            else if (section.name) references.push({ kind: 'table', name: section.name.value, span: action, section, directive });
          }
          if (action?.value === 'cache-use' || action?.value === 'cache-store') {
            refer('cache', directive.args[directive.args.indexOf(action) + 1], section, directive);
          }
          break;
        }
      }
      collectFetchReferences(directive, section, references);
      if (directive.condition) {
        for (const term of directive.condition.terms) {
          if (term.kind === 'acl') {
            references.push({ kind: 'acl', name: term.name.value, span: term.name, section, directive });
          }
        }
      }
    }
  }

  const byKind = new Map<ReferenceKind, Map<string, Definition[]>>();
  for (const definition of definitions) addTo(byKind, definition.kind, definition);
  return { definitions, references, byKind, serversByProxy, aclsBySection };
}

function valueAfter(args: readonly Word[], option: string): Word | undefined {
  const index = args.findIndex((w) => w.value === option);
  return index >= 0 ? args[index + 1] : undefined;
}

type Refer = (kind: ReferenceKind, word: Word | undefined, section: Section, directive: Directive) => void;

/** `track [backend/]server` and `resolvers name` among a server line's options. */
function collectServerOptions(directive: Directive, section: Section, refer: Refer, references: Reference[]): void {
  const args = directive.args;
  for (let i = 0; i < args.length - 1; i++) {
    const option = args[i]!.value;
    const value = args[i + 1]!;
    if (option === 'resolvers') refer('resolvers', value, section, directive);
    if (option === 'track' && !value.value.includes('$')) {
      const slash = value.value.indexOf('/');
      const exact = value.raw === value.value;
      const nameStart = exact && slash >= 0 ? value.start + slash + 1 : value.start;
      references.push({
        kind: 'server',
        name: slash >= 0 ? value.value.slice(slash + 1) : value.value,
        span: { start: nameStart, end: value.end },
        section,
        directive,
        proxyName: slash >= 0 ? value.value.slice(0, slash) : undefined,
      });
    }
  }
}

/** Sample fetches whose first argument names a backend, or (`http_auth*`) a userlist. */
const FETCH_REFERENCE = /\b(nbsrv|be_conn|be_conn_free|be_sess_rate|avg_queue|queue|connslots|http_auth|http_auth_group|http_auth_bearer)\(([^),/]+)[),]/g;

function collectFetchReferences(directive: Directive, section: Section, references: Reference[]): void {
  // Called for every line: the words are visited in place, without building a list of them.
  for (const word of directive.args) fetchReferencesIn(word, directive, section, references);
  for (const term of directive.condition?.terms ?? []) {
    if (term.kind === 'anonymous') for (const word of term.words) fetchReferencesIn(word, directive, section, references);
  }
}

function fetchReferencesIn(word: Word, directive: Directive, section: Section, references: Reference[]): void {
  if (!word.value.includes('(')) return;
  for (const match of word.value.matchAll(FETCH_REFERENCE)) {
    const name = match[2]!;
    if (name.includes('$') || name.includes('%')) continue;
    if (match[1] === 'http_auth_bearer') continue; // its argument is a header name
    const exact = word.raw === word.value;
    const start = exact ? word.start + match.index! + match[1]!.length + 1 : word.start;
    references.push({
      kind: match[1]!.startsWith('http_auth') ? 'userlist' : 'backend',
      name,
      span: { start, end: exact ? start + name.length : word.end },
      section,
      directive,
    });
  }
}
