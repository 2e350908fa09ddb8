/**
 * The public API's two contexts (encapsulated Fastify plugins under `/v1/api`). Access is decided by
 * the route a request matched, never by its raw URL:
 * - the public context (sign-up, sign-in, refresh, sign-out, the OpenAPI document): CSRF checks only;
 * - the authenticated context (every other route): CSRF checks, then the session or bearer token,
 *   before the body is read. Its hook sets `request.principal`.
 */
import type { GeorgePlugin } from '@george/runtime';
import type { FastifyRequest } from 'fastify';
import type { BackendConfig } from '../config.js';
import { UNAUTHORIZED } from '../errors.js';
import type { BackendServices } from '../services/index.js';
import type { Principal } from '../services/principal.js';
import { authenticate, checkCsrf, type TokenVerifier } from './session.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller, set by the authenticated context (reading it elsewhere is a 401). */
    principal: Principal;
  }
  interface FastifyContextConfig {
    /** Sign-in and sign-up: the browser has no session yet, so only its Origin is checked. */
    csrf?: 'origin-only';
  }
}

/** The routes of one area, registered under a prefix; they get the services (and the settings). */
export type AreaRoutes = GeorgePlugin<{ services: BackendServices; config: BackendConfig }>;
/** An area's routes and the prefix they share (under `/v1/api`). */
export type RouteArea = readonly [prefix: string, routes: AreaRoutes];

export interface ApiOptions extends Record<string, unknown> {
  config: BackendConfig;
  verifier: TokenVerifier;
  services: BackendServices;
  publicAreas: readonly RouteArea[];
  authenticatedAreas: readonly RouteArea[];
}

const principals = new WeakMap<FastifyRequest, Principal>();

export const apiContexts: GeorgePlugin<ApiOptions> = async (api, options) => {
  const { config, verifier, services } = options;
  api.decorateRequest('principal', {
    getter(this: FastifyRequest): Principal {
      const principal = principals.get(this);
      // Fail closed: a route outside the authenticated context has no principal.
      if (!principal) throw UNAUTHORIZED();
      return principal;
    },
  });

  await api.register(async (open) => {
    open.addHook('onRequest', async (request) => {
      checkCsrf(request, config, request.routeOptions.config.csrf === 'origin-only');
    });
    for (const [prefix, routes] of options.publicAreas)
      await open.register(routes, { prefix, services, config });
  });

  await api.register(async (authenticated) => {
    authenticated.addHook('onRequest', async (request) => {
      checkCsrf(request, config);
      principals.set(request, await authenticate(request, verifier));
    });
    for (const [prefix, routes] of options.authenticatedAreas) {
      await authenticated.register(routes, { prefix, services, config });
    }
  });
};
