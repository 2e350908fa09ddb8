/** Every coded error the External Data Server answers with (besides the runtime's validation and token errors). */
import { createError } from '@george/runtime';

// The SSRF guard: what is wrong with a user-supplied URL.
/** The message says what is invalid. */
export const UrlInvalid = createError('url_invalid', '%s', 400);
export const SchemeNotAllowed = createError(
  'scheme_not_allowed',
  'only http and https URLs can be imported',
  400,
);
export const CredentialsNotAllowed = createError(
  'credentials_not_allowed',
  'URLs with user names or passwords are refused',
  400,
);
export const HostUnresolvable = createError('host_unresolvable', 'the host name does not resolve', 422);
export const PortNotAllowed = createError(
  'port_not_allowed',
  'only the standard ports 80 and 443 can be used',
  403,
);
export const AddressLoopback = createError(
  'address_loopback',
  'refused: the address is a loopback address',
  403,
);
export const AddressPrivate = createError(
  'address_private',
  'refused: the address is in a private network',
  403,
);
export const AddressLinkLocal = createError('address_link_local', 'refused: the address is link-local', 403);
export const AddressUniqueLocal = createError(
  'address_unique_local',
  'refused: the address is an IPv6 unique-local address',
  403,
);
export const AddressMulticast = createError(
  'address_multicast',
  'refused: the address is a multicast address',
  403,
);
export const AddressUnspecified = createError(
  'address_unspecified',
  'refused: the address is unspecified (0.0.0.0 or ::)',
  403,
);
export const AddressMetadata = createError(
  'address_metadata',
  'refused: the address is a cloud metadata endpoint',
  403,
);
export const AddressReserved = createError(
  'address_reserved',
  'refused: the address is reserved or not globally routable',
  403,
);

// Fetching the page.
/** The message says how the fetch failed. */
export const FetchFailed = createError('fetch_failed', '%s', 422);
/** The message says what is wrong with the redirect. */
export const RedirectInvalid = createError('redirect_invalid', '%s', 422);
export const TooManyRedirects = createError('too_many_redirects', 'more than %d redirects', 422);
export const UpstreamStatus = createError('upstream_status', 'the page answered %d', 422);
export const UnsupportedContentType = createError(
  'unsupported_content_type',
  'only HTML and plain-text pages can be imported',
  415,
);
export const BodyTooLarge = createError('body_too_large', 'the page is larger than %d bytes', 413);
export const FetchTimeout = createError('fetch_timeout', 'the page did not arrive within %d ms', 422);

// Look-ups and limits.
export const WikipediaUnavailable = createError(
  'wikipedia_unavailable',
  'wikipedia is unavailable (%s)',
  503,
);
export const WiktionaryUnavailable = createError(
  'wiktionary_unavailable',
  'wiktionary is unavailable (%s)',
  503,
);
export const DatamuseUnavailable = createError('datamuse_unavailable', 'datamuse is unavailable (%s)', 503);
export const LookupUnavailable = createError(
  'lookup_unavailable',
  'Wikipedia and Wiktionary are both unavailable',
  503,
);
export const RateLimited = createError('rate_limited', 'too many requests; try again shortly', 429);
