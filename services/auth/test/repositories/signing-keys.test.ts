/** The signing keys as stored: each JWK read back through its schema, a corrupt one reported by kid. */
import { describe, expect, it } from 'vitest';
import { memoryRepositories } from '../../src/repositories/memory.js';
import { privateJwk, publicJwk, type SigningKeyRow } from '../../src/repositories/signing-keys.js';
import { KeyRing, rotateSigningKey } from '../../src/services/keys.js';

const options = { issuer: 'george-auth', audience: 'george', accessTtlSeconds: 900 };

describe('stored signing keys', () => {
  it('reads the Ed25519 keys rotateSigningKey stores, and signs and publishes with them', async () => {
    const { signingKeys } = memoryRepositories();
    const kid = await rotateSigningKey(signingKeys);
    const row = await signingKeys.active();
    expect(row && publicJwk(row)).toMatchObject({
      kty: 'OKP',
      crv: 'Ed25519',
      kid,
      alg: 'EdDSA',
      use: 'sig',
    });
    expect(row && privateJwk(row)).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid, d: expect.any(String) });
    const ring = new KeyRing(signingKeys, options);
    const { token } = await ring.sign({ id: 'u1', role: 'author', email: 'a@example.com' });
    expect(token.split('.')).toHaveLength(3);
    expect((await ring.jwks()).keys.map((k) => k.kid)).toEqual([kid]);
  });

  it('reports a stored key of another shape as a corrupt row, naming the column and the kid', async () => {
    const { signingKeys } = memoryRepositories();
    await rotateSigningKey(signingKeys, 1000);
    const good = await signingKeys.active();
    if (!good) throw new Error('no key');
    const bad: SigningKeyRow = {
      ...good,
      kid: 'k-bad',
      private_jwk: JSON.stringify({ kty: 'RSA', kid: 'k-bad' }),
      public_jwk: JSON.stringify({ kty: 'OKP', crv: 'Ed25519', kid: 'k-bad', alg: 'EdDSA' }),
      created_at: 2000,
    };
    await signingKeys.replaceActive(bad, 2000);
    const ring = new KeyRing(signingKeys, options);
    await expect(ring.sign({ id: 'u1', role: 'author', email: 'a@example.com' })).rejects.toThrow(
      /corrupt stored value in signing_keys\.private_jwk of key k-bad: \/(kty|crv)/,
    );
    await expect(ring.jwks()).rejects.toThrow(
      /corrupt stored value in signing_keys\.public_jwk of key k-bad: \/x/,
    );
  });
});
