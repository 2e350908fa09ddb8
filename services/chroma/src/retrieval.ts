/**
 * The service's rules: chunks are embedded by the configured embedder and written to the vector
 * store and the database together; a project's vectors are searched only by the embedder that
 * made them; hybrid queries fuse the vector and BM25 rankings; a re-index moves a project to the
 * configured embedder step by step. Storage is behind the vector store (LanceDB or Chroma), the
 * chunk index and the table registry.
 */

import type {
  ChromaChunk,
  ChromaChunkMetadata,
  ChromaQueryHit,
  ChromaQueryMode,
} from '@george/contracts/chroma';
import { mustAt, mustGet } from '@george/runtime/collections';
import { terms } from '@george/text';
import type { Embedder } from './embedding/embedder.js';
import { errors } from './errors.js';
import type { SentenceIndex } from './sentences.js';
import { type LexicalIndex, neighbourIds, type StoredChunk, type TermStats } from './store/lexical.js';
import type { VectorTable, VectorTables } from './store/tables.js';
import { parseTableName, tableName, type VectorStore } from './vectors/store.js';

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Reciprocal-rank fusion constant (Cormack et al.): dampens the weight of the very first ranks. */
const RRF_K = 60;
/**
 * Weights of the two rankings in the fusion. The hashed embedder is a bag of hashed features,
 * weaker than BM25 on the evaluation set (see README), so its ranking counts half.
 */
const VECTOR_WEIGHT = 0.5;
const LEXICAL_WEIGHT = 1;
/** Share of each neighbouring chunk's vector added to a chunk's own (same file, adjacent in the batch). */
const VECTOR_NEIGHBOUR_WEIGHT = 0.5;
const EMBED_BATCH = 256;

export interface QueryOptions {
  text: string;
  k: number;
  fileId?: string | undefined;
  /** Any of these files (a book of a series). */
  fileIds?: readonly string[] | undefined;
  kind?: string | undefined;
  /** Only chunks of these chapters (inclusive). */
  chapterFrom?: number | undefined;
  chapterTo?: number | undefined;
  mode: ChromaQueryMode;
}

/** How many more nearest vectors are fetched when a chapter range narrows the search afterwards. */
const CHAPTER_POOL_FACTOR = 8;
const CHAPTER_POOL_MAX = 2000;

export interface ProjectSummary {
  count: number;
  exists: boolean;
  embedder: string | null;
  dimension: number | null;
}

export interface ReindexStep {
  reindexed: number;
  done: number;
  total: number;
  finished: boolean;
  dimension: number;
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
    const own = mustAt(vectors, i);
    const others = (around.get(item.id) ?? []).map((id) => mustAt(vectors, mustGet(index, id)));
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

function metadataOf(chunk: StoredChunk): ChromaChunkMetadata {
  return {
    fileId: chunk.fileId,
    kind: chunk.kind,
    chapter: chunk.chapter,
    paragraph: chunk.paragraph,
    start: chunk.start,
    end: chunk.end,
  };
}

const nameOf = (t: VectorTable) => tableName(t.projectId, t.generation);

export class Retrieval {
  constructor(
    private readonly vectors: VectorStore,
    private readonly chunks: LexicalIndex,
    private readonly tables: VectorTables,
    readonly embedder: Embedder,
    private readonly sentences: SentenceIndex,
  ) {}

  async heartbeat(): Promise<void> {
    await this.vectors.heartbeat();
  }

  private checkId(projectId: string): void {
    if (!PROJECT_ID.test(projectId)) throw errors.invalidProjectId();
  }

  /** A bag of words gets its neighbours' vectors mixed in; a model's vectors stay as they are. */
  private mixed(items: { id: string; fileId: string; start: number }[], vectors: number[][]): number[][] {
    return this.embedder.kind === 'bag-of-words' ? withNeighbours(items, vectors) : vectors;
  }

  private assertEmbedder(table: VectorTable, dimension: number | undefined): void {
    const dimensionDiffers = dimension !== undefined && table.dimension !== dimension;
    if (table.embedder !== this.embedder.name || dimensionDiffers) {
      throw errors.embedderMismatch(
        { embedder: table.embedder, dimension: table.dimension },
        { embedder: this.embedder.name, dimension: dimension ?? this.embedder.dimension ?? null },
      );
    }
  }

