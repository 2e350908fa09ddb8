/** The graph store contract on the backend's database: SQLite and PostgreSQL. */
import { openDatabase } from '@george/runtime';
import { createTestDatabase, TEST_DIALECTS, tempDir } from '@george/runtime/testing';
import { describe, expect, it } from 'vitest';
import { openGraphStore } from '../src/graph/index.js';
import type { GraphTables } from '../src/graph/sql-migrations.js';
import { SqlGraphStore } from '../src/graph/sql-store.js';
import { ent, graphStoreContract } from './graph-store-contract.js';

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
