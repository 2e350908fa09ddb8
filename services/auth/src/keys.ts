import { randomBytes } from 'node:crypto';
import { type AccessTokenClaims, AUTH_TOKEN_ALGORITHMS, ROLES, type Role } from '@george/contracts';
import {
  type CryptoKey,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { Db } from './store/db.js';

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

function newKid(): string {
  return `k-${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
}

/** Makes a new Ed25519 key the active one and retires the others (they stay published). */
export async function rotateSigningKey(db: Db, now = Date.now()): Promise<string> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const kid = newKid();
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA' };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('signing_keys').set({ retired_at: now }).where('retired_at', 'is', null).execute();
    await trx
      .insertInto('signing_keys')
      .values({
        kid,
        private_jwk: JSON.stringify(privateJwk),
        public_jwk: JSON.stringify(publicJwk),
        created_at: now,
        retired_at: null,
      })
      .execute();
  });
  return kid;
}

/** Creates the first key when there is none; rotates when the active key is older than `maxAgeMs`. */
export async function ensureSigningKey(
  db: Db,
  maxAgeMs: number,
  now = Date.now(),
): Promise<string | undefined> {
  const active = await db
    .selectFrom('signing_keys')
    .select(['kid', 'created_at'])
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!active) return rotateSigningKey(db, now);
  if (maxAgeMs > 0 && now - active.created_at >= maxAgeMs) return rotateSigningKey(db, now);
  return undefined;
}

/** Deletes retired keys whose tokens have all expired. */
export async function pruneSigningKeys(db: Db, accessTtlSeconds: number, now = Date.now()): Promise<number> {
  const result = await db
    .deleteFrom('signing_keys')
    .where('retired_at', 'is not', null)
    .where('retired_at', '<', now - retentionMs(accessTtlSeconds))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export class TokenError extends Error {}

/** Signs access tokens with the active key from the database; verifies them against the published keys. */
export class KeyRing {
  private active: { kid: string; key: CryptoKey; loadedAt: number } | undefined;
  private published: { jwks: JSONWebKeySet; loadedAt: number } | undefined;
  private readonly now: () => number;

  constructor(
    private readonly db: Db,
    private readonly options: KeyRingOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  private async activeKey(): Promise<{ kid: string; key: CryptoKey }> {
    const now = this.now();
    if (this.active && now - this.active.loadedAt < ACTIVE_KEY_CACHE_MS) return this.active;
    let row = await this.db
      .selectFrom('signing_keys')
      .select(['kid', 'private_jwk'])
      .where('retired_at', 'is', null)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (!row) {
      await ensureSigningKey(this.db, 0);
      row = await this.db
        .selectFrom('signing_keys')
        .select(['kid', 'private_jwk'])
        .where('retired_at', 'is', null)
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
    }
    const key = (await importJWK(JSON.parse(row.private_jwk) as JWK, 'EdDSA')) as CryptoKey;
    this.active = { kid: row.kid, key, loadedAt: now };
    return this.active;
  }

  /** Forgets cached keys (after a rotation in this process). */
  reset(): void {
    this.active = undefined;
    this.published = undefined;
  }

  async jwks(fresh = false): Promise<JSONWebKeySet> {
    const now = this.now();
    if (!fresh && this.published && now - this.published.loadedAt < JWKS_CACHE_MS) return this.published.jwks;
    const rows = await this.db
      .selectFrom('signing_keys')
      .select(['public_jwk'])
      .where((eb) =>
        eb.or([
          eb('retired_at', 'is', null),
          eb('retired_at', '>=', now - retentionMs(this.options.accessTtlSeconds)),
        ]),
      )
      .orderBy('created_at', 'desc')
      .execute();
    const jwks = { keys: rows.map((r) => JSON.parse(r.public_jwk) as JWK) };
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

  /** Verifies an access token exactly as other services should: EdDSA only, kid, issuer, audience, expiry. */
  async verify(token: string): Promise<AccessTokenClaims> {
    const attempt = async (fresh: boolean) => {
      const set = createLocalJWKSet(await this.jwks(fresh));
      return jwtVerify(token, set, {
        algorithms: [...AUTH_TOKEN_ALGORITHMS],
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['sub', 'exp', 'iat', 'jti'],
        clockTolerance: 5,
        currentDate: new Date(this.now()),
      });
    };
    let result: Awaited<ReturnType<typeof attempt>>;
    try {
      try {
        result = await attempt(false);
      } catch (err) {
        // A key created since the set was cached: look once more.
        if ((err as { code?: string }).code !== 'ERR_JWKS_NO_MATCHING_KEY') throw err;
        result = await attempt(true);
      }
    } catch (err) {
      throw new TokenError((err as { code?: string }).code ?? 'invalid token');
    }
    const p = result.payload;
    if (
      typeof p.role !== 'string' ||
      !(ROLES as readonly string[]).includes(p.role) ||
      typeof p.email !== 'string'
    ) {
      throw new TokenError('claims');
    }
    return {
      sub: p.sub as string,
      role: p.role as Role,
      email: p.email,
      iss: p.iss as string,
      aud: Array.isArray(p.aud) ? (p.aud[0] as string) : (p.aud as string),
      iat: p.iat as number,
      exp: p.exp as number,
      jti: p.jti as string,
    };
  }

  async listKeys() {
    const rows = await this.db
      .selectFrom('signing_keys')
      .select(['kid', 'created_at', 'retired_at'])
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      kid: r.kid,
      createdAt: new Date(r.created_at).toISOString(),
      retiredAt: r.retired_at === null ? null : new Date(r.retired_at).toISOString(),
      active: r.retired_at === null,
    }));
  }
}
