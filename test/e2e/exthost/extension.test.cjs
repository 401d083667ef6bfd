// @ts-check
// Mocha tests run inside VS Code's extension host (code-server 1.96.4), with the extension loaded from
// the project (extensionDevelopmentPath) and the e2e workspace open (a copy of examples/seed-cluster
// plus test/e2e/fixtures/workspace). They assert what the editor's APIs hand to VS Code's UI.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const vscode = require('vscode');

const ROOT = path.resolve(__dirname, '../../..');
const WAIT_MS = 20_000;
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${packageJson.publisher}.${packageJson.name}`;

function workspaceUri(relative) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Resolves with the diagnostics of `uri` once `accept` takes them; rejects after WAIT_MS. */
function diagnosticsOf(uri, accept) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      const shown = vscode.languages.getDiagnostics(uri).map(show);
      reject(new Error(`diagnostics of ${uri.path} not as expected within ${WAIT_MS} ms; they are: ${JSON.stringify(shown)}`));
    }, WAIT_MS);
    check();
  });
}

const codeOf = (d) => (typeof d.code === 'object' ? d.code.value : d.code);
/** A diagnostic as one line: 1-based start-end, code, message. */
const show = (d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${codeOf(d)} ${d.message}`;

/** Our hover documentation's first clause for a keyword (test/e2e/lib.mjs reads the built catalogue). */
async function docFirstClause(language, family, keyword) {
  const lib = await import(pathToFileURL(path.join(ROOT, 'test/e2e/lib.mjs')).href);
  return lib.docFirstClause(language, family, keyword);
}

