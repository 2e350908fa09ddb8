import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import '@fastify/multipart';
import {
  type FileKind,
  FileListQuery,
  FileListResponse,
  FileSummary,
  FileTextQuery,
  FileTextResponse,
} from '@george/contracts';
import { badRequest, type GeorgeInstance, HttpError } from '@george/runtime';
import { Type } from '@sinclair/typebox';
import type { BackendContext } from '../context.js';
import { type FileOperations, summary } from '../files.js';
import { API_PREFIX as P, type Principal } from '../session.js';
import { EditTextBody, ProjectFileParams, ProjectParams } from './schemas.js';

const UploadResponse = Type.Object({ file: FileSummary, jobId: Type.String() });
const UploadBodyDoc = Type.Object(
  { file: Type.String({ format: 'binary', description: 'the manuscript' }) },
  {
    required: ['file'],
  },
);
const EditResponse = Type.Object({
  file: FileSummary,
  jobId: Type.String(),
  version: Type.Union([Type.String(), Type.Null()]),
});

function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Files: upload (streamed through to the filesystem server), list, read, download, edit, delete. */
export function fileRoutes(app: GeorgeInstance, ctx: BackendContext, ops: FileOperations): void {
  const tags = ['files'];
  const user = (request: { principal: Principal | undefined }) => request.principal as Principal;

  app.post(
    `${P}/projects/:projectId/files`,
    {
      schema: {
        tags,
        params: ProjectParams,
        consumes: ['multipart/form-data'],
        description:
          'Multipart upload, field `file` (.txt, .md, .docx, .pdf). Stored, committed to the history, and an ' +
          'ingestion job queued: 202 `{file, jobId}`.',
        response: { 202: UploadResponse },
      },
      // The multipart body is read as a stream, not validated as a whole; the document still shows it.
      config: {
        swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: UploadBodyDoc }, url }),
      },
    },
    async (request, reply) => {
      const principal = user(request);
      const { projectId } = request.params;
      await ctx.access.require(projectId, principal.userId, 'edit', request.id);
      if (!request.isMultipart()) {
        throw new HttpError(
          415,
          'multipart_required',
          'upload the file as multipart/form-data, field "file"',
        );
      }
      const part = await request.file({
        limits: { fileSize: ctx.config.maxUploadBytes, files: 1, parts: 10 },
      });
      if (part?.fieldname !== 'file')
        throw badRequest('missing_file', 'the multipart field "file" is required');
      const result = await ops.upload(
        principal,
        projectId,
        {
          filename: part.filename || 'upload',
          stream: part.file,
          mediaType: part.mimetype || 'application/octet-stream',
          truncated: () => part.file.truncated,
        },
        request.id,
      );
      return reply.code(202).send(result);
    },
  );

  app.get(
    `${P}/projects/:projectId/files`,
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: FileListQuery,
        description: 'Every file of the project, or those of one `kind` (manuscript, note, sheet, import).',
        response: { 200: FileListResponse },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      const principal = user(request);
      await ctx.access.require(projectId, principal.userId, 'read', request.id);
      const options: { kind?: FileKind; requestId: string; userId: string } = {
        requestId: request.id,
        userId: principal.userId,
      };
      if (request.query.kind) options.kind = request.query.kind;
      const [listed, hidden] = await Promise.all([
        ctx.files.list(projectId, options),
        ctx.sagas.unfinishedUploadFileIds(projectId),
      ]);
      return { files: listed.filter((f) => !hidden.has(f.id)) };
    },
  );

  app.get(
    `${P}/projects/:projectId/files/:fileId`,
    { schema: { tags, params: ProjectFileParams } },
    async (request) => {
      const { projectId, fileId } = request.params;
      const principal = user(request);
      await ctx.access.require(projectId, principal.userId, 'read', request.id);
      const meta = await ctx.files.get(projectId, fileId, {
        paragraphs: false,
        requestId: request.id,
        userId: principal.userId,
      });
      const stats = await ctx.database.db
        .selectFrom('file_stats')
        .select(['stats'])
        .where('project_id', '=', projectId)
        .where('file_id', '=', fileId)
        .executeTakeFirst();
      return { file: meta, statistics: stats ? (JSON.parse(stats.stats) as unknown) : null };
    },
  );

  app.get(
    `${P}/projects/:projectId/files/:fileId/text`,
    {
      schema: {
        tags,
        params: ProjectFileParams,
        querystring: FileTextQuery,
        response: { 200: FileTextResponse },
      },
    },
    async (request) => {
      const { projectId, fileId } = request.params;
      const principal = user(request);
      await ctx.access.require(projectId, principal.userId, 'read', request.id);
      const range: { start?: number; end?: number } = {};
      if (request.query.start !== undefined) range.start = request.query.start;
      if (request.query.end !== undefined) range.end = request.query.end;
      return ctx.files.text(projectId, fileId, range, { requestId: request.id, userId: principal.userId });
    },
  );

  app.put(
    `${P}/projects/:projectId/files/:fileId/text`,
    {
      bodyLimit: 11 * 1024 * 1024,
      schema: { tags, params: ProjectFileParams, body: EditTextBody, response: { 202: EditResponse } },
    },
    async (request, reply) => {
      const { projectId, fileId } = request.params;
      const principal = user(request);
      await ctx.access.require(projectId, principal.userId, 'edit', request.id);
      const meta = await ctx.files.get(projectId, fileId, { paragraphs: false, requestId: request.id });
      const change: { fileId: string; newText: string; baseRevision?: number } = {
        fileId,
        newText: request.body.content,
      };
      if (request.body.baseRevision !== undefined) change.baseRevision = request.body.baseRevision;
      const result = await ops.updateTexts(principal, projectId, [change], `Edit ${meta.name}`, request.id);
      return reply.code(202).send({
        file: result.files[0] ?? summary(meta),
        jobId: result.jobIds[0] as string,
        version: result.commit,
      });
    },
  );

  app.get(
    `${P}/projects/:projectId/files/:fileId/download`,
    { schema: { tags, params: ProjectFileParams, description: 'The original bytes as uploaded.' } },
    async (request, reply) => {
      const { projectId, fileId } = request.params;
      const principal = user(request);
      await ctx.access.require(projectId, principal.userId, 'read', request.id);
      const call = { requestId: request.id, userId: principal.userId };
      const meta = await ctx.files.get(projectId, fileId, { paragraphs: false, ...call });
      const response = await ctx.files.original(projectId, fileId, call);
      reply.header('content-type', meta.mediaType);
      reply.header('content-disposition', contentDisposition(meta.name));
      const length = response.headers.get('content-length');
      if (length) reply.header('content-length', length);
      return reply.send(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>));
    },
  );

  app.delete(
    `${P}/projects/:projectId/files/:fileId`,
    { schema: { tags, params: ProjectFileParams, response: { 200: Type.Object({ deleted: FileSummary }) } } },
    async (request) => {
      const { projectId, fileId } = request.params;
      const principal = user(request);
      await ctx.access.require(projectId, principal.userId, 'edit', request.id);
      return { deleted: await ops.deleteFile(principal, projectId, fileId, request.id) };
    },
  );
}
