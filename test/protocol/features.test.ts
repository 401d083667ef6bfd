import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, Hover, Location, MarkupContent, WorkspaceEdit } from 'vscode-languageserver-types';
import { LspTestClient } from '../helpers/lsp-client.js';

const uri = 'file:///cluster/haproxy/haproxy.cfg';
const kuri = 'file:///cluster/keepalived/server1.conf';
const text = [
  'frontend www',
  '    bind :80',
  '    default_backend app',
  'backend app',
  '    balance roundrobin',
  '    server web1 10.0.0.100:80 check',
  '',
].join('\n');
const ktext = [
  'vrrp_script chk_haproxy {',
  '    script "/usr/bin/killall -0 haproxy"',
  '}',
  'vrrp_instance VI_1 {',
  '    track_script {',
  '        chk_haproxy',
  '    }',
  '}',
  '',
].join('\n');

describe('hover, completion, definition and rename over stdio', () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
    await client.initialize({ settings: { haproxy: { version: '2.6' } } });
    await client.open(uri, 'haproxy', text);
    await client.open(kuri, 'keepalived', ktext);
  });
  after(async () => client.close());

  it('hovers a haproxy keyword with our doc and the 2.6 reference', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 6 } });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^\*\*balance\*\*/);
    assert.match(value, /docs\.haproxy\.org\/2\.6\/configuration\.html#4\.2-balance/);
  });

  it('hovers a keepalived keyword', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: kuri }, position: { line: 1, character: 6 } });
    assert.match((hover.contents as MarkupContent).value, /^\*\*script\*\* \(in vrrp_script\)/);
  });

  it('completes balance algorithms', async () => {
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 12 } });
    assert.ok(items.some((i) => i.label === 'leastconn'), JSON.stringify(items.map((i) => i.label)));
  });

  it('goes to the backend definition', async () => {
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 22 } });
    assert.deepEqual(locations, [{ uri, range: { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } } }]);
  });

  it('renames a vrrp_script with its track_script entry', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: kuri }, position: { line: 5, character: 10 }, newName: 'chk_proxy' });
    assert.deepEqual(
      edit.changes![kuri]!.map((e) => [e.range.start.line, e.range.start.character, e.newText]),
      [
        [0, 12, 'chk_proxy'],
        [5, 8, 'chk_proxy'],
      ],
    );
  });

  it('formats a document', async () => {
    const edits = await client.request<Array<{ newText: string }>>('textDocument/formatting', { textDocument: { uri: kuri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(edits.map((e) => e.newText), ['  script "/usr/bin/killall -0 haproxy"', '  track_script {', '    chk_haproxy', '  }']);
  });

  it('answers a request on an unknown document, and on a position past the end, without dying', async () => {
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nope.cfg' }, position: { line: 0, character: 0 } }), null);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: 999 } }), null);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 6 } });
    assert.ok(hover);
  });
});
