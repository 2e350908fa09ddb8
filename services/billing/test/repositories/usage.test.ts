import { TEST_DIALECTS } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UsageRow } from '../../src/repositories/tables.js';
import { account, openRepositories } from './fixture.js';

const record = (n: number, createdAt: number): UsageRow => ({
  id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
  user_id: 'r1',
  idempotency_key: `k${n}`,
  model: 'gpt-4o',
  input_tokens: n,
  output_tokens: 1,
  cost: 3,
  charged: 2,
  hold_id: null,
  project_id: null,
  purpose: 'chat',
  created_at: createdAt,
});

describe.each(TEST_DIALECTS)('usage repository on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof openRepositories>>;
  beforeAll(async () => {
    db = await openRepositories(dialect);
    await db.storage.transaction(async ({ accounts, usage }) => {
      await accounts.insertIfAbsent(account('r1', 0));
      // Two records share a time: the id orders them.
      for (const [n, at] of [
        [1, 100],
        [2, 200],
        [3, 200],
        [4, 300],
      ] as const)
        await usage.insert(record(n, at));
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('pages records newest first, below a (time, id) position', async () => {
    const page = (limit: number, before?: { createdAt: number; id: string }) =>
      db.storage.read(({ usage }) => usage.page('r1', limit, before));
    const first = await page(2);
    expect(first.map((u) => u.input_tokens)).toEqual([4, 3]);
    const last = first[1] as UsageRow;
    const second = await page(10, { createdAt: last.created_at, id: last.id });
    expect(second.map((u) => u.input_tokens)).toEqual([2, 1]);
  });

  it('finds a record by its key and reports a reused key as a duplicate', async () => {
    expect(await db.storage.read(({ usage }) => usage.findByKey('r1', 'k2'))).toEqual(record(2, 200));
    const err = await db.storage
      .transaction(({ usage }) => usage.insert({ ...record(9, 900), idempotency_key: 'k1' }))
      .catch((e: unknown) => e);
    expect(db.storage.isDuplicate(err)).toBe(true);
  });
});
