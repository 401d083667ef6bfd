// `npm run fuzz`: the property tests of out/test/property with a long budget (after a build).
// Every setting can be given in the environment, e.g. FUZZ_SECONDS=600 FUZZ_MUTATIONS=50 npm run fuzz:
//   FUZZ_RUNS          inputs per random property (default 1000000: the time limit decides)
//   FUZZ_SECONDS       time limit of each random property (default 60)
//   FUZZ_MUTATIONS     mutations of each corpus file and snippet (default 20)
//   FUZZ_CALL_BOUND_MS the longest one call may take before it counts as a hang (default 3000)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';

const defaults = { FUZZ_RUNS: '1000000', FUZZ_SECONDS: '60', FUZZ_MUTATIONS: '20' };
const env = { ...process.env };
for (const [name, value] of Object.entries(defaults)) env[name] ??= value;
const folder = path.resolve('out/test/property');
const files = readdirSync(folder).filter((f) => f.endsWith('.test.js')).map((f) => path.join(folder, f));
console.log(`fuzzing with FUZZ_RUNS=${env.FUZZ_RUNS} FUZZ_SECONDS=${env.FUZZ_SECONDS} FUZZ_MUTATIONS=${env.FUZZ_MUTATIONS}`);
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
