/**
 * The ledger under a real `george-serve -w 4` (production mode, built code), on SQLite and
 * PostgreSQL: concurrent holds, concurrent retries, and workers killed with SIGKILL mid-capture.
 */
import { execFileSync } from 'node:child_process';
import { BillingClient, isInsufficientCredits } from '@george/contracts/billing';
import { InternalClient } from '@george/runtime';
import {
  createTestDatabase,
  type RunningProcess,
  sleep,
  startServe,
  TEST_DIALECTS,
  TEST_TOKEN,
  type TestDatabase,
} from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, checkInvariants, openTestDb } from './helpers.js';

const OPERATOR = { 'x-user-id': 'ops' };

describe.each(TEST_DIALECTS)('billing under george-serve -w 4 on %s', (dialect) => {
  let db: TestDatabase;
  let server: RunningProcess;
  let handle: ReturnType<typeof openTestDb>;
  let client: BillingClient;
  const post = (path: string, body?: unknown, headers?: Record<string, string>) =>
    call(server.url, 'POST', path, body, headers);
  const get = (path: string, headers?: Record<string, string>) =>
    call(server.url, 'GET', path, undefined, headers);

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    server = await startServe({
      app: 'services/billing/dist/app.js',
      workers: 4,
      env: { ...db.env, BILLING_SWEEP_SECONDS: '1' },
    });
    handle = openTestDb(db);
    // 200 holds queue on one account's row lock: on a loaded machine the last of them waits longer
    // than a request's usual 5 s, and a timeout here would be the test's, not a lost hold.
    client = new BillingClient(
      new InternalClient({ service: 'billing', baseUrl: server.url, token: TEST_TOKEN, timeoutMs: 30_000 }),
    );
    expect((await client.createAccount({ userId: 'ops', plan: 'operator' })).created).toBe(true);
  });

  afterAll(async () => {
    await server?.stop();
    await handle?.close();
    await db?.cleanup();
  });

  it('requires the internal token on every route but health and ready', async () => {
    const bare = await fetch(`${server.url}/accounts/ops`);
    expect(bare.status).toBe(401);
    expect((await get('/accounts/ops', { 'x-internal-token': 'x'.repeat(40) })).status).toBe(403);
    expect(
      (await post('/holds', { userId: 'ops', amount: 1, idempotencyKey: 'k' }, { 'x-internal-token': '' }))
        .status,
    ).toBe(401);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    expect((await get('/accounts/ops')).status).toBe(200);
  });

  it('accepts exactly 50 of 200 concurrent holds against a balance that covers 50', async () => {
    await client.createAccount({ userId: 'racer', plan: 'author' }); // 50,000 credits
    let lowest = Number.POSITIVE_INFINITY;
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const account = await client.getAccount('racer');
        lowest = Math.min(lowest, account.available, account.balance);
        await sleep(5);
      }
    })();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        client.placeHold({ userId: 'racer', amount: 1_000, idempotencyKey: `race-${i}` }).then(
          (hold) => ({ ok: true as const, hold }),
          (err: unknown) => ({ ok: false as const, insufficient: isInsufficientCredits(err), err }),
        ),
      ),
    );
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(50);
    expect(lost.every((r) => r.insufficient)).toBe(true);
    expect(await client.getAccount('racer')).toEqual({
      userId: 'racer',
      plan: 'author',
      balance: 50_000,
      held: 50_000,
      available: 0,
    });

    // Capture every hold concurrently (part of each), then the account is drained exactly.
    const captured = await Promise.all(
      won.map((r, i) => (r.ok ? client.captureHold(r.hold.holdId, i % 2 === 0 ? 1_000 : 600) : undefined)),
    );
    polling = false;
    await poller;
    expect(captured.every((c) => c?.hold.status === 'captured')).toBe(true);
    const account = await client.getAccount('racer');
    expect(account).toMatchObject({ balance: 50_000 - 25 * 1_000 - 25 * 600, held: 0 });
    expect(lowest).toBeGreaterThanOrEqual(0);

    const statement = await client.statement('racer', { limit: 200 });
    expect(statement.entries).toHaveLength(51);
    expect(statement.entries.reduce((s, e) => s + e.amount, 0)).toBe(account.balance);
    expect(statement.entries.every((e) => e.balanceAfter >= 0)).toBe(true);
    expect(await checkInvariants(handle)).toEqual([]);
  });

  it('changes nothing when any write is retried with its key, concurrently too', async () => {
    const burst = <T>(n: number, fn: () => Promise<T>) => Promise.all(Array.from({ length: n }, fn));

    const created = await burst(10, () => post('/accounts', { userId: 'retry', plan: 'author' }));
    expect(created.filter((r) => r.status === 201)).toHaveLength(1);
    expect(created.filter((r) => r.status === 200)).toHaveLength(9);

    const holdBody = { userId: 'retry', amount: 5_000, idempotencyKey: 'chat-42' };
    const holds = await burst(10, () => post('/holds', holdBody));
    expect(holds.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(holds.map((r) => r.body.holdId)).size).toBe(1);
    const holdId = holds[0]?.body.holdId as string;

    const secondHold = (await post('/holds', { ...holdBody, idempotencyKey: 'chat-43' })).body
      .holdId as string;
    const captures = await burst(10, () => post(`/holds/${holdId}/capture`, { amount: 3_000 }));
    expect(captures.map((r) => r.status)).toEqual(Array(10).fill(200));
    const releases = await burst(10, () => post(`/holds/${secondHold}/release`, {}));
    expect(releases.map((r) => r.status)).toEqual(Array(10).fill(200));

    const topup = { userId: 'retry', amount: 2_500, idempotencyKey: 'grant-7', reason: 'support' };
    const topups = await burst(10, () => post('/topups', topup, OPERATOR));
    expect(topups.filter((r) => r.status === 201)).toHaveLength(1);
    expect(topups.filter((r) => r.status === 200)).toHaveLength(9);
    const adjustment = { ...topup, idempotencyKey: 'fix-1', direction: 'debit', amount: 500 };
    const adjustments = await burst(10, () => post('/adjustments', adjustment, OPERATOR));
    expect(adjustments.filter((r) => r.status === 201)).toHaveLength(1);

    const thirdHold = (await post('/holds', { ...holdBody, idempotencyKey: 'chat-44' })).body
      .holdId as string;
    const usage = {
      userId: 'retry',
      idempotencyKey: 'call-44',
      model: 'gpt-4o-mini',
      inputTokens: 200_000,
      outputTokens: 100_000,
      purpose: 'chat',
      projectId: 'p1',
      holdId: thirdHold,
    };
    const usages = await burst(10, () => post('/usage', usage));
    expect(usages.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(usages.map((r) => (r.body.usage as { usageId: string }).usageId)).size).toBe(1);

    const before = await client.statement('retry', { limit: 200 });
    // The second time round, sequentially: every answer is the same and nothing changes.
    expect((await post('/accounts', { userId: 'retry', plan: 'author' })).status).toBe(200);
    expect((await post('/holds', holdBody)).body.holdId).toBe(holdId);
    expect((await post(`/holds/${holdId}/capture`, { amount: 3_000 })).status).toBe(200);
    expect((await post(`/holds/${secondHold}/release`, {})).status).toBe(200);
    expect((await post('/topups', topup, OPERATOR)).status).toBe(200);
    expect((await post('/adjustments', adjustment, OPERATOR)).status).toBe(200);
    expect((await post('/usage', usage)).status).toBe(200);
    const after = await client.statement('retry', { limit: 200 });
    expect(after).toEqual(before);
    // grant, capture, top-up, adjustment, usage (cost 300 + 600 = 900 credits, rounded up)
    expect(after.entries.map((e) => [e.kind, e.amount])).toEqual([
      ['usage', -900],
      ['adjustment', -500],
      ['topup', 2_500],
      ['capture', -3_000],
      ['grant', 50_000],
    ]);
    expect(after.account).toMatchObject({ balance: 50_000 - 3_000 + 2_500 - 500 - 900, held: 0 });
    const holdRows = await handle.db
      .selectFrom('holds')
      .select('id')
      .where('user_id', '=', 'retry')
      .execute();
    expect(holdRows).toHaveLength(3);
    expect(await checkInvariants(handle)).toEqual([]);
  });

  it('releases expired holds in the background sweep', async () => {
    await client.createAccount({ userId: 'sleepy', plan: 'author' });
    await client.placeHold({ userId: 'sleepy', amount: 4_000, idempotencyKey: 'nap', ttlSeconds: 1 });
    // Nobody touches the account: only the sweep (every second here) can release the hold.
    let held = 4_000;
    for (let i = 0; i < 100 && held !== 0; i++) {
      await sleep(100);
      const row = await handle.db
        .selectFrom('accounts')
        .select('held')
        .where('user_id', '=', 'sleepy')
        .executeTakeFirstOrThrow();
      held = row.held;
    }
    expect(held).toBe(0);
    const hold = await handle.db
      .selectFrom('holds')
      .select('status')
      .where('user_id', '=', 'sleepy')
      .execute();
    expect(hold).toEqual([{ status: 'expired' }]);
  });

  it('survives workers killed with SIGKILL in the middle of captures: every hold is captured or intact', async () => {
    const users = ['k1', 'k2', 'k3', 'k4'];
    for (const userId of users) await client.createAccount({ userId, plan: 'author' });
    // The holds are placed 20 at a time: 400 at once on a busy machine outlast the client's
    // timeout and open its circuit breaker, and placing them is not what this test is about.
    const holdIds: string[] = [];
    for (let batch = 0; batch < 400; batch += 20) {
      const placed = await Promise.all(
        Array.from({ length: 20 }, (_, j) =>
          client.placeHold({
            userId: users[(batch + j) % users.length] as string,
            amount: 100,
            idempotencyKey: `kill-${batch + j}`,
          }),
        ),
      );
      holdIds.push(...placed.map((h) => h.holdId));
    }
    const workerPids = () =>
      execFileSync('ps', ['-o', 'pid=', '--ppid', String(server.proc.pid)])
        .toString()
        .split('\n')
        .map((s) => Number(s.trim()))
        .filter((n) => n > 0);
    const victims = workerPids().slice(0, 2);
    expect(victims).toHaveLength(2);

    let answered = 0;
    const capture = (holdId: string, i: number) =>
      fetch(`${server.url}/holds/${holdId}/capture`, {
        method: 'POST',
        headers: { 'x-internal-token': TEST_TOKEN, 'content-type': 'application/json' },
        body: JSON.stringify({ amount: 50 + (i % 50) }),
        // A connection the supervisor handed to a worker at the moment it died is never answered.
        signal: AbortSignal.timeout(10_000),
      }).then(
        async (res) => {
          answered += 1;
          await res.arrayBuffer();
          return res.status;
        },
        () => 0,
      );
    const inFlight = holdIds.map((id, i) => capture(id, i));
    while (answered < 40) await sleep(1);
    for (const pid of victims) process.kill(pid, 'SIGKILL');
    const statuses = await Promise.all(inFlight);
    expect(statuses.every((s) => s === 200 || s === 0 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(40);

    // Whatever the workers were doing when they died, nothing is half done.
    expect(await checkInvariants(handle)).toEqual([]);
    const rows = await handle.db.selectFrom('holds').select(['status']).where('id', 'in', holdIds).execute();
    expect(rows.every((r) => r.status === 'captured' || r.status === 'active')).toBe(true);

    // The supervisor replaced the workers; retrying every capture finishes the job exactly once.
    const failures: string[] = [];
    const retried = await Promise.all(
      holdIds.map(async (id, i) => {
        for (let attempt = 0; attempt < 20; attempt++) {
          try {
            const res = await call(server.url, 'POST', `/holds/${id}/capture`, { amount: 50 + (i % 50) });
            if (res.status === 200) return res.body as { hold: { status: string } };
            failures.push(`${res.status} ${JSON.stringify(res.body)}`);
          } catch (err) {
            failures.push(String(err));
          }
          await sleep(200);
        }
        return undefined;
      }),
    );
    // (Connections kept alive to the killed workers fail once; the retry goes to a live worker.)
    expect(
      retried.every((r) => r?.hold.status === 'captured'),
      failures.slice(0, 5).join('\n'),
    ).toBe(true);
    const after = workerPids();
    expect(after).toHaveLength(4);
    expect(after.filter((pid) => victims.includes(pid))).toEqual([]);
    expect(await checkInvariants(handle)).toEqual([]);
    const charged = holdIds.reduce((s, _id, i) => s + 50 + (i % 50), 0);
    const balances = await Promise.all(users.map((u) => client.getAccount(u)));
    expect(balances.reduce((s, a) => s + a.balance, 0)).toBe(4 * 50_000 - charged);
    expect(balances.every((a) => a.held === 0)).toBe(true);
  });
});
