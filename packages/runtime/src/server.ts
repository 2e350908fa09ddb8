import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyReply,
  type FastifyRequest,
  LogController,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { type BaseConfig, ConfigError } from './config.js';
import { type ErrorBody, errnoCode, errorMessage, HttpError } from './errors.js';
import { loggerOptions } from './logger.js';
import { httpDuration, metrics, metricsText } from './metrics.js';
import { secretsEqual, tokenProblem } from './token.js';
import { validationMessage, validatorCompiler } from './validation.js';

export type GeorgeInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** A plugin of a George service (routes of one area, a context): typed like the instance it gets. */
export type GeorgePlugin<Options extends Record<string, unknown> = Record<never, never>> = FastifyPluginAsync<
  Options,
  RawServerDefault,
  TypeBoxTypeProvider
>;

/** A readiness check: resolves when the dependency works, throws (or rejects) when it does not. */
export type ReadyCheck = () => Promise<unknown> | unknown;

export interface ServiceOptions {
  name: string;
  config: BaseConfig;
  /** Internal services require `X-Internal-Token` on every route but `/health` and `/ready`. */
  internal: boolean;
  /**
   * Further exact paths an internal service serves without the token, for what is public by
   * nature (the auth server's JWKS: verifiers fetch the public keys).
   */
  openPaths?: string[];
  bodyLimit?: number;
  readyChecks?: Record<string, ReadyCheck>;
  /**
   * The security headers (helmet's options): the API set by default; the web app passes
   * documentSecurityHeaders() with its own Content-Security-Policy.
   */
  securityHeaders?: HelmetOptions;
  /** Seconds a single readiness check may take before it counts as failing. */
  readyTimeoutMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    george: {
      name: string;
      config: BaseConfig;
      addReadyCheck(name: string, check: ReadyCheck): void;
      /** Marks the instance as draining: responses ask clients to close their connection. */
      startDraining(): void;
      readonly draining: boolean;
    };
  }
  interface FastifyRequest {
    /** The acting user, believed only after the internal token was checked. */
    actingUserId: string | undefined;
  }
}

const OPEN_PATHS = new Set(['/health', '/ready']);

/**
 * The security headers, from helmet. Every answer: a Content-Security-Policy, no framing, no
 * sniffing, no referrer, same-origin resources, HSTS. Pages (the web app) also get what only
 * documents need: COOP, Origin-Agent-Cluster, no DNS prefetch, no Flash/PDF cross-domain
 * policies, the legacy XSS filter off.
 *
 * helmet itself rather than @fastify/helmet: the plugin builds the middleware again on every
 * request behind two async hooks (about 12 µs more CPU per request here, half again the cost of
 * all the runtime's features together); built once and run in a callback hook, helmet costs
 * 1-3 µs more than writing a constant header table.
 */
function helmetOptions(directives: Record<string, string[]>, document: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: document ? { policy: 'same-origin' } : false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
    originAgentCluster: document,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
    xContentTypeOptions: true,
    xDnsPrefetchControl: document ? { allow: false } : false,
    xDownloadOptions: false,
    xFrameOptions: { action: 'deny' },
    xPermittedCrossDomainPolicies: document ? { permittedPolicies: 'none' } : false,
    xPoweredBy: true,
    xXssProtection: document,
  };
}

/** The API set: a policy denying everything (an API never serves a page). */
export const API_SECURITY_HEADERS: HelmetOptions = helmetOptions(
  { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
  false,
);

/** The document set, with the page's own Content-Security-Policy directives. */
export function documentSecurityHeaders(directives: Record<string, string[]>): HelmetOptions {
  return helmetOptions(directives, true);
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

function errorBody(
  request: FastifyRequest,
  code: string,
  message: string,
  extra?: Partial<ErrorBody['error']>,
) {
  const body: ErrorBody = { error: { code, message, ...extra }, requestId: request.id };
  return body;
}

function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 405:
      return 'method_not_allowed';
    case 406:
      return 'not_acceptable';
    case 408:
      return 'request_timeout';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 ? 'internal_error' : 'request_error';
  }
}

