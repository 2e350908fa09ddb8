import { type Kysely, sql } from 'kysely';
import type { BreakerRepository, CacheRepository, RateLimitRepository } from './repositories.js';
import type { StateDB } from './tables.js';

export class SqlCacheRepository implements CacheRepository {
  constructor(private readonly db: Kysely<StateDB>) {}

  async get(key: string, now: number): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('cache_entries')
      .select(['value', 'expires_at'])
      .where('key', '=', key)
      .executeTakeFirst();
    return row && Number(row.expires_at) > now ? row.value : undefined;
  }

  async put(key: string, value: string, expiresAt: number): Promise<void> {
    await this.db
      .insertInto('cache_entries')
      .values({ key, value, expires_at: expiresAt })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, expires_at: expiresAt }))
      .execute();
  }

  async sweep(now: number): Promise<void> {
    await this.db.deleteFrom('cache_entries').where('expires_at', '<=', now).execute();
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }
}

export class SqlBreakerRepository implements BreakerRepository {
  constructor(private readonly db: Kysely<StateDB>) {}

  async openUntil(name: string): Promise<number> {
    const row = await this.db
      .selectFrom('upstream_breakers')
      .select(['open_until'])
      .where('name', '=', name)
      .executeTakeFirst();
    return row ? Number(row.open_until) : 0;
  }

  async succeeded(name: string): Promise<void> {
    await this.db
      .updateTable('upstream_breakers')
      .set({ failures: 0, open_until: 0 })
      .where('name', '=', name)
      .where('failures', '>', 0)
      .execute();
  }

  /** One statement, so that failures counted by several workers at once are all counted. */
  async failed(name: string, threshold: number, openUntil: number): Promise<void> {
    await this.db
      .insertInto('upstream_breakers')
      .values({ name, failures: 1, open_until: threshold <= 1 ? openUntil : 0 })
      .onConflict((oc) =>
        oc.column('name').doUpdateSet({
          failures: sql<number>`upstream_breakers.failures + 1`,
          open_until: sql<number>`case when upstream_breakers.failures + 1 >= ${threshold} then ${openUntil} else upstream_breakers.open_until end`,
        }),
      )
      .execute();
  }
}

export class SqlRateLimitRepository implements RateLimitRepository {
  constructor(private readonly db: Kysely<StateDB>) {}

  /** One statement: a new window starts the count again, atomically across workers. */
  async increment(key: string, now: number, windowMs: number) {
    // Both assignments read the row as it was, so the window and its count move together.
    const open = sql<boolean>`rate_limits.window_start > ${now - windowMs}`;
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, window_start: now, count: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql<number>`case when ${open} then rate_limits.count + 1 else 1 end`,
          window_start: sql<number>`case when ${open} then rate_limits.window_start else ${now} end`,
        }),
      )
      .returning(['count', 'window_start'])
      .executeTakeFirstOrThrow();
    return { count: Number(row.count), windowStart: Number(row.window_start) };
  }

  async sweep(before: number): Promise<void> {
    await this.db.deleteFrom('rate_limits').where('window_start', '<=', before).execute();
  }
}
