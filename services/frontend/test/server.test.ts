/**
 * The production server: the built app from memory with the right caching and security headers,
 * the SPA fallback, /health and /ready, and the /v1/api proxy (streaming both ways, SSE unbuffered,
 * Host and Origin passed through, a clear 502 when the backend is down). In-process for the proxy
 * details, and once under george-serve as production runs it.
 */
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { GeorgeInstance } from '@george/runtime';
import { freePort, type RunningProcess, startServe, TEST_TOKEN, tempDir } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, CONTENT_SECURITY_POLICY, loadConfig } from '../src/app.js';

const site = tempDir('george-frontend-');
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(5000))});`;
mkdirSync(join(site.path, 'assets'));
writeFileSync(join(site.path, 'index.html'), INDEX);
writeFileSync(join(site.path, 'assets/index-abc123.js'), SCRIPT);
writeFileSync(join(site.path, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

/** A stand-in backend that shows what reached it. */
let releaseSecond: () => void = () => {};
let backendSawClose: () => void = () => {};
const seen: { headers: IncomingMessage['headers']; bytes: number; url: string }[] = [];
const backend: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
  if (req.url === '/health') return res.end('{"status":"ok"}');
  if (req.url === '/v1/api/forever') {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write('event: progress\ndata: {}\n\n');
    res.on('close', () => backendSawClose());
    return;
  }
  if (req.url === '/v1/api/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write('event: progress\ndata: {"progress":0.5}\n\n');
    // The second event only after the client has seen the first: a buffering proxy would hang here.
    releaseSecond = () => {
      res.write('event: done\ndata: {"progress":1}\n\n');
      res.end();
    };
    return;
  }
  let bytes = 0;
  req.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  req.on('end', () => {
    seen.push({ headers: req.headers, bytes, url: req.url ?? '' });
    res.writeHead(req.url?.startsWith('/v1/api/missing') ? 404 : 200, {
      'content-type': 'application/json',
      'set-cookie': 'george_csrf=abc; Path=/',
      connection: 'keep-alive, x-backend-hop',
      'keep-alive': 'timeout=999',
      'x-backend-hop': 'for the proxy only',
      'x-backend-end-to-end': 'kept',
    });
    res.end(JSON.stringify({ bytes, method: req.method, url: req.url }));
  });
});

/** One request on raw HTTP: the path as written (no normalising), the body as bytes. */
function raw(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/`, { path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let app: GeorgeInstance;
let base = '';
let served: RunningProcess | undefined;

beforeAll(async () => {
  backend.listen(0, '127.0.0.1');
  await once(backend, 'listening');
  const backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
  app = await buildApp({
    INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
    STATIC_DIR: site.path,
    BACKEND_URL: backendUrl,
    LOG_LEVEL: 'warn',
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await served?.stop();
  await app?.close();
  backend.close();
  site.remove();
});

describe('static files', () => {
  it('serves the shell with a strict CSP and no caching, hashed assets for a year, gzip when asked', async () => {
    const root = await fetch(`${base}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toBe(INDEX);
    expect(root.headers.get('content-type')).toMatch(/text\/html/);
    expect(root.headers.get('cache-control')).toBe('no-cache');
    expect(root.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(root.headers.get('x-content-type-options')).toBe('nosniff');
    expect(root.headers.get('x-frame-options')).toBe('DENY');

    const asset = await fetch(`${base}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(await asset.text()).toBe(SCRIPT); // fetch decodes it
    expect(asset.headers.get('vary')).toBe('accept-encoding');
    const brotli = await raw('/assets/index-abc123.js', { 'accept-encoding': 'br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).toString()).toBe(SCRIPT);
    const plain = await raw('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    // fetch adds Cache-Control: no-cache to a conditional request (which rightly gets the body): raw HTTP.
    const etag = asset.headers.get('etag') as string;
    const again = await raw('/assets/index-abc123.js', { 'if-none-match': etag, 'accept-encoding': 'gzip' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('refuses path traversal in every spelling, never answering with a file outside the build', async () => {
    for (const path of [
      '/../server.test.ts',
      '/assets/../../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/assets/%00index-abc123.js',
      '/%2e%2e/etc/passwd',
      '/..',
    ]) {
      const res = await raw(path);
      expect([400, 404]).toContain(res.status);
      expect(res.body.toString()).not.toContain('"name"');
      expect(res.body.toString()).not.toContain('root:');
    }
    // Files of the folder but not of the build (created after start) are not served either.
    writeFileSync(join(site.path, 'late.txt'), 'late');
    expect((await raw('/late.txt')).status).toBe(404);
  });

  it("answers the app's own routes with the shell, and a missing file with 404", async () => {
    for (const path of ['/projects/p1/bible/entity/e1', '/signin', '/admin/status?x=1']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(INDEX);
    }
    const missing = await fetch(`${base}/assets/index-gone.js`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
  });
});

describe('the /v1/api proxy', () => {
  it('streams an upload through and keeps Host, Origin, cookies and the CSRF header', async () => {
    const size = 3 * 1024 * 1024;
    const res = await fetch(`${base}/v1/api/projects/p1/files?x=1`, {
      method: 'POST',
      headers: {
        origin: base,
        cookie: 'george_session=s; george_csrf=abc',
        'x-csrf-token': 'abc',
        'content-type': 'application/octet-stream',
      },
      body: new Uint8Array(size),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ bytes: size, method: 'POST', url: '/v1/api/projects/p1/files?x=1' });
    expect(res.headers.getSetCookie()).toEqual(['george_csrf=abc; Path=/']);
    const got = seen.at(-1)?.headers ?? {};
    expect(got.host).toBe(new URL(base).host);
    expect(got.origin).toBe(base);
    expect(got.cookie).toBe('george_session=s; george_csrf=abc');
    expect(got['x-csrf-token']).toBe('abc');
    expect(got['x-forwarded-for']).toBe('127.0.0.1');
    expect(got['x-request-id']).toBeTruthy();
  });

  it('passes server-sent events through as they are written', async () => {
    const res = await fetch(`${base}/v1/api/events`);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('event: progress');
    releaseSecond();
    let rest = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += new TextDecoder().decode(value);
    }
    expect(rest).toContain('event: done');
  });

  it('drops hop-by-hop headers both ways, the ones the Connection header names included', async () => {
    const res = await raw('/v1/api/hop', {
      connection: 'keep-alive, x-secret-hop',
      'x-secret-hop': 'for the proxy only',
      'keep-alive': 'timeout=5',
      'proxy-connection': 'keep-alive',
      te: 'gzip',
      'x-end-to-end': 'kept',
    });
    expect(res.status).toBe(200);
    const got = seen.at(-1)?.headers ?? {};
    expect(got['x-end-to-end']).toBe('kept');
    expect(got['x-secret-hop']).toBeUndefined();
    for (const name of ['keep-alive', 'proxy-connection', 'te']) expect(got[name]).toBeUndefined();
    expect(res.headers['x-backend-hop']).toBeUndefined();
    expect(res.headers['x-backend-end-to-end']).toBe('kept');
    expect(res.headers['keep-alive']).not.toBe('timeout=999');
  });

  it('a browser that goes away cancels the backend call', async () => {
    const closed = new Promise<void>((resolve) => {
      backendSawClose = resolve;
    });
    const controller = new AbortController();
    const res = await fetch(`${base}/v1/api/forever`, { signal: controller.signal });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('event: progress');
    controller.abort();
    await closed;
  });

  it("passes the backend's errors through unchanged", async () => {
    const res = await fetch(`${base}/v1/api/missing`);
    expect(res.status).toBe(404);
  });
});

describe('under george-serve (production)', () => {
  it('answers /health, and /ready only while the backend answers; a down backend is a clear 502', async () => {
    const backendPort = await freePort();
    served = await startServe({
      app: 'services/frontend/dist/app.js',
      env: { STATIC_DIR: site.path, BACKEND_URL: `http://127.0.0.1:${backendPort}` },
    });
    expect((await fetch(`${served.url}/health`)).status).toBe(200);
    const ready = await fetch(`${served.url}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { checks: Record<string, string> }).checks).toEqual({
      files: 'ok',
      backend: 'failing',
    });
    const down = await fetch(`${served.url}/v1/api/projects`);
    expect(down.status).toBe(502);
    expect(((await down.json()) as { error: { code: string } }).error.code).toBe('backend_unavailable');
    const page = await fetch(`${served.url}/projects`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    // The backend comes up on that port: ready.
    const up = createServer((_req, res) => res.end('{"status":"ok"}'));
    up.listen(backendPort, '127.0.0.1');
    await once(up, 'listening');
    try {
      expect((await fetch(`${served.url}/ready`)).status).toBe(200);
    } finally {
      up.close();
    }
  });
});

// Keeps the import of node:http's request used for a raw check of HEAD.
describe('HEAD', () => {
  it('answers HEAD for the shell without a body', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/`, { method: 'HEAD' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(200);
  });
});

describe('configuration', () => {
  it('reads BACKEND_URL and STATIC_DIR into camelCase settings, and names a bad variable', () => {
    const config = loadConfig({ BACKEND_URL: 'http://backend:5000/', STATIC_DIR: 'web/public' });
    expect(config.backendUrl).toBe('http://backend:5000');
    expect(config.staticDir).toBe(join(process.cwd(), 'web/public'));
    expect(config.port).toBe(5173);
    expect(() => loadConfig({ BACKEND_URL: 'ftp://backend' })).toThrow(/BACKEND_URL/);
  });
});
