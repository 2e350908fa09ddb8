import type { Session } from '@george/contracts';
import type { AuthContext } from '../context.js';
import { sha256 } from '../crypto.js';
import { normaliseEmail } from '../email.js';
import { authError } from '../errors.js';
import type { UserRow } from '../repositories/index.js';
import { issueSession, sessionFor, storeRefreshToken } from './issue.js';
import { TokenError } from './keys.js';
import { accountKey } from './lockouts.js';

/**
 * Login. The throttle takes a slot before the password is checked (429 `login_delayed` while a
 * delay runs); errors never tell whether the email exists, and an unknown email costs the same
 * hashing work as a known one.
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
    throw authError('invalid_credentials');
  }
  const attempt = await ctx.throttle.begin(accountKey(email), clientAddress);
  let user: UserRow | undefined;
  let ok = false;
  try {
    user = await ctx.repos.users.findByEmail(email);
    ok = user
      ? await ctx.passwords.verify(user.password_hash, body.password)
      : await ctx.passwords.verifyNothing(body.password);
  } finally {
    if (!ok) await attempt.failed();
  }
  if (!user || !ok) throw authError('invalid_credentials');
  await attempt.succeeded();
  if (user.disabled === 1) throw authError('account_disabled');
  const found = user;
  if (ctx.passwords.needsRehash(found.password_hash)) {
    // The configured cost changed: upgrade the stored hash now that the password is known.
    const rehashed = await ctx.passwords.hash(body.password);
    await ctx.repos.users.replacePasswordHash(found.id, found.password_hash, rehashed, ctx.now());
  }
  return issueSession(ctx, found);
}

type RefreshOutcome =
  | { ok: true; user: UserRow; next: string }
  | {
      ok: false;
      code: 'invalid_refresh_token' | 'refresh_token_reused' | 'refresh_token_expired' | 'account_disabled';
    };

/**
 * Rotates a refresh token. A used token presented again revokes its whole family (theft
 * detection), except within `REFRESH_REUSE_GRACE_SECONDS` of its use: two tabs that refresh with
 * the same token at once both get a session (the later one a sibling token in the same family).
 */
export async function refresh(ctx: AuthContext, refreshToken: string): Promise<Session> {
  const now = ctx.now();
  const graceMs = ctx.config.refreshReuseGraceSeconds * 1000;
  const outcome = await ctx.repos.transaction(async (repos): Promise<RefreshOutcome> => {
    const token = await repos.sessions.findTokenForUpdate(sha256(refreshToken));
    if (!token) return { ok: false, code: 'invalid_refresh_token' };
    const family = await repos.sessions.findFamily(token.family_id);
    if (!family || family.revoked_at !== null) return { ok: false, code: 'invalid_refresh_token' };
    if (token.expires_at <= now) return { ok: false, code: 'refresh_token_expired' };
    const inGrace = token.used_at !== null && now - token.used_at <= graceMs;
    if (token.used_at !== null && !inGrace) {
      await repos.sessions.revokeFamily(family.id, 'reuse', now);
      return { ok: false, code: 'refresh_token_reused' };
    }
    const user = await repos.users.findById(token.user_id);
    if (!user || user.disabled === 1) {
      await repos.sessions.revokeFamily(family.id, 'disabled', now);
      return { ok: false, code: 'account_disabled' };
    }
    // The row is locked (PostgreSQL) or the database is (SQLite): the first use marks it, a
    // concurrent one sees the mark and is within the grace window.
    if (!inGrace) await repos.sessions.markUsed(token.id, now);
    return { ok: true, user, next: await storeRefreshToken(ctx, repos, user.id, family.id) };
  });
  if (!outcome.ok) throw authError(outcome.code);
  return sessionFor(ctx, outcome.user, outcome.next);
}

/** Ends the session the refresh token belongs to (or every session of its user). Unknown tokens are ignored. */
export async function logout(ctx: AuthContext, refreshToken: string, everywhere: boolean): Promise<void> {
  const now = ctx.now();
  await ctx.repos.transaction(async (repos) => {
    const token = await repos.sessions.findTokenForUpdate(sha256(refreshToken));
    if (!token) return;
    if (everywhere) await repos.sessions.revokeUser(token.user_id, 'logout', now);
    else await repos.sessions.revokeFamily(token.family_id, 'logout', now);
  });
}

/** For callers that do not verify locally: `{valid, claims?}`, never an error for a bad token. */
export async function verifyToken(ctx: AuthContext, token: string) {
  try {
    return { valid: true, claims: await ctx.keys.verify(token) };
  } catch (err) {
    if (err instanceof TokenError) return { valid: false };
    throw err;
  }
}
