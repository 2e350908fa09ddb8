/**
 * Retrieval over a real Chroma server plus the BM25 index: one collection per project, vectors
 * computed here by the configured embedder, hybrid ranking by reciprocal-rank fusion.
 */
import type {
  ChromaChunk,
  ChromaChunkMetadata,
  ChromaQueryHit,
  ChromaQueryMode,
} from '@george/contracts/chroma';
import { conflict, HttpError, notFound, serviceUnavailable } from '@george/runtime';
import {
  type ChromaClient,
  ChromaConnectionError,
  ChromaNotFoundError,
  ChromaServerError,
  type Collection,
  type Metadata,
  type Where,
} from 'chromadb';
import type { Embedder } from './embedding/embedder.js';
import { type LexicalIndex, neighbourIds } from './store/lexical.js';
import { terms } from './text.js';

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Reciprocal-rank fusion constant (Cormack et al.): dampens the weight of the very first ranks. */
const RRF_K = 60;
/**
 * Weights of the two rankings in the fusion. The local embedder is a bag of hashed features, weaker
 * than BM25 on the evaluation set (see README), so its ranking counts half.
 */
const VECTOR_WEIGHT = 0.5;
const LEXICAL_WEIGHT = 1;
/** Share of each neighbouring chunk's vector added to a chunk's own (same file, adjacent in the batch). */
const VECTOR_NEIGHBOUR_WEIGHT = 0.5;
const EMBED_BATCH = 256;
const READ_PAGE = 500;

export interface QueryOptions {
  text: string;
  k: number;
  fileId?: string | undefined;
  kind?: string | undefined;
  mode: ChromaQueryMode;
}

/** Maps client failures to the service's errors: Chroma down is a 503 with a clear code. */
async function chroma<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof HttpError || err instanceof ChromaNotFoundError) throw err;
    if (
      err instanceof ChromaConnectionError ||
      err instanceof ChromaServerError ||
      (err instanceof TypeError && /fetch/i.test(err.message))
    ) {
      throw serviceUnavailable('chroma_unavailable', 'the vector store (Chroma) is unavailable');
    }
    throw err;
  }
}

export function collectionName(projectId: string): string {
  // Chroma names: 3-512 of [A-Za-z0-9._-], starting and ending with a letter or digit.
  if (!PROJECT_ID.test(projectId)) throw new HttpError(400, 'invalid_project_id', 'invalid project id');
  return `project_${projectId}_chunks`;
}
const nextName = (projectId: string) => `${collectionName(projectId)}_next`;

function toChromaMetadata(m: ChromaChunkMetadata): Metadata {
  const out: Metadata = { fileId: m.fileId, kind: m.kind, start: m.start, end: m.end };
  if (typeof m.chapter === 'number') out.chapter = m.chapter;
  if (typeof m.paragraph === 'number') out.paragraph = m.paragraph;
  return out;
}

function fromChromaMetadata(m: Metadata | null | undefined): ChromaChunkMetadata {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    fileId: String(m?.fileId ?? ''),
    kind: String(m?.kind ?? ''),
    chapter: num(m?.chapter),
    paragraph: num(m?.paragraph),
    start: num(m?.start) ?? 0,
    end: num(m?.end) ?? 0,
  };
}

/**
 * Adds half of each neighbour's vector to a chunk's vector and re-normalises: a chunk of dialogue
 * then also matches the names and setting of the lines around it.
 */
export function withNeighbours(
  items: { id: string; fileId: string; start: number }[],
  vectors: number[][],
): number[][] {
  const index = new Map(items.map((item, i) => [item.id, i]));
  const around = neighbourIds(items);
  return items.map((item, i) => {
    const own = vectors[i] as number[];
    const others = (around.get(item.id) ?? []).map((id) => vectors[index.get(id) as number] as number[]);
    if (others.length === 0) return own;
    const mixed = own.slice();
    for (const other of others) {
      for (let d = 0; d < mixed.length; d++)
        mixed[d] = (mixed[d] ?? 0) + VECTOR_NEIGHBOUR_WEIGHT * (other[d] ?? 0);
    }
    const norm = Math.sqrt(mixed.reduce((sum, v) => sum + v * v, 0)) || 1;
    return mixed.map((v) => v / norm);
  });
}

