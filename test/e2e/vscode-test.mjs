// @vscode/test-cli configuration for the extension-host tests (mocha inside the real extension host).
// Run through `node test/e2e/run.mjs`, which prepares the workspace (E2E_WORKSPACE) and code-server.
import { defineConfig } from '@vscode/test-cli';
import { fileURLToPath } from 'node:url';

const workspaceFolder = process.env.E2E_WORKSPACE;
if (!workspaceFolder) throw new Error('E2E_WORKSPACE is not set: run the extension-host tests with `node test/e2e/run.mjs exthost`');

export default defineConfig({
  label: 'extension host (code-server)',
  // E2E_EXTHOST_FILES picks another folder of tests (the Spanish run uses exthost-es/).
  files: process.env.E2E_EXTHOST_FILES || 'exthost/**/*.test.cjs',
  extensionDevelopmentPath: fileURLToPath(new URL('../..', import.meta.url)),
  workspaceFolder,
  // No download: @vscode/test-electron starts this stand-in, which serves the same VS Code from code-server.
  useInstallation: { fromPath: fileURLToPath(new URL('./code-shim.mjs', import.meta.url)) },
  mocha: { ui: 'bdd', timeout: 30_000, color: false },
});
