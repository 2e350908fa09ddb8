import {
  CheckInviteBody,
  CheckInviteResponse,
  CreateInviteBody,
  CreateInviteResponse,
  IdParams,
  InviteListSchema,
} from '@george/contracts';
import type { GeorgeInstance } from '@george/runtime';
import { guardInviteAttempt, requireOperatorIfActing } from '../accounts.js';
import type { AuthContext } from '../context.js';
import { checkInvite, createInvite, listInvites, revokeInvite } from '../invites.js';

export function inviteRoutes(app: GeorgeInstance, ctx: AuthContext): void {
  app.post(
    '/internal/invites',
    { schema: { body: CreateInviteBody, response: { 201: CreateInviteResponse } } },
    async (request, reply) => {
      await requireOperatorIfActing(ctx, request.actingUserId);
      const code = await createInvite(ctx, request.body, request.actingUserId);
      return reply.code(201).send({ code });
    },
  );

  app.get('/internal/invites', { schema: { response: { 200: InviteListSchema } } }, async (request) => {
    await requireOperatorIfActing(ctx, request.actingUserId);
    return { invites: await listInvites(ctx) };
  });

  app.post(
    '/internal/invites/check',
    { schema: { body: CheckInviteBody, response: { 200: CheckInviteResponse } } },
    async (request) => {
      await guardInviteAttempt(ctx, request.body.clientAddress ?? request.ip);
      return checkInvite(ctx, request.body.code);
    },
  );

  app.delete('/internal/invites/:id', { schema: { params: IdParams } }, async (request, reply) => {
    await requireOperatorIfActing(ctx, request.actingUserId);
    await revokeInvite(ctx, request.params.id);
    return reply.code(204).send();
  });
}
