import { createService, defineService, type GeorgeInstance, SERVICE_PORTS } from '@george/runtime';
import { loadConfig } from './config.js';
import { RepoStore } from './repo.js';
import { gitRoutes } from './routes/git.js';
import { runGit } from './run.js';

export { loadConfig };

export const service = defineService({
  name: 'git',
  port: SERVICE_PORTS.git,
  loadConfig,
  async prestart(env = process.env) {
    const config = loadConfig(env);
    const store = new RepoStore(config.dataDir, config.GIT_BINARY);
    await store.init();
    await store.cleanup();
  },
});

/** The Git Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config = loadConfig(env);
  const store = new RepoStore(config.dataDir, config.GIT_BINARY);
  await store.init();
  const app = await createService({
    name: 'git',
    config,
    internal: true,
    bodyLimit: config.MAX_COMMIT_BYTES,
  });
  app.george.addReadyCheck('git', async () => {
    await runGit(config.GIT_BINARY, ['--version']);
  });
  gitRoutes(app, store, config);
  return app;
}
