import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clusterHover } from '../../server/src/cluster/hover.js';
import { check, edit, HAPROXY, seedFiles, SERVER1, SERVER2 } from './helpers.js';

describe('cluster: hover on the VIP', () => {
  it('shows, on a keepalived virtual_ipaddress entry, the nodes that carry it and where it lives', () => {
    const files = seedFiles();
    const offset = files[SERVER1]!.indexOf('10.0.0.10/24') + 3;
    const hover = clusterHover(check(files).facts, SERVER1, offset);
    assert.equal(files[SERVER1]!.slice(hover!.start, hover!.end), '10.0.0.10/24');
    assert.equal(
      hover!.markdown,
      [
        '**10.0.0.10/24**: virtual IP of the cluster, carried by 2 nodes:',
        '- **server1**: VI_1, MASTER, priority 101, VRID 51 (keepalived/server1.conf)',
        '- **server2**: VI_1, BACKUP, priority 100, VRID 51 (keepalived/server2.conf)',
        '',
        'While everything is healthy it lives on **server1** (highest priority).',
      ].join('\n'),
    );
  });

  it('shows the same on a haproxy bind of the VIP, and nothing on other addresses', () => {
    const files = seedFiles();
    const facts = check(files).facts;
    const bind = clusterHover(facts, HAPROXY, files[HAPROXY]!.indexOf('bind 10.0.0.10:80') + 7);
    assert.equal(files[HAPROXY]!.slice(bind!.start, bind!.end), '10.0.0.10');
    assert.match(bind!.markdown, /^\*\*10\.0\.0\.10\*\*: virtual IP of the cluster, carried by 2 nodes/);
    assert.equal(clusterHover(facts, HAPROXY, files[HAPROXY]!.indexOf('10.0.0.100')), undefined);
  });

  it('does not name a node when the priorities tie', () => {
    const files = seedFiles();
    edit(files, SERVER2, 'priority 100', 'priority 101');
    const hover = clusterHover(check(files).facts, SERVER2, files[SERVER2]!.indexOf('10.0.0.10/24'));
    assert.doesNotMatch(hover!.markdown, /lives on/);
  });
});
