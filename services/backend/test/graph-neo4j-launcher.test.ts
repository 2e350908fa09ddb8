/**
 * tools/neo4j's launcher: authentication with the initial password, a clean stop on SIGTERM, and a
 * restart on the same data directory that keeps both the data and the password.
 */
import { tempDir } from '@george/runtime/testing';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { type Neo4jServer, startNeo4j } from './graph-neo4j-server.js';

describe('Neo4j launcher (tools/neo4j)', () => {
  const dir = tempDir('george-neo4j-restart-');
  let server: Neo4jServer | undefined;

  afterAll(async () => {
    await server?.stop();
    dir.remove();
  });

  it('stops cleanly on SIGTERM and restarts with its data and its first password', async () => {
    server = await startNeo4j({ dataDir: dir.path, password: 'first-password-1' });
    let driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'first-password-1'));
    await driver.executeQuery("CREATE (:Canary {name: 'kept'})");
    await driver.close();
    const code = await server.stop();
    expect(server.output()).toContain('neo4j stopped');
    expect([0, 143, 'SIGTERM']).toContain(code);

    // The initial password applies to a new data directory only: the first one still holds.
    server = await startNeo4j({ dataDir: dir.path, password: 'second-password-2' });
    driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'second-password-2'));
    await expect(driver.executeQuery('RETURN 1')).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
    await driver.close();
    driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'first-password-1'));
    const { records } = await driver.executeQuery('MATCH (c:Canary) RETURN c.name AS name');
    expect(records.map((r) => r.get('name'))).toEqual(['kept']);
    await driver.close();
  });

  it('refuses to start without a password', async () => {
    await expect(startNeo4j({ password: 'short' })).rejects.toThrow(/NEO4J_PASSWORD/);
  });
});
