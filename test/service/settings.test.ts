import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { effectiveSeverity } from '../../server/src/features/diagnostics.js';
import { readSettings } from '../../server/src/settings.js';

describe('settings: severity overrides by code and by family', () => {
  const options = (severity: unknown) => readSettings({ diagnostics: { severity } }).diagnostics;

  it('keeps each code at its registered severity without overrides', () => {
    assert.equal(effectiveSeverity('ha-cluster/vrid-mismatch', options({})), 'error');
    assert.equal(effectiveSeverity('haproxy/deprecated-keyword', options({})), 'warning');
  });

  it('turns a whole family off with a trailing *', () => {
    const o = options({ 'ha-cluster/*': 'off' });
    assert.equal(effectiveSeverity('ha-cluster/vrid-mismatch', o), 'off');
    assert.equal(effectiveSeverity('ha-cluster/weak-stats-auth', o), 'off');
    assert.equal(effectiveSeverity('haproxy/unknown-keyword', o), 'error');
  });

  it('prefers the exact code, then the longest pattern', () => {
    const o = options({ '*': 'hint', 'ha-cluster/*': 'warning', 'ha-cluster/vrid-*': 'info', 'ha-cluster/vrid-mismatch': 'error' });
    assert.equal(effectiveSeverity('ha-cluster/vrid-mismatch', o), 'error');
    assert.equal(effectiveSeverity('ha-cluster/vrid-other', o), 'info');
    assert.equal(effectiveSeverity('ha-cluster/weak-stats-auth', o), 'warning');
    assert.equal(effectiveSeverity('keepalived/unknown-keyword', o), 'hint');
  });

  it('ignores values that are not severities, and reads cluster.enable', () => {
    const settings = readSettings({ diagnostics: { severity: { 'haproxy/*': 'loud' } }, cluster: { enable: false } });
    assert.equal(effectiveSeverity('haproxy/unknown-keyword', settings.diagnostics), 'error');
    assert.equal(settings.clusterEnabled, false);
    assert.equal(readSettings(undefined).clusterEnabled, true);
  });
});
