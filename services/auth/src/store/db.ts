import { type DatabaseHandle, isPostgresUrl, migrateToLatest, openDatabase } from '@george/runtime';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { AuthConfig } from '../config.js';
import { migrations } from './migrations.js';
import type { AuthDB } from './schema.js';

export type AuthDatabase = DatabaseHandle<AuthDB>;
export type Db = Kysely<AuthDB>;

export function openAuthDatabase(config: Pick<AuthConfig, 'databaseUrl' | 'dataDir'>, poolSize?: number) {
  return openDatabase<AuthDB>({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    fileName: 'auth.sqlite',
    ...(poolSize ? { poolSize } : {}),
  });
}

export async function migrateAuthDatabase(db: Db): Promise<string[]> {
  return migrateToLatest(db, migrations);
}

/**
 * Row lock for a read that is followed by a write in the same transaction. PostgreSQL needs
 * FOR UPDATE; SQLite transactions start with BEGIN IMMEDIATE and hold the write lock already.
 */
export function lockRows<O, DB, TB extends keyof DB>(
  query: SelectQueryBuilder<DB, TB, O>,
  dialect: AuthDatabase['dialect'],
): SelectQueryBuilder<DB, TB, O> {
  return dialect === 'postgres' ? query.forUpdate() : query;
}

export { isPostgresUrl };