function whereOf(fileId?: string, kind?: string): Where | undefined {
  if (fileId && kind) return { $and: [{ fileId }, { kind }] };
  if (fileId) return { fileId };
  if (kind) return { kind };
  return undefined;
}

export class Retrieval {
  constructor(
    private readonly client: ChromaClient,
    private readonly lexical: LexicalIndex,
    readonly embedder: Embedder,
  ) {}

  /** A bag of words gets its neighbours' vectors mixed in; a model's vectors stay as they are. */
  private mixed(items: { id: string; fileId: string; start: number }[], vectors: number[][]): number[][] {
    return this.embedder.kind === 'bag-of-words' ? withNeighbours(items, vectors) : vectors;
  }

  async heartbeat(): Promise<void> {
    await chroma(() => this.client.heartbeat());
  }

  /** The project's collection, or null. Finishes a re-index that stopped between its last two steps. */
  private async find(projectId: string): Promise<Collection | null> {
    const name = collectionName(projectId);
    try {
      return await chroma(() => this.client.getCollection({ name }));
    } catch (err) {
      if (!(err instanceof ChromaNotFoundError)) throw err;
    }
    try {
      const pending = await chroma(() => this.client.getCollection({ name: nextName(projectId) }));
      await chroma(() => pending.modify({ name }));
      return await chroma(() => this.client.getCollection({ name }));
    } catch (err) {
      if (err instanceof ChromaNotFoundError) return null;
      throw err;
    }
  }

  private assertEmbedder(collection: Collection, dimension: number | undefined): void {
    const meta = collection.metadata ?? {};
    const name = meta.embedder;
    const dim = meta.dimension;
    const dimensionDiffers = dimension !== undefined && typeof dim === 'number' && dim !== dimension;
    if ((typeof name === 'string' && name !== this.embedder.name) || dimensionDiffers) {
      throw conflict(
        'embedder_mismatch',
        `this project's vectors were made by ${String(name)} (${String(dim)} dimensions) but the service now embeds with ${this.embedder.name}; re-index the project (POST /projects/:projectId/reindex)`,
        {
          collection: { embedder: name ?? null, dimension: dim ?? null },
          configured: {
            embedder: this.embedder.name,
            dimension: dimension ?? this.embedder.dimension ?? null,
          },
        },
      );
    }
  }

  private async create(name: string, dimension: number): Promise<Collection> {
    return chroma(() =>
      this.client.getOrCreateCollection({
        name,
        embeddingFunction: null,
        configuration: { hnsw: { space: 'cosine' } },
        metadata: { embedder: this.embedder.name, dimension, createdAt: Date.now() },
      }),
    );
  }

  async upsert(
    projectId: string,
    chunks: ChromaChunk[],
  ): Promise<{ upserted: number; count: number; dimension: number }> {
    const existing = await this.find(projectId);
    if (existing) this.assertEmbedder(existing, this.embedder.dimension);
    const positions = chunks.map((c) => ({ id: c.id, fileId: c.metadata.fileId, start: c.metadata.start }));
    const vectors = this.mixed(positions, await this.embedder.embedDocuments(chunks.map((c) => c.text)));
    const dimension = vectors[0]?.length ?? 0;
    const collection = existing ?? (await this.create(collectionName(projectId), dimension));
    this.assertEmbedder(collection, dimension);
    // Both indexes are written at once; an upsert is idempotent, so a failure of either is retried whole.
    await Promise.all([
      chroma(() =>
        collection.upsert({
          ids: chunks.map((c) => c.id),
          embeddings: vectors,
          documents: chunks.map((c) => c.text),
          metadatas: chunks.map((c) => toChromaMetadata(c.metadata)),
        }),
      ),
      this.lexical.upsert(
        projectId,
        chunks.map((c) => ({
          id: c.id,
          text: c.text,
          fileId: c.metadata.fileId,
          kind: c.metadata.kind,
          start: c.metadata.start,
        })),
      ),
    ]);
    const count = await chroma(() => collection.count());
    return { upserted: chunks.length, count, dimension };
  }

