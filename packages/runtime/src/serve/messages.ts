/** Messages between the george-serve supervisor and its workers. */
export type SupervisorMessage = { type: 'ping'; seq: number } | { type: 'shutdown' };
export type WorkerMessage =
  | { type: 'listening' }
  | { type: 'pong'; seq: number }
  | { type: 'retire'; requests: number }
  | { type: 'metrics'; id: number; text: string };

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

/** Environment the supervisor hands to each worker. */
export const WORKER_ENV = {
  app: 'GEORGE_SERVE_APP',
  host: 'GEORGE_SERVE_HOST',
  port: 'GEORGE_SERVE_PORT',
  workers: 'GEORGE_SERVE_WORKERS',
  maxRequests: 'GEORGE_SERVE_MAX_REQUESTS',
  drainGraceMs: 'GEORGE_SERVE_DRAIN_GRACE_MS',
} as const;
