// Shared pieces of the end-to-end suite: where things are, a sandbox outside $HOME for every program
// the suite starts, code-server and chromium started and ended by process group, bounded waits.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_VERSION = '4.96.4';
export const CODE_SERVER = path.join(ROOT, '.e2e/code-server/node_modules/.bin/code-server');
export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
export const VSIX = path.join(ROOT, 'dist/haproxy-keepalived.vsix');
export const RESULTS = path.join(ROOT, 'test-results/e2e');
export const SEED_CLUSTER = path.join(ROOT, 'examples/seed-cluster');
export const FIXTURES = path.join(ROOT, 'test/e2e/fixtures');

/** Throws a message that says what is missing and how to get it. */
export function requireFile(file, howToGetIt) {
  if (!fs.existsSync(file)) throw new Error(`missing ${path.relative(ROOT, file) || file}: ${howToGetIt}`);
  return file;
}

export function requireTools() {
  requireFile(CODE_SERVER, 'run `bash test/e2e/setup.sh` (or `npm run test:e2e`, which runs it) to install code-server');
  requireFile(CHROMIUM, 'install Debian\'s chromium (`apt-get install chromium`; test/e2e/setup.sh does it)');
}

/** A fresh folder under the system temp dir; removed by the returned function. */
export function scratchDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hk-e2e-${prefix}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The environment for every program the suite starts: HOME and the XDG folders inside `dir`, so that
 * nothing (code-server's config, chromium's profile and NSS database, neovim's state) lands in the
 * user's home; no extension gallery, so code-server never goes to the network.
 */
export function sandboxEnv(dir) {
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
  for (const [name, sub] of [['HOME', 'home'], ['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'],
    ['XDG_CACHE_HOME', 'cache'], ['XDG_STATE_HOME', 'state'], ['XDG_RUNTIME_DIR', 'run']]) {
    env[name] = path.join(dir, sub);
    fs.mkdirSync(env[name], { recursive: true, mode: 0o700 });
  }
  return env;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value, at most `ms` milliseconds; then throws `what`. */
export async function until(check, ms, what) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} (waited ${(ms / 1000).toFixed(0)} s)`);
    await sleep(100);
  }
}

/** Rejects with `what` when `promise` has not settled within `ms`. */
export function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} (waited ${(ms / 1000).toFixed(0)} s)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The process groups this process has started and not yet ended. When it is interrupted (Ctrl+C, a
 * time limit's SIGTERM, a closed terminal) it ends them before exiting, so that no code-server or
 * chromium outlives the suite: SIGTERM to each group (a code-shim in one of them ends its own groups in
 * turn), SIGKILL to what is left 8 s later.
 */
const liveGroups = new Set();
let signalHandlersInstalled = false;
let interrupted = false;

function refuseWhenInterrupted(command) {
  if (interrupted) throw new Error(`interrupted: ${path.basename(command)} not started`);
}

function trackGroup(pgid) {
  liveGroups.add(pgid);
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`e2e: ${signal}: ending the programs started (${liveGroups.size} process groups)`);
      for (const group of liveGroups) signalGroup(group, 'SIGTERM');
      setTimeout(() => {
        for (const group of liveGroups) signalGroup(group, 'SIGKILL');
        process.exit(128 + os.constants.signals[signal]);
      }, 8_000);
    });
  }
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // the whole group has ended
  }
}

/** Ends a process group: SIGTERM, then SIGKILL after `graceMs`. */
async function endGroup(pgid, graceMs) {
  if (signalGroup(pgid, 'SIGTERM')) {
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && groupAlive(pgid)) await sleep(100);
    signalGroup(pgid, 'SIGKILL');
  }
  liveGroups.delete(pgid);
}

/**
 * Starts a program as the leader of its own process group (setsid), its output in `logFile`.
 * `stop()` ends the whole group: SIGTERM, then SIGKILL after 5 s.
 */
export function startGroup(command, args, { env, logFile, cwd }) {
  refuseWhenInterrupted(command);
  const log = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  if (child.pid) trackGroup(child.pid);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const stop = async () => {
    if (child.pid) await endGroup(child.pid, 5_000);
  };
  return { child, exited, stop };
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** User settings for a quiet, offline, deterministic workbench. */
export function writeUserSettings(userDataDir, extra = {}) {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'files.autoSave': 'off',
    'editor.minimap.enabled': false,
    'editor.hover.delay': 300,
    'window.restoreWindows': 'none',
    ...extra,
  }, null, 2));
}

/** Installs the packaged extension into a code-server extensions folder; throws with code-server's words. */
export function installVsix({ vsix, userDataDir, extensionsDir, env }) {
  requireFile(vsix, 'run `npm run package` to build it');
  const result = spawnSync(CODE_SERVER, ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server could not install ${path.relative(ROOT, vsix)}:\n${output}`);
  }
  return output.trim();
}

