import type { Kysely, Migration } from 'kysely';

/** Written with Kysely's schema builder: the same migrations run on SQLite and PostgreSQL. */
export const migrations: Record<string, Migration> = {
  '001_jobs_sagas': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('type', 'varchar(64)', (c) => c.notNull())
        .addColumn('project_id', 'varchar(64)')
        .addColumn('file_id', 'varchar(64)')
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('message', 'text')
        .addColumn('error', 'text')
        .addColumn('result', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('run_at', 'bigint', (c) => c.notNull())
        .addColumn('lease_token', 'varchar(64)')
        .addColumn('lease_until', 'bigint')
        .addColumn('dedupe_key', 'varchar(128)', (c) => c.unique())
        .addColumn('created_by', 'varchar(64)')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('started_at', 'bigint')
        .addColumn('finished_at', 'bigint')
        .execute();
      await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();
      await db.schema.createIndex('jobs_project').on('jobs').columns(['project_id', 'created_at']).execute();

      await db.schema
        .createTable('sagas')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('type', 'varchar(32)', (c) => c.notNull())
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)')
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('step', 'varchar(32)', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('lease_until', 'bigint', (c) => c.notNull())
        .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sagas_open').on('sagas').columns(['status', 'lease_until']).execute();
      await db.schema.createIndex('sagas_project').on('sagas').columns(['project_id', 'status']).execute();

      await db.schema
        .createTable('file_stats')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('stats', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('file_stats_pk', ['project_id', 'file_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('file_stats').execute();
      await db.schema.dropTable('sagas').execute();
      await db.schema.dropTable('jobs').execute();
    },
  },
  '002_job_worker': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('jobs').addColumn('worker', 'varchar(128)').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('jobs').dropColumn('worker').execute();
    },
  },
  '003_story': {
    // The story analysis of each file (chapters and timeline), replaced at every ingestion, and the
    // author's narrator per chapter, which ingestion never touches.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('story_chapters')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('chapter', 'integer', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('story_chapters_pk', ['project_id', 'file_id', 'chapter'])
        .execute();
      await db.schema
        .createTable('story_events')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('narrative_order', 'integer', (c) => c.notNull())
        .addColumn('story_order', 'integer', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('story_events_pk', ['project_id', 'file_id', 'narrative_order'])
        .execute();
      await db.schema
        .createTable('story_narrators')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('chapter', 'integer', (c) => c.notNull())
        .addColumn('entity_key', 'varchar(512)')
        .addColumn('name', 'varchar(512)')
        .addColumn('set_by', 'varchar(64)', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('story_narrators_pk', ['project_id', 'file_id', 'chapter'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('story_narrators').execute();
      await db.schema.dropTable('story_events').execute();
      await db.schema.dropTable('story_chapters').execute();
    },
  },
  '004_quotations': {
    async up(db: Kysely<unknown>) {
      // Each ingested file's dialogue: its place in the project's reading order and its chapters'
      // share of dialogue (JSON), replaced with its quotations in one transaction.
      await db.schema
        .createTable('dialogue_files')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_order', 'integer', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('chapters', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('dialogue_files_pk', ['project_id', 'file_id'])
        .execute();
      await db.schema
        .createTable('quotations')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('start_offset', 'integer', (c) => c.notNull())
        .addColumn('end_offset', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('parts', 'text', (c) => c.notNull())
        .addColumn('chapter', 'integer')
        .addColumn('speaker_key', 'varchar(200)')
        .addColumn('addressee_keys', 'text', (c) => c.notNull())
        .addColumn('kind', 'varchar(16)', (c) => c.notNull())
        .addColumn('confidence', 'real', (c) => c.notNull())
        .addColumn('words', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('quotations_pk', ['project_id', 'id'])
        .execute();
      await db.schema
        .createIndex('quotations_file')
        .on('quotations')
        .columns(['project_id', 'file_id', 'start_offset'])
        .execute();
      await db.schema
        .createIndex('quotations_speaker')
        .on('quotations')
        .columns(['project_id', 'speaker_key'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('quotations').execute();
      await db.schema.dropTable('dialogue_files').execute();
    },
  },
  '005_continuity': {
    async up(db: Kysely<unknown>) {
      // The continuity check's issues, replaced as a whole by each run of the check (derived data).
      await db.schema
        .createTable('continuity_issues')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('id', 'varchar(64)', (c) => c.notNull())
        .addColumn('rank', 'integer', (c) => c.notNull())
        .addColumn('kind', 'varchar(32)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(64)')
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('confidence', 'double precision', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('checked_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('continuity_issues_pk', ['project_id', 'id'])
        .execute();
      await db.schema
        .createIndex('continuity_issues_rank')
        .on('continuity_issues')
        .columns(['project_id', 'rank'])
        .execute();
      // The author's word on an issue, by its fingerprint: kept when the issues are replaced.
      await db.schema
        .createTable('continuity_statuses')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('issue_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('updated_by', 'varchar(64)')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('continuity_statuses_pk', ['project_id', 'issue_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('continuity_statuses').execute();
      await db.schema.dropTable('continuity_issues').execute();
    },
  },
  '006_story_books': {
    // A series: the project's files grouped into books, in order (the author's; replaced as a whole).
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('story_books')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('title', 'varchar(512)', (c) => c.notNull())
        .addColumn('file_ids', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'varchar(64)', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('story_books_pk', ['project_id', 'number'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('story_books').execute();
    },
  },
  '007_continuity_opinions': {
    // A model's second opinion on an issue, by the fingerprint (kept when the issues are replaced).
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('continuity_opinions')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('issue_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('evidence_key', 'varchar(64)', (c) => c.notNull())
        .addColumn('verdict', 'varchar(32)', (c) => c.notNull())
        .addColumn('reasoning', 'text', (c) => c.notNull())
        .addColumn('model', 'varchar(128)', (c) => c.notNull())
        .addColumn('cost', 'bigint', (c) => c.notNull())
        .addColumn('asked_by', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('continuity_opinions_pk', ['project_id', 'issue_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('continuity_opinions').execute();
    },
  },
};
