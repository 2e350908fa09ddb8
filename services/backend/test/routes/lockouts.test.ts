/**
 * Operators see and lift login lock-outs through the public API (`/v1/api/admin`), against a real
 * auth server; nobody else can.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from '../support/api.js';

describe('operators and login lock-outs', () => {
  let api: ApiHarness;
  let author: { token: string; userId: string };
  const email = `locked-${Date.now()}@example.com`;

  beforeAll(async () => {
    api = await startApi();
    author = await api.signUp(email);
    // Twelve wrong passwords for the author's account from one address: past the free failures, delayed.
    for (let i = 0; i < 12; i++) {
      await api.call('POST', '/v1/api/auth/login', undefined, { email, password: `wrong guess ${i}` });
    }
  });
  afterAll(() => api.close());

  it('lists the delayed account for operators only', async () => {
    const listed = await api.call('GET', '/v1/api/admin/lockouts', api.operatorToken);
    expect(listed.statusCode).toBe(200);
    const { lockouts } = listed.json() as {
      lockouts: { scope: string; userId: string | null; failures: number }[];
    };
    expect(lockouts).toEqual(
      expect.arrayContaining([expect.objectContaining({ scope: 'account_address', userId: author.userId })]),
    );
    expect((await api.call('GET', '/v1/api/admin/lockouts', author.token)).statusCode).toBe(403);
    expect((await api.call('GET', '/v1/api/admin/lockouts')).statusCode).toBe(401);
  });

  it('lifts an account and an address; others cannot', async () => {
    expect(
      (await api.call('DELETE', `/v1/api/admin/users/${author.userId}/lockout`, author.token)).statusCode,
    ).toBe(403);
    expect(
      (await api.call('DELETE', `/v1/api/admin/users/${author.userId}/lockout`, api.operatorToken))
        .statusCode,
    ).toBe(204);
    const after = (await api.call('GET', '/v1/api/admin/lockouts', api.operatorToken)).json() as {
      lockouts: { userId: string | null }[];
    };
    expect(after.lockouts.filter((l) => l.userId === author.userId)).toEqual([]);
    expect(
      (await api.call('DELETE', '/v1/api/admin/addresses/127.0.0.1/lockout', api.operatorToken)).statusCode,
    ).toBe(204);
    expect(
      (await api.call('DELETE', '/v1/api/admin/addresses/not%20an%20address/lockout', api.operatorToken))
        .statusCode,
    ).toBe(400);
  });
});
