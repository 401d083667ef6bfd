import { commands, FileType, l10n, Uri, window, workspace, type ExtensionContext } from 'vscode';

export const NEW_CLUSTER_COMMAND = 'haproxyKeepalived.newCluster';

/** What the server's scaffold command returns (server/src/cluster/scaffold.ts). */
export interface ScaffoldResult {
  files: Array<{ path: string; text: string }>;
  errors: Array<{ field: string; message: string }>;
}

type Answers = Record<string, string>;
type Scaffold = (answers: Answers) => Promise<ScaffoldResult | undefined>;

/** The questions, in the order asked; the defaults build the seed's cluster. */
const QUESTIONS: ReadonlyArray<{ field: string; prompt: () => string; value: string }> = [
  { field: 'name', prompt: () => l10n.t('Name of the cluster (the folder created for it)'), value: 'ha-cluster' },
  { field: 'vip', prompt: () => l10n.t('Virtual IP shared by the load balancers, with its prefix'), value: '10.0.0.10/24' },
  {
    field: 'loadBalancers',
    prompt: () => l10n.t('Load balancers as name=address, separated by commas; the first is the MASTER'),
    value: 'server1=10.0.0.1, server2=10.0.0.2',
  },
  { field: 'webServers', prompt: () => l10n.t('Web servers as name=address[:port], separated by commas'), value: 'web1=10.0.0.100, web2=10.0.0.200' },
  { field: 'interface', prompt: () => l10n.t('Network interface that carries the VIP on the load balancers'), value: 'eth0' },
];
const LAST_ANSWERS = 'haproxyKeepalived.newCluster.lastAnswers';

/**
 * "New HA cluster": asks for the VIP, the load balancers and the web servers, has the server write
 * the files' text (one generator for the editor and the CLI), and writes them into a new folder.
 * Never overwrites anything: an existing, non-empty folder is refused.
 */
export function registerNewCluster(context: ExtensionContext, scaffold: Scaffold): void {
  context.subscriptions.push(
    commands.registerCommand(NEW_CLUSTER_COMMAND, (given?: Answers, parent?: Uri) => newCluster(context, scaffold, given, parent)),
  );
}

/**
 * Asks the questions, unless a caller (a task, a test, another extension) gives the answers and the
 * parent folder as arguments; then nothing is asked and only errors are shown.
 */
async function newCluster(context: ExtensionContext, scaffold: Scaffold, given?: Answers, givenParent?: Uri): Promise<Uri | undefined> {
  const parent = givenParent ?? (await chooseParent());
  if (!parent) return undefined;
  const answers: Answers = given ? { name: QUESTIONS[0]!.value, ...given } : await ask(context, scaffold);
  if (!answers.name) return undefined;
  return writeCluster(scaffold, answers, parent);
}

async function ask(context: ExtensionContext, scaffold: Scaffold): Promise<Answers> {
  const remembered = context.globalState.get<Answers>(LAST_ANSWERS, {});
  const answers: Answers = {};
  for (const [index, question] of QUESTIONS.entries()) {
    const value = await window.showInputBox({
      title: l10n.t('New HA cluster ({0}/{1})', index + 1, QUESTIONS.length),
      prompt: question.prompt(),
      value: remembered[question.field] ?? question.value,
      ignoreFocusOut: true,
      validateInput: async (text) => {
        const result = await scaffold({ ...answers, [question.field]: text });
        return result?.errors.find((e) => e.field === question.field)?.message;
      },
    });
    if (value === undefined) return {};
    answers[question.field] = value.trim();
  }
  await context.globalState.update(LAST_ANSWERS, answers);
  return answers;
}

async function writeCluster(scaffold: Scaffold, answers: Answers, parent: Uri): Promise<Uri | undefined> {
  const result = await scaffold(answers);
  if (!result) {
    void window.showErrorMessage(l10n.t('New HA cluster: the language server did not answer; see the "HAProxy & Keepalived" output.'));
    return undefined;
  }
  if (result.errors.length > 0) {
    void window.showErrorMessage(l10n.t('New HA cluster: {0}', result.errors.map((e) => e.message).join('; ')));
    return undefined;
  }
  const folder = Uri.joinPath(parent, answers.name!);
  if (await isNonEmptyFolder(folder)) {
    void window.showErrorMessage(l10n.t('New HA cluster: {0} already exists and is not empty; nothing was written.', folder.fsPath));
    return undefined;
  }
  for (const file of result.files) {
    const target = Uri.joinPath(folder, ...file.path.split('/'));
    await workspace.fs.createDirectory(Uri.joinPath(target, '..'));
    await workspace.fs.writeFile(target, new TextEncoder().encode(file.text));
  }
  const haproxy = Uri.joinPath(folder, 'haproxy', 'haproxy.cfg');
  await window.showTextDocument(await workspace.openTextDocument(haproxy), { preview: false });
  const inWorkspace = workspace.getWorkspaceFolder(folder) !== undefined;
  // Not awaited: the command returns the new folder without waiting for the notification to close.
  const addToWorkspace = l10n.t('Add to Workspace');
  void window
    .showInformationMessage(
      l10n.t('New HA cluster written to {0} ({1} files). Its VRRP and statistics passwords were generated for it.', folder.fsPath, result.files.length),
      ...(inWorkspace ? [] : [addToWorkspace]),
    )
    .then((choice) => {
      if (choice === addToWorkspace) workspace.updateWorkspaceFolders(workspace.workspaceFolders?.length ?? 0, 0, { uri: folder });
    });
  return folder;
}

/** The only workspace folder, or the one the user picks. */
async function chooseParent(): Promise<Uri | undefined> {
  const folders = workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0]!.uri;
  const picked = await window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: folders[0]?.uri,
    openLabel: l10n.t('Create the cluster folder here'),
  });
  return picked?.[0];
}

async function isNonEmptyFolder(folder: Uri): Promise<boolean> {
  try {
    const stat = await workspace.fs.stat(folder);
    if (stat.type !== FileType.Directory) return true;
    return (await workspace.fs.readDirectory(folder)).length > 0;
  } catch {
    return false;
  }
}
