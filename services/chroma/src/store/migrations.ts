import type { Kysely, Migration } from 'kysely';

/**
 * The lexical (BM25) index: one row per chunk, one per (term, chunk). Term frequencies are real
 * numbers because a chunk also carries its neighbours' terms at a reduced weight. Both engines.
 */
export const migrations: Record<string, Migration> = {
  '001_lexical_index': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('lex_chunks')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('chunk_id', 'varchar(128)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('kind', 'varchar(32)', (c) => c.notNull())
        .addColumn('length', 'real', (c) => c.notNull())
        .addPrimaryKeyConstraint('lex_chunks_pk', ['project_id', 'chunk_id'])
        .execute();
      await db.schema
        .createIndex('lex_chunks_file')
        .on('lex_chunks')
        .columns(['project_id', 'file_id'])
        .execute();
      await db.schema
        .createTable('lex_postings')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('term', 'varchar(64)', (c) => c.notNull())
        .addColumn('chunk_id', 'varchar(128)', (c) => c.notNull())
        .addColumn('tf', 'real', (c) => c.notNull())
        .addPrimaryKeyConstraint('lex_postings_pk', ['project_id', 'term', 'chunk_id'])
        .execute();
      await db.schema
        .createIndex('lex_postings_chunk')
        .on('lex_postings')
        .columns(['project_id', 'chunk_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('lex_postings').execute();
      await db.schema.dropTable('lex_chunks').execute();
    },
  },
};
