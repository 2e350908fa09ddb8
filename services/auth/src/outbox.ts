import { randomUUID } from 'node:crypto';
import type { OutboxItem } from '@george/contracts';
import { type DialectName, InternalClient, inTransaction, UpstreamError } from '@george/runtime';
import type { Transaction } from 'kysely';
import { isoOrNull } from './context.js';
import { type Db, lockRows } from './store/db.js';
import type { AuthDB, OutboxTable } from './store/schema.js';

export const BILLING_ACCOUNT = 'billing_account';

/** Queues the billing account of a new user, in the transaction that creates the user. */
export async function enqueueBillingAccount(
  trx: Transaction<AuthDB>,
  userId: string,
  plan: string,
  now: number,
): Promise<void> {
  await trx
    .insertInto('outbox')
    .values({
      id: randomUUID(),
      kind: BILLING_ACCOUNT,
      user_id: userId,
      payload: JSON.stringify({ userId, plan }),
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      last_error: null,
      created_at: now,
      done_at: null,
    })
    .execute();
}

/** Delay before the next attempt: doubling from one second, capped, with jitter. */
export function backoffMs(attempts: number, maxMs: number, random = Math.random): number {
  const base = Math.min(maxMs, 1000 * 2 ** Math.min(attempts - 1, 20));
  return Math.max(50, Math.round(base * (0.5 + random() * 0.5)));
}

export interface RelayOptions {
  maxBackoffMs: number;
  batch?: number;
  /** Stop starting new sends after this time (epoch ms), so a slow billing cannot outlast the lease. */
  deadline?: number;
}

/** Something that creates a billing account; resolves when billing confirms. */
export type BillingSender = (payload: { userId: string; plan: string }) => Promise<void>;

/**
 * `POST /accounts {userId, plan}` on billing with the internal token. 200 and 201 confirm, and so
 * does a 409 (the account exists already); anything else is a failure to retry later.
 */
export function billingSender(baseUrl: string, token: string, timeoutMs = 5000): BillingSender {
  const client = new InternalClient({
    service: 'billing',
    baseUrl,
    token,
    timeoutMs,
    attempts: 1,
    breakerThreshold: 3,
    breakerHalfOpenAfterMs: 2000,
  });
  return async (payload) => {
    try {
      const result = await client.call({
        method: 'POST',
        path: '/accounts',
        body: payload,
        idempotent: true,
      });
      if (result.status !== 200 && result.status !== 201) {
        throw new Error(`billing answered ${result.status}`);
      }
    } catch (err) {
      if (err instanceof UpstreamError && err.statusCode === 409) return;
      throw err;
    }
  };
}

/** Sends the due outbox rows once. Returns how many were confirmed and how many failed. */
export async function relayOnce(
  db: Db,
  send: BillingSender,
  options: RelayOptions,
  now = Date.now(),
): Promise<{ sent: number; failed: number }> {
  const due = await db
    .selectFrom('outbox')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at', 'asc')
    .limit(options.batch ?? 50)
    .execute();
  let sent = 0;
  let failed = 0;
  for (const row of due) {
    if (options.deadline !== undefined && Date.now() > options.deadline) break;
    const attempts = row.attempts + 1;
    try {
      await send(JSON.parse(row.payload) as { userId: string; plan: string });
      await db
        .updateTable('outbox')
        .set({ status: 'done', attempts, done_at: Date.now(), next_attempt_at: null, last_error: null })
        .where('id', '=', row.id)
        .execute();
      sent += 1;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await db
        .updateTable('outbox')
        .set({
          attempts,
          last_error: message.slice(0, 500),
          next_attempt_at: Date.now() + backoffMs(attempts, options.maxBackoffMs),
        })
        .where('id', '=', row.id)
        .where('status', '=', 'pending')
        .execute();
      failed += 1;
    }
  }
  return { sent, failed };
}

/**
 * A lease in the database: only its holder runs the relay, even if several supervisors (or hosts)
 * share the database. Returns true when `holder` has the lease until now + ttlMs.
 */
export async function acquireLease(
  db: Db,
  dialect: DialectName,
  name: string,
  holder: string,
  ttlMs: number,
  now = Date.now(),
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    await trx
      .insertInto('leases')
      .values({ name, holder, expires_at: now + ttlMs })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const lease = await lockRows(
      trx.selectFrom('leases').select(['holder', 'expires_at']).where('name', '=', name),
      dialect,
    ).executeTakeFirstOrThrow();
    if (lease.holder !== holder && lease.expires_at > now) return false;
    await trx
      .updateTable('leases')
      .set({ holder, expires_at: now + ttlMs })
      .where('name', '=', name)
      .execute();
    return true;
  });
}

function toItem(row: OutboxTable): OutboxItem {
  const payload = JSON.parse(row.payload) as { userId?: string };
  return {
    id: row.id,
    kind: row.kind,
    userId: payload.userId ?? row.user_id,
    status: row.status as OutboxItem['status'],
    attempts: row.attempts,
    nextAttemptAt: isoOrNull(row.next_attempt_at),
    lastError: row.last_error,
    createdAt: new Date(row.created_at).toISOString(),
    doneAt: isoOrNull(row.done_at),
  };
}

/** What operators see: the rows (pending first by default) and the counts. */
export async function listOutbox(
  db: Db,
  query: { status?: 'pending' | 'done' | undefined; limit?: number | undefined },
) {
  let q = db.selectFrom('outbox').selectAll();
  if (query.status) q = q.where('status', '=', query.status);
  const rows = await q
    .orderBy('created_at', 'desc')
    .limit(query.limit ?? 100)
    .execute();
  const counts = await db
    .selectFrom('outbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const count = (status: string) => Number(counts.find((c) => c.status === status)?.n ?? 0);
  return { items: rows.map(toItem), pending: count('pending'), done: count('done') };
}

/** Makes a pending row due now (an operator's "retry now"). */
export async function retryNow(db: Db, id: string, now = Date.now()): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ next_attempt_at: now })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
