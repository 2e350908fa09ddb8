import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { GitProjectParams } from '@george/contracts/git';
import type { GeorgePlugin } from '@george/runtime';
import type { GitContext } from '../context.js';
import { InvalidBundle } from '../errors.js';

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

  // A bundle is read whole (the service's body limit applies) and written aside before git reads it.
  app.addContentTypeParser('application/x-git-bundle', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
  app.post(
    '/projects/:projectId/import',
    { schema: { params: GitProjectParams } },
    async (request, reply) => {
      const body = request.body;
      if (!Buffer.isBuffer(body)) throw InvalidBundle('send the bundle as application/x-git-bundle');
      return reply.code(201).send(await versions.importBundle(request.params.projectId, body));
    },
  );

  app.delete('/projects/:projectId', { schema: { params: GitProjectParams } }, async (request) =>
    versions.deleteProject(request.params.projectId),
  );
};
