/** The graph store contract on the backend's database: SQLite and PostgreSQL. */
import { migrateToLatest, openDatabase } from '@george/runtime';
import { createTestDatabase, TEST_DIALECTS, tempDir } from '@george/runtime/testing';
import { describe, expect, it } from 'vitest';
import { openGraphStore } from '../../src/graph/index.js';
import { type GraphTables, graphMigrations, migrateGraphTables } from '../../src/graph/sql-migrations.js';
import { SqlGraphStore } from '../../src/graph/sql-store.js';
import { ent, graphStoreContract } from './store-contract.js';

for (const dialect of TEST_DIALECTS) {
  graphStoreContract(dialect, async () => {
    const testDb = await createTestDatabase(dialect);
    const handle = openDatabase<GraphTables>({
      url: testDb.url,
      dataDir: testDb.dataDir,
      fileName: 'backend.sqlite',
    });
    return {
      store: new SqlGraphStore(handle.db, () => handle.close()),
      cleanup: () => testDb.cleanup(),
    };
  });
}

describe('openGraphStore', () => {
  it('uses the SQL tables unless NEO4J_URI is set, and needs a password for Neo4j', async () => {
    const dir = tempDir();
    const store = openGraphStore({ DATA_DIR: dir.path });
    try {
      expect(store.kind).toBe('sql');
      await store.init();
      await store.replaceFileExtraction('p1', 'f1', {
        entities: [ent('pemberley', 'Pemberley', 'location', [[0, 3]])],
        relations: [],
      });
      expect((await store.listEntities('p1')).map((e) => e.name)).toEqual(['Pemberley']);
    } finally {
      await store.close();
      dir.remove();
    }
    expect(() => openGraphStore({ NEO4J_URI: 'bolt://127.0.0.1:7687' })).toThrow(/NEO4J_PASSWORD/);
    const neo = openGraphStore({ NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'x'.repeat(12) });
    expect(neo.kind).toBe('neo4j');
    await neo.close();
  });
});

describe('stored types', () => {
  it('reports a row whose entity type is outside the list as corrupt, instead of serving it', async () => {
    const dir = tempDir();
    const handle = openDatabase<GraphTables>({ url: '', dataDir: dir.path, fileName: 'backend.sqlite' });
    const store = new SqlGraphStore(handle.db, () => handle.close());
    try {
      await store.init();
      await store.replaceFileExtraction('p1', 'f1', {
        entities: [ent('pemberley', 'Pemberley', 'location', [[0, 3]])],
        relations: [],
      });
      await handle.db.updateTable('graph_entity').set({ type: 'spaceship' }).execute();
      await expect(store.listEntities('p1')).rejects.toThrow(/unknown entity type: spaceship/);
    } finally {
      await store.close();
      dir.remove();
    }
  });

  it("reads a file's name spellings back, and reports spellings of another shape as a corrupt row", async () => {
    const dir = tempDir();
    const handle = openDatabase<GraphTables>({ url: '', dataDir: dir.path, fileName: 'backend.sqlite' });
    const store = new SqlGraphStore(handle.db, () => handle.close());
    try {
      await store.init();
      const passage = { fileId: 'f1', chapter: 1, start: 0, end: 5, quote: 'Emma.' };
      await store.replaceFileFacts(
        'p1',
        'f1',
        [],
        [{ form: 'Emma', count: 2, inside: 1, passages: [passage] }],
      );
      expect(await store.listSpellings('p1')).toEqual([
        { form: 'Emma', count: 2, inside: 1, passages: [passage] },
      ]);
      await handle.db
        .updateTable('graph_spelling')
        .set({ spellings: JSON.stringify([{ form: 'Emma', count: '2', passages: [] }]) })
        .execute();
      await expect(store.listSpellings('p1')).rejects.toThrow(
        /corrupt stored value in graph_spelling\.spellings of file f1: \/0\//,
      );
    } finally {
      await store.close();
      dir.remove();
    }
  });
});

describe('graph migrations', () => {
  for (const dialect of TEST_DIALECTS) {
    it(`numbers stored mention chapters from 1 once (${dialect})`, async () => {
      const testDb = await createTestDatabase(dialect);
      const handle = openDatabase<GraphTables>({
        url: testDb.url,
        dataDir: testDb.dataDir,
        fileName: 'b.sqlite',
      });
      try {
        // The migrations before the renumbering, as a database made before it has them.
        const before = Object.fromEntries(Object.entries(graphMigrations).filter(([name]) => name < '003'));
        await migrateToLatest(handle.db, before, { table: 'graph_migration' });
        const row = {
          project_id: 'p',
          entity_id: 'e',
          file_id: 'f',
          start_offset: 0,
          end_offset: 1,
          text: 'X',
        };
        await handle.db
          .insertInto('graph_mention')
          .values([
            { ...row, chapter: 0 },
            { ...row, start_offset: 5, chapter: null },
          ])
          .execute();
        await migrateGraphTables(handle.db);
        await migrateGraphTables(handle.db);
        const chapters = await handle.db
          .selectFrom('graph_mention')
          .select('chapter')
          .orderBy('start_offset')
          .execute();
        expect(chapters.map((c) => c.chapter)).toEqual([1, null]);
      } finally {
        await handle.close();
        await testDb.cleanup();
      }
    });
  }
});
