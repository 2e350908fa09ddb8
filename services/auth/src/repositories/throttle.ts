/**
 * Where the login throttle keeps its counters: rate-limiter-flexible's stores. The service's own
 * database by default (its SQLite file, or its PostgreSQL database), Redis when `REDIS_URL` is set,
 * memory for the services' tests. Each store also lists what it holds, for operators (the library
 * has no listing): SQL through Kysely on the `throttle` table, Redis by SCAN.
 */
import { join } from 'node:path';
import type { DialectName } from '@george/runtime';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterSQLite,
} from 'rate-limiter-flexible';
import type { Db } from '../store/db.js';

export interface ThrottleEntry {
  /** The key without the limiter's prefix. */
  key: string;
  points: number;
  /** Epoch ms, or null for no expiry. */
  expiresAt: number | null;
}

export interface LimiterOptions {
  /** Names the counter family: `<prefix>:<key>` in the store. */
  prefix: string;
  points: number;
  durationSeconds: number;
}

export interface ThrottleStore {
  readonly kind: 'sqlite' | 'postgres' | 'redis' | 'memory';
  limiter(options: LimiterOptions): RateLimiterAbstract;
  /** Live (unexpired) entries of one counter family. */
  list(prefix: string): Promise<ThrottleEntry[]>;
  close(): Promise<void>;
}

const TABLE = 'throttle';

/** What the SQLite and PostgreSQL limiters share: the migrated `throttle` table (expired rows are
 * filtered on read, not swept by a timer) and the family's prefix, points and window. */
function tableLimiterOptions({ prefix, points, durationSeconds }: LimiterOptions) {
  return {
    tableName: TABLE,
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: prefix,
    points,
    duration: durationSeconds,
  };
}

/** Entries of `prefix` in the `throttle` table (both engines), by key range rather than LIKE. */
async function listTable(db: Db, prefix: string, now: number): Promise<ThrottleEntry[]> {
  const rows = await db
    .selectFrom(TABLE)
    .selectAll()
    .where('key', '>=', `${prefix}:`)
    .where('key', '<', `${prefix};`)
    .where((eb) => eb.or([eb('expire', 'is', null), eb('expire', '>', now)]))
    .execute();
  return rows.map((r) => ({ key: r.key.slice(prefix.length + 1), points: r.points, expiresAt: r.expire }));
}

/** A second connection to the service's SQLite file, for the library (it wants better-sqlite3). */
export async function sqliteThrottleStore(db: Db, dataDir: string): Promise<ThrottleStore> {
  const { default: SQLite } = await import('better-sqlite3');
  const sqlite = new SQLite(join(dataDir, 'auth.sqlite'), { timeout: 5000 });
  sqlite.pragma('journal_mode = WAL');
  return {
    kind: 'sqlite',
    limiter: (options) =>
      new RateLimiterSQLite({
        storeClient: sqlite,
        storeType: 'better-sqlite3',
        ...tableLimiterOptions(options),
      }),
    list: (prefix) => listTable(db, prefix, Date.now()),
    close: async () => {
      sqlite.close();
    },
  };
}

export async function postgresThrottleStore(db: Db, url: string): Promise<ThrottleStore> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    limiter: (options) =>
      new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', ...tableLimiterOptions(options) }),
    list: (prefix) => listTable(db, prefix, Date.now()),
    close: () => pool.end(),
  };
}

/** Counters shared by every process that uses the same Redis (and `namespace`). */
export async function redisThrottleStore(url: string, namespace: string): Promise<ThrottleStore> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false });
  // A lost connection is retried by the client; requests meanwhile fail (logins answer 503).
  redis.on('error', () => {});
  const full = (prefix: string) => `${namespace}:${prefix}`;
  return {
    kind: 'redis',
    limiter: ({ prefix, points, durationSeconds }) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: full(prefix),
        points,
        duration: durationSeconds,
      }),
    async list(prefix) {
      const start = `${full(prefix)}:`;
      const entries: ThrottleEntry[] = [];
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${start}*`, 'COUNT', 200);
        cursor = next;
        if (keys.length === 0) continue;
        const pipeline = redis.pipeline();
        for (const key of keys) pipeline.get(key).pttl(key);
        const results = (await pipeline.exec()) ?? [];
        const now = Date.now();
        keys.forEach((key, i) => {
          const points = Number(results[2 * i]?.[1]);
          const ttl = Number(results[2 * i + 1]?.[1]);
          if (!Number.isFinite(points) || ttl === -2) return;
          entries.push({ key: key.slice(start.length), points, expiresAt: ttl >= 0 ? now + ttl : null });
        });
      } while (cursor !== '0');
      return entries;
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** One process's memory: for tests of the rules, never for a served app (workers would not share it). */
export function memoryThrottleStore(): ThrottleStore {
  const limiters = new Map<string, RateLimiterMemory>();
  return {
    kind: 'memory',
    limiter(options) {
      const limiter = new RateLimiterMemory({
        keyPrefix: options.prefix,
        points: options.points,
        duration: options.durationSeconds,
      });
      limiters.set(options.prefix, limiter);
      return limiter;
    },
    async list(prefix) {
      const limiter = limiters.get(prefix);
      if (!limiter) return [];
      const now = Date.now();
      return limiter
        .dump()
        .storage.filter((r) => r.expiresAt === null || r.expiresAt > now)
        .map((r) => ({ key: String(r.key), points: r.value, expiresAt: r.expiresAt }));
    },
    close: async () => {},
  };
}

/**
 * The store the configuration asks for: Redis when a URL is given, else the service's database.
 * Only the chosen store's driver is loaded (workers start faster).
 */
export async function openThrottleStore(
  db: Db,
  dialect: DialectName,
  config: {
    redisUrl: string | undefined;
    redisNamespace: string;
    databaseUrl: string | undefined;
    dataDir: string;
  },
): Promise<ThrottleStore> {
  if (config.redisUrl) return redisThrottleStore(config.redisUrl, config.redisNamespace);
  if (dialect === 'postgres' && config.databaseUrl) return postgresThrottleStore(db, config.databaseUrl);
  return sqliteThrottleStore(db, config.dataDir);
}

/** Deletes expired rows of the `throttle` table (Redis and memory expire entries themselves). */
export async function pruneThrottleTable(db: Db, now: number): Promise<void> {
  await db.deleteFrom(TABLE).where('expire', '<', now).execute();
}
