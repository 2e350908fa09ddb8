import { inTransaction } from '@george/runtime';
import { sql } from 'kysely';
import { type AuthDatabase, type Db, lockRows } from './store/db.js';

export interface LimitResult {
  allowed: boolean;
  /** True when refused because the key is locked out (not merely busy or over a rate). */
  locked: boolean;
  /** Milliseconds until another attempt may be allowed (when refused). */
  retryAfterMs: number;
}

export interface RateRule {
  max: number;
  windowMs: number;
}

type Dialect = AuthDatabase['dialect'];

/** Creates the row of `key` if missing and reads it under a row lock (inside `trx`). */
async function lockedRow(db: Db, dialect: Dialect, key: string, now: number) {
  await db
    .insertInto('limits')
    .values({ key, count: 0, failures: 0, window_start: now, locked_until: null })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return lockRows(
    db
      .selectFrom('limits')
      .select(['count', 'failures', 'window_start', 'locked_until'])
      .where('key', '=', key),
    dialect,
  ).executeTakeFirstOrThrow();
}

/**
 * A fixed-window rate limit in the database, so it holds across every worker: the row is created
 * if missing, then read under a row lock and updated in the same transaction.
 */
export async function hitLimit(
  db: Db,
  dialect: Dialect,
  key: string,
  rule: RateRule,
  now = Date.now(),
): Promise<LimitResult> {
  return inTransaction(db, (trx) => hitLimitIn(trx, dialect, key, rule, now));
}

/** hitLimit inside the caller's transaction. */
export async function hitLimitIn(
  trx: Db,
  dialect: Dialect,
  key: string,
  rule: RateRule,
  now: number,
): Promise<LimitResult> {
  const row = await lockedRow(trx, dialect, key, now);
  let { count, window_start: windowStart } = row;
  if (windowStart + rule.windowMs <= now) {
    count = 0;
    windowStart = now;
  }
  if (count >= rule.max) {
    return { allowed: false, locked: false, retryAfterMs: windowStart + rule.windowMs - now };
  }
  await trx
    .updateTable('limits')
    .set({ count: count + 1, window_start: windowStart })
    .where('key', '=', key)
    .execute();
  return { allowed: true, locked: false, retryAfterMs: 0 };
}

export interface LockoutRule {
  /** Failed attempts in a window before the key is locked. */
  max: number;
  windowMs: number;
  lockoutMs: number;
}

/**
 * Reserves one password check for `key` before it runs. `count` holds the checks in flight plus
 * the failures of the window, and never exceeds `max`: however many workers race, no more than
 * `max` guesses are checked before the lock-out. Follow with recordFailure or recordSuccess.
 */
export async function reserveAttempt(
  db: Db,
  dialect: Dialect,
  key: string,
  rule: LockoutRule,
  now = Date.now(),
): Promise<LimitResult> {
  return inTransaction(db, (trx) => reserveAttemptIn(trx, dialect, key, rule, now));
}

/** reserveAttempt inside the caller's transaction. */
export async function reserveAttemptIn(
  trx: Db,
  dialect: Dialect,
  key: string,
  rule: LockoutRule,
  now: number,
): Promise<LimitResult> {
  const row = await lockedRow(trx, dialect, key, now);
  if (row.locked_until !== null && row.locked_until > now) {
    return { allowed: false, locked: true, retryAfterMs: row.locked_until - now };
  }
  let { count, failures, window_start: windowStart } = row;
  if (row.locked_until !== null || windowStart + rule.windowMs <= now) {
    count = 0;
    failures = 0;
    windowStart = now;
  }
  if (count >= rule.max) {
    // Checks in flight fill every slot: refuse this one without locking (nothing failed yet).
    return { allowed: false, locked: false, retryAfterMs: 1000 };
  }
  await trx
    .updateTable('limits')
    .set({ count: count + 1, failures, window_start: windowStart, locked_until: null })
    .where('key', '=', key)
    .execute();
  return { allowed: true, locked: false, retryAfterMs: 0 };
}

/** The reserved check failed: it stays counted; at `max` failures the key is locked out. */
export async function recordFailure(
  db: Db,
  dialect: Dialect,
  key: string,
  rule: LockoutRule,
  now = Date.now(),
) {
  await inTransaction(db, async (trx) => {
    const row = await lockedRow(trx, dialect, key, now);
    const failures = row.failures + 1;
    await trx
      .updateTable('limits')
      .set({
        failures,
        count: Math.max(row.count, failures),
        locked_until: failures >= rule.max ? now + rule.lockoutMs : row.locked_until,
      })
      .where('key', '=', key)
      .execute();
  });
}

/** The reserved check succeeded: its slot is released and the failures are forgotten. */
export async function recordSuccess(db: Db, key: string): Promise<void> {
  // A single statement: safe inside or outside a transaction.
  await db
    .updateTable('limits')
    .set({
      count: sql<number>`case when count - 1 - failures > 0 then count - 1 - failures else 0 end`,
      failures: 0,
    })
    .where('key', '=', key)
    .where('locked_until', 'is', null)
    .execute();
}

/** Removes rows whose windows and lock-outs are long over. */
export async function pruneLimits(db: Db, olderThanMs: number, now = Date.now()): Promise<void> {
  await db
    .deleteFrom('limits')
    .where('window_start', '<', now - olderThanMs)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .execute();
}
