import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import multipart from '@fastify/multipart';
import { createService, defineService, type GeorgeInstance, SERVICE_PORTS } from '@george/runtime';
import { loadConfig } from './config.js';
import { fileRoutes } from './routes/files.js';
import { FileStore } from './store.js';

export { loadConfig };

export const service = defineService({
  name: 'filesystem',
  port: SERVICE_PORTS.filesystem,
  loadConfig,
  async prestart(env = process.env) {
    const config = loadConfig(env);
    const store = new FileStore(config.dataDir, config.PROJECT_QUOTA_BYTES);
    await store.init();
    await store.cleanup();
    await store.rebuildUsage();
  },
});

/** The Filesystem Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config = loadConfig(env);
  const store = new FileStore(config.dataDir, config.PROJECT_QUOTA_BYTES);
  await store.init();
  const app = await createService({
    name: 'filesystem',
    config,
    internal: true,
    bodyLimit: config.MAX_DOCUMENT_BYTES + 64 * 1024,
  });
  await app.register(multipart, { limits: { fileSize: config.MAX_UPLOAD_BYTES, files: 1 } });
  app.george.addReadyCheck('storage', async () => {
    await access(store.root, constants.W_OK);
  });
  fileRoutes(app, store, config);
  return app;
}
