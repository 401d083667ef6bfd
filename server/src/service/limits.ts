import type { CodeTable } from '../common/codes.js';
import type { LanguageId } from './languages.js';

/**
 * The largest document the server analyses: beyond it, checking and every feature would take seconds
 * per keystroke and hundreds of MB (the 100,000-line benchmark file is 3.7 MB), so the editor would
 * stall. Such a file gets one diagnostic saying it is not checked; the CLI checks files of any size.
 */
export const MAX_DOCUMENT_CHARS = 8 * 1024 * 1024;

export const limitCodes = {
  'haproxy/file-too-large': { severity: 'info', summary: 'The file is too large for the editor to check; run the command-line checker on it.' },
  'keepalived/file-too-large': { severity: 'info', summary: 'The file is too large for the editor to check; run the command-line checker on it.' },
} as const satisfies CodeTable;

export function isTooLarge(text: string): boolean {
  return text.length > MAX_DOCUMENT_CHARS;
}

export function tooLargeMessage(language: LanguageId, length: number): { code: keyof typeof limitCodes; message: string } {
  const mb = (chars: number): string => (chars / 2 ** 20).toFixed(1);
  return {
    code: `${language}/file-too-large`,
    message: `This file has ${mb(length)} M characters, more than the ${mb(MAX_DOCUMENT_CHARS)} M the editor checks: it is not checked here. Run \`haproxy-keepalived check\` on it.`,
  };
}
