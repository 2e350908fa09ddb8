/**
 * The chunks of every project in the service's database (SQLite or PostgreSQL): their texts and
 * positions (what searches answer and re-indexes embed from, whatever the vector store), and a
 * per-project inverted index for BM25. Every worker sees the same rows; they survive restarts.
 */
import { inTransaction } from '@george/runtime';
import { slices } from '@george/runtime/collections';
import { terms } from '@george/text';
import type { Kysely } from 'kysely';

export interface LexicalDB {
  lex_chunks: {
    project_id: string;
    chunk_id: string;
    file_id: string;
    kind: string;
    length: number;
    /** Null for chunks indexed before texts were kept here (they are not answered). */
    text: string | null;
    start_at: number;
    end_at: number;
    chapter: number | null;
    paragraph: number | null;
  };
  lex_postings: { project_id: string; term: string; chunk_id: string; tf: number };
}

export interface LexicalDoc {
  id: string;
  text: string;
  fileId: string;
  kind: string;
  /** Position in its file: chunks of one batch next to each other share some terms. */
  start: number;
  end: number;
  chapter: number | null;
  paragraph: number | null;
}

/** What a search may be restricted to: a file, a kind, a range of chapters (inclusive). */
export interface ChunkFilter {
  fileId?: string | undefined;
  /** Any of these files (a book of a series). */
  fileIds?: readonly string[] | undefined;
  kind?: string | undefined;
  chapterFrom?: number | undefined;
  chapterTo?: number | undefined;
}

/** A stored chunk as searches answer it. */
export interface StoredChunk {
  id: string;
  text: string;
  fileId: string;
  kind: string;
  start: number;
  end: number;
  chapter: number | null;
  paragraph: number | null;
}

/** Statistics of a query's terms in a project: chunk count, mean length, inverse document frequency. */
export interface TermStats {
  n: number;
  avg: number;
  idf: Map<string, number>;
}

export interface LexicalHit {
  id: string;
  score: number;
}

/** Weight of the neighbouring chunks' terms (same file, adjacent in the batch). */
export const NEIGHBOUR_WEIGHT = 0.3;
const K1 = 1.2;
const B = 0.75;
const ROWS_PER_INSERT = 800;
const IDS_PER_DELETE = 500;

/** For each chunk, the chunks of the same file right before and after it in the batch. */
export function neighbourIds(docs: { id: string; fileId: string; start: number }[]): Map<string, string[]> {
  const byFile = new Map<string, { id: string; start: number }[]>();
  for (const d of docs) {
    const list = byFile.get(d.fileId) ?? [];
    list.push(d);
    byFile.set(d.fileId, list);
  }
  const out = new Map<string, string[]>();
  for (const list of byFile.values()) {
    list.sort((a, b) => a.start - b.start);
    list.forEach((d, i) => {
      const around = [list[i - 1]?.id, list[i + 1]?.id].filter((x): x is string => x !== undefined);
      out.set(d.id, around);
    });
  }
  return out;
}

