import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  ExponentialBackoff,
  handleWhen,
  type IPolicy,
  retry,
  TaskCancelledError,
  TimeoutStrategy,
  timeout,
  wrap,
} from 'cockatiel';
import { errorMessage, HttpError } from './errors.js';
import { metrics } from './metrics.js';

const liveClients = new Set<InternalClient>();
const CIRCUIT_VALUES = { closed: 0, 'half-open': 1, open: 2, isolated: 3 } as const;
const CIRCUIT_STATE = 'internal_client_circuit_state';
// Made once per process, as `httpDuration` is: a second copy of this package in one process (tests
// only) leaves its clients out of the gauge.
if (!metrics.register.getSingleMetric(CIRCUIT_STATE))
  new metrics.Gauge({
    name: CIRCUIT_STATE,
    help: 'Circuit breaker per target service: 0 closed, 1 half-open, 2 open, 3 isolated',
    labelNames: ['target'] as const,
    aggregator: 'max',
    collect() {
      this.reset();
      for (const c of liveClients) this.set({ target: c.service }, CIRCUIT_VALUES[c.circuitState]);
    },
  });

/** A non-2xx answer from another service, with its error body when it sent one. */
export class UpstreamError extends HttpError {
  readonly service: string;
  constructor(
    service: string,
    status: number,
    code: string,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(status, code, message, details);
    this.name = 'UpstreamError';
    this.service = service;
  }
}

/** The other service could not be reached, timed out, failed (5xx) or its circuit is open. */
export class ServiceUnavailableError extends HttpError {
  readonly service: string;
  constructor(service: string, reason: string) {
    super(
      503,
      `${service.replace(/-/g, '_')}_unavailable`,
      `the ${service} service is unavailable (${reason})`,
    );
    this.name = 'ServiceUnavailableError';
    this.service = service;
  }
}

class TransientError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface InternalClientOptions {
  service: string;
  baseUrl: string;
  token: string;
  timeoutMs?: number;
  /** Attempts in all for idempotent calls (first try included). */
  attempts?: number;
  breakerThreshold?: number;
  breakerHalfOpenAfterMs?: number;
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** JSON-serialisable body, or raw bytes / a stream with `contentType`. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  /** Retried on transient failures only when true; defaults to true for GET, HEAD, PUT and DELETE. */
  idempotent?: boolean;
  requestId?: string;
  userId?: string;
  timeoutMs?: number;
}

export interface CallResult<T> {
  status: number;
  body: T;
  headers: Headers;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

function isStreamBody(body: unknown): body is ReadableStream | NodeJS.ReadableStream {
  return (
    typeof body === 'object' &&
    body !== null &&
    (('getReader' in body && typeof body.getReader === 'function') ||
      ('pipe' in body && typeof body.pipe === 'function'))
  );
}

/**
 * Base of every internal client: the token, request-id and user-id headers, a timeout on every
 * call, retries with jittered exponential back-off for idempotent calls only, and a circuit
 * breaker per target service.
 */
export class InternalClient {
  readonly service: string;
  private readonly baseUrl: string;
  private readonly token: string;
  private readonly timeoutMs: number;
  private readonly retrying: IPolicy;
  private readonly once: IPolicy;
  private readonly breaker;

