import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findProblems } from '../../server/src/features/diagnostics.js';
import { documentLinks } from '../../server/src/features/links.js';
import { fileSystemIncludeResolver } from '../../server/src/keepalived/validate/includes.js';
import { analyze } from '../../server/src/service/analysis.js';

describe('keepalived includes, as the editor and the CLI resolve them', () => {
  let dir: string;
  let main: string;
  const text = [
    'global_defs {',
    '    enable_script_security',
    '    script_user root',
    '}',
    'include conf.d/*.conf',
    'vrrp_instance VI_1 {',
    '    state BACKUP',
    '    interface eth0',
    '    virtual_router_id 51',
    '    priority 100',
    '    virtual_ipaddress {',
    '        10.0.0.10/24',
    '    }',
    '    track_script {',
    '        chk_haproxy',
    '        chk_missing',
    '    }',
    '}',
    '',
  ].join('\n');

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hak-include-'));
    mkdirSync(path.join(dir, 'conf.d'));
    writeFileSync(path.join(dir, 'conf.d', 'scripts.conf'), 'vrrp_script chk_haproxy {\n    script "/usr/bin/killall -0 haproxy"\n}\n');
    main = path.join(dir, 'keepalived.conf');
    writeFileSync(main, text);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the included definitions into account: only the script defined nowhere is reported', () => {
    const problems = findProblems(analyze('keepalived', text), { documentPath: main, includes: fileSystemIncludeResolver() });
    assert.deepEqual(
      problems.map((p) => [p.code, text.slice(p.start, p.end)]),
      [['keepalived/undefined-reference', 'chk_missing']],
    );
  });

  it('without a way to read includes, it does not guess what they define', () => {
    assert.deepEqual(findProblems(analyze('keepalived', text)).map((p) => p.code), []);
  });

  it('links the include pattern to the file it matches', () => {
    const document = TextDocument.create(pathToFileURL(main).toString(), 'keepalived', 1, text);
    const links = documentLinks(document, analyze('keepalived', text), main, fileSystemIncludeResolver());
    assert.equal(links.length, 1);
    assert.deepEqual(links[0]!.range, { start: { line: 4, character: 8 }, end: { line: 4, character: 21 } });
    assert.equal(links[0]!.target, pathToFileURL(path.join(dir, 'conf.d', 'scripts.conf')).toString());
  });
});
