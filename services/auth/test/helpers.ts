import { randomBytes } from 'node:crypto';
import type { DialectName, GeorgeInstance } from '@george/runtime';
import { createTestDatabase, TEST_TOKEN, type TestDatabase } from '@george/runtime/testing';
import { buildApp, contextFor, prepare } from '../src/app.js';
import { type AuthConfig, loadConfig } from '../src/config.js';
import { type AuthContext, createContext } from '../src/context.js';
import { memoryRepositories } from '../src/repositories/memory.js';
import { memoryThrottleStore } from '../src/repositories/throttle.js';
import { type AuthDatabase, openAuthDatabase } from '../src/store/db.js';

/** The lowest argon2 cost the configuration accepts: enough for tests, quick to compute. */
export const FAST_ARGON2 = { ARGON2_MEMORY_KIB: '7168', ARGON2_TIME_COST: '2' };

export function authEnv(db: TestDatabase, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
    LOG_LEVEL: 'silent',
    ...FAST_ARGON2,
    ...db.env,
    ...extra,
  };
}

export interface Harness {
  app: GeorgeInstance;
  db: TestDatabase;
  env: NodeJS.ProcessEnv;
  config: AuthConfig;
  /** A services' context on its own connection (to inspect or prepare data). */
  ctx: AuthContext;
  handle: AuthDatabase;
  close(): Promise<void>;
}

/** A fresh database, prepared as the supervisor would, and the app in process. */
export async function startHarness(
  dialect: DialectName,
  extra: Record<string, string> = {},
): Promise<Harness> {
  const db = await createTestDatabase(dialect);
  const env = authEnv(db, extra);
  const prepared = await prepare(env);
  await prepared.handle.close();
  const app = await buildApp(env);
  await app.ready();
  const config = loadConfig(env);
  const handle = openAuthDatabase(config, 2);
  const ctx = await contextFor(config, handle);
  return {
    app,
    db,
    env,
    config,
    ctx,
    handle,
    async close() {
      await app.close();
      await ctx.throttle.close();
      await handle.close();
      await db.cleanup();
    },
  };
}

export const headers = (userId?: string): Record<string, string> => ({
  'x-internal-token': TEST_TOKEN,
  ...(userId ? { 'x-user-id': userId } : {}),
});

export const randomAddress = () => `10.${randomBytes(3).join('.')}`;
export const uniqueEmail = (prefix = 'user') => `${prefix}-${randomBytes(5).toString('hex')}@example.com`;

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';

/** `app.inject` with the internal token and JSON. */
export async function call<T = Record<string, unknown>>(
  app: GeorgeInstance,
  method: Method,
  url: string,
  body?: unknown,
  userId?: string,
): Promise<{ status: number; body: T }> {
  const res = await app.inject({
    method,
    url,
    headers: headers(userId),
    ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
  });
  return { status: res.statusCode, body: (res.body ? res.json() : undefined) as T };
}

export async function createInvite(app: GeorgeInstance, role = 'author', uses?: number): Promise<string> {
  const res = await call<{ code: string }>(app, 'POST', '/internal/invites', {
    role,
    ...(uses ? { uses } : {}),
  });
  if (res.status !== 201) throw new Error(`invite: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.code;
}

export interface TestSession {
  user: { id: string; email: string; role: string; name: string };
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export const PASSWORD = 'correct horse battery';

export async function registerUser(
  app: GeorgeInstance,
  role = 'author',
  overrides: Record<string, unknown> = {},
): Promise<TestSession> {
  const inviteCode = await createInvite(app, role);
  const res = await call<TestSession>(app, 'POST', '/internal/users/register', {
    email: uniqueEmail(role),
    password: PASSWORD,
    inviteCode,
    clientAddress: randomAddress(),
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * The services on in-memory repositories and a memory throttle: the rules without a database.
 * `clock` moves time for the services (the throttle's own timers use the real clock).
 */
export function memoryContext(extra: Record<string, string> = {}) {
  // Node's timers (the memory store's expiry) stop at 24.8 days: a week of known addresses.
  const config = loadConfig({
    INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
    LOGIN_KNOWN_ADDRESS_DAYS: '7',
    ...FAST_ARGON2,
    ...extra,
  });
  const repos = memoryRepositories();
  const clock = { now: Date.now() };
  const ctx = createContext(config, repos, memoryThrottleStore(), () => clock.now);
  return { ctx, repos, clock, config };
}
