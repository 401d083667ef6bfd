// @ts-check
// Extension-host tests of what the editor adds around the language server: the walkthrough, the HA
// Cluster view, the check task, "New HA cluster" and "Show cluster topology", through VS Code's own APIs.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const ROOT = path.resolve(__dirname, '../../..');
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${packageJson.publisher}.${packageJson.name}`;
const WAIT_MS = 20_000;

function workspaceFolder() {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder;
}

async function until(what, probe) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${WAIT_MS} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the editor around the server: walkthrough, view, task, new cluster, topology', function () {
  before(async function () {
    this.timeout(60_000);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
  });

  it('contributes the walkthrough, whose steps run commands that exist, and opens it', async function () {
    const [walkthrough] = packageJson.contributes.walkthroughs;
    assert.equal(walkthrough.id, 'haproxyKeepalived.gettingStarted');
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const step of walkthrough.steps) {
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)\)/g)) {
        assert.ok(registered.has(command), `step ${step.id} links to the unknown command ${command}`);
      }
      assert.ok(fs.existsSync(path.join(ROOT, step.media.markdown)), `step ${step.id}: no ${step.media.markdown}`);
    }
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthrough.id}`, false);
  });

  it('registers the HA Cluster view (its focus command opens it)', async function () {
    await vscode.commands.executeCommand('haproxyKeepalived.clusterView.focus');
    await vscode.commands.executeCommand('haproxyKeepalived.refreshClusterView');
  });

  it('offers a check task per workspace folder, with the $haproxy-keepalived problem matcher', async function () {
    const tasks = await vscode.tasks.fetchTasks({ type: 'haproxy-keepalived' });
    assert.equal(tasks.length, vscode.workspace.workspaceFolders?.length);
    const [task] = tasks;
    assert.equal(task.name, 'check .');
    assert.deepEqual(task.problemMatchers, ['$haproxy-keepalived']);
    assert.equal(task.scope?.uri?.toString(), workspaceFolder().uri.toString());
  });

  it('"New HA cluster" with its answers writes a cluster whose files the server finds clean', async function () {
    this.timeout(60_000);
    const parent = vscode.Uri.joinPath(workspaceFolder().uri, 'generated');
    const folder = await vscode.commands.executeCommand('haproxyKeepalived.newCluster',
      { name: 'shop', vip: '192.168.7.10/24', loadBalancers: 'lb1=192.168.7.1, lb2=192.168.7.2', webServers: 'app1=192.168.8.1:8080', interface: 'eth0' },
      parent);
    assert.ok(folder, 'the command returned no folder');
    const written = (relative) => fs.readFileSync(path.join(folder.fsPath, relative), 'utf8');
    assert.equal(JSON.parse(written('ha-cluster.json')).loadBalancers.length, 2);
    assert.match(written('keepalived/lb2.conf'), /state BACKUP\n {4}interface eth0\n {4}virtual_router_id 51\n {4}priority 100\n/);
    // The command opens the new haproxy.cfg; the server checks it (and its cluster) and finds nothing.
    const haproxy = vscode.Uri.joinPath(folder, 'haproxy', 'haproxy.cfg');
    await until('the new haproxy.cfg open in an editor', () => vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === haproxy.toString()));
    const lb1 = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'keepalived', 'lb1.conf'));
    // "No diagnostics" must be the server's answer, not silence: break the file, see it reported, then
    // put it back and see every diagnostic of the cluster's files go.
    const broken = new vscode.WorkspaceEdit();
    broken.insert(lb1.uri, new vscode.Position(0, 0), 'bogus_keyword on\n');
    assert.ok(await vscode.workspace.applyEdit(broken));
    await until('the error on the broken line', () => vscode.languages.getDiagnostics(lb1.uri).some((d) => d.message.includes('bogus_keyword')));
    const repaired = new vscode.WorkspaceEdit();
    repaired.delete(lb1.uri, new vscode.Range(0, 0, 1, 0));
    assert.ok(await vscode.workspace.applyEdit(repaired));
    await until('no diagnostics left on lb1.conf', () => vscode.languages.getDiagnostics(lb1.uri).length === 0);
    assert.deepEqual(vscode.languages.getDiagnostics(haproxy).map((d) => d.message), []);
    // A second run into the same folder is refused: the files stay as written.
    const before = written('haproxy/haproxy.cfg');
    const again = await vscode.commands.executeCommand('haproxyKeepalived.newCluster', { name: 'shop', vip: '10.9.9.9/24', loadBalancers: 'a=10.9.9.1,b=10.9.9.2' }, parent);
    assert.equal(again, undefined);
    assert.equal(written('haproxy/haproxy.cfg'), before);
  });

  it('"Show cluster topology" draws the cluster of the workspace folder', async function () {
    const shown = await vscode.commands.executeCommand('haproxyKeepalived.showTopology', workspaceFolder().uri);
    assert.equal(shown, true);
    // A folder of no cluster: the command says so and shows nothing.
    const lonely = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'hak-no-cluster-'));
    try {
      const outside = await vscode.commands.executeCommand('haproxyKeepalived.showTopology', vscode.Uri.file(lonely));
      assert.equal(outside, false);
    } finally {
      fs.rmSync(lonely, { recursive: true, force: true });
    }
  });
});
