import { CreateDocumentBody, FsProjectParams } from '@george/contracts/filesystem';
import type { GeorgePlugin } from '@george/runtime';
import type { FilesystemContext } from '../context.js';

export const documentRoutes: GeorgePlugin<FilesystemContext> = async (app, { files }) => {
  app.post(
    '/projects/:projectId/documents',
    { schema: { params: FsProjectParams, body: CreateDocumentBody } },
    async (request, reply) =>
      reply.code(201).send(await files.createDocument(request.params.projectId, request.body)),
  );
};
