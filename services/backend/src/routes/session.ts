import type { Session } from '@george/contracts';
import { PublicLoginBody, PublicRegisterBody, PublicSession, UserResponse } from '@george/contracts/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BackendConfig } from '../config.js';
import type { AreaRoutes } from '../http/contexts.js';
import { clearSessionCookies, clientAddress, REFRESH_COOKIE, setSessionCookies } from '../http/session.js';
import { isRefusal } from '../services/session.js';

const tags = ['auth'];

/** Sets the session cookies and answers what a script needs (the tokens are in the cookies too). */
function started(request: FastifyRequest, reply: FastifyReply, session: Session, config: BackendConfig) {
  const csrfToken = setSessionCookies(request, reply, session, config);
  return { user: session.user, accessToken: session.accessToken, expiresIn: session.expiresIn, csrfToken };
}

/** Sessions (public): cookies for browsers, `accessToken` in the body for scripts. */
export const sessionRoutes: AreaRoutes = async (app, { services, config: cookies }) => {
  app.post(
    '/register',
    {
      schema: { tags, body: PublicRegisterBody, response: { 201: PublicSession } },
      config: { csrf: 'origin-only' },
    },
    async (request, reply) => {
      const session = await services.session.register(
        request.body,
        clientAddress(request, cookies),
        request.id,
      );
      return reply.code(201).send(started(request, reply, session, cookies));
    },
  );

  app.post(
    '/login',
    {
      schema: { tags, body: PublicLoginBody, response: { 200: PublicSession } },
      config: { csrf: 'origin-only' },
    },
    async (request, reply) => {
      const session = await services.session.login(request.body, clientAddress(request, cookies), request.id);
      return started(request, reply, session, cookies);
    },
  );

  app.post('/refresh', { schema: { tags, response: { 200: PublicSession } } }, async (request, reply) => {
    try {
      const session = await services.session.refresh(request.cookies[REFRESH_COOKIE], request.id);
      return started(request, reply, session, cookies);
    } catch (err) {
      // The auth server refused the refresh token: the browser's session is over.
      if (isRefusal(err)) clearSessionCookies(request, reply, cookies);
      throw err;
    }
  });

  app.post('/logout', { schema: { tags } }, async (request, reply) => {
    await services.session.logout(request.cookies[REFRESH_COOKIE], request.id);
    clearSessionCookies(request, reply, cookies);
    return reply.code(204).send();
  });
};

/** The signed-in user. */
export const accountRoutes: AreaRoutes = async (app, { services }) => {
  app.get('/me', { schema: { tags, response: { 200: UserResponse } } }, async (request) =>
    services.session.me(request.principal),
  );
};
