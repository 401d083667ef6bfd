// The TextMate grammars, as VS Code itself runs them (vscode-textmate + the oniguruma wasm), and
// the snippets: every body, expanded with its defaults, must be a config the real tools accept.
import { describe, it, before, after } from 'node:test';
import { effectiveSeverity, findProblems } from '../../server/src/features/diagnostics.js';
import { analyze } from '../../server/src/service/analysis.js';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import vsctm from 'vscode-textmate';
import type { IGrammar, IToken } from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { binaryMissing } from '../helpers/binaries.js';
import { bodyOf, expandSnippet, loadSnippets } from '../helpers/snippets.js';

const run = promisify(execFile);

/** The project root: the nearest folder above this file whose package.json is ours. */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'haproxy-keepalived') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('project root (package.json of haproxy-keepalived) not found');
    dir = parent;
  }
}

const ROOT = findProjectRoot();
const GRAMMAR_FILES: Record<string, string> = {
  'source.haproxy': path.join(ROOT, 'syntaxes/haproxy.tmLanguage.json'),
  'source.keepalived': path.join(ROOT, 'syntaxes/keepalived.tmLanguage.json'),
};

// ---------------------------------------------------------------------------------------------
// Grammars

type Language = 'haproxy' | 'keepalived';
const grammars = new Map<Language, IGrammar>();

async function loadGrammars(): Promise<void> {
  const wasm = readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
  });
  for (const language of ['haproxy', 'keepalived'] as const) {
    const grammar = await registry.loadGrammar(`source.${language}`);
    assert.ok(grammar, `grammar source.${language} did not load`);
    grammars.set(language, grammar);
  }
}

interface LineTokens {
  text: string;
  tokens: IToken[];
}

function tokenize(language: Language, source: string): LineTokens[] {
  const grammar = grammars.get(language);
  assert.ok(grammar, `grammar for ${language} not loaded`);
  let state = vsctm.INITIAL;
  return source.split('\n').map((text) => {
    const result = grammar.tokenizeLine(text, state);
    state = result.ruleStack;
    return { text, tokens: result.tokens };
  });
}

/**
 * The scopes covering `needle` (its `occurrence`-th appearance, counting the whole source):
 * one scope list per token the needle overlaps.
 */
function scopesOver(language: Language, source: string, needle: string, occurrence = 0): string[][] {
  let seen = 0;
  for (const line of tokenize(language, source)) {
    let from = 0;
    for (;;) {
      const at = line.text.indexOf(needle, from);
      if (at < 0) break;
      if (seen++ === occurrence) {
        const end = at + needle.length;
        return line.tokens.filter((t) => t.startIndex < end && t.endIndex > at).map((t) => t.scopes);
      }
      from = at + 1;
    }
  }
  throw new Error(`"${needle}" (occurrence ${occurrence}) not found in:\n${source}`);
}

interface ScopeCase {
  what: string;
  source: string;
  needle: string;
  /** Every token under the needle carries this scope... */
  scope?: string;
  /** ...and none carries this one. */
  notScope?: string;
  occurrence?: number;
}

function checkCase(language: Language, c: ScopeCase): void {
  const covered = scopesOver(language, c.source, c.needle, c.occurrence);
  const shown = covered.map((s) => s.join(' ')).join(' | ');
  if (c.scope) {
    assert.ok(
      covered.every((scopes) => scopes.includes(c.scope!)),
      `${c.what}: expected every token of "${c.needle}" to have ${c.scope}; got ${shown}`,
    );
  }
  if (c.notScope) {
    assert.ok(
      covered.every((scopes) => !scopes.some((s) => s === c.notScope || s.startsWith(`${c.notScope}.`))),
      `${c.what}: expected "${c.needle}" not to be ${c.notScope}; got ${shown}`,
    );
  }
}

