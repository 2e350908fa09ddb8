import {
  createService,
  defineService,
  type GeorgeInstance,
  migrateAndClose,
  openDatabase,
  SERVICE_PORTS,
} from '@george/runtime';
import { type ExternalDataConfig, loadConfig } from './config.js';
import type { ExternalDataContext } from './context.js';
import { migrations } from './repositories/migrations.js';
import { SqlBreakerRepository, SqlCacheRepository, SqlRateLimitRepository } from './repositories/sql.js';
import type { StateDB } from './repositories/tables.js';
import { externalDataRoutes } from './routes/index.js';
import { ImportService } from './services/imports.js';
import { RateLimitService } from './services/limits.js';
import { type Resolver, systemResolver } from './services/net/guard.js';
import { ReferenceService } from './services/reference.js';

export { loadConfig };

function openStateDatabase(config: ExternalDataConfig) {
  return openDatabase<StateDB>({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    fileName: 'external-data.sqlite',
    poolSize: config.databasePoolSize,
  });
}

export const service = defineService({
  name: 'external-data',
  port: SERVICE_PORTS['external-data'],
  loadConfig,
  /** Once per start, in the supervisor: the schema. */
  async prestart(env: NodeJS.ProcessEnv = process.env) {
    await migrateAndClose(openStateDatabase(loadConfig(env)), migrations);
  },
});

export interface ExternalDataDeps {
  /** The name resolver of the SSRF guard (tests map names to chosen addresses). */
  resolver?: Resolver;
}

/** The External Data Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(
  env: NodeJS.ProcessEnv = process.env,
  deps: ExternalDataDeps = {},
): Promise<GeorgeInstance> {
  const config = loadConfig(env);
  const handle = openStateDatabase(config);
  const cache = new SqlCacheRepository(handle.db);
  const context: ExternalDataContext = {
    reference: new ReferenceService(
      {
        urls: config.upstreams,
        timeoutMs: config.upstreams.timeoutMs,
        cacheTtlMs: config.cacheTtlMs,
        userAgent: config.userAgent,
        breaker: config.breaker,
      },
      cache,
      new SqlBreakerRepository(handle.db),
    ),
    imports: new ImportService(
      { resolver: deps.resolver ?? systemResolver, allowHosts: config.allowHosts },
      { ...config.importLimits, userAgent: config.userAgent },
    ),
    limits: new RateLimitService(new SqlRateLimitRepository(handle.db), config.rateLimitPerMinute),
  };
  const app = await createService({
    name: 'external-data',
    config,
    internal: true,
    readyChecks: { database: () => cache.ping() },
  });
  app.addHook('onClose', async () => handle.close());
  await app.register(externalDataRoutes, context);
  return app;
}
