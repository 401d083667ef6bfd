// Bundles the extension client, the language server and the CLI into self-contained CommonJS
// files under dist/, so the .vsix carries no node_modules and starts fast.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // vscode-languageserver/node picks its transport from argv; nothing else needs special handling.
  mainFields: ['module', 'main'],
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.cjs', banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.cjs', banner: { js: '#!/usr/bin/env node' } }),
]);
