import {
  ChromaCountReply,
  ChromaDeleteFileReply,
  ChromaDeleteProjectReply,
  ChromaFileParams,
  ChromaProjectParams,
  ChromaProjectsReply,
  ChromaQueryBody,
  ChromaQueryReply,
  ChromaReindexBody,
  ChromaReindexReply,
  ChromaUpsertBody,
  ChromaUpsertReply,
} from '@george/contracts/chroma';
import type { GeorgeInstance } from '@george/runtime';
import { errors } from '../errors.js';
import type { Retrieval } from '../retrieval.js';

export function projectRoutes(retrieval: Retrieval) {
  return async (app: GeorgeInstance) => {
    app.post(
      '/projects/:projectId/chunks',
      {
        schema: { params: ChromaProjectParams, body: ChromaUpsertBody, response: { 200: ChromaUpsertReply } },
      },
      async (request, reply) => {
        const { chunks } = request.body;
        const seen = new Set<string>();
        for (const [i, chunk] of chunks.entries()) {
          if (seen.has(chunk.id)) throw errors.duplicateChunkId(`chunks.${i}.id`);
          seen.add(chunk.id);
          if (chunk.metadata.end < chunk.metadata.start)
            throw errors.invalidOffsets(`chunks.${i}.metadata.end`);
        }
        // A client that gives up (its timeout) closes the connection before the answer: the
        // embedding still queued for it is dropped rather than computed for nobody.
        const abandoned = new AbortController();
        reply.raw.once('close', () => {
          if (!reply.raw.writableFinished) abandoned.abort();
        });
        const result = await retrieval.upsert(request.params.projectId, chunks, abandoned.signal);
        return { ...result, embedder: retrieval.embedder.name };
      },
    );

    app.post(
      '/projects/:projectId/query',
      { schema: { params: ChromaProjectParams, body: ChromaQueryBody, response: { 200: ChromaQueryReply } } },
      async (request) => {
        const { text, k, filter, mode } = request.body;
        const chosen = mode ?? 'hybrid';
        const results = await retrieval.query(request.params.projectId, {
          text,
          k: k ?? 10,
          fileId: filter?.fileId,
          fileIds: filter?.fileIds,
          kind: filter?.kind,
          chapterFrom: filter?.chapterFrom,
          chapterTo: filter?.chapterTo,
          mode: chosen,
        });
        return { mode: chosen, embedder: retrieval.embedder.name, results };
      },
    );

    app.delete(
      '/projects/:projectId/files/:fileId',
      { schema: { params: ChromaFileParams, response: { 200: ChromaDeleteFileReply } } },
      async (request) => ({
        deleted: await retrieval.deleteFile(request.params.projectId, request.params.fileId),
      }),
    );

    app.delete(
      '/projects/:projectId',
      { schema: { params: ChromaProjectParams, response: { 200: ChromaDeleteProjectReply } } },
      async (request) => ({ deleted: await retrieval.deleteProject(request.params.projectId) }),
    );

    app.get(
      '/projects/:projectId/count',
      { schema: { params: ChromaProjectParams, response: { 200: ChromaCountReply } } },
      async (request) => retrieval.count(request.params.projectId),
    );

    app.get('/projects', { schema: { response: { 200: ChromaProjectsReply } } }, async () => ({
      embedder: retrieval.embedder.name,
      dimension: retrieval.embedder.dimension ?? null,
      projects: await retrieval.projects(),
    }));

    app.post(
      '/projects/:projectId/reindex',
      {
        schema: {
          params: ChromaProjectParams,
          body: ChromaReindexBody,
          response: { 200: ChromaReindexReply },
        },
      },
      async (request) => {
        const result = await retrieval.reindex(request.params.projectId, request.body.limit);
        return { ...result, embedder: retrieval.embedder.name };
      },
    );
  };
}
