import { Agent, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** Headers that describe one connection, never forwarded (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

function forwardable(headers: IncomingMessage['headers']): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(key) || named.has(key)) continue;
    out[key] = value;
  }
  return out;
}

export interface ProxyOptions {
  /** The backend's base URL (scheme, host, port). */
  target: string;
  /** Called when the backend cannot be reached (for the log). */
  onError?(err: Error, req: IncomingMessage): void;
}

export type Proxy = (req: IncomingMessage, res: ServerResponse, requestId: string, closing: boolean) => void;

/**
 * A streaming reverse proxy: the request body is piped to the backend as it arrives (uploads are
 * never held in memory) and the response is piped back chunk by chunk, so server-sent events pass
 * through unbuffered. The browser's Host and Origin go through unchanged (the backend's CSRF
 * origin check compares them); X-Forwarded-For/-Proto tell the backend who the client was.
 */
export function createProxy(options: ProxyOptions): Proxy {
  const target = new URL(options.target);
  const secure = target.protocol === 'https:';
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new Agent({ keepAlive: true });
  const send = secure ? httpsRequest : httpRequest;
  const basePath = target.pathname.replace(/\/+$/, '');

  return (req, res, requestId, closing) => {
    const headers = forwardable(req.headers);
    const peer = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    const priorFor = req.headers['x-forwarded-for'];
    headers['x-forwarded-for'] = priorFor ? `${priorFor}, ${peer}` : peer;
    if (!req.headers['x-forwarded-proto']) headers['x-forwarded-proto'] = 'http';
    headers['x-request-id'] = requestId;

    const upstream = send({
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port || (secure ? 443 : 80),
      method: req.method,
      path: `${basePath}${req.url ?? '/'}`,
      headers,
      agent,
    });

    let answered = false;
    upstream.on('response', (backend) => {
      answered = true;
      const out = forwardable(backend.headers);
      if (closing) out.connection = 'close';
      res.writeHead(backend.statusCode ?? 502, backend.statusMessage, out);
      // Server-sent events: every chunk is written as it arrives (no compression, no buffering).
      res.flushHeaders();
      backend.pipe(res);
      backend.on('error', () => res.destroy());
    });
    upstream.on('error', (err) => {
      options.onError?.(err, req);
      if (answered || res.headersSent) {
        res.destroy();
        return;
      }
      answered = true;
      const body = JSON.stringify({
        error: { code: 'backend_unavailable', message: 'the George API is not answering; try again shortly' },
        requestId,
      });
      res.writeHead(502, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
        'x-request-id': requestId,
      });
      res.end(body);
      req.resume();
    });
    // The browser went away (a closed event stream, a cancelled upload): stop the backend call too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };
}
