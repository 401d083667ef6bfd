// What a person sees: the packaged extension installed into code-server (a real VS Code), driven
// through Debian's chromium with playwright-core. Each step saves a screenshot in test-results/e2e/;
// a failing step saves one named `...-FAILED.png` and says what it looked for.
//
// The workspace is a copy of examples/seed-cluster plus test/e2e/fixtures/workspace/ (broken/ files with
// known mistakes, empty scratch/ files to type into).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  RESULTS, ROOT, VSIX, docFirstClause, installVsix, until, launchChromium, makeWorkspace, sandboxEnv, scratchDir, startCodeServer,
  writeUserSettings,
} from './lib.mjs';

const WAIT = 30_000; // the longest any single thing on screen is waited for

const norm = (text) => text.replace(/\u00a0/g, ' ');

/** Drives one workbench page; every wait is bounded. */
class Workbench {
  constructor(page, workspace) {
    this.page = page;
    this.workspace = workspace;
    this.shotCount = 0;
  }

  async shot(name) {
    const file = path.join(RESULTS, `${String(++this.shotCount).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async escape(times = 2) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press('Escape');
  }

  /** Quick Open (Ctrl+P) with a workspace-relative path; waits for its tab and its text. */
  async openFile(relative) {
    const { page } = this;
    await this.escape();
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input.input');
    await input.waitFor({ state: 'visible', timeout: WAIT });
    await input.fill(relative);
    const base = path.basename(relative);
    const dir = path.dirname(relative) === '.' ? '' : path.dirname(relative);
    // Quick Open ranks the exact path first: wait for that first row to be the file, then Enter.
    const first = page.locator('.quick-input-list .monaco-list-row[data-index="0"]');
    await until(async () => {
      const name = await first.locator('.label-name').textContent({ timeout: 1_000 }).catch(() => null);
      const folder = await first.locator('.label-description').textContent({ timeout: 200 }).catch(() => '');
      return name === base && (folder ?? '') === dir;
    }, WAIT, `Quick Open does not offer ${relative} first`);
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: base }).waitFor({ timeout: WAIT });
    // The breadcrumbs above the text say which file it is: "broken > haproxy.cfg".
    const crumbs = [...(dir ? dir.split('/') : []), base].join('\n');
    await until(async () => (await page.locator('.breadcrumbs-control').allInnerTexts().catch(() => []))
      .some((text) => `${text.trim()}\n`.startsWith(`${crumbs}\n`)), WAIT, `the editor did not open ${relative}`);
    await page.locator('.editor-instance .monaco-editor .view-line').first().waitFor({ timeout: WAIT });
    await this.focusEditor();
  }

  async focusEditor() {
    await this.page.locator('.editor-instance .monaco-editor textarea.inputarea').first().focus();
  }

  /** The visible lines of the active editor, with their numbers, in order. */
  async lines() {
    return this.page.evaluate(() => {
      const editor = document.querySelector('.editor-instance .monaco-editor');
      if (!editor) return [];
      const numbers = new Map();
      for (const el of editor.querySelectorAll('.margin-view-overlays > div')) {
        const n = Number(el.textContent.trim());
        if (n) numbers.set(el.style.top, n);
      }
      return [...editor.querySelectorAll('.view-lines .view-line')]
        .map((el) => ({ n: numbers.get(el.style.top), text: el.textContent.replace(/\u00a0/g, ' ') }))
        .filter((line) => line.n)
        .sort((a, b) => a.n - b.n);
    });
  }

  /** The 1-based number of the first line of a workspace file (as on disk) that `test` accepts. */
  lineOf(relative, test) {
    const lines = fs.readFileSync(path.join(this.workspace, relative), 'utf8').split('\n');
    const index = lines.findIndex((line) => test(line.trim()));
    if (index < 0) throw new Error(`${relative} has no line the test looks for`);
    return index + 1;
  }

  async lineText(n) {
    return (await this.lines()).find((line) => line.n === n)?.text;
  }

  /** Waits until line `n` of the active editor satisfies `test`; the message shows what it was. */
  async waitForLine(n, test, what) {
    const deadline = Date.now() + WAIT;
    let text;
    while (Date.now() < deadline) {
      text = await this.lineText(n);
      if (text !== undefined && test(text)) return text;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`${what}: line ${n} is ${JSON.stringify(text)}`);
  }

  /** Ctrl+G to a line, cursor at its end. */
  async gotoLine(n) {
    const { page } = this;
    await this.escape();
    await this.focusEditor();
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget .quick-input-box input.input');
    await input.waitFor({ state: 'visible', timeout: WAIT });
    await input.fill(`:${n}`);
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: WAIT });
    await page.keyboard.press('End');
  }

  /** The on-screen element of a word on a line of the active editor. */
  async word(lineNumber, word) {
    const { page } = this;
    const lines = await this.lines();
    const index = lines.findIndex((line) => line.n === lineNumber);
    if (index < 0) throw new Error(`line ${lineNumber} is not on screen`);
    const top = await page.evaluate((n) => {
      const editor = document.querySelector('.editor-instance .monaco-editor');
      for (const el of editor.querySelectorAll('.margin-view-overlays > div')) {
        if (Number(el.textContent.trim()) === n) return el.style.top;
      }
      return null;
    }, lineNumber);
    const line = page.locator(`.editor-instance .monaco-editor .view-line[style*="top:${top.replace('px', '')}px"]`);
    const span = line.locator('span > span', { hasText: word }).first();
    await span.waitFor({ timeout: WAIT });
    return { line, span };
  }

  /**
   * Points the mouse at a word and returns the hover's text once it contains `expected`. A hover that
   * does not come (the pointer landed while the editor was still scrolling) is asked for again by
   * moving away and back, within the same bounded wait.
   */
  async hover(lineNumber, word, expected) {
    const { page } = this;
    const deadline = Date.now() + WAIT;
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expected }).first();
    while (Date.now() < deadline) {
      await page.mouse.move(5, 5);
      await this.escape();
      const { span } = await this.word(lineNumber, word);
      const box = await span.boundingBox();
      await page.mouse.move(box.x + 2, box.y + box.height / 2);
      await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2, { steps: 4 });
      try {
        await hover.waitFor({ state: 'visible', timeout: 5_000 });
        return norm(await hover.innerText()).replace(/\s+/g, ' ');
      } catch {
        // asked again below
      }
    }
    const shown = await page.locator('.monaco-hover:not(.hidden)').allInnerTexts().catch(() => []);
    throw new Error(`hover on '${word}' (line ${lineNumber}) did not show "${expected}"; hovers shown: ${JSON.stringify(shown)}`);
  }

  /**
   * Opens the Problems panel and reads it: one entry per diagnostic row, under the file row it is listed
   * in, parsed from the rows' accessible labels (what a screen reader says, e.g. "Error: <message> at
   * line 7 and character 5. generated by haproxy" under "3 problems in file haproxy.cfg of folder broken").
   */
  async problems() {
    const { page } = this;
    const panel = page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible', timeout: WAIT });
    }
    const labels = await page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
      rows.map((row) => (row.getAttribute('aria-label') || row.textContent || '').replace(/\u00a0/g, ' ')));
    const entries = [];
    let file = '?';
    for (const label of labels) {
      const group = /^\d+ problems? in file (.+) of folder (.+)$/.exec(label);
      if (group) {
        file = `${group[2]}/${group[1]}`;
        continue;
      }
      const marker = /^(\w+): ([\s\S]*?) at line (\d+) and character (\d+)\.(?: This problem has references to \d+ locations\.)? generated by (.+)$/.exec(label);
      const related = /^([\s\S]*?) at line (\d+) and character (\d+) in (.+)$/.exec(label);
      if (marker) {
        entries.push({ file, severity: marker[1], message: marker[2], line: Number(marker[3]), column: Number(marker[4]), source: marker[5], related: [] });
      } else if (related && entries.length) {
        entries.at(-1).related.push({ message: related[1], line: Number(related[2]), column: Number(related[3]), file: related[4] });
      } else {
        entries.push({ file, message: label, related: [] });
      }
    }
    return entries;
  }

  /** Waits until the Problems panel satisfies `test(entries)`; the message lists what it showed. */
  async waitForProblems(test, what) {
    const deadline = Date.now() + WAIT;
    let entries = [];
    while (Date.now() < deadline) {
      entries = await this.problems();
      if (test(entries)) return entries;
      await this.page.waitForTimeout(200);
    }
    const shown = entries.map((e) => `${e.file}:${e.line ?? '?'}:${e.column ?? '?'} ${e.severity ?? ''} ${e.message}`);
    throw new Error(`${what}; the Problems panel showed:\n  ${shown.join('\n  ') || '(nothing)'}`);
  }

  /** Ctrl+Space at the cursor; returns the labels of the suggest widget once `expected` are all there. */
  async suggest(expected) {
    const { page } = this;
    await page.keyboard.press('Control+Space');
    const widget = page.locator('.editor-widget.suggest-widget');
    const deadline = Date.now() + WAIT;
    let labels = [];
    while (Date.now() < deadline) {
      labels = await widget.locator('.monaco-list-row .label-name').allInnerTexts().catch(() => []);
      labels = labels.map(norm);
      if (expected.every((label) => labels.includes(label))) return labels;
      await page.waitForTimeout(150);
    }
    throw new Error(`completion did not offer ${JSON.stringify(expected)}; it offered ${JSON.stringify(labels)}`);
  }

  /** How many error/warning squiggles the active editor draws on line `n` (which must be on screen). */
  async squigglesOn(n) {
    return this.page.evaluate((lineNumber) => {
      const editor = document.querySelector('.editor-instance .monaco-editor');
      const top = [...editor.querySelectorAll('.margin-view-overlays > div')]
        .find((el) => Number(el.textContent.trim()) === lineNumber)?.style.top;
      if (!top) return 0;
      return [...editor.querySelectorAll('.view-overlays > div')].filter((el) => el.style.top === top)
        .reduce((count, el) => count + el.querySelectorAll('.squiggly-error, .squiggly-warning').length, 0);
    }, n);
  }

  async squiggles() {
    return this.page.locator('.editor-instance .monaco-editor .squiggly-error, .editor-instance .monaco-editor .squiggly-warning').count();
  }
}

/**
 * The steps, in order. Each is `[name, async (wb) => description of what was seen]`; a step that
 * cannot run yet is `[name, { pending: 'why' }]` and is reported as skipped, never as passed.
 */
export const steps = [
  ['open-example-cluster', async (wb) => {
    const { page } = wb;
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const explorer = page.locator('.explorer-folders-view');
    for (const name of ['haproxy', 'keepalived', 'ha-cluster.json']) {
      await explorer.locator('.monaco-list-row', { hasText: name }).first().waitFor({ timeout: 60_000 })
        .catch(() => { throw new Error(`the Explorer does not show '${name}' of the example cluster`); });
    }
    return 'Explorer shows haproxy/, keepalived/, ha-cluster.json';
  }],

  ['syntax-highlighting', async (wb) => {
    await wb.openFile('haproxy/haproxy.cfg');
    const balance = wb.lineOf('haproxy/haproxy.cfg', (text) => text === 'balance roundrobin');
    const comment = balance + 1;
    await wb.gotoLine(balance);
    await wb.waitForLine(comment, (text) => text.trim().startsWith('# Stickiness'), 'the comment after balance is not shown');
    const colour = async (n, word) => (await wb.word(n, word)).span.evaluate((el) => getComputedStyle(el).color);
    const plain = await wb.page.locator('.editor-instance .monaco-editor .view-lines').first()
      .evaluate((el) => getComputedStyle(el).color);
    const keywordColour = await colour(balance, 'balance');
    const commentColour = await colour(comment, 'Stickiness');
    if (keywordColour === plain) throw new Error(`'balance' has the editor's plain text colour ${plain}: no highlighting`);
    if (commentColour === plain || commentColour === keywordColour) {
      throw new Error(`the comment is coloured ${commentColour}, like plain text (${plain}) or keywords (${keywordColour})`);
    }
    return `plain text ${plain}, keyword 'balance' ${keywordColour}, comment ${commentColour}`;
  }],

