import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../../server/src/features/semanticTokens.js';
import type { HaproxyVersion } from '../../server/src/haproxy/catalogue/index.js';
import { analyze } from '../../server/src/service/analysis.js';
import type { LanguageId } from '../../server/src/service/languages.js';
import { lines } from '../helpers/markers.js';

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
