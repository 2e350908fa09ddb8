import { TEST_DIALECTS } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInvariants } from '../helpers.js';
import { type BillingFixture, startBilling } from './fixture.js';

describe.each(TEST_DIALECTS)('hold routes on %s', (dialect) => {
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
    ['NaN or Infinity as JSON sends them (null)', 'null'],
    ['an overflowing literal (Infinity)', '1e400'],
    ['a negative', '-5'],
    ['zero', '0'],
    ['a number above the safe range', '9007199254740993'],
    ['a boolean', 'true'],
  ])('refuses %s as an amount with a 400 naming the field', async (_label, raw) => {
    const { send } = billing;
    await send('POST', '/accounts', { userId: 'val', plan: 'author' });
    for (const [url, payload] of [
      ['/holds', `{"userId":"val","idempotencyKey":"v1","amount":${raw}}`],
      ['/holds/00000000-0000-4000-8000-000000000000/capture', `{"amount":${raw}}`],
    ] as const) {
      const res = await send('POST', url, payload);
      expect(res.status, url).toBe(400);
      expect(res.body.error.code).toBe('validation_error');
      expect(res.body.error.details.field).toBe('amount');
      expect(res.body.error.message).toContain('amount');
    }
    expect(await billing.account('val')).toMatchObject({ balance: 50_000, held: 0 });
  });

  it('refuses a fractional ttl with a 400 naming the field', async () => {
    const ttl = await billing.send('POST', '/holds', {
      userId: 'val',
      amount: 1,
      idempotencyKey: 't',
      ttlSeconds: 0.5,
    });
    expect(ttl.status).toBe(400);
    expect(ttl.body.error.details.field).toBe('ttlSeconds');
  });

  it('places holds only within the available credits, once per idempotency key', async () => {
    const { send } = billing;
    await send('POST', '/accounts', { userId: 'bob', plan: 'author' });
    const hold = await send('POST', '/holds', { userId: 'bob', amount: 30_000, idempotencyKey: 'chat-1' });
    expect(hold.status).toBe(201);
    expect(Object.keys(hold.body).sort()).toEqual(['amount', 'expiresAt', 'holdId']);
    expect(Date.parse(hold.body.expiresAt)).toBeGreaterThan(Date.now());
    const retry = await send('POST', '/holds', { userId: 'bob', amount: 30_000, idempotencyKey: 'chat-1' });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(hold.body);
    const reused = await send('POST', '/holds', { userId: 'bob', amount: 10, idempotencyKey: 'chat-1' });
    expect(reused.status).toBe(409);
    expect(reused.body.error).toMatchObject({
      code: 'idempotency_key_reused',
      details: { field: 'idempotencyKey' },
    });
    expect(await billing.account('bob')).toEqual({
      userId: 'bob',
      plan: 'author',
      balance: 50_000,
      held: 30_000,
      available: 20_000,
    });
    const refused = await send('POST', '/holds', { userId: 'bob', amount: 20_001, idempotencyKey: 'chat-2' });
    expect(refused.status).toBe(402);
    expect(refused.body.error.code).toBe('insufficient_credits');
    expect(refused.body.error.details).toEqual({ available: 20_000, requested: 20_001 });
    expect((await send('POST', '/holds', { userId: 'ghost', amount: 1, idempotencyKey: 'x' })).status).toBe(
      404,
    );
  });

  it('captures at most the held amount, releases the rest, and is idempotent', async () => {
    const { send } = billing;
    await send('POST', '/accounts', { userId: 'cat', plan: 'author' });
    const { holdId } = (await send('POST', '/holds', { userId: 'cat', amount: 1_000, idempotencyKey: 'h' }))
      .body;
    const tooMuch = await send('POST', `/holds/${holdId}/capture`, { amount: 1_001 });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error).toMatchObject({ code: 'capture_exceeds_hold', details: { field: 'amount' } });
    const captured = await send('POST', `/holds/${holdId}/capture`, { amount: 400 });
    expect(captured.status).toBe(200);
    expect(captured.body.hold).toMatchObject({ status: 'captured', amount: 1_000, capturedAmount: 400 });
    expect(captured.body.account).toEqual({
      userId: 'cat',
      plan: 'author',
      balance: 49_600,
      held: 0,
      available: 49_600,
    });
    const again = await send('POST', `/holds/${holdId}/capture`, { amount: 400 });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(captured.body);
    expect((await send('POST', `/holds/${holdId}/capture`, { amount: 300 })).status).toBe(409);
    expect((await send('POST', `/holds/${holdId}/release`)).body.error.code).toBe('hold_captured');
    const entries = (await send('GET', '/accounts/cat/statement')).body.entries;
    expect(entries.map((e: { kind: string; amount: number }) => [e.kind, e.amount])).toEqual([
      ['capture', -400],
      ['grant', 50_000],
    ]);
    const unknown = await send('POST', '/holds/00000000-0000-4000-8000-000000000000/capture', { amount: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('hold_not_found');
    expect((await send('POST', '/holds/not-a-uuid/release')).status).toBe(400);
  });

  it('releases holds idempotently and refuses to capture a released hold', async () => {
    const { send } = billing;
    await send('POST', '/accounts', { userId: 'dan', plan: 'author' });
    const { holdId } = (await send('POST', '/holds', { userId: 'dan', amount: 2_000, idempotencyKey: 'h' }))
      .body;
    const released = await send('POST', `/holds/${holdId}/release`, {});
    expect(released.status).toBe(200);
    expect(released.body.hold.status).toBe('released');
    expect(released.body.account).toMatchObject({ balance: 50_000, held: 0, available: 50_000 });
    const again = await send('POST', `/holds/${holdId}/release`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(released.body);
    const capture = await send('POST', `/holds/${holdId}/capture`, { amount: 1 });
    expect(capture.status).toBe(409);
    expect(capture.body.error.code).toBe('hold_released');
    expect((await send('GET', '/accounts/dan/statement')).body.entries).toHaveLength(1);
  });

  it('releases expired holds by themselves: on read and on capture', async () => {
    const { send, account, expireHold } = billing;
    await send('POST', '/accounts', { userId: 'eve', plan: 'author' });
    const a = (await send('POST', '/holds', { userId: 'eve', amount: 10_000, idempotencyKey: 'a' })).body;
    const b = (await send('POST', '/holds', { userId: 'eve', amount: 20_000, idempotencyKey: 'b' })).body;
    expect(await account('eve')).toMatchObject({ held: 30_000, available: 20_000 });

    await expireHold(a.holdId);
    expect(await account('eve')).toMatchObject({ held: 20_000, available: 30_000 });
    expect((await send('GET', `/holds/${a.holdId}`)).body.status).toBe('expired');

    await expireHold(b.holdId);
    const late = await send('POST', `/holds/${b.holdId}/capture`, { amount: 100 });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('hold_expired');
    expect((await send('GET', `/holds/${b.holdId}`)).body.status).toBe('expired');
    expect(await account('eve')).toMatchObject({ balance: 50_000, held: 0, available: 50_000 });
    // An expired hold's idempotency key still names that hold: no second hold is made.
    expect(
      (await send('POST', '/holds', { userId: 'eve', amount: 10_000, idempotencyKey: 'a' })).body.holdId,
    ).toBe(a.holdId);
  });

  it('leaves the ledger consistent', async () => {
    expect(await checkInvariants(billing.handle)).toEqual([]);
  });
});