  /** Embeds and stores chunks; `signal` aborts the embedding when the caller has gone. */
  async upsert(
    projectId: string,
    chunks: ChromaChunk[],
    signal?: AbortSignal,
  ): Promise<{ upserted: number; count: number; dimension: number }> {
    this.checkId(projectId);
    let current = await this.tables.get(projectId, 'current');
    if (current) this.assertEmbedder(current, this.embedder.dimension);
    const positions = chunks.map((c) => ({ id: c.id, fileId: c.metadata.fileId, start: c.metadata.start }));
    const vectors = this.mixed(
      positions,
      await this.embedder.embedDocuments(
        chunks.map((c) => c.text),
        { signal },
      ),
    );
    const dimension = vectors[0]?.length ?? 0;
    current ??= await this.tables.create(projectId, 'current', this.embedder.name, dimension);
    this.assertEmbedder(current, dimension);
    const table = nameOf(current);
    await this.vectors.ensureTable(table, dimension);
    // Both are written at once; an upsert is idempotent, so a failure of either is retried whole.
    await Promise.all([
      this.vectors.upsert(
        table,
        chunks.map((c, i) => ({
          id: c.id,
          fileId: c.metadata.fileId,
          kind: c.metadata.kind,
          vector: mustAt(vectors, i),
        })),
      ),
      this.chunks.upsert(
        projectId,
        chunks.map((c) => ({
          id: c.id,
          text: c.text,
          fileId: c.metadata.fileId,
          kind: c.metadata.kind,
          start: c.metadata.start,
          end: c.metadata.end,
          chapter: c.metadata.chapter ?? null,
          paragraph: c.metadata.paragraph ?? null,
        })),
      ),
    ]);
    // The chunks' sentences are embedded after the answer: the chunks are searchable first.
    this.sentences.schedule(projectId);
    const count = (await this.chunks.counts(projectId)).get(projectId) ?? 0;
    return { upserted: chunks.length, count, dimension };
  }

  async query(projectId: string, options: QueryOptions): Promise<ChromaQueryHit[]> {
    this.checkId(projectId);
    const current = await this.tables.get(projectId, 'current');
    if (!current) return [];
    const filter = { fileId: options.fileId, fileIds: options.fileIds, kind: options.kind };
    const chapterFilter = {
      ...filter,
      chapterFrom: options.chapterFrom,
      chapterTo: options.chapterTo,
    };
    const byChapter = options.chapterFrom !== undefined || options.chapterTo !== undefined;
    const pool = options.mode === 'hybrid' ? Math.min(Math.max(options.k * 4, 40), 100) : options.k;
    const bagOfWords = this.embedder.kind === 'bag-of-words';
    // Read when BM25 or the hashed embedder's weights need them: a model's vector search reads none,
    // and embeds its query while BM25 reads them.
    let statsRead: Promise<TermStats> | undefined;
    const termStats = () => {
      statsRead ??= this.chunks.stats(projectId, options.text);
      return statsRead;
    };

    const vectorRank = new Map<string, number>();
    const vectorScore = new Map<string, number>();
    // A query of stop words only gives a bag of words nothing to compare: no vector ranking.
    const vectorUseful = !bagOfWords || terms(options.text).length > 0;
    const vectorPart = async () => {
      if (options.mode === 'lexical' || !vectorUseful) return;
      let weights: Map<string, number> | undefined;
      const stats = bagOfWords ? await termStats() : undefined;
      if (stats && stats.n > 0) {
        // Query terms weighted by the project's IDF; a term the project never uses counts as the rarest.
        const rarest = Math.log(1 + (stats.n + 0.5) / 0.5);
        weights = new Map<string, number>();
        for (const term of terms(options.text)) weights.set(term, stats.idf.get(term) ?? rarest);
      }
      const vector = await this.embedder.embedQuery(options.text, weights);
      this.assertEmbedder(current, vector.length);
      // The vector store keeps no chapters: a chapter range takes a wider pool, narrowed here.
      const wide = byChapter ? Math.min(pool * CHAPTER_POOL_FACTOR, CHAPTER_POOL_MAX) : pool;
      let hits = await this.vectors.search(nameOf(current), vector, wide, filter);
      if (byChapter) {
        const stored = await this.chunks.chunks(
          projectId,
          hits.map((h) => h.id),
        );
        hits = hits
          .filter((h) => {
            const chapter = stored.get(h.id)?.chapter ?? null;
            return (
              chapter !== null &&
              (options.chapterFrom === undefined || chapter >= options.chapterFrom) &&
              (options.chapterTo === undefined || chapter <= options.chapterTo)
            );
          })
          .slice(0, pool);
      }
      hits.forEach((hit, rank) => {
        vectorRank.set(hit.id, rank);
        vectorScore.set(hit.id, hit.similarity);
      });
    };
    const lexicalRank = new Map<string, number>();
    const lexicalScore = new Map<string, number>();
    const lexicalPart = async () => {
      if (options.mode === 'vector') return;
      const hits = await this.chunks.search(projectId, await termStats(), pool, chapterFilter);
      hits.forEach((hit, rank) => {
        lexicalRank.set(hit.id, rank);
        lexicalScore.set(hit.id, hit.score);
      });
    };
    // The two rankings are independent: the vector store and the database are asked at the same time.
    await Promise.all([vectorPart(), lexicalPart()]);

    let ranked: { id: string; score: number }[];
    if (options.mode === 'vector') ranked = [...vectorScore].map(([id, score]) => ({ id, score }));
    else if (options.mode === 'lexical') ranked = [...lexicalScore].map(([id, score]) => ({ id, score }));
    else {
      const fused = new Map<string, number>();
      for (const [id, rank] of vectorRank)
        fused.set(id, (fused.get(id) ?? 0) + VECTOR_WEIGHT / (RRF_K + rank + 1));
      for (const [id, rank] of lexicalRank)
        fused.set(id, (fused.get(id) ?? 0) + LEXICAL_WEIGHT / (RRF_K + rank + 1));
      ranked = [...fused].map(([id, score]) => ({ id, score }));
    }
    ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const top = ranked.slice(0, options.k);
    const stored = await this.chunks.chunks(
      projectId,
      top.map((t) => t.id),
    );
    const out: ChromaQueryHit[] = [];
    for (const { id, score } of top) {
      const chunk = stored.get(id);
      // A vector whose chunk was deleted in between is skipped.
      if (!chunk) continue;
      out.push({
        id,
        text: chunk.text,
        metadata: metadataOf(chunk),
        score,
        vectorScore: vectorScore.get(id) ?? null,
        lexicalScore: lexicalScore.get(id) ?? null,
      });
    }
    return out;
  }

