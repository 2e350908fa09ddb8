/**
 * Who the backend believes a browser is, on the stack as `npm start` wires it: the backend trusts
 * the bundled web app's proxy (the launcher's TRUSTED_PROXIES), so each browser is counted at its
 * own address by login throttling, a forged X-Forwarded-For changes nothing, and a client that
 * reaches the backend directly is counted at its own address whatever it claims. Clients use
 * distinct loopback source addresses (127.0.0.2, .3, .4) to be different machines.
 */
import { request } from 'node:http';
import { type RunningProcess, startServe, tempDir } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceEnv, stackSettings } from '../tools/src/stack.js';
import { OPERATOR, type Stack, startStack } from './harness.js';

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** One JSON request from a given source address. */
function call(
  base: string,
  from: string,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        method,
        localAddress: from,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {} }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const launcherRoot = tempDir('george-launcher-');
const site = tempDir('george-site-');
let stack: Stack;
let frontend: RunningProcess;
let operatorToken = '';

beforeAll(async () => {
  // The backend's proxy trust exactly as the launcher sets it for `npm start`.
  const trusted = serviceEnv('backend', stackSettings(launcherRoot.path, {}), {}).TRUSTED_PROXIES;
  expect(trusted).toBe('127.0.0.1');
  stack = await startStack({ env: { backend: { TRUSTED_PROXIES: trusted } } });
  frontend = await startServe({
    app: 'services/frontend/dist/app.js',
    env: { BACKEND_URL: stack.api, STATIC_DIR: site.path },
  });
  const signedIn = await call(stack.api, '127.0.0.1', 'POST', '/v1/api/auth/login', {
    body: OPERATOR,
  });
  expect(signedIn.status).toBe(200);
  operatorToken = String(signedIn.body.accessToken);
});

afterAll(async () => {
  await frontend?.stop();
  await stack?.stop();
  launcherRoot.remove();
  site.remove();
});

async function throttledAddresses(): Promise<string[]> {
  const res = await call(stack.api, '127.0.0.1', 'GET', '/v1/api/admin/lockouts', {
    headers: { authorization: `Bearer ${operatorToken}` },
  });
  expect(res.status).toBe(200);
  const entries = res.body.lockouts as { address: string | null }[];
  return [...new Set(entries.map((e) => e.address).filter((a): a is string => a !== null))].sort();
}

describe('proxy trust on the local stack', () => {
  it('counts each browser behind the web app at its own address; a forged X-Forwarded-For changes nothing', async () => {
    for (let i = 0; i < 3; i++) {
      const wrong = await call(frontend.url, '127.0.0.2', 'POST', '/v1/api/auth/login', {
        body: { email: OPERATOR.email, password: 'not-the-password' },
        headers: { 'x-forwarded-for': '10.9.9.9' },
      });
      expect(wrong.status).toBe(401);
    }
    expect(await throttledAddresses()).toEqual(['127.0.0.2']);

    // The owner, in another browser: not slowed by the guesses at the other address.
    const owner = await call(frontend.url, '127.0.0.3', 'POST', '/v1/api/auth/login', { body: OPERATOR });
    expect(owner.status).toBe(200);
  });

  it('believes no X-Forwarded-For from a client that reaches the backend directly', async () => {
    const wrong = await call(stack.api, '127.0.0.4', 'POST', '/v1/api/auth/login', {
      body: { email: OPERATOR.email, password: 'not-the-password' },
      headers: { 'x-forwarded-for': '10.8.8.8' },
    });
    expect(wrong.status).toBe(401);
    const addresses = await throttledAddresses();
    expect(addresses).toContain('127.0.0.4');
    expect(addresses).not.toContain('10.8.8.8');
    expect(addresses).not.toContain('10.9.9.9');
  });
});
