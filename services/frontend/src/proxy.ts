import fastifyHttpProxy from '@fastify/http-proxy';
import type { GeorgeInstance } from '@george/runtime';

/**
 * The connection-specific fields of RFC 9110 §7.6.1. The library drops Connection, the fields it
 * names and Transfer-Encoding from requests, and nothing from answers over HTTP/1: the rest here.
 */
const CONNECTION_FIELDS = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'transfer-encoding',
  'upgrade',
];

function withoutConnectionFields<T extends Record<string, unknown>>(headers: T): T {
  const out = { ...headers };
  const named = String(headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase());
  for (const name of [...CONNECTION_FIELDS, ...named]) delete out[name];
  return out;
}

export interface ProxyOptions {
  /** The path prefix proxied unchanged (`/v1/api`). */
  prefix: string;
  /** The backend's origin (scheme, host, port). */
  target: string;
}

/**
 * `/v1/api` to the backend through @fastify/http-proxy (undici underneath). Request bodies are
 * passed on as streams (uploads are never held in memory, and the frontend's body limit does not
 * apply: the backend sets its own) and the answer is piped back chunk by chunk, so server-sent
 * events pass through unbuffered. The library drops most hop-by-hop headers (the rest below); the
 * browser's Host and Origin go through unchanged (the backend's CSRF
 * origin check compares them), X-Forwarded-For/-Proto tell the backend who the client was, and
 * X-Request-Id carries this request's id. No retries: the browser's call is answered once, and an
 * unreachable backend is a clear 502.
 */
export async function registerProxy(app: GeorgeInstance, options: ProxyOptions): Promise<void> {
  await app.register(fastifyHttpProxy, {
    upstream: options.target,
    prefix: options.prefix,
    rewritePrefix: options.prefix,
    // Long answers (a chat's stream) are bounded by the backend, not by a gap between two chunks.
    undici: { bodyTimeout: 0 },
    disableRequestLogging: true,
    replyOptions: {
      retryDelay: () => null,
      rewriteHeaders: (headers) => withoutConnectionFields(headers),
      rewriteRequestHeaders: (request, headers) => {
        const peer = (request.raw.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
        const priorFor = request.headers['x-forwarded-for'];
        return {
          ...withoutConnectionFields(headers),
          host: request.headers.host,
          'x-forwarded-for': priorFor ? `${priorFor}, ${peer}` : peer,
          'x-forwarded-proto': request.headers['x-forwarded-proto'] ?? 'http',
          'x-request-id': request.id,
        };
      },
      onError: (reply, { error }) => {
        reply.log.warn({ err: error.message, url: reply.request.url }, 'backend unreachable');
        reply
          .code(502)
          .header('cache-control', 'no-store')
          .send({
            error: {
              code: 'backend_unavailable',
              message: 'the George API is not answering; try again shortly',
            },
            requestId: reply.request.id,
          });
      },
    },
  });
}
