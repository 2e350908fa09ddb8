import type { GeorgeInstance } from '@george/runtime';
import {
  createTestDatabase,
  productionEnv,
  TEST_DIALECTS,
  TEST_TOKEN,
  type TestDatabase,
} from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, service } from '../src/app.js';
import { BillingStore } from '../src/store/store.js';
import { checkInvariants, openTestDb } from './helpers.js';

const OPERATOR = { 'x-user-id': 'op-1' };

describe.each(TEST_DIALECTS)('billing API on %s', (dialect) => {
  let db: TestDatabase;
  let app: GeorgeInstance;
  let handle: ReturnType<typeof openTestDb>;

  const send = async (
    method: 'GET' | 'POST',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await app.inject({
      method,
      url,
      headers: {
        'x-internal-token': TEST_TOKEN,
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(payload === undefined
        ? {}
        : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
    });
    return { status: res.statusCode, body: res.json() };
  };

  const account = async (userId: string) => (await send('GET', `/accounts/${userId}`)).body;
  const expireHold = async (holdId: string) => {
    await handle.db
      .updateTable('holds')
      .set({ expires_at: Date.now() - 1000 })
      .where('id', '=', holdId)
      .execute();
  };

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const env = productionEnv({ ...db.env, BILLING_SWEEP_SECONDS: '0' });
    await service.prestart?.(env);
    app = await buildApp(env);
    handle = openTestDb(db);
    expect((await send('POST', '/accounts', { userId: 'op-1', plan: 'operator' })).status).toBe(201);
  });

  afterAll(async () => {
    await app?.close();
    await handle?.close();
    await db?.cleanup();
  });

  it('requires the internal token on every route but health and ready', async () => {
    const missing = await app.inject({ method: 'GET', url: '/accounts/op-1' });
    expect(missing.statusCode).toBe(401);
    const wrong = await app.inject({
      method: 'POST',
      url: '/holds',
      headers: { 'x-internal-token': `${TEST_TOKEN}x` },
      payload: { userId: 'op-1', amount: 1, idempotencyKey: 'k' },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
  });

  it('creates an account once, with the opening grant of its plan', async () => {
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
    const guest = await send('POST', '/accounts', { userId: 'gus', plan: 'guest' });
    expect(guest.body).toMatchObject({ balance: 0, available: 0 });
    expect((await send('GET', '/accounts/nobody')).status).toBe(404);
    expect((await send('POST', '/accounts', { userId: '../x', plan: 'author' })).status).toBe(400);
    expect((await send('POST', '/accounts', { userId: 'zed', plan: 'admin' })).status).toBe(400);
    const entries = (await send('GET', '/accounts/alice/statement')).body.entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ seq: 1, kind: 'grant', amount: 50_000, balanceAfter: 50_000 });
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
    await send('POST', '/accounts', { userId: 'val', plan: 'author' });
    const routes: [string, string][] = [
      ['/holds', `{"userId":"val","idempotencyKey":"v1","amount":${raw}}`],
      ['/topups', `{"userId":"val","idempotencyKey":"v2","reason":"r","amount":${raw}}`],
      [
        '/adjustments',
        `{"userId":"val","idempotencyKey":"v3","reason":"r","direction":"credit","amount":${raw}}`,
      ],
      ['/holds/00000000-0000-4000-8000-000000000000/capture', `{"amount":${raw}}`],
    ];
    for (const [url, payload] of routes) {
      const res = await send('POST', url, payload, OPERATOR);
      expect(res.status, url).toBe(400);
      expect(res.body.error.code).toBe('validation_error');
      expect(res.body.error.details.field).toBe('amount');
      expect(res.body.error.message).toContain('amount');
    }
    expect(await account('val')).toMatchObject({ balance: 50_000, held: 0 });
  });

  it('refuses bad token counts and ttl with a 400 naming the field', async () => {
    const res = await send('POST', '/usage', {
      userId: 'val',
      idempotencyKey: 'u',
      model: 'gpt-4o',
      inputTokens: -1,
      outputTokens: 1,
      purpose: 'chat',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('inputTokens');
    const ttl = await send('POST', '/holds', {
      userId: 'val',
      amount: 1,
      idempotencyKey: 't',
      ttlSeconds: 0.5,
    });
    expect(ttl.body.error.details.field).toBe('ttlSeconds');
  });

  it('places holds only within the available credits, once per idempotency key', async () => {
    await send('POST', '/accounts', { userId: 'bob', plan: 'author' });
    const hold = await send('POST', '/holds', { userId: 'bob', amount: 30_000, idempotencyKey: 'chat-1' });
    expect(hold.status).toBe(201);
    expect(Object.keys(hold.body).sort()).toEqual(['amount', 'expiresAt', 'holdId']);
    expect(hold.body.amount).toBe(30_000);
    expect(Date.parse(hold.body.expiresAt)).toBeGreaterThan(Date.now());
    const retry = await send('POST', '/holds', { userId: 'bob', amount: 30_000, idempotencyKey: 'chat-1' });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(hold.body);
    const reused = await send('POST', '/holds', { userId: 'bob', amount: 10, idempotencyKey: 'chat-1' });
    expect(reused.status).toBe(409);
    expect(await account('bob')).toEqual({
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
    await send('POST', '/accounts', { userId: 'cat', plan: 'author' });
    const { holdId } = (await send('POST', '/holds', { userId: 'cat', amount: 1_000, idempotencyKey: 'h' }))
      .body;
    const tooMuch = await send('POST', `/holds/${holdId}/capture`, { amount: 1_001 });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.details.field).toBe('amount');
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
    expect(
      (await send('POST', '/holds/00000000-0000-4000-8000-000000000000/capture', { amount: 1 })).status,
    ).toBe(404);
    expect((await send('POST', '/holds/not-a-uuid/release')).status).toBe(400);
  });

  it('releases holds idempotently and refuses to capture a released hold', async () => {
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

  it('releases expired holds by themselves: on read, on capture, and by the sweep', async () => {
    await send('POST', '/accounts', { userId: 'eve', plan: 'author' });
    const a = (await send('POST', '/holds', { userId: 'eve', amount: 10_000, idempotencyKey: 'a' })).body;
    const b = (await send('POST', '/holds', { userId: 'eve', amount: 20_000, idempotencyKey: 'b' })).body;
    const c = (
      await send('POST', '/holds', { userId: 'eve', amount: 5_000, idempotencyKey: 'c', ttlSeconds: 60 })
    ).body;
    expect(await account('eve')).toMatchObject({ held: 35_000, available: 15_000 });

    await expireHold(a.holdId);
    expect(await account('eve')).toMatchObject({ held: 25_000, available: 25_000 });
    expect((await send('GET', `/holds/${a.holdId}`)).body.status).toBe('expired');

    await expireHold(b.holdId);
    const late = await send('POST', `/holds/${b.holdId}/capture`, { amount: 100 });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('hold_expired');
    expect((await send('GET', `/holds/${b.holdId}`)).body.status).toBe('expired');

    await expireHold(c.holdId);
    const store = new BillingStore(handle);
    expect(await store.sweepExpired()).toBeGreaterThanOrEqual(1);
    const held = await handle.db
      .selectFrom('accounts')
      .select('held')
      .where('user_id', '=', 'eve')
      .executeTakeFirst();
    expect(held?.held).toBe(0);
    expect(await account('eve')).toMatchObject({ balance: 50_000, held: 0, available: 50_000 });
    // An expired hold's idempotency key still names that hold: no second hold is made.
    expect(
      (await send('POST', '/holds', { userId: 'eve', amount: 10_000, idempotencyKey: 'a' })).body.holdId,
    ).toBe(a.holdId);
  });

  it('lets operators top up and adjust, with idempotency keys and reasons', async () => {
    await send('POST', '/accounts', { userId: 'fay', plan: 'guest' });
    const body = { userId: 'fay', amount: 7_000, idempotencyKey: 'topup-1', reason: 'monthly plan' };
    expect((await send('POST', '/topups', body)).status).toBe(403);
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

  it('records usage priced by the table, charging through a hold or directly', async () => {
    await send('POST', '/accounts', { userId: 'gil', plan: 'author' });
    const quote = await send('POST', '/prices/quote', {
      model: 'gpt-4o',
      inputTokens: 1_001,
      outputTokens: 1,
    });
    // (1001 * 25000 + 1 * 100000) / 1e6 = 25.125 -> 26 credits (rounded up)
    expect(quote.body).toEqual({ model: 'gpt-4o', cost: 26 });
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
  });

  it('pages statements with a cursor, newest first, summing to the balance', async () => {
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
    const balance = (await account('hal')).balance;
    expect(seen.reduce((s, e) => s + e.amount, 0)).toBe(balance);
    expect((await send('GET', '/accounts/hal/statement?cursor=abc')).status).toBe(400);
    expect((await send('GET', '/accounts/hal/statement?limit=1000')).status).toBe(400);
  });

  it('gives operators the figures: accounts, credits in circulation, usage by model', async () => {
    expect((await send('GET', '/figures')).status).toBe(403);
    const res = await send('GET', '/figures', undefined, OPERATOR);
    expect(res.status).toBe(200);
    const balances = await handle.db.selectFrom('accounts').select(['balance', 'held', 'plan']).execute();
    const total = balances.reduce((s, a) => s + a.balance, 0);
    expect(res.body.accounts.total).toBe(balances.length);
    expect(res.body.accounts.byPlan.operator).toBe(1);
    expect(res.body.credits.inCirculation).toBe(total);
    expect(Object.values(res.body.credits.byKind as Record<string, number>).reduce((s, v) => s + v, 0)).toBe(
      total,
    );
    const gpt = res.body.usage.find((u: { model: string }) => u.model === 'gpt-4o');
    expect(gpt).toMatchObject({ calls: 2, inputTokens: 2_002, outputTokens: 2, cost: 52, charged: 36 });
    const later = await send('GET', `/figures?since=${Date.now() + 60_000}`, undefined, OPERATOR);
    expect(later.body.usage).toEqual([]);
  });

  it('leaves the ledger consistent', async () => {
    expect(await checkInvariants(handle)).toEqual([]);
  });
});
