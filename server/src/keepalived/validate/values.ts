import type { KeywordValues } from '../catalogue/index.js';

/**
 * Value validators that read a word the way keepalived 2.x does (lib/parser.c `read_*`, glibc
 * `inet_pton`). Each returns why the value is refused, or undefined when keepalived takes it.
 */

/** `read_int`/`read_unsigned`: base 10, optional sign and leading blanks, nothing after the digits. */
export function checkWholeNumber(value: string, min?: number, max?: number): string | undefined {
  const trimmed = value.replace(/^[ \t]+/, '');
  if (!/^[+-]?\d+$/.test(trimmed)) return `'${value}' is not a whole number`;
  if (trimmed.startsWith('-') && min !== undefined && min >= 0) return `'${value}' is negative`;
  return checkRange(Number(trimmed), value, min, max);
}

/** Digits after the point keepalived keeps (micro-units); more is refused. */
const MAX_DECIMAL_PLACES = 6;

/** `read_decimal_unsigned`: digits with an optional point (`1.`, `.5`, `+2`), never negative. */
export function checkDecimal(value: string, min?: number, max?: number): string | undefined {
  if (value.startsWith('-') && (min === undefined || min >= 0)) return `'${value}' is negative`;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) return `'${value}' is not a number`;
  const point = value.indexOf('.');
  if (point >= 0 && value.length - point - 1 > MAX_DECIMAL_PLACES) {
    return `'${value}' has more than ${MAX_DECIMAL_PLACES} decimal places`;
  }
  return checkRange(Number(value), value, min, max);
}

function checkRange(n: number, value: string, min?: number, max?: number): string | undefined {
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    const range = min !== undefined && max !== undefined ? `from ${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
    return `'${value}' is out of range: it must be ${range}`;
  }
  return undefined;
}

/** glibc `inet_pton(AF_INET)`: exactly four decimal parts 0-255, no leading zeros. */
export function isIpv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/** glibc `inet_pton(AF_INET6)`: up to eight groups of 1-4 hex digits, one `::`, an optional IPv4 tail. */
export function isIpv6(value: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(value) || !value.includes(':')) return false;
  let groups = value;
  let tailGroups = 0;
  const lastColon = value.lastIndexOf(':');
  const tail = value.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIpv4(tail)) return false;
    groups = value.slice(0, lastColon + 1);
    if (!groups.endsWith('::')) groups = groups.slice(0, -1);
    tailGroups = 2;
  }
  const halves = groups.split('::');
  if (halves.length > 2) return false;
  let count = tailGroups;
  for (const half of halves) {
    if (half === '') continue;
    const parts = half.split(':');
    if (!parts.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
    count += parts.length;
  }
  return halves.length === 2 ? count <= 7 : count === 8;
}

export function isIpAddress(value: string): boolean {
  return value.includes(':') ? isIpv6(value) : isIpv4(value);
}

export interface ParsedAddress {
  family: 'inet' | 'inet6';
  prefix?: number;
}

/**
 * `parse_ipaddress` (vrrp_ipaddress.c): an IPv4 or IPv6 address (IPv6 when it holds a `:`), with an
 * optional `/len` read by `read_unsigned` in 0..32 or 0..128. A dotted netmask is not accepted.
 */
export function parseIpWithPrefix(value: string): ParsedAddress | { error: string } {
  const slash = value.indexOf('/');
  const address = slash < 0 ? value : value.slice(0, slash);
  const family = value.includes(':') ? 'inet6' : 'inet';
  if (!(family === 'inet6' ? isIpv6(address) : isIpv4(address))) {
    return { error: /^\d+(\.\d+){3}$/.test(address) ? `'${address}' is not a valid IPv4 address (each part 0-255, no leading zeros)` : `'${address}' is not an IP address` };
  }
  if (slash < 0) return { family };
  const prefix = value.slice(slash + 1);
  const max = family === 'inet6' ? 128 : 32;
  const why = checkWholeNumber(prefix, 0, max);
  if (why) return { error: `'/${prefix}' is not a prefix length from 0 to ${max}${isIpv4(prefix) ? ' (keepalived takes no dotted netmask here)' : ''}` };
  return { family, prefix: Number(prefix) };
}

/** keepalived's boolean words (`check_true_false`), case-sensitive. */
export const BOOLEAN_WORDS = ['true', 'false', 'on', 'off', 'yes', 'no'];

/**
 * The first argument of a keyword against what the handler compares it with: an enum word, a
 * boolean, or a number in range. Option words the handler recognises are taken as they are.
 */
export function checkFirstValue(value: string, values: KeywordValues): string | undefined {
  if (values.words?.includes(value)) return undefined;
  if (values.enum) return values.enum.includes(value) ? undefined : `'${value}' is not one of: ${values.enum.join(', ')}`;
  if (values.bool) return values.bool.includes(value) ? undefined : `'${value}' is not one of: ${values.bool.join(', ')}`;
  if ((values.min !== undefined || values.max !== undefined) && !values.rangeConditional) {
    return values.decimal ? checkDecimal(value, values.min, values.max) : checkWholeNumber(value, values.min, values.max);
  }
  return undefined;
}
