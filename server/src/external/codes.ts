import type { CodeTable } from '../common/codes.js';

/** Messages of the real checkers, run on a temporary copy of the file (see checkers.ts). */
export const realCheckerCodes = {
  'haproxy/real-checker': { severity: 'error', summary: 'An alert from the real `haproxy -c`, shown on the line it names.' },
  'haproxy/real-checker-warning': { severity: 'warning', summary: 'A warning from the real `haproxy -c`, shown on the line it names.' },
  'keepalived/real-checker': { severity: 'error', summary: 'A message from the real `keepalived -t` when it rejects the file.' },
  'keepalived/real-checker-warning': { severity: 'warning', summary: 'A message from the real `keepalived -t` on a file it accepts.' },
} as const satisfies CodeTable;
