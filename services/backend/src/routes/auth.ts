import { UserResponse } from '@george/contracts';
import { type GeorgeInstance, UpstreamError, unauthorized } from '@george/runtime';
import type { BackendContext } from '../context.js';
import {
  authenticate,
  clearSessionCookies,
  clientAddress,
  API_PREFIX as P,
  REFRESH_COOKIE,
  setSessionCookies,
} from '../session.js';
import { PublicLoginBody, PublicRegisterBody, PublicSession } from './schemas.js';

/** Sessions: cookies for browsers, `accessToken` in the body for scripts. */
export function authRoutes(app: GeorgeInstance, ctx: BackendContext): void {
  const { auth, config } = ctx;
  const tags = ['auth'];

  app.post(
    `${P}/auth/register`,
    {
      schema: { tags, body: PublicRegisterBody, response: { 201: PublicSession } },
      config: { public: true },
    },
    async (request, reply) => {
      const session = await auth.register(
        { ...request.body, clientAddress: clientAddress(request, config) },
        { requestId: request.id },
      );
      const csrfToken = setSessionCookies(request, reply, session, config);
      return reply.code(201).send({
        user: session.user,
        accessToken: session.accessToken,
        expiresIn: session.expiresIn,
        csrfToken,
      });
    },
  );

  app.post(
    `${P}/auth/login`,
    { schema: { tags, body: PublicLoginBody, response: { 200: PublicSession } }, config: { public: true } },
    async (request, reply) => {
      const session = await auth.login(
        { ...request.body, clientAddress: clientAddress(request, config) },
        { requestId: request.id },
      );
      const csrfToken = setSessionCookies(request, reply, session, config);
      return {
        user: session.user,
        accessToken: session.accessToken,
        expiresIn: session.expiresIn,
        csrfToken,
      };
    },
  );

  app.post(
    `${P}/auth/refresh`,
    { schema: { tags, response: { 200: PublicSession } }, config: { public: true } },
    async (request, reply) => {
      const refreshToken = request.cookies[REFRESH_COOKIE];
      if (!refreshToken) throw unauthorized('no session to refresh', 'no_session');
      try {
        const session = await auth.refresh(refreshToken, { requestId: request.id });
        const csrfToken = setSessionCookies(request, reply, session, config);
        return {
          user: session.user,
          accessToken: session.accessToken,
          expiresIn: session.expiresIn,
          csrfToken,
        };
      } catch (err) {
        if (err instanceof UpstreamError && err.statusCode < 500) clearSessionCookies(request, reply, config);
        throw err;
      }
    },
  );

  app.post(`${P}/auth/logout`, { schema: { tags }, config: { public: true } }, async (request, reply) => {
    const refreshToken = request.cookies[REFRESH_COOKIE];
    if (refreshToken) {
      await auth.logout(refreshToken, false, { requestId: request.id }).catch((err) => {
        // An unknown or expired refresh token is already logged out.
        if (!(err instanceof UpstreamError && err.statusCode < 500)) throw err;
      });
    }
    clearSessionCookies(request, reply, config);
    return reply.code(204).send();
  });

  app.get(`${P}/auth/me`, { schema: { tags, response: { 200: UserResponse } } }, async (request) => {
    const principal = await authenticate(request, ctx.verifier);
    return { user: await auth.me({ userId: principal.userId, requestId: request.id }) };
  });
}
