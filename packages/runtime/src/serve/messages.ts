/** Messages between the george-serve supervisor and its workers. */
export type SupervisorMessage = { type: 'ping'; seq: number } | { type: 'shutdown' };
export type WorkerMessage =
  | { type: 'listening' }
  | { type: 'pong'; seq: number }
  | { type: 'retire'; requests: number }
  | { type: 'metrics'; id: number; text: string };

const hasType = (value: unknown) =>
  typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  return hasType(value);
}

export function isSupervisorMessage(value: unknown): value is SupervisorMessage {
  return hasType(value);
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
