/**
 * A migrated backend database on one engine for the tests of a describe block: created and
 * migrated before them, closed and removed after. Returns the database as a function, since it
 * exists only once the block's first hook has run.
 */
import type { DialectName } from '@george/runtime';
import { createTestDatabase, type TestDatabase } from '@george/runtime/testing';
import { afterAll, beforeAll } from 'vitest';
import { type BackendDatabase, migrateBackendDatabase, openBackendDatabase } from '../../src/store/db.js';

export function migratedDatabase(dialect: DialectName): () => BackendDatabase {
  let testDb: TestDatabase | undefined;
  let database: BackendDatabase | undefined;
  beforeAll(async () => {
    testDb = await createTestDatabase(dialect);
    database = openBackendDatabase({ databaseUrl: testDb.url, dataDir: testDb.dataDir });
    await migrateBackendDatabase(database.db);
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.cleanup();
  });
  return () => {
    if (database === undefined) throw new Error('the test database is opened by the describe block');
    return database;
  };
}
