import {
  AddressParams,
  CostsResponse,
  CreateInviteBody,
  CreateInviteResponse,
  JobParams,
  JobRetryResponse,
  ListUsersQuery,
  LockoutListSchema,
  SagaListQuery,
  SagaListResponse,
  ServicesStatusResponse,
  UserIdParams,
  UserListSchema,
} from '@george/contracts/api';
import type { AreaRoutes } from '../http/contexts.js';

const tags = ['admin'];

/** Operators (`/admin`): invites, users, lock-outs, the saga log, dead jobs, costs. */
export const adminRoutes: AreaRoutes = async (app, { services: { admin, jobs, billing } }) => {
  app.post(
    '/invites',
    { schema: { tags, body: CreateInviteBody, response: { 201: CreateInviteResponse } } },
    async (request, reply) => reply.code(201).send(await admin.createInvite(request.principal, request.body)),
  );

  app.get(
    '/users',
    { schema: { tags, querystring: ListUsersQuery, response: { 200: UserListSchema } } },
    async (request) => admin.listUsers(request.principal, request.query),
  );

  app.get(
    '/lockouts',
    {
      schema: {
        tags,
        description: 'Accounts and addresses whose failed logins are counted or delayed (login throttling).',
        response: { 200: LockoutListSchema },
      },
    },
    async (request) => admin.listLockouts(request.principal),
  );

  app.delete(
    '/users/:userId/lockout',
    { schema: { tags, description: "Forgets an account's failed logins.", params: UserIdParams } },
    async (request, reply) => {
      await admin.unlockUser(request.principal, request.params.userId);
      return reply.code(204).send();
    },
  );

  app.delete(
    '/addresses/:address/lockout',
    { schema: { tags, description: "Forgets an address's failed logins.", params: AddressParams } },
    async (request, reply) => {
      await admin.unlockAddress(request.principal, request.params.address);
      return reply.code(204).send();
    },
  );

  app.get(
    '/sagas',
    {
      schema: {
        tags,
        description: 'The saga log of multi-service writes (open ones are being completed or undone).',
        querystring: SagaListQuery,
        response: { 200: SagaListResponse },
      },
    },
    async (request) => admin.listSagas(request.principal, request.query),
  );

  app.post(
    '/jobs/:jobId/retry',
    { schema: { tags, params: JobParams, response: { 202: JobRetryResponse } } },
    async (request, reply) => reply.code(202).send(await jobs.retry(request.principal, request.params.jobId)),
  );

  app.get('/costs', { schema: { tags, response: { 200: CostsResponse } } }, async (request) =>
    billing.costs(request.principal),
  );
};

/** Operators (`/status`): every service's health and readiness. */
export const statusRoutes: AreaRoutes = async (app, { services: { admin } }) => {
  app.get('/services', { schema: { tags, response: { 200: ServicesStatusResponse } } }, async (request) =>
    admin.servicesStatus(request.principal),
  );
};
