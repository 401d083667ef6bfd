import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { formatDocument } from '../../server/src/features/formatting.js';
import type { HaproxyConfig } from '../../server/src/haproxy/model.js';
import type { KeepalivedConfig, KStatement } from '../../server/src/keepalived/model.js';
import { analyze } from '../../server/src/service/analysis.js';
import type { LanguageId } from '../../server/src/service/languages.js';
import { loadCorpus } from '../helpers/corpus.js';
import { lines } from '../helpers/markers.js';

function format(language: LanguageId, text: string, tabSize = 4): string {
  const document = TextDocument.create(`file:///x/${language}`, language, 1, text);
  const edits = formatDocument(document, analyze(language, text), { tabSize, insertSpaces: true });
  return apply(document, edits);
}

function apply(document: TextDocument, edits: TextEdit[]): string {
  const text = document.getText();
  return edits
    .map((e) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((acc, e) => acc.slice(0, e.start) + e.newText + acc.slice(e.end), text);
}

/** What the file means: the words of every line in their structure, without positions. */
function meaning(language: LanguageId, text: string): unknown {
  const model = analyze(language, text).parse.model;
  if (language === 'haproxy') {
    const config = model as HaproxyConfig;
    return config.sections.map((s) => [s.kind, s.name?.value, s.directives.map((d) => [d.keyword.value, ...d.args.map((a) => a.value), d.condition?.terms.length])]);
  }
  const tree = (statements: readonly KStatement[]): unknown => statements.map((s) => [s.keyword.value, s.args.map((a) => a.value), s.block ? tree(s.block.statements) : null]);
  return tree((model as KeepalivedConfig).statements);
}

describe('formatting', () => {
  it('indents haproxy section bodies, keeps comments, blank lines and alignment, adds the final newline', () => {
    const input = ['# top comment', 'global', 'daemon', '      maxconn   4096   ', '', '  backend app', '# about the servers', '\tserver web1 10.0.0.1:80   check', '        server web2 10.0.0.2:80   check'].join('\n');
    assert.equal(
      format('haproxy', input),
      lines('# top comment', 'global', '    daemon', '    maxconn   4096', '', 'backend app', '    # about the servers', '    server web1 10.0.0.1:80   check', '    server web2 10.0.0.2:80   check'),
    );
  });

  it('indents keepalived blocks by depth, with the tab size asked for', () => {
    const input = lines('vrrp_instance VI_1 {', 'state MASTER', '      virtual_ipaddress {', '10.0.0.10/24', '}', '   # the end of the instance', '  }');
    assert.equal(
      format('keepalived', input, 2),
      lines('vrrp_instance VI_1 {', '  state MASTER', '  virtual_ipaddress {', '    10.0.0.10/24', '  }', '  # the end of the instance', '}'),
    );
  });

  it('leaves lines with a syntax error and multi-line definitions alone', () => {
    const broken = lines('global', '        log "127.0.0.1 local0   ');
    assert.equal(format('haproxy', broken), broken);
    const definition = lines('$ADDRS=10.0.0.10 \\', '      10.0.0.11', 'global_defs {', 'router_id a', '}');
    assert.equal(format('keepalived', definition), lines('$ADDRS=10.0.0.10 \\', '      10.0.0.11', 'global_defs {', '    router_id a', '}'));
  });

  for (const language of ['haproxy', 'keepalived'] as const) {
    it(`on every ${language} file of the corpus: the meaning is kept and formatting twice changes nothing`, (t) => {
      const { entries, missing } = loadCorpus(language);
      if (missing) return t.skip(missing);
      let changed = 0;
      for (const entry of entries) {
        const text = readFileSync(entry.absolutePath, 'utf8');
        const once = format(language, text);
        if (once !== text) changed++;
        assert.deepEqual(meaning(language, once), meaning(language, text), `${entry.path}: formatting changed the meaning`);
        assert.equal(format(language, once), once, `${entry.path}: formatting is not idempotent`);
      }
      console.log(`${language}: ${entries.length} corpus files formatted, ${changed} changed, all with the same meaning`);
      assert.ok(changed > 0);
    });
  }
});
