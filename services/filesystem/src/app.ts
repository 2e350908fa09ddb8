import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import multipart from '@fastify/multipart';
import { createService, defineService, type GeorgeInstance, SERVICE_PORTS } from '@george/runtime';
import { loadConfig } from './config.js';
import type { FilesystemContext } from './context.js';
import { DiskFileRepository } from './repositories/files.js';
import { documentRoutes } from './routes/documents.js';
import { fileRoutes } from './routes/files.js';
import { projectRoutes } from './routes/projects.js';
import { workerExtractor } from './services/extract-runner.js';
import { FileService } from './services/files.js';

export { loadConfig };

export const service = defineService({
  name: 'filesystem',
  port: SERVICE_PORTS.filesystem,
  loadConfig,
  /** Once per start, in the supervisor: folders, leftovers of a crash, the usage caches. */
  async prestart(env = process.env) {
    const repository = new DiskFileRepository(loadConfig(env).dataDir);
    await repository.init();
    await repository.cleanup();
    await repository.rebuildUsage();
  },
});

/** The Filesystem Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config = loadConfig(env);
  const repository = new DiskFileRepository(config.dataDir);
  await repository.init();
  const app = await createService({
    name: 'filesystem',
    config,
    internal: true,
    bodyLimit: config.maxDocumentBytes + 64 * 1024,
  });
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1 } });
  app.george.addReadyCheck('storage', async () => {
    await access(repository.root, constants.W_OK);
  });
  const context: FilesystemContext = {
    files: new FileService(
      repository,
      {
        maxUploadBytes: config.maxUploadBytes,
        projectQuotaBytes: config.projectQuotaBytes,
        zip: config.docx,
      },
      workerExtractor(config.extraction),
    ),
  };
  await app.register(fileRoutes, context);
  await app.register(documentRoutes, context);
  await app.register(projectRoutes, context);
  return app;
}
