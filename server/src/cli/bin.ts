import { runCli } from './main.js';

try {
  process.exitCode = runCli(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text));
} catch (error) {
  process.stderr.write(`haproxy-keepalived: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
