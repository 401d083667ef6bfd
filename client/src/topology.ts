import type { ClusterData } from './clusterView.js';
import { commands, l10n, ViewColumn, window, workspace, type ExtensionContext, type Uri, type WebviewPanel } from 'vscode';

export const SHOW_TOPOLOGY_COMMAND = 'haproxyKeepalived.showTopology';

type TopologyResult = ClusterData;
type Draw = (uri: string) => Promise<TopologyResult | null | undefined>;

/**
 * "Show cluster topology": the server draws the cluster of the file (or folder) as SVG, with its
 * problems marked; a webview shows it and draws it again each time a file is saved.
 */
export function registerTopology(context: ExtensionContext, draw: Draw): void {
  let panel: WebviewPanel | undefined;
  let shown: string | undefined;
  const refresh = async (uri: string): Promise<boolean> => {
    const result = await draw(uri);
    if (!result) return false;
    if (!panel) {
      panel = window.createWebviewPanel('haproxyKeepalived.topology', l10n.t('Cluster {0}', result.name), ViewColumn.Beside, { enableScripts: false });
      panel.onDidDispose(() => (panel = undefined), undefined, context.subscriptions);
    }
    panel.title = l10n.t('Cluster {0}', result.name);
    panel.webview.html = page(result);
    shown = uri;
    return true;
  };
  context.subscriptions.push(
    commands.registerCommand(SHOW_TOPOLOGY_COMMAND, async (target?: Uri) => {
      const uri = (target ?? window.activeTextEditor?.document.uri)?.toString();
      if (!uri || !(await refresh(uri))) {
        void window.showWarningMessage(
          l10n.t('Show cluster topology: open a file of a cluster (a folder with ha-cluster.json, or with two or more keepalived configs), or pick such a folder in the Explorer.'),
        );
        return false;
      }
      panel?.reveal(ViewColumn.Beside, true);
      return true;
    }),
    workspace.onDidSaveTextDocument(() => {
      if (panel && shown) void refresh(shown);
    }),
  );
}

function page(result: TopologyResult): string {
  const summary =
    result.problems === 0
      ? l10n.t('No cross-file problem.')
      : result.problems === 1
        ? l10n.t('1 cross-file problem, marked in red (hover a box for the details).')
        : l10n.t('{0} cross-file problems, marked in red (hover a box for the details).', result.problems);
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>body { background: #fff; color: #222; font-family: sans-serif; } svg { max-width: none; }</style>
</head><body><p>${summary}</p>${result.svg}</body></html>`;
}
