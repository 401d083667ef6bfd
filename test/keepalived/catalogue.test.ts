import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KeywordDoc } from '../../server/src/common/docs.js';
import { keepalivedDocs } from '../../server/src/keepalived/catalogue/docs/keywords.js';
import {
  allKeywords,
  availabilityAt,
  blockLabel,
  childKeywords,
  DEFAULT_KEEPALIVED_VERSION,
  KEEPALIVED_VERSIONS,
  keywordsNamed,
  lookupKeyword,
  parseKeepalivedVersion,
  referenceUrl,
  type KeywordFact,
} from '../../server/src/keepalived/catalogue/index.js';

describe('keepalived catalogue', () => {
  it('has our doc (summary and example) and a reference link for every keyword of the facts', () => {
    const missing: string[] = [];
    const keywords = allKeywords();
    for (const keyword of keywords) {
      const where = keyword.path.join(' > ');
      if (!keyword.doc?.summary) missing.push(`${where}: no summary`);
      if (!keyword.doc?.example) missing.push(`${where}: no example`);
      if (!/^https:\/\/www\.keepalived\.org\/manpage\.html#:~:text=\S+$/.test(referenceUrl(keyword))) missing.push(`${where}: no section link`);
    }
    assert.deepEqual(missing, []);
    assert.ok(keywords.length > 500, `only ${keywords.length} keywords`);
  });

  it('covers releases 2.0.0 to 2.3.x; the default is the newest release covered', () => {
    assert.equal(KEEPALIVED_VERSIONS[0], '2.0.0');
    assert.match(DEFAULT_KEEPALIVED_VERSION, /^2\.3\.\d+$/);
    assert.equal(DEFAULT_KEEPALIVED_VERSION, KEEPALIVED_VERSIONS.at(-1));
  });

  it('reads versions as users and binaries write them', () => {
    assert.equal(parseKeepalivedVersion('Keepalived v2.2.7 (01/16,2022)'), '2.2.7');
    assert.equal(parseKeepalivedVersion('2.2'), '2.2.8');
    assert.equal(parseKeepalivedVersion('2.2.99'), '2.2.8');
    assert.equal(parseKeepalivedVersion('2.4.1'), DEFAULT_KEEPALIVED_VERSION);
    assert.equal(parseKeepalivedVersion('1.3.5'), undefined);
    assert.equal(parseKeepalivedVersion('no version'), undefined);
  });

  it('looks a keyword up at its block path, and lists the children of a block', () => {
    const authType = lookupKeyword(['vrrp_instance', 'authentication', 'auth_type'])!;
    assert.deepEqual(authType.fact.values?.enum, ['AH', 'PASS']);
    assert.equal(blockLabel(authType.parent), 'vrrp_instance > authentication');
    assert.equal(lookupKeyword(['global_defs', 'priority']), undefined);
    assert.ok(childKeywords().has('vrrp_instance'));
    assert.ok(childKeywords(lookupKeyword(['vrrp_instance'])).has('virtual_router_id'));
    assert.deepEqual(lookupKeyword(['vrrp_instance', 'virtual_router_id'])!.fact.values, { min: 1, max: 255, maxArgs: 1 });
    assert.deepEqual(
      keywordsNamed('router_id').map((k) => blockLabel(k.parent)),
      ['global_defs'],
    );
  });

  it('joins the specialised doc of a keyword in a block over the plain one', () => {
    const docs = keepalivedDocs as Record<string, KeywordDoc>;
    assert.equal(lookupKeyword(['vrrp_script', 'weight'])!.doc, docs['vrrp_script>weight']);
    assert.equal(lookupKeyword(['virtual_server', 'real_server', 'weight'])!.doc, docs['real_server>weight']);
    assert.notEqual(docs['vrrp_script>weight'], docs['real_server>weight']);
    // Without a specialised entry, the plain one.
    assert.equal(lookupKeyword(['vrrp_instance', 'priority'])!.doc, docs['priority']);
  });

  it('knows when keywords appeared and which are deprecated, with their replacement', () => {
    const adverts = lookupKeyword(['global_defs', 'vrrp_owner_ignore_adverts'])!;
    assert.deepEqual(availabilityAt(adverts.fact, '2.2.7'), { state: 'too-new', since: '2.3.3' });
    assert.deepEqual(availabilityAt(adverts.fact, '2.3.4'), { state: 'available' });
    const trackFile = lookupKeyword(['vrrp_track_file'])!;
    assert.deepEqual(availabilityAt(trackFile.fact, '2.0.20'), { state: 'available' });
    assert.deepEqual(availabilityAt(trackFile.fact, '2.2.7'), { state: 'available', deprecated: { since: '2.1.0', replacement: 'track_file' } });
    // No keyword was removed between 2.0 and 2.3; the state exists for the facts of later releases.
    const removed: KeywordFact = { since: '2.0.0', until: '2.2.0', block: false, replacement: 'other' };
    assert.deepEqual(availabilityAt(removed, '2.2.7'), { state: 'removed', removedIn: '2.2.0', replacement: 'other' });
  });

  it('links a keyword to its root’s section of the manual page', () => {
    assert.equal(referenceUrl(lookupKeyword(['vrrp_instance', 'authentication', 'auth_pass'])!), 'https://www.keepalived.org/manpage.html#:~:text=VRRP%20instance(s)');
    assert.equal(referenceUrl(lookupKeyword(['global_defs', 'router_id'])!), 'https://www.keepalived.org/manpage.html#:~:text=Global%20definitions');
  });
});
