// @ts-check
// Extension-host tests with VS Code in Spanish (code-server --locale es): the manifest's titles come
// from package.nls.es.json, the client's messages from l10n/bundle.l10n.es.json, and the language
// server, told the display language by the client, writes its diagnostics in Spanish.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const ROOT = path.resolve(__dirname, '../../..');
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${packageJson.publisher}.${packageJson.name}`;
const WAIT_MS = 20_000;

describe('VS Code in Spanish', function () {
  let extension;
  before(async function () {
    this.timeout(60_000);
    extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
  });

  it('runs with Spanish as its display language', function () {
    assert.match(vscode.env.language, /^es/);
  });

  it('shows the commands, the view and the walkthrough with the titles of package.nls.es.json', function () {
    // VS Code hands localized command titles as { value, original }.
    const shown = (text) => (typeof text === 'string' ? text : text.value);
    const titles = Object.fromEntries(extension.packageJSON.contributes.commands.map((c) => [c.command, shown(c.title)]));
    assert.equal(titles['haproxyKeepalived.newCluster'], 'Nuevo clúster de alta disponibilidad…');
    assert.equal(titles['haproxyKeepalived.previewDeploy'], 'Previsualizar el despliegue');
    assert.equal(shown(extension.packageJSON.contributes.views.explorer[0].name), 'Clúster HA');
    assert.equal(shown(extension.packageJSON.contributes.walkthroughs[0].title), 'Primeros pasos con un clúster de alta disponibilidad');
  });

  it('gives the client the Spanish bundle of l10n/ for its messages', function () {
    // This file lives in the extension's folder: `vscode.l10n` is the extension's own.
    assert.equal(vscode.l10n.t('Cluster {0}', 'tienda'), 'Clúster tienda');
    assert.equal(vscode.l10n.t('Which cluster?'), '¿Qué clúster?');
  });

  it('receives the server\'s diagnostics in Spanish, on the same ranges and codes', async function () {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'broken', 'haproxy.cfg');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const deadline = Date.now() + WAIT_MS;
    let diagnostics = [];
    while (Date.now() < deadline && diagnostics.length < 3) {
      diagnostics = vscode.languages.getDiagnostics(uri);
      await new Promise((r) => setTimeout(r, 100));
    }
    const removed = diagnostics.find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'haproxy/removed-keyword');
    assert.ok(removed, `no haproxy/removed-keyword among ${JSON.stringify(diagnostics.map((d) => d.message))}`);
    assert.equal(removed.range.start.line, 6);
    assert.doesNotMatch(removed.message, /was removed/);
    assert.match(removed.message, /contimeout/);
    assert.match(removed.message, /timeout connect/);
    assert.match(removed.message, /se eliminó|eliminad/);
  });
});
