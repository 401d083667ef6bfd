import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allFamilies,
  availabilityAt,
  keywordsOf,
  lookupKeyword,
  referenceUrl,
  sectionsAt,
} from '../../server/src/haproxy/catalogue/index.js';
import { registered26 } from '../../server/src/haproxy/catalogue/facts.js';

describe('HAProxy catalogue', () => {
  it('has our doc text and an example for every keyword of every family', () => {
    const missing: string[] = [];
    let count = 0;
    for (const family of allFamilies()) {
      for (const keyword of keywordsOf(family).values()) {
        count++;
        if (!keyword.doc?.summary || !keyword.doc.example) missing.push(`${family}: ${keyword.name}`);
      }
    }
    assert.deepEqual(missing, []);
    assert.ok(count > 1000, `only ${count} keywords`);
  });

  it('knows, with a doc, every configuration keyword the Debian 2.6 binary registers (haproxy -dKall)', () => {
    const missing: string[] = [];
    const check = (family: string, name: string): void => {
      // `stats`, `declare`... only open two-word keywords (`stats socket`); `track-sc*` is track-sc0..2.
      if ([...keywordsOf(family).keys()].some((key) => key.startsWith(`${name} `))) return;
      const keyword = lookupKeyword(family, name.replace(/ track-sc$/, ' track-sc0'));
      if (!keyword?.doc) missing.push(`${family}: ${name}`);
      else if (availabilityAt(keyword.fact, '2.6').state === 'too-new') missing.push(`${family}: ${name} (too new for 2.6?)`);
    };
    for (const name of registered26.sections.global ?? []) check('global', name);
    for (const name of registered26.sections.listen ?? []) check('proxy', name);
    for (const name of Object.keys(registered26.bind)) check('bind', name);
    for (const name of Object.keys(registered26.server)) if (name !== 'usesrc') check('server', name);
    for (const [ruleset, actions] of Object.entries(registered26.actions)) {
      for (const action of actions) check('actions', `${ruleset} ${action}`);
    }
    assert.deepEqual(missing, []);
  });

  it('knows the 1.4-era keywords as removed, with their replacement', () => {
    const contimeout = lookupKeyword('proxy', 'contimeout')!;
    assert.deepEqual(availabilityAt(contimeout.fact, '2.6'), { state: 'removed', removedIn: '2.1', replacement: 'timeout connect' });
    assert.equal(availabilityAt(contimeout.fact, '1.8').state, 'available');
    assert.equal(availabilityAt(lookupKeyword('global', 'nbproc')!.fact, '2.6').state, 'removed');
  });

  it('tells where a keyword may appear, by version', () => {
    const server = lookupKeyword('proxy', 'server')!;
    assert.deepEqual([...sectionsAt(server, '2.6')].sort(), ['backend', 'listen']);
    assert.deepEqual(sectionsAt(lookupKeyword('global', 'daemon')!, '2.6'), ['global']);
  });

  it('links to the official reference for the target version', () => {
    assert.equal(referenceUrl(lookupKeyword('proxy', 'balance')!, '2.6'), 'https://docs.haproxy.org/2.6/configuration.html#4.2-balance');
    assert.equal(
      referenceUrl(lookupKeyword('proxy', 'option httpchk')!, '3.2'),
      'https://docs.haproxy.org/3.2/configuration.html#4.2-option%20httpchk',
    );
    // A removed keyword links to the last version that documents it.
    assert.match(referenceUrl(lookupKeyword('proxy', 'contimeout')!, '2.6'), /^https:\/\/docs\.haproxy\.org\/2\.0\/configuration\.html#4\.2-contimeout$/);
  });
});
