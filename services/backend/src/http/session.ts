import { randomBytes, timingSafeEqual } from 'node:crypto';
import {
  ACCESS_TOKEN_REQUIRED_CLAIMS,
  AUTH_TOKEN_ALGORITHMS,
  accessTokenClaims,
  JWKS_PATH,
  type Session,
} from '@george/contracts';
import { HttpError } from '@george/runtime';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';
import type { BackendConfig } from '../config.js';
import {
  AUTH_UNAVAILABLE,
  CSRF_ORIGIN_REFUSED,
  CSRF_TOKEN_INVALID,
  INVALID_AUTHORIZATION,
  INVALID_TOKEN,
  TOKEN_EXPIRED,
  UNAUTHORIZED,
} from '../errors.js';
import type { Principal } from '../services/principal.js';

export const ACCESS_COOKIE = 'george_session';
export const REFRESH_COOKIE = 'george_refresh';
export const CSRF_COOKIE = 'george_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const API_PREFIX = '/v1/api';
const REFRESH_PATH = `${API_PREFIX}/auth`;

/** What a verified access token says of its user. */
export type TokenClaims = Pick<Principal, 'userId' | 'role' | 'email'>;

/**
 * Verifies access tokens locally with the auth server's public keys (JWKS): fetched once, cached,
 * and fetched again when a token names a key id the cache does not know (a rotation), at most once a
 * second. No call to the auth server per request.
 */
export class TokenVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    private readonly config: Pick<BackendConfig, 'issuer' | 'audience' | 'urls'>,
    internalToken: string,
  ) {
    this.jwks = createRemoteJWKSet(new URL(config.urls.auth + JWKS_PATH), {
      headers: { 'x-internal-token': internalToken },
      // A token naming an unknown key (a rotation) refetches the keys at most once a second.
      cooldownDuration: 1_000,
      cacheMaxAge: 10 * 60_000,
      timeoutDuration: 5_000,
    });
  }

  /**
   * Tokens already verified in this process, until they expire: the signature check is most of a
   * request's cost, and a token's claims never change.
   */
  private readonly verified = new Map<string, { claims: TokenClaims; exp: number }>();

  async verify(token: string): Promise<TokenClaims> {
    const hit = this.verified.get(token);
    if (hit) {
      if (hit.exp > Date.now() / 1000) return hit.claims;
      this.verified.delete(token);
    }
    const { claims, exp } = await this.check(token);
    if (this.verified.size >= 10_000) this.verified.clear();
    this.verified.set(token, { claims, exp });
    return claims;
  }

  private async check(token: string): Promise<{ claims: TokenClaims; exp: number }> {
    try {
      const { payload } = await jwtVerify(token, this.jwks, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: [...AUTH_TOKEN_ALGORITHMS],
        // A token without exp would never expire; one without a known role opens nothing.
        requiredClaims: [...ACCESS_TOKEN_REQUIRED_CLAIMS],
      });
      const claims = accessTokenClaims(payload);
      if (!claims || !/^[A-Za-z0-9_-]{1,64}$/.test(claims.sub)) {
        throw INVALID_TOKEN();
      }
      return { claims: { userId: claims.sub, role: claims.role, email: claims.email }, exp: claims.exp };
    } catch (err) {
      if (err instanceof HttpError) throw err;
      if (err instanceof joseErrors.JWTExpired) throw TOKEN_EXPIRED();
      if (
        err instanceof joseErrors.JWKSTimeout ||
        (err instanceof TypeError && /fetch/i.test(err.message)) ||
        (err instanceof joseErrors.JOSEError && err.code === 'ERR_JOSE_GENERIC')
      ) {
        throw AUTH_UNAVAILABLE();
      }
      throw INVALID_TOKEN();
    }
  }
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw INVALID_AUTHORIZATION();
  return match[1];
}

/** Authenticates the request (bearer token first, else the session cookie); 401 when neither works. */
export async function authenticate(request: FastifyRequest, verifier: TokenVerifier): Promise<Principal> {
  const fromHeader = bearer(request);
  const token = fromHeader ?? request.cookies[ACCESS_COOKIE];
  if (!token) throw UNAUTHORIZED();
  const claims = await verifier.verify(token);
  return { ...claims, via: fromHeader ? 'bearer' : 'cookie', requestId: request.id };
}

type ProxyConfig = Pick<BackendConfig, 'trustedProxies'>;

