import { inTransaction } from '@george/runtime';
import { type AuthDatabase, type Db, lockRows } from './store/db.js';

export interface LimitResult {
  allowed: boolean;
  /** Milliseconds until another attempt may be allowed (when refused). */
  retryAfterMs: number;
  count: number;
}

export interface LimitRule {
  max: number;
  windowMs: number;
  /** When set, going over `max` locks the key for this long. */
  lockoutMs?: number;
}

/**
 * Counts one attempt against `key` in the database, so the limit holds across every worker: the
 * row is created if missing, then read under a row lock and updated in the same transaction.
 * Attempts are counted before the work they guard, so concurrent requests cannot exceed `max`.
 */
export async function hitLimit(
  db: Db,
  dialect: AuthDatabase['dialect'],
  key: string,
  rule: LimitRule,
  now = Date.now(),
): Promise<LimitResult> {
  return inTransaction(db, async (trx) => {
    await trx
      .insertInto('limits')
      .values({ key, count: 0, window_start: now, locked_until: null })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await lockRows(
      trx.selectFrom('limits').select(['count', 'window_start', 'locked_until']).where('key', '=', key),
      dialect,
    ).executeTakeFirstOrThrow();
    if (row.locked_until !== null && row.locked_until > now) {
      return { allowed: false, retryAfterMs: row.locked_until - now, count: row.count };
    }
    let count = row.count;
    let windowStart = row.window_start;
    let lockedUntil: number | null = null;
    if (row.locked_until !== null || windowStart + rule.windowMs <= now) {
      count = 0;
      windowStart = now;
    }
    count += 1;
    let result: LimitResult = { allowed: true, retryAfterMs: 0, count };
    if (count > rule.max) {
      if (rule.lockoutMs !== undefined) {
        lockedUntil = now + rule.lockoutMs;
        result = { allowed: false, retryAfterMs: rule.lockoutMs, count };
      } else {
        result = { allowed: false, retryAfterMs: windowStart + rule.windowMs - now, count };
      }
      count = rule.max + 1;
    }
    await trx
      .updateTable('limits')
      .set({ count, window_start: windowStart, locked_until: lockedUntil })
      .where('key', '=', key)
      .execute();
    return result;
  });
}

/** Forgets the attempts of a key (a successful login). A lock-out in force stays. */
export async function resetLimit(db: Db, key: string, now = Date.now()): Promise<void> {
  await db
    .deleteFrom('limits')
    .where('key', '=', key)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
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
