/**
 * The Auth Server under george-serve with four workers, on both engines: the guarantees that must
 * hold across processes (invite uses, the user cap, login throttling, one outbox relay).
 */
import { randomBytes } from 'node:crypto';
import { AuthClient } from '@george/contracts';
import { type DialectName, UpstreamError } from '@george/runtime';
import {
  createTestDatabase,
  freePort,
  type RunningProcess,
  sleep,
  startServe,
  TEST_DIALECTS,
  TEST_TOKEN,
  type TestDatabase,
} from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBilling } from './fake-billing.js';
import { FAST_ARGON2 } from './helpers.js';

const OPERATOR = { email: 'operator@example.com', password: 'operator password 1' };
const CAP = 10;

describe.each(TEST_DIALECTS)('george-serve -w 4 on %s', (dialect: DialectName) => {
  let db: TestDatabase;
  let serve: RunningProcess;
  let billingPort: number;
  const billing = new FakeBilling(TEST_TOKEN);

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    billingPort = await freePort();
    serve = await startServe({
      app: 'services/auth/dist/app.js',
      workers: 4,
      env: {
        ...db.env,
        ...FAST_ARGON2,
        AUTH_USER_CAP: String(CAP),
        BOOTSTRAP_OPERATOR_EMAIL: OPERATOR.email,
        BOOTSTRAP_OPERATOR_PASSWORD: OPERATOR.password,
        BILLING_SERVER_URL: `http://127.0.0.1:${billingPort}`,
        OUTBOX_POLL_MS: '100',
        OUTBOX_MAX_BACKOFF_MS: '400',
        LOGIN_FREE_FAILURES_PER_ACCOUNT: '5',
        // Delays long enough that a loaded machine cannot let one run out between two requests.
        LOGIN_DELAY_BASE_SECONDS: '5',
        LOGIN_MAX_DELAY_SECONDS_PER_ACCOUNT: '10',
        INVITE_CHECKS_PER_ADDRESS: '10000',
      },
    });
  });
  afterAll(async () => {
    await serve?.stop();
    await billing.close();
    await db?.cleanup();
  });

  async function api<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
    const res = await fetch(`${serve.url}${path}`, {
      method,
      headers: { 'x-internal-token': TEST_TOKEN, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  const invite = async (role: string, uses?: number) =>
    (await api<{ code: string }>('POST', '/internal/invites', { role, ...(uses ? { uses } : {}) })).body.code;

  /** `n` sign-ups at once on one code, from different addresses and emails. */
  async function signUpRace(code: string, n = 20) {
    const tag = randomBytes(3).toString('hex');
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        api<{ error?: { code: string } }>('POST', '/internal/users/register', {
          email: `race-${tag}-${i}@example.com`,
          password: 'race password 1',
          inviteCode: code,
          clientAddress: `10.0.${i}.1`,
        }),
      ),
    );
    return {
      created: results.filter((r) => r.status === 201).length,
      codes: results.filter((r) => r.status !== 201).map((r) => r.body.error?.code),
    };
  }

  it('serves the JWKS without the token and guards the rest', async () => {
    const jwks = await fetch(`${serve.url}/.well-known/jwks.json`);
    expect(jwks.status).toBe(200);
    expect(((await jwks.json()) as { keys: unknown[] }).keys).toHaveLength(1);
    expect((await fetch(`${serve.url}/internal/users`)).status).toBe(401);
    const runtime = await api<{ workers: number }>('GET', '/internal/runtime');
    expect(runtime.body.workers).toBe(4);
  });

  it('answers the typed client of packages/contracts', async () => {
    const client = new AuthClient({ token: TEST_TOKEN, baseUrl: serve.url });
    expect((await client.jwks()).keys).toHaveLength(1);
    const session = await client.login({ email: OPERATOR.email, password: OPERATOR.password });
    const ctx = { userId: session.user.id };
    expect((await client.me(ctx)).role).toBe('operator');
    expect((await client.verifyToken(session.accessToken)).claims?.sub).toBe(session.user.id);
    const { code } = await client.createInvite({ role: 'guest', uses: 2 }, ctx);
    expect(await client.checkInvite(code, '10.9.9.9')).toMatchObject({ valid: true, usesLeft: 2 });
    const invite = (await client.listInvites(ctx)).find((i) => code.startsWith(i.hint) && i.uses === 2);
    await client.revokeInvite(invite?.id as string, ctx);
    expect((await client.checkInvite(code)).valid).toBe(false);
    const project = await client.createProject({ name: 'Client' }, ctx);
    expect((await client.listProjects(ctx)).map((p) => p.id)).toEqual([project.id]);
    expect(await client.checkAccess(project.id, session.user.id)).toEqual({
      projectId: project.id,
      userId: session.user.id,
      level: 'owner',
    });
    expect((await client.listMembers(project.id, ctx)).map((m) => m.level)).toEqual(['owner']);
    await client.deleteProject(project.id, ctx);
    const gone = await client.checkAccess(project.id, session.user.id).catch((err: unknown) => err);
    expect(gone).toBeInstanceOf(UpstreamError);
    expect((gone as UpstreamError).statusCode).toBe(404);
    const rotated = await client.refresh(session.refreshToken);
    await client.logout(rotated.refreshToken);
    await expect(client.refresh(rotated.refreshToken)).rejects.toMatchObject({ statusCode: 401 });
    expect((await client.listUsers({ role: 'operator' }, ctx)).users).toHaveLength(1);
  });

  it('20 concurrent sign-ups on a single-use invite make exactly one account', async () => {
    const result = await signUpRace(await invite('author'));
    expect(result.created).toBe(1);
    expect(new Set(result.codes)).toEqual(new Set(['invalid_invite']));
  });

  it('20 concurrent sign-ups on a five-use invite make exactly five', async () => {
    const result = await signUpRace(await invite('guest', 5));
    expect(result.created).toBe(5);
  });

  it('the user cap holds under 20 concurrent sign-ups, without using up the invite', async () => {
    // 1 operator + 1 + 5 accounts exist: three more fit under the cap of 10.
    const result = await signUpRace(await invite('author', 20));
    expect(result.created).toBe(3);
    expect(new Set(result.codes)).toEqual(new Set(['user_cap_reached']));
    const users = await api<{ total: number }>('GET', '/internal/users');
    expect(users.body.total).toBe(CAP);
    const invites = await api<{ invites: { uses: number; usesLeft: number }[] }>('GET', '/internal/invites');
    expect(invites.body.invites.find((i) => i.uses === 20)?.usesLeft).toBe(17);
  });

  it('attack: 20 parallel guesses over four workers get at most six checks, then a delay, never a lock-out', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api<{ error?: { code: string } }>('POST', '/internal/sessions/login', {
          email: OPERATOR.email,
          password: `wrong guess ${i}`,
          clientAddress: `10.1.${i}.1`,
        }),
      ),
    );
    // Five free failures, and one attempt through the gate while the others wait.
    const checked = attempts.filter((a) => a.status === 401).length;
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(checked).toBeLessThanOrEqual(6);
    expect(attempts.filter((a) => a.body.error?.code === 'login_delayed')).toHaveLength(20 - checked);
    const right = await api<{ error?: { code: string; details: { retryAfterSeconds: number } } }>(
      'POST',
      '/internal/sessions/login',
      { email: OPERATOR.email, password: OPERATOR.password, clientAddress: '10.2.0.1' },
    );
    expect(right.status).toBe(429);
    expect(right.body.error?.code).toBe('login_delayed');
    // The delay is short and bounded: after it, the right password works.
    await sleep((right.body.error?.details.retryAfterSeconds ?? 0) * 1000 + 100);
    const later = await api('POST', '/internal/sessions/login', {
      email: OPERATOR.email,
      password: OPERATOR.password,
      clientAddress: '10.2.0.1',
    });
    expect(later.status).toBe(200);
  });

  it('billing down during sign-up: users exist, the relay retries, billing gets each account once', async () => {
    const users = (await api<{ users: { id: string; role: string }[] }>('GET', '/internal/users')).body.users;
    expect(users).toHaveLength(CAP);
    // The relay has been failing while billing was down, visibly.
    let state = (
      await api<{ pending: number; items: { attempts: number; lastError: string | null }[] }>(
        'GET',
        '/internal/outbox',
      )
    ).body;
    for (let i = 0; i < 100 && !state.items.every((item) => item.attempts > 0); i++) {
      await sleep(100);
      state = (await api<typeof state>('GET', '/internal/outbox')).body;
    }
    expect(state.pending).toBe(CAP);
    expect(state.items.every((item) => item.attempts > 0 && item.lastError !== null)).toBe(true);

    await billing.listen(billingPort);
    for (let i = 0; i < 200 && state.pending > 0; i++) {
      await sleep(100);
      state = (await api<typeof state>('GET', '/internal/outbox')).body;
    }
    expect(state.pending).toBe(0);
    expect(new Set(billing.accounts.keys())).toEqual(new Set(users.map((u) => u.id)));
    for (const user of users) {
      expect(billing.accounts.get(user.id)).toEqual({ plan: user.role, posts: 1 });
    }
    // One relay in one process: exactly one request per account.
    expect(billing.posts).toBe(CAP);
  });
});
