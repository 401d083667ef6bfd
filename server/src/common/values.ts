import type { ArgShape } from './docs.js';

/**
 * One validator per argument shape: each returns why a value does not fit, or undefined when it
 * does. Values holding an environment reference (`${PORT}`) are taken as valid: they are only
 * known when the service starts.
 */
export function checkValue(value: string, shape: ArgShape): string | undefined {
  if (value.includes('$')) return undefined;
  switch (shape.kind) {
    case 'time':
      return checkTime(value);
    case 'size':
      return checkSize(value);
    case 'int':
      return checkInteger(value, shape.min, shape.max);
    case 'number':
      return checkNumber(value, shape.min, shape.max);
    case 'enum': {
      const found = shape.ignoreCase
        ? shape.values.some((v) => v.toLowerCase() === value.toLowerCase())
        : shape.values.includes(value);
      return found ? undefined : `'${value}' is not one of: ${shape.values.join(', ')}`;
    }
    case 'port':
      return checkPort(value);
    case 'cidr':
      return checkCidr(value);
    case 'address':
      return checkAddress(value, { requirePort: false });
    case 'boolean':
      return /^(on|off|true|false|yes|no|0|1)$/i.test(value) ? undefined : `'${value}' is not a boolean (on/off, true/false, yes/no)`;
    default:
      return undefined;
  }
}

export function checkSize(value: string): string | undefined {
  return /^\d+[kmg]?$/i.test(value) ? undefined : `'${value}' is not a size: use a whole number of bytes, optionally with k, m or g`;
}

const TIME = /^(\d+)(us|ms|s|m|h|d)?$/;
/** HAProxy keeps times in milliseconds in a signed 32-bit integer. */
const MAX_TIME_MS = 2_147_483_647;

export function checkTime(value: string): string | undefined {
  const match = TIME.exec(value);
  if (!match) return `'${value}' is not a time: use a whole number with an optional unit (us, ms, s, m, h, d)`;
  const ms = timeInMilliseconds(value);
  if (ms !== undefined && ms > MAX_TIME_MS) return `'${value}' is too long: times may not exceed 2147483647 ms (about 24.8 days)`;
  return undefined;
}

/** A time in milliseconds, for hover; undefined when it is not a valid time. */
export function timeInMilliseconds(value: string, bareUnit: 'ms' | 's' = 'ms'): number | undefined {
  const match = TIME.exec(value);
  if (!match) return undefined;
  const factor: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  return Number(match[1]) * factor[match[2] ?? bareUnit]!;
}

export function checkInteger(value: string, min?: number, max?: number): string | undefined {
  if (!/^[+-]?\d+$/.test(value)) return `'${value}' is not a whole number`;
  return checkRange(Number(value), value, min, max);
}

export function checkNumber(value: string, min?: number, max?: number): string | undefined {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value)) return `'${value}' is not a number`;
  return checkRange(Number(value), value, min, max);
}

