import { haClusterCodes } from './cluster/codes.js';
import type { CodeSpec } from './common/codes.js';
import { realCheckerCodes } from './external/codes.js';
import { haproxySyntaxCodes } from './haproxy/codes.js';
import { haproxyCheckCodes } from './haproxy/validate/codes.js';
import { keepalivedSyntaxCodes } from './keepalived/codes.js';
import { keepalivedCheckCodes } from './keepalived/validate/codes.js';
import { limitCodes } from './service/limits.js';

/** Every diagnostic code the tool can emit: the single registry the server, CLI and tests read. */
export const codes: Readonly<Record<string, CodeSpec>> = {
  ...haproxySyntaxCodes,
  ...haproxyCheckCodes,
  ...keepalivedSyntaxCodes,
  ...keepalivedCheckCodes,
  ...realCheckerCodes,
  ...haClusterCodes,
  ...limitCodes,
};

export function codeSpec(code: string): CodeSpec | undefined {
  return codes[code];
}
