import { Type } from '@sinclair/typebox';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBaseConfig } from '../src/config.js';
import { HttpError } from '../src/errors.js';
import { createService, documentSecurityHeaders, type GeorgeInstance } from '../src/server.js';
import { TEST_TOKEN } from '../src/testing.js';

const ISSUE_STATUSES = ['open', 'dismissed', 'fixed', 'all'];

async function build(mode: 'production' | 'development', internal = true, ready?: () => unknown) {
  const config = loadBaseConfig(0, {
    ...(mode === 'development' ? { NODE_ENV: 'development' } : {}),
    INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
    LOG_LEVEL: 'silent',
  });
  const app = await createService({
    name: 'test',
    config,
    internal,
    bodyLimit: 1024,
    ...(ready ? { readyChecks: { database: ready } } : {}),
  });
  app.get('/boom', async () => {
    throw new Error('secret SELECT * FROM users at /srv/george/db.sqlite');
  });
  app.get('/teapot', async () => {
    throw new HttpError(418, 'short_and_stout', 'I am a teapot');
  });
  app.post(
    '/amount',
    {
      schema: {
        body: Type.Object({ amount: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
      },
    },
    async (request) => ({ got: request.body.amount }),
  );
  app.get(
    '/issues',
    // An enum as the contracts' StringEnum writes it: a union of constants.
    {
      schema: {
        querystring: Type.Object({ status: Type.Union(ISSUE_STATUSES.map((s) => Type.Literal(s))) }),
      },
    },
    async () => ({}),
  );
  app.get(
    '/either',
    { schema: { querystring: Type.Object({ size: Type.Union([Type.Literal('any'), Type.Integer()]) }) } },
    async () => ({}),
  );
  app.get('/who', async (request) => ({ user: request.actingUserId ?? null }));
  await app.ready();
  return app;
}

const token = { 'x-internal-token': TEST_TOKEN };
let app: GeorgeInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('error responses', () => {
  it('production 500: no stack, no exception text, no path', async () => {
    app = await build('production');
    const res = await app.inject({ url: '/boom', headers: token });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body).toEqual({
      error: { code: 'internal_error', message: 'internal error' },
      requestId: expect.any(String),
    });
    expect(res.body).not.toMatch(/secret|SELECT|\/srv|stack|at /);
  });

  it('development 500 includes the message and the stack', async () => {
    app = await build('development');
    const res = await app.inject({ url: '/boom', headers: token });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.message).toMatch(/secret/);
    expect(res.json().error.stack).toMatch(/server\.test\.ts/);
  });

  it('an HttpError keeps its status, code and message', async () => {
    app = await build('production');
    const res = await app.inject({ url: '/teapot', headers: token });
    expect(res.statusCode).toBe(418);
    expect(res.json().error).toEqual({ code: 'short_and_stout', message: 'I am a teapot' });
  });

  it.each([
    ['a string', { amount: '100' }],
    ['a float', { amount: 1.5 }],
    ['a negative', { amount: -3 }],
    ['an extra field', { amount: 3, admin: true }],
  ])('validation: %s is a 400 naming the field', async (_name, payload) => {
    app = await build('production');
    const res = await app.inject({ method: 'POST', url: '/amount', headers: token, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_error');
    expect(res.json().error.message).toMatch(/body/);
  });

  it('a bad enum value is a 400 naming the allowed values once', async () => {
    app = await build('production');
    const res = await app.inject({ url: '/issues?status=closed', headers: token });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('querystring/status must be one of: open, dismissed, fixed, all');
  });

  it('a union that is not all constants keeps each reason: only an enum reads "must be one of"', async () => {
    app = await build('production');
    const res = await app.inject({ url: '/either?size=big', headers: token });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'querystring/size must be equal to constant, querystring/size must be integer, querystring/size must match a schema in anyOf',
    );
  });

  it('JSON 404, JSON 413 over the body limit, request id echoed', async () => {
    app = await build('production');
    const missing = await app.inject({ url: '/nowhere', headers: { ...token, 'x-request-id': 'abc-123' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({
      error: { code: 'not_found', message: 'no such route' },
      requestId: 'abc-123',
    });
    expect(missing.headers['x-request-id']).toBe('abc-123');
    const big = await app.inject({
      method: 'POST',
      url: '/amount',
      headers: token,
      payload: { amount: 1, pad: 'x'.repeat(5000) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
    const bogusId = await app.inject({ url: '/health', headers: { 'x-request-id': 'bad id\nwith newline' } });
    expect(bogusId.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('every JSON answer carries the API set of security headers, refusals and 404s included', async () => {
    app = await build('production');
    const expected = {
      'content-security-policy':
        "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
      'cross-origin-resource-policy': 'same-origin',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    };
    for (const res of [
      await app.inject({ url: '/health' }),
      await app.inject({ url: '/who' }),
      await app.inject({ url: '/nowhere', headers: token }),
      await app.inject({ url: '/boom', headers: token }),
    ]) {
      for (const [name, value] of Object.entries(expected)) expect(res.headers[name]).toBe(value);
      // What only pages need is not sent with JSON.
      for (const name of [
        'cross-origin-opener-policy',
        'origin-agent-cluster',
        'x-dns-prefetch-control',
        'x-permitted-cross-domain-policies',
        'x-xss-protection',
        'x-download-options',
        'cross-origin-embedder-policy',
      ])
        expect(res.headers[name]).toBeUndefined();
    }
  });

  it('the document set for pages, with their own policy; a hijacked stream gets the headers too', async () => {
    const config = loadBaseConfig(0, { INTERNAL_SERVICE_TOKEN: TEST_TOKEN, LOG_LEVEL: 'silent' });
    app = await createService({
      name: 'web',
      config,
      internal: false,
      securityHeaders: documentSecurityHeaders({ defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'] }),
    });
    app.get('/stream', async (_request, reply) => {
      reply.hijack();
      reply.raw.writeHead(200, { 'content-type': 'text/event-stream' });
      reply.raw.end('data: {}\n\n');
    });
    const res = await app.inject({ url: '/stream' });
    expect(res.headers).toMatchObject({
      'content-security-policy': "default-src 'self';img-src 'self' data:",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-frame-options': 'DENY',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    });
    expect(res.headers['x-download-options']).toBeUndefined();
  });
});

describe('internal token', () => {
  it('missing 401, wrong 403, right 200; /health and /ready open', async () => {
    app = await build('production');
    expect((await app.inject({ url: '/who' })).statusCode).toBe(401);
    expect(
      (await app.inject({ url: '/who', headers: { 'x-internal-token': `${TEST_TOKEN}x` } })).statusCode,
    ).toBe(403);
    expect((await app.inject({ url: '/who', headers: { 'x-internal-token': '' } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/who', headers: token })).statusCode).toBe(200);
    expect((await app.inject({ url: '/nowhere' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(200);
  });

  it('X-User-Id is believed only with the token, and must be a valid id', async () => {
    app = await build('production');
    expect((await app.inject({ url: '/who', headers: { ...token, 'x-user-id': 'u_1' } })).json()).toEqual({
      user: 'u_1',
    });
    expect((await app.inject({ url: '/who', headers: { 'x-user-id': 'u_1' } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/who', headers: { ...token, 'x-user-id': '../etc' } })).statusCode).toBe(
      400,
    );
  });

  it('a development instance also requires the token (no bypass in any mode)', async () => {
    app = await build('development');
    expect((await app.inject({ url: '/who' })).statusCode).toBe(401);
  });

  it('openPaths are served without the token; nothing else is', async () => {
    const config = loadBaseConfig(0, { INTERNAL_SERVICE_TOKEN: TEST_TOKEN, LOG_LEVEL: 'silent' });
    app = await createService({ name: 'x', config, internal: true, openPaths: ['/keys'] });
    app.get('/keys', async () => ({ keys: [] }));
    app.get('/keys/secret', async () => ({ secret: true }));
    expect((await app.inject({ url: '/keys' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/keys?x=1' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/keys/secret' })).statusCode).toBe(401);
  });

  it('refuses to build an internal service without a token', async () => {
    const config = loadBaseConfig(0, { LOG_LEVEL: 'silent' });
    await expect(createService({ name: 'x', config, internal: true })).rejects.toThrow(
      /INTERNAL_SERVICE_TOKEN/,
    );
  });
});

describe('readiness', () => {
  it('503 naming the failing check, without the error text in production', async () => {
    app = await build('production', true, () => {
      throw new Error('connect ECONNREFUSED 10.0.0.5:5432');
    });
    const res = await app.inject({ url: '/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ ready: false, checks: { database: 'failing' } });
  });

  it('200 with the checks when they pass', async () => {
    app = await build('production', true, async () => undefined);
    const res = await app.inject({ url: '/ready' });
    expect(res.json()).toEqual({ ready: true, checks: { database: 'ok' } });
  });
});
