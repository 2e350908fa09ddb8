/** The statistics of each file's text, written by the ingestion. */
import { FileStatistics } from '@george/contracts/api';
import { parseStoredJson } from '@george/runtime';
import type { Db } from '../store/db.js';

export class FileStatsRepository {
  constructor(private readonly db: Db) {}

  async get(projectId: string, fileId: string): Promise<FileStatistics | null> {
    const row = await this.db
      .selectFrom('file_stats')
      .select(['stats'])
      .where('project_id', '=', projectId)
      .where('file_id', '=', fileId)
      .executeTakeFirst();
    return row ? parseStoredJson(FileStatistics, row.stats, `file_stats.stats of file ${fileId}`) : null;
  }

  async save(projectId: string, fileId: string, statistics: FileStatistics): Promise<void> {
    const now = Date.now();
    const stats = JSON.stringify(statistics);
    await this.db
      .insertInto('file_stats')
      .values({
        project_id: projectId,
        file_id: fileId,
        revision: statistics.revision,
        stats,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['project_id', 'file_id'])
          .doUpdateSet({ revision: statistics.revision, stats, updated_at: now }),
      )
      .execute();
  }

  async deleteProject(projectId: string): Promise<void> {
    await this.db.deleteFrom('file_stats').where('project_id', '=', projectId).execute();
  }
}
