import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeSpec } from '../codes.js';
import type { Severity } from '../common/codes.js';
import type { Finding } from './check.js';

/**
 * SARIF 2.1.0 (the OASIS format code-scanning dashboards read) for `check --format sarif`: one run,
 * one rule per code that occurs, each finding a result located in its file with its whole range, and
 * the cluster checks' other places as related locations. Paths under the working folder are written
 * relative to it (`%SRCROOT%`), so the report matches the repository's files wherever CI ran.
 */
export function formatSarif(findings: readonly Finding[], tool: { name: string; version: string }, cwd: string = process.cwd()): string {
  const codes = [...new Set(findings.map((f) => f.code))].sort();
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const rules = codes.map((code) => {
    const spec = codeSpec(code);
    return {
      id: code,
      shortDescription: { text: spec?.summary ?? code },
      defaultConfiguration: { level: level(spec?.severity ?? 'warning') },
      properties: { tags: [code.split('/')[0]!] },
    };
  });
  const location = (file: string, line: number, column: number, endLine: number, endColumn: number) => ({
    physicalLocation: {
      artifactLocation: artifact(file, cwd),
      region: { startLine: line, startColumn: column, endLine, endColumn },
    },
  });
  const results = findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: ruleIndex.get(f.code)!,
    level: level(f.severity),
    message: { text: f.message },
    locations: [location(f.file, f.line, f.column, f.endLine, f.endColumn)],
    ...(f.related?.length
      ? { relatedLocations: f.related.map((r, id) => ({ id, ...location(r.file, r.line, r.column, r.endLine, r.endColumn), message: { text: r.message } })) }
      : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).toString().replace(/\/?$/, '/')}` } },
        // Columns count UTF-16 code units, as the LSP positions they come from.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** A relative URI under the working folder, or an absolute file URI for a file outside it. */
function artifact(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).toString() };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
