import '@fastify/multipart';
import {
  EditTextBody,
  EditTextResponse,
  FileDeleteResponse,
  FileDetailResponse,
  FileListQuery,
  FileListResponse,
  FileTextQuery,
  FileTextResponse,
  ProjectFileParams,
  ProjectParams,
  UploadBody,
  UploadResponse,
} from '@george/contracts/api';
import { MISSING_FILE, MULTIPART_REQUIRED } from '../errors.js';
import type { AreaRoutes } from '../http/contexts.js';
import { contentDisposition } from '../http/download.js';

const tags = ['files'];

/** Files (`/projects/:projectId/files`): upload (streamed through), list, read, download, edit, delete. */
export const fileRoutes: AreaRoutes = async (app, { services: { files }, config }) => {
  app.post(
    '',
    {
      schema: {
        tags,
        params: ProjectParams,
        consumes: ['multipart/form-data'],
        description:
          'Multipart upload, field `file` (.txt, .md, .docx, .pdf, .epub, .odt, .rtf, a Scrivener project as .zip). Stored, committed to the history, and an ' +
          'ingestion job queued: 202 `{file, jobId}`.',
        response: { 202: UploadResponse },
      },
      // The multipart body is read as a stream, not validated as a whole; the document still shows it.
      config: {
        swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: UploadBody }, url }),
      },
    },
    async (request, reply) => {
      // The body is read only once the service has checked access.
      const result = await files.upload(request.principal, request.params.projectId, async () => {
        if (!request.isMultipart()) throw MULTIPART_REQUIRED();
        const part = await request.file({ limits: { fileSize: config.maxUploadBytes, files: 1, parts: 10 } });
        if (part?.fieldname !== 'file') throw MISSING_FILE();
        return {
          filename: part.filename || 'upload',
          stream: part.file,
          mediaType: part.mimetype || 'application/octet-stream',
          truncated: () => part.file.truncated,
        };
      });
      return reply.code(202).send(result);
    },
  );

  app.get(
    '',
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: FileListQuery,
        description:
          'The author’s own files (manuscripts, imports and notes; not the generated story-bible sheets), ' +
          'those of one `kind` (manuscript, import, note, sheet), or `kind=all`.',
        response: { 200: FileListResponse },
      },
    },
    async (request) => ({
      files: await files.list(request.principal, request.params.projectId, request.query),
    }),
  );

  app.get(
    '/:fileId',
    { schema: { tags, params: ProjectFileParams, response: { 200: FileDetailResponse } } },
    async (request) => files.get(request.principal, request.params.projectId, request.params.fileId),
  );

  app.get(
    '/:fileId/text',
    {
      schema: {
        tags,
        params: ProjectFileParams,
        querystring: FileTextQuery,
        response: { 200: FileTextResponse },
      },
    },
    async (request) =>
      files.text(request.principal, request.params.projectId, request.params.fileId, request.query),
  );

  app.put(
    '/:fileId/text',
    {
      bodyLimit: 11 * 1024 * 1024,
      schema: { tags, params: ProjectFileParams, body: EditTextBody, response: { 202: EditTextResponse } },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(
          await files.edit(request.principal, request.params.projectId, request.params.fileId, request.body),
        ),
  );

  app.get(
    '/:fileId/download',
    { schema: { tags, params: ProjectFileParams, description: 'The original bytes as uploaded.' } },
    async (request, reply) => {
      const download = await files.download(
        request.principal,
        request.params.projectId,
        request.params.fileId,
      );
      reply.header('content-type', download.mediaType);
      reply.header('content-disposition', contentDisposition(download.name));
      if (download.length) reply.header('content-length', download.length);
      return reply.send(download.body);
    },
  );

  app.delete(
    '/:fileId',
    { schema: { tags, params: ProjectFileParams, response: { 200: FileDeleteResponse } } },
    async (request) => files.delete(request.principal, request.params.projectId, request.params.fileId),
  );
};
