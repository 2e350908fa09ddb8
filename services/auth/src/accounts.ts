import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ROLES, type Role, type Session, type User } from '@george/contracts';
import {
  badRequest,
  conflict,
  forbidden,
  HttpError,
  inTransaction,
  isUniqueViolation,
  notFound,
} from '@george/runtime';
import type { Transaction } from 'kysely';
import { type AuthContext, iso } from './context.js';
import { consumeInvite } from './invites.js';
import {
  hitLimit,
  hitLimitIn,
  type LockoutRule,
  recordFailure,
  recordSuccess,
  reserveAttemptIn,
} from './limits.js';
import { enqueueBillingAccount } from './outbox.js';
import { lockRows } from './store/db.js';
import type { AuthDB, UsersTable } from './store/schema.js';

const EMAIL = /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]+$/u;

/** Trimmed, NFC, lower case; refused when it does not look like an address. */
export function normaliseEmail(raw: string): string {
  const email = raw.normalize('NFC').trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) {
    throw badRequest('invalid_email', 'email is not a valid address', { field: 'email' });
  }
  return email;
}

function cleanName(raw: string | undefined, email: string): string {
  const name = (raw ?? '')
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim();
  return name === '' ? (email.split('@')[0] as string) : name.slice(0, 200);
}

export function checkPasswordStrength(password: string): void {
  if ([...password].length < 10) {
    throw badRequest('weak_password', 'password must be at least 10 characters', { field: 'password' });
  }
}

export function toUser(
  row: Pick<UsersTable, 'id' | 'email' | 'name' | 'role' | 'disabled' | 'created_at'>,
): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    disabled: row.disabled === 1,
    createdAt: iso(row.created_at),
  };
}

export const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

const invalidCredentials = () => new HttpError(401, 'invalid_credentials', 'email or password is wrong');
const invalidRefresh = (code = 'invalid_refresh_token') =>
  new HttpError(401, code, 'the refresh token is not valid; log in again');

/**
 * Inserts a user, counts it against the cap and queues its billing account, inside the caller's
 * transaction: all of it commits or none of it does.
 */
async function insertUser(
  ctx: AuthContext,
  trx: Transaction<AuthDB>,
  input: { email: string; name: string; passwordHash: string; role: Role; inviteId: string | null },
): Promise<UsersTable> {
  const now = ctx.now();
  // One guarded increment: concurrent sign-ups queue on this row and re-check the cap.
  const counted = await trx
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', 'users')
    .where('value', '<', ctx.config.userCap)
    .executeTakeFirst();
  if (Number(counted.numUpdatedRows) !== 1) {
    throw forbidden('this instance has reached its user limit', 'user_cap_reached');
  }
  const row: UsersTable = {
    id: randomUUID(),
    email: input.email,
    name: input.name,
    password_hash: input.passwordHash,
    role: input.role,
    disabled: 0,
    invite_id: input.inviteId,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('users').values(row).execute();
  await enqueueBillingAccount(trx, row.id, input.role, now);
  return row;
}

async function withEmailConflict<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('email_taken', 'an account with this email exists');
    throw err;
  }
}

/** Sign-up with an invite: the invite use, the user, the cap and the billing outbox row commit together. */
export async function register(
  ctx: AuthContext,
  body: { email: string; password: string; inviteCode: string; name?: string | undefined },
  clientAddress: string,
): Promise<Session> {
  const email = normaliseEmail(body.email);
  checkPasswordStrength(body.password);
  await guardInviteAttempt(ctx, clientAddress);
  const passwordHash = await ctx.passwords.hash(body.password);
  const user = await withEmailConflict(() =>
    inTransaction(ctx.db, async (trx) => {
      const invite = await consumeInvite(ctx, trx, body.inviteCode);
      return insertUser(ctx, trx, {
        email,
        name: cleanName(body.name, email),
        passwordHash,
        role: invite.role,
        inviteId: invite.id,
      });
    }),
  );
  return issueSession(ctx, user);
}

/** Counts an invite check or a sign-up against the caller's address. */
export async function guardInviteAttempt(ctx: AuthContext, clientAddress: string): Promise<void> {
  const { inviteChecks, inviteWindowMs } = ctx.config.limits;
  const hit = await hitLimit(
    ctx.db,
    ctx.dialect,
    `invite:${clientAddress}`,
    { max: inviteChecks, windowMs: inviteWindowMs },
    ctx.now(),
  );
  if (!hit.allowed) {
    throw new HttpError(429, 'rate_limited', 'too many invite attempts; try again later', {
      retryAfterSeconds: Math.ceil(hit.retryAfterMs / 1000),
    });
  }
}

