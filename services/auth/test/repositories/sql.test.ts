/** The Kysely repositories on SQLite and PostgreSQL, against the same expectations as the memory ones. */
import type { DialectName } from '@george/runtime';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Repositories, sqlRepositories } from '../../src/repositories/index.js';
import { memoryRepositories } from '../../src/repositories/memory.js';
import { type AuthDatabase, migrateAuthDatabase, openAuthDatabase } from '../../src/store/db.js';
import { authEnv } from '../helpers.js';

const user = (id: string, email: string) => ({
  id,
  email,
  name: id,
  password_hash: 'x',
  role: 'author',
  disabled: 0,
  invite_id: null,
  created_at: 1,
  updated_at: 1,
});

type Open = () => Promise<{ repos: Repositories; done(): Promise<void> }>;
const engines: [string, Open][] = [
  ...TEST_DIALECTS.map((dialect: DialectName): [string, Open] => [
    dialect,
    async () => {
      const db: TestDatabase = await createTestDatabase(dialect);
      const handle: AuthDatabase = openAuthDatabase(loadConfig(authEnv(db)), 2);
      await migrateAuthDatabase(handle.db);
      return {
        repos: sqlRepositories(handle.db, handle.dialect),
        async done() {
          await handle.close();
          await db.cleanup();
        },
      };
    },
  ]),
  ['memory', async () => ({ repos: memoryRepositories(), done: async () => {} })],
];

describe.each(engines)('repositories on %s', (_name, open) => {
  let repos: Repositories;
  let done: () => Promise<void>;
  beforeAll(async () => {
    ({ repos, done } = await open());
    await repos.users.insert(user('owner', 'owner@example.com'));
    await repos.users.insert(user('guest', 'guest@example.com'));
    await repos.projects.insert({
      id: 'p1',
      owner_id: 'owner',
      name: 'P',
      description: '',
      created_at: 1,
      updated_at: 1,
    });
  });
  afterAll(() => done());

  it('counts users up to the cap and rolls a failed transaction back whole', async () => {
    expect(await repos.users.countOneMore(1)).toBe(true);
    expect(await repos.users.countOneMore(1)).toBe(false);
    await expect(
      repos.transaction(async (tx) => {
        await tx.users.insert(user('late', 'late@example.com'));
        await tx.users.insert(user('dup', 'owner@example.com'));
      }),
    ).rejects.toThrow();
    expect(await repos.users.findById('late')).toBeUndefined();
  });

  it('keeps one invitation per project and address, found by the address, gone with the project', async () => {
    const first = await repos.projects.putInvitation({
      id: 'i1',
      project_id: 'p1',
      email: 'guest@example.com',
      level: 'read',
      invited_by: 'owner',
      created_at: 1,
      updated_at: 1,
    });
    const second = await repos.projects.putInvitation({ ...first, id: 'i2', level: 'edit', updated_at: 2 });
    expect(second).toMatchObject({ id: 'i1', level: 'edit' });
    expect(
      (await repos.projects.listInvitationsFor('guest@example.com')).map((i) => [i.id, i.project_name]),
    ).toEqual([['i1', 'P']]);
    await repos.projects.putGrant({
      project_id: 'p1',
      user_id: 'guest',
      level: 'read',
      granted_by: 'owner',
      created_at: 1,
      updated_at: 1,
    });
    await repos.transaction((tx) => tx.projects.delete('p1'));
    expect(await repos.projects.findInvitation('i1')).toBeUndefined();
    expect(await repos.projects.findGrant('p1', 'guest')).toBeUndefined();
  });
});
