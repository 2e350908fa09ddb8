/**
 * The SSRF guard for user-supplied URLs: scheme, credentials, port, host names that are internal
 * by definition, then every address the name resolves to. The checked address is the one the
 * fetcher connects to (no second look-up, so DNS rebinding cannot swap it).
 */

import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { mustAt } from '@george/runtime/collections';
import {
  AddressLinkLocal,
  AddressLoopback,
  AddressMetadata,
  AddressMulticast,
  AddressPrivate,
  AddressReserved,
  AddressUniqueLocal,
  AddressUnspecified,
  CredentialsNotAllowed,
  HostUnresolvable,
  PortNotAllowed,
  SchemeNotAllowed,
  UrlInvalid,
} from '../../errors.js';
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

const REFUSALS = {
  address_loopback: AddressLoopback,
  address_private: AddressPrivate,
  address_link_local: AddressLinkLocal,
  address_unique_local: AddressUniqueLocal,
  address_multicast: AddressMulticast,
  address_unspecified: AddressUnspecified,
  address_metadata: AddressMetadata,
  address_reserved: AddressReserved,
} satisfies Record<AddressProblem, unknown>;

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
  throw REFUSALS[problem]();
}

export async function checkUrl(raw: string, options: GuardOptions): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw UrlInvalid('not a valid absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw SchemeNotAllowed();
  }
  if (url.username || url.password) {
    throw CredentialsNotAllowed();
  }
  // WHATWG parsing already turned decimal, octal and hex IPv4 forms into dotted quads.
  const bracketed = url.hostname;
  const hostname = bracketed.replace(/^\[|\]$/g, '').toLowerCase();
  if (!hostname) throw UrlInvalid('the URL has no host');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const allowed = options.allowHosts.has(`${bracketed.toLowerCase()}:${port}`);

  if (!allowed) {
    const name = hostname.replace(/\.+$/, '');
    if (name === 'localhost' || name.endsWith('.localhost')) refuseAddress('address_loopback');
    if (METADATA_NAMES.has(name)) refuseAddress('address_metadata');
    if (name === '' || !/^[a-z0-9.:_-]+$/.test(name)) throw UrlInvalid('invalid host name');
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
    if (addresses.length === 0) throw HostUnresolvable();
  }
  if (!allowed) {
    // Every address must be public: a name that also resolves to an internal address is refused.
    for (const { address } of addresses) {
      const problem = addressProblem(address);
      if (problem) refuseAddress(problem);
    }
    if (port !== 80 && port !== 443) {
      throw PortNotAllowed();
    }
  }
  const first = mustAt(addresses, 0);
  return { url, hostname, port, address: first.address, family: first.family };
}
