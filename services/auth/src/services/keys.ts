import { randomBytes } from 'node:crypto';
import {
  ACCESS_TOKEN_REQUIRED_CLAIMS,
  type AccessTokenClaims,
  AUTH_TOKEN_ALGORITHMS,
  accessTokenClaims,
} from '@george/contracts';
import {
  type CryptoKey,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  jwtVerify,
  SignJWT,
} from 'jose';
import { privateJwk, publicJwk, type SigningKeysRepository } from '../repositories/signing-keys.js';

/** How long a worker keeps using the signing key it loaded before looking again. */
export const ACTIVE_KEY_CACHE_MS = 10_000;
/** How long a worker serves the public key set it loaded. */
const JWKS_CACHE_MS = 5_000;

export interface KeyRingOptions {
  issuer: string;
  audience: string;
  accessTtlSeconds: number;
  now?: () => number;
}

/**
 * A retired key stays published while tokens it signed can still be valid: the token lifetime,
 * plus the time a worker may still sign with a key it cached, plus a minute of clock skew.
 */
export function retentionMs(accessTtlSeconds: number): number {
  return accessTtlSeconds * 1000 + ACTIVE_KEY_CACHE_MS + 60_000;
}

/** Makes a new Ed25519 key the active one and retires the others (they stay published). */
export async function rotateSigningKey(keys: SigningKeysRepository, now = Date.now()): Promise<string> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const kid = `k-${now.toString(36)}-${randomBytes(6).toString('hex')}`;
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA' };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
  await keys.replaceActive(
    {
      kid,
      private_jwk: JSON.stringify(privateJwk),
      public_jwk: JSON.stringify(publicJwk),
      created_at: now,
      retired_at: null,
    },
    now,
  );
  return kid;
}

/** Creates the first key when there is none; rotates when the active key is older than `maxAgeMs`. */
export async function ensureSigningKey(
  keys: SigningKeysRepository,
  maxAgeMs: number,
  now = Date.now(),
): Promise<string | undefined> {
  const active = await keys.active();
  if (!active) return rotateSigningKey(keys, now);
  if (maxAgeMs > 0 && now - active.created_at >= maxAgeMs) return rotateSigningKey(keys, now);
  return undefined;
}

/** Deletes retired keys whose tokens have all expired. */
export function pruneSigningKeys(keys: SigningKeysRepository, accessTtlSeconds: number, now = Date.now()) {
  return keys.deleteRetiredBefore(now - retentionMs(accessTtlSeconds));
}

export class TokenError extends Error {}

/** Signs access tokens with the active key; verifies them against the published keys. */
export class KeyRing {
  private active: { kid: string; key: CryptoKey; loadedAt: number } | undefined;
  private published: { jwks: JSONWebKeySet; loadedAt: number } | undefined;
  private readonly now: () => number;

  constructor(
    private readonly keys: SigningKeysRepository,
    private readonly options: KeyRingOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  private async activeKey(): Promise<{ kid: string; key: CryptoKey }> {
    const now = this.now();
    if (this.active && now - this.active.loadedAt < ACTIVE_KEY_CACHE_MS) return this.active;
    let row = await this.keys.active();
    if (!row) {
      await ensureSigningKey(this.keys, 0);
      row = await this.keys.active();
      if (!row) throw new Error('no signing key');
    }
    const key = await importJWK(privateJwk(row), 'EdDSA');
    if (key instanceof Uint8Array) throw new Error('the signing key is not an Ed25519 key');
    this.active = { kid: row.kid, key, loadedAt: now };
    return this.active;
  }

  /** Forgets cached keys (after a rotation in this process). */
  reset(): void {
    this.active = undefined;
    this.published = undefined;
  }

  async rotate(): Promise<string> {
    const kid = await rotateSigningKey(this.keys, this.now());
    this.reset();
    return kid;
  }

  async jwks(fresh = false): Promise<JSONWebKeySet> {
    const now = this.now();
    if (!fresh && this.published && now - this.published.loadedAt < JWKS_CACHE_MS) return this.published.jwks;
    const rows = await this.keys.published(now - retentionMs(this.options.accessTtlSeconds));
    const jwks = { keys: rows.map(publicJwk) };
    this.published = { jwks, loadedAt: now };
    return jwks;
  }

  async sign(user: {
    id: string;
    role: string;
    email: string;
  }): Promise<{ token: string; expiresIn: number }> {
    const { kid, key } = await this.activeKey();
    const iat = Math.floor(this.now() / 1000);
    const expiresIn = this.options.accessTtlSeconds;
    const token = await new SignJWT({ role: user.role, email: user.email })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid })
      .setSubject(user.id)
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + expiresIn)
      .setJti(randomBytes(12).toString('base64url'))
      .sign(key);
    return { token, expiresIn };
  }

  /** Verifies an access token as other services should: EdDSA only, kid, issuer, audience, claims. */
  async verify(token: string): Promise<AccessTokenClaims> {
    const attempt = async (fresh: boolean) =>
      jwtVerify(token, createLocalJWKSet(await this.jwks(fresh)), {
        algorithms: [...AUTH_TOKEN_ALGORITHMS],
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: [...ACCESS_TOKEN_REQUIRED_CLAIMS],
        clockTolerance: 5,
        currentDate: new Date(this.now()),
      });
    const code = (err: unknown) => (err as { code?: string }).code;
    try {
      let result: Awaited<ReturnType<typeof attempt>>;
      try {
        result = await attempt(false);
      } catch (err) {
        // A key created since the set was cached: look once more.
        if (code(err) !== 'ERR_JWKS_NO_MATCHING_KEY') throw err;
        result = await attempt(true);
      }
      const claims = accessTokenClaims(result.payload);
      if (!claims) throw new TokenError('claims');
      return claims;
    } catch (err) {
      if (err instanceof TokenError) throw err;
      throw new TokenError(code(err) ?? 'invalid token');
    }
  }

  async listKeys() {
    const rows = await this.keys.list();
    return rows.map((r) => ({
      kid: r.kid,
      createdAt: new Date(r.created_at).toISOString(),
      retiredAt: r.retired_at === null ? null : new Date(r.retired_at).toISOString(),
      active: r.retired_at === null,
    }));
  }
}
