import {
  FileListQuery,
  FileMetadataQuery,
  FileParams,
  FileTextQuery,
  FileUploadQuery,
  FsProjectParams,
  UpdateTextBody,
} from '@george/contracts/filesystem';
import type { GeorgePlugin } from '@george/runtime';
import type { FastifyRequest } from 'fastify';
import type { FilesystemContext } from '../context.js';
import { MultipartRequired } from '../errors.js';
import type { UploadSource } from '../services/files.js';

function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The request's `file` part, read with the limit the service sets (@fastify/multipart). */
function uploadSource(request: FastifyRequest): UploadSource {
  const declared = Number(request.headers['content-length']);
  return {
    declaredBytes: Number.isFinite(declared) ? declared : undefined,
    async open(limitBytes) {
      const part = await request.file({ limits: { fileSize: limitBytes, files: 1, fields: 10, parts: 20 } });
      return (
        part && {
          fieldname: part.fieldname,
          filename: part.filename,
          stream: part.file,
          truncated: () => part.file.truncated,
        }
      );
    },
    isLimitError: (err) => (err as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE',
  };
}

export const fileRoutes: GeorgePlugin<FilesystemContext> = async (app, { files }) => {
  app.post(
    '/projects/:projectId/files',
    { schema: { params: FsProjectParams, querystring: FileUploadQuery } },
    async (request, reply) => {
      if (!request.isMultipart()) throw MultipartRequired();
      const meta = await files.upload(request.params.projectId, uploadSource(request), request.query);
      return reply.code(201).send(meta);
    },
  );

  app.get(
    '/projects/:projectId/files',
    { schema: { params: FsProjectParams, querystring: FileListQuery } },
    async (request) => ({ files: await files.list(request.params.projectId, request.query.kind) }),
  );

  app.get(
    '/projects/:projectId/files/:fileId',
    { schema: { params: FileParams, querystring: FileMetadataQuery } },
    async (request) =>
      files.get(request.params.projectId, request.params.fileId, request.query.paragraphs !== false),
  );

  app.get(
    '/projects/:projectId/files/:fileId/text',
    { schema: { params: FileParams, querystring: FileTextQuery } },
    async (request) => files.text(request.params.projectId, request.params.fileId, request.query),
  );

  app.get(
    '/projects/:projectId/files/:fileId/original',
    { schema: { params: FileParams } },
    async (request, reply) => {
      const { meta, data } = await files.original(request.params.projectId, request.params.fileId);
      return reply
        .type(meta.mediaType)
        .header('content-disposition', contentDisposition(meta.name))
        .header('x-content-sha256', meta.sha256)
        .send(data);
    },
  );

  app.put(
    '/projects/:projectId/files/:fileId/text',
    { schema: { params: FileParams, body: UpdateTextBody } },
    async (request) => files.updateText(request.params.projectId, request.params.fileId, request.body),
  );

  app.delete('/projects/:projectId/files/:fileId', { schema: { params: FileParams } }, async (request) => ({
    deleted: await files.delete(request.params.projectId, request.params.fileId),
  }));
};
