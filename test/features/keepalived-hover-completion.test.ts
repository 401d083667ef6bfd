import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { doComplete } from '../../server/src/features/completion.js';
import { doHover } from '../../server/src/features/hover.js';
import { analyze } from '../../server/src/service/analysis.js';
import { lines, parseMarked } from '../helpers/markers.js';

const SCRIPT = ['vrrp_script chk_haproxy {', '    script "/usr/bin/killall -0 haproxy"', '    interval 2', '    weight 2', '}'];

function setup(marked: string): { document: TextDocument; offset: number } {
  const { text, cursors } = parseMarked(marked);
  return { document: TextDocument.create('file:///c/keepalived/server1.conf', 'keepalived', 1, text), offset: cursors[0]! };
}

function hoverText(marked: string): string | undefined {
  const { document, offset } = setup(marked);
  const hover = doHover(document, analyze('keepalived', document.getText()), document.positionAt(offset));
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

function complete(marked: string): { labels: string[]; apply: (label: string) => string; items: CompletionItem[] } {
  const { document, offset } = setup(marked);
  const items = doComplete(document, analyze('keepalived', document.getText()), document.positionAt(offset));
  return {
    items,
    labels: items.map((i) => String(i.label)),
    apply: (label) => {
      const item = items.find((i) => i.label === label);
      assert.ok(item, `no '${label}' in ${items.map((i) => i.label).join(', ')}`);
      const edit = item.textEdit as TextEdit;
      const text = document.getText();
      return text.slice(0, document.offsetAt(edit.range.start)) + edit.newText + text.slice(document.offsetAt(edit.range.end));
    },
  };
}

describe('keepalived hover', () => {
  it('documents a keyword with its block, range, version and reference', () => {
    const text = hoverText(lines('vrrp_instance VI_1 {', '    prio|rity 101', '}'))!;
    assert.match(text, /^\*\*priority\*\* \(in vrrp_instance\)/);
    assert.match(text, /Range: 1 to 255/);
    assert.match(text, /Available since keepalived 2\.0\.0\./);
    assert.match(text, /\[keepalived\.conf reference\]\(https:\/\/www\.keepalived\.org\/manpage\.html#:~:text=/);
  });

  it('tells a weight in vrrp_script from a weight elsewhere', () => {
    const script = hoverText(lines('vrrp_script chk {', '    wei|ght 2', '}'))!;
    assert.match(script, /^\*\*weight\*\* \(in vrrp_script\)/);
  });

  it('shows the vrrp_script a track_script entry names', () => {
    const text = hoverText(lines(...SCRIPT, 'vrrp_instance VI_1 {', '    track_script {', '        chk_ha|proxy', '    }', '}'))!;
    assert.match(text, /^\*\*vrrp_script chk_haproxy\*\*/);
    assert.match(text, /killall -0 haproxy/);
  });
});

describe('keepalived completion', () => {
  it('offers the keywords of the enclosing block', () => {
    const inInstance = complete(lines('vrrp_instance VI_1 {', '    |', '}')).labels;
    assert.ok(inInstance.includes('virtual_router_id') && inInstance.includes('priority') && inInstance.includes('track_script'));
    assert.ok(!inInstance.includes('router_id') && !inInstance.includes('real_server'));
    const top = complete(lines('|')).labels;
    assert.ok(top.includes('vrrp_instance') && top.includes('global_defs') && !top.includes('priority'));
  });

  it('offers the values of an enum and replaces the typed prefix', () => {
    const { labels, apply } = complete(lines('vrrp_instance VI_1 {', '    state MA|', '}'));
    assert.deepEqual(labels.sort(), ['BACKUP', 'MASTER']);
    assert.equal(apply('MASTER'), lines('vrrp_instance VI_1 {', '    state MASTER', '}'));
  });

  it('offers the defined vrrp_script names inside track_script', () => {
    assert.deepEqual(complete(lines(...SCRIPT, 'vrrp_instance VI_1 {', '    track_script {', '        |', '    }', '}')).labels, ['chk_haproxy']);
  });

  it('offers the vrrp_instance names inside a sync group, and inserts the one chosen', () => {
    const { labels, apply } = complete(
      lines('vrrp_instance VI_1 {', '}', 'vrrp_instance VI_2 {', '}', 'vrrp_sync_group G1 {', '    group {', '        VI_1', '        V|', '    }', '}'),
    );
    assert.deepEqual(labels, ['VI_1', 'VI_2']);
    assert.equal(apply('VI_2'), lines('vrrp_instance VI_1 {', '}', 'vrrp_instance VI_2 {', '}', 'vrrp_sync_group G1 {', '    group {', '        VI_1', '        VI_2', '    }', '}'));
  });
});
