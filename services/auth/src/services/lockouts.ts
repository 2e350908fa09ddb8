import type { AuthContext } from '../context.js';
import { iso } from '../context.js';
import { sha256 } from '../crypto.js';
import { getUserRow, requireOperatorIfActing } from './users.js';

/** The throttle's name for an email: a hash, so its rows do not list who tried to log in. */
export const accountKey = (normalisedEmail: string) => sha256(normalisedEmail);

/** The throttle state of a user's account, for operators. */
export async function lockoutState(ctx: AuthContext, actingUserId: string | undefined, userId: string) {
  await requireOperatorIfActing(ctx, actingUserId);
  const user = await getUserRow(ctx, userId);
  const key = accountKey(user.email);
  const state = (await ctx.throttle.states(ctx.now())).find(
    (s) => s.scope === 'account' && s.account === key,
  );
  return {
    userId,
    locked: state?.delayedUntil != null,
    lockedUntil: state?.delayedUntil != null ? iso(state.delayedUntil) : null,
    failures: state?.failures ?? 0,
  };
}

/**
 * Every throttled account and address, for operators: failures counted and the delay running.
 * Accounts are named when they exist (the throttle keeps hashes of the emails it saw).
 */
export async function listLockouts(ctx: AuthContext, actingUserId: string | undefined) {
  await requireOperatorIfActing(ctx, actingUserId);
  const identities = await ctx.repos.users.identities();
  const byKey = new Map(identities.map((u) => [accountKey(u.email), u]));
  const states = await ctx.throttle.states(ctx.now());
  const lockouts = states.map((s) => {
    const user = s.account === null ? undefined : byKey.get(s.account);
    return {
      scope: s.scope,
      userId: user?.id ?? null,
      email: user?.email ?? null,
      address: s.address,
      failures: s.failures,
      delayedUntil: s.delayedUntil === null ? null : iso(s.delayedUntil),
    };
  });
  return { lockouts };
}

/** Lifts an account's delays and forgets its failures (an operator's decision). */
export async function unlockAccount(ctx: AuthContext, actingUserId: string | undefined, userId: string) {
  await requireOperatorIfActing(ctx, actingUserId);
  const user = await getUserRow(ctx, userId);
  await ctx.throttle.liftAccount(accountKey(user.email));
}

/** Lifts an address's delays and forgets its failures. */
export async function unlockAddress(ctx: AuthContext, actingUserId: string | undefined, address: string) {
  await requireOperatorIfActing(ctx, actingUserId);
  await ctx.throttle.liftAddress(address);
}