/** Creates the first operator on a database without one; does nothing afterwards. */
export async function bootstrapOperator(ctx: AuthContext, email: string, password: string): Promise<boolean> {
  const normalised = normaliseEmail(email);
  const existing = await ctx.db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb.or([eb('role', '=', 'operator'), eb('email', '=', normalised)]))
    .executeTakeFirst();
  if (existing) return false;
  const passwordHash = await ctx.passwords.hash(password);
  await inTransaction(ctx.db, (trx) =>
    insertUser(ctx, trx, {
      email: normalised,
      name: 'Operator',
      passwordHash,
      role: 'operator',
      inviteId: null,
    }),
  );
  return true;
}

/** Stores a new refresh token (in a new family unless one is given) inside the caller's transaction. */
async function storeRefreshToken(
  ctx: AuthContext,
  trx: Transaction<AuthDB>,
  userId: string,
  familyId: string | undefined,
): Promise<string> {
  const now = ctx.now();
  const refreshToken = randomBytes(32).toString('base64url');
  const family = familyId ?? randomUUID();
  if (!familyId) {
    await trx
      .insertInto('refresh_families')
      .values({ id: family, user_id: userId, created_at: now, revoked_at: null, revoke_reason: null })
      .execute();
  }
  await trx
    .insertInto('refresh_tokens')
    .values({
      id: randomUUID(),
      family_id: family,
      user_id: userId,
      token_hash: sha256(refreshToken),
      created_at: now,
      expires_at: now + ctx.config.refreshTtlSeconds * 1000,
      used_at: null,
    })
    .execute();
  return refreshToken;
}

async function sessionFor(ctx: AuthContext, user: UsersTable, refreshToken: string): Promise<Session> {
  const access = await ctx.keys.sign(user);
  return {
    user: toUser(user),
    accessToken: access.token,
    expiresIn: access.expiresIn,
    refreshToken,
    refreshExpiresIn: ctx.config.refreshTtlSeconds,
  };
}

async function issueSession(ctx: AuthContext, user: UsersTable, familyId?: string): Promise<Session> {
  const refreshToken = await inTransaction(ctx.db, (trx) => storeRefreshToken(ctx, trx, user.id, familyId));
  return sessionFor(ctx, user, refreshToken);
}

/** The lock-out row of an email (hashed: the table does not list who tried to log in). */
export const accountLimitKey = (normalisedEmail: string) => `login-acct:${sha256(normalisedEmail)}`;

/** The lock-out state of a user's account, for operators. */
export async function lockoutState(ctx: AuthContext, userId: string) {
  const user = await getUserRow(ctx, userId);
  const row = await ctx.db
    .selectFrom('limits')
    .select(['failures', 'locked_until'])
    .where('key', '=', accountLimitKey(user.email))
    .executeTakeFirst();
  const now = ctx.now();
  const lockedUntil = row?.locked_until && row.locked_until > now ? row.locked_until : null;
  return {
    userId,
    locked: lockedUntil !== null,
    lockedUntil: lockedUntil === null ? null : iso(lockedUntil),
    failures: row?.failures ?? 0,
  };
}

/** Lifts a lock-out and forgets the failures (an operator's decision). */
export async function unlockAccount(ctx: AuthContext, userId: string): Promise<void> {
  const user = await getUserRow(ctx, userId);
  await ctx.db.deleteFrom('limits').where('key', '=', accountLimitKey(user.email)).execute();
}

/**
 * Login. Attempts are counted per address and per account before the password is checked, so
 * four workers together allow no more guesses than one. Errors never tell whether the email exists.
 */
