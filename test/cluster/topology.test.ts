import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { clusterTopology, topologySvg, type Topology } from '../../server/src/cluster/topology.js';
import { C, check, edit, seedFiles, SERVER2, type Files } from './helpers.js';

function topologyOf(files: Files): Topology {
  const { facts, problems } = check(files);
  return clusterTopology(facts, problems, 'seed');
}

const node = (topology: Topology, id: string) => {
  const found = topology.nodes.find((n) => n.id === id);
  assert.ok(found, `no box ${id} among ${topology.nodes.map((n) => n.id).join(', ')}`);
  return found;
};

/** The SVG as a person would read it: each box's texts, by its id, and whether it is drawn as a problem. */
function boxes(svg: string): Map<string, { texts: string[]; problem: boolean; tooltip?: string }> {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const found = new Map<string, { texts: string[]; problem: boolean; tooltip?: string }>();
  const groups = document.getElementsByTagName('g');
  for (let i = 0; i < groups.length; i++) {
    const group = groups.item(i) as Element;
    const texts = Array.from({ length: group.getElementsByTagName('text').length }, (_, j) => group.getElementsByTagName('text').item(j)!.textContent ?? '');
    const title = group.getElementsByTagName('title').item(0)?.textContent ?? undefined;
    found.set(group.getAttribute('data-id')!, { texts, problem: (group.getAttribute('class') ?? '').includes('problem'), tooltip: title });
  }
  return found;
}

describe('cluster topology (graph)', () => {
  it('draws the seed: clients -> VIP -> server1 MASTER / server2 BACKUP -> the backend -> web1, web2 with their check file', () => {
    const topology = topologyOf(seedFiles());
    assert.deepEqual(
      topology.nodes.map((n) => n.id),
      ['clients', 'lb:server1', 'vip:10.0.0.10', 'backend:web_servers', 'web:web1', 'web:web2', 'lb:server2'],
    );
    assert.deepEqual(node(topology, 'lb:server1').details, ['10.0.0.1', 'MASTER · priority 101 · VRID 51']);
    assert.deepEqual(node(topology, 'lb:server2').details, ['10.0.0.2', 'BACKUP · priority 100 · VRID 51']);
    assert.deepEqual(node(topology, 'backend:web_servers').details, ['2 servers', 'check HEAD /check.txt']);
    assert.deepEqual(node(topology, 'web:web2').details, ['10.0.0.200:80', 'check.txt present']);
    assert.deepEqual(node(topology, 'lb:server2').files, [`${C}/keepalived/server2.conf`, `${C}/haproxy/haproxy.cfg`, `${C}/sysctl/99-ha-cluster.conf`]);
    assert.deepEqual(node(topology, 'web:web1').files, [`${C}/web/web1`]);
    assert.equal(topology.root, C);
    assert.deepEqual(
      topology.edges.map((e) => `${e.from} -> ${e.to}${e.label ? ` (${e.label})` : ''}`),
      [
        'clients -> vip:10.0.0.10',
        'vip:10.0.0.10 -> lb:server1 (MASTER 101)',
        'lb:server1 -> backend:web_servers',
        'backend:web_servers -> web:web1 (checked)',
        'backend:web_servers -> web:web2 (checked)',
        'vip:10.0.0.10 -> lb:server2 (BACKUP 100)',
        'lb:server2 -> backend:web_servers',
      ],
    );
    assert.deepEqual(topology.nodes.flatMap((n) => n.problems), []);
  });

  it('marks the node whose file has the problem: a VRID that differs on server2', () => {
    const files = seedFiles();
    edit(files, SERVER2, 'virtual_router_id 51', 'virtual_router_id 52');
    const topology = topologyOf(files);
    assert.equal(node(topology, 'lb:server2').problems.length, 1);
    assert.match(node(topology, 'lb:server2').problems[0]!, /virtual_router_id 52 on server2.*\[ha-cluster\/vrid-mismatch\]$/);
    assert.deepEqual(node(topology, 'lb:server1').problems, []);
    const svg = boxes(topologySvg(topology));
    assert.equal(svg.get('lb:server2')!.problem, true);
    assert.deepEqual(svg.get('lb:server2')!.texts.slice(0, 4), ['server2', '10.0.0.2', 'BACKUP · priority 100 · VRID 52', '⚠ 1 problem']);
    assert.match(svg.get('lb:server2')!.tooltip!, /the nodes never see each other's adverts/);
    assert.equal(svg.get('lb:server1')!.problem, false);
  });

  it('marks a web server whose content lacks the health-check file, and the backend whose check asks for it', () => {
    const files = seedFiles();
    delete files[`${C}/web/web2/check.txt`];
    const topology = topologyOf(files);
    assert.deepEqual(node(topology, 'web:web2').details, ['10.0.0.200:80', 'check.txt MISSING']);
    assert.match(node(topology, 'web:web2').problems[0]!, /HEAD \/check\.txt finds no check\.txt in web\/web2: haproxy marks web2 down/);
    assert.match(node(topology, 'backend:web_servers').problems[0]!, /\[ha-cluster\/health-check-file-missing\]$/);
    assert.deepEqual(node(topology, 'web:web1').problems, []);
    const svg = boxes(topologySvg(topology));
    assert.deepEqual(svg.get('web:web2')!.texts.slice(0, 3), ['web2', '10.0.0.200:80', 'check.txt MISSING']);
    assert.equal(svg.get('web:web1')!.problem, false);
  });

  it('escapes what it draws: names from the files cannot break the SVG', () => {
    const svg = topologySvg({ name: 'a<b>&"c', nodes: [{ id: 'x"y', kind: 'clients', label: '<script>', details: ['&amp;'], problems: ["it's <bad>"] }], edges: [] });
    const parsed = boxes(svg);
    assert.deepEqual(parsed.get('x"y')!.texts, ['<script>', '&amp;', '⚠ 1 problem', "it's <bad>"]);
    assert.doesNotMatch(svg, /<script>/);
  });
});
