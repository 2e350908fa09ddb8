/** The account rules on in-memory repositories. */
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/crypto.js';
import { bootstrapOperator, changePassword, register, setDisabled } from '../../src/services/accounts.js';
import { createInvite } from '../../src/services/invites.js';
import { login, refresh } from '../../src/services/sessions.js';
import { memoryContext, PASSWORD } from '../helpers.js';

describe('account rules', () => {
  it('rolls back the invite use when the user cap refuses a sign-up', async () => {
    const { ctx, repos } = memoryContext({ AUTH_USER_CAP: '1' });
    const code = await createInvite(ctx, undefined, { role: 'author', uses: 3 });
    await register(ctx, { email: 'a@example.com', password: PASSWORD, inviteCode: code }, '10.0.0.1');
    await expect(
      register(ctx, { email: 'b@example.com', password: PASSWORD, inviteCode: code }, '10.0.0.1'),
    ).rejects.toMatchObject({ code: 'user_cap_reached', statusCode: 403 });
    expect((await repos.invites.findByHash(sha256(code)))?.uses_left).toBe(2);
    expect(repos.state().users.map((u) => u.email)).toEqual(['a@example.com']);
    expect(repos.state().outbox).toHaveLength(1);
  });

  it('refuses a second account for the same address in any spelling, and keeps the invite', async () => {
    const { ctx, repos } = memoryContext();
    const code = await createInvite(ctx, undefined, { role: 'guest', uses: 2 });
    await register(ctx, { email: 'Writer@Example.org', password: PASSWORD, inviteCode: code }, '10.0.0.1');
    // Full-width letters are the same address after NFKC.
    await expect(
      register(ctx, { email: 'ｗｒｉｔｅｒ@example.org', password: PASSWORD, inviteCode: code }, '10.0.0.2'),
    ).rejects.toMatchObject({ code: 'email_taken' });
    expect((await repos.invites.findByHash(sha256(code)))?.uses_left).toBe(1);
  });

  it('strips bidirectional controls and control characters from names shown to others', async () => {
    const { ctx } = memoryContext();
    const code = await createInvite(ctx, undefined, { role: 'author' });
    const session = await register(
      ctx,
      { email: 'n@example.com', password: PASSWORD, inviteCode: code, name: '\u202EnomiS\u202C \u0007Ann' },
      '10.0.0.1',
    );
    expect(session.user.name).toBe('nomiS Ann');
  });

  it('bootstraps one operator only, and a password change ends every other session', async () => {
    const { ctx } = memoryContext();
    expect(await bootstrapOperator(ctx, 'root@example.com', PASSWORD)).toBe(true);
    expect(await bootstrapOperator(ctx, 'other@example.com', PASSWORD)).toBe(false);
    const first = await login(ctx, { email: 'root@example.com', password: PASSWORD }, '10.0.0.1');
    const changed = await changePassword(ctx, first.user.id, first.user.id, {
      currentPassword: PASSWORD,
      newPassword: 'another good password',
    });
    await expect(refresh(ctx, first.refreshToken)).rejects.toMatchObject({ code: 'invalid_refresh_token' });
    expect((await refresh(ctx, changed.refreshToken)).user.id).toBe(first.user.id);
    await expect(
      changePassword(ctx, 'someone-else', first.user.id, {
        currentPassword: PASSWORD,
        newPassword: 'another good password',
      }),
    ).rejects.toMatchObject({ code: 'not_self' });
  });

  it('operators cannot disable themselves; others cannot disable anyone', async () => {
    const { ctx } = memoryContext();
    await bootstrapOperator(ctx, 'root@example.com', PASSWORD);
    const root = await login(ctx, { email: 'root@example.com', password: PASSWORD }, '10.0.0.1');
    const code = await createInvite(ctx, root.user.id, { role: 'author' });
    const author = await register(
      ctx,
      { email: 'x@example.com', password: PASSWORD, inviteCode: code },
      '10.0.0.2',
    );
    await expect(setDisabled(ctx, root.user.id, root.user.id, true)).rejects.toMatchObject({
      code: 'cannot_disable_self',
    });
    await expect(setDisabled(ctx, author.user.id, root.user.id, true)).rejects.toMatchObject({
      code: 'operator_required',
    });
    expect((await setDisabled(ctx, root.user.id, author.user.id, true)).disabled).toBe(true);
    await expect(refresh(ctx, author.refreshToken)).rejects.toMatchObject({ code: 'invalid_refresh_token' });
  });
});
