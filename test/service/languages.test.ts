import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { languageOfPath } from '../../server/src/service/languages.js';

describe('file associations', () => {
  const cases: Array<[string, 'haproxy' | 'keepalived' | undefined]> = [
    ['/etc/haproxy/haproxy.cfg', 'haproxy'],
    ['haproxy.cfg', 'haproxy'],
    ['/srv/haproxy-edge.cfg', 'haproxy'],
    ['/srv/haproxy.cfg.d/x', undefined],
    ['/srv/site.haproxy.cfg', 'haproxy'],
    ['/srv/haproxy/conf.d/10-frontends.cfg', 'haproxy'],
    ['file:///home/me/cluster/haproxy/lb.cfg', 'haproxy'],
    ['/etc/keepalived/keepalived.conf', 'keepalived'],
    ['/etc/keepalived/conf.d/vrrp.conf', 'keepalived'],
    ['keepalived-backup.conf', 'keepalived'],
    ['/cluster/keepalived/server1.conf', 'keepalived'],
    ['file:///c/My%20Cluster/keepalived/server2.conf', 'keepalived'],
    // never every .cfg or .conf
    ['/etc/nginx/nginx.conf', undefined],
    ['/srv/setup.cfg', undefined],
    ['/etc/haproxy/errors/503.http', undefined],
    ['/etc/keepalived/notify.sh', undefined],
    ['/etc/haproxy/keepalived.cfg', 'haproxy'],
    ['/srv/mykeepalived.conf', undefined],
  ];
  for (const [file, expected] of cases) {
    it(`${file} -> ${expected ?? 'not ours'}`, () => assert.equal(languageOfPath(file), expected));
  }

  it('matches the patterns package.json contributes', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      contributes: { languages: Array<{ id: string; filenames: string[]; filenamePatterns: string[] }> };
    };
    const byId = Object.fromEntries(manifest.contributes.languages.map((l) => [l.id, [...l.filenames, ...l.filenamePatterns]]));
    assert.deepEqual(byId, {
      haproxy: ['haproxy.cfg', 'haproxy*.cfg', '*.haproxy.cfg', '**/haproxy/*.cfg', '**/haproxy/**/*.cfg'],
      keepalived: ['keepalived.conf', 'keepalived*.conf', '**/keepalived/*.conf', '**/keepalived/**/*.conf'],
    });
  });
});
