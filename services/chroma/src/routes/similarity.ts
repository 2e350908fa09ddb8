import { ChromaSimilarityBody, ChromaSimilarityReply } from '@george/contracts/chroma';
import type { GeorgeInstance } from '@george/runtime';
import type { Retrieval } from '../retrieval.js';

/** How close in meaning texts are to a query: the chat ranks its candidate answer sentences by it. */
export function similarityRoutes(retrieval: Retrieval) {
  return async (app: GeorgeInstance) => {
    app.post(
      '/similarity',
      { schema: { body: ChromaSimilarityBody, response: { 200: ChromaSimilarityReply } } },
      async (request) => ({
        embedder: retrieval.embedder.name,
        kind: retrieval.embedder.kind,
        scores: await retrieval.similarity(request.body.query, request.body.texts, request.body.projectId),
      }),
    );
  };
}
