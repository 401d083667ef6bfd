import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { doComplete } from '../../server/src/features/completion.js';
import { doHover } from '../../server/src/features/hover.js';
import type { HaproxyVersion } from '../../server/src/haproxy/catalogue/index.js';
import { analyze } from '../../server/src/service/analysis.js';
import { lines, parseMarked } from '../helpers/markers.js';

const CONFIG = [
  'global',
  '    daemon',
  'defaults',
  '    mode http',
  '    timeout connect 5s',
  'frontend www',
  '    bind :80',
  '    acl is_api path_beg /api',
  '    use_backend api if is_api',
  '    default_backend app',
  'backend app',
  '    balance roundrobin',
  '    server web1 10.0.0.100:80 check inter 2s',
  'backend api',
  '    server api1 10.0.0.50:8080 check',
];

function at(marked: string): { document: TextDocument; offset: number } {
  const { text, cursors } = parseMarked(marked);
  return { document: TextDocument.create('file:///c/haproxy.cfg', 'haproxy', 1, text), offset: cursors[0]! };
}

function hoverText(marked: string, version: HaproxyVersion = '3.2'): string | undefined {
  const { document, offset } = at(marked);
  const hover = doHover(document, analyze('haproxy', document.getText()), document.positionAt(offset), { haproxyVersion: version });
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

function complete(marked: string, version: HaproxyVersion = '3.2'): { items: CompletionItem[]; apply: (label: string) => string } {
  const { document, offset } = at(marked);
  const items = doComplete(document, analyze('haproxy', document.getText()), document.positionAt(offset), { haproxyVersion: version });
  const apply = (label: string): string => {
    const item = items.find((i) => i.label === label);
    assert.ok(item, `no completion '${label}' among ${items.map((i) => i.label).join(', ')}`);
    const edit = item.textEdit as TextEdit;
    const text = document.getText();
    return text.slice(0, document.offsetAt(edit.range.start)) + edit.newText + text.slice(document.offsetAt(edit.range.end));
  };
  return { items, apply };
}

describe('haproxy hover', () => {
  it('documents a keyword in our words, with syntax, version and reference link', () => {
    const text = hoverText(lines(...CONFIG.slice(0, 11), '    bal|ance roundrobin'), '2.6')!;
    assert.match(text, /^\*\*balance\*\* \(in defaults, listen, backend\)/);
    assert.match(text, /```haproxy\nbalance <algorithm> \[ <arguments> \]/);
    assert.match(text, /spreads/);
    assert.match(text, /Available since HAProxy 1\.4 or earlier\./);
    assert.match(text, /\[HAProxy 2\.6 reference\]\(https:\/\/docs\.haproxy\.org\/2\.6\/configuration\.html#4\.2-balance\)/);
  });

  it('documents a two-word keyword as one, and says it was removed for the target', () => {
    assert.match(hoverText(lines('defaults', '    timeout con|nect 5s'))!, /^\*\*timeout connect\*\*/);
    const legacy = hoverText(lines('defaults', '    conti|meout 5000'), '2.6')!;
    assert.match(legacy, /Removed in HAProxy 2\.1: use `timeout connect`\. Your target is 2\.6\./);
  });

  it('documents an action of a rule set and a server option', () => {
    assert.match(hoverText(lines('frontend f', '    http-request de|ny if TRUE'))!, /^\*\*http-request deny\*\*/);
    assert.match(hoverText(lines('backend b', '    server s 10.0.0.1:80 check in|ter 2s'))!, /^\*\*inter\*\* \(server option\)/);
  });

  it('shows a time in milliseconds and seconds', () => {
    assert.equal(hoverText(lines('defaults', '    timeout client 5|0s')), '**50s** = 50,000 ms = 50 s');
  });

  it('shows a backend where it is used: its algorithm and servers', () => {
    const text = hoverText(lines(...CONFIG.slice(0, 9), '    default_backend a|pp', ...CONFIG.slice(10)))!;
    assert.equal(text, '**backend app** (balance roundrobin)\n- `web1 10.0.0.100:80 check inter 2s`');
  });

  it('explains a section header', () => {
    assert.match(hoverText(lines('back|end app', '    server a 10.0.0.1:80'))!, /^\*\*backend\*\* section\n\nA pool of servers/);
  });
});

describe('haproxy completion', () => {
  it('offers only the keywords the section accepts', () => {
    const inBackend = complete(lines(...CONFIG, '    |')).items.map((i) => i.label);
    assert.ok(inBackend.includes('balance') && inBackend.includes('server') && inBackend.includes('timeout connect'));
    assert.ok(!inBackend.includes('bind') && !inBackend.includes('daemon') && !inBackend.includes('default_backend'));
    const inGlobal = complete(lines('global', '    |')).items.map((i) => i.label);
    assert.ok(inGlobal.includes('daemon') && inGlobal.includes('maxconn'));
    assert.ok(!inGlobal.includes('server') && !inGlobal.includes('balance'));
  });

  it('offers keywords of the target version only', () => {
    const v26 = complete(lines('backend b', '    |'), '2.6').items.map((i) => i.label);
    const v32 = complete(lines('backend b', '    |'), '3.2').items.map((i) => i.label);
    assert.ok(!v26.includes('hash-preserve-affinity') && v32.includes('hash-preserve-affinity'));
  });

  it('completes balance algorithms and replaces the typed prefix', () => {
    const { items, apply } = complete(lines('backend b', '    balance le|'));
    assert.ok(items.some((i) => i.label === 'roundrobin'));
    assert.equal(apply('leastconn'), lines('backend b', '    balance leastconn'));
  });

  it('completes the second word of timeout and option', () => {
    assert.equal(complete(lines('defaults', '    timeout |')).apply('connect'), lines('defaults', '    timeout connect'));
    assert.ok(complete(lines('backend b', '    option |')).items.some((i) => i.label === 'httpchk'));
  });

  it('completes actions of a rule set', () => {
    const labels = complete(lines('frontend f', '    http-request |')).items.map((i) => i.label);
    assert.ok(labels.includes('deny') && labels.includes('set-header') && labels.includes('redirect'));
  });

  it('completes backend names, ACL names and mode values', () => {
    assert.deepEqual(complete(lines(...CONFIG, 'frontend other', '    default_backend |')).items.map((i) => i.label), ['api', 'app']);
    const acls = complete(lines(...CONFIG.slice(0, 8), '    http-request deny if |')).items.map((i) => i.label);
    assert.ok(acls.includes('is_api') && acls.includes('TRUE'));
    assert.deepEqual(complete(lines('defaults', '    mode |')).items.map((i) => i.label), ['tcp', 'http', 'log', 'spop']);
  });

  it('completes server options after the address', () => {
    const labels = complete(lines('backend b', '    server s 10.0.0.1:80 |')).items.map((i) => i.label);
    assert.ok(labels.includes('check') && labels.includes('inter') && labels.includes('cookie'));
  });

  it('offers nothing inside a comment', () => {
    assert.deepEqual(complete(lines('backend b', '    # bal|')).items, []);
  });
});
