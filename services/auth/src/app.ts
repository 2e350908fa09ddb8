import { JWKS_PATH } from '@george/contracts';
import { createService, defineService, type GeorgeInstance, SERVICE_PORTS } from '@george/runtime';
import { startBackground } from './background.js';
import { type AuthConfig, loadConfig } from './config.js';
import { type AuthContext, createContext } from './context.js';
import { sqlRepositories } from './repositories/index.js';
import { openThrottleStore } from './repositories/throttle.js';
import { inviteRoutes } from './routes/invites.js';
import { lockoutRoutes } from './routes/lockouts.js';
import { jwksRoutes, operationRoutes } from './routes/operations.js';
import { invitationRoutes, projectRoutes } from './routes/projects.js';
import { sessionRoutes, tokenRoutes } from './routes/sessions.js';
import { userRoutes } from './routes/users.js';
import { bootstrapOperator } from './services/accounts.js';
import { ensureSigningKey } from './services/keys.js';
import { type AuthDatabase, migrateAuthDatabase, openAuthDatabase } from './store/db.js';

export { loadConfig };

/** The services' context on an open database: SQL repositories and the configured throttle store. */
export async function contextFor(
  config: AuthConfig,
  handle: AuthDatabase,
  now?: () => number,
): Promise<AuthContext> {
  const store = await openThrottleStore(handle.db, handle.dialect, {
    redisUrl: config.redisUrl,
    redisNamespace: config.redisKeyPrefix,
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
  });
  return createContext(config, sqlRepositories(handle.db, handle.dialect), store, now);
}

/**
 * Once per start, before workers fork: migrations, the first signing key, the bootstrap operator.
 * Returns the open database (the caller closes it).
 */
export async function prepare(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  const handle = openAuthDatabase(config, 2);
  try {
    await migrateAuthDatabase(handle.db);
    const repos = sqlRepositories(handle.db, handle.dialect);
    await ensureSigningKey(repos.signingKeys, config.keyRotateSeconds * 1000);
    if (config.bootstrap) {
      const ctx = await contextFor(config, handle);
      try {
        await bootstrapOperator(ctx, config.bootstrap.email, config.bootstrap.password);
      } finally {
        await ctx.throttle.close();
      }
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
  const ctx = await contextFor(config, handle);
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
  await app.register(jwksRoutes, { ctx });
  await app.register(userRoutes, { ctx, prefix: '/internal/users' });
  await app.register(sessionRoutes, { ctx, prefix: '/internal/sessions' });
  await app.register(tokenRoutes, { ctx, prefix: '/internal/tokens' });
  await app.register(inviteRoutes, { ctx, prefix: '/internal/invites' });
  await app.register(projectRoutes, { ctx, prefix: '/internal/projects' });
  await app.register(invitationRoutes, { ctx, prefix: '/internal/invitations' });
  await app.register(lockoutRoutes, { ctx, prefix: '/internal' });
  await app.register(operationRoutes, { ctx, prefix: '/internal' });
  app.addHook('onClose', async () => {
    await ctx.throttle.close();
    await handle.close();
  });
  return app;
}
