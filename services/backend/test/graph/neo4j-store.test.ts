/**
 * The graph store contract on a real Neo4j 5 (started from tools/neo4j), plus what only Neo4j has:
 * authentication is on, every statement the store runs is a constant of CYPHER, and the launcher
 * stops cleanly and restarts on its data. One Neo4j process at a time (two cores).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@george/runtime/testing';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYPHER, Neo4jGraphStore } from '../../src/graph/neo4j-store.js';
import { type Neo4jServer, startNeo4j } from './neo4j-server.js';
import { graphStoreContract } from './store-contract.js';

let server: Neo4jServer;
const dataDir = tempDir('george-neo4j-');

// The first build downloads Neo4j from Maven Central (about 40 s here): a generous hook timeout.
beforeAll(async () => {
  server = await startNeo4j({ dataDir: dataDir.path });
  console.log(`neo4j started in ${server.startupMs} ms at ${server.uri}`);
}, 600_000);

afterAll(async () => {
  await server?.stop();
  dataDir.remove();
});

graphStoreContract('neo4j', async () => ({
  store: new Neo4jGraphStore({ uri: server.uri, user: server.user, password: server.password }),
  cleanup: async () => {},
}));

describe('neo4j server and store', () => {
  it('requires authentication: a wrong password is refused', async () => {
    const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'wrong-password'));
    await expect(driver.executeQuery('RETURN 1')).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
    await driver.close();
  });

  it('creates its constraints at start: one entity per key and project', async () => {
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
    const { records } = await driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
    );
    const names = records[0]?.get('names') as string[];
    expect(names).toEqual(expect.arrayContaining(['graph_entity_id', 'graph_entity_key', 'graph_tombstone']));
    await expect(
      driver.executeQuery(
        "CREATE (:EntityKey {projectId: 'dup', key: 'k'}), (:EntityKey {projectId: 'dup', key: 'k'})",
      ),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    await driver.close();
  });

  it('runs only the constant statements of CYPHER', () => {
    const source = readFileSync(join(import.meta.dirname, '../../src/graph/neo4j-store.ts'), 'utf8');
    const calls = [...source.matchAll(/\.run\(\s*([^,)]+)/g)].map((m) => m[1]?.trim());
    expect(calls.length).toBeGreaterThan(20);
    for (const arg of calls) expect(arg).toMatch(/^(CYPHER\.[A-Za-z]+|statement)$/);
    // `statement` only iterates over CYPHER's own arrays.
    expect([...source.matchAll(/for \(const statement of ([^)]+)\)/g)].map((m) => m[1])).toEqual([
      'CYPHER.schema',
      'CYPHER.chaptersFromOne',
      'CYPHER.deleteProject',
    ]);
    for (const value of Object.values(CYPHER)) {
      for (const text of Array.isArray(value) ? value : [value]) expect(typeof text).toBe('string');
    }
  });
});

describe('Neo4j launcher (tools/neo4j)', () => {
  it('refuses to start without a proper password', async () => {
    await expect(startNeo4j({ password: 'short' })).rejects.toThrow(/NEO4J_PASSWORD/);
  });

  // Last in the file: it restarts the server the contract ran on.
  it('stops cleanly on SIGTERM, restarts with its data and its first password, stops when its input ends', async () => {
    const first = server.password;
    let driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', first));
    await driver.executeQuery("CREATE (:Canary {name: 'kept'})");
    await driver.close();
    const code = await server.stop();
    expect(server.output()).toContain('neo4j stopped');
    expect([0, 143, 'SIGTERM']).toContain(code);

    // The initial password applies to a new data directory only: the first one still holds.
    server = await startNeo4j({ dataDir: dataDir.path, password: 'second-password-2' });
    driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'second-password-2'));
    await expect(driver.executeQuery('RETURN 1')).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
    await driver.close();
    driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', first));
    const { records } = await driver.executeQuery('MATCH (c:Canary) RETURN c.name AS name');
    expect(records.map((r) => r.get('name'))).toEqual(['kept']);
    await driver.close();

    // If the test process died, the end of Neo4j's input stops it too: no JVM is left behind.
    server.endInput();
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('neo4j stopped');
  }, 180_000);
});
