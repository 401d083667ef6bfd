// The end-to-end suite: `npm run test:e2e` (after test/e2e/setup.sh). Packages the extension, then
//   ui       the .vsix in code-server, driven through chromium (ui.mjs; screenshots in test-results/e2e/),
//   exthost  mocha inside VS Code's extension host via @vscode/test-cli (exthost/*.test.cjs),
//   exthost-es  the same with VS Code in Spanish (exthost-es/*.test.cjs; a stand-in language pack),
//   neovim   the server in Debian's Neovim with the README's configuration (nvim.mjs).
// Usage: node test/e2e/run.mjs [ui] [exthost] [exthost-es] [neovim] [--no-package]
// Ends with "N passed, N failed, N skipped"; exits 1 when anything failed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESULTS, ROOT, makeWorkspace, requireTools, runGroup, sandboxEnv, scratchDir } from './lib.mjs';
import { runNeovim } from './nvim.mjs';
import { runUi } from './ui.mjs';

const args = process.argv.slice(2);
const parts = args.filter((a) => !a.startsWith('--'));
const wanted = (part) => parts.length === 0 || parts.includes(part);
const started = Date.now();
const results = [];
fs.mkdirSync(RESULTS, { recursive: true });

// npm's cache and logs of the steps below go to the project's .e2e/, not to $HOME.
const npmEnv = { ...process.env, npm_config_cache: path.join(ROOT, '.e2e/cache/npm'), npm_config_update_notifier: 'false' };

try {
  requireTools();
} catch (error) {
  console.error(`e2e: ${error.message}`);
  process.exit(1);
}

if (!args.includes('--no-package')) {
  console.log('\n# npm run package');
  const { code } = await runGroup('npm', ['run', 'package'], { env: npmEnv, timeoutMs: 300_000 });
  if (code !== 0) {
    console.error('e2e: `npm run package` failed; nothing to test');
    process.exit(1);
  }
}

if (wanted('ui')) {
  console.log('\n# ui: the packaged extension in code-server, through chromium');
  results.push(...await runUi());
}

/** One run of mocha in the extension host (@vscode/test-cli with code-server); results named after `label`. */
async function runExthost(label, extraEnv) {
  const sandbox = scratchDir('exthost-ws');
  try {
    const env = { ...sandboxEnv(path.join(sandbox.dir, 'env')), E2E_WORKSPACE: makeWorkspace(sandbox.dir), E2E_LOG_DIR: RESULTS, ...extraEnv };
    const cli = path.join(ROOT, 'node_modules/@vscode/test-cli/out/bin.mjs');
    const { code, output } = await runGroup(process.execPath, [cli, '--config', path.join(ROOT, 'test/e2e/vscode-test.mjs')],
      { env, timeoutMs: 300_000 });
    const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(output)?.[1] ?? 0);
    const passing = count('passing');
    const failing = count('failing');
    for (let i = 0; i < passing; i++) results.push({ name: `${label}-${i + 1}`, status: 'passed' });
    // Mocha lists a failing test as "    N) title", then explains it after "N failing" as
    // "  N) suite\n       title:\n     Error: ...".
    const [listing, details = ''] = output.split(/\n\s*\d+ failing/);
    for (let i = 1; i <= failing; i++) {
      const title = new RegExp(`^\\s+${i}\\) (.+)$`, 'm').exec(listing)?.[1] ?? `failing test ${i}`;
      const why = new RegExp(`^\\s+${i}\\) [^\\n]*\\n(?:[^\\n]*:\\n)?\\s*([^\\n]+)`, 'm').exec(details)?.[1] ?? '';
      results.push({ name: `${label}: ${title}`, status: 'failed', detail: why.trim() });
    }
    for (let i = 0; i < count('pending'); i++) results.push({ name: `${label}-pending-${i + 1}`, status: 'skipped' });
    if (code !== 0 && failing === 0) {
      results.push({ name: `${label}-run`, status: 'failed', detail: `@vscode/test-cli exited ${code} with no failing test counted` });
    }
    if (passing === 0 && failing === 0) results.push({ name: `${label}-run`, status: 'failed', detail: 'no extension-host test ran' });
  } finally {
    sandbox.remove();
  }
}

if (wanted('exthost')) {
  console.log('\n# exthost: mocha in the extension host (@vscode/test-cli, code-server)');
  await runExthost('exthost', {});
}

if (wanted('exthost-es')) {
  console.log('\n# exthost-es: the same, with VS Code in Spanish');
  await runExthost('exthost-es', { E2E_LOCALE: 'es', E2E_EXTHOST_FILES: 'exthost-es/**/*.test.cjs' });
}

if (wanted('neovim')) {
  console.log('\n# neovim: the language server in Debian\'s Neovim, configured as the README says');
  results.push(...await runNeovim());
}

const tally = (status) => results.filter((r) => r.status === status);
console.log(`\n# e2e summary (${((Date.now() - started) / 1000).toFixed(0)} s; screenshots and logs in ${path.relative(ROOT, RESULTS)}/)`);
for (const r of [...tally('failed'), ...tally('skipped')]) console.log(`  ${r.status}: ${r.name}${r.detail ? `: ${r.detail.split('\n')[0]}` : ''}`);
console.log(`${tally('passed').length} passed, ${tally('failed').length} failed, ${tally('skipped').length} skipped`);
process.exit(tally('failed').length ? 1 : 0);
