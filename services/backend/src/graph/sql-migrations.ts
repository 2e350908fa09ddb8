/**
 * Tables of the SQL graph store, written with Kysely's schema builder so they run on SQLite and
 * PostgreSQL. They keep their own migration history (graph_migration), so the graph store can be
 * migrated on its own or next to the backend's other tables.
 */
import { migrateToLatest } from '@george/runtime';
import { type Kysely, type Migration, sql } from 'kysely';

export interface GraphFileTable {
  project_id: string;
  file_id: string;
  /** Order of first ingestion in the project (1, 2, ...). */
  seq: number;
}

export interface GraphEntityTable {
  id: string;
  project_id: string;
  entity_key: string;
  name: string;
  type: string;
  sheet: string;
  sheet_edited: number;
  /** 1 once the author renamed, retyped, edited aliases or the sheet, or merged into it. */
  user_edited: number;
  /** JSON arrays of strings. */
  user_aliases: string;
  removed_aliases: string;
  created_at: number;
  updated_at: number;
}

export interface GraphEntityKeyTable {
  project_id: string;
  entity_key: string;
  entity_id: string;
}

export interface GraphTombstoneTable {
  project_id: string;
  entity_key: string;
  deleted_at: number;
}

export interface GraphEntityFileTable {
  project_id: string;
  entity_id: string;
  file_id: string;
  /** JSON array of the aliases this file saw. */
  aliases: string;
}

export interface GraphMentionTable {
  project_id: string;
  entity_id: string;
  file_id: string;
  /** 1-based chapter in the file, or null. */
  chapter: number | null;
  start_offset: number;
  end_offset: number;
  text: string;
}

export interface GraphRelationTable {
  project_id: string;
  file_id: string;
  source_id: string;
  target_id: string;
  type: string;
  label: string | null;
  weight: number;
  /** JSON array of {fileId, start, end}. */
  evidence: string;
}

/** A continuity fact a file states (facts.ts: FactRow); entities by extraction key. */
export interface GraphFactTable {
  project_id: string;
  file_id: string;
  seq: number;
  entity_key: string | null;
  object_key: string | null;
  speaker_key: string | null;
  kind: string;
  value: string;
  detail: string | null;
  low: number | null;
  high: number | null;
  voice: string;
  hedged: number;
  change: number;
  confidence: number;
  chapter: number | null;
  start_offset: number;
  end_offset: number;
  quote: string;
}

/** A file's name spellings: JSON array of SpellingCount. */
export interface GraphSpellingTable {
  project_id: string;
  file_id: string;
  spellings: string;
}

/** One row per project, updated first by every write: a row lock that serialises a project's writes. */
export interface GraphProjectTable {
  project_id: string;
  touched_at: number;
}

export interface GraphTables {
  graph_project: GraphProjectTable;
  graph_file: GraphFileTable;
  graph_entity: GraphEntityTable;
  graph_entity_key: GraphEntityKeyTable;
  graph_tombstone: GraphTombstoneTable;
  graph_entity_file: GraphEntityFileTable;
  graph_mention: GraphMentionTable;
  graph_relation: GraphRelationTable;
  graph_fact: GraphFactTable;
  graph_spelling: GraphSpellingTable;
}

