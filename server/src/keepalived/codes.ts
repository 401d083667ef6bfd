import type { CodeTable } from '../common/codes.js';

/** Diagnostic codes the keepalived.conf parser emits. */
export const keepalivedSyntaxCodes = {
  'keepalived/syntax': { severity: 'error', summary: 'The text cannot be read as keepalived configuration.' },
} as const satisfies CodeTable;