export async function login(
  ctx: AuthContext,
  body: { email: string; password: string },
  clientAddress: string,
): Promise<Session> {
  let email: string;
  try {
    email = normaliseEmail(body.email);
  } catch {
    throw invalidCredentials();
  }
  const { limits } = ctx.config;
  const now = ctx.now();
  const accountKey = accountLimitKey(email);
  const rule: LockoutRule = {
    max: limits.accountAttempts,
    windowMs: limits.accountWindowMs,
    lockoutMs: limits.lockoutMs,
  };
  // One transaction for both limits: per address, then a slot for this account's password check.
  const refusal = await inTransaction(ctx.db, async (trx) => {
    const byAddress = await hitLimitIn(
      trx,
      ctx.dialect,
      `login-addr:${clientAddress}`,
      { max: limits.addressAttempts, windowMs: limits.addressWindowMs },
      now,
    );
    if (!byAddress.allowed) {
      return new HttpError(429, 'rate_limited', 'too many login attempts; try again later', {
        retryAfterSeconds: Math.ceil(byAddress.retryAfterMs / 1000),
      });
    }
    const slot = await reserveAttemptIn(trx, ctx.dialect, accountKey, rule, now);
    if (!slot.allowed) {
      return new HttpError(
        429,
        slot.locked ? 'account_locked' : 'too_many_attempts',
        slot.locked
          ? 'too many failed logins; try again later'
          : 'too many login attempts at once; try again',
        { retryAfterSeconds: Math.ceil(slot.retryAfterMs / 1000) },
      );
    }
    return undefined;
  });
  if (refusal) throw refusal;
  let user: UsersTable | undefined;
  let ok = false;
  try {
    user = await ctx.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    ok = user
      ? await ctx.passwords.verify(user.password_hash, body.password)
      : await ctx.passwords.verifyNothing(body.password);
  } finally {
    if (!ok) await recordFailure(ctx.db, ctx.dialect, accountKey, rule, ctx.now());
  }
  if (!user || !ok) throw invalidCredentials();
  const found = user;
  if (found.disabled === 1) {
    await recordSuccess(ctx.db, accountKey);
    throw forbidden('this account is disabled', 'account_disabled');
  }
  if (ctx.passwords.needsRehash(found.password_hash)) {
    // The configured cost changed: upgrade the stored hash now that the password is known.
    try {
      const rehashed = await ctx.passwords.hash(body.password);
      await ctx.db
        .updateTable('users')
        .set({ password_hash: rehashed })
        .where('id', '=', found.id)
        .where('password_hash', '=', found.password_hash)
        .execute();
    } catch {
      // Best effort: the old hash still verifies.
    }
  }
  // The slot is released and the session stored in one transaction.
  const refreshToken = await inTransaction(ctx.db, async (trx) => {
    await recordSuccess(trx, accountKey);
    return storeRefreshToken(ctx, trx, found.id, undefined);
  });
  return sessionFor(ctx, found, refreshToken);
}

type RefreshOutcome = { ok: true; user: UsersTable; next: string } | { ok: false; code: string };

/** Rotates a refresh token. Presenting a used token revokes its whole family (theft detection). */
export async function refresh(ctx: AuthContext, refreshToken: string): Promise<Session> {
  const now = ctx.now();
  const outcome = await inTransaction(ctx.db, async (trx): Promise<RefreshOutcome> => {
    const token = await lockRows(
      trx.selectFrom('refresh_tokens').selectAll().where('token_hash', '=', sha256(refreshToken)),
      ctx.dialect,
    ).executeTakeFirst();
    if (!token) return { ok: false, code: 'invalid_refresh_token' };
    const family = await trx
      .selectFrom('refresh_families')
      .selectAll()
      .where('id', '=', token.family_id)
      .executeTakeFirstOrThrow();
    if (family.revoked_at !== null) return { ok: false, code: 'invalid_refresh_token' };
    if (token.used_at !== null) {
      await revokeFamilies(trx, { familyId: family.id }, 'reuse', now);
      return { ok: false, code: 'refresh_token_reused' };
    }
    if (token.expires_at <= now) return { ok: false, code: 'refresh_token_expired' };
    const user = await trx
      .selectFrom('users')
      .selectAll()
      .where('id', '=', token.user_id)
      .executeTakeFirstOrThrow();
    if (user.disabled === 1) {
      await revokeFamilies(trx, { familyId: family.id }, 'disabled', now);
      return { ok: false, code: 'account_disabled' };
    }
    const marked = await trx
      .updateTable('refresh_tokens')
      .set({ used_at: now })
      .where('id', '=', token.id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) !== 1) {
      await revokeFamilies(trx, { familyId: family.id }, 'reuse', now);
      return { ok: false, code: 'refresh_token_reused' };
    }
    // The successor is stored in the same transaction: the rotation is all or nothing.
    return { ok: true, user, next: await storeRefreshToken(ctx, trx, user.id, family.id) };
  });
  if (!outcome.ok) throw invalidRefresh(outcome.code);
  return sessionFor(ctx, outcome.user, outcome.next);
}

