import {
  ExternalImportBody,
  ExternalImportReply,
  ExternalLookupQuery,
  ExternalLookupReply,
  ExternalThesaurusQuery,
  ExternalThesaurusReply,
} from '@george/contracts/external-data';
import { type GeorgeInstance, HttpError } from '@george/runtime';
import { type FetchLimits, fetchGuarded } from '../net/fetcher.js';
import type { GuardOptions } from '../net/guard.js';
import { readablePage } from '../readable.js';
import type { Reference } from '../reference.js';
import type { RateLimiter } from '../store/state.js';

export interface ExternalRoutesDeps {
  reference: Reference;
  limiter: RateLimiter;
  guard: GuardOptions;
  limits: FetchLimits;
}

export function externalRoutes(deps: ExternalRoutesDeps) {
  return async (app: GeorgeInstance) => {
    // Per acting user (X-User-Id), counted in the database so every worker shares the allowance.
    app.addHook('preHandler', async (request, reply) => {
      const verdict = await deps.limiter.hit(`user:${request.actingUserId ?? 'anonymous'}`);
      reply.header('x-ratelimit-remaining', String(verdict.remaining));
      if (!verdict.allowed) {
        reply.header('retry-after', String(verdict.retryAfterSeconds));
        throw new HttpError(429, 'rate_limited', 'too many requests; try again shortly');
      }
    });

    app.get(
      '/lookup',
      { schema: { querystring: ExternalLookupQuery, response: { 200: ExternalLookupReply } } },
      async (request) => deps.reference.lookup(request.query.q),
    );

    app.get(
      '/thesaurus',
      { schema: { querystring: ExternalThesaurusQuery, response: { 200: ExternalThesaurusReply } } },
      async (request) =>
        deps.reference.thesaurus(request.query.q, request.query.rel ?? 'means-like', request.query.max ?? 20),
    );

    app.post(
      '/import',
      { schema: { body: ExternalImportBody, response: { 200: ExternalImportReply } } },
      async (request) => {
        const page = await fetchGuarded(request.body.url, deps.guard, deps.limits);
        const readable = readablePage(page);
        return {
          url: page.url,
          finalUrl: page.finalUrl,
          title: readable.title,
          text: readable.text,
          byline: readable.byline,
          contentType: page.mediaType,
          length: readable.text.length,
        };
      },
    );
  };
}
