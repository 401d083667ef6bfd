#!/usr/bin/env node
// A stand-in for the VS Code executable, for @vscode/test-cli (`useInstallation.fromPath`): it takes
// the arguments @vscode/test-electron gives VS Code (--extensionDevelopmentPath=, --extensionTestsPath=,
// a folder), serves that VS Code from code-server on 127.0.0.1, opens the workbench in Debian's chromium
// with the same test payload, and exits with the tests' exit code, which the workbench hands to
// window.codeAutomationExit when the extension host's test runner ends.
// test-electron downloads VS Code, which cannot work offline; code-server is the same VS Code (1.96.4).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { installLanguagePack, launchChromium, sandboxEnv, scratchDir, startCodeServer, within, writeUserSettings } from './lib.mjs';

const TIMEOUT_MS = Number(process.env.E2E_EXTHOST_TIMEOUT_MS || 180_000);
const developmentPaths = [];
const positional = [];
let testsPath;
for (const arg of process.argv.slice(2)) {
  const [key, ...rest] = arg.split('=');
  const value = rest.join('=');
  if (key === '--extensionDevelopmentPath') developmentPaths.push(path.resolve(value));
  else if (key === '--extensionTestsPath') testsPath = path.resolve(value);
  else if (!arg.startsWith('-')) positional.push(path.resolve(arg));
  // electron-only flags (--no-sandbox, --disable-gpu-sandbox, --skip-welcome...) mean nothing here
}
if (!testsPath) {
  console.error('code-shim: no --extensionTestsPath given; nothing to run');
  process.exit(2);
}

const sandbox = scratchDir('exthost');
const env = sandboxEnv(path.join(sandbox.dir, 'env'));
const userDataDir = path.join(sandbox.dir, 'user-data');
const extensionsDir = path.join(sandbox.dir, 'extensions');
const logDir = process.env.E2E_LOG_DIR || sandbox.dir;
fs.mkdirSync(logDir, { recursive: true });
writeUserSettings(userDataDir);
// VS Code runs in another language only when a language pack declares it (E2E_LOCALE=es).
if (process.env.E2E_LOCALE) installLanguagePack({ locale: process.env.E2E_LOCALE, userDataDir, extensionsDir, env, scratch: sandbox.dir });

// Console lines of the workbench that are noise here (no gallery, no telemetry, no signing service).
const NOISE = /vsda|Failed to load resource|Resolving connection|Resolved connection|Creating a socket|Service Worker|same-origin|builtin extensions cache|workbench contribution|gallery as it is disabled|\[Extension Host\] *$/;

let server;
let chromium;
let code = 1;
try {
  server = await startCodeServer({ userDataDir, extensionsDir, env, logFile: path.join(logDir, 'exthost-code-server.log') });
  const host = new URL(server.url).host;
  const payload = developmentPaths.map((p) => ['extensionDevelopmentPath', `vscode-remote://${host}${p}`]);
  payload.push(['extensionTestsPath', `vscode-remote://${host}${testsPath}`]);
  const folder = positional.find((p) => fs.existsSync(p) && fs.statSync(p).isDirectory());
  const url = `${server.url}/?${folder ? `folder=${encodeURIComponent(folder)}` : 'ew=true'}`
    + `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  chromium = await launchChromium(env, sandbox.dir, path.join(logDir, 'exthost-chromium.log'));
  const page = await chromium.context.newPage();
  page.on('console', async (message) => {
    let args = await Promise.all(message.args().map((a) => a.jsonValue().catch(() => '?')));
    if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = args.slice(2); // VS Code's log styling
    const line = util.format(...args);
    if (!NOISE.test(line)) console.log(line);
  });
  const exitCode = new Promise((resolve) => void page.exposeFunction('codeAutomationExit', (c) => resolve(c)));
  await page.goto(url, { timeout: 60_000 });
  code = await within(exitCode, TIMEOUT_MS, 'code-shim: the extension tests did not finish');
  if (process.env.E2E_LOG_DIR) await page.screenshot({ path: path.join(logDir, 'exthost-workbench.png') }).catch(() => {});
} catch (error) {
  console.error(error.message);
  code = 1;
} finally {
  await chromium?.close();
  await server?.stop();
  sandbox.remove();
}
process.exit(code);