/**
 * Installs the stand-in language pack of `locale` (test/e2e/fixtures/language-pack-<locale>/, packaged
 * here with vsce): it declares the language without translating VS Code's own texts, which is enough for
 * `code-server --locale` to run VS Code, and so the extensions, in that language.
 */
export function installLanguagePack({ locale, userDataDir, extensionsDir, env, scratch }) {
  const source = path.join(FIXTURES, `language-pack-${locale}`);
  requireFile(path.join(source, 'package.json'), `no stand-in language pack for '${locale}'`);
  const copy = path.join(scratch, `language-pack-${locale}`);
  fs.cpSync(source, copy, { recursive: true });
  const vsix = path.join(scratch, `language-pack-${locale}.vsix`);
  const packed = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix],
    { cwd: copy, env, encoding: 'utf8', timeout: 120_000 });
  if (packed.status !== 0) throw new Error(`vsce could not package the ${locale} language pack:\n${packed.stdout}${packed.stderr}`);
  const installed = installVsix({ vsix, userDataDir, extensionsDir, env });
  // The server reads its language packs from languagepacks.json at start-up, before it scans the
  // extensions (which would write that file): write the entry it looks for.
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const translations = path.join(extensionsDir, `${id}-${manifest.version}`, 'translations', 'main.i18n.json');
  requireFile(translations, 'the language pack was not installed where expected');
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [locale]: { hash: `e2e${manifest.version.replace(/\./g, '')}`, extensions: [{ extensionIdentifier: { id }, version: manifest.version }], translations: { vscode: translations }, label: manifest.contributes.localizations[0].localizedLanguageName },
  }));
  return installed;
}

/**
 * Starts code-server on 127.0.0.1 (no auth, no telemetry, no update check) and waits (bounded) for its
 * health endpoint. Returns its base URL and `stop()`.
 */
export async function startCodeServer({ userDataDir, extensionsDir, env, logFile }) {
  requireTools();
  const port = await freePort();
  const server = startGroup(CODE_SERVER, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    // E2E_LOCALE=es serves the workbench in Spanish: VS Code then loads the extension's Spanish texts.
    ...(process.env.E2E_LOCALE ? ['--locale', process.env.E2E_LOCALE] : []),
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir], { env, logFile });
  const url = `http://127.0.0.1:${port}`;
  let exited = null;
  server.exited.then((status) => { exited = status; });
  try {
    await until(async () => {
      if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}); its log:\n${fs.readFileSync(logFile, 'utf8')}`);
      try {
        return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) })).ok;
      } catch {
        return false;
      }
    }, 60_000, `code-server did not answer on ${url}/healthz; its log is ${logFile}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, port, stop: server.stop };
}

/**
 * Debian's chromium, headless, started by us in its own process group (profile and HOME in the
 * sandbox), and playwright-core attached to it over the DevTools protocol. `close()` ends the group.
 */
