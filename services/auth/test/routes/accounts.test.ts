import type { DialectName } from '@george/runtime';
import { TEST_DIALECTS } from '@george/runtime/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { prepare } from '../../src/app.js';
import { sha256 } from '../../src/crypto.js';
import {
  call,
  createInvite,
  type Harness,
  PASSWORD,
  randomAddress,
  registerUser,
  startHarness,
  type TestSession,
  uniqueEmail,
} from '../helpers.js';

describe.each(TEST_DIALECTS)('accounts and sessions on %s', (dialect: DialectName) => {
  let h: Harness;
  const OPERATOR = { email: '  Root@Example.COM ', password: 'operator password 1' };

  beforeAll(async () => {
    h = await startHarness(dialect, {
      BOOTSTRAP_OPERATOR_EMAIL: OPERATOR.email,
      BOOTSTRAP_OPERATOR_PASSWORD: OPERATOR.password,
      INVITE_CHECKS_PER_ADDRESS: '5',
      LOGIN_FREE_FAILURES_PER_ACCOUNT: '3',
      LOGIN_FREE_FAILURES_PER_ACCOUNT_ADDRESS: '3',
      LOGIN_FREE_FAILURES_PER_ADDRESS: '6',
      LOGIN_MAX_DELAY_SECONDS_PER_ACCOUNT: '2',
      LOGIN_MAX_DELAY_SECONDS: '4',
    });
  });
  afterAll(() => h.close());

  const login = (email: string, password: string, clientAddress = randomAddress()) =>
    call<TestSession & { error?: { code: string } }>(h.app, 'POST', '/internal/sessions/login', {
      email,
      password,
      clientAddress,
    });
  const refresh = (refreshToken: string) =>
    call<TestSession & { error: { code: string } }>(h.app, 'POST', '/internal/sessions/refresh', {
      refreshToken,
    });

  it('creates the bootstrap operator once, whatever the later starts say', async () => {
    await (await prepare(h.env)).handle.close();
    await (
      await prepare({
        ...h.env,
        BOOTSTRAP_OPERATOR_EMAIL: 'other@example.com',
        BOOTSTRAP_OPERATOR_PASSWORD: 'x'.repeat(12),
      })
    ).handle.close();
    const operators = await call<{ users: { email: string }[] }>(
      h.app,
      'GET',
      '/internal/users?role=operator',
    );
    expect(operators.body.users.map((u) => u.email)).toEqual(['root@example.com']);
    const session = await login('root@example.com', OPERATOR.password);
    expect(session.status).toBe(200);
    expect(session.body.user.role).toBe('operator');
  });

  it('signs up with an invite, normalises the email and refuses a second account for it', async () => {
    const inviteCode = await createInvite(h.app, 'guest');
    const res = await call<TestSession>(h.app, 'POST', '/internal/users/register', {
      email: '  Mixed.Case@Example.ORG ',
      password: PASSWORD,
      inviteCode,
      name: 'Mixed',
      clientAddress: randomAddress(),
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: 'mixed.case@example.org', role: 'guest', name: 'Mixed' });
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    const again = await call<{ error: { code: string } }>(h.app, 'POST', '/internal/users/register', {
      email: 'MIXED.case@example.org',
      password: PASSWORD,
      inviteCode: await createInvite(h.app),
      clientAddress: randomAddress(),
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('email_taken');
    expect((await login('mixed.case@EXAMPLE.org', PASSWORD)).status).toBe(200);
    // The stored hash is argon2id with the configured parameters.
    const row = await h.handle.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'mixed.case@example.org')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=7168,t=2,p=1\$/);
  });

  it('refuses weak passwords, bad emails and unknown fields', async () => {
    const inviteCode = await createInvite(h.app);
    const weak = await call<{ error: { code: string } }>(h.app, 'POST', '/internal/users/register', {
      email: uniqueEmail(),
      password: 'short',
      inviteCode,
    });
    expect(weak.status).toBe(400);
    const badEmail = await call<{ error: { code: string } }>(h.app, 'POST', '/internal/users/register', {
      email: 'not an email',
      password: PASSWORD,
      inviteCode,
      clientAddress: randomAddress(),
    });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.code).toBe('invalid_email');
    const extra = await call(h.app, 'POST', '/internal/users/register', {
      email: uniqueEmail(),
      password: PASSWORD,
      inviteCode,
      role: 'operator',
    });
    expect(extra.status).toBe(400);
    // None of these used the invite.
    expect(
      (
        await call<{ valid: boolean }>(h.app, 'POST', '/internal/invites/check', {
          code: inviteCode,
          clientAddress: randomAddress(),
        })
      ).body.valid,
    ).toBe(true);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const user = await registerUser(h.app);
    const wrong = await login(user.user.email, 'wrong password!!');
    const unknown = await login(uniqueEmail('nobody'), 'wrong password!!');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toEqual(unknown.body.error);
  });

  type Refusal = { error?: { code: string; details?: { retryAfterSeconds?: number } } };
  const retryAfter = (res: { body: Refusal }) => res.body.error?.details?.retryAfterSeconds ?? 0;
  /**
   * The throttle's clock (rate-limiter-flexible reads Date.now() in this process for both stores)
   * stands still during these tests and moves only here: a loaded machine cannot let a delay run
   * out between two requests.
   */
  const frozen = () => vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
  const waitOut = (res: { body: Refusal }) => {
    vi.setSystemTime(Date.now() + retryAfter(res) * 1000 + 100);
  };
  afterEach(() => {
    vi.useRealTimers();
  });

  it('attack: guessing from one address slows the guesser down with growing delays, never a lock-out', async () => {
    frozen();
    const user = await registerUser(h.app);
    const attacker = randomAddress();
    for (let i = 0; i < 3; i++)
      expect((await login(user.user.email, 'wrong password!!', attacker)).status).toBe(401);
    const first = await login(user.user.email, 'wrong password!!', attacker);
    expect(first.status).toBe(429);
    expect(first.body.error?.code).toBe('login_delayed');
    expect(retryAfter(first)).toBe(1);
    waitOut(first);
    expect((await login(user.user.email, 'wrong password!!', attacker)).status).toBe(401);
    const second = await login(user.user.email, 'wrong password!!', attacker);
    expect(second.status).toBe(429);
    expect(retryAfter(second)).toBe(2);
    // The owner, at a new address, waits out the account's delay (capped at 2 s here) and is in.
    const owner = randomAddress();
    const waiting = await login(user.user.email, PASSWORD, owner);
    if (waiting.status === 429) {
      expect(waiting.body.error?.code).toBe('login_delayed');
      waitOut(waiting);
    }
    expect((await login(user.user.email, PASSWORD, owner)).status).toBe(200);
    // The guesser's own delay keeps running and growing.
    waitOut(second);
    expect((await login(user.user.email, 'wrong password!!', attacker)).status).toBe(401);
    expect(retryAfter(await login(user.user.email, 'wrong password!!', attacker))).toBe(4);
  });

  it('attack: many addresses on one account do not keep the owner out at an address they signed in from', async () => {
    frozen();
    const user = await registerUser(h.app);
    const home = randomAddress();
    expect((await login(user.user.email, PASSWORD, home)).status).toBe(200);
    const attempts = [];
    for (let i = 0; i < 6; i++)
      attempts.push(await login(user.user.email, 'wrong password!!', randomAddress()));
    expect(attempts.some((a) => a.body.error?.code === 'login_delayed')).toBe(true);
    // A new address waits; home does not.
    expect((await login(user.user.email, PASSWORD, randomAddress())).status).toBe(429);
    expect((await login(user.user.email, PASSWORD, home)).status).toBe(200);
  });

  it('counts only failures: successful logins never slow an address, failures on many accounts do', async () => {
    frozen();
    const user = await registerUser(h.app);
    const shared = randomAddress();
    for (let i = 0; i < 10; i++) expect((await login(user.user.email, PASSWORD, shared)).status).toBe(200);
    for (let i = 0; i < 6; i++)
      expect((await login(uniqueEmail('nobody'), 'wrong password!!', shared)).status).toBe(401);
    const sprayed = await login(uniqueEmail('nobody'), 'wrong password!!', shared);
    expect(sprayed.status).toBe(429);
    expect(sprayed.body.error?.code).toBe('login_delayed');
    // A success does not wipe the address's failures (the attacker's own account cannot reset them).
    waitOut(sprayed);
    expect((await login(user.user.email, PASSWORD, shared)).status).toBe(200);
    expect((await login(uniqueEmail('nobody'), 'wrong password!!', shared)).status).toBe(401);
    expect((await login(uniqueEmail('nobody'), 'wrong password!!', shared)).status).toBe(429);
  });

  it('shows operators the lock-outs and lets them lift an account and an address', async () => {
    frozen();
    const user = await registerUser(h.app);
    const other = await registerUser(h.app);
    const attacker = randomAddress();
    for (let i = 0; i < 3; i++) await login(user.user.email, 'wrong password!!', attacker);
    expect((await login(user.user.email, PASSWORD, randomAddress())).status).toBe(429);
    const list = await call<{
      lockouts: {
        scope: string;
        userId: string | null;
        address: string | null;
        failures: number;
        delayedUntil: string | null;
      }[];
    }>(h.app, 'GET', '/internal/lockouts');
    expect(list.status).toBe(200);
    expect(list.body.lockouts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          scope: 'account',
          userId: user.user.id,
          failures: 3,
          delayedUntil: expect.any(String),
        }),
        expect.objectContaining({
          scope: 'account_address',
          userId: user.user.id,
          address: attacker,
          failures: 3,
        }),
      ]),
    );
    const state = await call<{ locked: boolean; failures: number }>(
      h.app,
      'GET',
      `/internal/users/${user.user.id}/lockout`,
    );
    expect(state.body).toMatchObject({ locked: true, failures: 3 });
    // Only operators: an author acting is refused.
    expect((await call(h.app, 'GET', '/internal/lockouts', undefined, other.user.id)).status).toBe(403);
    expect(
      (await call(h.app, 'DELETE', `/internal/users/${user.user.id}/lockout`, undefined, other.user.id))
        .status,
    ).toBe(403);
    expect((await call(h.app, 'DELETE', `/internal/users/${user.user.id}/lockout`)).status).toBe(204);
    expect(
      (await call<{ locked: boolean }>(h.app, 'GET', `/internal/users/${user.user.id}/lockout`)).body.locked,
    ).toBe(false);
    expect((await login(user.user.email, PASSWORD, randomAddress())).status).toBe(200);
    // The address: delayed across accounts, then lifted.
    for (let i = 0; i < 6; i++) await login(uniqueEmail('nobody'), 'wrong password!!', attacker);
    expect((await login(other.user.email, PASSWORD, attacker)).status).toBe(429);
    expect((await call(h.app, 'DELETE', `/internal/addresses/${attacker}/lockout`)).status).toBe(204);
    expect((await login(other.user.email, PASSWORD, attacker)).status).toBe(200);
    expect((await call(h.app, 'DELETE', '/internal/addresses/not%20an%20address/lockout')).status).toBe(400);
  });

  it('a burst of correct logins never delays the account', async () => {
    frozen();
    const user = await registerUser(h.app);
    const address = randomAddress();
    const burst = await Promise.all(
      Array.from({ length: 8 }, () => login(user.user.email, PASSWORD, address)),
    );
    expect(burst.every((r) => r.status === 200 || r.body.error?.code === 'login_delayed')).toBe(true);
    expect(burst.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(3);
    expect((await login(user.user.email, PASSWORD, address)).status).toBe(200);
    // Nothing was counted: three failures (from an address the account never used) are still free.
    const elsewhere = randomAddress();
    for (let i = 0; i < 3; i++)
      expect((await login(user.user.email, 'wrong password!!', elsewhere)).status).toBe(401);
    expect((await login(user.user.email, PASSWORD, randomAddress())).status).toBe(429);
  });

  it('upgrades a hash made with another cost at the next login', async () => {
    const user = await registerUser(h.app);
    const { PasswordHasher } = await import('../../src/passwords.js');
    const older = await new PasswordHasher({ memoryCost: 8192, timeCost: 3, parallelism: 1 }).hash(PASSWORD);
    await h.handle.db
      .updateTable('users')
      .set({ password_hash: older })
      .where('id', '=', user.user.id)
      .execute();
    expect((await login(user.user.email, PASSWORD)).status).toBe(200);
    const row = await h.handle.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=7168,t=2,p=1\$/);
    expect((await login(user.user.email, PASSWORD)).status).toBe(200);
  });

  it('rotates refresh tokens and revokes the family when a used one comes back', async () => {
    const user = await registerUser(h.app);
    const first = (await login(user.user.email, PASSWORD)).body;
    const other = (await login(user.user.email, PASSWORD)).body;
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(second.body.user.id).toBe(user.user.id);
    const third = await refresh(second.body.refreshToken);
    expect(third.status).toBe(200);

    // Used longer ago than the grace window for a second tab: a replay, which ends the family.
    await h.handle.db
      .updateTable('refresh_tokens')
      .set({ used_at: Date.now() - (h.config.refreshReuseGraceSeconds + 1) * 1000 })
      .where('used_at', 'is not', null)
      .execute();
    const replay = await refresh(first.refreshToken);
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('refresh_token_reused');
    // The whole family is gone, including the newest token...
    expect((await refresh(third.body.refreshToken)).status).toBe(401);
    // ...but another session of the same user lives on.
    expect((await refresh(other.refreshToken)).status).toBe(200);
    // Refresh tokens are stored only hashed.
    const stored = await h.handle.db.selectFrom('refresh_tokens').select('token_hash').execute();
    expect(stored.some((r) => r.token_hash === first.refreshToken)).toBe(false);
    expect((await refresh('made-up-token')).status).toBe(401);
  });

  it('two tabs refreshing with one token at once both stay signed in (grace window), theft still detected', async () => {
    const user = await registerUser(h.app);
    const session = (await login(user.user.email, PASSWORD)).body;
    const tabs = await Promise.all(Array.from({ length: 4 }, () => refresh(session.refreshToken)));
    expect(tabs.map((t) => t.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(tabs.map((t) => t.body.refreshToken)).size).toBe(4);
    // Each tab goes on with its own token.
    for (const tab of tabs) expect((await refresh(tab.body.refreshToken)).status).toBe(200);
    const family = await h.handle.db
      .selectFrom('refresh_families')
      .innerJoin('refresh_tokens', 'refresh_tokens.family_id', 'refresh_families.id')
      .select(['refresh_families.revoked_at'])
      .where('refresh_tokens.token_hash', '=', sha256(session.refreshToken))
      .executeTakeFirstOrThrow();
    expect(family.revoked_at).toBeNull();
    // Past the window, the same token is a replay: the family ends.
    await h.handle.db
      .updateTable('refresh_tokens')
      .set({ used_at: Date.now() - (h.config.refreshReuseGraceSeconds + 1) * 1000 })
      .where('token_hash', '=', sha256(session.refreshToken))
      .execute();
    expect((await refresh(session.refreshToken)).body.error.code).toBe('refresh_token_reused');
    expect((await refresh(tabs[0]?.body.refreshToken ?? '')).status).toBe(401);
  });

  it('ends sessions on logout, logout everywhere and password change', async () => {
    const user = await registerUser(h.app);
    const a = (await login(user.user.email, PASSWORD)).body;
    const b = (await login(user.user.email, PASSWORD)).body;
    const c = (await login(user.user.email, PASSWORD)).body;
    expect(
      (await call(h.app, 'POST', '/internal/sessions/logout', { refreshToken: a.refreshToken })).status,
    ).toBe(204);
    expect((await refresh(a.refreshToken)).status).toBe(401);
    expect((await refresh(b.refreshToken)).status).toBe(200);
    const b2 = (await login(user.user.email, PASSWORD)).body;
    await call(h.app, 'POST', '/internal/sessions/logout', {
      refreshToken: b2.refreshToken,
      everywhere: true,
    });
    expect((await refresh(c.refreshToken)).status).toBe(401);

    const d = (await login(user.user.email, PASSWORD)).body;
    const notSelf = await call(h.app, 'POST', `/internal/users/${user.user.id}/password`, {
      currentPassword: PASSWORD,
      newPassword: 'a brand new password',
    });
    expect(notSelf.status).toBe(403);
    const wrongCurrent = await call(
      h.app,
      'POST',
      `/internal/users/${user.user.id}/password`,
      { currentPassword: 'not the password', newPassword: 'a brand new password' },
      user.user.id,
    );
    expect(wrongCurrent.status).toBe(403);
    const changed = await call<TestSession>(
      h.app,
      'POST',
      `/internal/users/${user.user.id}/password`,
      { currentPassword: PASSWORD, newPassword: 'a brand new password' },
      user.user.id,
    );
    expect(changed.status).toBe(200);
    expect((await refresh(d.refreshToken)).status).toBe(401);
    expect((await refresh(changed.body.refreshToken)).status).toBe(200);
    expect((await login(user.user.email, PASSWORD)).status).toBe(401);
    expect((await login(user.user.email, 'a brand new password')).status).toBe(200);
  });

  it('disables an account: no login, no refresh; only operators may do it', async () => {
    const user = await registerUser(h.app);
    const author = await registerUser(h.app);
    const session = (await login(user.user.email, PASSWORD)).body;
    const operatorId = (await login('root@example.com', OPERATOR.password)).body.user.id;
    const byAuthor = await call(
      h.app,
      'POST',
      `/internal/users/${user.user.id}/disable`,
      undefined,
      author.user.id,
    );
    expect(byAuthor.status).toBe(403);
    const disabled = await call<{ user: { disabled: boolean } }>(
      h.app,
      'POST',
      `/internal/users/${user.user.id}/disable`,
      undefined,
      operatorId,
    );
    expect(disabled.status).toBe(200);
    expect(disabled.body.user.disabled).toBe(true);
    expect((await refresh(session.refreshToken)).status).toBe(401);
    const denied = await login(user.user.email, PASSWORD);
    expect(denied.status).toBe(403);
    expect(denied.body.error?.code).toBe('account_disabled');
    expect(
      (await call(h.app, 'POST', `/internal/users/${user.user.id}/enable`, undefined, operatorId)).status,
    ).toBe(200);
    expect((await login(user.user.email, PASSWORD)).status).toBe(200);
    expect((await call(h.app, 'POST', '/internal/users/no-such-user/disable')).status).toBe(404);
  });

  it('lists users for operators, and answers me', async () => {
    const author = await registerUser(h.app);
    const list = await call<{ users: unknown[]; total: number; cap: number }>(
      h.app,
      'GET',
      '/internal/users?limit=2',
    );
    expect(list.status).toBe(200);
    expect(list.body.users).toHaveLength(2);
    expect(list.body.total).toBeGreaterThan(2);
    expect(list.body.cap).toBe(500);
    expect((await call(h.app, 'GET', '/internal/users', undefined, author.user.id)).status).toBe(403);
    const me = await call<{ user: { id: string } }>(
      h.app,
      'GET',
      '/internal/users/me',
      undefined,
      author.user.id,
    );
    expect(me.body.user.id).toBe(author.user.id);
    expect(JSON.stringify(me.body)).not.toContain('argon2');
  });

  it('manages invites: exact create answer, check without consuming, multi-use, expiry, revoke, list', async () => {
    const created = await call<Record<string, unknown>>(h.app, 'POST', '/internal/invites', {
      role: 'author',
      uses: 2,
    });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body)).toEqual(['code']);
    const code = created.body.code as string;
    const check = () =>
      call<{ valid: boolean; usesLeft?: number; role?: string }>(h.app, 'POST', '/internal/invites/check', {
        code,
        clientAddress: randomAddress(),
      });
    expect((await check()).body).toMatchObject({ valid: true, usesLeft: 2, role: 'author' });
    expect((await check()).body).toMatchObject({ valid: true, usesLeft: 2 });
    for (let i = 0; i < 2; i++) {
      const res = await call(h.app, 'POST', '/internal/users/register', {
        email: uniqueEmail(),
        password: PASSWORD,
        inviteCode: code,
        clientAddress: randomAddress(),
      });
      expect(res.status).toBe(201);
    }
    expect((await check()).body).toEqual({ valid: false });
    const used = await call<{ error: { code: string } }>(h.app, 'POST', '/internal/users/register', {
      email: uniqueEmail(),
      password: PASSWORD,
      inviteCode: code,
      clientAddress: randomAddress(),
    });
    expect(used.status).toBe(400);
    expect(used.body.error.code).toBe('invalid_invite');

    const past = await call(h.app, 'POST', '/internal/invites', {
      role: 'guest',
      expiresAt: '2001-01-01T00:00:00Z',
    });
    expect(past.status).toBe(400);
    const expiring = await createInvite(h.app, 'guest');
    await h.handle.db
      .updateTable('invites')
      .set({ expires_at: Date.now() - 1000 })
      .where('uses_left', '=', 1)
      .where('role', '=', 'guest')
      .execute();
    expect(
      (
        await call<{ valid: boolean }>(h.app, 'POST', '/internal/invites/check', {
          code: expiring,
          clientAddress: randomAddress(),
        })
      ).body.valid,
    ).toBe(false);

    const revocable = await createInvite(h.app, 'author', 3);
    const list = await call<{ invites: { id: string; hint: string; usesLeft: number; revoked: boolean }[] }>(
      h.app,
      'GET',
      '/internal/invites',
    );
    expect(JSON.stringify(list.body)).not.toContain(revocable);
    const entry = list.body.invites.find(
      (i) => revocable.startsWith(i.hint) && i.usesLeft === 3 && !i.revoked,
    );
    expect(entry).toBeDefined();
    expect((await call(h.app, 'DELETE', `/internal/invites/${entry?.id}`)).status).toBe(204);
    expect(
      (
        await call<{ valid: boolean }>(h.app, 'POST', '/internal/invites/check', {
          code: revocable,
          clientAddress: randomAddress(),
        })
      ).body.valid,
    ).toBe(false);
    expect((await call(h.app, 'DELETE', '/internal/invites/no-such-invite')).status).toBe(404);
  });

  it('limits invite checks per client address', async () => {
    const address = randomAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await call(h.app, 'POST', '/internal/invites/check', { code: `guess-${i}`, clientAddress: address }))
          .status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(
      (
        await call(h.app, 'POST', '/internal/invites/check', {
          code: 'guess',
          clientAddress: randomAddress(),
        })
      ).status,
    ).toBe(200);
  });

  it('stores or refuses SQL-injection strings, never executes them', async () => {
    const nasty = "Robert'); DROP TABLE users;--";
    const email = `o'brien--;drop-table-users${Date.now()}@example.com`;
    const session = await registerUser(h.app, 'author', { email, name: nasty, password: `${nasty} pw` });
    expect(session.user.name).toBe(nasty);
    expect(session.user.email).toBe(email);
    expect((await login(email, `${nasty} pw`)).status).toBe(200);
    expect((await login("' OR '1'='1' --@x.com", "' OR '1'='1")).status).toBe(401);
    expect((await login(`${email}' --`, 'anything at all')).status).toBe(401);
    const badInvite = await call(h.app, 'POST', '/internal/users/register', {
      email: uniqueEmail(),
      password: PASSWORD,
      inviteCode: "' OR '1'='1",
      clientAddress: randomAddress(),
    });
    expect(badInvite.status).toBe(400);
    expect((await call(h.app, 'GET', "/internal/users/1'%20OR%20'1'='1")).status).toBe(400);
    const project = await call<{ project: { name: string; description: string } }>(
      h.app,
      'POST',
      '/internal/projects',
      { name: nasty, description: "'; DELETE FROM projects; --" },
      session.user.id,
    );
    expect(project.status).toBe(201);
    expect(project.body.project).toMatchObject({ name: nasty, description: "'; DELETE FROM projects; --" });
    const users = await call<{ total: number }>(h.app, 'GET', '/internal/users');
    expect(users.body.total).toBeGreaterThan(5);
    const stored = await h.handle.db
      .selectFrom('users')
      .select('name')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(stored.name).toBe(nasty);
  });
});
