import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent, SignatureHelp } from 'vscode-languageserver-types';
import { signatureHelp } from '../../server/src/features/signatureHelp.js';
import type { HaproxyVersion } from '../../server/src/haproxy/catalogue/index.js';
import type { LanguageId } from '../../server/src/service/languages.js';
import { analyze } from '../../server/src/service/analysis.js';
import { lines, parseMarked } from '../helpers/markers.js';

function help(language: LanguageId, marked: string, haproxyVersion: HaproxyVersion = '2.6'): SignatureHelp | null {
  const { text, cursors } = parseMarked(marked);
  const document = TextDocument.create(`file:///c/${language === 'haproxy' ? 'haproxy.cfg' : 'keepalived.conf'}`, language, 1, text);
  return signatureHelp(document, analyze(language, text), document.positionAt(cursors[0]!), { haproxyVersion });
}

/** The active signature's label with the active parameter wrapped in «», as a user would see it highlighted. */
function shown(result: SignatureHelp | null): string | undefined {
  if (!result) return undefined;
  const signature = result.signatures[result.activeSignature ?? 0]!;
  const parameter = signature.parameters?.[result.activeParameter ?? 0];
  if (!parameter) return signature.label;
  const [start, end] = parameter.label as [number, number];
  return `${signature.label.slice(0, start)}«${signature.label.slice(start, end)}»${signature.label.slice(end)}`;
}

function parameterDoc(result: SignatureHelp | null): string | undefined {
  const signature = result?.signatures[result.activeSignature ?? 0];
  const documentation = signature?.parameters?.[result!.activeParameter ?? 0]?.documentation;
  return typeof documentation === 'string' ? documentation : (documentation as MarkupContent | undefined)?.value;
}

describe('signature help in haproxy.cfg', () => {
  it('highlights the server name, then the address, as the user types', () => {
    assert.equal(shown(help('haproxy', lines('backend app', '    server |'))), 'server «<name>» <address>[:[port]] [param*]');
    assert.equal(shown(help('haproxy', lines('backend app', '    server web1 |'))), 'server <name> «<address>»[:[port]] [param*]');
    assert.equal(shown(help('haproxy', lines('backend app', '    server web|1 10.0.0.100:80'))), 'server «<name>» <address>[:[port]] [param*]');
  });

  it('lists the balance algorithms of the target version', () => {
    const result = help('haproxy', lines('backend app', '    balance |'));
    assert.equal(shown(result), 'balance «<algorithm>» [ <arguments> ]');
    assert.match(parameterDoc(result)!, /roundrobin, static-rr, leastconn/);
    assert.match(parameterDoc(result)!, /, hash\.$/); // balance hash appeared in 2.6
    assert.doesNotMatch(parameterDoc(help('haproxy', lines('backend app', '    balance |'), '2.4'))!, /hash/);
  });

  it('picks the form of option httpchk that has a parameter at the cursor', () => {
    assert.equal(shown(help('haproxy', lines('backend app', '    option httpchk |'))), 'option httpchk «<uri>»');
    assert.equal(shown(help('haproxy', lines('backend app', '    option httpchk HEAD |'))), 'option httpchk <method> «<uri>»');
  });

  it('explains a time argument', () => {
    const result = help('haproxy', lines('defaults', '    timeout connect |'));
    assert.equal(shown(result), 'timeout connect «<timeout>»');
    assert.match(parameterDoc(result)!, /duration: a number in milliseconds or with a unit/);
  });

  it('shows nothing on the keyword itself, in a comment, or for an unknown keyword', () => {
    assert.equal(help('haproxy', lines('backend app', '    serv|er web1 10.0.0.1:80')), null);
    assert.equal(help('haproxy', lines('backend app', '    # server |')), null);
    assert.equal(help('haproxy', lines('backend app', '    frobnicate |')), null);
  });
});

describe('signature help in keepalived.conf', () => {
  it('shows the values of state and the range of priority', () => {
    const state = help('keepalived', lines('vrrp_instance VI_1 {', '    state |', '}'));
    assert.equal(shown(state), 'state «<MASTER|BACKUP>»');
    const priority = help('keepalived', lines('vrrp_instance VI_1 {', '    priority |', '}'));
    assert.match(shown(priority)!, /^priority «<\d+\.\.255>»$/);
    assert.match(parameterDoc(priority)!, /whole number from \d+ to 255/);
  });

  it('shows nothing inside a block body or on a keyword without arguments', () => {
    assert.equal(help('keepalived', lines('vrrp_instance VI_1 {', '    nopreempt |', '}')), null);
    assert.equal(help('keepalived', lines('vrrp_instance VI_1 {', '    |', '}')), null);
  });
});
