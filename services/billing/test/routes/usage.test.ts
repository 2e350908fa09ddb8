import { TEST_DIALECTS } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInvariants } from '../helpers.js';
import { type BillingFixture, startBilling } from './fixture.js';

describe.each(TEST_DIALECTS)('usage and price routes on %s', (dialect) => {
  let billing: BillingFixture;
  beforeAll(async () => {
    billing = await startBilling(dialect);
  });
  afterAll(async () => {
    await billing?.close();
  });

  it('refuses bad token counts with a 400 naming the field', async () => {
    const res = await billing.send('POST', '/usage', {
      userId: 'val',
      idempotencyKey: 'u',
      model: 'gpt-4o',
      inputTokens: -1,
      outputTokens: 1,
      purpose: 'chat',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('inputTokens');
  });

  it('lists and quotes prices', async () => {
    const prices = await billing.send('GET', '/prices');
    expect(prices.body.creditsPerUsd).toBe(10_000);
    expect(prices.body.models).toContainEqual({
      model: 'gpt-4o',
      inputPerMillion: 25_000,
      outputPerMillion: 100_000,
    });
    const quote = await billing.send('POST', '/prices/quote', {
      model: 'gpt-4o',
      inputTokens: 1_001,
      outputTokens: 1,
    });
    // (1001 * 25000 + 1 * 100000) / 1e6 = 25.125 -> 26 credits (rounded up)
    expect(quote.body).toEqual({ model: 'gpt-4o', cost: 26 });
    const unknown = await billing.send('POST', '/prices/quote', {
      model: 'nope',
      inputTokens: 1,
      outputTokens: 1,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'unknown_model', details: { field: 'model' } });
  });

  it('records usage priced by the table, charging through a hold or directly', async () => {
    const { send } = billing;
    await send('POST', '/accounts', { userId: 'gil', plan: 'author' });
    const { holdId } = (await send('POST', '/holds', { userId: 'gil', amount: 100, idempotencyKey: 'h' }))
      .body;
    const usage = {
      userId: 'gil',
      idempotencyKey: 'call-1',
      model: 'gpt-4o',
      inputTokens: 1_001,
      outputTokens: 1,
      projectId: 'proj-1',
      purpose: 'chat',
      holdId,
    };
    const first = await send('POST', '/usage', usage);
    expect(first.status).toBe(201);
    expect(first.body.usage).toMatchObject({
      cost: 26,
      charged: 26,
      holdId,
      projectId: 'proj-1',
      purpose: 'chat',
    });
    expect(first.body.account).toMatchObject({ balance: 49_974, held: 0 });
    const again = await send('POST', '/usage', usage);
    expect(again.status).toBe(200);
    expect(again.body.usage).toEqual(first.body.usage);
    expect((await send('GET', `/holds/${holdId}`)).body).toMatchObject({
      status: 'captured',
      capturedAmount: 26,
    });

    // A hold smaller than the cost: the hold is charged in full, the record keeps the true cost.
    const small = (await send('POST', '/holds', { userId: 'gil', amount: 10, idempotencyKey: 'h2' })).body;
    const capped = await send('POST', '/usage', { ...usage, idempotencyKey: 'call-2', holdId: small.holdId });
    expect(capped.body.usage).toMatchObject({ cost: 26, charged: 10 });

    const direct = await send('POST', '/usage', {
      ...usage,
      idempotencyKey: 'call-3',
      holdId: undefined,
      model: 'gpt-4o-mini',
      inputTokens: 1_000_000,
      outputTokens: 0,
    });
    expect(direct.body.usage).toMatchObject({ cost: 1_500, charged: 1_500, holdId: null });
    expect(direct.body.account).toMatchObject({ balance: 49_974 - 10 - 1_500 });
    const free = await send('POST', '/usage', {
      ...usage,
      idempotencyKey: 'call-4',
      holdId: null,
      model: 'extractive',
    });
    expect(free.body.usage).toMatchObject({ cost: 0, charged: 0 });

    const unknown = await send('POST', '/usage', {
      ...usage,
      idempotencyKey: 'call-5',
      model: 'nope',
      holdId: null,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.field).toBe('model');
    const broke = await send('POST', '/usage', {
      ...usage,
      idempotencyKey: 'call-6',
      holdId: null,
      inputTokens: 100_000_000,
    });
    expect(broke.status).toBe(402);

    const page1 = await send('GET', '/accounts/gil/usage?limit=2');
    expect(page1.body.usage).toHaveLength(2);
    const page2 = await send('GET', `/accounts/gil/usage?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.usage).toHaveLength(2);
    expect(page2.body.nextCursor).toBeNull();
    const ids = [...page1.body.usage, ...page2.body.usage].map((u: { usageId: string }) => u.usageId);
    expect(new Set(ids).size).toBe(4);
    expect((await send('GET', '/accounts/gil/usage?cursor=12')).body.error.code).toBe('invalid_cursor');
  });

  it('leaves the ledger consistent', async () => {
    expect(await checkInvariants(billing.handle)).toEqual([]);
  });
});
