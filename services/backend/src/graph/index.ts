/**
 * The graph store the backend uses: Neo4j when NEO4J_URI is set, else the graph tables in the
 * backend's own database (the same DATABASE_URL / DATA_DIR as the rest of the backend).
 */
import { openDatabase } from '@george/runtime';
import type { Kysely } from 'kysely';
import { Neo4jGraphStore } from './neo4j-store.js';
import type { GraphTables } from './sql-migrations.js';
import { SqlGraphStore } from './sql-store.js';
import type { GraphStore } from './store.js';

export { CYPHER, Neo4jGraphStore, type Neo4jGraphStoreOptions } from './neo4j-store.js';
export { type GraphTables, graphMigrations, migrateGraphTables } from './sql-migrations.js';
export { SqlGraphStore } from './sql-store.js';
export * from './store.js';

export interface GraphStoreEnv {
  NEO4J_URI?: string | undefined;
  NEO4J_USER?: string | undefined;
  NEO4J_PASSWORD?: string | undefined;
  NEO4J_DATABASE?: string | undefined;
  DATABASE_URL?: string | undefined;
  DATA_DIR?: string | undefined;
}

/**
 * Opens the configured store (not yet initialised: call `init()` once per start, e.g. in the
 * service's prestart). Given a database that has the graph tables (the backend's: `BackendDB`
 * includes them), the SQL store shares its connection pool and does not close it.
 */
export function openGraphStore(env: GraphStoreEnv, db?: Kysely<GraphTables>): GraphStore {
  if (env.NEO4J_URI) {
    if (!env.NEO4J_PASSWORD) throw new Error('NEO4J_PASSWORD must be set when NEO4J_URI is set');
    return new Neo4jGraphStore({
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD,
      ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
    });
  }
  if (db) return new SqlGraphStore(db);
  const handle = openDatabase<GraphTables>({
    url: env.DATABASE_URL,
    dataDir: env.DATA_DIR || '.george',
    fileName: 'backend.sqlite',
  });
  return new SqlGraphStore(handle.db, () => handle.close());
}
