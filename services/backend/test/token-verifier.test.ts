/**
 * The backend verifies access tokens as auth does: a token signed with auth's real key but without
 * `exp`, or naming a role George does not have, is refused.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUTH_DEFAULT_AUDIENCE, AUTH_DEFAULT_ISSUER, JWKS_PATH } from '@george/contracts';
import { HttpError } from '@george/runtime';
import { TEST_TOKEN } from '@george/runtime/testing';
import { type CryptoKey, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenVerifier } from '../src/http/session.js';

const UNREACHABLE = 'http://127.0.0.1:9';

describe('access token verification in the backend', () => {
  let server: Server;
  let privateKey: CryptoKey;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'EdDSA', use: 'sig' };
    server = createServer((req, res) => {
      res.writeHead(req.url === JWKS_PATH ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    verifier = new TokenVerifier(
      {
        issuer: AUTH_DEFAULT_ISSUER,
        audience: AUTH_DEFAULT_AUDIENCE,
        // Only the auth server is asked (for its keys); nothing listens at the others.
        urls: {
          auth: `http://127.0.0.1:${port}`,
          filesystem: UNREACHABLE,
          git: UNREACHABLE,
          chroma: UNREACHABLE,
          billing: UNREACHABLE,
          externalData: UNREACHABLE,
        },
      },
      TEST_TOKEN,
    );
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (claims: Record<string, unknown>, exp: number | undefined) => {
    let jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: 'k1' })
      .setSubject('user-1')
      .setIssuer(AUTH_DEFAULT_ISSUER)
      .setAudience(AUTH_DEFAULT_AUDIENCE)
      .setIssuedAt()
      .setJti('j1');
    if (exp !== undefined) jwt = jwt.setExpirationTime(exp);
    return jwt.sign(privateKey);
  };
  const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
  const refusal = (token: string) =>
    verifier.verify(token).then(
      () => undefined,
      (err: unknown) => (err instanceof HttpError ? err.code : String(err)),
    );

  it('accepts a complete token', async () => {
    const claims = await verifier.verify(await sign({ role: 'author', email: 'a@example.com' }, inAnHour()));
    expect(claims).toEqual({ userId: 'user-1', role: 'author', email: 'a@example.com' });
  });

  it('attack: refuses a genuinely signed token without exp', async () => {
    expect(await refusal(await sign({ role: 'author', email: 'a@example.com' }, undefined))).toBe(
      'invalid_token',
    );
  });

  it('attack: refuses a genuinely signed token with an unknown role, or none', async () => {
    expect(await refusal(await sign({ role: 'root', email: 'a@example.com' }, inAnHour()))).toBe(
      'invalid_token',
    );
    expect(await refusal(await sign({ email: 'a@example.com' }, inAnHour()))).toBe('invalid_token');
  });
});
