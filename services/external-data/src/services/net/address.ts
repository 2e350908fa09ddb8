/**
 * Classifies IP addresses for the SSRF guard: anything that is not a public unicast address is
 * refused, each with a reason code. IPv4, IPv6, and IPv4 embedded in IPv6 (mapped, compatible,
 * NAT64, 6to4) are all checked as the IPv4 address they carry.
 */
import { isIP } from 'node:net';

export type AddressProblem =
  | 'address_loopback'
  | 'address_private'
  | 'address_link_local'
  | 'address_unique_local'
  | 'address_multicast'
  | 'address_unspecified'
  | 'address_metadata'
  | 'address_reserved';

export function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** Eight 16-bit groups, or null. Accepts `::` compression, a dotted IPv4 tail and a zone id. */
export function parseIPv6(text: string): number[] | null {
  let s = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (dotted) {
    const v4 = parseIPv4(dotted[1] ?? '');
    if (v4 === null) return null;
    s = `${s.slice(0, dotted.index)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const head = parse(halves[0] ?? '');
  const rest = halves.length === 2 ? parse(halves[1] ?? '') : [];
  const groups = [...head, ...rest];
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  if (halves.length === 1 && groups.length !== 8) return null;
  if (halves.length === 2 && groups.length > 7) return null;
  const zeros = 8 - groups.length;
  return [
    ...head.map((g) => Number.parseInt(g, 16)),
    ...new Array<number>(zeros).fill(0),
    ...rest.map((g) => Number.parseInt(g, 16)),
  ];
}

const V4_RULES: [string, AddressProblem][] = [
  ['169.254.169.254/32', 'address_metadata'], // AWS, GCP, Azure, OpenStack instance metadata
  ['100.100.100.200/32', 'address_metadata'], // Alibaba Cloud
  ['168.63.129.16/32', 'address_metadata'], // Azure wire server
  ['192.0.0.192/32', 'address_metadata'], // Oracle Cloud
  ['0.0.0.0/8', 'address_unspecified'],
  ['127.0.0.0/8', 'address_loopback'],
  ['10.0.0.0/8', 'address_private'],
  ['172.16.0.0/12', 'address_private'],
  ['192.168.0.0/16', 'address_private'],
  ['100.64.0.0/10', 'address_private'], // carrier-grade NAT
  ['169.254.0.0/16', 'address_link_local'],
  ['192.0.0.0/24', 'address_reserved'],
  ['192.0.2.0/24', 'address_reserved'],
  ['192.88.99.0/24', 'address_reserved'],
  ['198.18.0.0/15', 'address_reserved'],
  ['198.51.100.0/24', 'address_reserved'],
  ['203.0.113.0/24', 'address_reserved'],
  ['224.0.0.0/4', 'address_multicast'],
  ['240.0.0.0/4', 'address_reserved'], // includes 255.255.255.255
];

const v4Rules = V4_RULES.map(([cidr, problem]) => {
  const [base = '', bits = ''] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = parseIPv4(base);
  if (start === null) throw new Error(`V4_RULES: ${cidr} is not an IPv4 block`);
  return { start, end: start + size - 1, problem };
});

export function classifyIPv4(value: number): AddressProblem | null {
  for (const rule of v4Rules) if (value >= rule.start && value <= rule.end) return rule.problem;
  return null;
}

function v4From(high: number, low: number): number {
  return high * 65536 + low;
}

export function classifyIPv6(g: number[]): AddressProblem | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h7 = 0, h8 = 0] = g;
  const zeroPrefix = a === 0 && b === 0 && c === 0 && d === 0 && e === 0;
  if (zeroPrefix && f === 0 && h7 === 0 && h8 === 0) return 'address_unspecified';
  if (zeroPrefix && f === 0 && h7 === 0 && h8 === 1) return 'address_loopback';
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible): the IPv4 address decides.
  if (zeroPrefix && (f === 0xffff || f === 0))
    return classifyIPv4(v4From(h7, h8)) ?? (f === 0 ? 'address_reserved' : null);
  // 64:ff9b::/96 NAT64 carries an IPv4 address in its last 32 bits.
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0)
    return classifyIPv4(v4From(h7, h8));
  if (a === 0x64 && b === 0xff9b && c === 1) return 'address_reserved';
  // 2002::/16 6to4 carries an IPv4 address in bits 16..48.
  if (a === 0x2002) return classifyIPv4(v4From(b, c)) ?? null;
  if (a === 0x2001 && b === 0) return 'address_reserved'; // Teredo
  if (a === 0x2001 && b === 0xdb8) return 'address_reserved'; // documentation
  if (a === 0x100 && b === 0 && c === 0 && d === 0) return 'address_reserved'; // discard
  if (a === 0xfd00 && b === 0x0ec2 && h8 === 0x254 && c === 0 && d === 0 && e === 0 && f === 0 && h7 === 0)
    return 'address_metadata'; // AWS IPv6 instance metadata fd00:ec2::254
  if ((a & 0xfe00) === 0xfc00) return 'address_unique_local';
  if ((a & 0xffc0) === 0xfe80) return 'address_link_local';
  if ((a & 0xffc0) === 0xfec0) return 'address_private'; // deprecated site-local
  if ((a & 0xff00) === 0xff00) return 'address_multicast';
  return null;
}

/** The reason an address must not be contacted, or null when it is a public unicast address. */
export function addressProblem(address: string): AddressProblem | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const kind = isIP(bare.replace(/%.*$/, ''));
  // An IPv4 literal that does not parse here (a zone suffix) is classified as 0.0.0.0: refused.
  if (kind === 4) return classifyIPv4(parseIPv4(bare) ?? 0);
  if (kind === 6) {
    const groups = parseIPv6(bare);
    return groups ? classifyIPv6(groups) : 'address_reserved';
  }
  return 'address_reserved';
}