export async function launchChromium(env, sandbox, logFile) {
  const { chromium } = await import('playwright-core');
  requireFile(CHROMIUM, 'install Debian\'s chromium (`apt-get install chromium`; test/e2e/setup.sh does it)');
  const profile = path.join(sandbox, 'chromium-profile');
  fs.mkdirSync(profile, { recursive: true });
  fs.writeFileSync(logFile, '');
  const group = startGroup(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--password-store=basic',
    '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
  { env, logFile });
  let browser;
  try {
    const endpoint = await until(() => /DevTools listening on (ws:\/\/\S+)/.exec(fs.readFileSync(logFile, 'utf8'))?.[1],
      30_000, `chromium did not open its DevTools port; its log is ${logFile}`);
    browser = await chromium.connectOverCDP(endpoint, { timeout: 30_000 });
  } catch (error) {
    await group.stop();
    throw error;
  }
  const close = async () => {
    await within(browser.close(), 10_000, 'chromium did not close').catch(() => {});
    await group.stop();
  };
  return { browser, context: browser.contexts()[0], close };
}

/** The workspace the tests open: a copy of the example cluster plus the fixtures, in a temp folder. */
export function makeWorkspace(parent) {
  const workspace = path.join(parent, 'seed-cluster');
  fs.cpSync(SEED_CLUSTER, workspace, { recursive: true });
  fs.cpSync(path.join(FIXTURES, 'workspace'), workspace, { recursive: true });
  sshToLoopback(path.join(workspace, 'ha-cluster.json'));
  return workspace;
}

/**
 * The deploy commands may run in the e2e workbench: they must never reach for the seed's 10.0.0.x
 * machines from this host. Every machine of the copy is reached at 127.0.0.1 port 1, where nothing
 * listens (ssh fails at once), and keeps its own address for the cluster checks (`address`).
 */
function sshToLoopback(manifestPath) {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  for (const machine of [...(manifest.loadBalancers ?? []), ...(manifest.webServers ?? [])]) {
    machine.address ??= machine.host;
    machine.host = '127.0.0.1';
    machine.ssh = { ...(machine.ssh ?? {}), port: 1, strictHostKeyChecking: 'yes' };
  }
  manifest.ssh = { ...(manifest.ssh ?? {}), configFile: '/dev/null', connectTimeout: 3 };
  fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Runs a command to its end in its own process group, its output shown and kept; the group is ended
 * when it takes longer than `timeoutMs`. Resolves with { code, output }.
 */
export function runGroup(command, args, { env, cwd = ROOT, timeoutMs }) {
  refuseWhenInterrupted(command);
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid) trackGroup(child.pid);
    let output = '';
    const keep = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void endGroup(child.pid, 10_000); // SIGTERM first: a code-shim in the group ends its own groups
    }, timeoutMs);
    child.on('close', async (code) => {
      clearTimeout(timer);
      await endGroup(child.pid, 10_000);
      if (timedOut) output += `\n${command} ${args.join(' ')}: ended after ${timeoutMs / 1000} s\n`;
      resolve({ code: timedOut ? 124 : code ?? 1, output });
    });
  });
}

/**
 * The first clause of our own documentation of a keyword, as the built catalogue (out/, from `tsc -b`)
 * holds it, without markdown backticks: what a hover must show. `family` is the haproxy catalogue's
 * (`proxy`, `global`...); keepalived has one.
 */
export async function docFirstClause(language, family, keyword) {
  const file = language === 'haproxy'
    ? 'out/server/src/haproxy/catalogue/docs/index.js'
    : 'out/server/src/keepalived/catalogue/docs/keywords.js';
  const module = await import(pathToFileURL(path.join(ROOT, file)).href);
  const docs = language === 'haproxy' ? module.haproxyDocs[family] : module.keepalivedDocs;
  const summary = docs?.[keyword]?.summary;
  if (!summary) throw new Error(`no ${language} doc for '${keyword}' in ${file}`);
  return summary.replace(/`/g, '').split(/[:;.]\s/)[0];
}