const HAPROXY_CASES: ScopeCase[] = [
  { what: 'section keyword', source: 'backend web_servers', needle: 'backend', scope: 'storage.type.section.haproxy' },
  { what: 'section name', source: 'backend web_servers', needle: 'web_servers', scope: 'entity.name.section.haproxy' },
  { what: 'section name of a listen', source: 'listen stats', needle: 'stats', scope: 'entity.name.section.haproxy' },
  { what: 'hyphenated section', source: 'http-errors site-errors', needle: 'site-errors', scope: 'entity.name.section.haproxy' },
  { what: 'defaults inheritance', source: 'frontend www from base', needle: 'base', scope: 'entity.other.inherited-class.defaults.haproxy' },
  { what: 'first word is a keyword', source: 'global\n    maxconn 4096', needle: 'maxconn', scope: 'keyword.other.directive.haproxy' },
  { what: 'dotted keyword', source: '    tune.bufsize 16384', needle: 'tune.bufsize', scope: 'keyword.other.directive.haproxy' },
  { what: 'option name', source: '    option httpchk', needle: 'httpchk', scope: 'keyword.other.subkeyword.haproxy' },
  { what: 'no option', source: '    no option http-server-close', needle: 'http-server-close', scope: 'keyword.other.subkeyword.haproxy' },
  { what: 'timeout name', source: '    timeout connect 5s', needle: 'connect', scope: 'keyword.other.subkeyword.haproxy' },
  { what: 'http-request action', source: '    http-request set-header X-Forwarded-Proto https', needle: 'set-header', scope: 'keyword.other.subkeyword.action.haproxy' },
  { what: 'tcp-request ruleset', source: '    tcp-request content accept if HTTP', needle: 'content', scope: 'keyword.other.subkeyword.haproxy' },
  { what: 'tcp-request action', source: '    tcp-request content accept if HTTP', needle: 'accept', scope: 'keyword.other.subkeyword.action.haproxy' },
  { what: 'time value', source: '    timeout client 50s', needle: '50s', scope: 'constant.numeric.time.haproxy' },
  { what: 'time unit', source: '    timeout client 50s', needle: 's', scope: 'keyword.other.unit.time.haproxy' },
  { what: 'minutes', source: '    timeout tunnel 30m', needle: '30m', scope: 'constant.numeric.time.haproxy' },
  { what: 'size value', source: '    stick-table type ip size 10k expire 30s', needle: '10k', scope: 'constant.numeric.size.haproxy' },
  { what: 'plain number', source: '    retries 3', needle: '3', scope: 'constant.numeric.haproxy' },
  { what: 'digit inside a name', source: '    server web1 10.0.0.100:80', needle: 'web1', notScope: 'constant.numeric' },
  { what: 'server name', source: '    server web1 10.0.0.100:80 check', needle: 'web1', scope: 'entity.name.server.haproxy' },
  { what: 'IPv4 address', source: '    bind 10.0.0.10:80', needle: '10.0.0.10', scope: 'constant.other.ip-address.ipv4.haproxy' },
  { what: 'port after IPv4', source: '    bind 10.0.0.10:80', needle: '80', scope: 'constant.numeric.port.haproxy' },
  { what: 'wildcard port', source: '    bind *:80', needle: '*', scope: 'constant.language.wildcard.haproxy' },
  { what: 'IPv6 in brackets', source: '    server s1 [2001:db8::1]:443', needle: '2001:db8::1', scope: 'constant.other.ip-address.ipv6.haproxy' },
  { what: 'bare IPv6 with address family', source: '    bind ipv6@:::443', needle: ':::443', scope: 'constant.other.ip-address.ipv6.haproxy' },
  { what: 'address family prefix', source: '    bind ipv6@:::443', needle: 'ipv6', scope: 'storage.modifier.address-family.haproxy' },
  { what: 'CIDR', source: '    acl lan src 192.168.0.0/16', needle: '16', occurrence: 1, scope: 'constant.numeric.prefix-length.haproxy' },
  { what: 'full-line comment', source: '# servidor web 1', needle: 'servidor', scope: 'comment.line.number-sign.haproxy' },
  { what: 'trailing comment', source: '    maxconn 4096 # per process', needle: 'per process', scope: 'comment.line.number-sign.haproxy' },
  { what: 'escaped #', source: '    description a\\#b', needle: '\\#', scope: 'constant.character.escape.haproxy' },
  { what: 'text after escaped #', source: '    description a\\#b', needle: 'b', occurrence: 0, notScope: 'comment' },
  { what: '# inside double quotes', source: '    description "a # b"', needle: '# b', notScope: 'comment' },
  { what: '# inside single quotes', source: "    description 'a # b'", needle: '# b', notScope: 'comment' },
  { what: 'double-quoted string', source: '    setenv GREETING "hello world"', needle: 'hello world', scope: 'string.quoted.double.haproxy' },
  { what: 'single-quoted string', source: "    setenv GREETING 'hello world'", needle: 'hello world', scope: 'string.quoted.single.haproxy' },
  { what: '${VAR} in double quotes', source: '    bind "${VIP}:80"', needle: 'VIP', scope: 'variable.other.environment.haproxy' },
  { what: '${VAR} in single quotes is literal', source: "    bind '${VIP}:80'", needle: 'VIP', notScope: 'variable.other.environment' },
  { what: 'escape in double quotes', source: '    description "say \\"hi\\""', needle: '\\"', scope: 'constant.character.escape.haproxy' },
  { what: 'if keyword', source: '    use_backend static if is_static', needle: 'if', scope: 'keyword.control.conditional.haproxy' },
  { what: 'unless keyword', source: '    http-request deny unless LOCALHOST', needle: 'unless', scope: 'keyword.control.conditional.haproxy' },
  { what: 'ACL name in condition', source: '    use_backend static if is_static', needle: 'is_static', scope: 'variable.other.acl.haproxy' },
  { what: 'predefined ACL', source: '    http-request deny unless LOCALHOST', needle: 'LOCALHOST', scope: 'constant.language.acl.haproxy' },
  { what: 'negation', source: '    http-request deny if !trusted', needle: '!', scope: 'keyword.operator.logical.negation.haproxy' },
  { what: 'anonymous ACL fetch', source: '    http-request deny if { src 10.0.0.0/8 }', needle: 'src', scope: 'support.function.fetch.haproxy' },
  { what: '"if" inside a word is not a condition', source: '    server-template srv 3 ifhost:80', needle: 'ifhost', notScope: 'keyword.control.conditional' },
  { what: 'backend reference', source: '    default_backend web_servers', needle: 'web_servers', scope: 'variable.other.backend.haproxy' },
  { what: 'acl definition', source: '    acl is_static path_beg -i /static', needle: 'path_beg', scope: 'support.function.fetch.haproxy' },
  { what: 'acl flag', source: '    acl is_static path_beg -i /static', needle: '-i', scope: 'variable.parameter.flag.haproxy' },
  { what: 'sample fetch', source: '    http-request set-header X-IP %[src,ipmask(24)]', needle: 'src', scope: 'support.function.fetch.haproxy' },
  { what: 'converter', source: '    http-request set-header X-IP %[src,ipmask(24)]', needle: 'ipmask', scope: 'support.function.converter.haproxy' },
  { what: 'sample fetch in a string', source: '    log-format "%ci %[req.hdr(host)]"', needle: 'req.hdr', scope: 'support.function.fetch.haproxy' },
  { what: 'log-format tag', source: '    log-format "%ci %[req.hdr(host)]"', needle: '%ci', scope: 'variable.language.log-format.haproxy' },
  { what: '.if directive', source: '.if defined(HAPROXY_MWORKER)\n.endif', needle: '.if', scope: 'keyword.control.directive.conditional.haproxy' },
  { what: '.if predicate', source: '.if version_atleast(2.6)', needle: 'version_atleast', scope: 'support.function.predicate.haproxy' },
  { what: '.endif directive', source: '.if defined(X)\n.endif', needle: '.endif', scope: 'keyword.control.directive.conditional.haproxy' },
  { what: '.warning directive', source: '.warning "old version"', needle: '.warning', scope: 'keyword.control.directive.message.haproxy' },
  { what: 'state does not leak to the next line', source: '    description "unterminated\n    maxconn 10', needle: 'maxconn', scope: 'keyword.other.directive.haproxy' },
];

