import {
  createService,
  defineService,
  type GeorgeInstance,
  migrateToLatest,
  openDatabase,
} from '@george/runtime';
import { sql } from 'kysely';
import { type BillingConfig, loadConfig } from './config.js';
import type { RouteDeps } from './context.js';
import { registerBillingMetrics } from './metrics.js';
import { accountRoutes } from './routes/accounts.js';
import { holdRoutes } from './routes/holds.js';
import { operatorRoutes } from './routes/operators.js';
import { usageRoutes } from './routes/usage.js';
import { migrations } from './store/migrations.js';
import { type BillingDB, BillingStore } from './store/store.js';

export { loadConfig };

function openStore(config: BillingConfig) {
  return openDatabase<BillingDB>({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    fileName: 'billing.sqlite',
    poolSize: config.poolSize,
  });
}

export const service = defineService({
  name: 'billing',
  port: 6004,
  loadConfig,
  /** Once per start, in the supervisor: the schema. */
  async prestart(env: NodeJS.ProcessEnv = process.env) {
    const handle = openStore(loadConfig(env));
    try {
      await migrateToLatest(handle.db, migrations);
    } finally {
      await handle.close();
    }
  },
});

/** The Billing Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config = loadConfig(env);
  const handle = openStore(config);
  const store = new BillingStore(handle);
  registerBillingMetrics(handle.db);
  if (handle.dialect === 'sqlite') {
    // Each worker has one SQLite connection. Checkpoint the WAL every ~40 MB instead of every 4 MB:
    // a checkpoint syncs the file, and under write load that sync dominates the cost of a commit.
    await sql`pragma wal_autocheckpoint = 10000`.execute(handle.db);
    // Writers wait for the lock in the store's group committer, asynchronously; SQLite's own busy
    // handler would put the whole worker to sleep.
    await sql`pragma busy_timeout = 1`.execute(handle.db);
  }
  const app = await createService({
    name: 'billing',
    config,
    internal: true,
    bodyLimit: 64 * 1024,
    readyChecks: {
      database: () => handle.db.selectFrom('accounts').select('user_id').limit(1).execute(),
    },
  });

  const deps: RouteDeps = { store, config };
  accountRoutes(app, deps);
  holdRoutes(app, deps);
  usageRoutes(app, deps);
  operatorRoutes(app, deps);

  // Expired holds also release themselves when their account is read or charged; this sweep
  // catches the ones nobody touches. Safe in every worker at once (conditional updates).
  let sweep: NodeJS.Timeout | undefined;
  if (config.sweepSeconds > 0) {
    const period = config.sweepSeconds * 1000;
    sweep = setInterval(
      () => {
        store.sweepExpired().catch((err: unknown) => app.log.warn({ err }, 'hold sweep failed'));
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
