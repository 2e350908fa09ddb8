import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { GeorgeInstance } from '@george/runtime';

/** Hashed build output (Vite's assets/ folder) never changes under the same name: cached for a year. */
export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Paths that name a file (an extension in the last segment): never answered with the app shell. */
export function looksLikeFile(urlPath: string): boolean {
  const last = urlPath.split('/').at(-1) ?? '';
  return /\.[A-Za-z0-9]{1,12}$/.test(last);
}

/** A dot-segment, a backslash or a NUL anywhere in the decoded path: refused, never looked up. */
function unsafe(path: string): boolean {
  return path.includes('\0') || path.includes('\\') || path.split('/').some((s) => s === '..' || s === '.');
}

export interface StaticOptions {
  /** The built web app (index.html and assets/). */
  root: string;
}

/**
 * The built web app through @fastify/static and @fastify/compress, in a scope of their own (the
 * /v1/api proxy is never compressed: server-sent events stay unbuffered). The files are listed once
 * at start (no wildcard route: a request path never reaches the file system unless it names a
 * file of the build), with ETags and conditional answers from the library, the caching above,
 * and brotli or gzip when the browser accepts it. Every other GET is the single-page app's own
 * route: the shell, which routes itself; a missing file is a 404, not the shell.
 * Returns whether the app is built (index.html present), for the readiness check.
 */
export async function registerStatic(app: GeorgeInstance, options: StaticOptions): Promise<() => boolean> {
  const root = options.root;
  const built = () => existsSync(join(root, 'index.html'));
  await app.register(async (scope) => {
    await scope.register(fastifyCompress, {
      threshold: 1024,
      encodings: ['br', 'gzip'],
      // Quality 11 (brotli's default) costs tens of milliseconds per bundle: 5 is most of the gain.
      brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
    });
    await scope.register(fastifyStatic, {
      root,
      wildcard: false,
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader('cache-control', cacheControlFor(`/${relative(root, path).split(sep).join('/')}`));
      },
    });
    scope.get('/*', async (request, reply) => {
      let path: string;
      try {
        path = decodeURIComponent(request.url.split('?', 1)[0] ?? '');
      } catch {
        return reply
          .code(400)
          .send({ error: { code: 'bad_path', message: 'the path is not valid' }, requestId: request.id });
      }
      if (unsafe(path)) {
        return reply
          .code(400)
          .send({ error: { code: 'bad_path', message: 'the path is not valid' }, requestId: request.id });
      }
      if (looksLikeFile(path)) {
        return reply
          .code(404)
          .send({ error: { code: 'not_found', message: 'no such file' }, requestId: request.id });
      }
      if (!built()) {
        return reply.code(503).send({
          error: { code: 'not_built', message: 'the web app is not built: run npm run build' },
          requestId: request.id,
        });
      }
      return reply.sendFile('index.html');
    });
  });
  return built;
}
