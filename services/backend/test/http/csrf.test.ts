/** CSRF and proxy rules of the public API, checked in-process (no other service is needed for them). */
import { TEST_TOKEN, tempDir } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { errorCode } from '../support/api.js';

const data = tempDir();
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  const env = {
    INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
    LOG_LEVEL: 'silent',
    DATA_DIR: data.path,
    JOB_RUNNER: 'false',
    TRUSTED_PROXIES: '10.0.0.1',
    // Nothing listens here: a request that passes the CSRF checks fails later with 503.
    AUTH_SERVER_URL: 'http://127.0.0.1:9',
  };
  const { service } = await import('../../src/app.js');
  await service.prestart?.(env);
  app = await buildApp(env);
});
afterAll(async () => {
  await app.close();
  data.remove();
});

describe('CSRF', () => {
  const login = { email: 'a@example.com', password: 'whatever-1' };

  it('refuses unsafe requests from a foreign origin or a cross-site fetch', async () => {
    const foreign = await app.inject({
      method: 'POST',
      url: '/v1/api/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: login,
    });
    expect(foreign.statusCode).toBe(403);
    expect(errorCode(foreign)).toBe('csrf_origin_refused');
    const crossSite = await app.inject({
      method: 'POST',
      url: '/v1/api/auth/login',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: login,
    });
    expect(errorCode(crossSite)).toBe('csrf_origin_refused');
  });

  it('lets the web app, the API itself and scripts through', async () => {
    for (const headers of [
      { origin: 'http://localhost:5173' },
      { origin: 'http://localhost:80', host: 'localhost:80' },
      {},
    ]) {
      const res = await app.inject({ method: 'POST', url: '/v1/api/auth/login', headers, payload: login });
      expect(res.statusCode).toBe(503); // past the checks: the auth server is not running here
    }
  });

  it('a cookie-authenticated unsafe request needs the double-submit token', async () => {
    const cookie = 'george_session=abc; george_csrf=tok123';
    const missing = await app.inject({
      method: 'POST',
      url: '/v1/api/projects',
      headers: { cookie },
      payload: {},
    });
    expect(missing.statusCode).toBe(403);
    expect(errorCode(missing)).toBe('csrf_token_invalid');
    const wrong = await app.inject({
      method: 'POST',
      url: '/v1/api/projects',
      headers: { cookie, 'x-csrf-token': 'tok124' },
      payload: {},
    });
    expect(errorCode(wrong)).toBe('csrf_token_invalid');
    const right = await app.inject({
      method: 'POST',
      url: '/v1/api/projects',
      headers: { cookie, 'x-csrf-token': 'tok123' },
      payload: { name: 'x' },
    });
    expect(right.statusCode).not.toBe(403); // on to authentication
    const bearer = await app.inject({
      method: 'POST',
      url: '/v1/api/projects',
      headers: { cookie, authorization: 'Bearer not-a-jwt' },
      payload: { name: 'x' },
    });
    expect(bearer.statusCode).toBe(401);
    // Safe methods are not checked.
    expect((await app.inject({ url: '/v1/api/projects', headers: { cookie } })).statusCode).not.toBe(403);
  });

  it('believes X-Forwarded-Proto only from a trusted proxy', async () => {
    const headers = { origin: 'https://api.example', host: 'api.example', 'x-forwarded-proto': 'https' };
    const viaProxy = await app.inject({
      method: 'POST',
      url: '/v1/api/auth/login',
      headers,
      remoteAddress: '10.0.0.1',
      payload: login,
    });
    expect(viaProxy.statusCode).toBe(503);
    const direct = await app.inject({
      method: 'POST',
      url: '/v1/api/auth/login',
      headers,
      remoteAddress: '10.0.0.2',
      payload: login,
    });
    expect(direct.statusCode).toBe(403);
  });

  it('every route but sign-in and the OpenAPI document needs a session', async () => {
    expect((await app.inject({ url: '/v1/api/projects' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/v1/api/status/services' })).statusCode).toBe(401);
    const doc = await app.inject({ url: '/v1/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const paths = (doc.json() as { paths: Record<string, Record<string, { requestBody?: unknown }>> }).paths;
    expect(paths['/v1/api/projects/{projectId}/files']?.post?.requestBody).toMatchObject({
      content: { 'multipart/form-data': { schema: { properties: { file: { format: 'binary' } } } } },
    });
    expect(paths['/v1/api/auth/login']?.post?.requestBody).toBeDefined();
  });
});
