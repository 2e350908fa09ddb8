import { TEST_DIALECTS } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, hold, openRepositories } from './fixture.js';

describe.each(TEST_DIALECTS)('report repository on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof openRepositories>>;
  beforeAll(async () => {
    db = await openRepositories(dialect);
    await db.storage.transaction(async ({ accounts, ledger, holds, usage }) => {
      await accounts.insertIfAbsent(account('a1', 0));
      await accounts.insertIfAbsent({ ...account('o1', 0), plan: 'operator' });
      for (const [seq, kind, amount] of [
        [1, 'grant', 500],
        [2, 'capture', -20],
        [3, 'topup', 70],
      ] as const) {
        await accounts.applyEntry('a1', { amount, heldDelta: 0 }, seq);
        await ledger.insert({
          user_id: 'a1',
          seq,
          kind,
          amount,
          balance_after: 0,
          hold_id: null,
          usage_id: null,
          idempotency_key: null,
          reason: null,
          actor: null,
          created_at: seq,
        });
      }
      await holds.insertIfAbsent(hold('00000000-0000-7000-8000-000000000001', 'a1', 30, 9_999));
      await accounts.reserve('a1', 30, 4);
      for (const [n, model, at] of [
        [1, 'gpt-4o', 1_000],
        [2, 'gpt-4o', 2_000],
        [3, 'extractive', 3_000],
      ] as const) {
        await usage.insert({
          id: `00000000-0000-7000-8000-00000000010${n}`,
          user_id: 'a1',
          idempotency_key: `k${n}`,
          model,
          input_tokens: 10 * n,
          output_tokens: n,
          cost: 5 * n,
          charged: 4 * n,
          hold_id: null,
          project_id: null,
          purpose: 'chat',
          created_at: at,
        });
      }
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('sums accounts by plan, credits by kind and usage by model', async () => {
    const figures = await db.storage.read(({ reports }) => reports.figures(undefined));
    expect(figures.accounts).toEqual({ total: 2, byPlan: { author: 1, guest: 0, operator: 1 } });
    expect(figures.credits).toEqual({
      inCirculation: 550,
      held: 30,
      byKind: { grant: 500, capture: -20, topup: 70 },
    });
    expect(figures.usage).toEqual([
      { model: 'extractive', calls: 1, inputTokens: 30, outputTokens: 3, cost: 15, charged: 12 },
      { model: 'gpt-4o', calls: 2, inputTokens: 30, outputTokens: 3, cost: 15, charged: 12 },
    ]);
    const since = await db.storage.read(({ reports }) => reports.figures(2_000));
    expect(since.usage.map((u) => [u.model, u.calls])).toEqual([
      ['extractive', 1],
      ['gpt-4o', 1],
    ]);
  });

  it('counts held credits and active holds for the metrics', async () => {
    expect(await db.storage.read(({ reports }) => reports.heldTotal())).toBe(30);
    expect(await db.storage.read(({ reports }) => reports.activeHoldCount())).toBe(1);
  });
});
