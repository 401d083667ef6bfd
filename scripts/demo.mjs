// The main job on the bundled example: say where the packaged extension is, then check the example cluster.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';

const vsix = path.resolve('dist/haproxy-keepalived.vsix');
const size = statSync(vsix).size;
console.log(`Packaged extension: ${vsix} (${(size / 1024).toFixed(0)} KiB)`);
console.log(`Install it with:    code --install-extension ${path.relative(process.cwd(), vsix)}`);
console.log('');
const cluster = 'examples/seed-cluster';
console.log(`$ haproxy-keepalived check ${cluster}`);
const result = spawnSync(process.execPath, ['dist/cli.cjs', 'check', cluster], { stdio: 'inherit' });
process.exit(result.status ?? 1);
