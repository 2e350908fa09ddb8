/** Refresh rotation and its grace window, on in-memory repositories with a movable clock. */
import { describe, expect, it } from 'vitest';
import { register } from '../../src/services/accounts.js';
import { createInvite } from '../../src/services/invites.js';
import { refresh } from '../../src/services/sessions.js';
import { memoryContext, PASSWORD } from '../helpers.js';

async function signedIn(extra: Record<string, string> = {}) {
  const env = memoryContext(extra);
  const code = await createInvite(env.ctx, undefined, { role: 'author' });
  const session = await register(
    env.ctx,
    { email: 'r@example.com', password: PASSWORD, inviteCode: code },
    '10.0.0.1',
  );
  return { ...env, session };
}

describe('refresh rotation', () => {
  it('a used token within the grace window gives a sibling session; the family lives on', async () => {
    const { ctx, clock, session } = await signedIn({ REFRESH_REUSE_GRACE_SECONDS: '30' });
    const tabA = await refresh(ctx, session.refreshToken);
    clock.now += 10_000;
    const tabB = await refresh(ctx, session.refreshToken);
    expect(tabB.refreshToken).not.toBe(tabA.refreshToken);
    expect((await refresh(ctx, tabA.refreshToken)).user.id).toBe(session.user.id);
    expect((await refresh(ctx, tabB.refreshToken)).user.id).toBe(session.user.id);
  });

  it('a used token after the grace window is a theft: the whole family ends', async () => {
    const { ctx, clock, session } = await signedIn({ REFRESH_REUSE_GRACE_SECONDS: '30' });
    const next = await refresh(ctx, session.refreshToken);
    clock.now += 31_000;
    await expect(refresh(ctx, session.refreshToken)).rejects.toMatchObject({ code: 'refresh_token_reused' });
    await expect(refresh(ctx, next.refreshToken)).rejects.toMatchObject({ code: 'invalid_refresh_token' });
  });

  it('with no grace window any reuse ends the family', async () => {
    const { ctx, clock, session } = await signedIn({ REFRESH_REUSE_GRACE_SECONDS: '0' });
    await refresh(ctx, session.refreshToken);
    clock.now += 1;
    await expect(refresh(ctx, session.refreshToken)).rejects.toMatchObject({ code: 'refresh_token_reused' });
  });

  it('an expired token is refused without ending the family', async () => {
    const { ctx, clock, session, config } = await signedIn();
    const next = await refresh(ctx, session.refreshToken);
    clock.now += config.refreshTtlSeconds * 1000 + 1;
    await expect(refresh(ctx, next.refreshToken)).rejects.toMatchObject({ code: 'refresh_token_expired' });
  });
});