function checkRange(n: number, value: string, min?: number, max?: number): string | undefined {
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    const range = min !== undefined && max !== undefined ? `from ${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
    return `'${value}' is out of range: it must be ${range}`;
  }
  return undefined;
}

export function checkPort(value: string): string | undefined {
  if (!/^\d+$/.test(value)) return `'${value}' is not a port number`;
  const port = Number(value);
  return port >= 1 && port <= 65535 ? undefined : `port '${value}' is out of range: it must be from 1 to 65535`;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function isIpv4(value: string): boolean {
  const match = IPV4.exec(value);
  return match !== null && match.slice(1).every((octet) => Number(octet) <= 255);
}

/** A loose IPv6 check: hex groups and colons, at most one `::`, optionally an embedded IPv4 tail. */
export function isIpv6(value: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(value) || !value.includes(':')) return false;
  if ((value.match(/::/g) ?? []).length > 1) return false;
  const groups = value.split(':');
  const last = groups.at(-1)!;
  if (last.includes('.') && !isIpv4(last)) return false;
  const hexGroups = groups.filter((g, i) => g !== '' && !(i === groups.length - 1 && g.includes('.')));
  if (hexGroups.some((g) => g.length > 4)) return false;
  const count = hexGroups.length + (last.includes('.') ? 2 : 0);
  return value.includes('::') ? count <= 7 : count === 8;
}

export function checkCidr(value: string): string | undefined {
  const [address, prefix, ...extra] = value.split('/');
  if (extra.length > 0 || address === undefined) return `'${value}' is not an IP address`;
  const v4 = isIpv4(address);
  if (!v4 && !isIpv6(address)) {
    return /^\d+(\.\d+){3}$/.test(address) ? `'${address}' is not a valid IPv4 address (each part must be 0-255)` : `'${address}' is not an IP address`;
  }
  if (prefix === undefined) return undefined;
  if (v4 && isIpv4(prefix)) return undefined; // a dotted netmask
  const max = v4 ? 32 : 128;
  if (!/^\d+$/.test(prefix) || Number(prefix) > max) return `'/${prefix}' is not a valid prefix length (0-${max})`;
  return undefined;
}

/** Address families HAProxy accepts before `@`, or before `+` for `stream+`/`dgram+`/`quic+` (as of 3.2). */
const ADDRESS_PREFIXES = new Set([
  'ipv4', 'ipv6', 'unix', 'abns', 'abnsz', 'fd', 'sockpair', 'udp', 'udp4', 'udp6', 'tcp', 'tcp4', 'tcp6',
  'quic4', 'quic6', 'uxst', 'uxdg', 'mptcp', 'mptcp4', 'mptcp6', 'rhttp', 'stream+', 'dgram+', 'quic+',
]);

export interface AddressOptions {
  /** `bind` needs a port (unless the address is a socket path or an fd). */
  requirePort: boolean;
  /** Which prefixes (`ipv4@` as `ipv4`, `stream+` as `stream+`) the target accepts; default: all known. */
  prefixAllowed?: (prefix: string) => boolean;
}

/** HAProxy addresses: `[prefix@]host[:port[-port]]`, `*:80`, `:80`, `[::1]:80`, `unix@/path`, `/path`. */
export function checkAddress(value: string, options: AddressOptions): string | undefined {
  if (value.includes('$')) return undefined;
  let rest = value;
  const allowed = (prefix: string): boolean => ADDRESS_PREFIXES.has(prefix) && (options.prefixAllowed?.(prefix) ?? true);
  const plus = /^(stream|dgram|quic)\+/.exec(rest);
  if (plus) {
    if (!allowed(plus[0])) return `address family '${plus[0]}' is not known to this version in '${value}'`;
    rest = rest.slice(plus[0].length);
  }
  const at = rest.indexOf('@');
  if (at >= 0) {
    const prefix = rest.slice(0, at);
    if (!allowed(prefix)) {
      return ADDRESS_PREFIXES.has(prefix)
        ? `address family '${prefix}@' is not known to this version in '${value}'`
        : `unknown address family '${prefix}@' in '${value}'`;
    }
    if (['unix', 'abns', 'abnsz', 'fd', 'sockpair', 'uxst', 'uxdg'].includes(prefix)) return undefined;
    if (prefix === 'rhttp') return options.requirePort ? `'rhttp@' cannot be used on a bind line ('${value}')` : undefined;
    rest = rest.slice(at + 1);
  }
  if (rest.startsWith('/')) return undefined; // a UNIX socket path
  let host: string;
  let port: string | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return `unclosed '[' in address '${value}'`;
    host = rest.slice(1, close);
    const after = rest.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return `unexpected text after ']' in address '${value}'`;
    port = after === '' ? undefined : after.slice(1);
  } else {
    const colons = (rest.match(/:/g) ?? []).length;
    if (colons > 1) {
      // IPv6 without brackets: HAProxy reads the part after the last colon as the port.
      const last = rest.lastIndexOf(':');
      host = rest.slice(0, last);
      port = rest.slice(last + 1);
      if (!isIpv6(host) && isIpv6(rest)) {
        host = rest;
        port = undefined;
      }
    } else if (colons === 1) {
      [host, port] = rest.split(':') as [string, string];
    } else {
      host = rest;
    }
  }
  if (/^\d+(\.\d+){3}$/.test(host) && !isIpv4(host)) return `'${host}' is not a valid IPv4 address (each part must be 0-255)`;
  if (port === undefined || port === '') {
    return options.requirePort ? `missing port in '${value}' (write it as address:port, or *:port for every address)` : undefined;
  }
  // A port, a range, or (servers) an offset `+N` / `-N`.
  const range = /^([+-]?)(\d+)(?:-(\d+))?$/.exec(port);
  if (!range) return `'${port}' is not a valid port in '${value}'`;
  if (range[1] && options.requirePort) return `a port offset ('${port}') is only allowed on server lines, not in '${value}'`;
  const numbers = [range[2], range[3]].filter((n): n is string => n !== undefined).map(Number);
  if (numbers.some((n) => n > 65535)) return `port '${port}' is out of range in '${value}' (at most 65535)`;
  return undefined;
}
