/**
 * The backend's routes in process (`inject`), against a real auth server (george-serve, its own
 * SQLite database): sessions, projects and access are the auth server's, everything else stays in
 * the backend. No other service runs; routes that need one answer 503.
 */
import type { GrantLevel } from '@george/contracts';
import { startServe, TEST_TOKEN, tempDir } from '@george/runtime/testing';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, service } from '../../src/app.js';
import { type BackendDatabase, openBackendDatabase } from '../../src/store/db.js';

/** The catalogue code of an error answer (`{"error": {"code"}}`). */
export const errorCode = (res: { json(): unknown }) => (res.json() as { error: { code: string } }).error.code;

export const OPERATOR = { email: 'operator@example.com', password: 'operator-password-1' };

/** A signed-up user: their token, user id and e-mail (to share a project with them). */
export interface User {
  token: string;
  userId: string;
  email: string;
}

export interface ApiHarness {
  app: Awaited<ReturnType<typeof buildApp>>;
  /** The backend's environment (to build another app on the same data with other settings). */
  env: NodeJS.ProcessEnv;
  /** The backend's own database, to look at what a request wrote. */
  database: BackendDatabase;
  /** POST/GET... with a bearer token and JSON; the answer as inject gives it. */
  call(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    token?: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
  /** Signs up a new author or guest through the API and signs in: their token and user id. */
  signUp(email: string, role?: 'author' | 'guest'): Promise<User>;
  /** Shares a project as users do: the owner invites by e-mail, the member accepts. */
  share(
    ownerToken: string,
    projectId: string,
    member: Pick<User, 'token' | 'email'>,
    level: GrantLevel,
  ): Promise<void>;
  operatorToken: string;
  close(): Promise<void>;
}

/** `env` is the backend's (over the defaults), `authEnv` the auth server's (e.g. a real billing server). */
export async function startApi(
  env: NodeJS.ProcessEnv = {},
  authEnv: NodeJS.ProcessEnv = {},
): Promise<ApiHarness> {
  const data = tempDir('george-api-');
  const auth = await startServe({
    app: 'services/auth/dist/app.js',
    env: {
      DATA_DIR: `${data.path}/auth`,
      BOOTSTRAP_OPERATOR_EMAIL: OPERATOR.email,
      BOOTSTRAP_OPERATOR_PASSWORD: OPERATOR.password,
      ARGON2_MEMORY_KIB: '7168',
      ARGON2_TIME_COST: '2',
      // Nothing listens there: the auth server's outbox keeps the billing accounts for later.
      BILLING_SERVER_URL: 'http://127.0.0.1:9',
      ...authEnv,
    },
  });
  const backendEnv: NodeJS.ProcessEnv = {
    INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
    LOG_LEVEL: 'silent',
    DATA_DIR: `${data.path}/backend`,
    JOB_RUNNER: 'false',
    ACCESS_CACHE_MS: '0',
    AUTH_SERVER_URL: auth.url,
    ...env,
  };
  await service.prestart?.(backendEnv);
  const app = await buildApp(backendEnv);
  await app.ready();
  const database = openBackendDatabase({ databaseUrl: undefined, dataDir: `${data.path}/backend` });
  const call: ApiHarness['call'] = (method, url, token, payload) => {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    if (payload === undefined) return app.inject({ method, url, headers });
    headers['content-type'] = 'application/json';
    return app.inject({ method, url, headers, payload: JSON.stringify(payload) });
  };
  const login = async (email: string, password: string) => {
    const res = await call('POST', '/v1/api/auth/login', undefined, { email, password });
    if (res.statusCode !== 200) throw new Error(`login: ${res.statusCode} ${res.body}`);
    const body = res.json() as { accessToken: string; user: { id: string } };
    return { token: body.accessToken, userId: body.user.id };
  };
  const operator = await login(OPERATOR.email, OPERATOR.password);
  return {
    app,
    env: backendEnv,
    database,
    call,
    operatorToken: operator.token,
    async signUp(email, role = 'author') {
      const invite = await call('POST', '/v1/api/admin/invites', operator.token, { role });
      const { code } = invite.json() as { code: string };
      const password = 'a-long-password-1';
      const res = await call('POST', '/v1/api/auth/register', undefined, {
        email,
        password,
        inviteCode: code,
      });
      if (res.statusCode !== 201) throw new Error(`register: ${res.statusCode} ${res.body}`);
      return { ...(await login(email, password)), email };
    },
    async share(ownerToken, projectId, member, level) {
      const invited = await call('POST', `/v1/api/projects/${projectId}/invitations`, ownerToken, {
        email: member.email,
        level,
      });
      if (invited.statusCode !== 201) throw new Error(`invite: ${invited.statusCode} ${invited.body}`);
      const { invitation } = invited.json() as { invitation: { id: string } };
      const accepted = await call('POST', `/v1/api/invitations/${invitation.id}/accept`, member.token);
      if (accepted.statusCode !== 200) throw new Error(`accept: ${accepted.statusCode} ${accepted.body}`);
    },
    async close() {
      await app.close();
      await database.close();
      await auth.stop();
      data.remove();
    },
  };
}
