/** The file statistics as stored on both engines: a row of another shape is reported, not served. */
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileStatsRepository } from '../../src/repositories/file-stats.js';
import { type BackendDatabase, migrateBackendDatabase, openBackendDatabase } from '../../src/store/db.js';

describe.each(TEST_DIALECTS)('file statistics repository on %s', (dialect) => {
  let testDb: TestDatabase;
  let database: BackendDatabase;
  let stats: FileStatsRepository;

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect);
    database = openBackendDatabase({ databaseUrl: testDb.url, dataDir: testDb.dataDir });
    await migrateBackendDatabase(database.db);
    stats = new FileStatsRepository(database.db);
  });
  afterAll(async () => {
    await database.close();
    await testDb.cleanup();
  });

  it('reports statistics of another shape as a corrupt row, naming the file', async () => {
    await database.db
      .insertInto('file_stats')
      .values({
        project_id: 'p1',
        file_id: 'f1',
        revision: 1,
        stats: '{"revision":1,"words":"many"}',
        updated_at: 1,
      })
      .execute();
    await expect(stats.get('p1', 'f1')).rejects.toThrow(
      /corrupt stored value in file_stats\.stats of file f1/,
    );
    await database.db.updateTable('file_stats').set({ stats: '{"revision":' }).execute();
    await expect(stats.get('p1', 'f1')).rejects.toThrow(/file_stats\.stats of file f1: not JSON/);
  });
});