function fromTrustedProxy(request: FastifyRequest, config: ProxyConfig): boolean {
  const peer = request.socket.remoteAddress ?? '';
  return config.trustedProxies.includes(peer) || config.trustedProxies.includes(peer.replace(/^::ffff:/, ''));
}

function forwarded(request: FastifyRequest, header: string): string | undefined {
  const value = request.headers[header];
  const text = Array.isArray(value) ? value.join(',') : value;
  // The entry the nearest (trusted) proxy appended.
  return text?.split(',').at(-1)?.trim() || undefined;
}

/** The end user's address: the peer, or what a trusted proxy says the peer was. */
export function clientAddress(request: FastifyRequest, config: ProxyConfig): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (!fromTrustedProxy(request, config)) return peer;
  return (forwarded(request, 'x-forwarded-for') ?? peer).slice(0, 64);
}

/** The scheme the browser used: the connection's, or a trusted proxy's X-Forwarded-Proto. */
export function requestScheme(request: FastifyRequest, config: ProxyConfig): 'http' | 'https' {
  if (fromTrustedProxy(request, config)) {
    const proto = forwarded(request, 'x-forwarded-proto');
    if (proto === 'https' || proto === 'http') return proto;
  }
  return request.protocol === 'https' ? 'https' : 'http';
}

function secureCookies(
  request: FastifyRequest,
  config: Pick<BackendConfig, 'cookieSecure' | 'trustedProxies'>,
) {
  if (config.cookieSecure === 'true') return true;
  if (config.cookieSecure === 'false') return false;
  return requestScheme(request, config) === 'https';
}

/** Sets the session cookies (HttpOnly access and refresh tokens, a readable CSRF token); returns the CSRF token. */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  session: Session,
  config: Pick<BackendConfig, 'cookieSecure' | 'trustedProxies'>,
): string {
  const secure = secureCookies(request, config);
  const csrf = randomBytes(24).toString('base64url');
  reply.setCookie(ACCESS_COOKIE, session.accessToken, {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: API_PREFIX,
    maxAge: session.expiresIn,
  });
  reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: REFRESH_PATH,
    maxAge: session.refreshExpiresIn,
  });
  // Double-submit token: readable by the web app's script (same site), sent back as X-CSRF-Token.
  reply.setCookie(CSRF_COOKIE, csrf, {
    httpOnly: false,
    secure,
    sameSite: 'lax',
    path: '/',
    maxAge: session.refreshExpiresIn,
  });
  return csrf;
}

export function clearSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Pick<BackendConfig, 'cookieSecure' | 'trustedProxies'>,
): void {
  const secure = secureCookies(request, config);
  reply.clearCookie(ACCESS_COOKIE, { path: API_PREFIX, httpOnly: true, secure, sameSite: 'lax' });
  reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_PATH, httpOnly: true, secure, sameSite: 'lax' });
  reply.clearCookie(CSRF_COOKIE, { path: '/', secure, sameSite: 'lax' });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * CSRF protection for unsafe methods: (1) a browser's Origin (or Sec-Fetch-Site) must be this
 * site or an allowed origin; (2) a request that authenticates with the session cookie must echo
 * the CSRF cookie in X-CSRF-Token (double submit). Bearer requests carry no ambient credential and
 * need no token. `originOnly`: routes a browser reaches before it has a session (sign-in, sign-up),
 * where the Origin check applies and the token cannot.
 */
export function checkCsrf(
  request: FastifyRequest,
  config: Pick<BackendConfig, 'allowedOrigins' | 'trustedProxies'>,
  originOnly = false,
): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const own = `${requestScheme(request, config)}://${request.headers.host ?? ''}`;
    if (origin !== own && !config.allowedOrigins.includes(origin)) {
      throw CSRF_ORIGIN_REFUSED('requests from this origin');
    }
  } else if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw CSRF_ORIGIN_REFUSED('cross-site requests');
  }
  if (request.headers.authorization !== undefined || originOnly) return;
  const usesCookie =
    request.cookies[ACCESS_COOKIE] !== undefined || request.cookies[REFRESH_COOKIE] !== undefined;
  if (!usesCookie) return;
  const expected = request.cookies[CSRF_COOKIE];
  const given = request.headers[CSRF_HEADER];
  if (!expected || typeof given !== 'string' || !sameString(expected, given)) {
    throw CSRF_TOKEN_INVALID();
  }
}
