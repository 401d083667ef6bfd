#!/usr/bin/env node
// Turns the raw `haproxy -dKall` listing of Debian's HAProxy 2.6 (generated/registered-2.6.txt,
// made by generate-haproxy-registered.sh) into generated/registered-2.6.json, which the catalogue
// reads to know what that binary really registers: keywords backported after 2.6.0, and ones its
// manual never documented. Facts only; regenerate, never edit the output.
//
//   node scripts/generate-haproxy-registered-json.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'server/src/haproxy/catalogue/generated');
const input = readFileSync(path.join(dir, 'registered-2.6.txt'), 'utf8').split('\n');

const RULESETS = [
  'tcp-request connection', 'tcp-request session', 'tcp-request content', 'tcp-response content',
  'http-request', 'http-response', 'http-after-response', 'tcp-check', 'http-check',
];

const out = { version: '2.6', sections: {}, bind: {}, server: {}, actions: {}, converters: [], fetches: [], acls: [] };
let part = '';
let section = '';
for (const raw of input) {
  if (raw.startsWith('# List of registered')) {
    part = raw.includes('ACL') ? 'acl' : raw.includes('configuration') ? 'config' : raw.includes('converter') ? 'conv' : raw.includes('fetch') ? 'fetch' : 'other';
    continue;
  }
  if (raw.startsWith('#') || raw.trim() === '') continue;
  if (part === 'acl') {
    out.acls.push(raw.split(' = ')[0].trim());
  } else if (part === 'conv') {
    out.converters.push(/^[^(: ]+/.exec(raw)[0]);
  } else if (part === 'fetch') {
    const match = /\]\s+([^(: ]+)/.exec(raw);
    if (match) out.fetches.push(match[1]);
  } else if (part === 'config') {
    if (!raw.startsWith('\t')) {
      section = raw.trim();
      out.sections[section] ??= [];
      continue;
    }
    const line = raw.trim();
    let match;
    if ((match = /^bind <addr> (\S+)(?: \+(\d+))?/.exec(line))) out.bind[match[1]] = Number(match[2] ?? 0);
    else if ((match = /^server <name> <addr> (\S+)(?: \+(\d+))?/.exec(line))) out.server[match[1]] = Number(match[2] ?? 0);
    else {
      const ruleset = RULESETS.find((r) => line.startsWith(`${r} `));
      if (ruleset) {
        (out.actions[ruleset] ??= []).push(line.slice(ruleset.length + 1).replace(/\*$/, ''));
      } else if (section) {
        out.sections[section].push(line.replace(/ \[[^\]]*\]$/, '').replace(/ \+\d+$/, ''));
      }
    }
  }
}
for (const list of [out.converters, out.fetches, out.acls, ...Object.values(out.sections), ...Object.values(out.actions)]) list.sort();

const text = `${JSON.stringify(out, null, 1)}\n`;
const target = path.join(dir, 'registered-2.6.json');
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error(`${target} is stale: run node scripts/generate-haproxy-registered-json.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
console.log(
  `sections ${Object.keys(out.sections).length}, bind ${Object.keys(out.bind).length}, server ${Object.keys(out.server).length}, ` +
    `actions ${Object.values(out.actions).flat().length}, converters ${out.converters.length}, fetches ${out.fetches.length}, acls ${out.acls.length}`,
);
