/**
 * State every worker must share, in the service's database: the answer cache (with a time to live),
 * one circuit breaker per upstream, and fixed-window rate limits.
 */
import { type Kysely, sql } from 'kysely';

export interface StateDB {
  cache_entries: { key: string; value: string; expires_at: number };
  upstream_breakers: { name: string; failures: number; open_until: number };
  rate_limits: { key: string; window_start: number; count: number };
}

export class Cache {
  constructor(
    private readonly db: Kysely<StateDB>,
    private readonly now: () => number = Date.now,
  ) {}

  async get<T>(key: string): Promise<{ value: T } | undefined> {
    const row = await this.db
      .selectFrom('cache_entries')
      .select(['value', 'expires_at'])
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row || Number(row.expires_at) <= this.now()) return undefined;
    return { value: JSON.parse(row.value) as T };
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) return;
    const row = { key, value: JSON.stringify(value), expires_at: this.now() + ttlMs };
    await this.db
      .insertInto('cache_entries')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, expires_at: row.expires_at }))
      .execute();
    // Expired entries are swept now and then, by whichever worker happens to write.
    if (Math.random() < 0.02) {
      await this.db.deleteFrom('cache_entries').where('expires_at', '<=', this.now()).execute();
    }
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }
}

/**
 * A consecutive-failure circuit breaker per upstream, shared by the workers: after `threshold`
 * failures in a row the upstream is skipped for `cooldownMs`; then one call is let through (half
 * open) and its result closes or re-opens the circuit.
 */
export class Breakers {
  constructor(
    private readonly db: Kysely<StateDB>,
    private readonly threshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async isOpen(name: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('upstream_breakers')
      .select(['open_until'])
      .where('name', '=', name)
      .executeTakeFirst();
    return row !== undefined && Number(row.open_until) > this.now();
  }

  async success(name: string): Promise<void> {
    await this.db
      .updateTable('upstream_breakers')
      .set({ failures: 0, open_until: 0 })
      .where('name', '=', name)
      .where('failures', '>', 0)
      .execute();
  }

  async failure(name: string): Promise<void> {
    const now = this.now();
    const openUntil = now + this.cooldownMs;
    await this.db
      .insertInto('upstream_breakers')
      .values({ name, failures: 1, open_until: this.threshold <= 1 ? openUntil : 0 })
      .onConflict((oc) =>
        oc.column('name').doUpdateSet({
          failures: sql<number>`upstream_breakers.failures + 1`,
          open_until: sql<number>`case when upstream_breakers.failures + 1 >= ${this.threshold} then ${openUntil} else upstream_breakers.open_until end`,
        }),
      )
      .execute();
  }
}

/** Fixed one-minute windows per key; the count is incremented atomically in one statement. */
export class RateLimiter {
  constructor(
    private readonly db: Kysely<StateDB>,
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; answers whether it is allowed and, if not, seconds until the next window. */
  async hit(key: string): Promise<{ allowed: boolean; retryAfterSeconds: number; remaining: number }> {
    const now = this.now();
    const window = now - (now % 60_000);
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, window_start: window, count: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql<number>`case when rate_limits.window_start = ${window} then rate_limits.count + 1 else 1 end`,
          window_start: window,
        }),
      )
      .returning(['count'])
      .executeTakeFirstOrThrow();
    const count = Number(row.count);
    if (Math.random() < 0.01) {
      await this.db.deleteFrom('rate_limits').where('window_start', '<', window).execute();
    }
    return {
      allowed: count <= this.perMinute,
      retryAfterSeconds: Math.max(1, Math.ceil((window + 60_000 - now) / 1000)),
      remaining: Math.max(0, this.perMinute - count),
    };
  }
}
