import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  CreateDocumentBody,
  FileListQuery,
  FileMetadataQuery,
  FileParams,
  FileTextQuery,
  FileUploadQuery,
  FsProjectParams,
  UpdateTextBody,
} from '@george/contracts/filesystem';
import { badRequest, type GeorgeInstance, HttpError } from '@george/runtime';
import type { FilesystemConfig } from '../config.js';
import { extract, MEDIA_TYPES } from '../extract.js';
import { workerExtractor } from '../extract-runner.js';
import { sanitiseName } from '../paths.js';
import type { FileStore } from '../store.js';
import { blocksFromPlainText, buildStructure, normaliseText } from '../text.js';

const tooLarge = (limit: number) =>
  new HttpError(413, 'file_too_large', `the file is larger than the limit of ${limit} bytes`);

function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function fileRoutes(app: GeorgeInstance, store: FileStore, config: FilesystemConfig): void {
  const documents = workerExtractor({
    timeoutMs: config.EXTRACTION_TIMEOUT_MS,
    maxMemoryMb: config.EXTRACTION_MAX_MEMORY_MB,
  });
  app.post(
    '/projects/:projectId/files',
    { schema: { params: FsProjectParams, querystring: FileUploadQuery } },
    async (request, reply) => {
      const { projectId } = request.params;
      if (!request.isMultipart()) {
        throw new HttpError(
          415,
          'multipart_required',
          'upload the file as multipart/form-data, field "file"',
        );
      }
      // A declared length far over the limit is refused before anything is read.
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > config.MAX_UPLOAD_BYTES + 1024 * 1024) throw tooLarge(config.MAX_UPLOAD_BYTES);
      const { usedBytes } = await store.usage(projectId);
      const room = store.quotaBytes - usedBytes;
      if (room <= 0) throw new HttpError(413, 'quota_exceeded', "the project's storage quota is used up");
      const limit = Math.min(config.MAX_UPLOAD_BYTES, room);
      const part = await request.file({ limits: { fileSize: limit, files: 1, fields: 10, parts: 20 } });
      if (part?.fieldname !== 'file')
        throw badRequest('missing_file', 'the multipart field "file" is required');
      const name = sanitiseName(request.query.name ?? part.filename ?? '');
      const staging = await store.stagingDir();
      let committed = false;
      try {
        const originalPath = join(staging, 'original');
        const hash = createHash('sha256');
        let size = 0;
        const meter = new Transform({
          transform(chunk: Buffer, _enc, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
          },
        });
        const out = createWriteStream(originalPath, { flags: 'wx', mode: 0o600 });
        try {
          await pipeline(part.file, meter, out);
        } catch (err) {
          if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
            throw limit < config.MAX_UPLOAD_BYTES
              ? new HttpError(413, 'quota_exceeded', "the file does not fit in the project's storage quota")
              : tooLarge(config.MAX_UPLOAD_BYTES);
          }
          throw err;
        }
        if (part.file.truncated) throw tooLarge(config.MAX_UPLOAD_BYTES);
        const handle = await open(originalPath, 'r');
        await handle.sync();
        await handle.close();
        const buf = await readFile(originalPath);
        const extracted = await extract(
          buf,
          {
            name,
            zip: {
              maxUncompressedBytes: config.DOCX_MAX_UNCOMPRESSED_BYTES,
              maxRatio: config.DOCX_MAX_RATIO,
              maxEntries: 10_000,
            },
          },
          documents,
        );
        const structure = buildStructure(extracted.blocks);
        const meta = await store.commitNew(
          staging,
          {
            projectId,
            name,
            kind: request.query.kind ?? 'manuscript',
            type: extracted.type,
            mediaType: extracted.mediaType,
            ...(extracted.encoding ? { encoding: extracted.encoding } : {}),
            sha256: hash.digest('hex'),
            size,
          },
          structure,
          true,
        );
        committed = true;
        return reply.code(201).send(meta);
      } finally {
        if (!committed) await rm(staging, { recursive: true, force: true });
      }
    },
  );

  app.post(
    '/projects/:projectId/documents',
    { schema: { params: FsProjectParams, body: CreateDocumentBody } },
    async (request, reply) => {
      const { projectId } = request.params;
      const body = request.body;
      const name = sanitiseName(body.name);
      const type = (body.format ?? 'markdown') === 'markdown' ? 'markdown' : 'text';
      const structure = buildStructure(blocksFromPlainText(normaliseText(body.content, { blankRuns: true })));
      const staging = await store.stagingDir();
      try {
        const meta = await store.commitNew(
          staging,
          {
            projectId,
            name,
            kind: body.kind ?? 'note',
            type,
            mediaType: MEDIA_TYPES[type],
            sha256: createHash('sha256').update(structure.text).digest('hex'),
            size: Buffer.byteLength(structure.text, 'utf8'),
          },
          structure,
          false,
        );
        return reply.code(201).send(meta);
      } catch (err) {
        await rm(staging, { recursive: true, force: true });
        throw err;
      }
    },
  );

  app.get(
    '/projects/:projectId/files',
    { schema: { params: FsProjectParams, querystring: FileListQuery } },
    async (request) => ({ files: await store.list(request.params.projectId, request.query.kind) }),
  );

  app.get(
    '/projects/:projectId/files/:fileId',
    { schema: { params: FileParams, querystring: FileMetadataQuery } },
    async (request) =>
      store.get(request.params.projectId, request.params.fileId, request.query.paragraphs !== false),
  );

  app.get(
    '/projects/:projectId/files/:fileId/text',
    { schema: { params: FileParams, querystring: FileTextQuery } },
    async (request) => {
      const { meta, text } = await store.readText(request.params.projectId, request.params.fileId);
      const start = request.query.start ?? 0;
      const end = Math.min(request.query.end ?? text.length, text.length);
      if (start > end) throw badRequest('invalid_range', 'start must not be after end (or the text length)');
      return {
        fileId: meta.id,
        revision: meta.revision,
        start,
        end,
        length: text.length,
        text: text.slice(start, end),
      };
    },
  );

  app.get(
    '/projects/:projectId/files/:fileId/original',
    { schema: { params: FileParams } },
    async (request, reply) => {
      const { meta, data } = await store.readOriginal(request.params.projectId, request.params.fileId);
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
    async (request) => {
      const { projectId, fileId } = request.params;
      const structure = buildStructure(
        blocksFromPlainText(normaliseText(request.body.content, { blankRuns: true })),
      );
      return store.updateText(projectId, fileId, structure, {
        ...(request.body.name !== undefined ? { name: sanitiseName(request.body.name) } : {}),
        ...(request.body.baseRevision !== undefined ? { baseRevision: request.body.baseRevision } : {}),
      });
    },
  );

  app.delete('/projects/:projectId/files/:fileId', { schema: { params: FileParams } }, async (request) => ({
    deleted: await store.delete(request.params.projectId, request.params.fileId),
  }));

  app.get('/projects/:projectId/usage', { schema: { params: FsProjectParams } }, async (request) => {
    const { projectId } = request.params;
    const usage = await store.usage(projectId);
    return { projectId, ...usage, quotaBytes: store.quotaBytes };
  });

  app.delete('/projects/:projectId', { schema: { params: FsProjectParams } }, async (request) => {
    const { projectId } = request.params;
    return { projectId, deletedFiles: await store.deleteProject(projectId) };
  });
}
