/**
 * The throttle stores behave alike: the service's SQLite file, its PostgreSQL database, Redis
 * (the one on 127.0.0.1:6379, in a namespace of its own) and memory. Then the login throttle on
 * Redis through the routes: its counters are in Redis and none in the database.
 */
import { randomBytes } from 'node:crypto';
import { createTestDatabase, freePort, type TestDatabase } from '@george/runtime/testing';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import {
  memoryThrottleStore,
  openThrottleStore,
  redisThrottleStore,
  type ThrottleStore,
} from '../../src/repositories/throttle.js';
import { migrateAuthDatabase, openAuthDatabase } from '../../src/store/db.js';
import { authEnv, call, type Harness, randomAddress, registerUser, startHarness } from '../helpers.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const namespace = () => `george-test-${randomBytes(6).toString('hex')}`;

async function sqlStore(
  dialect: 'sqlite' | 'postgres',
): Promise<{ store: ThrottleStore; done(): Promise<void> }> {
  const db: TestDatabase = await createTestDatabase(dialect);
  const config = loadConfig(authEnv(db));
  const handle = openAuthDatabase(config, 2);
  await migrateAuthDatabase(handle.db);
  const store = await openThrottleStore(handle.db, handle.dialect, {
    redisUrl: undefined,
    redisNamespace: 'unused',
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
  });
  return {
    store,
    async done() {
      await store.close();
      await handle.close();
      await db.cleanup();
    },
  };
}

const stores: [string, () => Promise<{ store: ThrottleStore; done(): Promise<void> }>][] = [
  ['sqlite', () => sqlStore('sqlite')],
  ['postgres', () => sqlStore('postgres')],
  [
    'redis',
    async () => {
      const store = await redisThrottleStore(REDIS_URL, namespace());
      return { store, done: () => store.close() };
    },
  ],
  ['memory', async () => ({ store: memoryThrottleStore(), done: async () => {} })],
];

describe.each(stores)('throttle store on %s', (kind, open) => {
  it('counts, blocks, lists and forgets', async () => {
    const { store, done } = await open();
    try {
      expect(store.kind).toBe(kind);
      const counter = store.limiter({ prefix: 'fail-x', points: 1_000, durationSeconds: 60 });
      const gate = store.limiter({ prefix: 'gate-x', points: 1, durationSeconds: 10 });
      expect((await counter.penalty('k1', 1)).consumedPoints).toBe(1);
      expect((await counter.penalty('k1', 1)).consumedPoints).toBe(2);
      expect((await counter.reward('k1', 1)).consumedPoints).toBe(1);
      await counter.penalty('10.0.0.1', 3);
      await gate.consume('k1', 1);
      await expect(gate.consume('k1', 1)).rejects.toMatchObject({ remainingPoints: 0 });
      await gate.block('k2', 30);
      const listed = await store.list('fail-x');
      expect(listed.map((e) => [e.key, e.points]).sort()).toEqual([
        ['10.0.0.1', 3],
        ['k1', 1],
      ]);
      expect(listed.every((e) => e.expiresAt !== null && e.expiresAt > Date.now())).toBe(true);
      const gates = await store.list('gate-x');
      expect(gates.find((g) => g.key === 'k2')?.points).toBe(2);
      // A prefix that starts like another is a different family.
      expect(await store.list('fail')).toEqual([]);
      await counter.delete('k1');
      expect((await store.list('fail-x')).map((e) => e.key)).toEqual(['10.0.0.1']);
    } finally {
      await done();
    }
  });
});

describe('login throttle on Redis through the routes', () => {
  let h: Harness;
  const prefix = namespace();
  const redis = new Redis(REDIS_URL);
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await h?.close();
  });

  it('keeps the counters in Redis (shared by every host), none in the database', async () => {
    h = await startHarness('sqlite', {
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      LOGIN_FREE_FAILURES_PER_ACCOUNT_ADDRESS: '2',
    });
    const user = await registerUser(h.app);
    const attacker = randomAddress();
    const login = (password: string) =>
      call<{ error?: { code: string } }>(h.app, 'POST', '/internal/sessions/login', {
        email: user.user.email,
        password,
        clientAddress: attacker,
      });
    expect((await login('wrong password!!')).status).toBe(401);
    expect((await login('wrong password!!')).status).toBe(401);
    expect((await login('wrong password!!')).body.error?.code).toBe('login_delayed');
    expect((await redis.keys(`${prefix}:fail-pair:*`)).length).toBe(1);
    expect(
      await redis.exists(
        `${prefix}:gate-pair:${(await redis.keys(`${prefix}:fail-pair:*`))[0]?.split(':').slice(2).join(':')}`,
      ),
    ).toBe(1);
    expect(await h.handle.db.selectFrom('throttle').selectAll().execute()).toEqual([]);
    const lockouts = await call<{ lockouts: { scope: string; userId: string | null }[] }>(
      h.app,
      'GET',
      '/internal/lockouts',
    );
    expect(lockouts.body.lockouts).toEqual(
      expect.arrayContaining([expect.objectContaining({ scope: 'account_address', userId: user.user.id })]),
    );
  });

  it('fails closed: with its Redis unreachable, logins answer 503 and nothing is checked', async () => {
    const down = await startHarness('sqlite', { REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    try {
      const res = await call<{ error: { code: string } }>(down.app, 'POST', '/internal/sessions/login', {
        email: 'someone@example.com',
        password: 'whatever password',
        clientAddress: randomAddress(),
      });
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('throttle_unavailable');
    } finally {
      await down.close();
    }
  });
});
