import { commands, ConfigurationTarget, l10n, StatusBarAlignment, window, workspace, type ExtensionContext, type TextEditor } from 'vscode';
import type { ClusterData } from './clusterView.js';

export const CHOOSE_TARGETS_COMMAND = 'haproxyKeepalived.chooseTargets';
const LANGUAGES = new Set(['haproxy', 'keepalived']);

type Describe = (uri: string) => Promise<ClusterData | null | undefined>;

/**
 * On haproxy.cfg and keepalived.conf editors: the target versions the checks use and the cluster the
 * file belongs to; a click offers to change either version or to show the cluster.
 */
export function registerStatusBar(context: ExtensionContext, describe: Describe, versions: { haproxy: string[] }): void {
  const item = window.createStatusBarItem('haproxyKeepalived.targets', StatusBarAlignment.Right, 100);
  item.name = l10n.t('HAProxy & Keepalived targets');
  item.command = CHOOSE_TARGETS_COMMAND;
  let generation = 0;
  const update = async (editor: TextEditor | undefined): Promise<void> => {
    const current = ++generation;
    if (!editor || !LANGUAGES.has(editor.document.languageId)) {
      item.hide();
      return;
    }
    const config = workspace.getConfiguration('haproxyKeepalived', editor.document.uri);
    const haproxy = config.get<string>('haproxy.version') || '3.2';
    const keepalived = config.get<string>('keepalived.version') || l10n.t('newest');
    item.text = `$(server-environment) HAProxy ${haproxy} · keepalived ${keepalived}`;
    item.tooltip = l10n.t('Target versions of the checks. Click to change them.');
    item.show();
    const cluster = editor.document.uri.scheme === 'file' ? await describe(editor.document.uri.toString()).catch(() => undefined) : undefined;
    if (current !== generation) return; // another editor became active meanwhile
    if (cluster) {
      const declaredHaproxy = cluster.versions?.haproxyVersion ?? haproxy;
      const declaredKeepalived = cluster.versions?.keepalivedVersion ?? keepalived;
      item.text = `$(server-environment) HAProxy ${declaredHaproxy} · keepalived ${declaredKeepalived} · $(type-hierarchy) ${cluster.name}`;
      item.tooltip = cluster.versions?.haproxyVersion || cluster.versions?.keepalivedVersion
        ? l10n.t('This file belongs to the cluster {0} ({1} cross-file problems): it is checked for the versions its ha-cluster.json declares. Click to see the cluster.', cluster.name, cluster.problems)
        : l10n.t('Target versions of the checks; this file belongs to the cluster {0} ({1} cross-file problems). Click to change the versions or see the cluster.', cluster.name, cluster.problems);
    }
  };
  context.subscriptions.push(
    item,
    window.onDidChangeActiveTextEditor((editor) => void update(editor)),
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('haproxyKeepalived')) void update(window.activeTextEditor);
    }),
    workspace.onDidSaveTextDocument(() => void update(window.activeTextEditor)),
    commands.registerCommand(CHOOSE_TARGETS_COMMAND, async () => {
      const choice = await window.showQuickPick(
        [
          { label: l10n.t('Change the HAProxy target version'), id: 'haproxy' },
          { label: l10n.t('Change the keepalived target version'), id: 'keepalived' },
          { label: l10n.t('Show cluster topology'), id: 'topology' },
        ],
        { title: l10n.t('HAProxy & Keepalived') },
      );
      if (!choice) return;
      if (choice.id === 'topology') {
        await commands.executeCommand('haproxyKeepalived.showTopology');
        return;
      }
      const options = choice.id === 'haproxy' ? [...versions.haproxy].reverse() : ['', '2.3', '2.2', '2.2.7', '2.1', '2.0'];
      const picked = await window.showQuickPick(
        options.map((v) => ({ label: v || l10n.t('newest covered'), value: v })),
        { title: choice.label, placeHolder: l10n.t('Saved in the workspace settings') },
      );
      if (!picked) return;
      const target = workspace.workspaceFolders?.length ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
      await workspace.getConfiguration('haproxyKeepalived').update(`${choice.id}.version`, picked.value, target);
    }),
  );
  void update(window.activeTextEditor);
}
