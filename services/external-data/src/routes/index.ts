import type { GeorgePlugin } from '@george/runtime';
import type { ExternalDataContext } from '../context.js';
import { RateLimited } from '../errors.js';
import { importRoutes } from './imports.js';
import { lookupRoutes } from './lookups.js';

/**
 * Every route of the service, behind the per-user rate limit (X-User-Id, counted in the database
 * so every worker shares the allowance).
 */
export const externalDataRoutes: GeorgePlugin<ExternalDataContext> = async (app, context) => {
  app.addHook('preHandler', async (request, reply) => {
    const verdict = await context.limits.hit(`user:${request.actingUserId ?? 'anonymous'}`);
    reply.header('x-ratelimit-remaining', String(verdict.remaining));
    if (!verdict.allowed) {
      reply.header('retry-after', String(verdict.retryAfterSeconds));
      throw RateLimited();
    }
  });
  await app.register(lookupRoutes, context);
  await app.register(importRoutes, context);
};
