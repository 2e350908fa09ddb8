import {
  createService,
  DOCUMENT_SECURITY_HEADERS,
  defineService,
  type GeorgeInstance,
  SERVICE_PORTS,
} from '@george/runtime';
import { type FrontendConfig, loadConfig } from './config.js';
import { createProxy } from './proxy.js';
import { loadStaticFiles, looksLikeFile, type StaticFile } from './static.js';

export { loadConfig };

export const service = defineService({
  name: 'frontend',
  port: SERVICE_PORTS.frontend,
  loadConfig,
});

export const API_PREFIX = '/v1/api';

/**
 * The web app's policy: everything from this origin only, no inline script or style elements, no
 * plugins, no framing. (React sets styles through the CSSOM, which style-src does not restrict.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function isApi(url: string): boolean {
  return url === API_PREFIX || url.startsWith(`${API_PREFIX}/`) || url.startsWith(`${API_PREFIX}?`);
}

/** The Frontend: the built web app from memory, and `/v1/api` proxied to the backend. */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config: FrontendConfig = loadConfig(env);
  const files = loadStaticFiles(config.STATIC_DIR);
  const app = await createService({
    name: 'frontend',
    config,
    internal: false,
    securityHeaders: {
      ...DOCUMENT_SECURITY_HEADERS,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-frame-options': 'DENY',
    },
  });
  app.george.addReadyCheck('files', () => {
    if (!files.has('/index.html')) throw new Error('the web app is not built (no index.html)');
  });
  app.george.addReadyCheck('backend', async () => {
    const res = await fetch(`${config.BACKEND_URL.replace(/\/+$/, '')}/health`, {
      signal: AbortSignal.timeout(2000),
    });
    if (!res.ok) throw new Error(`backend answered ${res.status}`);
  });

  const proxy = createProxy({
    target: config.BACKEND_URL,
    onError: (err, req) => app.log.warn({ err: err.message, url: req.url }, 'backend unreachable'),
  });
  // Before any body parsing: the request is handed over to the proxy as a raw stream.
  app.addHook('onRequest', async (request, reply) => {
    if (!isApi(request.url)) return;
    reply.hijack();
    proxy(request.raw, reply.raw, request.id, app.george.draining);
  });

  const sendFile = (
    file: StaticFile,
    request: { headers: Record<string, string | string[] | undefined>; method: string },
    reply: import('fastify').FastifyReply,
  ) => {
    reply.header('content-type', file.type);
    reply.header('cache-control', file.cacheControl);
    reply.header('etag', file.etag);
    reply.header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
    const gzip = file.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? (file.gzip as Buffer) : file.body;
    if (gzip) reply.header('content-encoding', 'gzip');
    reply.header('content-length', body.length);
    return reply.send(request.method === 'HEAD' ? undefined : body);
  };

  app.get('/*', async (request, reply) => {
    let path: string;
    try {
      path = decodeURIComponent(request.url.split('?', 1)[0] as string);
    } catch {
      return reply
        .code(400)
        .send({ error: { code: 'bad_path', message: 'the path is not valid' }, requestId: request.id });
    }
    const file = files.get(path === '/' ? '/index.html' : path);
    if (file) return sendFile(file, request, reply);
    if (looksLikeFile(path)) {
      return reply
        .code(404)
        .send({ error: { code: 'not_found', message: 'no such file' }, requestId: request.id });
    }
    // The single-page app's own routes (/projects/..., /admin/...): the shell, which routes itself.
    const shell = files.get('/index.html');
    if (!shell) {
      return reply.code(503).send({
        error: { code: 'not_built', message: 'the web app is not built: run npm run build' },
        requestId: request.id,
      });
    }
    return sendFile(shell, request, reply);
  });

  return app;
}
