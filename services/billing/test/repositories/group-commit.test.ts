import { openDatabase } from '@george/runtime';
import { tempDir } from '@george/runtime/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { GroupCommitter } from '../../src/repositories/group-commit.js';

interface DB {
  items: { id: number; note: string };
}

describe('group commit (SQLite)', () => {
  const dir = tempDir();
  const handle = openDatabase<DB>({ dataDir: dir.path, fileName: 'g.sqlite' });
  afterAll(async () => {
    await handle.close();
    dir.remove();
  });

  it('shares transactions between concurrent operations; one that throws fails alone and leaves nothing', async () => {
    await sql`create table items (id integer primary key, note text not null)`.execute(handle.db);
    const group = new GroupCommitter(handle.db);
    // The first operation starts a transaction at once; the twenty that arrive meanwhile share the next.
    const first = group.run(async () => 0);
    const results = await Promise.allSettled([
      first,
      ...Array.from({ length: 20 }, (_, i) =>
        group.run(async (trx) => {
          await trx
            .insertInto('items')
            .values({ id: i, note: `n${i}` })
            .execute();
          if (i % 7 === 3) throw new Error(`refused ${i}`);
          // Sees the writes of the operations before it in the same transaction.
          const count = await trx
            .selectFrom('items')
            .select(sql<number>`count(*)`.as('n'))
            .executeTakeFirstOrThrow();
          return count.n;
        }),
      ),
    ]);
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [i - 1] : []));
    expect(failed).toEqual([3, 10, 17]);
    const rows = await handle.db.selectFrom('items').select('id').orderBy('id').execute();
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 20 }, (_, i) => i).filter((i) => i % 7 !== 3));
    // Each successful operation saw the ones before it, and none of the failed ones.
    const counts = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(counts).toEqual([0, ...Array.from({ length: 17 }, (_, i) => i + 1)]);
  });

  it('answers nothing before the commit and fails the batch when the transaction cannot start', async () => {
    const other = openDatabase<DB>({ dataDir: dir.path, fileName: 'g.sqlite' });
    await sql`pragma busy_timeout = 1`.execute(handle.db);
    // Another connection holds the write lock: the batch waits (asynchronously), then gives up.
    const group = new GroupCommitter(handle.db, 64, 200);
    await other.db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ id: 100, note: 'lock' }).execute();
      const settled = await Promise.allSettled([
        group.run((t) => t.insertInto('items').values({ id: 101, note: 'a' }).execute()),
        group.run((t) => t.insertInto('items').values({ id: 102, note: 'b' }).execute()),
      ]);
      expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    });
    await other.close();
    const ids = (await handle.db.selectFrom('items').select('id').where('id', '>=', 100).execute()).map(
      (r) => r.id,
    );
    expect(ids).toEqual([100]);
  });
});
