import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-types';
import type { NavigationDocument } from './navigation.js';
import { documentSymbols } from './symbols.js';

/** At most this many symbols are returned: a picker cannot show more usefully. */
export const MAX_WORKSPACE_SYMBOLS = 500;

/**
 * Workspace symbols: the outline of every known file, flattened, filtered by the query the way
 * VS Code's symbol picker expects (the query's characters in order, any case). Backends, servers,
 * ACLs, vrrp_instances, vrrp_scripts... across haproxy.cfg and keepalived.conf files.
 */
export function workspaceSymbols(files: readonly NavigationDocument[], query: string): SymbolInformation[] {
  const matches = subsequenceMatcher(query);
  const result: SymbolInformation[] = [];
  for (const file of files) {
    const visit = (symbols: readonly DocumentSymbol[], container?: string): boolean => {
      for (const symbol of symbols) {
        if (matches(symbol.name)) {
          result.push({
            name: symbol.name,
            kind: symbol.kind,
            location: { uri: file.uri, range: symbol.selectionRange },
            ...(container ? { containerName: container } : symbol.detail ? { containerName: symbol.detail } : {}),
          });
          if (result.length >= MAX_WORKSPACE_SYMBOLS) return false;
        }
        if (symbol.children && !visit(symbol.children, symbol.detail ? `${symbol.detail} ${symbol.name}` : symbol.name)) return false;
      }
      return true;
    };
    if (!visit(documentSymbols(file.document, file.analysis))) break;
  }
  return result;
}

function subsequenceMatcher(query: string): (name: string) => boolean {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  return (name) => {
    const lower = name.toLowerCase();
    let at = 0;
    for (const char of wanted) {
      at = lower.indexOf(char, at);
      if (at < 0) return false;
      at++;
    }
    return true;
  };
}
