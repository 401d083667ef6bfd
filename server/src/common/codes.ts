/**
 * The shape of the diagnostic-code registry. Each language (and the cluster checks) declares its
 * own table next to its code with `satisfies CodeTable`; `server/src/codes.ts` merges them. A code
 * is a stable string id; its prefix before `/` is the diagnostic `source`.
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface CodeSpec {
  /** Default severity; users may override it per code. */
  severity: Severity;
  /** One line, in our words, saying what the code means (shown in settings and docs). */
  summary: string;
}

export type CodeTable = Record<string, CodeSpec>;

export function sourceOf(code: string): string {
  const slash = code.indexOf('/');
  return slash < 0 ? code : code.slice(0, slash);
}