  /**
   * How close in meaning each text is to the query: the cosine of the query's vector and each
   * text's passage vector, by the configured embedder. A text the project's chunks stored among their
   * sentences is looked up; the others are embedded each alone (as the stored ones were, so a score is the same either
   * way) ahead of uploads (someone waits), and not stored.
   */
  async similarity(query: string, texts: string[], projectId?: string): Promise<number[]> {
    const vectorsOf = async () => {
      const stored = await this.sentences.stored(projectId, texts);
      const missing = [...new Set(texts.filter((t) => !stored.has(t)))];
      const embedded = await this.embedder.embedDocuments(missing, { interactive: true, separately: true });
      missing.forEach((text, i) => {
        stored.set(text, mustAt(embedded, i));
      });
      return stored;
    };
    const [asked, compared] = await Promise.all([this.embedder.embedQuery(query), vectorsOf()]);
    return texts.map((text) => cosine(asked, mustGet(compared, text)));
  }

  async deleteFile(projectId: string, fileId: string): Promise<number> {
    this.checkId(projectId);
    const ids = await this.chunks.deleteFile(projectId, fileId);
    await this.sentences.deleteFile(projectId, fileId);
    // A re-index in progress must not bring the file back when its table takes over.
    for (const state of ['current', 'next'] as const) {
      const table = await this.tables.get(projectId, state);
      if (table) await this.vectors.deleteFile(nameOf(table), fileId);
    }
    return ids.length;
  }

  async deleteProject(projectId: string): Promise<boolean> {
    this.checkId(projectId);
    const registered = await this.tables.remove(projectId);
    const count = (await this.chunks.counts(projectId)).get(projectId) ?? 0;
    await this.chunks.deleteProject(projectId);
    await this.sentences.deleteProject(projectId);
    // Tables a crash left unregistered go too.
    for (const name of await this.vectors.tables()) {
      if (parseTableName(name)?.projectId === projectId) await this.vectors.drop(name);
    }
    return registered.length > 0 || count > 0;
  }

  async count(projectId: string): Promise<ProjectSummary> {
    this.checkId(projectId);
    const current = await this.tables.get(projectId, 'current');
    return {
      count: current ? ((await this.chunks.counts(projectId)).get(projectId) ?? 0) : 0,
      exists: current !== null,
      embedder: current?.embedder ?? null,
      dimension: current?.dimension ?? null,
    };
  }

