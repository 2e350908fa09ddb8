import type { Kysely, Migration } from 'kysely';

/**
 * 001: the lexical (BM25) index: one row per chunk, one per (term, chunk). Term frequencies are
 * real numbers because a chunk also carries its neighbours' terms at a reduced weight.
 * 002: each chunk's text and position (the source a re-index embeds from, whatever the vector
 * store), and the registry of each project's vector tables with the embedder that made them.
 * 003: the vectors of each chunk's sentences (the chat's candidate answers, compared with a question
 * at answer time), and on each chunk the embedder its sentences were stored for (null: not yet, so
 * the chunks of an existing store are filled in the background).
 * Both engines.
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
  '002_chunk_texts_and_vector_tables': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('lex_chunks').addColumn('text', 'text').execute();
      await db.schema
        .alterTable('lex_chunks')
        .addColumn('start_at', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable('lex_chunks')
        .addColumn('end_at', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('lex_chunks').addColumn('chapter', 'integer').execute();
      await db.schema.alterTable('lex_chunks').addColumn('paragraph', 'integer').execute();
      await db.schema
        .createTable('vector_tables')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('generation', 'integer', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('embedder', 'varchar(200)', (c) => c.notNull())
        .addColumn('dimension', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('vector_tables_pk', ['project_id', 'generation'])
        .execute();
      // One current and at most one next table per project: two workers creating a project's
      // first table race on this constraint, and the loser reads the winner's.
      await db.schema
        .createIndex('vector_tables_state')
        .on('vector_tables')
        .columns(['project_id', 'state'])
        .unique()
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('vector_tables').execute();
      for (const column of ['paragraph', 'chapter', 'end_at', 'start_at', 'text'])
        await db.schema.alterTable('lex_chunks').dropColumn(column).execute();
    },
  },
  '003_sentence_vectors': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('lex_chunks').addColumn('sentences_embedder', 'varchar(200)').execute();
      await db.schema
        .createTable('sentence_vectors')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('chunk_id', 'varchar(128)', (c) => c.notNull())
        .addColumn('embedder', 'varchar(200)', (c) => c.notNull())
        .addColumn('text_hash', 'varchar(64)', (c) => c.notNull())
        // Base64 of the float32 vector: one column type both engines read the same way.
        .addColumn('vector', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('sentence_vectors_pk', ['project_id', 'chunk_id', 'embedder', 'text_hash'])
        .execute();
      await db.schema
        .createIndex('sentence_vectors_text')
        .on('sentence_vectors')
        .columns(['embedder', 'text_hash'])
        .execute();
      await db.schema
        .createIndex('sentence_vectors_file')
        .on('sentence_vectors')
        .columns(['project_id', 'file_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('sentence_vectors').execute();
      await db.schema.alterTable('lex_chunks').dropColumn('sentences_embedder').execute();
    },
  },
};
