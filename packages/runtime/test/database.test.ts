import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, inTransaction, isUniqueViolation, openDatabase } from '../src/db/database.js';
import { migrateAndClose, migrateToLatest } from '../src/db/migrate.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../src/testing.js';

interface DB {
  counters: { name: string; value: number };
}

const migrations = {
  '001_counters': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('counters')
        .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
};

describe.each(TEST_DIALECTS)('database helper on %s', (dialect) => {
  let test: TestDatabase;
  let handle: DatabaseHandle<DB>;

  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    handle = openDatabase<DB>({ url: test.url, dataDir: test.dataDir, fileName: 'test.sqlite' });
  });
  afterAll(async () => {
    await handle.close();
    await test.cleanup();
  });

  it('opens the engine DATABASE_URL selects and migrates once', async () => {
    expect(handle.dialect).toBe(dialect);
    expect(await migrateToLatest(handle.db, migrations)).toEqual(['001_counters']);
    expect(await migrateToLatest(handle.db, migrations)).toEqual([]);
  });

  it('reads BIGINT as a number on both engines', async () => {
    await handle.db.insertInto('counters').values({ name: 'big', value: 9_007_199_254_740_991 }).execute();
    const row = await handle.db
      .selectFrom('counters')
      .selectAll()
      .where('name', '=', 'big')
      .executeTakeFirstOrThrow();
    expect(row.value).toBe(9_007_199_254_740_991);
  });

  it('concurrent read-modify-write transactions lose no update', async () => {
    await handle.db.insertInto('counters').values({ name: 'c', value: 0 }).execute();
    await Promise.all(
      Array.from({ length: 25 }, () =>
        inTransaction(handle.db, async (trx) => {
          const row = await trx
            .selectFrom('counters')
            .select('value')
            .where('name', '=', 'c')
            .$if(dialect === 'postgres', (q) => q.forUpdate())
            .executeTakeFirstOrThrow();
          await trx
            .updateTable('counters')
            .set({ value: row.value + 1 })
            .where('name', '=', 'c')
            .execute();
        }),
      ),
    );
    const row = await handle.db
      .selectFrom('counters')
      .select('value')
      .where('name', '=', 'c')
      .executeTakeFirstOrThrow();
    expect(row.value).toBe(25);
  });

  it('tries a transaction that lost a race again, rolled back each time; other errors once', async () => {
    const lost = Object.assign(new Error('lost a race'), {
      code: dialect === 'sqlite' ? 'SQLITE_BUSY' : '40001',
    });
    let runs = 0;
    await inTransaction(handle.db, async (trx) => {
      runs += 1;
      await trx.insertInto('counters').values({ name: 'retried', value: runs }).execute();
      if (runs < 3) throw lost;
    });
    expect(runs).toBe(3);
    // The failed runs' inserts were rolled back: the row is the third run's.
    const row = await handle.db
      .selectFrom('counters')
      .select('value')
      .where('name', '=', 'retried')
      .executeTakeFirstOrThrow();
    expect(row.value).toBe(3);

    runs = 0;
    await expect(
      inTransaction(
        handle.db,
        async () => {
          runs += 1;
          throw lost;
        },
        2,
      ),
    ).rejects.toBe(lost);
    expect(runs).toBe(2);

    runs = 0;
    const other = new Error('not a race');
    await expect(
      inTransaction(handle.db, async () => {
        runs += 1;
        throw other;
      }),
    ).rejects.toBe(other);
    expect(runs).toBe(1);
  });

  it('recognises unique violations', async () => {
    const error = await handle.db
      .insertInto('counters')
      .values({ name: 'c', value: 1 })
      .execute()
      .catch((err: unknown) => err);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('SQLite runs in WAL mode', async () => {
    if (dialect !== 'sqlite') return;
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(handle.db);
    expect(rows[0]?.journal_mode).toBe('wal');
  });
});

it('refuses a DATABASE_URL that is not PostgreSQL', () => {
  expect(() => openDatabase({ url: 'mysql://x', dataDir: '/tmp', fileName: 'x' })).toThrow(/postgres:\/\//);
});

describe('migrateAndClose', () => {
  /** The handle, with a count of its closes. */
  function counted(handle: DatabaseHandle<DB>) {
    const counts = { closed: 0 };
    const close = async () => {
      counts.closed += 1;
      await handle.close();
    };
    return { counts, handle: { db: handle.db, close } };
  }

  it('migrates, then closes the handle', async () => {
    const test = await createTestDatabase('sqlite');
    const open = () => openDatabase<DB>({ url: test.url, dataDir: test.dataDir, fileName: 'test.sqlite' });
    const { counts, handle } = counted(open());
    await migrateAndClose(handle, migrations);
    expect(counts.closed).toBe(1);
    const reopened = open();
    expect(await migrateToLatest(reopened.db, migrations)).toEqual([]);
    await reopened.close();
    await test.cleanup();
  });

  it('closes the handle when a migration fails, and throws', async () => {
    const test = await createTestDatabase('sqlite');
    const { counts, handle } = counted(
      openDatabase<DB>({ url: test.url, dataDir: test.dataDir, fileName: 'test.sqlite' }),
    );
    const failing = {
      '001_fails': {
        async up() {
          throw new Error('no room');
        },
      },
    };
    await expect(migrateAndClose(handle, failing)).rejects.toThrow(/001_fails failed: no room/);
    expect(counts.closed).toBe(1);
    await test.cleanup();
  });
});
