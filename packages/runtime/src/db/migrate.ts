import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DatabaseHandle } from './database.js';

export interface MigrateOptions {
  /**
   * Name of the table that records applied migrations. Independent modules sharing one database
   * (the backend's core tables, its graph tables, its chat tables) each keep their own.
   */
  table?: string;
}

/** Migrations defined in code, applied in the order of their names (e.g. `001_init`). */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  migrations: Record<string, Migration>,
  options: MigrateOptions = {},
): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({
    // Kysely<DB> does not widen to Kysely<unknown> (invariant generics); the migrator reads no table types.
    db: db as Kysely<unknown>,
    provider,
    ...(options.table
      ? { migrationTableName: options.table, migrationLockTableName: `${options.table}_lock` }
      : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Migrates a database opened for that alone, then closes it, failed or not: a service's prestart. */
export async function migrateAndClose<DB>(
  handle: Pick<DatabaseHandle<DB>, 'db' | 'close'>,
  migrations: Record<string, Migration>,
): Promise<void> {
  try {
    await migrateToLatest(handle.db, migrations);
  } finally {
    await handle.close();
  }
}
