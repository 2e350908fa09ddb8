/**
 * The Chroma Server's contract (port 6003): route schemas shared by the service and its typed client.
 */
import type { InternalClient } from '@george/runtime';
import { type Static, Type } from '@sinclair/typebox';
import { type ClientSettings, internalClient } from './clients.js';

export const CHROMA_ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';
export const CHROMA_CHUNK_ID_PATTERN = '^[A-Za-z0-9_.:-]{1,128}$';
export const CHROMA_KIND_PATTERN = '^[a-z][a-z0-9_-]{0,31}$';

export const CHROMA_MAX_BATCH = 500;
export const CHROMA_MAX_K = 50;
export const CHROMA_MAX_CHUNK_CHARS = 20_000;

export const ChromaProjectParams = Type.Object(
  { projectId: Type.String({ pattern: CHROMA_ID_PATTERN }) },
  { additionalProperties: false },
);
export const ChromaFileParams = Type.Object(
  {
    projectId: Type.String({ pattern: CHROMA_ID_PATTERN }),
    fileId: Type.String({ pattern: CHROMA_ID_PATTERN }),
  },
  { additionalProperties: false },
);

export const ChromaChunkMetadata = Type.Object(
  {
    fileId: Type.String({ pattern: CHROMA_ID_PATTERN }),
    kind: Type.String({ pattern: CHROMA_KIND_PATTERN }),
    chapter: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
    paragraph: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type ChromaChunkMetadata = Static<typeof ChromaChunkMetadata>;

export const ChromaChunk = Type.Object(
  {
    id: Type.String({ pattern: CHROMA_CHUNK_ID_PATTERN }),
    text: Type.String({ minLength: 1, maxLength: CHROMA_MAX_CHUNK_CHARS }),
    metadata: ChromaChunkMetadata,
  },
  { additionalProperties: false },
);
export type ChromaChunk = Static<typeof ChromaChunk>;

export const ChromaUpsertBody = Type.Object(
  { chunks: Type.Array(ChromaChunk, { minItems: 1, maxItems: CHROMA_MAX_BATCH }) },
  { additionalProperties: false },
);
export type ChromaUpsertBody = Static<typeof ChromaUpsertBody>;

export const ChromaUpsertReply = Type.Object({
  upserted: Type.Integer(),
  count: Type.Integer(),
  embedder: Type.String(),
  dimension: Type.Integer(),
});
export type ChromaUpsertReply = Static<typeof ChromaUpsertReply>;

export const ChromaQueryMode = Type.Union([
  Type.Literal('hybrid'),
  Type.Literal('vector'),
  Type.Literal('lexical'),
]);
export type ChromaQueryMode = Static<typeof ChromaQueryMode>;

export const ChromaQueryBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 4000 }),
    k: Type.Optional(Type.Integer({ minimum: 1, maximum: CHROMA_MAX_K, default: 10 })),
    filter: Type.Optional(
      Type.Object(
        {
          fileId: Type.Optional(Type.String({ pattern: CHROMA_ID_PATTERN })),
          /** Only chunks of these files (a book of a series); with fileId, both must hold. */
          fileIds: Type.Optional(
            Type.Array(Type.String({ pattern: CHROMA_ID_PATTERN }), { minItems: 1, maxItems: 1000 }),
          ),
          kind: Type.Optional(Type.String({ pattern: CHROMA_KIND_PATTERN })),
          /** Only chunks of these chapters (1-based, inclusive); chunks with no chapter are left out. */
          chapterFrom: Type.Optional(Type.Integer({ minimum: 0 })),
          chapterTo: Type.Optional(Type.Integer({ minimum: 0 })),
        },
        { additionalProperties: false },
      ),
    ),
    /** `hybrid` (default) fuses vector and BM25 rankings; the others are for evaluation and debugging. */
    mode: Type.Optional(ChromaQueryMode),
  },
  { additionalProperties: false },
);
export type ChromaQueryBody = Static<typeof ChromaQueryBody>;

