import { FsProjectParams } from '@george/contracts/filesystem';
import type { GeorgePlugin } from '@george/runtime';
import type { FilesystemContext } from '../context.js';

export const projectRoutes: GeorgePlugin<FilesystemContext> = async (app, { files }) => {
  app.get('/projects/:projectId/usage', { schema: { params: FsProjectParams } }, async (request) =>
    files.usage(request.params.projectId),
  );

  app.delete('/projects/:projectId', { schema: { params: FsProjectParams } }, async (request) =>
    files.deleteProject(request.params.projectId),
  );
};
