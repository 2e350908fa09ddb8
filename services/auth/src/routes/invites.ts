import {
  CheckInviteBody,
  CheckInviteResponse,
  CreateInviteBody,
  CreateInviteResponse,
  IdParams,
  InviteListSchema,
} from '@george/contracts';
import { checkInvite, createInvite, listInvites, revokeInvite } from '../services/invites.js';
import type { AuthRoutes } from './plugin.js';

/** Sign-up invites: operators create, list and revoke them; anyone may check a code (limited). */
export const inviteRoutes: AuthRoutes = async (app, { ctx }) => {
  app.post(
    '/',
    { schema: { body: CreateInviteBody, response: { 201: CreateInviteResponse } } },
    async (request, reply) =>
      reply.code(201).send({ code: await createInvite(ctx, request.actingUserId, request.body) }),
  );

  app.get('/', { schema: { response: { 200: InviteListSchema } } }, async (request) => ({
    invites: await listInvites(ctx, request.actingUserId),
  }));

  app.post(
    '/check',
    { schema: { body: CheckInviteBody, response: { 200: CheckInviteResponse } } },
    (request) => checkInvite(ctx, request.body.code, request.body.clientAddress ?? request.ip),
  );

  app.delete('/:id', { schema: { params: IdParams } }, async (request, reply) => {
    await revokeInvite(ctx, request.actingUserId, request.params.id);
    return reply.code(204).send();
  });
};
