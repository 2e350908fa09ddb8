import {
  ChangePasswordBody,
  ListUsersQuery,
  LockoutSchema,
  RegisterBody,
  SessionSchema,
  UserIdParams,
  UserListSchema,
  UserResponse,
} from '@george/contracts';
import { changePassword, getUser, listUsers, me, register, setDisabled } from '../services/accounts.js';
import { lockoutState, unlockAccount } from '../services/lockouts.js';
import type { AuthRoutes } from './plugin.js';

/** Accounts: sign-up, me, password, the operators' list, disabling, an account's lock-out. */
export const userRoutes: AuthRoutes = async (app, { ctx }) => {
  app.post(
    '/register',
    { schema: { body: RegisterBody, response: { 201: SessionSchema } } },
    async (request, reply) =>
      reply.code(201).send(await register(ctx, request.body, request.body.clientAddress ?? request.ip)),
  );

  app.get('/me', { schema: { response: { 200: UserResponse } } }, async (request) => ({
    user: await me(ctx, request.actingUserId),
  }));

  app.get('/', { schema: { querystring: ListUsersQuery, response: { 200: UserListSchema } } }, (request) =>
    listUsers(ctx, request.actingUserId, request.query),
  );

  app.get(
    '/:userId',
    { schema: { params: UserIdParams, response: { 200: UserResponse } } },
    async (request) => ({ user: await getUser(ctx, request.params.userId) }),
  );

  app.post(
    '/:userId/password',
    { schema: { params: UserIdParams, body: ChangePasswordBody, response: { 200: SessionSchema } } },
    (request) => changePassword(ctx, request.actingUserId, request.params.userId, request.body),
  );

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(
      `/:userId/${action}`,
      { schema: { params: UserIdParams, response: { 200: UserResponse } } },
      async (request) => ({
        user: await setDisabled(ctx, request.actingUserId, request.params.userId, disabled),
      }),
    );
  }

  app.get(
    '/:userId/lockout',
    { schema: { params: UserIdParams, response: { 200: LockoutSchema } } },
    (request) => lockoutState(ctx, request.actingUserId, request.params.userId),
  );

  app.delete('/:userId/lockout', { schema: { params: UserIdParams } }, async (request, reply) => {
    await unlockAccount(ctx, request.actingUserId, request.params.userId);
    return reply.code(204).send();
  });
};
