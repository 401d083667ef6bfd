import { runCli } from './main.js';

const fail = (error: unknown): void => {
  process.stderr.write(`haproxy-keepalived: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
};

try {
  const status = runCli(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text), Boolean(process.stdin.isTTY));
  if (typeof status === 'number') process.exitCode = status;
  else status.then((code) => (process.exitCode = code), fail);
} catch (error) {
  fail(error);
}