  async query(projectId: string, options: QueryOptions): Promise<ChromaQueryHit[]> {
    const collection = await this.find(projectId);
    if (!collection) return [];
    const where = whereOf(options.fileId, options.kind);
    const pool = options.mode === 'hybrid' ? Math.min(Math.max(options.k * 4, 40), 100) : options.k;

    const stats = await this.lexical.stats(projectId, options.text);
    const hits = new Map<string, ChromaQueryHit>();
    const vectorRank = new Map<string, number>();
    const bagOfWords = this.embedder.kind === 'bag-of-words';
    // A query of stop words only gives a bag of words nothing to compare: no vector ranking.
    const vectorUseful = !bagOfWords || terms(options.text).length > 0;
    const vectorPart = async () => {
      if (options.mode === 'lexical' || !vectorUseful) return;
      let weights: Map<string, number> | undefined;
      if (bagOfWords && stats.n > 0) {
        // Query terms weighted by the project's IDF; a term the project never uses counts as the rarest.
        const rarest = Math.log(1 + (stats.n + 0.5) / 0.5);
        weights = new Map<string, number>();
        for (const term of terms(options.text)) weights.set(term, stats.idf.get(term) ?? rarest);
      }
      const vector = await this.embedder.embedQuery(options.text, weights);
      this.assertEmbedder(collection, vector.length);
      const result = await chroma(() =>
        collection.query({
          queryEmbeddings: [vector],
          nResults: pool,
          ...(where ? { where } : {}),
          include: ['documents', 'metadatas', 'distances'],
        }),
      );
      const ids = result.ids[0] ?? [];
      ids.forEach((id, rank) => {
        const distance = result.distances?.[0]?.[rank] ?? 1;
        vectorRank.set(id, rank);
        hits.set(id, {
          id,
          text: result.documents?.[0]?.[rank] ?? '',
          metadata: fromChromaMetadata(result.metadatas?.[0]?.[rank]),
          score: 1 - distance,
          vectorScore: 1 - distance,
          lexicalScore: null,
        });
      });
    };
    const lexicalRank = new Map<string, number>();
    const lexicalScore = new Map<string, number>();
    const lexicalPart = async () => {
      if (options.mode === 'vector') return;
      const lexicalHits = await this.lexical.search(projectId, stats, pool, {
        fileId: options.fileId,
        kind: options.kind,
      });
      lexicalHits.forEach((hit, rank) => {
        lexicalRank.set(hit.id, rank);
        lexicalScore.set(hit.id, hit.score);
      });
    };
    // The two rankings are independent: Chroma and the database are asked at the same time.
    await Promise.all([vectorPart(), lexicalPart()]);

    let ranked: { id: string; score: number }[];
    if (options.mode === 'vector') {
      ranked = [...hits.values()].map((h) => ({ id: h.id, score: h.score }));
    } else if (options.mode === 'lexical') {
      ranked = [...lexicalScore].map(([id, score]) => ({ id, score }));
    } else {
      const fused = new Map<string, number>();
      for (const [id, rank] of vectorRank)
        fused.set(id, (fused.get(id) ?? 0) + VECTOR_WEIGHT / (RRF_K + rank + 1));
      for (const [id, rank] of lexicalRank)
        fused.set(id, (fused.get(id) ?? 0) + LEXICAL_WEIGHT / (RRF_K + rank + 1));
      ranked = [...fused].map(([id, score]) => ({ id, score }));
    }
    ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const top = ranked.slice(0, options.k);

    const missing = top.map((t) => t.id).filter((id) => !hits.has(id));
    if (missing.length > 0) {
      const got = await chroma(() => collection.get({ ids: missing, include: ['documents', 'metadatas'] }));
      got.ids.forEach((id, i) => {
        hits.set(id, {
          id,
          text: got.documents[i] ?? '',
          metadata: fromChromaMetadata(got.metadatas[i]),
          score: 0,
          vectorScore: null,
          lexicalScore: null,
        });
      });
    }
    const out: ChromaQueryHit[] = [];
    for (const { id, score } of top) {
      const hit = hits.get(id);
      // A chunk in the BM25 index but no longer in Chroma (a concurrent delete) is skipped.
      if (!hit) continue;
      out.push({ ...hit, score, lexicalScore: lexicalScore.get(id) ?? null });
    }
    return out;
  }

