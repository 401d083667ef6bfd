import type { CodeTable } from '../common/codes.js';

/** Diagnostic codes the haproxy.cfg parser emits. */
export const haproxySyntaxCodes = {
  'haproxy/syntax': { severity: 'error', summary: 'The line cannot be read as HAProxy configuration.' },
} as const satisfies CodeTable;
