import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { InternalClient, ServiceUnavailableError, UpstreamError } from '../src/client.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** A local upstream whose answers come from `answer`, recording every request it sees. */
async function upstream(answer: (n: number, req: IncomingMessage) => [number, unknown] | 'hang' | 'drop') {
  const seen: Seen[] = [];
  server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const result = answer(seen.length, req);
    if (result === 'hang') return;
    if (result === 'drop') {
      req.socket.destroy();
      return;
    }
    res.writeHead(result[0], { 'content-type': 'application/json' }).end(JSON.stringify(result[1]));
  });
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { seen, url: `http://127.0.0.1:${port}` };
}

const token = 't'.repeat(40);

describe('InternalClient', () => {
  it('sends the token, request id and user id', async () => {
    const up = await upstream(() => [200, { ok: true }]);
    const client = new InternalClient({ service: 'billing', baseUrl: up.url, token });
    const res = await client.call<{ ok: boolean }>({
      path: '/x',
      query: { a: 1 },
      requestId: 'r-1',
      userId: 'u1',
    });
    expect(res.body).toEqual({ ok: true });
    expect(up.seen[0]?.url).toBe('/x?a=1');
    expect(up.seen[0]?.headers['x-internal-token']).toBe(token);
    expect(up.seen[0]?.headers['x-request-id']).toBe('r-1');
    expect(up.seen[0]?.headers['x-user-id']).toBe('u1');
  });

  it('retries an idempotent call after 5xx and dropped connections', async () => {
    const up = await upstream((n) => (n === 1 ? [503, {}] : n === 2 ? 'drop' : [200, { n }]));
    const client = new InternalClient({ service: 'git', baseUrl: up.url, token, attempts: 3 });
    const res = await client.call<{ n: number }>({ path: '/h' });
    expect(res.body.n).toBe(3);
    expect(up.seen).toHaveLength(3);
  });

  it('never retries a non-idempotent call', async () => {
    const up = await upstream(() => [500, {}]);
    const client = new InternalClient({ service: 'billing', baseUrl: up.url, token, attempts: 3 });
    await expect(client.call({ method: 'POST', path: '/holds', body: {} })).rejects.toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(up.seen).toHaveLength(1);
  });

  it('passes 4xx answers through as UpstreamError without retrying', async () => {
    const up = await upstream(() => [
      402,
      { error: { code: 'insufficient_credits', message: 'no credits' } },
    ]);
    const client = new InternalClient({ service: 'billing', baseUrl: up.url, token });
    const err = await client.call({ path: '/x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamError);
    expect((err as UpstreamError).statusCode).toBe(402);
    expect((err as UpstreamError).code).toBe('insufficient_credits');
    expect(up.seen).toHaveLength(1);
  });

  it('times out and reports the service as unavailable', async () => {
    const up = await upstream(() => 'hang');
    const client = new InternalClient({
      service: 'chroma',
      baseUrl: up.url,
      token,
      timeoutMs: 200,
      attempts: 1,
    });
    const err = await client.call({ path: '/slow' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceUnavailableError);
    expect((err as ServiceUnavailableError).code).toBe('chroma_unavailable');
    expect((err as ServiceUnavailableError).statusCode).toBe(503);
  });

  it('opens the circuit after repeated failures, then stops calling', async () => {
    const up = await upstream(() => [500, {}]);
    const client = new InternalClient({
      service: 'auth',
      baseUrl: up.url,
      token,
      attempts: 1,
      breakerThreshold: 3,
      breakerHalfOpenAfterMs: 60_000,
    });
    for (let i = 0; i < 3; i++) await client.call({ path: '/x' }).catch(() => undefined);
    expect(client.circuitState).toBe('open');
    const err = await client.call({ path: '/x' }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/circuit open/);
    expect(up.seen).toHaveLength(3);
  });
});