export const ChromaQueryHit = Type.Object({
  id: Type.String(),
  text: Type.String(),
  metadata: ChromaChunkMetadata,
  /** Higher is better. Hybrid: fused reciprocal-rank score; vector: cosine similarity; lexical: BM25. */
  score: Type.Number(),
  vectorScore: Type.Union([Type.Number(), Type.Null()]),
  lexicalScore: Type.Union([Type.Number(), Type.Null()]),
});
export type ChromaQueryHit = Static<typeof ChromaQueryHit>;

export const ChromaQueryReply = Type.Object({
  mode: ChromaQueryMode,
  embedder: Type.String(),
  results: Type.Array(ChromaQueryHit),
});
export type ChromaQueryReply = Static<typeof ChromaQueryReply>;

export const ChromaCountReply = Type.Object({
  count: Type.Integer(),
  exists: Type.Boolean(),
  embedder: Type.Union([Type.String(), Type.Null()]),
  dimension: Type.Union([Type.Integer(), Type.Null()]),
});
export type ChromaCountReply = Static<typeof ChromaCountReply>;

export const ChromaDeleteFileReply = Type.Object({ deleted: Type.Integer() });
export type ChromaDeleteFileReply = Static<typeof ChromaDeleteFileReply>;

export const ChromaDeleteProjectReply = Type.Object({ deleted: Type.Boolean() });
export type ChromaDeleteProjectReply = Static<typeof ChromaDeleteProjectReply>;

export const CHROMA_MAX_REINDEX_STEP = 5000;

/** A re-index step: `limit` chunks at most (default: all that are left). */
export const ChromaReindexBody = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: CHROMA_MAX_REINDEX_STEP })) },
  { additionalProperties: false },
);
export type ChromaReindexBody = Static<typeof ChromaReindexBody>;

export const ChromaReindexReply = Type.Object({
  /** Chunks embedded by this call. */
  reindexed: Type.Integer(),
  /** Chunks on the configured embedder so far, of `total`. */
  done: Type.Integer(),
  total: Type.Integer(),
  /** True once every chunk is on the configured embedder and searches use the new vectors. */
  finished: Type.Boolean(),
  embedder: Type.String(),
  dimension: Type.Integer(),
});
export type ChromaReindexReply = Static<typeof ChromaReindexReply>;

export const ChromaProjectSummary = Type.Object({
  projectId: Type.String(),
  count: Type.Integer(),
  embedder: Type.Union([Type.String(), Type.Null()]),
  dimension: Type.Union([Type.Integer(), Type.Null()]),
});
export type ChromaProjectSummary = Static<typeof ChromaProjectSummary>;

/** Every project with vectors, and the embedder the service is configured with. */
export const ChromaProjectsReply = Type.Object({
  embedder: Type.String(),
  dimension: Type.Union([Type.Integer(), Type.Null()]),
  projects: Type.Array(ChromaProjectSummary),
});
export type ChromaProjectsReply = Static<typeof ChromaProjectsReply>;

/** Texts compared with one question at a time: the chat's best candidate sentences. */
export const CHROMA_MAX_SIMILARITY_TEXTS = 32;

/** How close in meaning each text is to a query, by the configured embedder. */
export const ChromaSimilarityBody = Type.Object(
  {
    query: Type.String({ minLength: 1, maxLength: 4000 }),
    texts: Type.Array(Type.String({ minLength: 1, maxLength: 4000 }), {
      minItems: 1,
      maxItems: CHROMA_MAX_SIMILARITY_TEXTS,
    }),
    /**
     * The project the texts come from: its chunks' stored sentence vectors are looked up (never
     * another project's). Without it every text is embedded.
     */
    projectId: Type.Optional(Type.String({ pattern: CHROMA_ID_PATTERN })),
  },
  { additionalProperties: false },
);
export type ChromaSimilarityBody = Static<typeof ChromaSimilarityBody>;