  ['problems-of-a-broken-file', async (wb) => {
    await wb.openFile('broken/haproxy.cfg');
    const expected = [
      [7, 5, "'contimeout' was removed in HAProxy 2.1; use 'timeout connect' instead"],
      [13, 5, "unknown keyword 'bogus_keyword' in 'frontend' section"],
      [14, 21, "no backend named 'missing_backend'"],
    ];
    const has = (entries, [line, column, message]) => entries.some((e) =>
      e.file === 'broken/haproxy.cfg' && e.line === line && e.column === column && e.message === message && e.severity === 'Error');
    const entries = await wb.waitForProblems((shown) => expected.every((diagnostic) => has(shown, diagnostic)),
      'the Problems panel lacks a diagnostic of broken/haproxy.cfg (expected lines 7, 13, 14)');
    const squiggles = await wb.squiggles();
    if (squiggles < 3) throw new Error(`only ${squiggles} squiggles in broken/haproxy.cfg, expected 3`);
    const mine = entries.filter((e) => e.file === 'broken/haproxy.cfg');
    if (mine.length !== expected.length) throw new Error(`broken/haproxy.cfg has ${mine.length} problems, expected ${expected.length}`);
    return mine.map((e) => `${e.line}:${e.column} ${e.message}`).join(' | ');
  }],

