/**
 * A migrated backend database on one engine for the tests of a describe block: created and
 * migrated before them, closed and removed after. Connections are returned as functions, since
 * they exist only once the block's first hook has run.
 */
import type { DialectName } from '@george/runtime';
import { createTestDatabase, type TestDatabase } from '@george/runtime/testing';
import { afterAll, beforeAll } from 'vitest';
import { type BackendDatabase, migrateBackendDatabase, openBackendDatabase } from '../../src/store/db.js';

/** `count` connections to one fresh database, the first of which migrates it; `connection(i)` is the i-th. */
function connectionsForTheBlock(dialect: DialectName, count: number): (index: number) => BackendDatabase {
  let testDb: TestDatabase | undefined;
  const connections: BackendDatabase[] = [];
  beforeAll(async () => {
    testDb = await createTestDatabase(dialect);
    const config = { databaseUrl: testDb.url, dataDir: testDb.dataDir };
    for (let i = 0; i < count; i++) connections.push(openBackendDatabase(config));
    const [first] = connections;
    if (first) await migrateBackendDatabase(first.db);
  });
  afterAll(async () => {
    for (const connection of connections) await connection.close();
    await testDb?.cleanup();
  });
  return (index) => {
    const connection = connections[index];
    if (connection === undefined) throw new Error('the test database is opened by the describe block');
    return connection;
  };
}

export function migratedDatabase(dialect: DialectName): () => BackendDatabase {
  const connection = connectionsForTheBlock(dialect, 1);
  return () => connection(0);
}

/** Two connections to one migrated database, as two workers or two servers would hold them. */
export function twoConnections(dialect: DialectName): {
  one: () => BackendDatabase;
  two: () => BackendDatabase;
} {
  const connection = connectionsForTheBlock(dialect, 2);
  return { one: () => connection(0), two: () => connection(1) };
}
