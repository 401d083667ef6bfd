import { ProcessExecution, Task, TaskScope, tasks, workspace, type ExtensionContext, type TaskDefinition, type WorkspaceFolder } from 'vscode';

export const TASK_TYPE = 'haproxy-keepalived';

interface CheckTaskDefinition extends TaskDefinition {
  type: typeof TASK_TYPE;
  /** File or folder, relative to the workspace folder. */
  path: string;
  haproxyVersion?: string;
  keepalivedVersion?: string;
}

/**
 * Tasks that run the bundled CLI (`haproxy-keepalived check`) with the `$haproxy-keepalived` problem
 * matcher, so a whole folder's findings land in the Problems panel, closed files included. One task
 * per workspace folder is offered; tasks.json may name any path and versions.
 */
export function registerCheckTasks(context: ExtensionContext): void {
  const cli = context.asAbsolutePath('dist/cli.cjs');
  const build = (definition: CheckTaskDefinition, folder: WorkspaceFolder): Task => {
    const args = [cli, 'check', definition.path];
    if (definition.haproxyVersion) args.push('--haproxy-version', definition.haproxyVersion);
    if (definition.keepalivedVersion) args.push('--keepalived-version', definition.keepalivedVersion);
    // The editor's own runtime runs the CLI: Electron behaves as Node with ELECTRON_RUN_AS_NODE.
    const execution = new ProcessExecution(process.execPath, args, { cwd: folder.uri.fsPath, env: { ELECTRON_RUN_AS_NODE: '1' } });
    return new Task(definition, folder, `check ${definition.path}`, TASK_TYPE, execution, '$haproxy-keepalived');
  };
  context.subscriptions.push(
    tasks.registerTaskProvider(TASK_TYPE, {
      provideTasks: () => (workspace.workspaceFolders ?? []).map((folder) => build({ type: TASK_TYPE, path: '.' }, folder)),
      resolveTask: (task) => {
        const definition = task.definition as CheckTaskDefinition;
        const scope = task.scope;
        const folder = typeof scope === 'object' ? scope : scope === TaskScope.Workspace ? workspace.workspaceFolders?.[0] : undefined;
        return typeof definition.path === 'string' && folder ? build(definition, folder) : undefined;
      },
    }),
  );
}