  ['cluster-diagnostic-in-the-other-file', async (wb) => {
    // The server checks the cluster's open members (as the user has them, saved or not): server2.conf
    // is opened first, then the edit is made in server1.conf.
    await wb.openFile('keepalived/server2.conf');
    await wb.openFile('keepalived/server1.conf');
    const vrid = (entries) => entries.find((e) => e.file === 'keepalived/server2.conf' && e.line === otherLine
      && e.message.startsWith('virtual_router_id 51 on server2, but server1 serves the same VIPs with 52'));
    const otherLine = wb.lineOf('keepalived/server2.conf', (text) => text === 'virtual_router_id 51');
    if (vrid(await wb.problems())) throw new Error('server2.conf already has the VRID mismatch before any edit');
    const line = wb.lineOf('keepalived/server1.conf', (text) => text === 'virtual_router_id 51');
    await wb.gotoLine(line);
    await wb.waitForLine(line, (text) => text.trim() === 'virtual_router_id 51', 'server1.conf: the VRID line is not shown');
    await wb.page.keyboard.press('Backspace');
    await wb.page.keyboard.type('2');
    await wb.waitForLine(line, (text) => text.trim() === 'virtual_router_id 52', 'the edit did not land');
    const entries = await wb.waitForProblems((shown) => vrid(shown),
      `no cluster diagnostic (ha-cluster/vrid-mismatch) on server2.conf line ${otherLine} after changing server1.conf`);
    const found = vrid(entries);
    await wb.openFile('keepalived/server2.conf');
    await wb.gotoLine(otherLine);
    const back = found.related.find((r) => r.file === 'server1.conf' && r.line === line);
    if (!back) throw new Error(`the diagnostic does not point back at server1.conf line ${line}: ${JSON.stringify(found.related)}`);
    await until(() => wb.squigglesOn(otherLine), WAIT, `server2.conf shows no squiggle on line ${otherLine}`);
    return `keepalived/server2.conf:${found.line}:${found.column} (${found.source}) ${found.message} -> ${back.file}:${back.line}: ${back.message}`;
  }],

