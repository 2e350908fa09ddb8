import { TEST_DIALECTS } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, openRepositories } from './fixture.js';

describe.each(TEST_DIALECTS)('billing storage on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof openRepositories>>;
  beforeAll(async () => {
    db = await openRepositories(dialect);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('commits a unit of work whole or not at all', async () => {
    await db.storage.transaction(({ accounts }) => accounts.insertIfAbsent(account('s1', 10)));
    await expect(
      db.storage.transaction(async ({ accounts }) => {
        await accounts.changeHeld('s1', 5, 2);
        throw new Error('refused after a write');
      }),
    ).rejects.toThrow('refused after a write');
    expect(await db.storage.read(({ accounts }) => accounts.find('s1'))).toMatchObject({ held: 0 });
  });

  it('answers the readiness ping', async () => {
    await expect(db.storage.ping()).resolves.toBeUndefined();
  });
});
