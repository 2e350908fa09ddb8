import { type DatabaseHandle, migrateToLatest, openDatabase } from '@george/runtime';
import type { Kysely } from 'kysely';
import type { BackendConfig } from '../config.js';
import { migrateBibleTables } from './bible.js';
import { migrateChatTables } from './chat.js';
import { migrations } from './migrations.js';
import type { BackendDB } from './schema.js';

export type BackendDatabase = DatabaseHandle<BackendDB>;
export type Db = Kysely<BackendDB>;

export function openBackendDatabase(
  config: Pick<BackendConfig, 'databaseUrl' | 'dataDir'>,
  poolSize?: number,
): BackendDatabase {
  return openDatabase<BackendDB>({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    fileName: 'backend.sqlite',
    ...(poolSize ? { poolSize } : {}),
  });
}

/**
 * Every module's migrations, each with its own history table (a module adds its migrations without
 * ordering them against the others'). The graph store's tables are migrated by its `init()`, since
 * with Neo4j they are not in this database.
 */
export async function migrateBackendDatabase(db: Db): Promise<string[]> {
  return [
    ...(await migrateToLatest(db, migrations)),
    ...(await migrateBibleTables(db)),
    ...(await migrateChatTables(db)),
  ];
}
