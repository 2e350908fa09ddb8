/** The file statistics as stored on both engines: a row of another shape is reported, not served. */
import { TEST_DIALECTS } from '@george/runtime/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileStatsRepository } from '../../src/repositories/file-stats.js';
import { migratedDatabase } from '../support/database.js';

describe.each(TEST_DIALECTS)('file statistics repository on %s', (dialect) => {
  const database = migratedDatabase(dialect);
  let stats: FileStatsRepository;

  beforeAll(async () => {
    stats = new FileStatsRepository(database().db);
  });

  it('reports statistics of another shape as a corrupt row, naming the file', async () => {
    await database()
      .db.insertInto('file_stats')
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
    await database().db.updateTable('file_stats').set({ stats: '{"revision":' }).execute();
    await expect(stats.get('p1', 'f1')).rejects.toThrow(/file_stats\.stats of file f1: not JSON/);
  });
});
