import {
  createService,
  defineService,
  type GeorgeInstance,
  migrateAndClose,
  openDatabase,
  SERVICE_PORTS,
} from '@george/runtime';
import { type BillingConfig, loadConfig } from './config.js';
import type { BillingContext } from './context.js';
import { registerBillingMetrics } from './metrics.js';
import { migrations } from './repositories/migrations.js';
import { SqlReportRepository } from './repositories/reports.js';
import { SqlBillingStorage } from './repositories/storage.js';
import type { BillingDB } from './repositories/tables.js';
import { accountRoutes } from './routes/accounts.js';
import { holdRoutes } from './routes/holds.js';
import { operatorRoutes } from './routes/operators.js';
import { usageRoutes } from './routes/usage.js';
import { LedgerService } from './services/ledger.js';

export { loadConfig };

function openBillingDatabase(config: BillingConfig) {
  return openDatabase<BillingDB>({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    fileName: 'billing.sqlite',
    poolSize: config.databasePoolSize,
  });
}

export const service = defineService({
  name: 'billing',
  port: SERVICE_PORTS.billing,
  loadConfig,
  /** Once per start, in the supervisor: the schema. */
  async prestart(env: NodeJS.ProcessEnv = process.env) {
    await migrateAndClose(openBillingDatabase(loadConfig(env)), migrations);
  },
});

/** The Billing Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config = loadConfig(env);
  const handle = openBillingDatabase(config);
  const storage = new SqlBillingStorage(handle);
  await storage.tune();
  registerBillingMetrics(new SqlReportRepository(handle.db));
  const app = await createService({
    name: 'billing',
    config,
    internal: true,
    bodyLimit: 64 * 1024,
    readyChecks: { database: () => storage.ping() },
  });

  const context: BillingContext = { ledger: new LedgerService(storage, config) };
  await app.register(accountRoutes, context);
  await app.register(holdRoutes, context);
  await app.register(usageRoutes, context);
  await app.register(operatorRoutes, context);

  // Expired holds also release themselves when their account is read or charged; this sweep
  // catches the ones nobody touches. Safe in every worker at once (conditional updates).
  let sweep: NodeJS.Timeout | undefined;
  if (config.sweepSeconds > 0) {
    const period = config.sweepSeconds * 1000;
    sweep = setInterval(
      () => {
        context.ledger.sweepExpired().catch((err: unknown) => app.log.warn({ err }, 'hold sweep failed'));
      },
      period + Math.floor(Math.random() * Math.min(period, 5000)),
    );
    sweep.unref();
  }
  app.addHook('onClose', async () => {
    if (sweep) clearInterval(sweep);
    await handle.close();
  });
  return app;
}
