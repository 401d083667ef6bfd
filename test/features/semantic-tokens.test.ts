import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEMANTIC_TOKENS_LEGEND, semanticTokenList, semanticTokens } from '../../server/src/features/semanticTokens.js';
import type { HaproxyVersion } from '../../server/src/haproxy/catalogue/index.js';
import { analyze } from '../../server/src/service/analysis.js';
import type { LanguageId } from '../../server/src/service/languages.js';
import { lines } from '../helpers/markers.js';
import { loadCorpus } from '../helpers/corpus.js';

/** Decodes the LSP integers back into `text:type[.modifier]` per token, as an editor would colour them. */
function decoded(language: LanguageId, text: string, haproxyVersion: HaproxyVersion = '2.6'): string[] {
  const document = TextDocument.create('file:///c/x', language, 1, text);
  const { data } = semanticTokens(document, analyze(language, text), { haproxyVersion });
  assert.equal(data.length % 5, 0);
  const result: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaCharacter, length, type, modifiers] = data.slice(i, i + 5) as [number, number, number, number, number];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaCharacter : deltaCharacter;
    const start = document.offsetAt({ line, character });
    const names = SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, bit) => (modifiers & (1 << bit)) !== 0);
    result.push(`${text.slice(start, start + length)}:${SEMANTIC_TOKENS_LEGEND.tokenTypes[type]}${names.map((n) => `.${n}`).join('')}`);
  }
  return result;
}

describe('semantic tokens', () => {
  it('colours haproxy keywords, names, references, options and values', () => {
    const text = lines(
      'frontend www',
      '    bind "10.0.0.10:80" ssl crt /etc/ssl/site.pem',
      '    acl is_api path_beg /api',
      '    use_backend api if !is_api || is_api',
      '    timeout client 30s',
      'backend api',
      '    balance roundrobin',
      '    server web1 10.0.0.100:80 check inter 2000 track api/web1',
    );
    assert.deepEqual(decoded('haproxy', text), [
      'frontend:keyword', 'www:class.declaration',
      'bind:keyword', '"10.0.0.10:80":string', 'ssl:parameter', 'crt:parameter',
      'acl:keyword', 'is_api:variable.declaration',
      'use_backend:keyword', 'api:class', 'if:keyword', '!:operator', 'is_api:variable', '||:operator', 'is_api:variable',
      'timeout:keyword', 'client:keyword', '30s:number',
      'backend:keyword', 'api:class.declaration',
      'balance:keyword', 'roundrobin:enumMember',
      'server:keyword', 'web1:property.declaration', 'check:parameter', 'inter:parameter', '2000:number', 'track:parameter', 'web1:property',
    ]);
  });

  it('marks keywords deprecated or removed at the target version', () => {
    const text = lines('defaults', '    contimeout 5000', '    option httpclose');
    assert.deepEqual(decoded('haproxy', text, '2.6').slice(0, 3), ['defaults:keyword', 'contimeout:keyword.deprecated', '5000:number']);
    assert.deepEqual(decoded('haproxy', lines('defaults', '    timeout connect 5000'), '2.6'), ['defaults:keyword', 'timeout:keyword', 'connect:keyword', '5000:number']);
  });

  it('colours keepalived keywords, script and instance names and their uses', () => {
    const text = lines(
      'vrrp_script chk_haproxy {',
      '    interval 2',
      '}',
      'vrrp_instance VI_1 {',
      '    state MASTER',
      '    track_script {',
      '        chk_haproxy',
      '    }',
      '}',
      'vrrp_sync_group G1 {',
      '    group {',
      '        VI_1',
      '    }',
      '}',
    );
    assert.deepEqual(decoded('keepalived', text), [
      'vrrp_script:keyword', 'chk_haproxy:function.declaration', 'interval:keyword', '2:number',
      'vrrp_instance:keyword', 'VI_1:type.declaration', 'state:keyword', 'MASTER:enumMember', 'track_script:keyword', 'chk_haproxy:function',
      'vrrp_sync_group:keyword', 'G1:type.declaration', 'group:keyword', 'VI_1:type',
    ]);
  });

  it('never produces overlapping or multi-line tokens on the corpus-like seed files', async () => {
    const { readFileSync } = await import('node:fs');
    for (const [language, file] of [['haproxy', 'examples/seed-cluster/haproxy/haproxy.cfg'], ['keepalived', 'examples/seed-cluster/keepalived/server1.conf']] as const) {
      const text = readFileSync(file, 'utf8');
      const tokens = decoded(language, text);
      assert.ok(tokens.length > 20, `${file}: ${tokens.length} tokens`);
      assert.ok(tokens.every((t) => !t.includes('\n')));
    }
  });
});

describe('semantic tokens: positions', () => {
  /** Every token where document.positionAt puts it: the encoding walks the lines instead of searching them. */
  function assertPlacedAsPositionAt(language: LanguageId, text: string, label: string): number {
    const document = TextDocument.create('file:///c/x', language, 1, text);
    const analysis = analyze(language, text);
    const expected: number[] = [];
    let previous = { line: 0, character: 0 };
    for (const token of semanticTokenList(analysis, { haproxyVersion: '2.6' })) {
      const start = document.positionAt(token.start);
      const end = document.positionAt(token.end);
      if (end.line !== start.line || token.end <= token.start) continue;
      const deltaLine = start.line - previous.line;
      expected.push(deltaLine, deltaLine === 0 ? start.character - previous.character : start.character, end.character - start.character);
      previous = start;
    }
    const { data } = semanticTokens(document, analysis, { haproxyVersion: '2.6' });
    const placed = data.filter((_, i) => i % 5 < 3);
    assert.deepEqual(placed, expected, label);
    return expected.length / 3;
  }

  it('places every token as positionAt does, with LF, CRLF and lone CR line ends and on the corpus', () => {
    const haproxy = 'global\n    maxconn 100\nfrontend "f e"\n    bind :80\n    http-request deny if !{ src 10.0.0.1 } || !bad\nbackend be\n    server s1 10.0.0.100:80 check\n';
    const keepalived = 'vrrp_script chk {\n  script "/usr/bin/killall -0 haproxy"\n}\nvrrp_instance VI_1 {\n  state MASTER\n  track_script {\n    chk\n  }\n}\n';
    let tokens = 0;
    for (const [language, text] of [['haproxy', haproxy], ['keepalived', keepalived]] as const) {
      tokens += assertPlacedAsPositionAt(language, text, `${language} LF`);
      tokens += assertPlacedAsPositionAt(language, text.replaceAll('\n', '\r\n'), `${language} CRLF`);
      tokens += assertPlacedAsPositionAt(language, text.replaceAll('\n', '\r'), `${language} CR`);
      tokens += assertPlacedAsPositionAt(language, text.replaceAll('\n', '\r\n').slice(0, -2), `${language} no final line end`);
    }
    const { entries, missing } = loadCorpus();
    if (missing) console.log(`${missing}: only the texts above were compared`);
    for (const entry of entries) tokens += assertPlacedAsPositionAt(entry.kind, readFileSync(entry.absolutePath, 'utf8'), entry.path);
    assert.ok(tokens > 100, `${tokens} tokens compared`);
  });
});
