import { randomUUID } from 'node:crypto';
import type { Role, Session, User } from '@george/contracts';
import { displaySafe, isUniqueViolation } from '@george/runtime';
import type { AuthContext } from '../context.js';
import { sha256 } from '../crypto.js';
import { normaliseEmail } from '../email.js';
import { authError } from '../errors.js';
import type { Repositories, UserRow } from '../repositories/index.js';
import { issueSession } from './issue.js';
import { enqueueBillingAccount } from './outbox.js';
import { getUserRow, requireOperatorIfActing, roleOf, toUser } from './users.js';

/** A name shown to others: display-safe (no bidi or control characters), at most 200 characters. */
export function cleanName(raw: string | undefined, email: string): string {
  const name = displaySafe(raw ?? '').slice(0, 200);
  return name === '' ? (email.split('@')[0] ?? email) : name;
}

export function checkPasswordStrength(password: string): void {
  if ([...password].length < 10) throw authError('weak_password', { field: 'password' });
}

/**
 * Inserts a user, counts it against the cap and queues its billing account, inside the caller's
 * transaction: all of it commits or none of it does.
 */
async function insertUser(
  ctx: AuthContext,
  repos: Repositories,
  input: { email: string; name: string; passwordHash: string; role: Role; inviteId: string | null },
): Promise<UserRow> {
  const now = ctx.now();
  if (!(await repos.users.countOneMore(ctx.config.userCap))) throw authError('user_cap_reached');
  const row: UserRow = {
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
  try {
    await repos.users.insert(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw authError('email_taken');
    throw err;
  }
  await enqueueBillingAccount(repos, row.id, input.role, now);
  return row;
}

/** Sign-up with an invite: the invite use, the user, the cap and the billing outbox row commit together. */
export async function register(
  ctx: AuthContext,
  body: { email: string; password: string; inviteCode: string; name?: string | undefined },
  clientAddress: string,
): Promise<Session> {
  const email = normaliseEmail(body.email);
  checkPasswordStrength(body.password);
  await ctx.throttle.inviteAttempt(clientAddress);
  const passwordHash = await ctx.passwords.hash(body.password);
  const user = await ctx.repos.transaction(async (repos) => {
    const invite = await repos.invites.consume(sha256(body.inviteCode), ctx.now());
    if (!invite) throw authError('invalid_invite', { field: 'inviteCode' });
    return insertUser(ctx, repos, {
      email,
      name: cleanName(body.name, email),
      passwordHash,
      role: roleOf(invite.role),
      inviteId: invite.id,
    });
  });
  return issueSession(ctx, user);
}

/** Creates the first operator on a database without one; does nothing afterwards. */
export async function bootstrapOperator(ctx: AuthContext, email: string, password: string): Promise<boolean> {
  const normalised = normaliseEmail(email);
  if (await ctx.repos.users.hasOperatorOrEmail(normalised)) return false;
  const passwordHash = await ctx.passwords.hash(password);
  await ctx.repos.transaction((repos) =>
    insertUser(ctx, repos, {
      email: normalised,
      name: 'Operator',
      passwordHash,
      role: 'operator',
      inviteId: null,
    }),
  );
  return true;
}

export async function getUser(ctx: AuthContext, userId: string): Promise<User> {
  return toUser(await getUserRow(ctx, userId));
}

/** The acting user themself. */
export async function me(ctx: AuthContext, actingUserId: string | undefined): Promise<User> {
  if (!actingUserId) throw authError('acting_user_required');
  return getUser(ctx, actingUserId);
}

/** Changes the password after checking the current one; every session ends, a new one starts. */
export async function changePassword(
  ctx: AuthContext,
  actingUserId: string | undefined,
  userId: string,
  body: { currentPassword: string; newPassword: string },
): Promise<Session> {
  // Only the user themself changes a password (the backend sends the session's user).
  if (actingUserId !== userId) throw authError('not_self');
  checkPasswordStrength(body.newPassword);
  const user = await getUserRow(ctx, userId);
  if (user.disabled === 1) throw authError('account_disabled');
  if (!(await ctx.passwords.verify(user.password_hash, body.currentPassword)))
    throw authError('wrong_password');
  const hash = await ctx.passwords.hash(body.newPassword);
  const now = ctx.now();
  const updated = await ctx.repos.transaction(async (repos) => {
    if (!(await repos.users.replacePasswordHash(userId, user.password_hash, hash, now))) return false;
    await repos.sessions.revokeUser(userId, 'password_change', now);
    return true;
  });
  if (!updated) throw authError('password_changed');
  return issueSession(ctx, { ...user, password_hash: hash, updated_at: now });
}

/** Disables (or enables) an account, for operators; disabling ends every session. */
export async function setDisabled(
  ctx: AuthContext,
  actingUserId: string | undefined,
  userId: string,
  disabled: boolean,
): Promise<User> {
  await requireOperatorIfActing(ctx, actingUserId);
  if (disabled && actingUserId === userId) throw authError('cannot_disable_self');
  const now = ctx.now();
  await ctx.repos.transaction(async (repos) => {
    if (!(await repos.users.setDisabled(userId, disabled, now))) throw authError('user_not_found');
    if (disabled) await repos.sessions.revokeUser(userId, 'disabled', now);
  });
  return getUser(ctx, userId);
}

export async function listUsers(
  ctx: AuthContext,
  actingUserId: string | undefined,
  query: { role?: Role | undefined; limit?: number | undefined; offset?: number | undefined },
) {
  await requireOperatorIfActing(ctx, actingUserId);
  const { rows, total } = await ctx.repos.users.list({
    role: query.role,
    limit: query.limit ?? 100,
    offset: query.offset ?? 0,
  });
  return { users: rows.map(toUser), total, cap: ctx.config.userCap };
}
