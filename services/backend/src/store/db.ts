import { type DatabaseHandle, migrateToLatest, openDatabase } from '@george/runtime';
import type { Kysely } from 'kysely';
import type { BackendConfig } from '../config.js';
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

export function migrateBackendDatabase(db: Db): Promise<string[]> {
  return migrateToLatest(db, migrations);
}
