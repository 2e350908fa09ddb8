import type { FastifyReply, FastifyRequest } from 'fastify';

/** A server-sent-events answer written straight to the socket (Fastify's reply is hijacked). */
export interface EventStream {
  send(event: string, data: unknown): void;
  keepAlive(): void;
  end(): void;
  /** The client went away. */
  readonly closed: boolean;
}

export function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { retryMs?: number } = {},
): EventStream {
  reply.hijack();
  const raw = reply.raw;
  // The security headers are on the raw response already (the runtime's helmet, in onRequest).
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': request.id,
  });
  let closed = false;
  request.raw.once('close', () => {
    closed = true;
  });
  if (options.retryMs) raw.write(`retry: ${options.retryMs}\n\n`);
  return {
    send: (event, data) => void raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
    keepAlive: () => void raw.write(': keep-alive\n\n'),
    end: () => raw.end(),
    get closed() {
      return closed;
    },
  };
}
