import { TEST_DIALECTS } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInvariants } from '../helpers.js';
import { type BillingFixture, OPERATOR, startBilling } from './fixture.js';

describe.each(TEST_DIALECTS)('operator routes on %s', (dialect) => {
  let billing: BillingFixture;
  beforeAll(async () => {
    billing = await startBilling(dialect);
  });
  afterAll(async () => {
    await billing?.close();
  });

  it.each([
    ['a string', '"100"'],
    ['a float', '1.5'],
    ['null', 'null'],
    ['an overflowing literal (Infinity)', '1e400'],
    ['a negative', '-5'],
    ['zero', '0'],
  ])('refuses %s as an amount with a 400 naming the field', async (_label, raw) => {
    const { send } = billing;
    await send('POST', '/accounts', { userId: 'val', plan: 'author' });
    for (const [url, payload] of [
      ['/topups', `{"userId":"val","idempotencyKey":"v2","reason":"r","amount":${raw}}`],
      [
        '/adjustments',
        `{"userId":"val","idempotencyKey":"v3","reason":"r","direction":"credit","amount":${raw}}`,
      ],
    ] as const) {
      const res = await send('POST', url, payload, OPERATOR);
      expect(res.status, url).toBe(400);
      expect(res.body.error.details.field).toBe('amount');
    }
    expect(await billing.account('val')).toMatchObject({ balance: 50_000, held: 0 });
  });

  it('lets operators top up and adjust, with idempotency keys and reasons', async () => {
    const { send } = billing;
    await send('POST', '/accounts', { userId: 'fay', plan: 'guest' });
    const body = { userId: 'fay', amount: 7_000, idempotencyKey: 'topup-1', reason: 'monthly plan' };
    const anonymous = await send('POST', '/topups', body);
    expect(anonymous.status).toBe(403);
    expect(anonymous.body.error.code).toBe('operator_required');
    expect((await send('POST', '/topups', body, { 'x-user-id': 'fay' })).status).toBe(403);
    const first = await send('POST', '/topups', body, OPERATOR);
    expect(first.status).toBe(201);
    expect(first.body.entry).toMatchObject({
      kind: 'topup',
      amount: 7_000,
      balanceAfter: 7_000,
      actor: 'op-1',
    });
    const again = await send('POST', '/topups', body, OPERATOR);
    expect(again.status).toBe(200);
    expect(again.body.entry).toEqual(first.body.entry);
    expect((await send('POST', '/topups', { ...body, amount: 8_000 }, OPERATOR)).status).toBe(409);

    const debit = {
      userId: 'fay',
      amount: 2_000,
      direction: 'debit',
      idempotencyKey: 'adj-1',
      reason: 'refund',
    };
    const adjusted = await send('POST', '/adjustments', debit, OPERATOR);
    expect(adjusted.status).toBe(201);
    expect(adjusted.body.account).toMatchObject({ balance: 5_000 });
    expect((await send('POST', '/adjustments', debit, OPERATOR)).status).toBe(200);
    const overdraw = await send(
      'POST',
      '/adjustments',
      { ...debit, amount: 5_001, idempotencyKey: 'adj-2' },
      OPERATOR,
    );
    expect(overdraw.status).toBe(402);
    const credit = await send(
      'POST',
      '/adjustments',
      { ...debit, direction: 'credit', amount: 1, idempotencyKey: 'adj-3' },
      OPERATOR,
    );
    expect(credit.body.account).toMatchObject({ balance: 5_001 });
    expect((await send('POST', '/topups', { ...body, userId: 'nobody' }, OPERATOR)).status).toBe(404);
    expect((await send('POST', '/topups', { ...body, reason: '' }, OPERATOR)).body.error.details.field).toBe(
      'reason',
    );
  });

  it('gives operators the figures: accounts, credits in circulation, usage by model', async () => {
    const { send, handle } = billing;
    await send('POST', '/accounts', { userId: 'gil', plan: 'author' });
    for (const [key, charged] of [
      ['call-1', 100],
      ['call-2', 10],
    ] as const) {
      const { holdId } = (
        await send('POST', '/holds', { userId: 'gil', amount: charged, idempotencyKey: key })
      ).body;
      const call = {
        userId: 'gil',
        idempotencyKey: key,
        model: 'gpt-4o',
        inputTokens: 1_001,
        outputTokens: 1,
      };
      expect((await send('POST', '/usage', { ...call, purpose: 'chat', holdId })).status).toBe(201);
    }
    expect((await send('GET', '/figures')).status).toBe(403);
    const res = await send('GET', '/figures', undefined, OPERATOR);
    expect(res.status).toBe(200);
    const balances = await handle.db.selectFrom('accounts').select(['balance', 'held', 'plan']).execute();
    const total = balances.reduce((s, a) => s + a.balance, 0);
    expect(res.body.accounts.total).toBe(balances.length);
    expect(res.body.accounts.byPlan.operator).toBe(1);
    expect(res.body.credits.inCirculation).toBe(total);
    expect(res.body.credits.available).toBe(total - res.body.credits.held);
    expect(Object.values(res.body.credits.byKind as Record<string, number>).reduce((s, v) => s + v, 0)).toBe(
      total,
    );
    const gpt = res.body.usage.find((u: { model: string }) => u.model === 'gpt-4o');
    expect(gpt).toMatchObject({ calls: 2, inputTokens: 2_002, outputTokens: 2, cost: 52, charged: 36 });
    expect(res.body.since).toBeNull();
    const later = await send('GET', `/figures?since=${Date.now() + 60_000}`, undefined, OPERATOR);
    expect(later.body.usage).toEqual([]);
  });

  it('leaves the ledger consistent', async () => {
    expect(await checkInvariants(billing.handle)).toEqual([]);
  });
});