  async deleteFile(projectId: string, fileId: string): Promise<number> {
    const collection = await this.find(projectId);
    const indexed = await this.lexical.deleteFile(projectId, fileId);
    if (!collection) return indexed.length;
    // A re-index in progress must not bring the file back when its collection takes over.
    const next = await this.findNext(projectId);
    if (next) await chroma(() => next.delete({ where: { fileId } }));
    const result = await chroma(() => collection.delete({ where: { fileId } }));
    const reported = (result as { deleted?: number } | undefined)?.deleted;
    return typeof reported === 'number' ? Math.max(reported, indexed.length) : indexed.length;
  }

  async deleteProject(projectId: string): Promise<boolean> {
    let deleted = false;
    for (const name of [collectionName(projectId), nextName(projectId)]) {
      try {
        await chroma(() => this.client.deleteCollection({ name }));
        deleted = true;
      } catch (err) {
        if (!(err instanceof ChromaNotFoundError)) throw err;
      }
    }
    await this.lexical.deleteProject(projectId);
    return deleted;
  }

  async count(
    projectId: string,
  ): Promise<{ count: number; exists: boolean; embedder: string | null; dimension: number | null }> {
    const collection = await this.find(projectId);
    if (!collection) return { count: 0, exists: false, embedder: null, dimension: null };
    const meta = collection.metadata ?? {};
    return {
      count: await chroma(() => collection.count()),
      exists: true,
      embedder: typeof meta.embedder === 'string' ? meta.embedder : null,
      dimension: typeof meta.dimension === 'number' ? meta.dimension : null,
    };
  }

  /** Every project with a collection, with its count and embedder. */
  async projects(): Promise<({ projectId: string } & Awaited<ReturnType<Retrieval['count']>>)[]> {
    const names = await chroma(() => this.client.listCollections({ limit: 100_000 }));
    const ids = new Set<string>();
    for (const c of names) {
      const m = /^project_([A-Za-z0-9_-]{1,64}?)_chunks(?:_next)?$/.exec(c.name);
      if (m?.[1]) ids.add(m[1]);
    }
    const out = [];
    for (const projectId of [...ids].sort()) out.push({ projectId, ...(await this.count(projectId)) });
    return out;
  }

