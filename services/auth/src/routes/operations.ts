import {
  IdParams,
  JWKS_PATH,
  OutboxListSchema,
  OutboxQuery,
  RotateKeyResponse,
  SigningKeyListSchema,
} from '@george/contracts';
import { type GeorgeInstance, notFound } from '@george/runtime';
import { requireOperatorIfActing } from '../accounts.js';
import type { AuthContext } from '../context.js';
import { rotateSigningKey } from '../keys.js';
import { listOutbox, retryNow } from '../outbox.js';

/** The public keys (open), key rotation and the outbox (operators). */
export function operationRoutes(app: GeorgeInstance, ctx: AuthContext): void {
  app.get(JWKS_PATH, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=60');
    return ctx.keys.jwks();
  });

  app.get('/internal/keys', { schema: { response: { 200: SigningKeyListSchema } } }, async (request) => {
    await requireOperatorIfActing(ctx, request.actingUserId);
    return { keys: await ctx.keys.listKeys() };
  });

  app.post(
    '/internal/keys/rotate',
    { schema: { response: { 201: RotateKeyResponse } } },
    async (request, reply) => {
      await requireOperatorIfActing(ctx, request.actingUserId);
      const kid = await rotateSigningKey(ctx.db, ctx.now());
      ctx.keys.reset();
      return reply.code(201).send({ kid });
    },
  );

  app.get(
    '/internal/outbox',
    { schema: { querystring: OutboxQuery, response: { 200: OutboxListSchema } } },
    async (request) => {
      await requireOperatorIfActing(ctx, request.actingUserId);
      return listOutbox(ctx.db, request.query);
    },
  );

  app.post('/internal/outbox/:id/retry', { schema: { params: IdParams } }, async (request, reply) => {
    await requireOperatorIfActing(ctx, request.actingUserId);
    if (!(await retryNow(ctx.db, request.params.id, ctx.now()))) {
      throw notFound('no pending outbox item with this id', 'outbox_item_not_found');
    }
    return reply.code(204).send();
  });
}