  constructor(options: InternalClientOptions) {
    this.service = options.service;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.token = options.token;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    const transient = handleWhen((err) => err instanceof TransientError || err instanceof TaskCancelledError);
    this.breaker = circuitBreaker(transient, {
      halfOpenAfter: options.breakerHalfOpenAfterMs ?? 5_000,
      breaker: new ConsecutiveBreaker(options.breakerThreshold ?? 5),
    });
    const retryPolicy = retry(transient, {
      maxAttempts: Math.max(0, (options.attempts ?? 3) - 1),
      backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 1_000 }),
    });
    this.retrying = wrap(retryPolicy, this.breaker);
    this.once = this.breaker;
    liveClients.add(this);
  }

  get circuitState(): 'closed' | 'open' | 'half-open' | 'isolated' {
    switch (this.breaker.state) {
      case CircuitState.Open:
        return 'open';
      case CircuitState.HalfOpen:
        return 'half-open';
      case CircuitState.Isolated:
        return 'isolated';
      default:
        return 'closed';
    }
  }

  private url(path: string, query?: CallOptions['query']): string {
    const url = new URL(this.baseUrl + path);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  /**
   * Sends a request; `consume` reads the answer inside the same timeout. The timeout's signal is
   * detached once `consume` returns, so a body handed out unread (streaming) stays readable.
   */
  private async execute<T>(options: CallOptions, consume: (response: Response) => Promise<T>): Promise<T> {
    const method = options.method ?? 'GET';
    const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(method);
    // A streamed body can be sent once only.
    const policy = idempotent && !isStreamBody(options.body) ? this.retrying : this.once;
    const headers: Record<string, string> = { 'x-internal-token': this.token, ...options.headers };
    if (options.requestId) headers['x-request-id'] = options.requestId;
    if (options.userId) headers['x-user-id'] = options.userId;
    let body: RequestInit['body'];
    if (options.body !== undefined) {
      if (options.contentType) {
        // A caller that names the content type passes a body fetch sends as it is (bytes, text or a stream).
        body = options.body as RequestInit['body'];
        headers['content-type'] = options.contentType;
      } else {
        body = JSON.stringify(options.body);
        headers['content-type'] = 'application/json';
      }
    }
    const timeoutPolicy = timeout(options.timeoutMs ?? this.timeoutMs, TimeoutStrategy.Aggressive);
    try {
      return await policy.execute(() =>
        timeoutPolicy.execute(async ({ signal }) => {
          const controller = new AbortController();
          const abort = () => controller.abort();
          signal.addEventListener('abort', abort);
          try {
            let response: Response;
            try {
              // `duplex` (required by Node's fetch for a stream body) is missing from the DOM lib's RequestInit.
              response = await fetch(this.url(options.path, options.query), {
                method,
                headers,
                body,
                signal: controller.signal,
                ...(isStreamBody(body) ? { duplex: 'half' } : {}),
              } as RequestInit);
            } catch (err) {
              if (signal.aborted) throw err;
              throw new TransientError(`connection failed: ${errorMessage(err)}`);
            }
            // 507 (storage full) is an answer about the data, not an outage: no retry, no breaker.
            if (response.status >= 500 && response.status !== 507) {
              await response.body?.cancel();
              throw new TransientError(`answered ${response.status}`);
            }
            return await consume(response);
          } finally {
            signal.removeEventListener('abort', abort);
          }
        }),
      );
    } catch (err) {
      if (err instanceof BrokenCircuitError) throw new ServiceUnavailableError(this.service, 'circuit open');
      if (err instanceof TaskCancelledError) throw new ServiceUnavailableError(this.service, 'timed out');
      if (err instanceof TransientError) throw new ServiceUnavailableError(this.service, err.reason);
      throw err;
    }
  }

  /** Sends a request and returns the response with its body unread (for streams). Non-2xx is returned too. */
  fetch(options: CallOptions): Promise<Response> {
    return this.execute(options, async (response) => response);
  }

  /** Sends a request and parses a JSON answer; non-2xx answers throw UpstreamError. */
  async call<T>(options: CallOptions): Promise<CallResult<T>> {
    const { response, text } = await this.execute(options, async (response) => ({
      response,
      text: await response.text(),
    }));
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const error = (
        parsed as { error?: { code?: string; message?: string; details?: Record<string, unknown> } }
      )?.error;
      throw new UpstreamError(
        this.service,
        response.status,
        error?.code ?? `upstream_${response.status}`,
        error?.message ?? `${this.service} answered ${response.status}`,
        error?.details,
      );
    }
    // The service's JSON answer, typed by the caller's contract.
    return { status: response.status, body: parsed as T, headers: response.headers };
  }
}
