import {
  ChangePasswordBody,
  ListUsersQuery,
  LockoutSchema,
  LoginBody,
  LogoutBody,
  RefreshBody,
  RegisterBody,
  SessionSchema,
  UserIdParams,
  UserListSchema,
  UserResponse,
  VerifyTokenBody,
  VerifyTokenResponse,
} from '@george/contracts';
import { forbidden, type GeorgeInstance, HttpError } from '@george/runtime';
import {
  changePassword,
  getUserRow,
  listUsers,
  lockoutState,
  login,
  logout,
  refresh,
  register,
  requireOperatorIfActing,
  setDisabled,
  toUser,
  unlockAccount,
} from '../accounts.js';
import type { AuthContext } from '../context.js';
import { TokenError } from '../keys.js';

/** Accounts and sessions: sign-up, login, refresh, logout, me, password, operators' user list. */
export function sessionRoutes(app: GeorgeInstance, ctx: AuthContext): void {
  app.post(
    '/internal/users/register',
    { schema: { body: RegisterBody, response: { 201: SessionSchema } } },
    async (request, reply) => {
      const session = await register(ctx, request.body, request.body.clientAddress ?? request.ip);
      return reply.code(201).send(session);
    },
  );

  app.post(
    '/internal/sessions/login',
    { schema: { body: LoginBody, response: { 200: SessionSchema } } },
    (request) => login(ctx, request.body, request.body.clientAddress ?? request.ip),
  );

  app.post(
    '/internal/sessions/refresh',
    { schema: { body: RefreshBody, response: { 200: SessionSchema } } },
    (request) => refresh(ctx, request.body.refreshToken),
  );

  app.post('/internal/sessions/logout', { schema: { body: LogoutBody } }, async (request, reply) => {
    await logout(ctx, request.body.refreshToken, request.body.everywhere ?? false);
    return reply.code(204).send();
  });

  app.post(
    '/internal/tokens/verify',
    { schema: { body: VerifyTokenBody, response: { 200: VerifyTokenResponse } } },
    async (request) => {
      try {
        return { valid: true, claims: await ctx.keys.verify(request.body.token) };
      } catch (err) {
        if (err instanceof TokenError) return { valid: false };
        throw err;
      }
    },
  );

  app.get('/internal/users/me', { schema: { response: { 200: UserResponse } } }, async (request) => {
    if (!request.actingUserId) throw new HttpError(400, 'acting_user_required', 'X-User-Id is required');
    return { user: toUser(await getUserRow(ctx, request.actingUserId)) };
  });

  app.get(
    '/internal/users',
    { schema: { querystring: ListUsersQuery, response: { 200: UserListSchema } } },
    async (request) => {
      await requireOperatorIfActing(ctx, request.actingUserId);
      return listUsers(ctx, request.query);
    },
  );

  app.get(
    '/internal/users/:userId',
    { schema: { params: UserIdParams, response: { 200: UserResponse } } },
    async (request) => ({ user: toUser(await getUserRow(ctx, request.params.userId)) }),
  );

  app.post(
    '/internal/users/:userId/password',
    { schema: { params: UserIdParams, body: ChangePasswordBody, response: { 200: SessionSchema } } },
    async (request) => {
      // Only the user themself changes a password (the backend sends the session's user).
      if (request.actingUserId !== request.params.userId) {
        throw forbidden('only the user may change their password', 'not_self');
      }
      return changePassword(
        ctx,
        request.params.userId,
        request.body.currentPassword,
        request.body.newPassword,
      );
    },
  );

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(
      `/internal/users/:userId/${action}`,
      { schema: { params: UserIdParams, response: { 200: UserResponse } } },
      async (request) => {
        await requireOperatorIfActing(ctx, request.actingUserId);
        if (disabled && request.actingUserId === request.params.userId) {
          throw forbidden('operators cannot disable themselves', 'cannot_disable_self');
        }
        return { user: await setDisabled(ctx, request.params.userId, disabled) };
      },
    );
  }

  app.get(
    '/internal/users/:userId/lockout',
    { schema: { params: UserIdParams, response: { 200: LockoutSchema } } },
    async (request) => {
      await requireOperatorIfActing(ctx, request.actingUserId);
      return lockoutState(ctx, request.params.userId);
    },
  );

  app.delete(
    '/internal/users/:userId/lockout',
    { schema: { params: UserIdParams } },
    async (request, reply) => {
      await requireOperatorIfActing(ctx, request.actingUserId);
      await unlockAccount(ctx, request.params.userId);
      return reply.code(204).send();
    },
  );
}
