import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLink } from 'vscode-languageserver-types';
import { rangeOf } from '../common/lsp.js';
import type { IncludeResolver } from '../keepalived/validate/index.js';
import type { Analysis } from '../service/analysis.js';

/** HAProxy lines whose argument at this index is a file worth opening. */
const HAPROXY_FILE_ARGS: Record<string, number> = { errorfile: 1, 'lua-load': 0, 'lua-load-per-thread': 0, 'server-state-file': 0, 'h1-case-adjust-file': 0 };

/**
 * Links to the files a configuration names: keepalived `include` patterns (to every file they match,
 * resolved as keepalived resolves them) and haproxy error pages and Lua files that exist.
 */
export function documentLinks(document: TextDocument, analysis: Analysis, documentPath: string | undefined, includes: IncludeResolver): DocumentLink[] {
  if (!documentPath) return [];
  const links: DocumentLink[] = [];
  if (analysis.language === 'keepalived') {
    for (const include of analysis.parse.model.includes) {
      const files = includes(documentPath, include.pattern.value);
      if (files.length === 0) continue;
      links.push({
        range: rangeOf(document, include.pattern),
        target: pathToFileURL(files[0]!.path).toString(),
        tooltip: files.length === 1 ? files[0]!.path : `${files.length} files: ${files.map((f) => path.basename(f.path)).join(', ')}`,
      });
    }
    return links;
  }
  for (const section of analysis.parse.model.sections) {
    for (const directive of section.directives) {
      const index = HAPROXY_FILE_ARGS[directive.keyword.value];
      const word = index === undefined ? undefined : directive.args[index];
      if (!word || word.value.includes('$')) continue;
      const file = path.resolve(path.dirname(documentPath), word.value);
      if (existsSync(file)) links.push({ range: rangeOf(document, word), target: pathToFileURL(file).toString(), tooltip: file });
    }
  }
  return links;
}
