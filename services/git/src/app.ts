import { createService, defineService, type GeorgeInstance, SERVICE_PORTS } from '@george/runtime';
import { loadConfig } from './config.js';
import type { GitContext } from './context.js';
import { GitRepository } from './repositories/git.js';
import { runGit } from './repositories/run.js';
import { commitRoutes } from './routes/commits.js';
import { fileRoutes } from './routes/files.js';
import { projectRoutes } from './routes/projects.js';
import { VersionService } from './services/versions.js';

export { loadConfig };

export const service = defineService({
  name: 'git',
  port: SERVICE_PORTS.git,
  loadConfig,
  /** Once per start, in the supervisor: folders, and what a crash left behind. */
  async prestart(env = process.env) {
    const config = loadConfig(env);
    const repository = new GitRepository(config.dataDir, config.gitBinary);
    await repository.init();
    await repository.cleanup();
  },
});

/** The Git Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config = loadConfig(env);
  const repository = new GitRepository(config.dataDir, config.gitBinary);
  await repository.init();
  const app = await createService({ name: 'git', config, internal: true, bodyLimit: config.maxCommitBytes });
  app.george.addReadyCheck('git', async () => {
    await runGit(config.gitBinary, ['--version']);
  });
  const context: GitContext = { versions: new VersionService(repository, config.maxDiffBytes) };
  await app.register(commitRoutes, context);
  await app.register(fileRoutes, context);
  await app.register(projectRoutes, context);
  return app;
}
