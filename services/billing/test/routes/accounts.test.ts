import { TEST_DIALECTS, TEST_TOKEN } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInvariants } from '../helpers.js';
import { type BillingFixture, startBilling } from './fixture.js';

describe.each(TEST_DIALECTS)('account routes on %s', (dialect) => {
  let billing: BillingFixture;
  beforeAll(async () => {
    billing = await startBilling(dialect);
  });
  afterAll(async () => {
    await billing?.close();
  });

  it('requires the internal token on every route but health and ready', async () => {
    const missing = await billing.app.inject({ method: 'GET', url: '/accounts/op-1' });
    expect(missing.statusCode).toBe(401);
    const wrong = await billing.app.inject({
      method: 'POST',
      url: '/holds',
      headers: { 'x-internal-token': `${TEST_TOKEN}x` },
      payload: { userId: 'op-1', amount: 1, idempotencyKey: 'k' },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await billing.app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
  });

  it('creates an account once, with the opening grant of its plan', async () => {
    const { send } = billing;
    const first = await send('POST', '/accounts', { userId: 'alice', plan: 'author' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      userId: 'alice',
      plan: 'author',
      balance: 50_000,
      held: 0,
      available: 50_000,
    });
    const again = await send('POST', '/accounts', { userId: 'alice', plan: 'author' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const other = await send('POST', '/accounts', { userId: 'alice', plan: 'guest' });
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({
      code: 'account_exists',
      details: { field: 'plan', plan: 'author' },
    });
    const guest = await send('POST', '/accounts', { userId: 'gus', plan: 'guest' });
    expect(guest.body).toMatchObject({ balance: 0, available: 0 });
    const nobody = await send('GET', '/accounts/nobody');
    expect(nobody.status).toBe(404);
    expect(nobody.body.error.code).toBe('account_not_found');
    expect((await send('POST', '/accounts', { userId: '../x', plan: 'author' })).status).toBe(400);
    expect((await send('POST', '/accounts', { userId: 'zed', plan: 'admin' })).status).toBe(400);
    const entries = (await send('GET', '/accounts/alice/statement')).body.entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ seq: 1, kind: 'grant', amount: 50_000, balanceAfter: 50_000 });
  });

  it('pages statements with a cursor, newest first, summing to the balance', async () => {
    const { send } = billing;
    await send('POST', '/accounts', { userId: 'hal', plan: 'author' });
    for (let i = 0; i < 7; i++) {
      const { holdId } = (
        await send('POST', '/holds', { userId: 'hal', amount: 100, idempotencyKey: `p${i}` })
      ).body;
      await send('POST', `/holds/${holdId}/capture`, { amount: 10 + i });
    }
    const seen: { seq: number; amount: number }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : '?limit=3';
      const page = await send('GET', `/accounts/hal/statement${query}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.entries);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((e) => e.seq)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    expect(seen.reduce((s, e) => s + e.amount, 0)).toBe((await billing.account('hal')).balance);
    const bad = await send('GET', '/accounts/hal/statement?cursor=abc');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_cursor', details: { field: 'cursor' } });
    expect((await send('GET', '/accounts/hal/statement?limit=1000')).status).toBe(400);
  });

  it('leaves the ledger consistent', async () => {
    expect(await checkInvariants(billing.handle)).toEqual([]);
  });
});