export const graphMigrations: Record<string, Migration> = {
  '001_graph_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('graph_file')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('graph_file_pk', ['project_id', 'file_id'])
        .execute();
      await db.schema
        .createTable('graph_entity')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('entity_key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'varchar(32)', (c) => c.notNull())
        .addColumn('sheet', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('sheet_edited', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('user_edited', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('user_aliases', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('removed_aliases', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('graph_entity_project').on('graph_entity').column('project_id').execute();
      await db.schema
        .createTable('graph_entity_key')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('entity_key', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(36)', (c) => c.notNull())
        .addPrimaryKeyConstraint('graph_entity_key_pk', ['project_id', 'entity_key'])
        .execute();
      await db.schema
        .createIndex('graph_entity_key_entity')
        .on('graph_entity_key')
        .column('entity_id')
        .execute();
      await db.schema
        .createTable('graph_tombstone')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('entity_key', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('graph_tombstone_pk', ['project_id', 'entity_key'])
        .execute();
      await db.schema
        .createTable('graph_entity_file')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(36)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
        .addPrimaryKeyConstraint('graph_entity_file_pk', ['entity_id', 'file_id'])
        .execute();
      await db.schema
        .createIndex('graph_entity_file_file')
        .on('graph_entity_file')
        .columns(['project_id', 'file_id'])
        .execute();
      await db.schema
        .createTable('graph_mention')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(36)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('chapter', 'integer')
        .addColumn('start_offset', 'integer', (c) => c.notNull())
        .addColumn('end_offset', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('graph_mention_entity')
        .on('graph_mention')
        .columns(['project_id', 'entity_id'])
        .execute();
      await db.schema
        .createIndex('graph_mention_file')
        .on('graph_mention')
        .columns(['project_id', 'file_id'])
        .execute();
      await db.schema
        .createTable('graph_relation')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('source_id', 'varchar(36)', (c) => c.notNull())
        .addColumn('target_id', 'varchar(36)', (c) => c.notNull())
        .addColumn('type', 'varchar(32)', (c) => c.notNull())
        .addColumn('label', 'text')
        .addColumn('weight', 'double precision', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema
        .createIndex('graph_relation_file')
        .on('graph_relation')
        .columns(['project_id', 'file_id'])
        .execute();
      await db.schema
        .createIndex('graph_relation_source')
        .on('graph_relation')
        .columns(['project_id', 'source_id'])
        .execute();
      await db.schema
        .createIndex('graph_relation_target')
        .on('graph_relation')
        .columns(['project_id', 'target_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'graph_relation',
        'graph_mention',
        'graph_entity_file',
        'graph_tombstone',
        'graph_entity_key',
        'graph_entity',
        'graph_file',
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  },
  '002_graph_project_lock': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('graph_project')
        .addColumn('project_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('touched_at', 'bigint', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('graph_project').ifExists().execute();
    },
  },
  // One chapter numbering: mention chapters stored 0-based become 1-based.
  '003_graph_chapters_from_one': {
    async up(db: Kysely<unknown>) {
      await sql`update graph_mention set chapter = chapter + 1 where chapter is not null`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await sql`update graph_mention set chapter = chapter - 1 where chapter is not null`.execute(db);
    },
  },
  '004_graph_facts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('graph_fact')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('entity_key', 'text')
        .addColumn('object_key', 'text')
        .addColumn('speaker_key', 'text')
        .addColumn('kind', 'varchar(32)', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .addColumn('low', 'double precision')
        .addColumn('high', 'double precision')
        .addColumn('voice', 'varchar(16)', (c) => c.notNull())
        .addColumn('hedged', 'integer', (c) => c.notNull())
        .addColumn('change', 'integer', (c) => c.notNull())
        .addColumn('confidence', 'double precision', (c) => c.notNull())
        .addColumn('chapter', 'integer')
        .addColumn('start_offset', 'integer', (c) => c.notNull())
        .addColumn('end_offset', 'integer', (c) => c.notNull())
        .addColumn('quote', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('graph_fact_pk', ['project_id', 'file_id', 'seq'])
        .execute();
      await db.schema
        .createIndex('graph_fact_entity')
        .on('graph_fact')
        .columns(['project_id', 'entity_key'])
        .execute();
      await db.schema
        .createTable('graph_spelling')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('spellings', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('graph_spelling_pk', ['project_id', 'file_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('graph_spelling').ifExists().execute();
      await db.schema.dropTable('graph_fact').ifExists().execute();
    },
  },
};

/** Applies the graph migrations, tracked in their own table (graph_migration). */
export function migrateGraphTables<DB>(db: Kysely<DB>): Promise<string[]> {
  return migrateToLatest(db, graphMigrations, { table: 'graph_migration' });
}
