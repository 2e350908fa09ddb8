import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { ExponentialBackoff, handleWhen, retry } from 'cockatiel';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  type Transaction,
} from 'kysely';
import pg from 'pg';

export type DialectName = 'sqlite' | 'postgres';

// PostgreSQL BIGINT arrives as a string by default; every BIGINT here is a safe integer (credits,
// epoch milliseconds), so it is read as a number, and anything unsafe fails loudly.
pg.types.setTypeParser(20, (value: string) => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error('BIGINT value outside the safe integer range');
  return n;
});

/**
 * SQLite transactions start with BEGIN IMMEDIATE: a transaction that reads and then writes would
 * otherwise fail with SQLITE_BUSY when two workers upgrade their locks at once, which the busy
 * timeout cannot resolve.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query again; preparing is a good part of a short query's cost. The one
 * connection is used by one query at a time (Kysely's driver holds a lock), so reusing a
 * prepared statement for the same SQL text is safe.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, SQLite.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = prepare(source);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
      cache.set(source, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;
  return sqlite;
}

export interface DatabaseHandle<DB> {
  db: Kysely<DB>;
  dialect: DialectName;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `postgres://...` selects PostgreSQL; unset selects SQLite under `dataDir`. */
  url?: string | undefined;
  dataDir: string;
  /** SQLite file name under dataDir, e.g. `auth.sqlite`. */
  fileName: string;
  poolSize?: number;
  busyTimeoutMs?: number;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

export function openDatabase<DB>(options: OpenDatabaseOptions): DatabaseHandle<DB> {
  if (options.url !== undefined && options.url !== '' && !isPostgresUrl(options.url)) {
    throw new Error('DATABASE_URL must start with postgres:// (leave it unset for SQLite)');
  }
  if (isPostgresUrl(options.url)) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // A dropped idle connection must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, options.fileName);
  const config: SqliteDialectConfig = {
    database: async () => {
      const sqlite = new SQLite(file, { timeout: options.busyTimeoutMs ?? 5000 });
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
      sqlite.pragma('foreign_keys = ON');
      return withStatementCache(sqlite);
    },
  };
  const db = new Kysely<DB>({ dialect: new ImmediateSqliteDialect(config) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

const RETRYABLE = new Set(['40001', '40P01', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED']);

export function isRetryableDbError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/** Unique-constraint violation on either engine. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

const DEFAULT_ATTEMPTS = 5;

/** A transaction that lost to another (serialization failure, deadlock, busy): tried again after a jittered back-off; one policy per number of tries. */
const transactionRetries = new Map<number, ReturnType<typeof retry>>();
function transactionRetry(attempts: number) {
  let policy = transactionRetries.get(attempts);
  if (!policy) {
    policy = retry(handleWhen(isRetryableDbError), {
      maxAttempts: attempts - 1,
      backoff: new ExponentialBackoff({ initialDelay: 5, maxDelay: 200 }),
    });
    transactionRetries.set(attempts, policy);
  }
  return policy;
}

/**
 * Runs `fn` in a transaction, retrying serialization failures, deadlocks and busy errors (five
 * tries in all by default). `fn` must be safe to run again (it only touches the database).
 */
export async function inTransaction<DB, T>(
  db: Kysely<DB>,
  fn: (trx: Transaction<DB>) => Promise<T>,
  attempts = DEFAULT_ATTEMPTS,
): Promise<T> {
  return transactionRetry(attempts).execute(() => db.transaction().execute(fn));
}