async function revokeFamilies(
  trx: Transaction<AuthDB>,
  target: { familyId: string } | { userId: string },
  reason: string,
  now: number,
): Promise<void> {
  let query = trx
    .updateTable('refresh_families')
    .set({ revoked_at: now, revoke_reason: reason })
    .where('revoked_at', 'is', null);
  query =
    'familyId' in target
      ? query.where('id', '=', target.familyId)
      : query.where('user_id', '=', target.userId);
  await query.execute();
}

/** Ends the session the refresh token belongs to (or every session of its user). Unknown tokens are ignored. */
export async function logout(ctx: AuthContext, refreshToken: string, everywhere: boolean): Promise<void> {
  const now = ctx.now();
  await inTransaction(ctx.db, async (trx) => {
    const token = await trx
      .selectFrom('refresh_tokens')
      .select(['family_id', 'user_id'])
      .where('token_hash', '=', sha256(refreshToken))
      .executeTakeFirst();
    if (!token) return;
    await revokeFamilies(
      trx,
      everywhere ? { userId: token.user_id } : { familyId: token.family_id },
      'logout',
      now,
    );
  });
}

export async function getUserRow(ctx: AuthContext, userId: string): Promise<UsersTable> {
  const user = await ctx.db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!user) throw notFound('no such user', 'user_not_found');
  return user;
}

/** Changes the password after checking the current one; every session ends, a new one starts. */
export async function changePassword(
  ctx: AuthContext,
  userId: string,
  currentPassword: string,
  newPassword: string,
): Promise<Session> {
  checkPasswordStrength(newPassword);
  const user = await getUserRow(ctx, userId);
  if (user.disabled === 1) throw forbidden('this account is disabled', 'account_disabled');
  if (!(await ctx.passwords.verify(user.password_hash, currentPassword))) {
    throw new HttpError(403, 'wrong_password', 'the current password is wrong');
  }
  const hash = await ctx.passwords.hash(newPassword);
  const now = ctx.now();
  const updated = await inTransaction(ctx.db, async (trx) => {
    const result = await trx
      .updateTable('users')
      .set({ password_hash: hash, updated_at: now })
      .where('id', '=', userId)
      .where('password_hash', '=', user.password_hash)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await revokeFamilies(trx, { userId }, 'password_change', now);
    return true;
  });
  if (!updated) throw conflict('password_changed', 'the password was changed meanwhile; try again');
  return issueSession(ctx, { ...user, password_hash: hash, updated_at: now });
}

/** Disables (or enables) an account; disabling ends every session. */
export async function setDisabled(ctx: AuthContext, userId: string, disabled: boolean): Promise<User> {
  const now = ctx.now();
  await inTransaction(ctx.db, async (trx) => {
    const result = await trx
      .updateTable('users')
      .set({ disabled: disabled ? 1 : 0, updated_at: now })
      .where('id', '=', userId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw notFound('no such user', 'user_not_found');
    if (disabled) await revokeFamilies(trx, { userId }, 'disabled', now);
  });
  return toUser(await getUserRow(ctx, userId));
}

export async function listUsers(
  ctx: AuthContext,
  query: { role?: Role | undefined; limit?: number | undefined; offset?: number | undefined },
) {
  let q = ctx.db.selectFrom('users');
  if (query.role) q = q.where('role', '=', query.role);
  const rows = await q
    .selectAll()
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .limit(query.limit ?? 100)
    .offset(query.offset ?? 0)
    .execute();
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { users: rows.map(toUser), total: Number(total.n), cap: ctx.config.userCap };
}

/** When an acting user is named, it must be an enabled operator (operator tools call with the token only). */
export async function requireOperatorIfActing(
  ctx: AuthContext,
  actingUserId: string | undefined,
): Promise<void> {
  if (actingUserId === undefined) return;
  const actor = await ctx.db
    .selectFrom('users')
    .select(['role', 'disabled'])
    .where('id', '=', actingUserId)
    .executeTakeFirst();
  if (!actor || actor.disabled === 1 || actor.role !== 'operator') {
    throw forbidden('only operators may do this', 'operator_required');
  }
}

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
