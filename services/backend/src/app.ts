import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import { createService, defineService, type GeorgeInstance, SERVICE_PORTS } from '@george/runtime';
import { loadModelConfig } from './chat/models.js';
import { createChatService } from './chat/service.js';
import { migrateChatTables } from './chat/store.js';
import { type BackendConfig, loadConfig } from './config.js';
import { createContext } from './context.js';
import { FileOperations, SagaRecovery } from './files.js';
import { openGraphStore } from './graph/index.js';
import { createBibleServices, migrateBibleTables, registerIngestJob } from './ingest/job.js';
import { registerCoreJobs } from './jobs/handlers.js';
import { registerJobMetrics } from './jobs/metrics.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes } from './routes/auth.js';
import { bibleRoutes } from './routes/bible.js';
import { chatRoutes } from './routes/chat.js';
import { fileRoutes } from './routes/files.js';
import { jobRoutes } from './routes/jobs.js';
import { projectRoutes } from './routes/projects.js';
import { versionRoutes } from './routes/versions.js';
import { API_PREFIX, authenticate, checkCsrf } from './session.js';
import { migrateBackendDatabase, openBackendDatabase } from './store/db.js';

export { loadConfig };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session (sign-up, login, refresh, logout, the OpenAPI document). */
    public?: boolean;
  }
}

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
      await migrateBibleTables(handle.db);
      await migrateChatTables(handle.db);
      // The story bible's graph: its tables in this database, or constraints in Neo4j.
      const graph = openGraphStore({ ...env, DATA_DIR: config.dataDir }, handle as never);
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
  const ctx = createContext(config, database, app.log);
  const operations = new FileOperations(ctx);
  const recovery = new SagaRecovery(ctx, operations, Math.max(1000, config.jobs.pollMs * 4));
  registerCoreJobs(ctx);
  const bible = createBibleServices(ctx, env);
  registerIngestJob(ctx, bible);
  app.george.addReadyCheck('graph', () => bible.graph.ping());
  registerJobMetrics(database.db);

  await app.register(swagger, {
    openapi: {
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
    },
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, parts: 10 } });

  // Before the body is read: CSRF first, then the session (an anonymous client cannot make the
  // server parse a large body).
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith(`${API_PREFIX}/`)) return;
    checkCsrf(request, config);
    if (!request.routeOptions.config?.public && request.routeOptions.url) {
      await authenticate(request, ctx.verifier);
    }
  });

  app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );
  authRoutes(app, ctx);
  projectRoutes(app, ctx);
  fileRoutes(app, ctx, operations);
  versionRoutes(app, ctx, operations);
  jobRoutes(app, ctx);
  adminRoutes(app, ctx);
  bibleRoutes(app, ctx, bible);
  chatRoutes(app, ctx, createChatService(ctx, bible, env));

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
    await bible.graph.close();
    await database.close();
  });
  return app;
}