/** The markdown of every hover at a position, joined. */
async function hoverText(uri, position) {
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** The position of the first occurrence of `text` in a document. */
function positionOf(document, text, offsetInText = 0) {
  const index = document.getText().indexOf(text);
  assert.ok(index >= 0, `${document.uri.path} has no '${text}'`);
  return document.positionAt(index + offsetInText);
}

describe('the extension in the extension host', function () {
  before(async function () {
    this.timeout(60_000);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    // Opening a haproxy file activates it (activation on the languages it contributes).
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('broken/haproxy.cfg')));
    await extension.activate();
    assert.ok(extension.isActive);
  });

  it('registers every command the package contributes', async function () {
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = packageJson.contributes.commands.map((c) => c.command);
    assert.ok(contributed.length > 0);
    const missing = contributed.filter((command) => !registered.has(command));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('reports the broken haproxy.cfg with the right ranges, codes and messages', async function () {
    const uri = workspaceUri('broken/haproxy.cfg');
    const diagnostics = await diagnosticsOf(uri, (d) => d.length >= 3);
    assert.deepEqual(diagnostics.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1,
      endColumn: d.range.end.character + 1, severity: d.severity, source: d.source, code: codeOf(d), message: d.message })), [
      { line: 7, column: 5, endColumn: 15, severity: vscode.DiagnosticSeverity.Error, source: 'haproxy', code: 'haproxy/removed-keyword',
        message: "'contimeout' was removed in HAProxy 2.1; use 'timeout connect' instead" },
      { line: 13, column: 5, endColumn: 18, severity: vscode.DiagnosticSeverity.Error, source: 'haproxy', code: 'haproxy/unknown-keyword',
        message: "unknown keyword 'bogus_keyword' in 'frontend' section" },
      { line: 14, column: 21, endColumn: 36, severity: vscode.DiagnosticSeverity.Error, source: 'haproxy', code: 'haproxy/undefined-backend',
        message: "no backend named 'missing_backend'" },
    ]);
  });

  it('reports the broken keepalived.conf', async function () {
    const uri = workspaceUri('broken/keepalived.conf');
    await vscode.workspace.openTextDocument(uri);
    const diagnostics = await diagnosticsOf(uri, (d) => d.length >= 2);
    assert.deepEqual(diagnostics.map(show), [
      "5:23-5:26 keepalived/invalid-value virtual_router_id: '300' is out of range: it must be from 1 to 255",
      "7:5-7:18 keepalived/unknown-keyword unknown keyword 'bogus_keyword' in vrrp_instance",
    ]);
  });

  it('offers the quick fix contimeout -> timeout connect', async function () {
    const uri = workspaceUri('broken/haproxy.cfg');
    const [removed] = await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'haproxy/removed-keyword'));
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, removed.range,
      vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.includes('timeout connect'));
    assert.ok(fix, `no fix offered; titles: ${JSON.stringify(actions.map((a) => a.title))}`);
    const edits = fix.edit.get(uri);
    assert.equal(edits.length, 1);
    const [edit] = edits;
    assert.equal(edit.range.start.line, 6);
    assert.equal(edit.range.end.line, 6);
    const line = (await vscode.workspace.openTextDocument(uri)).lineAt(6).text;
    const fixed = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    assert.equal(fixed, '    timeout connect 5000');
  });

  it('shows a cluster diagnostic in server2.conf, pointing at server1.conf, when server1 changes its VRID', async function () {
    const server1 = await vscode.workspace.openTextDocument(workspaceUri('keepalived/server1.conf'));
    const server2 = await vscode.workspace.openTextDocument(workspaceUri('keepalived/server2.conf'));
    await diagnosticsOf(server2.uri, (d) => d.length === 0);
    const start = positionOf(server1, 'virtual_router_id 51', 'virtual_router_id '.length);
    const range = new vscode.Range(start, start.translate(0, 2));
    const change = new vscode.WorkspaceEdit();
    change.replace(server1.uri, range, '52');
    assert.ok(await vscode.workspace.applyEdit(change));
    try {
      const diagnostics = await diagnosticsOf(server2.uri, (d) => d.some((x) => codeOf(x) === 'ha-cluster/vrid-mismatch'));
      const mismatch = diagnostics.find((x) => codeOf(x) === 'ha-cluster/vrid-mismatch');
      assert.equal(mismatch.source, 'ha-cluster');
      assert.equal(mismatch.range.start.line, start.line);
      assert.match(mismatch.message, /^virtual_router_id 51 on server2, but server1 serves the same VIPs with 52/);
      const related = mismatch.relatedInformation?.[0];
      assert.equal(related?.location.uri.toString(), server1.uri.toString());
      assert.equal(related?.location.range.start.line, start.line);
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(server1.uri, range, '51');
      await vscode.workspace.applyEdit(undo);
    }
    await diagnosticsOf(server2.uri, (d) => d.length === 0);
  });

  it('hovers balance with our documentation', async function () {
    const document = await vscode.workspace.openTextDocument(workspaceUri('haproxy/haproxy.cfg'));
    const text = await hoverText(document.uri, positionOf(document, 'balance roundrobin', 2));
    const expected = await docFirstClause('haproxy', 'proxy', 'balance');
    assert.ok(text.replace(/`/g, '').includes(expected), `hover lacks "${expected}":\n${text}`);
  });

  it('hovers a keepalived keyword with our documentation', async function () {
    const document = await vscode.workspace.openTextDocument(workspaceUri('keepalived/server1.conf'));
    const text = await hoverText(document.uri, positionOf(document, 'virtual_router_id', 3));
    const expected = await docFirstClause('keepalived', null, 'virtual_router_id');
    assert.ok(text.replace(/`/g, '').includes(expected), `hover lacks "${expected}":\n${text}`);
  });

  it('completes balance in a backend, and its algorithms after it', async function () {
    const document = await vscode.workspace.openTextDocument({ language: 'haproxy', content: 'backend app\n    bal\n    balance \n' });
    const labels = async (position) => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, position);
      return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    };
    const keywords = await labels(new vscode.Position(1, 7));
    assert.ok(keywords.includes('balance'), `no 'balance' in ${JSON.stringify(keywords.slice(0, 30))}`);
    const algorithms = await labels(new vscode.Position(2, 12));
    for (const algorithm of ['roundrobin', 'leastconn', 'source', 'static-rr', 'first']) {
      assert.ok(algorithms.includes(algorithm), `no '${algorithm}' in ${JSON.stringify(algorithms)}`);
    }
    assert.ok(!algorithms.includes('balance'), 'keywords offered where an algorithm goes');
  });

  it('runs "Modernize configuration" on the active haproxy document', async function () {
    const document = await vscode.workspace.openTextDocument({ language: 'haproxy',
      content: 'defaults\n    mode http\n    contimeout 5000\n    clitimeout 50000\n' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('haproxyKeepalived.modernize');
    const deadline = Date.now() + WAIT_MS;
    while (document.getText().includes('contimeout') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.equal(document.getText(), 'defaults\n    mode http\n    timeout connect 5000\n    timeout client 50000\n');
  });
});
