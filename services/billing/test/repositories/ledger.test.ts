import { TEST_DIALECTS } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../src/repositories/tables.js';
import { account, openRepositories } from './fixture.js';

const entry = (seq: number, changes: Partial<LedgerRow> = {}): LedgerRow => ({
  user_id: 'l1',
  seq,
  kind: 'topup',
  amount: 10,
  balance_after: 10 * seq,
  hold_id: null,
  usage_id: null,
  idempotency_key: null,
  reason: null,
  actor: null,
  created_at: seq,
  ...changes,
});

describe.each(TEST_DIALECTS)('ledger repository on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof openRepositories>>;
  beforeAll(async () => {
    db = await openRepositories(dialect);
    await db.storage.transaction(async ({ accounts, ledger }) => {
      await accounts.insertIfAbsent(account('l1', 0));
      for (let seq = 1; seq <= 5; seq++) await ledger.insert(entry(seq, { idempotency_key: `k${seq}` }));
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('pages entries newest first below a sequence number', async () => {
    const page = (limit: number, before?: number) =>
      db.storage.read(({ ledger }) => ledger.page('l1', limit, before));
    expect((await page(2)).map((e) => e.seq)).toEqual([5, 4]);
    expect((await page(10, 4)).map((e) => e.seq)).toEqual([3, 2, 1]);
    expect(await db.storage.read(({ ledger }) => ledger.findByKey('l1', 'k3'))).toEqual(
      entry(3, { idempotency_key: 'k3' }),
    );
    expect(await db.storage.read(({ ledger }) => ledger.findByKey('l1', 'nope'))).toBeUndefined();
  });

  it('reports a reused idempotency key, hold or sequence number as a duplicate', async () => {
    const holdId = '00000000-0000-7000-8000-000000000001';
    await db.storage.transaction(({ ledger }) => ledger.insert(entry(6, { hold_id: holdId })));
    for (const twin of [entry(7, { idempotency_key: 'k1' }), entry(5), entry(8, { hold_id: holdId })]) {
      const err = await db.storage.transaction(({ ledger }) => ledger.insert(twin)).catch((e: unknown) => e);
      expect(db.storage.isDuplicate(err), JSON.stringify(twin)).toBe(true);
    }
    expect(db.storage.isDuplicate(new Error('other'))).toBe(false);
  });
});
