import { ACCESS_TOKEN_REQUIRED_CLAIMS, AUTH_TOKEN_ALGORITHMS, accessTokenClaims } from '@george/contracts';
import {
  createLocalJWKSet,
  exportSPKI,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  jwtVerify,
  SignJWT,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSigningKey, KeyRing, pruneSigningKeys, retentionMs } from '../../src/services/keys.js';
import { call, type Harness, PASSWORD, registerUser, startHarness } from '../helpers.js';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('access tokens (EdDSA, JWKS)', () => {
  let h: Harness;
  let jwks: JSONWebKeySet;
  let good: string;
  let userId: string;

  beforeAll(async () => {
    h = await startHarness('sqlite');
    const session = await registerUser(h.app);
    good = session.accessToken;
    userId = session.user.id;
    const res = await h.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    expect(res.statusCode).toBe(200);
    jwks = res.json();
  });
  afterAll(() => h.close());

  /** How other services verify (the README's recipe): EdDSA, issuer, audience, required claims, known role. */
  const backendVerify = async (token: string) => {
    const result = await jwtVerify(token, createLocalJWKSet(jwks), {
      algorithms: [...AUTH_TOKEN_ALGORITHMS],
      issuer: h.config.issuer,
      audience: h.config.audience,
      requiredClaims: [...ACCESS_TOKEN_REQUIRED_CLAIMS],
    });
    if (!accessTokenClaims(result.payload)) throw new Error('claims');
    return result;
  };

  const serviceVerify = async (token: string) =>
    (
      await call<{ valid: boolean; claims?: { sub: string } }>(h.app, 'POST', '/internal/tokens/verify', {
        token,
      })
    ).body;

  async function expectRefused(token: string) {
    await expect(backendVerify(token)).rejects.toThrow();
    expect(await serviceVerify(token)).toEqual({ valid: false });
  }

  it('publishes Ed25519 public keys only, without the internal token', () => {
    expect(jwks.keys.length).toBe(1);
    const key = jwks.keys[0] as JWK;
    expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(typeof key.kid).toBe('string');
    expect(key.d).toBeUndefined();
  });

  it('accepts a genuine token with kid, issuer, audience and expiry', async () => {
    const { payload, protectedHeader } = await backendVerify(good);
    expect(protectedHeader.alg).toBe('EdDSA');
    expect(protectedHeader.kid).toBe(jwks.keys[0]?.kid);
    expect(payload).toMatchObject({ sub: userId, iss: 'george-auth', aud: 'george', role: 'author' });
    expect((payload.exp as number) - (payload.iat as number)).toBe(h.config.accessTtlSeconds);
    const verified = await serviceVerify(good);
    expect(verified.valid).toBe(true);
    expect(verified.claims?.sub).toBe(userId);
  });

  it('refuses alg none', async () => {
    const [header, payload] = good.split('.') as [string, string];
    const kid = JSON.parse(Buffer.from(header, 'base64url').toString()).kid;
    await expectRefused(`${b64({ alg: 'none', typ: 'JWT', kid })}.${payload}.`);
    await expectRefused(`${b64({ alg: 'none', typ: 'JWT', kid })}.${payload}.${good.split('.')[2]}`);
  });

  it('refuses HS256 signed with the public key', async () => {
    const jwk = jwks.keys[0] as JWK;
    const claims = JSON.parse(Buffer.from(good.split('.')[1] as string, 'base64url').toString());
    const publicKey = await importJWK(jwk, 'EdDSA', { extractable: true });
    const secrets = [
      Buffer.from(jwk.x as string, 'base64url'),
      Buffer.from(JSON.stringify(jwk)),
      Buffer.from(await exportSPKI(publicKey as CryptoKey)),
    ];
    for (const secret of secrets) {
      const forged = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: jwk.kid as string })
        .sign(secret);
      await expectRefused(forged);
    }
  });

  it('refuses an expired token signed with the real key', async () => {
    const past = new KeyRing(h.ctx.repos.signingKeys, {
      issuer: h.config.issuer,
      audience: h.config.audience,
      accessTtlSeconds: h.config.accessTtlSeconds,
      now: () => Date.now() - 2 * 3600_000,
    });
    const { token } = await past.sign({ id: userId, role: 'author', email: 'a@example.com' });
    await expectRefused(token);
  });

  /** Signs any claims with the service's own active key, as a leaked signing path would. */
  async function signWithRealKey(claims: Record<string, unknown>, exp: number | undefined): Promise<string> {
    const row = await h.ctx.repos.signingKeys.active();
    const key = await importJWK(JSON.parse(row?.private_jwk ?? '{}') as JWK, 'EdDSA');
    let jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: row?.kid ?? '' })
      .setSubject(userId)
      .setIssuer(h.config.issuer)
      .setAudience(h.config.audience)
      .setIssuedAt()
      .setJti('attack');
    if (exp !== undefined) jwt = jwt.setExpirationTime(exp);
    return jwt.sign(key);
  }

  it('attack: a genuinely signed token without exp does not verify (it would never expire)', async () => {
    const token = await signWithRealKey({ role: 'author', email: 'a@example.com' }, undefined);
    await expectRefused(token);
    await expect(backendVerify(token)).rejects.toThrow(/exp/);
  });

  it('attack: a genuinely signed token with an unknown role or no role does not verify', async () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    for (const claims of [{ role: 'superuser', email: 'a@example.com' }, { email: 'a@example.com' }]) {
      const token = await signWithRealKey(claims, exp);
      await expectRefused(token);
    }
    const fine = await signWithRealKey({ role: 'guest', email: 'a@example.com' }, exp);
    expect((await serviceVerify(fine)).valid).toBe(true);
  });

  it('refuses the wrong audience and the wrong issuer', async () => {
    for (const options of [
      { issuer: h.config.issuer, audience: 'someone-else' },
      { issuer: 'https://evil.example', audience: h.config.audience },
    ]) {
      const ring = new KeyRing(h.ctx.repos.signingKeys, { ...options, accessTtlSeconds: 300 });
      const { token } = await ring.sign({ id: userId, role: 'author', email: 'a@example.com' });
      await expectRefused(token);
    }
  });

  it('refuses an unknown kid and a foreign key claiming the real kid', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const claims = JSON.parse(Buffer.from(good.split('.')[1] as string, 'base64url').toString());
    for (const kid of ['no-such-key', jwks.keys[0]?.kid as string]) {
      const forged = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid })
        .sign(privateKey);
      await expectRefused(forged);
    }
  });

  it('refuses a tampered payload', async () => {
    const [header, payload, signature] = good.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    await expectRefused(`${header}.${b64({ ...claims, role: 'operator' })}.${signature}`);
    await expectRefused(`${header}.${b64({ ...claims, sub: 'someone-else' })}.${signature}`);
    await expectRefused(`${header}.${payload}.${signature.slice(0, -4)}AAAA`);
    expect(await serviceVerify('not.a.token')).toEqual({ valid: false });
  });

  it('rotates the signing key and keeps the old public key until its tokens expire', async () => {
    const before = (await call<{ keys: { kid: string }[] }>(h.app, 'GET', '/internal/keys')).body.keys;
    const rotated = await call<{ kid: string }>(h.app, 'POST', '/internal/keys/rotate');
    expect(rotated.status).toBe(201);
    expect(rotated.body.kid).not.toBe(before[0]?.kid);

    const published = (
      await h.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })
    ).json() as JSONWebKeySet;
    expect(published.keys.map((k) => k.kid).sort()).toEqual([before[0]?.kid, rotated.body.kid].sort());
    jwks = published;
    await expect(backendVerify(good)).resolves.toBeTruthy();
    expect((await serviceVerify(good)).valid).toBe(true);

    const login = await call<{ accessToken: string; user: { email: string } }>(
      h.app,
      'POST',
      '/internal/sessions/login',
      {
        email: (await call<{ user: { email: string } }>(h.app, 'GET', `/internal/users/${userId}`)).body.user
          .email,
        password: PASSWORD,
      },
    );
    expect(login.status).toBe(200);
    const header = JSON.parse(
      Buffer.from(login.body.accessToken.split('.')[0] as string, 'base64url').toString(),
    );
    expect(header.kid).toBe(rotated.body.kid);

    // Once every token of the old key has expired, the key is pruned and its tokens are refused.
    const later = Date.now() + retentionMs(h.config.accessTtlSeconds) + 1000;
    expect(await pruneSigningKeys(h.ctx.repos.signingKeys, h.config.accessTtlSeconds, later)).toBe(1);
    const fresh = new KeyRing(h.ctx.repos.signingKeys, {
      issuer: h.config.issuer,
      audience: h.config.audience,
      accessTtlSeconds: h.config.accessTtlSeconds,
    });
    await expect(fresh.verify(good)).rejects.toThrow();
    await expect(fresh.verify(login.body.accessToken)).resolves.toMatchObject({ sub: userId });
  });

  it('replaces a key once it is older than the rotation age (the supervisor does this)', async () => {
    const maxAge = 3600_000;
    expect(await ensureSigningKey(h.ctx.repos.signingKeys, maxAge)).toBeUndefined();
    const kid = await ensureSigningKey(h.ctx.repos.signingKeys, maxAge, Date.now() + maxAge + 1);
    expect(kid).toBeDefined();
    const keys = (await call<{ keys: { kid: string; active: boolean }[] }>(h.app, 'GET', '/internal/keys'))
      .body.keys;
    expect(keys.filter((k) => k.active).map((k) => k.kid)).toEqual([kid]);
  });

  it('guards every other route with the internal token', async () => {
    const missing = await h.app.inject({ method: 'GET', url: '/internal/users' });
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error.code).toBe('missing_internal_token');
    const wrong = await h.app.inject({
      method: 'POST',
      url: '/internal/sessions/login',
      headers: { 'x-internal-token': 'x'.repeat(48) },
      payload: { email: 'a@example.com', password: 'whatever' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('invalid_internal_token');
    const runtime = await h.app.inject({ method: 'GET', url: '/internal/runtime' });
    expect(runtime.statusCode).toBe(401);
    expect((await h.app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
    const badUser = await h.app.inject({
      method: 'GET',
      url: '/internal/users/me',
      headers: { 'x-internal-token': h.env.INTERNAL_SERVICE_TOKEN as string, 'x-user-id': '../etc' },
    });
    expect(badUser.statusCode).toBe(400);
  });
});