function termFrequencies(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

export class LexicalIndex {
  constructor(private readonly db: Kysely<LexicalDB>) {}

  /** Replaces the index entries of these chunks (an upsert: running it twice changes nothing). */
  async upsert(projectId: string, docs: LexicalDoc[]): Promise<void> {
    const chunkRows: LexicalDB['lex_chunks'][] = [];
    const postingRows: LexicalDB['lex_postings'][] = [];
    const own = new Map(docs.map((d) => [d.id, termFrequencies(d.text)]));
    const neighbours = neighbourIds(docs);
    for (const doc of docs) {
      const tf = new Map(own.get(doc.id));
      for (const other of neighbours.get(doc.id) ?? []) {
        for (const [term, count] of own.get(other) ?? [])
          tf.set(term, (tf.get(term) ?? 0) + NEIGHBOUR_WEIGHT * count);
      }
      let length = 0;
      for (const [term, count] of tf) {
        length += count;
        postingRows.push({ project_id: projectId, term, chunk_id: doc.id, tf: count });
      }
      chunkRows.push({
        project_id: projectId,
        chunk_id: doc.id,
        file_id: doc.fileId,
        kind: doc.kind,
        length,
        text: doc.text,
        start_at: doc.start,
        end_at: doc.end,
        chapter: doc.chapter,
        paragraph: doc.paragraph,
      });
    }
    await inTransaction(this.db, async (trx) => {
      for (const ids of slices(
        docs.map((d) => d.id),
        IDS_PER_DELETE,
      )) {
        await trx
          .deleteFrom('lex_postings')
          .where('project_id', '=', projectId)
          .where('chunk_id', 'in', ids)
          .execute();
        await trx
          .deleteFrom('lex_chunks')
          .where('project_id', '=', projectId)
          .where('chunk_id', 'in', ids)
          .execute();
      }
      for (const rows of slices(chunkRows, ROWS_PER_INSERT))
        await trx.insertInto('lex_chunks').values(rows).execute();
      for (const rows of slices(postingRows, ROWS_PER_INSERT))
        await trx.insertInto('lex_postings').values(rows).execute();
    });
  }

  /** Removes a file's chunks; answers their ids (so the vector side can remove the same ones). */
  async deleteFile(projectId: string, fileId: string): Promise<string[]> {
    return inTransaction(this.db, async (trx) => {
      const rows = await trx
        .selectFrom('lex_chunks')
        .select('chunk_id')
        .where('project_id', '=', projectId)
        .where('file_id', '=', fileId)
        .execute();
      const ids = rows.map((r) => r.chunk_id);
      for (const part of slices(ids, IDS_PER_DELETE)) {
        await trx
          .deleteFrom('lex_postings')
          .where('project_id', '=', projectId)
          .where('chunk_id', 'in', part)
          .execute();
      }
      await trx
        .deleteFrom('lex_chunks')
        .where('project_id', '=', projectId)
        .where('file_id', '=', fileId)
        .execute();
      return ids;
    });
  }

  async deleteProject(projectId: string): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      await trx.deleteFrom('lex_postings').where('project_id', '=', projectId).execute();
      await trx.deleteFrom('lex_chunks').where('project_id', '=', projectId).execute();
    });
  }

  /** Chunk count, mean length and the IDF of each query term that occurs in the project. */
  async stats(projectId: string, query: string): Promise<TermStats> {
    const queryTerms = [...new Set(terms(query))].slice(0, 32);
    const idf = new Map<string, number>();
    if (queryTerms.length === 0) return { n: 0, avg: 1, idf };
    const stats = await this.db
      .selectFrom('lex_chunks')
      .select((eb) => [
        eb.fn.countAll<number | string>().as('n'),
        eb.fn.avg<number | string>('length').as('avg'),
      ])
      .where('project_id', '=', projectId)
      .executeTakeFirst();
    const n = Number(stats?.n ?? 0);
    const avg = Number(stats?.avg ?? 0) || 1;
    if (n === 0) return { n, avg, idf };
    const dfRows = await this.db
      .selectFrom('lex_postings')
      .select((eb) => ['term', eb.fn.countAll<number | string>().as('df')])
      .where('project_id', '=', projectId)
      .where('term', 'in', queryTerms)
      .groupBy('term')
      .execute();
    for (const row of dfRows) {
      const df = Number(row.df);
      idf.set(row.term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return { n, avg, idf };
  }

  /**
   * BM25 (k1 1.2, b 0.75) over the project's chunks, optionally restricted to a file, a kind and/or
   * a range of chapters.
   */
  async search(
    projectId: string,
    stats: TermStats,
    limit: number,
    filter: ChunkFilter = {},
  ): Promise<LexicalHit[]> {
    const { idf, avg } = stats;
    if (idf.size === 0) return [];
    let q = this.db
      .selectFrom('lex_postings as p')
      .innerJoin('lex_chunks as c', (join) =>
        join.onRef('c.project_id', '=', 'p.project_id').onRef('c.chunk_id', '=', 'p.chunk_id'),
      )
      .select(['p.chunk_id', 'p.term', 'p.tf', 'c.length'])
      .where('p.project_id', '=', projectId)
      .where('p.term', 'in', [...idf.keys()]);
    if (filter.fileId) q = q.where('c.file_id', '=', filter.fileId);
    if (filter.fileIds) q = q.where('c.file_id', 'in', [...filter.fileIds]);
    if (filter.kind) q = q.where('c.kind', '=', filter.kind);
    if (filter.chapterFrom !== undefined) q = q.where('c.chapter', '>=', filter.chapterFrom);
    if (filter.chapterTo !== undefined) q = q.where('c.chapter', '<=', filter.chapterTo);
    const rows = await q.execute();
    const scores = new Map<string, number>();
    for (const row of rows) {
      const weight = idf.get(row.term) ?? 0;
      const tf = Number(row.tf);
      const part = (weight * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * Number(row.length)) / avg));
      scores.set(row.chunk_id, (scores.get(row.chunk_id) ?? 0) + part);
    }
    return [...scores]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }

  /** The chunks with these ids that have a text, by id. */
  async chunks(projectId: string, ids: string[]): Promise<Map<string, StoredChunk>> {
    const out = new Map<string, StoredChunk>();
    for (const part of slices(ids, IDS_PER_DELETE)) {
      const rows = await this.db
        .selectFrom('lex_chunks')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('chunk_id', 'in', part)
        .where('text', 'is not', null)
        .execute();
      for (const row of rows) out.set(row.chunk_id, toChunk(row));
    }
    return out;
  }

  /** Every chunk of a project that has a text, in reading order (file, then position). */
  async ordered(projectId: string): Promise<StoredChunk[]> {
    const rows = await this.db
      .selectFrom('lex_chunks')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('text', 'is not', null)
      .orderBy('file_id')
      .orderBy('start_at')
      .orderBy('chunk_id')
      .execute();
    return rows.map(toChunk);
  }

  /** Chunk counts per project. */
  async counts(projectId?: string): Promise<Map<string, number>> {
    let q = this.db
      .selectFrom('lex_chunks')
      .select((eb) => ['project_id', eb.fn.countAll<number | string>().as('n')])
      .groupBy('project_id');
    if (projectId) q = q.where('project_id', '=', projectId);
    const rows = await q.execute();
    return new Map(rows.map((r) => [r.project_id, Number(r.n)]));
  }

  async ping(): Promise<void> {
    await this.db.selectFrom('lex_chunks').select('chunk_id').limit(1).execute();
  }
}

function toChunk(row: LexicalDB['lex_chunks']): StoredChunk {
  return {
    id: row.chunk_id,
    text: row.text ?? '',
    fileId: row.file_id,
    kind: row.kind,
    start: Number(row.start_at),
    end: Number(row.end_at),
    chapter: row.chapter === null ? null : Number(row.chapter),
    paragraph: row.paragraph === null ? null : Number(row.paragraph),
  };
}
