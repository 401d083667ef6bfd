import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { findDefinition, findReferences, prepareRename, rename } from '../../server/src/features/navigation.js';
import type { LanguageId } from '../../server/src/service/languages.js';
import { analyze } from '../../server/src/service/analysis.js';
import { lines, parseMarked } from '../helpers/markers.js';

function setup(language: LanguageId, marked: string) {
  const { text, cursors, ranges } = parseMarked(marked);
  const document = TextDocument.create(`file:///c/${language}.cfg`, language, 1, text);
  return { document, analysis: analyze(language, text), position: document.positionAt(cursors[0]!), ranges };
}

function renamed(language: LanguageId, marked: string, newName: string): string {
  const { document, analysis, position } = setup(language, marked);
  const edit = rename(document, analysis, position, newName);
  assert.ok(edit);
  const edits = (edit.changes![document.uri] as TextEdit[]).map((e) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), text: e.newText }));
  return edits.sort((a, b) => b.start - a.start).reduce((text, e) => text.slice(0, e.start) + e.text + text.slice(e.end), document.getText());
}

const HAPROXY = [
  'frontend www',
  '    bind :80',
  '    acl «is_api» path_beg /api',
  '    use_backend «api» if «is_api»',
  '    default_backend app',
  'backend «a|pi»',
  '    server s1 10.0.0.1:80 check',
  'backend app',
  '    server s1 10.0.0.2:80 track api/s1',
];

describe('navigation in haproxy.cfg', () => {
  it('goes from a use to the definition', () => {
    const { document, analysis, position } = setup('haproxy', lines('frontend www', '    default_backend a|pp', 'backend app', '    server s 10.0.0.1:80'));
    const [location] = findDefinition(document, analysis, position);
    assert.deepEqual(location!.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 11 } });
  });

  it('finds every use of a backend, and of an ACL in its own proxy', () => {
    const { document, analysis, position, ranges } = setup('haproxy', lines(...HAPROXY));
    const found = findReferences(document, analysis, position, true).map((l) => document.offsetAt(l.range.start));
    assert.deepEqual(found, [ranges[1]!.start, ranges[3]!.start]);
    const acl = setup('haproxy', lines(...HAPROXY).replace('if «is_api»', 'if «is_|api»'));
    const aclRefs = findReferences(acl.document, acl.analysis, acl.position, true).map((l) => acl.document.offsetAt(l.range.start));
    assert.deepEqual(aclRefs, [acl.ranges[0]!.start, acl.ranges[2]!.start]);
  });

  it('renames a backend everywhere it is named', () => {
    assert.equal(
      renamed('haproxy', lines('frontend www', '    bind :80', '    use_backend api if TRUE', 'backend a|pi', '    server s1 10.0.0.1:80'), 'api_v2'),
      lines('frontend www', '    bind :80', '    use_backend api_v2 if TRUE', 'backend api_v2', '    server s1 10.0.0.1:80'),
    );
  });

  it('renames a server and its track reference in another backend', () => {
    assert.equal(
      renamed('haproxy', lines('backend api', '    server s|1 10.0.0.1:80 check', 'backend app', '    server s1 10.0.0.2:80 track api/s1'), 'web1'),
      lines('backend api', '    server web1 10.0.0.1:80 check', 'backend app', '    server s1 10.0.0.2:80 track api/web1'),
    );
  });

  it('refuses to rename a keyword or to a name with spaces', () => {
    const keyword = setup('haproxy', lines('backend api', '    bal|ance roundrobin'));
    assert.equal(prepareRename(keyword.document, keyword.analysis, keyword.position), null);
    const name = setup('haproxy', lines('backend a|pi'));
    assert.equal(rename(name.document, name.analysis, name.position, 'two words'), null);
  });
});

describe('navigation in keepalived.conf', () => {
  const config = [
    'vrrp_script chk_haproxy {',
    '    script "/usr/bin/killall -0 haproxy"',
    '}',
    'vrrp_instance VI_1 {',
    '    track_script {',
    '        chk_ha|proxy',
    '    }',
    '}',
  ];

  it('goes from a track_script entry to its vrrp_script', () => {
    const { document, analysis, position } = setup('keepalived', lines(...config));
    const [location] = findDefinition(document, analysis, position);
    assert.deepEqual(location!.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 23 } });
  });

  it('renames a vrrp_script and every track_script entry', () => {
    const out = renamed('keepalived', lines(...config), 'check_proxy');
    assert.match(out, /^vrrp_script check_proxy \{/);
    assert.match(out, /track_script \{\n {8}check_proxy\n/);
  });
});

describe('navigation across the files of a cluster (peers)', () => {
  const peer = (name: string, language: LanguageId, text: string) => {
    const document = TextDocument.create(`file:///c/${name}`, language, 1, text);
    return { uri: document.uri, document, analysis: analyze(language, text) };
  };
  const applied = (text: string, edits: readonly TextEdit[], document: TextDocument): string =>
    edits
      .map((e) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), text: e.newText }))
      .sort((a, b) => b.start - a.start)
      .reduce((result, e) => result.slice(0, e.start) + e.text + result.slice(e.end), text);

  it('renames a vrrp_script and its uses in the other node\'s file', () => {
    const other = lines('vrrp_script chk_haproxy {', '    interval 2', '}', 'vrrp_instance VI_1 {', '    track_script {', '        chk_haproxy', '    }', '}');
    const { document, analysis, position } = setup('keepalived', lines('vrrp_script chk_hap|roxy {', '}', 'vrrp_instance VI_1 {', '    track_script {', '        chk_haproxy', '    }', '}'));
    const server2 = peer('server2.conf', 'keepalived', other);
    const edit = rename(document, analysis, position, 'chk_lb', [server2])!;
    assert.equal(applied(document.getText(), edit.changes![document.uri]!, document), lines('vrrp_script chk_lb {', '}', 'vrrp_instance VI_1 {', '    track_script {', '        chk_lb', '    }', '}'));
    assert.equal(applied(other, edit.changes![server2.uri]!, server2.document), other.replaceAll('chk_haproxy', 'chk_lb'));
  });

  it('goes to the definition in a peer only when the name is not defined here', () => {
    const defined = peer('backends.cfg', 'haproxy', lines('backend api', '    server a1 10.0.0.5:80'));
    const { document, analysis, position } = setup('haproxy', lines('frontend www', '    bind :80', '    default_backend a|pi'));
    const found = findDefinition(document, analysis, position, [defined]);
    assert.deepEqual(found.map((l) => [l.uri, l.range.start.line, l.range.start.character]), [[defined.uri, 0, 8]]);
    const own = setup('haproxy', lines('frontend www', '    default_backend a|pi', 'backend api'));
    assert.deepEqual(findDefinition(own.document, own.analysis, own.position, [defined]).map((l) => l.uri), [own.document.uri]);
  });

  it('keeps server and ACL names scoped to their proxy across files', () => {
    const other = peer('other.cfg', 'haproxy', lines('backend api', '    server s1 10.0.0.5:80', 'backend web', '    server s1 10.0.0.6:80'));
    const { document, analysis, position } = setup('haproxy', lines('backend api', '    server s|1 10.0.0.5:80'));
    const references = findReferences(document, analysis, position, true, [other]);
    assert.deepEqual(references.map((l) => [l.uri, l.range.start.line]), [[document.uri, 1], [other.uri, 1]]);
  });
});