const KEEPALIVED_CASES: ScopeCase[] = [
  { what: 'top-level block keyword', source: 'vrrp_instance VI_1 {\n}', needle: 'vrrp_instance', scope: 'storage.type.block.keepalived' },
  { what: 'block name', source: 'vrrp_instance VI_1 {\n}', needle: 'VI_1', scope: 'entity.name.section.keepalived' },
  { what: 'global_defs', source: 'global_defs {\n}', needle: 'global_defs', scope: 'storage.type.block.keepalived' },
  { what: 'checker block', source: '    HTTP_GET {', needle: 'HTTP_GET', scope: 'storage.type.block.keepalived' },
  { what: 'list block', source: '    track_script {\n        chk_haproxy\n    }', needle: 'track_script', scope: 'storage.type.block.keepalived' },
  { what: 'name in a list block', source: '    track_script {\n        chk_haproxy\n    }', needle: 'chk_haproxy', scope: 'variable.other.reference.keepalived' },
  { what: 'opening brace', source: 'vrrp_instance VI_1 {\n}', needle: '{', scope: 'punctuation.section.block.begin.keepalived' },
  { what: 'closing brace', source: 'vrrp_instance VI_1 {\n}', needle: '}', scope: 'punctuation.section.block.end.keepalived' },
  { what: 'closing brace of a list block', source: '    virtual_ipaddress {\n        10.0.0.10\n    }', needle: '}', scope: 'punctuation.section.block.end.keepalived' },
  { what: 'keyword', source: '    virtual_router_id 51', needle: 'virtual_router_id', scope: 'keyword.other.directive.keepalived' },
  { what: 'number', source: '    virtual_router_id 51', needle: '51', scope: 'constant.numeric.keepalived' },
  { what: 'MASTER', source: '    state MASTER', needle: 'MASTER', scope: 'constant.language.state.keepalived' },
  { what: 'BACKUP', source: '    state BACKUP', needle: 'BACKUP', scope: 'constant.language.state.keepalived' },
  { what: '# comment', source: '    priority 101   # 101 on the master', needle: '101 on', scope: 'comment.line.number-sign.keepalived' },
  { what: '! comment', source: '! Configuration File for keepalived', needle: 'Configuration', scope: 'comment.line.exclamation.keepalived' },
  { what: '! comment after a value', source: '    priority 100 ! backup', needle: 'backup', scope: 'comment.line.exclamation.keepalived' },
  { what: '# inside quotes', source: '    script "/bin/check # x"', needle: '# x', notScope: 'comment' },
  { what: 'quoted string', source: '    script "/usr/bin/killall -0 haproxy"', needle: '/usr/bin/killall', scope: 'string.quoted.double.keepalived' },
  { what: 'IPv4 with prefix', source: '        10.0.0.10/24 dev eth0', needle: '10.0.0.10', scope: 'constant.other.ip-address.ipv4.keepalived' },
  { what: 'prefix length', source: '        10.0.0.10/24 dev eth0', needle: '24', scope: 'constant.numeric.prefix-length.keepalived' },
  { what: 'IPv6', source: '    unicast_src_ip fe80::1', needle: 'fe80::1', scope: 'constant.other.ip-address.ipv6.keepalived' },
  { what: 'virtual_server address', source: 'virtual_server 10.0.0.10 80 {', needle: '10.0.0.10', scope: 'constant.other.ip-address.ipv4.keepalived' },
  { what: 'include', source: 'include /etc/keepalived/conf.d/*.conf', needle: 'include', scope: 'keyword.control.import.keepalived' },
  { what: 'include path', source: 'include /etc/keepalived/conf.d/*.conf', needle: '/etc/keepalived/conf.d/*.conf', scope: 'string.unquoted.path.keepalived' },
  { what: '@id prefix', source: '    @server1 priority 101', needle: 'server1', scope: 'entity.name.tag.config-id.keepalived' },
  { what: 'keyword after @id', source: '    @server1 priority 101', needle: 'priority', scope: 'keyword.other.directive.keepalived' },
  { what: '@^id prefix', source: '    @^server1 priority 100', needle: '@^', scope: 'keyword.operator.config-id.keepalived' },
  { what: '$NAME=value definition', source: '$VIP=10.0.0.10', needle: 'VIP', scope: 'variable.other.definition.keepalived' },
  { what: '$NAME reference', source: '    interface $IFACE', needle: '$IFACE', scope: 'variable.other.parameter.keepalived' },
  { what: '${NAME} reference', source: '    interface ${IFACE}', needle: '${IFACE}', scope: 'variable.other.parameter.keepalived' },
  { what: '$NAME inside quotes', source: '    script "/bin/check $IFACE"', needle: 'IFACE', scope: 'variable.other.parameter.keepalived' },
  { what: '~SEQ', source: '~SEQ(n, 1, 1, 3) real_server 10.0.0.$n 80', needle: '~SEQ', scope: 'keyword.control.loop.keepalived' },
  { what: '~SEQ variable', source: '~SEQ(n, 1, 1, 3) real_server 10.0.0.$n 80', needle: 'n', scope: 'variable.other.definition.keepalived' },
  { what: 'auth type', source: '        auth_type PASS', needle: 'PASS', scope: 'constant.language.keepalived' },
];

