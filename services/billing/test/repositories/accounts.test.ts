import { TEST_DIALECTS } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, openRepositories } from './fixture.js';

describe.each(TEST_DIALECTS)('account repository on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof openRepositories>>;
  beforeAll(async () => {
    db = await openRepositories(dialect);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('inserts an account once', async () => {
    await db.storage.transaction(async ({ accounts }) => {
      expect(await accounts.insertIfAbsent(account('a', 100))).toMatchObject({ user_id: 'a', balance: 100 });
      expect(await accounts.insertIfAbsent(account('a', 999))).toBeUndefined();
    });
    expect(await db.storage.read(({ accounts }) => accounts.find('a'))).toMatchObject({ balance: 100 });
    expect(await db.storage.read(({ accounts }) => accounts.find('nobody'))).toBeUndefined();
  });

  it('applies a balance change with the next sequence number, only when enough is available', async () => {
    await db.storage.transaction(async ({ accounts }) => {
      await accounts.insertIfAbsent(account('b', 100, 30));
      expect(
        await accounts.applyEntry('b', { amount: -20, heldDelta: -10, requireAvailable: 20 }, 5),
      ).toMatchObject({
        balance: 80,
        held: 20,
        last_seq: 1,
        updated_at: 5,
      });
      // 80 - 20 = 60 available: 61 is refused and nothing changes.
      expect(
        await accounts.applyEntry('b', { amount: -61, heldDelta: 0, requireAvailable: 61 }, 6),
      ).toBeUndefined();
      expect(await accounts.applyEntry('b', { amount: 7, heldDelta: 0 }, 7)).toMatchObject({
        balance: 87,
        last_seq: 2,
      });
      expect(await accounts.applyEntry('nobody', { amount: 1, heldDelta: 0 }, 7)).toBeUndefined();
    });
  });

  it('reserves only available credits and changes held credits', async () => {
    await db.storage.transaction(async ({ accounts }) => {
      await accounts.insertIfAbsent(account('c', 100));
      expect(await accounts.reserve('c', 60, 1)).toBe(true);
      expect(await accounts.reserve('c', 41, 1)).toBe(false);
      expect(await accounts.reserve('nobody', 1, 1)).toBe(false);
      expect(await accounts.changeHeld('c', -60, 2)).toMatchObject({ held: 0, balance: 100 });
      expect(await accounts.changeHeld('nobody', 1, 2)).toBeUndefined();
    });
  });

  it('refuses, through the CHECK constraints, held credits below zero or above the balance', async () => {
    await db.storage.transaction(async ({ accounts }) => {
      await accounts.insertIfAbsent(account('d', 10));
    });
    await expect(db.storage.transaction(({ accounts }) => accounts.changeHeld('d', -1, 1))).rejects.toThrow();
    await expect(db.storage.transaction(({ accounts }) => accounts.changeHeld('d', 11, 1))).rejects.toThrow();
    expect(await db.storage.read(({ accounts }) => accounts.find('d'))).toMatchObject({ held: 0 });
  });
});