export const ChromaSimilarityReply = Type.Object({
  embedder: Type.String(),
  /** `model`: a sentence-embedding model, whose similarity reads meaning; `bag-of-words`: hashed words. */
  kind: Type.Union([Type.Literal('model'), Type.Literal('bag-of-words')]),
  /** Cosine similarity of each text to the query (-1 to 1), in the order of `texts`. */
  scores: Type.Array(Type.Number()),
});
export type ChromaSimilarityReply = Static<typeof ChromaSimilarityReply>;

interface ChromaCallContext {
  requestId?: string;
  userId?: string;
}

/** Typed client of the Chroma Server for the backend. */
export class ChromaServiceClient {
  constructor(readonly http: InternalClient) {}

  static fromEnv(settings: ClientSettings): ChromaServiceClient {
    return new ChromaServiceClient(internalClient('chroma', settings));
  }

  private ctx(ctx: ChromaCallContext) {
    return {
      ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
      ...(ctx.userId ? { userId: ctx.userId } : {}),
    };
  }

  async upsert(
    projectId: string,
    chunks: ChromaChunk[],
    ctx: ChromaCallContext = {},
  ): Promise<ChromaUpsertReply> {
    // An upsert of the same chunks is idempotent, so it may be retried.
    const res = await this.http.call<ChromaUpsertReply>({
      method: 'POST',
      path: `/projects/${encodeURIComponent(projectId)}/chunks`,
      body: { chunks },
      idempotent: true,
      ...this.ctx(ctx),
    });
    return res.body;
  }

  async query(
    projectId: string,
    body: ChromaQueryBody,
    ctx: ChromaCallContext = {},
  ): Promise<ChromaQueryReply> {
    const res = await this.http.call<ChromaQueryReply>({
      method: 'POST',
      path: `/projects/${encodeURIComponent(projectId)}/query`,
      body,
      idempotent: true,
      ...this.ctx(ctx),
    });
    return res.body;
  }

  async deleteFile(
    projectId: string,
    fileId: string,
    ctx: ChromaCallContext = {},
  ): Promise<ChromaDeleteFileReply> {
    const res = await this.http.call<ChromaDeleteFileReply>({
      method: 'DELETE',
      path: `/projects/${encodeURIComponent(projectId)}/files/${encodeURIComponent(fileId)}`,
      ...this.ctx(ctx),
    });
    return res.body;
  }

  async deleteProject(projectId: string, ctx: ChromaCallContext = {}): Promise<ChromaDeleteProjectReply> {
    const res = await this.http.call<ChromaDeleteProjectReply>({
      method: 'DELETE',
      path: `/projects/${encodeURIComponent(projectId)}`,
      ...this.ctx(ctx),
    });
    return res.body;
  }

  async count(projectId: string, ctx: ChromaCallContext = {}): Promise<ChromaCountReply> {
    const res = await this.http.call<ChromaCountReply>({
      path: `/projects/${encodeURIComponent(projectId)}/count`,
      ...this.ctx(ctx),
    });
    return res.body;
  }

  async projects(ctx: ChromaCallContext = {}): Promise<ChromaProjectsReply> {
    const res = await this.http.call<ChromaProjectsReply>({ path: '/projects', ...this.ctx(ctx) });
    return res.body;
  }

  /** How close in meaning each text is to the query (no project's data is read). */
  async similarity(body: ChromaSimilarityBody, ctx: ChromaCallContext = {}): Promise<ChromaSimilarityReply> {
    const res = await this.http.call<ChromaSimilarityReply>({
      method: 'POST',
      path: '/similarity',
      body,
      idempotent: true,
      ...this.ctx(ctx),
    });
    return res.body;
  }

  /** One re-index step of at most `limit` chunks; call again until `finished`. */
  async reindex(
    projectId: string,
    body: ChromaReindexBody = {},
    ctx: ChromaCallContext = {},
  ): Promise<ChromaReindexReply> {
    const res = await this.http.call<ChromaReindexReply>({
      method: 'POST',
      path: `/projects/${encodeURIComponent(projectId)}/reindex`,
      body,
      // A step continues where the last one stopped, so a retried step does no harm.
      idempotent: true,
      timeoutMs: 600_000,
      ...this.ctx(ctx),
    });
    return res.body;
  }
}
