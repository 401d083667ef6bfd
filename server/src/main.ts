import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

// The transport comes from the command line: `--stdio` for any LSP editor, `--node-ipc` from VS Code.
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('Usage: haproxy-keepalived-language-server --stdio | --node-ipc | --socket=<port>\n');
  process.exit(0);
}
startServer(createConnection(ProposedFeatures.all));
