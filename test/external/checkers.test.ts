import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHaproxyOutput, parseKeepalivedOutput, runRealChecker } from '../../server/src/external/checkers.js';
import { nodeProcessRunner } from '../../server/src/external/process.js';
import { binaryMissing } from '../helpers/binaries.js';

describe('reading the real checkers output', () => {
  it('keeps haproxy alerts and warnings for the checked file, with their lines', () => {
    const output = [
      '[NOTICE]   (8374) : haproxy version is 2.6.12-1+deb12u4',
      '[NOTICE]   (8374) : path to executable is /usr/sbin/haproxy',
      "[WARNING]  (8374) : config : parsing [/tmp/x/haproxy.cfg:5] : 'option httplog' not usable with frontend 'f' (needs 'mode http').",
      "[ALERT]    (8374) : config : parsing [/tmp/x/haproxy.cfg:3] : unknown keyword 'bogus' in 'global' section",
      "[ALERT]    (8374) : config : parsing [/tmp/x/other.cfg:9] : unknown keyword 'elsewhere' in 'global' section",
      "[ALERT]    (8374) : config : Proxy 'f': unable to find table 't' referenced by track-sc0.",
      '[ALERT]    (8374) : config : Error(s) found in configuration file : /tmp/x/haproxy.cfg',
      '[ALERT]    (8374) : config : Fatal errors found in configuration.',
    ].join('\n');
    assert.deepEqual(parseHaproxyOutput(output, '/tmp/x/haproxy.cfg'), [
      { line: 5, severity: 'warning', message: "'option httplog' not usable with frontend 'f' (needs 'mode http')." },
      { line: 3, severity: 'error', message: "unknown keyword 'bogus' in 'global' section" },
      { severity: 'error', message: "Proxy 'f': unable to find table 't' referenced by track-sc0." },
    ]);
  });

  it('reads keepalived messages with and without a file name', () => {
    const output = [
      "(Line 3) Unknown keyword 'bogus_kw'",
      "(/tmp/k/keepalived.conf: Line 6) (VI_1) unknown state 'MASTR', defaulting to BACKUP",
      '(/tmp/k/included.conf: Line 2) something in an included file',
      '(VI_1) the virtual router id must be set',
    ].join('\n');
    assert.deepEqual(parseKeepalivedOutput(output, '/tmp/k/keepalived.conf', 5), [
      { line: 3, severity: 'error', message: "Unknown keyword 'bogus_kw'" },
      { line: 6, severity: 'error', message: "(VI_1) unknown state 'MASTR', defaulting to BACKUP" },
      { severity: 'error', message: '(VI_1) the virtual router id must be set' },
    ]);
  });
});

describe('running the real checkers on a temporary copy', () => {
  it('haproxy -c names the broken lines', async (t) => {
    const missing = binaryMissing('haproxy');
    if (missing) return t.skip(missing);
    const text = 'global\n    bogus 1\n\nfrontend f\n    bind 127.0.0.1:18080\n    timeout client 5x\n';
    const run = await runRealChecker({ runner: nodeProcessRunner, language: 'haproxy', binary: 'haproxy', text });
    assert.equal(run.failure, undefined);
    assert.notEqual(run.code, 0);
    assert.deepEqual(
      run.messages.filter((m) => m.line !== undefined).map((m) => [m.line, m.severity]),
      [
        [2, 'error'],
        [6, 'error'],
      ],
    );
    assert.match(run.messages[0]!.message, /unknown keyword 'bogus'/);
  });

  it('keepalived -t names the broken lines', async (t) => {
    const missing = binaryMissing('keepalived');
    if (missing) return t.skip(missing);
    const text = 'global_defs {\n    router_id lb1\n}\nvrrp_instance VI_1 {\n    state BACKUP\n    interface lo\n    virtual_router_id 300\n    priority 100\n}\n';
    const run = await runRealChecker({ runner: nodeProcessRunner, language: 'keepalived', binary: 'keepalived', text });
    assert.equal(run.failure, undefined);
    assert.notEqual(run.code, 0);
    assert.ok(run.messages.some((m) => m.line === 7 && /300/.test(m.message)), JSON.stringify(run.messages));
  });

  it('says plainly when the binary cannot be run', async () => {
    const run = await runRealChecker({ runner: nodeProcessRunner, language: 'haproxy', binary: '/nonexistent/haproxy', text: 'global\n' });
    assert.equal(run.code, null);
    assert.match(run.failure ?? '', /nonexistent\/haproxy/);
  });
});