  /** Every project with vectors, with its count and embedder. */
  async projects(): Promise<({ projectId: string } & Omit<ProjectSummary, 'exists'>)[]> {
    const counts = await this.chunks.counts();
    return (await this.tables.all())
      .filter((t) => t.state === 'current')
      .map((t) => ({
        projectId: t.projectId,
        count: counts.get(t.projectId) ?? 0,
        embedder: t.embedder,
        dimension: t.dimension,
      }));
  }

  /**
   * One step of moving a project to the configured embedder: first its chunks' vectors, then its
   * chunks' sentence vectors (`done` and `total` count the chunks of the phase in progress). Each
   * step continues where the last stopped (a crash or a retry loses nothing); `finished` when both
   * are on the configured embedder.
   */
  async reindex(projectId: string, limit = Number.POSITIVE_INFINITY): Promise<ReindexStep> {
    const step = await this.moveVectors(projectId, limit);
    if (!step.finished) return step;
    const { filled, pending } = await this.sentences.fillSome(projectId, limit - step.reindexed);
    return {
      ...step,
      reindexed: step.reindexed + filled,
      done: step.total - pending,
      finished: pending === 0,
    };
  }

  /**
   * One step of moving a project's vectors to the configured embedder: up to `limit` chunks not yet
   * in the next table are embedded (from their texts in the database) and added there; once every
   * chunk is in, the next table becomes the current one (one transaction) and the old one is
   * dropped. A project already on the configured embedder is finished at once. The BM25 index does
   * not depend on the embedder and stays as it is.
   */
  private async moveVectors(projectId: string, limit: number): Promise<ReindexStep> {
    this.checkId(projectId);
    const current = await this.tables.get(projectId, 'current');
    if (!current) throw errors.collectionNotFound();
    let next = await this.tables.get(projectId, 'next');
    if (!next && current.embedder === this.embedder.name) {
      const total = (await this.chunks.counts(projectId)).get(projectId) ?? 0;
      return { reindexed: 0, done: total, total, finished: true, dimension: current.dimension };
    }
    if (next && next.embedder !== this.embedder.name) {
      // Left by a re-index to another embedder: start again.
      await this.tables.remove(projectId, next.generation);
      await this.vectors.drop(nameOf(next));
      next = null;
    }
    const records = await this.chunks.ordered(projectId);
    const moved = new Set(next ? await this.vectors.ids(nameOf(next)) : []);
    const todo: number[] = [];
    records.forEach((r, i) => {
      if (!moved.has(r.id) && todo.length < limit) todo.push(i);
    });
    let dimension = next?.dimension ?? this.embedder.dimension ?? 0;
    for (let from = 0; from < todo.length; from += EMBED_BATCH) {
      const part = todo.slice(from, from + EMBED_BATCH);
      // Each chunk's neighbours (same file, adjacent positions) are embedded with it, as at upsert.
      const window = [...new Set(part.flatMap((i) => [i - 1, i, i + 1]))]
        .filter((i) => i >= 0 && i < records.length)
        .sort((x, y) => x - y);
      const items = window.map((i) => mustAt(records, i));
      const vectors = this.mixed(
        items.map((r) => ({ id: r.id, fileId: r.fileId, start: r.start })),
        await this.embedder.embedDocuments(items.map((r) => r.text)),
      );
      const keep = new Set(part);
      const rows = window
        .map((i, w) => ({ chunk: mustAt(records, i), vector: mustAt(vectors, w), i }))
        .filter((row) => keep.has(row.i));
      dimension = rows[0]?.vector.length ?? dimension;
      next ??= await this.tables.create(projectId, 'next', this.embedder.name, dimension);
      await this.vectors.ensureTable(nameOf(next), dimension);
      await this.vectors.upsert(
        nameOf(next),
        rows.map((row) => ({
          id: row.chunk.id,
          fileId: row.chunk.fileId,
          kind: row.chunk.kind,
          vector: row.vector,
        })),
      );
      for (const row of rows) moved.add(row.chunk.id);
    }
    const total = records.length;
    const done = records.filter((r) => moved.has(r.id)).length;
    if (done < total) return { reindexed: todo.length, done, total, finished: false, dimension };
    if (!next) {
      // An empty project: learn the dimension from a probe so the new table records it.
      dimension = (await this.embedder.embedDocuments(['probe']))[0]?.length ?? dimension;
      next = await this.tables.create(projectId, 'next', this.embedder.name, dimension);
      await this.vectors.ensureTable(nameOf(next), dimension);
    }
    const replaced = await this.tables.promote(projectId);
    if (replaced) await this.vectors.drop(nameOf(replaced));
    return { reindexed: todo.length, done, total, finished: true, dimension };
  }
}

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
