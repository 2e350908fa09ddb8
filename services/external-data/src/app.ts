import {
  createService,
  defineService,
  type GeorgeInstance,
  migrateToLatest,
  openDatabase,
  SERVICE_PORTS,
} from '@george/runtime';
import { type ExternalDataConfig, loadConfig } from './config.js';
import { type Resolver, systemResolver } from './net/guard.js';
import { Reference } from './reference.js';
import { externalRoutes } from './routes/external.js';
import { migrations } from './store/migrations.js';
import { Breakers, Cache, RateLimiter, type StateDB } from './store/state.js';

export { loadConfig };

function openStore(config: ExternalDataConfig) {
  return openDatabase<StateDB>({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    fileName: 'external-data.sqlite',
  });
}

export const service = defineService({
  name: 'external-data',
  port: SERVICE_PORTS['external-data'],
  loadConfig,
  async prestart(env: NodeJS.ProcessEnv = process.env) {
    const store = openStore(loadConfig(env));
    try {
      await migrateToLatest(store.db, migrations);
    } finally {
      await store.close();
    }
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
  const store = openStore(config);
  const cache = new Cache(store.db);
  const breakers = new Breakers(store.db, config.breaker.threshold, config.breaker.cooldownMs);
  const reference = new Reference(
    {
      urls: config.upstreams,
      timeoutMs: config.upstreams.timeoutMs,
      cacheTtlMs: config.cacheTtlMs,
      userAgent: config.userAgent,
    },
    cache,
    breakers,
  );
  const app = await createService({
    name: 'external-data',
    config,
    internal: true,
    readyChecks: { database: () => cache.ping() },
  });
  app.addHook('onClose', async () => store.close());
  await app.register(
    externalRoutes({
      reference,
      limiter: new RateLimiter(store.db, config.rateLimitPerMinute),
      guard: { resolver: deps.resolver ?? systemResolver, allowHosts: config.allowHosts },
      limits: { ...config.importLimits, userAgent: config.userAgent },
    }),
  );
  return app;
}
