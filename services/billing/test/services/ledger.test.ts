import { beforeEach, describe, expect, it } from 'vitest';
import {
  AccountExists,
  AccountNotFound,
  CaptureExceedsHold,
  HoldCaptured,
  HoldExpired,
  HoldNotFound,
  HoldReleased,
  IdempotencyKeyReused,
  InsufficientCredits,
  InvalidCursor,
  OperatorRequired,
  UnknownModel,
} from '../../src/errors.js';
import { LedgerService } from '../../src/services/ledger.js';
import { parsePrices } from '../../src/services/prices.js';
import { MemoryBillingStorage } from './memory-storage.js';

const T0 = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;

describe('the ledger service (rules, in-memory repositories)', () => {
  let storage: MemoryBillingStorage;
  let ledger: LedgerService;
  let now: number;

  beforeEach(async () => {
    storage = new MemoryBillingStorage();
    now = T0;
    ledger = new LedgerService(
      storage,
      {
        grants: { author: 50_000, guest: 0, operator: 0 },
        holdTtlSeconds: 600,
        prices: parsePrices('{"tiny": {"inputPerMillion": 1000000, "outputPerMillion": 2000000}}'),
      },
      () => now,
    );
    await ledger.createAccount('op', 'operator');
  });

  const hold = (userId: string, amount: number, key: string, ttlSeconds?: number) =>
    ledger.placeHold({ userId, amount, idempotencyKey: key, ttlSeconds });
  const balance = async (userId: string) => {
    const { balance, held } = await ledger.getAccount(userId);
    return { balance, held };
  };

  it('opens an account with its plan grant once; the same plan again answers it, another plan is refused', async () => {
    const first = await ledger.createAccount('ann', 'author');
    expect(first).toMatchObject({ replay: false, value: { balance: 50_000, held: 0, last_seq: 1 } });
    expect(await ledger.createAccount('ann', 'author')).toMatchObject({ replay: true, value: first.value });
    await expect(ledger.createAccount('ann', 'guest')).rejects.toMatchObject({ code: AccountExists.code });
    expect((await ledger.createAccount('gus', 'guest')).value).toMatchObject({ balance: 0, last_seq: 0 });
    expect(storage.state.ledger.filter((e) => e.user_id === 'gus')).toEqual([]);
    await expect(ledger.getAccount('nobody')).rejects.toMatchObject({ code: AccountNotFound.code });
  });

  it('holds only what is available, once per idempotency key', async () => {
    await ledger.createAccount('bob', 'author');
    const first = await hold('bob', 30_000, 'k1');
    expect(first.replay).toBe(false);
    expect(first.value).toMatchObject({ amount: 30_000, status: 'active', expires_at: T0 + 600_000 });
    expect(await hold('bob', 30_000, 'k1')).toEqual({ replay: true, value: first.value });
    await expect(hold('bob', 10, 'k1')).rejects.toMatchObject({ code: IdempotencyKeyReused.code });
    await expect(hold('bob', 20_001, 'k2')).rejects.toMatchObject({
      code: InsufficientCredits.code,
      details: { available: 20_000, requested: 20_001 },
    });
    expect(await balance('bob')).toEqual({ balance: 50_000, held: 30_000 });
    await expect(hold('ghost', 1, 'k')).rejects.toMatchObject({ code: AccountNotFound.code });
  });

  it('releases expired holds to make room for a new one', async () => {
    await ledger.createAccount('cal', 'author');
    await hold('cal', 50_000, 'old', 60);
    now += 2 * MINUTE;
    const fresh = await hold('cal', 40_000, 'new');
    expect(fresh.replay).toBe(false);
    expect(storage.state.holds.get(fresh.value.id)?.status).toBe('active');
    expect([...storage.state.holds.values()].map((h) => h.status).sort()).toEqual(['active', 'expired']);
    expect(await balance('cal')).toEqual({ balance: 50_000, held: 40_000 });
  });

  it('captures at most the held amount, releases the rest, and answers a retry with the same result', async () => {
    await ledger.createAccount('dot', 'author');
    const { value } = await hold('dot', 1_000, 'h');
    await expect(ledger.captureHold(value.id, 1_001)).rejects.toMatchObject({
      code: CaptureExceedsHold.code,
    });
    const captured = await ledger.captureHold(value.id, 400);
    expect(captured.replay).toBe(false);
    expect(captured.value.hold).toMatchObject({ status: 'captured', captured_amount: 400 });
    expect(captured.value.account).toMatchObject({ balance: 49_600, held: 0 });
    expect(await ledger.captureHold(value.id, 400)).toMatchObject({ replay: true, value: captured.value });
    await expect(ledger.captureHold(value.id, 300)).rejects.toMatchObject({
      code: HoldCaptured.code,
      details: { capturedAmount: 400 },
    });
    await expect(ledger.releaseHold(value.id)).rejects.toMatchObject({ code: HoldCaptured.code });
    await expect(ledger.captureHold('00000000-0000-7000-8000-000000000000', 1)).rejects.toMatchObject({
      code: HoldNotFound.code,
    });
    const entries = storage.state.ledger.filter((e) => e.user_id === 'dot').map((e) => [e.kind, e.amount]);
    expect(entries).toEqual([
      ['grant', 50_000],
      ['capture', -400],
    ]);
  });

  it('releases a hold once; a released hold cannot be captured', async () => {
    await ledger.createAccount('eli', 'author');
    const { value } = await hold('eli', 2_000, 'h');
    const released = await ledger.releaseHold(value.id);
    expect(released.value.hold.status).toBe('released');
    expect(released.value.account).toMatchObject({ balance: 50_000, held: 0 });
    expect((await ledger.releaseHold(value.id)).replay).toBe(true);
    await expect(ledger.captureHold(value.id, 1)).rejects.toMatchObject({ code: HoldReleased.code });
  });

  it('expires holds: a late capture is refused and frees the credits; reads and the sweep release them', async () => {
    await ledger.createAccount('fay', 'author');
    const a = (await hold('fay', 10_000, 'a', 60)).value;
    const b = (await hold('fay', 20_000, 'b', 60)).value;
    const c = (await hold('fay', 5_000, 'c', 3_600)).value;
    now += 2 * MINUTE;
    await expect(ledger.captureHold(a.id, 100)).rejects.toMatchObject({ code: HoldExpired.code });
    expect(storage.state.holds.get(a.id)?.status).toBe('expired');
    expect(storage.state.accounts.get('fay')?.held).toBe(25_000);
    expect((await ledger.getHold(b.id)).status).toBe('expired');
    expect(await balance('fay')).toEqual({ balance: 50_000, held: 5_000 });
    now += 2 * 3_600_000;
    expect(await ledger.sweepExpired()).toBe(1);
    expect(storage.state.holds.get(c.id)?.status).toBe('expired');
    expect(storage.state.accounts.get('fay')?.held).toBe(0);
    expect(await ledger.sweepExpired()).toBe(0);
    // The key of an expired hold still names it.
    expect((await hold('fay', 10_000, 'a')).value.id).toBe(a.id);
  });

  it('lets only operators write top-ups and adjustments, each once per key, debits within the available credits', async () => {
    await ledger.createAccount('gil', 'guest');
    const topUp = { userId: 'gil', amount: 7_000, idempotencyKey: 't1', reason: 'plan' };
    await expect(ledger.topUp({ ...topUp, actor: undefined })).rejects.toMatchObject({
      code: OperatorRequired.code,
      message: /X-User-Id/,
    });
    await expect(ledger.topUp({ ...topUp, actor: 'gil' })).rejects.toMatchObject({
      code: OperatorRequired.code,
    });
    const first = await ledger.topUp({ ...topUp, actor: 'op' });
    expect(first.value.entry).toMatchObject({
      kind: 'topup',
      amount: 7_000,
      balance_after: 7_000,
      actor: 'op',
    });
    expect(await ledger.topUp({ ...topUp, actor: 'op' })).toMatchObject({ replay: true, value: first.value });
    await expect(ledger.topUp({ ...topUp, amount: 8_000, actor: 'op' })).rejects.toMatchObject({
      code: IdempotencyKeyReused.code,
    });
    const debit = {
      userId: 'gil',
      amount: 2_000,
      direction: 'debit' as const,
      idempotencyKey: 'd1',
      reason: 'refund',
    };
    expect((await ledger.adjust({ ...debit, actor: 'op' })).value.account.balance).toBe(5_000);
    await hold('gil', 1_000, 'h');
    await expect(
      ledger.adjust({ ...debit, amount: 4_001, idempotencyKey: 'd2', actor: 'op' }),
    ).rejects.toMatchObject({
      code: InsufficientCredits.code,
      details: { available: 4_000, requested: 4_001 },
    });
    await expect(ledger.topUp({ ...topUp, userId: 'nobody', actor: 'op' })).rejects.toMatchObject({
      code: AccountNotFound.code,
    });
  });

  it('prices usage by the table and charges it through its hold (at most the hold) or directly', async () => {
    await ledger.createAccount('hal', 'author');
    // tiny: 1 credit per input token, 2 per output token.
    expect(ledger.quote('tiny', 10, 5)).toBe(20);
    const h = (await hold('hal', 100, 'h')).value;
    const call = {
      userId: 'hal',
      idempotencyKey: 'c1',
      model: 'tiny',
      inputTokens: 10,
      outputTokens: 5,
      purpose: 'chat',
      projectId: 'p1',
      holdId: h.id,
    };
    const first = await ledger.recordUsage(call);
    expect(first.value.usage).toMatchObject({ cost: 20, charged: 20, hold_id: h.id });
    expect(first.value.account).toMatchObject({ balance: 49_980, held: 0 });
    expect(await ledger.recordUsage(call)).toMatchObject({ replay: true, value: first.value });
    await expect(ledger.recordUsage({ ...call, outputTokens: 6 })).rejects.toMatchObject({
      code: IdempotencyKeyReused.code,
    });

    const small = (await hold('hal', 10, 'h2')).value;
    const capped = await ledger.recordUsage({ ...call, idempotencyKey: 'c2', holdId: small.id });
    expect(capped.value.usage).toMatchObject({ cost: 20, charged: 10 });

    const direct = await ledger.recordUsage({ ...call, idempotencyKey: 'c3', holdId: null });
    expect(direct.value.usage).toMatchObject({ charged: 20, hold_id: null });
    expect(direct.value.account.balance).toBe(49_980 - 10 - 20);
    const free = await ledger.recordUsage({
      ...call,
      idempotencyKey: 'c4',
      holdId: null,
      model: 'extractive',
    });
    expect(free.value.usage).toMatchObject({ cost: 0, charged: 0 });
    await expect(ledger.recordUsage({ ...call, idempotencyKey: 'c5', model: 'nope' })).rejects.toMatchObject({
      code: UnknownModel.code,
    });
    await expect(
      ledger.recordUsage({ ...call, idempotencyKey: 'c6', holdId: null, inputTokens: 10_000_000 }),
    ).rejects.toMatchObject({ code: InsufficientCredits.code });
    await expect(ledger.recordUsage({ ...call, idempotencyKey: 'c7' })).rejects.toMatchObject({
      code: HoldCaptured.code,
    });
    const late = (await hold('hal', 100, 'h3', 60)).value;
    now += 2 * MINUTE;
    await expect(
      ledger.recordUsage({ ...call, idempotencyKey: 'c8', holdId: late.id }),
    ).rejects.toMatchObject({ code: HoldExpired.code });
    expect(storage.state.usage.map((u) => u.idempotency_key)).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('pages statements and usage newest first and refuses a malformed cursor', async () => {
    await ledger.createAccount('ivy', 'author');
    for (let i = 0; i < 5; i++) {
      now += 1;
      const { value } = await hold('ivy', 100, `p${i}`);
      await ledger.captureHold(value.id, 10 + i);
      await ledger.recordUsage({
        userId: 'ivy',
        idempotencyKey: `u${i}`,
        model: 'extractive',
        inputTokens: 1,
        outputTokens: 1,
        purpose: 'chat',
        projectId: null,
        holdId: null,
      });
    }
    const seqs: number[] = [];
    let cursor: string | undefined;
    do {
      const { entries } = await ledger.statement('ivy', 2, cursor);
      seqs.push(...entries.items.map((e) => e.seq));
      cursor = entries.nextCursor ?? undefined;
    } while (cursor);
    expect(seqs).toEqual([6, 5, 4, 3, 2, 1]);
    const first = await ledger.usagePage('ivy', 3, undefined);
    const second = await ledger.usagePage('ivy', 3, first.nextCursor ?? undefined);
    expect([...first.items, ...second.items].map((u) => u.idempotency_key)).toEqual([
      'u4',
      'u3',
      'u2',
      'u1',
      'u0',
    ]);
    expect(second.nextCursor).toBeNull();
    await expect(ledger.statement('ivy', 2, 'abc')).rejects.toMatchObject({ code: InvalidCursor.code });
    await expect(ledger.usagePage('ivy', 2, '12')).rejects.toMatchObject({ code: InvalidCursor.code });
  });

  it('gives the figures to operators only', async () => {
    await ledger.createAccount('jo', 'author');
    await expect(ledger.figures('jo', undefined)).rejects.toMatchObject({ code: OperatorRequired.code });
    const figures = await ledger.figures('op', undefined);
    expect(figures.accounts).toEqual({ total: 2, byPlan: { author: 1, guest: 0, operator: 1 } });
    expect(figures.credits).toEqual({ inCirculation: 50_000, held: 0, byKind: { grant: 50_000 } });
  });
});