describe('TextMate grammars', () => {
  before(loadGrammars);

  it('are registered in package.json under the scope names they declare', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const [scopeName, file] of Object.entries(GRAMMAR_FILES)) {
      const grammar = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(grammar.scopeName, scopeName);
      const entry = manifest.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === scopeName);
      assert.ok(entry, `${scopeName} is not contributed in package.json`);
      assert.equal(path.resolve(ROOT, entry.path), file);
    }
  });

  describe('haproxy', () => {
    for (const c of HAPROXY_CASES) it(`${c.what}: ${JSON.stringify(c.needle)}`, () => checkCase('haproxy', c));
  });

  describe('keepalived', () => {
    for (const c of KEEPALIVED_CASES) it(`${c.what}: ${JSON.stringify(c.needle)}`, () => checkCase('keepalived', c));
  });

  it('tokenizes the seed cluster examples without any line ending inside an open string or block', () => {
    const dir = path.join(ROOT, 'examples/seed-cluster');
    const files: Array<[Language, string]> = [
      ['haproxy', path.join(dir, 'haproxy/haproxy.cfg')],
      ...readdirSync(path.join(dir, 'keepalived')).map((f): [Language, string] => ['keepalived', path.join(dir, 'keepalived', f)]),
    ];
    for (const [language, file] of files) {
      const grammar = grammars.get(language)!;
      const root = grammar.tokenizeLine('', vsctm.INITIAL).ruleStack;
      let state = vsctm.INITIAL;
      for (const line of readFileSync(file, 'utf8').split('\n')) state = grammar.tokenizeLine(line, state).ruleStack;
      // Back at the initial state: every string, condition and list block was closed.
      assert.ok(state.equals(root), `${path.relative(ROOT, file)} ends inside an unclosed construct`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Language configurations (word pattern and indentation, as the editor applies them)

function languageConfiguration(file: string) {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as {
    wordPattern: string;
    indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  };
}

describe('language configurations', () => {
  it('haproxy: a word is a whole keyword, address or port', () => {
    const config = languageConfiguration('language-configuration.json');
    const words = '    http-request set-header X %[src] if { src 10.0.0.1:80 }; bind *:80 tcp-check'.match(new RegExp(config.wordPattern, 'g'));
    assert.deepEqual(words, ['http-request', 'set-header', 'X', 'src', 'if', 'src', '10.0.0.1:80', 'bind', '*:80', 'tcp-check']);
  });

  it('haproxy: a section header indents the next line and outdents itself', () => {
    const { indentationRules } = languageConfiguration('language-configuration.json');
    assert.match('backend web_servers', new RegExp(indentationRules.increaseIndentPattern));
    assert.match('    frontend www', new RegExp(indentationRules.decreaseIndentPattern));
    assert.doesNotMatch('    http-request cache-use c', new RegExp(indentationRules.decreaseIndentPattern));
  });

  it('keepalived: words keep $PARAM, @id and addresses whole; "{" outside quotes indents', () => {
    const config = languageConfiguration('language-configuration.keepalived.json');
    const words = '@^server1 virtual_ipaddress ${VIP} $IFACE 10.0.0.10/24'.match(new RegExp(config.wordPattern, 'g'));
    assert.deepEqual(words, ['@^server1', 'virtual_ipaddress', '${VIP}', '$IFACE', '10.0.0.10/24']);
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    assert.match('vrrp_instance VI_1 {', increase);
    assert.match('    virtual_ipaddress {   # the VIP', increase);
    assert.doesNotMatch('    script "/bin/echo {"', increase);
    assert.doesNotMatch('    track_script { chk_haproxy }', increase);
    assert.match('    }', new RegExp(config.indentationRules.decreaseIndentPattern));
  });
});

// ---------------------------------------------------------------------------------------------
// Snippets


// What a fragment needs around it to form a file the checker can judge. A snippet missing from
// these tables fails the test, so every new snippet gets checked.
const HAPROXY_MINIMAL_DEFAULTS = ['defaults', '\tmode http', '\ttimeout connect 5s', '\ttimeout client 30s', '\ttimeout server 30s', ''].join('\n');
const HAPROXY_MINIMAL_PROXY = ['frontend www', '\tbind :8080', '\tdefault_backend web_servers', '', 'backend web_servers', '\tserver web1 127.0.0.1:8081', ''].join('\n');
const backends = (...names: string[]) => names.map((name) => `backend ${name}\n\tserver s1 127.0.0.1:8081\n`).join('\n');
const HAPROXY_CONTEXT: Record<string, { before: string; after?: string; checkerArgs?: string[] }> = {
  'HTTP load balancer (haproxy.cfg)': { before: '' },
  'Statistics listener': { before: HAPROXY_MINIMAL_DEFAULTS },
  // A backend alone "will not start (no listener)"; a frontend that uses it by its default name.
  'HTTP backend with health check': {
    before: HAPROXY_MINIMAL_DEFAULTS,
    after: ['frontend www', '\tbind :8080', '\tdefault_backend web_servers', ''].join('\n'),
  },
  'global section': { before: '', after: `${HAPROXY_MINIMAL_DEFAULTS}\n${HAPROXY_MINIMAL_PROXY}` },
  // option httplog with `log global` wants a global log target.
  'defaults section (HTTP)': { before: 'global\n\tlog /dev/log local0\n', after: HAPROXY_MINIMAL_PROXY },
  'frontend on the virtual IP': { before: HAPROXY_MINIMAL_DEFAULTS, after: backends('web_servers') },
  'routing by host and path (ACL + use_backend)': { before: HAPROXY_MINIMAL_DEFAULTS, after: backends('api_servers', 'static_servers', 'web_servers') },
  'redirect HTTP to HTTPS': { before: HAPROXY_MINIMAL_DEFAULTS },
  'basic authentication (userlist)': {
    before: HAPROXY_MINIMAL_DEFAULTS,
    after: ['frontend www', '\tbind :8080', '\tdefault_backend protected', ''].join('\n'),
  },
  'rate limit per client (stick-table)': { before: HAPROXY_MINIMAL_DEFAULTS, after: backends('web_servers') },
  // option tcplog needs a log target: the usual global one.
  'TCP service (listen)': { before: `global\n\tlog /dev/log local0\n${HAPROXY_MINIMAL_DEFAULTS}\n\tlog global\n` },
  // haproxy keeps a peers section only on a node named in it: -L gives the local peer's name.
  'peers of the load-balancer pair': { before: HAPROXY_MINIMAL_DEFAULTS, after: HAPROXY_MINIMAL_PROXY, checkerArgs: ['-L', 'server1'] },
};
/**
 * What a keepalived snippet needs around it: other snippets (by name) placed before it, and for a
 * fragment of an instance, the instance it goes into (`{}` marks where).
 */
const INSTANCE_AROUND = ['vrrp_instance VI_2 {', '\tstate BACKUP', '\tinterface eth0', '\tvirtual_router_id 52', '\tpriority 100', '{}', '}'].join('\n');
const INSTANCE_WITH_VIP_AROUND = INSTANCE_AROUND.replace('{}', '\tvirtual_ipaddress {\n\t\t10.0.0.11/24 dev eth0\n\t}\n{}');
const KEEPALIVED_CONTEXT: Record<string, { before: string[]; text?: string; inside?: string }> = {
  'global_defs with script security': { before: [] },
  'vrrp_script chk_haproxy': { before: ['global_defs with script security'] },
  'vrrp_instance (MASTER)': { before: ['global_defs with script security', 'vrrp_script chk_haproxy'] },
  'vrrp_instance (BACKUP)': { before: ['global_defs with script security', 'vrrp_script chk_haproxy'] },
  'keepalived.conf for an HAProxy pair': { before: [] },
  'keepalived.conf (MASTER node)': { before: [] },
  'keepalived.conf (BACKUP node)': { before: [] },
  'authentication block': { before: [], inside: INSTANCE_WITH_VIP_AROUND },
  'virtual_ipaddress block': { before: [], inside: INSTANCE_AROUND },
  'unicast peers': { before: [], inside: INSTANCE_WITH_VIP_AROUND },
  vrrp_sync_group: {
    before: ['global_defs with script security', 'vrrp_script chk_haproxy', 'vrrp_instance (MASTER)'],
    text: INSTANCE_WITH_VIP_AROUND.replace('{}\n', ''),
  },
  'notify scripts': { before: ['global_defs with script security'], inside: INSTANCE_WITH_VIP_AROUND },
  track_interface: { before: [], inside: INSTANCE_WITH_VIP_AROUND },
};

function haproxyFiles(): Array<[string, string]> {
  const snippets = loadSnippets('haproxy.json');
  return Object.entries(snippets).map(([name, snippet]) => {
    const context = HAPROXY_CONTEXT[name];
    assert.ok(context, `haproxy snippet "${name}" has no entry in HAPROXY_CONTEXT`);
    return [name, `${context.before}\n${expandSnippet(bodyOf(snippet))}\n${context.after ?? ''}`];
  });
}

function keepalivedFiles(): Array<[string, string]> {
  const snippets = loadSnippets('keepalived.json');
  return Object.entries(snippets).map(([name, snippet]) => {
    const context = KEEPALIVED_CONTEXT[name];
    assert.ok(context, `keepalived snippet "${name}" has no entry in KEEPALIVED_CONTEXT`);
    const own = expandSnippet(bodyOf(snippet));
    const parts = [...context.before.map((other) => {
      assert.ok(snippets[other], `KEEPALIVED_CONTEXT names unknown snippet "${other}"`);
      return expandSnippet(bodyOf(snippets[other]!));
    }), ...(context.text ? [context.text] : []), context.inside ? context.inside.replace('{}', own) : own];
    return [name, `${parts.join('\n')}\n`];
  });
}

/** The interface keepalived should find: eth0 (as in the snippets) if this machine has it. */
function usableInterface(): { name: string; second?: string; note?: string } {
  const net = '/sys/class/net';
  const others = existsSync(net) ? readdirSync(net).filter((n) => n !== 'lo').sort() : [];
  // eth1 in a snippet stands for a second interface: any other one of this machine.
  const secondOf = (first: string) => others.find((n) => n !== first && n !== 'eth1') ?? (others.includes('eth1') ? 'eth1' : undefined);
  if (!existsSync(net) || others.includes('eth0')) return { name: 'eth0', second: secondOf('eth0') };
  const name = others[0] ?? 'lo';
  return { name, second: secondOf(name), note: `this machine has no eth0; keepalived -t checked the snippets with interface ${name} instead` };
}

async function exitOf(command: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { timeout: 30_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('snippets', () => {
  it('expandSnippet resolves defaults, mirrors, choices and escapes', () => {
    assert.equal(expandSnippet('a ${1:x} $1 ${2|p,q|} \\$HOME ${3:n${4:m}} $4$0'), 'a x x p $HOME nm m');
    assert.throws(() => expandSnippet('bind ${1:10.0.0.1'), /missing "}"/);
    assert.throws(() => expandSnippet('user $USER'), /no default/);
  });

  for (const file of ['haproxy.json', 'keepalived.json']) {
    it(`${file}: every snippet has a prefix, a description and a body that expands`, () => {
      const snippets = loadSnippets(file);
      assert.ok(Object.keys(snippets).length >= 3, `${file} should hold a handful of snippets`);
      for (const [name, snippet] of Object.entries(snippets)) {
        const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
        assert.ok(prefixes.length > 0 && prefixes.every((p) => /^[\w.-]+$/.test(p)), `${name}: prefixes must be single words`);
        assert.ok(snippet.description?.length > 10, `${name}: needs a description`);
        const text = expandSnippet(bodyOf(snippet));
        assert.ok(!/\$\{|\$\d/.test(text), `${name}: a placeholder survived expansion:\n${text}`);
      }
    });
  }

  it('keepalived snippets have balanced braces and auth_pass of at most 8 characters', () => {
    for (const [name, text] of keepalivedFiles()) {
      let depth = 0;
      for (const ch of text.replace(/"[^"\n]*"/g, '').replace(/[#!].*$/gm, '')) {
        if (ch === '{') depth++;
        if (ch === '}') depth--;
        assert.ok(depth >= 0, `${name}: "}" without "{"`);
      }
      assert.equal(depth, 0, `${name}: unclosed "{"`);
      for (const match of text.matchAll(/auth_pass\s+(\S+)/g)) assert.ok(match[1]!.length <= 8, `${name}: auth_pass longer than 8`);
    }
  });

  describe('accepted by the real checkers', () => {
    let workDir = '';
    before(() => {
      workDir = mkdtempSync(path.join(tmpdir(), 'snippet-check-'));
    });
    // Removes only the temporary folder this suite made.
    after(() => rmSync(workDir, { recursive: true, force: true }));

    it('haproxy -c accepts every haproxy snippet (and rejects a broken one)', async (t) => {
      const missing = binaryMissing('haproxy');
      if (missing) return t.skip(missing);
      const broken = path.join(workDir, 'broken.cfg');
      writeFileSync(broken, `${HAPROXY_MINIMAL_DEFAULTS}\nbackend b\n\tbalance no-such-algorithm\n`);
      assert.notEqual((await exitOf('haproxy', ['-c', '-f', broken])).code, 0, 'haproxy -c accepted a broken file: the check proves nothing');
      for (const [name, text] of haproxyFiles()) {
        const file = path.join(workDir, `${name.replace(/\W+/g, '_')}.cfg`);
        writeFileSync(file, text);
        const { code, output } = await exitOf('haproxy', ['-c', ...(HAPROXY_CONTEXT[name]!.checkerArgs ?? []), '-f', file]);
        assert.equal(code, 0, `haproxy -c rejected snippet "${name}":\n${output}\n--- file ---\n${text}`);
        assert.doesNotMatch(output, /\[WARNING\]|\[ALERT\]/, `haproxy -c warned about snippet "${name}":\n${output}`);
      }
    });

    it('keepalived -t accepts every keepalived snippet (and rejects a broken one)', async (t) => {
      const missing = binaryMissing('keepalived');
      if (missing) return t.skip(missing);
      // Non-root, keepalived refuses "script_user root" and disables the track script, so -t fails.
      if (typeof process.getuid === 'function' && process.getuid() !== 0) {
        return t.skip('keepalived -t needs root to accept "script_user root"; run the tests as root to check the snippets');
      }
      const iface = usableInterface();
      if (iface.note) t.diagnostic(iface.note);
      const broken = path.join(workDir, 'broken.conf');
      writeFileSync(broken, 'vrrp_instance VI_1 {\n\tno_such_keyword 1\n}\n');
      assert.notEqual((await exitOf('keepalived', ['-t', '-l', '-f', broken])).code, 0, 'keepalived -t accepted a broken file');
      for (const [name, text] of keepalivedFiles()) {
        const file = path.join(workDir, `${name.replace(/\W+/g, '_')}.conf`);
        if (/\beth1\b/.test(text) && !iface.second) {
          t.diagnostic(`snippet "${name}" names a second interface and this machine has only one: keepalived -t cannot check it here`);
          continue;
        }
        writeFileSync(file, text.replace(/\beth0\b/g, iface.name).replace(/\beth1\b/g, iface.second ?? 'eth1'));
        const { code, output } = await exitOf('keepalived', ['-t', '-l', '-f', file]);
        assert.equal(code, 0, `keepalived -t rejected snippet "${name}" (exit ${code}):\n${output}\n--- file ---\n${text}`);
        assert.equal(output.trim(), '', `keepalived -t reported on snippet "${name}":\n${output}`);
      }
    });
  });
});

describe('snippets against our own checker', () => {
  for (const [language, files] of [
    ['haproxy', haproxyFiles],
    ['keepalived', keepalivedFiles],
  ] as const) {
    it(`every ${language} snippet, expanded with its defaults, gets no error and no warning`, () => {
      for (const [name, text] of files()) {
        const problems = findProblems(analyze(language, text)).filter((p) => ['error', 'warning'].includes(effectiveSeverity(p.code, {}) as string));
        assert.deepEqual(
          problems.map((p) => `${p.code}: ${p.message}`),
          [],
          `${name}:\n${text}`,
        );
      }
    });
  }
});