  /**
   * One step of moving a project's vectors to the configured embedder: up to `limit` chunks not yet
   * in the `_next` collection are read back from the current one, embedded and added there; once
   * every chunk is in, `_next` replaces the current collection. Each step continues where the last
   * stopped (a crash or a retry loses nothing); a project already on the configured embedder is
   * finished at once. The BM25 index does not depend on the embedder and stays as it is.
   */
  async reindex(
    projectId: string,
    limit = Number.POSITIVE_INFINITY,
  ): Promise<{ reindexed: number; done: number; total: number; finished: boolean; dimension: number }> {
    const old = await this.find(projectId);
    if (!old) throw notFound('this project has no collection to re-index', 'collection_not_found');
    const meta = old.metadata ?? {};
    let next = await this.findNext(projectId);
    if (!next && meta.embedder === this.embedder.name && typeof meta.dimension === 'number') {
      const total = await chroma(() => old.count());
      return { reindexed: 0, done: total, total, finished: true, dimension: meta.dimension };
    }
    if (next && next.metadata?.embedder !== this.embedder.name) {
      // Left by a re-index to another embedder: start again.
      const stale = next;
      await chroma(() => this.client.deleteCollection({ name: stale.name }));
      next = null;
    }
    const records = await this.readAll(old, ['documents', 'metadatas']);
    const position = (m: Metadata) => ({ fileId: String(m.fileId ?? ''), start: Number(m.start ?? 0) });
    records.sort((a, b) => {
      const pa = position(a.metadata);
      const pb = position(b.metadata);
      return pa.fileId < pb.fileId ? -1 : pa.fileId > pb.fileId ? 1 : pa.start - pb.start;
    });
    const moved = new Set(next ? (await this.readAll(next, [])).map((r) => r.id) : []);
    const todo: number[] = [];
    records.forEach((r, i) => {
      if (!moved.has(r.id) && todo.length < limit) todo.push(i);
    });
    let dimension =
      this.embedder.dimension ??
      (typeof next?.metadata?.dimension === 'number' ? next.metadata.dimension : 0);
    for (let from = 0; from < todo.length; from += EMBED_BATCH) {
      const part = todo.slice(from, from + EMBED_BATCH);
      // Each chunk's neighbours (same file, adjacent offsets) are embedded with it, as at upsert.
      const window = [...new Set(part.flatMap((i) => [i - 1, i, i + 1]))]
        .filter((i) => i >= 0 && i < records.length)
        .sort((x, y) => x - y);
      const items = window.map((i) => records[i] as ReindexRecord);
      const vectors = this.mixed(
        items.map((r) => ({ id: r.id, ...position(r.metadata) })),
        await this.embedder.embedDocuments(items.map((r) => r.document)),
      );
      const keep = new Set(part);
      const rows = window
        .map((i, w) => ({ r: records[i] as ReindexRecord, v: vectors[w] as number[], i }))
        .filter((x) => keep.has(x.i));
      dimension = rows[0]?.v.length ?? dimension;
      next ??= await this.create(nextName(projectId), dimension);
      const target = next;
      await chroma(() =>
        target.upsert({
          ids: rows.map((x) => x.r.id),
          embeddings: rows.map((x) => x.v),
          documents: rows.map((x) => x.r.document),
          metadatas: rows.map((x) => x.r.metadata),
        }),
      );
      for (const x of rows) moved.add(x.r.id);
    }
    const total = records.length;
    const done = records.filter((r) => moved.has(r.id)).length;
    if (done < total) return { reindexed: todo.length, done, total, finished: false, dimension };
    if (!next) {
      // An empty project: learn the dimension from a probe so the new collection records it.
      dimension = (await this.embedder.embedDocuments(['probe']))[0]?.length ?? dimension;
      next = await this.create(nextName(projectId), dimension);
    }
    const replacement = next;
    await chroma(() => this.client.deleteCollection({ name: collectionName(projectId) }));
    await chroma(() => replacement.modify({ name: collectionName(projectId) }));
    return { reindexed: todo.length, done, total, finished: true, dimension };
  }

  private async findNext(projectId: string): Promise<Collection | null> {
    try {
      return await chroma(() => this.client.getCollection({ name: nextName(projectId) }));
    } catch (err) {
      if (err instanceof ChromaNotFoundError) return null;
      throw err;
    }
  }

  /** Every record of a collection, page by page. */
  private async readAll(
    collection: Collection,
    include: ('documents' | 'metadatas')[],
  ): Promise<ReindexRecord[]> {
    const out: ReindexRecord[] = [];
    for (let offset = 0; ; offset += READ_PAGE) {
      const page = await chroma(() => collection.get({ limit: READ_PAGE, offset, include }));
      page.ids.forEach((id, i) => {
        out.push({ id, document: page.documents[i] ?? '', metadata: page.metadatas[i] ?? {} });
      });
      if (page.ids.length < READ_PAGE) return out;
    }
  }
}

interface ReindexRecord {
  id: string;
  document: string;
  metadata: Metadata;
}
