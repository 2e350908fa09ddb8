import { TEST_DIALECTS } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, hold, openRepositories } from './fixture.js';

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe.each(TEST_DIALECTS)('hold repository on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof openRepositories>>;
  beforeAll(async () => {
    db = await openRepositories(dialect);
    await db.storage.transaction(async ({ accounts }) => {
      for (const user of ['u1', 'u2', 'u3']) await accounts.insertIfAbsent(account(user, 10_000, 5_000));
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('inserts a hold once per user and idempotency key, and finds it by id or key', async () => {
    await db.storage.transaction(async ({ holds }) => {
      expect(await holds.insertIfAbsent(hold(id(1), 'u1', 100, 1_000, 'k1'))).toBe(true);
      expect(await holds.insertIfAbsent(hold(id(2), 'u1', 200, 1_000, 'k1'))).toBe(false);
      expect(await holds.insertIfAbsent(hold(id(3), 'u2', 300, 1_000, 'k1'))).toBe(true);
    });
    const found = await db.storage.read(({ holds }) => holds.findByKey('u1', 'k1'));
    expect(found).toMatchObject({ id: id(1), amount: 100, status: 'active' });
    expect(await db.storage.read(({ holds }) => holds.find(id(2)))).toBeUndefined();
    expect(await db.storage.transaction(({ holds }) => holds.findForUpdate(id(3)))).toMatchObject({
      amount: 300,
    });
  });

  it('captures a hold only while it is active, unexpired and large enough', async () => {
    await db.storage.transaction(async ({ holds }) => {
      await holds.insertIfAbsent(hold(id(10), 'u1', 100, 1_000));
      expect(await holds.captureIfCovers(id(10), 101, 500)).toBeUndefined();
      expect(await holds.captureIfCovers(id(10), 50, 1_000)).toBeUndefined();
      expect(await holds.captureIfCovers(id(10), 50, 999)).toMatchObject({
        status: 'captured',
        captured_amount: 50,
        settled_at: 999,
      });
      expect(await holds.captureIfCovers(id(10), 50, 999)).toBeUndefined();
    });
  });

  it('settles only active holds', async () => {
    await db.storage.transaction(async ({ holds }) => {
      await holds.insertIfAbsent(hold(id(20), 'u1', 100, 1_000));
      expect(await holds.settleActive(id(20), 'released', null, 5)).toMatchObject({
        status: 'released',
        captured_amount: null,
      });
      expect(await holds.settleActive(id(20), 'captured', 10, 6)).toBeUndefined();
      await holds.insertIfAbsent(hold(id(21), 'u1', 100, 1_000));
      expect(await holds.settleActive(id(21), 'captured', 0, 7)).toMatchObject({ captured_amount: 0 });
    });
  });

  it('finds and expires the expired active holds of one user, or of everyone a batch at a time', async () => {
    await db.storage.transaction(async ({ holds }) => {
      await holds.insertIfAbsent(hold(id(30), 'u3', 10, 100));
      await holds.insertIfAbsent(hold(id(31), 'u3', 20, 200));
      await holds.insertIfAbsent(hold(id(32), 'u3', 40, 9_000));
      await holds.insertIfAbsent(hold(id(33), 'u2', 80, 150));
    });
    const expired = (now: number) => db.storage.read(({ holds }) => holds.hasExpired('u3', now));
    expect(await expired(99)).toBe(false);
    expect(await expired(100)).toBe(true);
    const mine = await db.storage.transaction(({ holds }) => holds.expireForUser('u3', 300));
    expect(mine.sort((a, b) => a - b)).toEqual([10, 20]);
    expect(await db.storage.read(({ holds }) => holds.find(id(30)))).toMatchObject({
      status: 'expired',
      settled_at: 300,
    });
    expect(await expired(300)).toBe(false);
    // Everyone's, oldest expiry first, `limit` at a time (the earlier tests' holds expire at 1,000).
    const first = await db.storage.transaction(({ holds }) => holds.expireBatch(1, 10_000));
    expect(first).toEqual([{ userId: 'u2', amount: 80 }]);
    const rest = await db.storage.transaction(({ holds }) => holds.expireBatch(100, 10_000));
    expect(rest).toContainEqual({ userId: 'u3', amount: 40 });
    expect(await db.storage.transaction(({ holds }) => holds.expireBatch(100, 10_000))).toEqual([]);
  });
});
