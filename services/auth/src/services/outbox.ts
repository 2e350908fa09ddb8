import { randomUUID } from 'node:crypto';
import type { OutboxItem } from '@george/contracts';
import { errorMessage, InternalClient, UpstreamError } from '@george/runtime';
import { isoOrNull } from '../context.js';
import { authError } from '../errors.js';
import type { Repositories } from '../repositories/index.js';
import type { OutboxRepository, OutboxRow } from '../repositories/outbox.js';

export const BILLING_ACCOUNT = 'billing_account';

/** Queues the billing account of a new user, in the transaction that creates the user. */
export async function enqueueBillingAccount(
  repos: Repositories,
  userId: string,
  plan: string,
  now: number,
): Promise<void> {
  await repos.outbox.insert({
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
  });
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
      if (result.status !== 200 && result.status !== 201)
        throw new Error(`billing answered ${result.status}`);
    } catch (err) {
      if (err instanceof UpstreamError && err.statusCode === 409) return;
      throw err;
    }
  };
}

function payloadOf(row: OutboxRow): { userId: string; plan: string } {
  const parsed: unknown = JSON.parse(row.payload);
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'userId' in parsed &&
    'plan' in parsed &&
    typeof parsed.userId === 'string' &&
    typeof parsed.plan === 'string'
  ) {
    return { userId: parsed.userId, plan: parsed.plan };
  }
  throw new Error(`outbox row ${row.id} has a malformed payload`);
}

/** Sends the due outbox rows once. Returns how many were confirmed and how many failed. */
export async function relayOnce(
  outbox: OutboxRepository,
  send: BillingSender,
  options: RelayOptions,
  now = Date.now(),
): Promise<{ sent: number; failed: number }> {
  const due = await outbox.due(now, options.batch ?? 50);
  let sent = 0;
  let failed = 0;
  for (const row of due) {
    if (options.deadline !== undefined && Date.now() > options.deadline) break;
    const attempts = row.attempts + 1;
    try {
      await send(payloadOf(row));
      await outbox.markDone(row.id, attempts, Date.now());
      sent += 1;
    } catch (err) {
      const message = errorMessage(err);
      await outbox.markFailed(
        row.id,
        attempts,
        message,
        Date.now() + backoffMs(attempts, options.maxBackoffMs),
      );
      failed += 1;
    }
  }
  return { sent, failed };
}

function toItem(row: OutboxRow): OutboxItem {
  return {
    id: row.id,
    kind: row.kind,
    userId: row.user_id,
    status: row.status === 'done' ? 'done' : 'pending',
    attempts: row.attempts,
    nextAttemptAt: isoOrNull(row.next_attempt_at),
    lastError: row.last_error,
    createdAt: new Date(row.created_at).toISOString(),
    doneAt: isoOrNull(row.done_at),
  };
}

/** What operators see: the rows (newest first) and the counts. */
export async function listOutbox(
  outbox: OutboxRepository,
  query: { status?: 'pending' | 'done' | undefined; limit?: number | undefined },
) {
  const rows = await outbox.list({ status: query.status, limit: query.limit ?? 100 });
  return { items: rows.map(toItem), ...(await outbox.counts()) };
}

/** Makes a pending row due now (an operator's "retry now"). */
export async function retryNow(outbox: OutboxRepository, id: string, now = Date.now()): Promise<void> {
  if (!(await outbox.makeDue(id, now))) throw authError('outbox_item_not_found');
}
