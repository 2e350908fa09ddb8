/**
 * The story bible's own tables in the backend database: which `sheet` file holds each entity's
 * sheet, and the author's corrections that every extraction must follow (bible/corrections.ts).
 */
import { migrateToLatest } from '@george/runtime';
import type { Kysely, Migration } from 'kysely';

export interface SheetFilesTable {
  project_id: string;
  entity_id: string;
  file_id: string;
}

/** One correction of the author's, applied to every extraction of the project in `seq` order. */
export interface CorrectionsTable {
  project_id: string;
  id: string;
  /** Order of recording within the project (1, 2, ...). */
  seq: number;
  /** 'split' (the one kind an extraction must be told; the graph store keeps the others by key). */
  kind: string;
  /** JSON of the correction (SplitCorrection for a split). */
  body: string;
  created_by: string;
  created_at: number;
}

export interface BibleTables {
  bible_sheet_files: SheetFilesTable;
  bible_corrections: CorrectionsTable;
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
  '002_corrections': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('bible_corrections')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('id', 'varchar(64)', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('kind', 'varchar(16)', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('bible_corrections_pk', ['project_id', 'id'])
        .addUniqueConstraint('bible_corrections_seq', ['project_id', 'seq'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('bible_corrections').execute();
    },
  },
};

export function migrateBibleTables<DB>(db: Kysely<DB>): Promise<string[]> {
  return migrateToLatest(db, migrations, { table: 'bible_migration' });
}
