import { JWKS_PATH } from '@george/contracts';
import { createService, defineService, type GeorgeInstance, SERVICE_PORTS } from '@george/runtime';
import { bootstrapOperator } from './accounts.js';
import { startBackground } from './background.js';
import { type AuthConfig, loadConfig } from './config.js';
import { createContext } from './context.js';
import { ensureSigningKey } from './keys.js';
import { inviteRoutes } from './routes/invites.js';
import { operationRoutes } from './routes/operations.js';
import { projectRoutes } from './routes/projects.js';
import { sessionRoutes } from './routes/sessions.js';
import { migrateAuthDatabase, openAuthDatabase } from './store/db.js';

export { loadConfig };

/**
 * Once per start, before workers fork: migrations, the first signing key, the bootstrap operator.
 * Returns the open database (the caller closes it).
 */
export async function prepare(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  const handle = openAuthDatabase(config, 2);
  try {
    await migrateAuthDatabase(handle.db);
    await ensureSigningKey(handle.db, config.keyRotateSeconds * 1000);
    if (config.bootstrap) {
      const ctx = createContext(config, handle);
      await bootstrapOperator(ctx, config.bootstrap.email, config.bootstrap.password);
    }
  } catch (err) {
    await handle.close();
    throw err;
  }
  return { config, handle };
}

export const service = defineService({
  name: 'auth',
  port: SERVICE_PORTS.auth,
  loadConfig,
  /** In the supervisor: prepare, then keep the outbox relay running in this one process. */
  async prestart(env: NodeJS.ProcessEnv = process.env) {
    const { config, handle } = await prepare(env);
    startBackground(config, handle);
  },
});

/** The Auth Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config: AuthConfig = loadConfig(env);
  const handle = openAuthDatabase(config);
  const ctx = createContext(config, handle);
  const app = await createService({
    name: 'auth',
    config,
    internal: true,
    // Verifiers fetch the public keys without the internal token.
    openPaths: [JWKS_PATH],
    readyChecks: {
      database: () => handle.db.selectFrom('counters').select('value').limit(1).execute(),
    },
  });
  sessionRoutes(app, ctx);
  inviteRoutes(app, ctx);
  projectRoutes(app, ctx);
  operationRoutes(app, ctx);
  app.addHook('onClose', () => handle.close());
  return app;
}
