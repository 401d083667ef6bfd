// The language server in a second real editor: Debian's Neovim, headless, configured with the lua block
// of the README (so that block is proved to work), attached to the built server over stdio.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RESULTS, ROOT, docFirstClause, makeWorkspace, sandboxEnv, scratchDir, startGroup, within } from './lib.mjs';

const NVIM = process.env.E2E_NVIM || '/usr/bin/nvim';
const SERVER = path.join(ROOT, 'dist/server.cjs');

/** The README's Neovim configuration: the lua block after the `neovim-config` marker. */
export function readmeNeovimConfig() {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- neovim-config:[^>]*-->\s*```lua\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no ```lua block after a <!-- neovim-config --> marker');
  return block[1];
}

/** 0-based position of `text` (plus `offset`) in a file. */
function positionIn(file, text, offset = 0) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  if (line < 0) throw new Error(`${file} has no '${text}'`);
  return { line, character: lines[line].indexOf(text) + offset };
}

/** What each file must show in Neovim: its diagnostics (line:column code message) and hover text. */
async function expectations(workspace) {
  return [
    {
      name: 'neovim-haproxy.cfg',
      file: path.join(workspace, 'broken/haproxy.cfg'),
      hoverOn: ['balance roundrobin', 2],
      diagnostics: [
        "7:5 haproxy/removed-keyword 'contimeout' was removed in HAProxy 2.1; use 'timeout connect' instead",
        "13:5 haproxy/unknown-keyword unknown keyword 'bogus_keyword' in 'frontend' section",
        "14:21 haproxy/undefined-backend no backend named 'missing_backend'",
      ],
      hover: await docFirstClause('haproxy', 'proxy', 'balance'),
    },
    {
      name: 'neovim-keepalived.conf',
      file: path.join(workspace, 'broken/keepalived.conf'),
      hoverOn: ['virtual_router_id', 3],
      diagnostics: [
        "5:23 keepalived/invalid-value virtual_router_id: '300' is out of range: it must be from 1 to 255",
        "7:5 keepalived/unknown-keyword unknown keyword 'bogus_keyword' in vrrp_instance",
      ],
      hover: await docFirstClause('keepalived', null, 'virtual_router_id'),
    },
    {
      // server1.conf was given VRID 52 on disk: the cluster check (root found through ha-cluster.json
      // by the README's configuration) reports it in server2.conf.
      name: 'neovim-cluster-check',
      file: path.join(workspace, 'keepalived/server2.conf'),
      hoverOn: ['advert_int', 2],
      diagnostics: [
        "38:23 ha-cluster/vrid-mismatch virtual_router_id 51 on server2, but server1 serves the same VIPs with 52: the nodes never see each other's adverts and both hold the VIP.",
      ],
      hover: await docFirstClause('keepalived', null, 'advert_int'),
    },
  ];
}

export async function runNeovim() {
  const results = [];
  const sandbox = scratchDir('nvim');
  try {
    if (!fs.existsSync(NVIM)) throw new Error(`missing ${NVIM}: install Debian's neovim (test/e2e/setup.sh does it)`);
    if (!fs.existsSync(SERVER)) throw new Error('missing dist/server.cjs: run `npm run build` or `npm run package`');
    const env = sandboxEnv(path.join(sandbox.dir, 'env'));
    // The README's `cmd` names the installed server; put one on PATH that runs this build.
    const bin = path.join(sandbox.dir, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'haproxy-keepalived-language-server'),
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(SERVER)} "$@"\n`, { mode: 0o755 });
    env.PATH = `${bin}:${env.PATH}`;
    const workspace = makeWorkspace(sandbox.dir);
    const server1 = path.join(workspace, 'keepalived/server1.conf');
    fs.writeFileSync(server1, fs.readFileSync(server1, 'utf8').replace('virtual_router_id 51', 'virtual_router_id 52'));
    const config = path.join(sandbox.dir, 'init.lua');
    fs.writeFileSync(config, readmeNeovimConfig());
    const expected = await expectations(workspace);
    const resultFile = path.join(sandbox.dir, 'result.json');
    env.NVIM_RESULT = resultFile;
    env.NVIM_TARGETS = JSON.stringify(expected.map((e) => ({ file: e.file, hover: positionIn(e.file, ...e.hoverOn) })));
    const logFile = path.join(RESULTS, 'neovim.log');
    fs.writeFileSync(logFile, '');
    // The README's block is the init file (it must run before filetype detection is set up); HOME and
    // the XDG folders are in the sandbox, so no user configuration or plugin is read; no shada file.
    const nvim = startGroup(NVIM, ['--headless', '-u', config, '-i', 'NONE', '-c', `luafile ${path.join(ROOT, 'test/e2e/nvim/check.lua')}`],
      { env, logFile, cwd: workspace });
    try {
      await within(nvim.exited, 90_000, 'Neovim did not finish');
    } finally {
      await nvim.stop();
    }
    if (!fs.existsSync(resultFile)) throw new Error(`Neovim wrote no result; its output:\n${fs.readFileSync(logFile, 'utf8')}`);
    const report = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    fs.writeFileSync(path.join(RESULTS, 'neovim-result.json'), JSON.stringify(report, null, 2));
    if (report.error) throw new Error(report.error);
    const version = `${report.version.major}.${report.version.minor}.${report.version.patch}`;
    for (const want of expected) {
      const got = report.files.find((f) => f.file === want.file);
      try {
        if (!got) throw new Error('Neovim did not open it');
        if (got.client !== 'haproxy-keepalived') throw new Error(`no haproxy-keepalived client attached (${got.error ?? got.filetype})`);
        const diagnostics = got.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).sort();
        const missing = want.diagnostics.filter((d) => !diagnostics.includes(d));
        if (missing.length || diagnostics.length !== want.diagnostics.length) {
          throw new Error(`diagnostics differ:\n    expected ${JSON.stringify(want.diagnostics)}\n    got      ${JSON.stringify(diagnostics)}`);
        }
        if (!got.hover?.replace(/`/g, '').includes(want.hover)) {
          throw new Error(`hover lacks "${want.hover}": ${JSON.stringify(got.hover)}`);
        }
        const detail = `Neovim ${version}, ${got.filetype}: ${diagnostics.length} diagnostics in ${got.diagnostics_ms} ms, hover "${want.hover}"`;
        console.log(`  ✔ ${want.name}: ${detail}`);
        results.push({ name: want.name, status: 'passed', detail });
      } catch (error) {
        console.log(`  ✘ ${want.name} (${path.relative(workspace, want.file)}): ${error.message}`);
        results.push({ name: want.name, status: 'failed', detail: error.message });
      }
    }
  } catch (error) {
    console.log(`  ✘ neovim: ${error.message}`);
    results.push({ name: 'neovim', status: 'failed', detail: error.message });
  } finally {
    sandbox.remove();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  fs.mkdirSync(RESULTS, { recursive: true });
  const results = await runNeovim();
  process.exit(results.some((r) => r.status === 'failed') ? 1 : 0);
}
