// Runs every compiled test file (out/test/**/*.test.js) with node's built-in test runner.
// Usage: node scripts/run-tests.mjs [folder under out/test ...]   e.g. `haproxy protocol`
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve('out/test');
const only = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full);
    else if (entry.endsWith('.test.js')) files.push(full);
  }
};
for (const dir of only.length ? only.map((d) => path.join(root, d)) : [root]) walk(dir);
if (files.length === 0) {
  console.error(`no test files found under ${root}; run \`npx tsc -b\` first`);
  process.exit(1);
}
// The CLI speaks the language of LC_ALL/LC_MESSAGES/LANG: the tests expect English unless they set Spanish themselves.
const env = { ...process.env, LC_ALL: 'C.UTF-8' };
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
