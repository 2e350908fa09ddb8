import { migrateToLatest, openDatabase } from '@george/runtime';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../src/repositories/migrations.js';
import {
  SqlBreakerRepository,
  SqlCacheRepository,
  SqlRateLimitRepository,
} from '../../src/repositories/sql.js';
import type { StateDB } from '../../src/repositories/tables.js';

describe.each(TEST_DIALECTS)('shared state repositories on %s', (dialect) => {
  let database: TestDatabase;
  let handle: ReturnType<typeof openDatabase<StateDB>>;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    handle = openDatabase<StateDB>({ url: database.url, dataDir: database.dataDir, fileName: 'x.sqlite' });
    await migrateToLatest(handle.db, migrations);
  });
  afterAll(async () => {
    await handle?.close();
    await database?.cleanup();
  });

  it('keeps cache entries until they expire, replaces them, and sweeps the expired', async () => {
    const cache = new SqlCacheRepository(handle.db);
    await cache.put('k', '"one"', 1_000);
    expect(await cache.get('k', 999)).toBe('"one"');
    expect(await cache.get('k', 1_000)).toBeUndefined();
    await cache.put('k', '"two"', 2_000);
    expect(await cache.get('k', 1_500)).toBe('"two"');
    await cache.put('old', '1', 10);
    await cache.sweep(1_500);
    const keys = await handle.db.selectFrom('cache_entries').select('key').execute();
    expect(keys.map((r) => r.key)).toEqual(['k']);
    await expect(cache.ping()).resolves.toBeUndefined();
  });

  it('opens a breaker at the threshold of failures in a row, and closes it on a success', async () => {
    const breakers = new SqlBreakerRepository(handle.db);
    expect(await breakers.openUntil('up')).toBe(0);
    await breakers.failed('up', 3, 5_000);
    await breakers.failed('up', 3, 5_000);
    expect(await breakers.openUntil('up')).toBe(0);
    await Promise.all([breakers.failed('up', 3, 6_000), breakers.failed('up', 3, 6_000)]);
    expect(await breakers.openUntil('up')).toBe(6_000);
    await breakers.succeeded('up');
    expect(await breakers.openUntil('up')).toBe(0);
    await breakers.failed('once', 1, 7_000);
    expect(await breakers.openUntil('once')).toBe(7_000);
  });

  it('counts requests per window atomically, the window opened by the first, a new one after it', async () => {
    const limits = new SqlRateLimitRepository(handle.db);
    const at = 10 * 60_000 + 59_000;
    const counts = await Promise.all(
      Array.from({ length: 10 }, (_, i) => limits.increment('user:a', at + i, 60_000)),
    );
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Every request joined the window the first one opened, whichever came first.
    expect(new Set(counts.map((c) => c.windowStart)).size).toBe(1);
    const start = counts[0]?.windowStart ?? 0;
    expect(await limits.increment('user:a', start + 59_999, 60_000)).toEqual({
      count: 11,
      windowStart: start,
    });
    expect(await limits.increment('user:a', start + 60_000, 60_000)).toEqual({
      count: 1,
      windowStart: start + 60_000,
    });
    await limits.increment('user:b', at, 60_000);
    await limits.sweep(start + 60_000 - 1);
    const keys = await handle.db.selectFrom('rate_limits').select('key').execute();
    expect(keys.map((r) => r.key)).toEqual(['user:a']);
  });
});
