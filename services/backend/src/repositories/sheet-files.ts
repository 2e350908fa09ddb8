/** Which `sheet` file holds each story-bible entity's sheet. */
import type { Db } from '../store/db.js';

export class SheetFilesRepository {
  constructor(private readonly db: Db) {}

  async fileOf(projectId: string, entityId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('bible_sheet_files')
      .select('file_id')
      .where('project_id', '=', projectId)
      .where('entity_id', '=', entityId)
      .executeTakeFirst();
    return row?.file_id;
  }

  /** Records the entity's file; a unique violation means another run recorded one first. */
  async insert(projectId: string, entityId: string, fileId: string): Promise<void> {
    await this.db
      .insertInto('bible_sheet_files')
      .values({ project_id: projectId, entity_id: entityId, file_id: fileId })
      .execute();
  }

  async forget(projectId: string, entityId: string): Promise<void> {
    await this.db
      .deleteFrom('bible_sheet_files')
      .where('project_id', '=', projectId)
      .where('entity_id', '=', entityId)
      .execute();
  }

  async deleteProject(projectId: string): Promise<void> {
    await this.db.deleteFrom('bible_sheet_files').where('project_id', '=', projectId).execute();
  }
}
