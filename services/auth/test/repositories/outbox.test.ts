import type { DialectName } from '@george/runtime';
import { freePort, TEST_DIALECTS, TEST_TOKEN } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffMs, billingSender, relayOnce } from '../../src/services/outbox.js';
import { FakeBilling } from '../fake-billing.js';
import { call, type Harness, registerUser, startHarness } from '../helpers.js';

interface OutboxBody {
  items: {
    userId: string;
    status: string;
    attempts: number;
    lastError: string | null;
    nextAttemptAt: string | null;
  }[];
  pending: number;
  done: number;
}

describe.each(TEST_DIALECTS)('sign-up outbox on %s', (dialect: DialectName) => {
  let h: Harness;
  const billing = new FakeBilling(TEST_TOKEN);
  let billingUrl: string;

  beforeAll(async () => {
    h = await startHarness(dialect);
    billingUrl = `http://127.0.0.1:${await billing.listen()}`;
  });
  afterAll(async () => {
    await billing.close();
    await h.close();
  });

  const outbox = async () => (await call<OutboxBody>(h.app, 'GET', '/internal/outbox')).body;
  const dueNow = () =>
    h.handle.db.updateTable('outbox').set({ next_attempt_at: 0 }).where('status', '=', 'pending').execute();

  it('commits the outbox row with the user, keeps failures visible, and confirms once billing answers', async () => {
    const user = await registerUser(h.app, 'author');
    let state = await outbox();
    expect(state.items.find((i) => i.userId === user.user.id)).toMatchObject({
      status: 'pending',
      attempts: 0,
    });

    // Billing is down (nothing listens): the row stays pending, with the error and a later attempt.
    const down = billingSender(`http://127.0.0.1:${await freePort()}`, TEST_TOKEN, 2000);
    expect(await relayOnce(h.ctx.repos.outbox, down, { maxBackoffMs: 1000 })).toEqual({ sent: 0, failed: 1 });
    state = await outbox();
    const failed = state.items.find((i) => i.userId === user.user.id);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed?.lastError).toContain('billing');
    expect(Date.parse(failed?.nextAttemptAt as string)).toBeGreaterThan(Date.now() - 100);
    // Not due yet: nothing is sent before the back-off passes.
    const send = billingSender(billingUrl, TEST_TOKEN);
    expect(await relayOnce(h.ctx.repos.outbox, send, { maxBackoffMs: 1000 })).toEqual({ sent: 0, failed: 0 });

    // Billing answers 500: still pending.
    billing.failWith = 500;
    await dueNow();
    expect((await relayOnce(h.ctx.repos.outbox, send, { maxBackoffMs: 1000 })).failed).toBe(1);
    billing.failWith = undefined;

    // Back: the account is created, the row is done and never sent again.
    await dueNow();
    expect(await relayOnce(h.ctx.repos.outbox, send, { maxBackoffMs: 1000 })).toEqual({ sent: 1, failed: 0 });
    expect(billing.accounts.get(user.user.id)).toEqual({ plan: 'author', posts: 1 });
    await dueNow();
    expect(await relayOnce(h.ctx.repos.outbox, send, { maxBackoffMs: 1000 })).toEqual({ sent: 0, failed: 0 });
    state = await outbox();
    expect(state.pending).toBe(0);
    expect(state.items.find((i) => i.userId === user.user.id)?.status).toBe('done');
  });

  it('counts "already exists" (200 or 409) as success', async () => {
    const user = await registerUser(h.app, 'guest');
    billing.accounts.set(user.user.id, { plan: 'guest', posts: 0 });
    const send = billingSender(billingUrl, TEST_TOKEN);
    expect(await relayOnce(h.ctx.repos.outbox, send, { maxBackoffMs: 1000 })).toEqual({ sent: 1, failed: 0 });
    const other = await registerUser(h.app, 'guest');
    billing.failWith = 409;
    expect(await relayOnce(h.ctx.repos.outbox, send, { maxBackoffMs: 1000 })).toEqual({ sent: 1, failed: 0 });
    billing.failWith = undefined;
    expect((await outbox()).items.find((i) => i.userId === other.user.id)?.status).toBe('done');
  });

  it('lets operators retry a pending item now', async () => {
    const user = await registerUser(h.app, 'guest');
    await h.handle.db
      .updateTable('outbox')
      .set({ next_attempt_at: Date.now() + 3600_000 })
      .where('user_id', '=', user.user.id)
      .execute();
    const id = (
      await h.handle.db
        .selectFrom('outbox')
        .select('id')
        .where('user_id', '=', user.user.id)
        .executeTakeFirstOrThrow()
    ).id;
    expect((await call(h.app, 'POST', `/internal/outbox/${id}/retry`)).status).toBe(204);
    expect(
      await relayOnce(h.ctx.repos.outbox, billingSender(billingUrl, TEST_TOKEN), { maxBackoffMs: 1000 }),
    ).toEqual({
      sent: 1,
      failed: 0,
    });
    expect((await call(h.app, 'POST', `/internal/outbox/${id}/retry`)).status).toBe(404);
  });

  it('gives the relay lease to one holder at a time', async () => {
    const now = Date.now();
    const acquireLease = (name: string, holder: string, ttl: number, at = Date.now()) =>
      h.ctx.repos.outbox.acquireLease(name, holder, ttl, at);
    expect(await acquireLease('test-lease', 'a', 10_000, now)).toBe(true);
    expect(await acquireLease('test-lease', 'b', 10_000, now + 1)).toBe(false);
    expect(await acquireLease('test-lease', 'a', 10_000, now + 2)).toBe(true);
    expect(await acquireLease('test-lease', 'b', 10_000, now + 20_000)).toBe(true);
    const racers = await Promise.all(
      ['c', 'd', 'e', 'f'].map((holder) => acquireLease('race', holder, 10_000)),
    );
    expect(racers.filter(Boolean)).toHaveLength(1);
  });
});

describe('back-off', () => {
  it('doubles from a second, with jitter, up to the cap', () => {
    expect(backoffMs(1, 60_000, () => 1)).toBe(1000);
    expect(backoffMs(3, 60_000, () => 1)).toBe(4000);
    expect(backoffMs(3, 60_000, () => 0)).toBe(2000);
    expect(backoffMs(30, 60_000, () => 1)).toBe(60_000);
  });
});
