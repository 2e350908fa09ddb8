import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { GitProjectParams } from '@george/contracts/git';
import type { GeorgePlugin } from '@george/runtime';
import type { GitContext } from '../context.js';

export const projectRoutes: GeorgePlugin<GitContext> = async (app, { versions }) => {
  app.get('/projects/:projectId', { schema: { params: GitProjectParams } }, async (request) =>
    versions.project(request.params.projectId),
  );

  app.get('/projects/:projectId/export', { schema: { params: GitProjectParams } }, async (request, reply) => {
    const { projectId } = request.params;
    const file = await versions.exportBundle(projectId);
    const stream = createReadStream(file);
    stream.once('close', () => {
      rm(file, { force: true }).catch(() => undefined);
    });
    return reply
      .type('application/x-git-bundle')
      .header('content-disposition', `attachment; filename="${projectId}.bundle"`)
      .send(stream);
  });

  app.delete('/projects/:projectId', { schema: { params: GitProjectParams } }, async (request) =>
    versions.deleteProject(request.params.projectId),
  );
};
