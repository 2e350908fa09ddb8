import { JWKS_PATH } from '@george/contracts';
import { type GeorgeInstance, secretsEqual } from '@george/runtime';

/** Paths open without the internal token: liveness, readiness and the public keys. */
export const OPEN_PATHS: ReadonlySet<string> = new Set(['/health', '/ready', JWKS_PATH]);
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The internal-token guard of ARCHITECTURE §3 with one exemption, the JWKS, which verifiers fetch.
 * The runtime's guard has no exemptions, so the app is built with `internal: false` and this
 * hook does the same checks: missing token 401, wrong token 403 (constant-time comparison), and
 * X-User-Id believed only after the token.
 */
export function installTokenGuard(app: GeorgeInstance, token: string): void {
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?', 1)[0] as string;
    if (OPEN_PATHS.has(path)) return;
    const fail = (status: number, code: string, message: string) =>
      reply.code(status).send({ error: { code, message }, requestId: request.id });
    const given = request.headers['x-internal-token'];
    if (given === undefined || given === '')
      return fail(401, 'missing_internal_token', 'X-Internal-Token is required');
    if (typeof given !== 'string' || !secretsEqual(given, token)) {
      return fail(403, 'invalid_internal_token', 'X-Internal-Token is not valid');
    }
    const user = request.headers['x-user-id'];
    if (user !== undefined) {
      if (typeof user !== 'string' || !USER_ID.test(user)) {
        return fail(400, 'invalid_user_id', 'X-User-Id is not a valid id');
      }
      request.actingUserId = user;
    }
  });
}
