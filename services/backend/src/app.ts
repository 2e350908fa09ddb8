import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import {
  createService,
  defineService,
  type GeorgeInstance,
  internalToken,
  SERVICE_PORTS,
} from '@george/runtime';
import { createAnswerer } from './chat/answerer.js';
import { loadModelConfig } from './chat/models.js';
import { type BackendConfig, loadConfig } from './config.js';
import { createContext } from './context.js';
import { ROUTE_NOT_FOUND } from './errors.js';
import { openGraphStore } from './graph/index.js';
import { apiContexts } from './http/contexts.js';
import { API_PREFIX, TokenVerifier } from './http/session.js';
import { continuityJob } from './jobs/continuity.js';
import { forgetFileJob } from './jobs/forget-file.js';
import { ingestJob } from './jobs/ingest.js';
import { registerJobMetrics } from './jobs/metrics.js';
import { projectCleanupJob } from './jobs/project-cleanup.js';
import { composeSteps } from './jobs/steps.js';
import { CONTINUITY_JOB, FORGET_FILE_JOB, INGEST_JOB, PROJECT_CLEANUP_JOB } from './jobs/types.js';
import { authenticatedAreas, publicAreas } from './routes/index.js';
import { SagaRecovery } from './services/file-operations.js';
import { createServices, FileOperations, SheetFiles } from './services/index.js';
import { migrateBackendDatabase, openBackendDatabase } from './store/db.js';

export { loadConfig };

export const service = defineService({
  name: 'backend',
  port: SERVICE_PORTS.backend,
  /** The backend's variables and the chat model's: a bad value of either stops the start. */
  loadConfig(env: NodeJS.ProcessEnv = process.env) {
    loadModelConfig(env);
    return loadConfig(env);
  },
  /** Once per start, in the supervisor: the backend database's migrations. */
  async prestart(env: NodeJS.ProcessEnv = process.env) {
    const config = loadConfig(env);
    const handle = openBackendDatabase(config, 2);
    try {
      await migrateBackendDatabase(handle.db);
      // The story bible's graph: its tables in this database, or constraints in Neo4j.
      const graph = openGraphStore({ ...env, DATA_DIR: config.dataDir }, handle.db);
      try {
        await graph.init();
      } finally {
        await graph.close();
      }
    } finally {
      await handle.close();
    }
  },
});

async function answers(url: string): Promise<void> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  if (!res.ok) throw new Error(`answered ${res.status}`);
}

/** The OpenAPI document's description of the public API (the routes' schemas fill in the rest). */
const OPENAPI: FastifyDynamicSwaggerOptions['openapi'] = {
  openapi: '3.0.3',
  info: {
    title: 'George API',
    version: '1.0.0',
    description:
      'The public API of George. Browsers use the session cookie plus `X-CSRF-Token` on unsafe ' +
      'methods; scripts send `Authorization: Bearer <accessToken>`.',
  },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      cookie: { type: 'apiKey', in: 'cookie', name: 'george_session' },
    },
  },
  security: [{ bearer: [] }, { cookie: [] }],
};

/** The Backend API: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config: BackendConfig = loadConfig(env);
  const database = openBackendDatabase(config);
  const app = await createService({
    name: 'backend',
    config,
    internal: false,
    readyChecks: {
      database: () => database.db.selectFrom('jobs').select('id').limit(1).execute(),
      auth: () => answers(`${config.urls.auth}/health`),
      filesystem: () => answers(`${config.urls.filesystem}/health`),
      git: () => answers(`${config.urls.git}/health`),
      chroma: () => answers(`${config.urls.chroma}/health`),
    },
  });
  const ctx = createContext(config, database, env, app.log);
  const sheets = new SheetFiles(ctx.files, ctx.sheetFiles);
  const operations = new FileOperations(ctx);
  // One composed handler per job type (its steps are listed in its definition).
  ctx.registry.register(INGEST_JOB, composeSteps(ingestJob(ctx, sheets)));
  ctx.registry.register(FORGET_FILE_JOB, composeSteps(forgetFileJob(ctx)));
  ctx.registry.register(PROJECT_CLEANUP_JOB, composeSteps(projectCleanupJob(ctx)));
  ctx.registry.register(CONTINUITY_JOB, composeSteps(continuityJob(ctx)));
  app.george.addReadyCheck('graph', () => ctx.graph.ping());
  registerJobMetrics(database.db);
  const services = createServices(ctx, { operations, sheets, answerer: createAnswerer(ctx, env) });
  // An interrupted import is the archives' to undo; every other saga is a file operation.
  const recovery = new SagaRecovery(
    ctx,
    {
      recover: (saga) =>
        saga.type === 'import' ? services.archives.recover(saga) : operations.recover(saga),
    },
    Math.max(1000, config.jobs.pollMs * 4),
  );

  await app.register(swagger, { openapi: OPENAPI });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, parts: 10 } });

  // A path that is no route is a plain 404 before its body is read (no session is needed for it).
  app.addHook('onRequest', (request, reply, done) => {
    if (!request.is404) return done();
    const error = ROUTE_NOT_FOUND();
    reply
      .code(error.statusCode)
      .send({ error: { code: error.code, message: error.message }, requestId: request.id });
  });

  await app.register(apiContexts, {
    prefix: API_PREFIX,
    config,
    verifier: new TokenVerifier(config, internalToken(config)),
    services,
    publicAreas,
    authenticatedAreas,
  });

  // The job runner and saga recovery run in every worker that listens: the leases in the
  // database let any worker take any job, and never two at once.
  if (config.jobs.runner) {
    app.addHook('onListen', async () => {
      ctx.runner.start();
      recovery.start();
    });
  }
  app.addHook('onClose', async () => {
    recovery.stop();
    await ctx.runner.stop();
    await ctx.graph.close();
    await database.close();
  });
  return app;
}
