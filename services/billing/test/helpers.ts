import { type DatabaseHandle, openDatabase } from '@george/runtime';
import { TEST_TOKEN, type TestDatabase } from '@george/runtime/testing';
import { sql } from 'kysely';
import type { BillingDB } from '../src/repositories/tables.js';

export const HEADERS = { 'x-internal-token': TEST_TOKEN, 'content-type': 'application/json' };

export function openTestDb(db: TestDatabase): DatabaseHandle<BillingDB> {
  return openDatabase<BillingDB>({
    url: db.url,
    dataDir: db.dataDir,
    fileName: 'billing.sqlite',
    poolSize: 2,
  });
}

export interface Reply {
  status: number;
  body: Record<string, unknown> & {
    error?: { code: string; message: string; details?: Record<string, unknown> };
  };
}

/** A JSON call to a running server; `body` may be a raw string (sent as is). */
export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await fetch(base + path, {
    method,
    headers: { ...HEADERS, ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}

/**
 * Every invariant of the ledger, checked in the database itself: balances equal the sum of their
 * entries and the last balance-after, entries are contiguous with running balances never below
 * zero, held equals the sum of active holds, and every captured hold has exactly one entry for its
 * captured amount (and no other hold has any).
 */
export async function checkInvariants(handle: DatabaseHandle<BillingDB>): Promise<string[]> {
  const { db } = handle;
  const problems: string[] = [];
  const accounts = await db.selectFrom('accounts').selectAll().execute();
  for (const account of accounts) {
    const entries = await db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('user_id', '=', account.user_id)
      .orderBy('seq')
      .execute();
    let running = 0;
    entries.forEach((entry, i) => {
      if (entry.seq !== i + 1) problems.push(`${account.user_id}: entry ${i + 1} has seq ${entry.seq}`);
      running += entry.amount;
      if (entry.balance_after !== running)
        problems.push(
          `${account.user_id}: entry ${entry.seq} balance_after ${entry.balance_after} != ${running}`,
        );
      if (entry.balance_after < 0) problems.push(`${account.user_id}: entry ${entry.seq} below zero`);
    });
    if (running !== account.balance)
      problems.push(`${account.user_id}: ledger sums to ${running}, balance is ${account.balance}`);
    if (account.last_seq !== entries.length)
      problems.push(`${account.user_id}: last_seq ${account.last_seq} but ${entries.length} entries`);
    const active = await db
      .selectFrom('holds')
      .select(sql<number>`cast(coalesce(sum(amount), 0) as bigint)`.as('total'))
      .where('user_id', '=', account.user_id)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    if (Number(active.total) !== account.held)
      problems.push(`${account.user_id}: held ${account.held} but active holds sum to ${active.total}`);
    if (account.held < 0 || account.held > account.balance)
      problems.push(`${account.user_id}: held ${account.held} outside 0..${account.balance}`);
  }
  const holds = await db.selectFrom('holds').selectAll().execute();
  const byHold = new Map<string, number[]>();
  for (const entry of await db
    .selectFrom('ledger_entries')
    .selectAll()
    .where('hold_id', 'is not', null)
    .execute()) {
    const list = byHold.get(entry.hold_id as string) ?? [];
    list.push(entry.amount);
    byHold.set(entry.hold_id as string, list);
  }
  for (const hold of holds) {
    const amounts = byHold.get(hold.id) ?? [];
    if (hold.status === 'captured' && (hold.captured_amount ?? 0) > 0) {
      if (amounts.length !== 1 || amounts[0] !== -(hold.captured_amount as number))
        problems.push(
          `hold ${hold.id} captured ${hold.captured_amount} but entries ${JSON.stringify(amounts)}`,
        );
    } else if (amounts.length > 0) {
      problems.push(`hold ${hold.id} is ${hold.status} but has entries ${JSON.stringify(amounts)}`);
    }
  }
  return problems;
}
