/** The story bible's own table in the backend database: which `sheet` file holds each entity's sheet. */
import { migrateToLatest } from '@george/runtime';
import type { Kysely, Migration } from 'kysely';

export interface SheetFilesTable {
  project_id: string;
  entity_id: string;
  file_id: string;
}

export interface BibleTables {
  bible_sheet_files: SheetFilesTable;
}

const migrations: Record<string, Migration> = {
  '001_sheet_files': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('bible_sheet_files')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addPrimaryKeyConstraint('bible_sheet_files_pk', ['project_id', 'entity_id'])
        .execute();
    },
  },
};

export function migrateBibleTables<DB>(db: Kysely<DB>): Promise<string[]> {
  return migrateToLatest(db, migrations, { table: 'bible_migration' });
}
