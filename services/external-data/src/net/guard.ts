/**
 * The SSRF guard for user-supplied URLs: scheme, credentials, port, host names that are internal
 * by definition, then every address the name resolves to. The checked address is the one the
 * fetcher connects to (no second look-up, so DNS rebinding cannot swap it).
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { HttpError } from '@george/runtime';
import { type AddressProblem, addressProblem } from './address.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses. Tests inject their own to map names. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface CheckedTarget {
  url: URL;
  hostname: string;
  port: number;
  address: string;
  family: 4 | 6;
}

export class RefusedUrl extends HttpError {
  constructor(status: number, code: string, message: string) {
    super(status, code, message);
    this.name = 'RefusedUrl';
  }
}

const MESSAGES: Record<AddressProblem, string> = {
  address_loopback: 'the address is a loopback address',
  address_private: 'the address is in a private network',
  address_link_local: 'the address is link-local',
  address_unique_local: 'the address is an IPv6 unique-local address',
  address_multicast: 'the address is a multicast address',
  address_unspecified: 'the address is unspecified (0.0.0.0 or ::)',
  address_metadata: 'the address is a cloud metadata endpoint',
  address_reserved: 'the address is reserved or not globally routable',
};

const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.com',
]);

export interface GuardOptions {
  resolver: Resolver;
  /** `host:port` pairs exempt from the address checks (tests and development only). */
  allowHosts: ReadonlySet<string>;
}

function refuseAddress(problem: AddressProblem): never {
  throw new RefusedUrl(403, problem, `refused: ${MESSAGES[problem]}`);
}

export async function checkUrl(raw: string, options: GuardOptions): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RefusedUrl(400, 'url_invalid', 'not a valid absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RefusedUrl(400, 'scheme_not_allowed', 'only http and https URLs can be imported');
  }
  if (url.username || url.password) {
    throw new RefusedUrl(400, 'credentials_not_allowed', 'URLs with user names or passwords are refused');
  }
  // WHATWG parsing already turned decimal, octal and hex IPv4 forms into dotted quads.
  const bracketed = url.hostname;
  const hostname = bracketed.replace(/^\[|\]$/g, '').toLowerCase();
  if (!hostname) throw new RefusedUrl(400, 'url_invalid', 'the URL has no host');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const allowed = options.allowHosts.has(`${bracketed.toLowerCase()}:${port}`);

  if (!allowed) {
    const name = hostname.replace(/\.+$/, '');
    if (name === 'localhost' || name.endsWith('.localhost')) refuseAddress('address_loopback');
    if (METADATA_NAMES.has(name)) refuseAddress('address_metadata');
    if (name === '' || !/^[a-z0-9.:_-]+$/.test(name))
      throw new RefusedUrl(400, 'url_invalid', 'invalid host name');
  }

  let addresses: ResolvedAddress[];
  const literal = isIP(hostname);
  if (literal) {
    addresses = [{ address: hostname, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await options.resolver(hostname);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0)
      throw new RefusedUrl(422, 'host_unresolvable', 'the host name does not resolve');
  }
  if (!allowed) {
    // Every address must be public: a name that also resolves to an internal address is refused.
    for (const { address } of addresses) {
      const problem = addressProblem(address);
      if (problem) refuseAddress(problem);
    }
    if (port !== 80 && port !== 443) {
      throw new RefusedUrl(403, 'port_not_allowed', 'only the standard ports 80 and 443 can be used');
    }
  }
  const first = addresses[0] as ResolvedAddress;
  return { url, hostname, port, address: first.address, family: first.family };
}