  ['hover-on-balance', async (wb) => {
    await wb.openFile('haproxy/haproxy.cfg');
    const line = wb.lineOf('haproxy/haproxy.cfg', (text) => text === 'balance roundrobin');
    await wb.gotoLine(line);
    const expected = await docFirstClause('haproxy', 'proxy', 'balance');
    const text = await wb.hover(line, 'balance', expected);
    return text.slice(0, 160);
  }],

  ['hover-on-a-keepalived-keyword', async (wb) => {
    await wb.openFile('keepalived/server2.conf');
    const line = wb.lineOf('keepalived/server2.conf', (text) => text.startsWith('advert_int'));
    await wb.gotoLine(line);
    const expected = await docFirstClause('keepalived', null, 'advert_int');
    const text = await wb.hover(line, 'advert_int', expected);
    return text.slice(0, 160);
  }],

  ['quick-fix-contimeout', async (wb) => {
    const { page } = wb;
    await wb.openFile('broken/haproxy.cfg');
    await wb.gotoLine(7);
    await wb.waitForLine(7, (text) => text.trim() === 'contimeout 5000', 'broken/haproxy.cfg line 7 is not contimeout');
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+.');
    const action = page.locator('.action-widget .monaco-list-row', { hasText: 'timeout connect' }).first();
    try {
      await action.waitFor({ state: 'visible', timeout: WAIT });
    } catch {
      const offered = await page.locator('.action-widget .monaco-list-row').allInnerTexts().catch(() => []);
      throw new Error(`no quick fix mentioning 'timeout connect' on line 7; offered: ${JSON.stringify(offered)}`);
    }
    const title = norm(await action.innerText());
    await wb.shot('quick-fix-menu');
    // The menu is keyboard-driven (a pointer block covers it): move the focus to the fix, then Enter.
    for (let i = 0; i < 10 && !(await action.getAttribute('class')).includes('focused'); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const text = await wb.waitForLine(7, (t) => t === '    timeout connect 5000', 'the quick fix did not rewrite line 7');
    await wb.waitForProblems((entries) => !entries.some((e) => e.message.includes("'contimeout' was removed")),
      'the contimeout diagnostic is still listed after the fix');
    return `applied "${title.trim()}": line 7 now reads "${text}"`;
  }],

  ['completion-in-a-backend', async (wb) => {
    const { page } = wb;
    await wb.openFile('scratch/haproxy.cfg');
    // Escape before Enter: a suggestion open after 'app' would take the Enter instead of a new line.
    await page.keyboard.type('backend app', { delay: 10 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await wb.waitForLine(1, (text) => text === 'backend app', 'typing the backend line failed');
    await page.keyboard.type('bal', { delay: 10 });
    const keywords = await wb.suggest(['balance']);
    await wb.shot('completion-keyword');
    await page.locator('.editor-widget.suggest-widget .monaco-list-row', { hasText: 'balance' }).first().click();
    const typed = await wb.waitForLine(2, (text) => text.trim() === 'balance', 'accepting the completion did not insert balance');
    if (!typed.endsWith(' ')) await page.keyboard.type(' ');
    await page.keyboard.press('Escape');
    const values = await wb.suggest(['roundrobin', 'leastconn', 'source']);
    return `keywords: ${keywords.slice(0, 8).join(', ')}; after 'balance ': ${values.slice(0, 10).join(', ')}`;
  }],

  ['cluster-snippet-has-no-diagnostics', async (wb) => {
    const { page } = wb;
    await wb.openFile('scratch/keepalived.conf');
    // First make the file wrong and see it reported, so that "no diagnostics" below is the server's
    // answer to the snippet and not a server that has not looked yet.
    await page.keyboard.type('bogus_keyword on', { delay: 10 });
    await wb.waitForProblems((entries) => entries.some((e) => e.file === 'scratch/keepalived.conf' && e.line === 1
      && e.message.startsWith("unknown keyword 'bogus_keyword'")),
      'typing an unknown keyword in scratch/keepalived.conf produced no diagnostic');
    await wb.focusEditor();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('keepalived-haproxy', { delay: 10 });
    await wb.suggest(['keepalived-haproxy']);
    await wb.shot('snippet-suggested');
    await page.keyboard.press('Enter');
    await wb.waitForLine(1, (text) => text.trim() !== 'keepalived-haproxy' && text.trim() !== '', 'the snippet was not inserted');
    await wb.escape();
    const lines = await wb.lines();
    if (!lines.some((line) => line.text.includes('vrrp_instance'))) {
      throw new Error(`the inserted snippet has no vrrp_instance: ${JSON.stringify(lines.slice(0, 10))}`);
    }
    await wb.waitForProblems((entries) => !entries.some((e) => e.file === 'scratch/keepalived.conf'),
      'scratch/keepalived.conf still has diagnostics after the snippet');
    const squiggles = await wb.squiggles();
    if (squiggles) throw new Error(`${squiggles} squiggles in the inserted snippet`);
    return `${lines.length} lines inserted (${lines.find((l) => l.text.includes('vrrp_instance')).text.trim()} ...), no diagnostics`;
  }],

  // The deploy dry run from the command palette: the workspace's machines are reached at 127.0.0.1
  // port 1 (lib.mjs makeWorkspace), so the preview passes its local check, then finds every node
  // unreachable and stops there, as it must, before anything is touched; its output channel shows it.
  ['deploy-dry-run-from-command-palette', async (wb) => {
    const { page } = wb;
    await wb.escape();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input[role="combobox"]');
    await input.waitFor({ state: 'visible', timeout: WAIT });
    await page.keyboard.type('Preview deploy', { delay: 10 });
    const entry = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Preview deploy' }).first();
    try {
      await entry.waitFor({ state: 'visible', timeout: WAIT });
    } catch {
      const offered = await page.locator('.quick-input-widget .monaco-list-row').allInnerTexts().catch(() => []);
      throw new Error(`the command palette offers no "Preview deploy"; it offers: ${JSON.stringify(offered)}`);
    }
    await wb.shot('deploy-preview-in-palette');
    await page.keyboard.press('Enter');
    // The progress notification also starts with "Preview deploy:": wait for the one that ends the preview.
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /Preview deploy: .*nothing was changed/ }).first();
    try {
      await toast.waitFor({ state: 'visible', timeout: 60_000 });
    } catch {
      const shown = await page.locator('.notifications-toasts').allInnerTexts().catch(() => []);
      throw new Error(`no "Preview deploy: ... nothing was changed" notification within 60 s; notifications: ${JSON.stringify(shown)}`);
    }
    const message = norm(await toast.innerText()).replace(/\s+/g, ' ');
    const output = page.locator('.output-view .view-lines, .panel .output .view-lines').first();
    const deadline = Date.now() + WAIT;
    let channel = '';
    while (Date.now() < deadline) {
      channel = norm(await output.innerText().catch(() => ''));
      if (channel.includes('[1/7]') && channel.includes('[2/7]')) break;
      await page.waitForTimeout(200);
    }
    if (!channel.includes('[1/7] Local check') || !channel.includes('[2/7]')) {
      throw new Error(`the "HAProxy & Keepalived Deploy" output does not show steps 1 and 2; it shows: ${channel.slice(0, 600)}`);
    }
    if (channel.includes('[3/7]')) throw new Error(`the preview went past an unreachable node: ${channel.slice(0, 600)}`);
    if (!/server1/.test(channel) || !/server2/.test(channel)) throw new Error(`the output does not name both load balancers: ${channel.slice(0, 600)}`);
    return `output: ${channel.split('\n').filter((l) => /\[\d\/7\]/.test(l)).join(' | ').slice(0, 200)}; notification: ${message.slice(0, 160)}`;
  }],
];

/** Runs the steps against a fresh code-server with the packaged extension installed. */
export async function runUi({ vsix = VSIX, only } = {}) {
  fs.mkdirSync(RESULTS, { recursive: true });
  for (const file of fs.readdirSync(RESULTS)) if (file.endsWith('.png')) fs.rmSync(path.join(RESULTS, file));
  const sandbox = scratchDir('ui');
  const env = sandboxEnv(path.join(sandbox.dir, 'env'));
  const userDataDir = path.join(sandbox.dir, 'user-data');
  const extensionsDir = path.join(sandbox.dir, 'extensions');
  const workspace = makeWorkspace(sandbox.dir);
  const logFile = path.join(RESULTS, 'code-server.log');
  fs.writeFileSync(logFile, '');
  const results = [];
  let server;
  let chromium;
  try {
    writeUserSettings(userDataDir);
    console.log(installVsix({ vsix, userDataDir, extensionsDir, env }));
    server = await startCodeServer({ userDataDir, extensionsDir, env, logFile });
    chromium = await launchChromium(env, sandbox.dir, path.join(RESULTS, 'chromium.log'));
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    page.setDefaultTimeout(WAIT);
    const wb = new Workbench(page, workspace);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { timeout: 60_000 });
    for (const [name, run] of steps) {
      if (only && !only.includes(name)) continue;
      if (typeof run !== 'function') {
        console.log(`  - ${name}: SKIPPED (pending: ${run.pending})`);
        results.push({ name, status: 'skipped', detail: run.pending });
        continue;
      }
      const started = Date.now();
      try {
        const detail = await run(wb);
        const shot = await wb.shot(name);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(`  ✔ ${name} (${seconds} s): ${detail}\n      ${path.relative(ROOT, shot)}`);
        results.push({ name, status: 'passed', detail });
      } catch (error) {
        const shot = await wb.shot(`${name}-FAILED`).catch(() => '(no screenshot)');
        console.log(`  ✘ ${name}: ${error.message}\n      ${path.relative(ROOT, shot)}`);
        results.push({ name, status: 'failed', detail: error.message });
      }
    }
  } catch (error) {
    results.push({ name: 'ui-setup', status: 'failed', detail: error.message });
    console.log(`  ✘ ui-setup: ${error.message}`);
  } finally {
    await chromium?.close();
    await server?.stop();
    sandbox.remove();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.slice(2);
  const results = await runUi({ only: only.length ? only : undefined });
  process.exit(results.some((r) => r.status === 'failed') ? 1 : 0);
}
