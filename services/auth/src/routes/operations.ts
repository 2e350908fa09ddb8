import {
  IdParams,
  JWKS_PATH,
  OutboxListSchema,
  OutboxQuery,
  RotateKeyResponse,
  SigningKeyListSchema,
} from '@george/contracts';
import { listOutbox, retryNow } from '../services/outbox.js';
import { requireOperatorIfActing } from '../services/users.js';
import type { AuthRoutes } from './plugin.js';

/** The public keys (open). */
export const jwksRoutes: AuthRoutes = async (app, { ctx }) => {
  app.get(JWKS_PATH, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=60');
    return ctx.keys.jwks();
  });
};

/** Operators: signing keys and the sign-up outbox. */
export const operationRoutes: AuthRoutes = async (app, { ctx }) => {
  app.addHook('preHandler', (request) => requireOperatorIfActing(ctx, request.actingUserId));

  app.get('/keys', { schema: { response: { 200: SigningKeyListSchema } } }, async () => ({
    keys: await ctx.keys.listKeys(),
  }));

  app.post('/keys/rotate', { schema: { response: { 201: RotateKeyResponse } } }, async (_request, reply) =>
    reply.code(201).send({ kid: await ctx.keys.rotate() }),
  );

  app.get(
    '/outbox',
    { schema: { querystring: OutboxQuery, response: { 200: OutboxListSchema } } },
    (request) => listOutbox(ctx.repos.outbox, request.query),
  );

  app.post('/outbox/:id/retry', { schema: { params: IdParams } }, async (request, reply) => {
    await retryNow(ctx.repos.outbox, request.params.id, ctx.now());
    return reply.code(204).send();
  });
};
