/**
 * The chroma service's error catalogue: every coded error it answers, in one place.
 */
import { badRequest, conflict, HttpError, notFound, serviceUnavailable } from '@george/runtime';

export const errors = {
  invalidProjectId: () => new HttpError(400, 'invalid_project_id', 'invalid project id'),
  duplicateChunkId: (field: string) =>
    badRequest('duplicate_chunk_id', 'chunk ids must be unique in a batch', { field }),
  invalidOffsets: (field: string) => badRequest('invalid_offsets', 'end must not be before start', { field }),
  embedderMismatch: (
    collection: { embedder: string; dimension: number },
    configured: { embedder: string; dimension: number | null },
  ) =>
    conflict(
      'embedder_mismatch',
      `this project's vectors were made by ${collection.embedder} (${collection.dimension} dimensions) but the service now embeds with ${configured.embedder}; re-index the project (george reindex)`,
      { collection, configured },
    ),
  collectionNotFound: () => notFound('this project has no collection to re-index', 'collection_not_found'),
  /** The Chroma server (production option) does not answer. */
  chromaUnavailable: () =>
    serviceUnavailable('chroma_unavailable', 'the vector store (Chroma) is unavailable'),
  embeddingsFailed: (message: string) => serviceUnavailable('embeddings_failed', message),
  embeddingsUnavailable: (message: string) => serviceUnavailable('embeddings_unavailable', message),
};
