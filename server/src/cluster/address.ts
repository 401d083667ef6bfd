import { isIpv4, isIpv6 } from '../common/values.js';

/** An IP address as a number, to compare addresses written differently and to test subnets. */
export interface IpAddress {
  readonly family: 4 | 6;
  readonly value: bigint;
  /** The canonical text: dotted quad, or IPv6 in lower case, fully expanded. */
  readonly text: string;
}

/**
 * Addresses parsed so far (null: not an address). The cluster checks compare every backend server
 * with every web server and every VIP with every other on each keystroke: parsing each time was a
 * third of a cluster check. The results are shared, never modified. Keys are copies (no document
 * text kept alive); the map is emptied when it grows past its bound.
 */
const parsedIps = new Map<string, IpAddress | null>();
const MAX_PARSED_IPS = 20_000;

export function parseIp(text: string): IpAddress | undefined {
  const known = parsedIps.get(text);
  if (known !== undefined) return known ?? undefined;
  const parsed = parseIpText(text);
  if (parsedIps.size >= MAX_PARSED_IPS) parsedIps.clear();
  parsedIps.set(` ${text}`.substring(1), parsed ?? null);
  return parsed;
}

function parseIpText(text: string): IpAddress | undefined {
  if (isIpv4(text)) {
    const value = text.split('.').reduce((acc, octet) => (acc << 8n) | BigInt(Number(octet)), 0n);
    return { family: 4, value, text: text.split('.').map(Number).join('.') };
  }
  if (isIpv6(text)) {
    const groups = ipv6Groups(text);
    if (!groups) return undefined;
    const value = groups.reduce((acc, group) => (acc << 16n) | BigInt(group), 0n);
    return { family: 6, value, text: groups.map((g) => g.toString(16)).join(':') };
  }
  return undefined;
}

function ipv6Groups(written: string): number[] | undefined {
  let text = written.toLowerCase();
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    // An embedded IPv4 tail stands for the last two groups.
    const [a, b, c, d] = last.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  let groups: number[];
  const doubleColon = text.indexOf('::');
  if (doubleColon >= 0) {
    const left = parse(text.slice(0, doubleColon));
    const right = parse(text.slice(doubleColon + 2));
    const missing = 8 - left.length - right.length;
    if (missing < 1) return undefined;
    groups = [...left, ...new Array<number>(missing).fill(0), ...right];
  } else {
    groups = parse(text);
  }
  if (groups.length !== 8 || groups.some((g) => Number.isNaN(g))) return undefined;
  return groups;
}

export function sameIp(a: string, b: string): boolean {
  const left = parseIp(a);
  const right = parseIp(b);
  return left !== undefined && right !== undefined && left.family === right.family && left.value === right.value;
}

/** Whether two addresses lie in one subnet of `prefix` bits. */
export function inSameSubnet(a: IpAddress, b: IpAddress, prefix: number): boolean {
  if (a.family !== b.family) return false;
  const bits = a.family === 4 ? 32 : 128;
  const shift = BigInt(bits - Math.max(0, Math.min(prefix, bits)));
  return a.value >> shift === b.value >> shift;
}

export function isLoopback(ip: IpAddress): boolean {
  return ip.family === 4 ? ip.value >> 24n === 127n : ip.value === 1n;
}

export function isUnspecified(ip: IpAddress): boolean {
  return ip.value === 0n;
}

/** A dotted netmask (`255.255.255.0`) as a prefix length; undefined when it is not contiguous. */
export function netmaskPrefix(mask: string): number | undefined {
  const ip = parseIp(mask);
  if (!ip || ip.family !== 4) return undefined;
  const binary = ip.value.toString(2).padStart(32, '0');
  return /^1*0*$/.test(binary) ? binary.indexOf('0') < 0 ? 32 : binary.indexOf('0') : undefined;
}
