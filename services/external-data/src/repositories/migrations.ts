import type { Kysely, Migration } from 'kysely';

/** Answer cache, circuit breakers and rate-limit windows: shared by every worker. Both engines. */
export const migrations: Record<string, Migration> = {
  '001_cache_breakers_limits': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('cache_entries')
        .addColumn('key', 'varchar(400)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('cache_entries_expiry').on('cache_entries').column('expires_at').execute();
      await db.schema
        .createTable('upstream_breakers')
        .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('open_until', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'varchar(200)', (c) => c.primaryKey())
        .addColumn('window_start', 'bigint', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('rate_limits').execute();
      await db.schema.dropTable('upstream_breakers').execute();
      await db.schema.dropTable('cache_entries').execute();
    },
  },
};
