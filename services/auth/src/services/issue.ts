import { randomUUID } from 'node:crypto';
import type { Session } from '@george/contracts';
import type { AuthContext } from '../context.js';
import { randomToken, sha256 } from '../crypto.js';
import type { Repositories, UserRow } from '../repositories/index.js';
import { toUser } from './users.js';

/** Stores a new refresh token (in a new family unless one is given) inside the caller's transaction. */
export async function storeRefreshToken(
  ctx: AuthContext,
  repos: Repositories,
  userId: string,
  familyId: string | undefined,
): Promise<string> {
  const now = ctx.now();
  const refreshToken = randomToken(32);
  const family = familyId ?? randomUUID();
  if (!familyId) await repos.sessions.createFamily(family, userId, now);
  await repos.sessions.insertToken({
    id: randomUUID(),
    family_id: family,
    user_id: userId,
    token_hash: sha256(refreshToken),
    created_at: now,
    expires_at: now + ctx.config.refreshTtlSeconds * 1000,
    used_at: null,
  });
  return refreshToken;
}

export async function sessionFor(ctx: AuthContext, user: UserRow, refreshToken: string): Promise<Session> {
  const access = await ctx.keys.sign(user);
  return {
    user: toUser(user),
    accessToken: access.token,
    expiresIn: access.expiresIn,
    refreshToken,
    refreshExpiresIn: ctx.config.refreshTtlSeconds,
  };
}

/** A new session (a new refresh family) for a user. */
export async function issueSession(ctx: AuthContext, user: UserRow): Promise<Session> {
  const refreshToken = await ctx.repos.transaction((repos) =>
    storeRefreshToken(ctx, repos, user.id, undefined),
  );
  return sessionFor(ctx, user, refreshToken);
}
