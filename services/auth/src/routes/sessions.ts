import {
  LoginBody,
  LogoutBody,
  RefreshBody,
  SessionSchema,
  VerifyTokenBody,
  VerifyTokenResponse,
} from '@george/contracts';
import { login, logout, refresh, verifyToken } from '../services/sessions.js';
import type { AuthRoutes } from './plugin.js';

/** Sessions: login, refresh, logout, token verification. */
export const sessionRoutes: AuthRoutes = async (app, { ctx }) => {
  app.post('/login', { schema: { body: LoginBody, response: { 200: SessionSchema } } }, (request) =>
    login(ctx, request.body, request.body.clientAddress ?? request.ip),
  );

  app.post('/refresh', { schema: { body: RefreshBody, response: { 200: SessionSchema } } }, (request) =>
    refresh(ctx, request.body.refreshToken),
  );

  app.post('/logout', { schema: { body: LogoutBody } }, async (request, reply) => {
    await logout(ctx, request.body.refreshToken, request.body.everywhere ?? false);
    return reply.code(204).send();
  });
};

/** `POST /internal/tokens/verify`, for callers that do not verify locally. */
export const tokenRoutes: AuthRoutes = async (app, { ctx }) => {
  app.post(
    '/verify',
    { schema: { body: VerifyTokenBody, response: { 200: VerifyTokenResponse } } },
    (request) => verifyToken(ctx, request.body.token),
  );
};
