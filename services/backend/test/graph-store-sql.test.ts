/** The graph store contract on the backend's database: SQLite and PostgreSQL. */
import { openDatabase } from '@george/runtime';
import { createTestDatabase, TEST_DIALECTS } from '@george/runtime/testing';
import type { GraphTables } from '../src/graph/sql-migrations.js';
import { SqlGraphStore } from '../src/graph/sql-store.js';
import { graphStoreContract } from './graph-store-contract.js';

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