/** Builds a Fastify instance with the George runtime contract (docs/architecture.md) in place. */
export async function createService(options: ServiceOptions): Promise<GeorgeInstance> {
  const { name, config } = options;
  const development = config.mode === 'development';
  const token = config.internalToken;
  const problem = tokenProblem(token);
  // No bypass in any mode: a service without a usable token cannot authenticate anyone.
  if (token === undefined || (problem && !(development && token)))
    throw new ConfigError('INTERNAL_SERVICE_TOKEN', problem ?? 'INTERNAL_SERVICE_TOKEN is not set');

  const app = Fastify({
    logger: loggerOptions(name, config.mode, config.logLevel),
    // One 'request completed' line per request (written below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Requests arriving on kept-alive connections while a worker drains are still served.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);

  const readyChecks = new Map<string, ReadyCheck>(Object.entries(options.readyChecks ?? {}));
  let draining = false;
  app.decorate('george', {
    name,
    config,
    addReadyCheck(checkName: string, check: ReadyCheck) {
      readyChecks.set(checkName, check);
    },
    startDraining() {
      draining = true;
    },
    get draining() {
      return draining;
    },
  });
  app.decorateRequest('actingUserId', undefined);

  // On the raw response in onRequest: every answer carries them, refusals, 404s and hijacked
  // streams (server-sent events, the web app's proxy) included.
  const setSecurityHeaders = helmet(options.securityHeaders ?? API_SECURITY_HEADERS);
  app.addHook('onRequest', (request, reply, done) =>
    setSecurityHeaders(request.raw, reply.raw, (error) => done(error instanceof Error ? error : undefined)),
  );

  // Callback-style hooks: they run on every request, and an async hook costs a promise each.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    if (draining) reply.header('connection', 'close');
    done(null, payload);
  });

  app.addHook('onResponse', (request, reply, done) => {
    httpDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status_code: reply.statusCode,
      },
      reply.elapsedTime / 1000,
    );
    // Health probes arrive every few seconds from every orchestrator: logged at debug only.
    const level = OPEN_PATHS.has(request.url) ? 'debug' : 'info';
    request.log[level](
      { method: request.method, url: request.url, statusCode: reply.statusCode, ms: reply.elapsedTime },
      'request completed',
    );
    done();
  });

  /** The internal-token check (constant time): missing 401, wrong 403; sends the refusal itself. */
  const refuseWithoutToken = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const given = request.headers['x-internal-token'];
    if (given === undefined || given === '') {
      reply.code(401).send(errorBody(request, 'missing_internal_token', 'X-Internal-Token is required'));
      return true;
    }
    if (typeof given !== 'string' || !secretsEqual(given, token)) {
      reply.code(403).send(errorBody(request, 'invalid_internal_token', 'X-Internal-Token is not valid'));
      return true;
    }
    return false;
  };

  if (options.internal) {
    const open = new Set([...OPEN_PATHS, ...(options.openPaths ?? [])]);
    app.addHook('onRequest', async (request, reply) => {
      const path = request.url.split('?', 1)[0] ?? '';
      if (open.has(path)) return;
      if (refuseWithoutToken(request, reply)) return reply;
      const user = request.headers['x-user-id'];
      if (user !== undefined) {
        if (typeof user !== 'string' || !USER_ID.test(user)) {
          return reply.code(400).send(errorBody(request, 'invalid_user_id', 'X-User-Id is not a valid id'));
        }
        request.actingUserId = user;
      }
    });
  }

  app.setErrorHandler((error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof HttpError) {
      if (error.statusCode >= 500) request.log.warn({ code: error.code }, error.message);
      return reply
        .code(error.statusCode)
        .send(errorBody(request, error.code, error.message, error.details ? { details: error.details } : {}));
    }
    const fastifyError = error;
    if (fastifyError.validation) {
      const first = fastifyError.validation[0];
      const part = fastifyError.validationContext ?? 'body';
      const field = `${part}${first?.instancePath ?? ''}`;
      return reply.code(400).send(
        errorBody(request, 'validation_error', validationMessage(fastifyError.validation, part), {
          details: { field: field.replace(/^body\/?/, '').replace(/\//g, '.') || 'body', location: field },
        }),
      );
    }
    // A full disk or quota is the storage's state, not a bug: 507, which callers do not retry.
    const errno = errnoCode(error);
    if (errno === 'ENOSPC' || errno === 'EDQUOT' || errno === 'EFBIG') {
      request.log.error({ err: error }, 'storage full');
      return reply.code(507).send(errorBody(request, 'insufficient_storage', 'the storage is full'));
    }
    const status = fastifyError.statusCode ?? 500;
    if (status < 500) {
      return reply.code(status).send(errorBody(request, codeForStatus(status), fastifyError.message));
    }
    request.log.error({ err: error }, 'request failed');
    if (development) {
      return reply
        .code(status)
        .send(errorBody(request, 'internal_error', error.message, error.stack ? { stack: error.stack } : {}));
    }
    // Production: never the exception text, a stack, SQL or a path.
    return reply.code(status).send(errorBody(request, 'internal_error', 'internal error'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(errorBody(request, 'not_found', 'no such route'));
  });

  app.get('/health', async () => ({ status: 'ok' }));

  const readyTimeout = options.readyTimeoutMs ?? 3000;
  // A dependency that is still starting is expected: one line when a check starts failing and one
  // when it passes (again), never a stack trace per probe.
  const lastOutcome = new Map<string, 'ok' | 'failing'>();
  app.get('/ready', async (request, reply) => {
    const checks: Record<string, string> = {};
    let ready = true;
    await Promise.all(
      [...readyChecks].map(async ([checkName, check]) => {
        let timer: NodeJS.Timeout | undefined;
        try {
          await Promise.race([
            Promise.resolve().then(check),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error(`timed out after ${readyTimeout} ms`)), readyTimeout);
            }),
          ]);
          checks[checkName] = 'ok';
          if (lastOutcome.get(checkName) !== 'ok') request.log.info({ check: checkName }, 'dependency ready');
          lastOutcome.set(checkName, 'ok');
        } catch (err) {
          ready = false;
          if (lastOutcome.get(checkName) !== 'failing') {
            request.log.warn({ check: checkName, reason: errorMessage(err) }, 'dependency not ready');
          }
          lastOutcome.set(checkName, 'failing');
          checks[checkName] = development ? `failing: ${errorMessage(err)}` : 'failing';
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    return reply.code(ready ? 200 : 503).send({ ready, checks });
  });

  // Operators' routes. Internal services already require the token on every route; the public
  // backend checks it here.
  const operatorsOnly = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!options.internal) refuseWithoutToken(request, reply);
  };

  // How this process runs, for george preflight and george doctor.
  app.get('/internal/runtime', { onRequest: operatorsOnly }, async () => ({
    service: name,
    mode: config.mode,
    server: process.env.GEORGE_SERVE_WORKERS ? 'george-serve' : 'node',
    workers: Number(process.env.GEORGE_SERVE_WORKERS ?? 1),
    pid: process.pid,
    logLevel: config.logLevel,
    logFormat: development ? 'pretty' : 'json',
  }));

  app.get('/metrics', { onRequest: operatorsOnly }, async (_request, reply) => {
    reply.type(metrics.register.contentType);
    return metricsText();
  });

  return app;
}
