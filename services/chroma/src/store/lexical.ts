/**
 * A small per-project inverted index for BM25, in the service's database (SQLite or PostgreSQL), so
 * every worker sees the same index and it survives restarts.
 */
import { inTransaction } from '@george/runtime';
import type { Kysely } from 'kysely';
import { termFrequencies, terms } from '../text.js';

export interface LexicalDB {
  lex_chunks: { project_id: string; chunk_id: string; file_id: string; kind: string; length: number };
  lex_postings: { project_id: string; term: string; chunk_id: string; tf: number };
}

export interface LexicalDoc {
  id: string;
  text: string;
  fileId: string;
  kind: string;
}

export interface LexicalHit {
  id: string;
  score: number;
}

const K1 = 1.2;
const B = 0.75;
const ROWS_PER_INSERT = 800;
const IDS_PER_DELETE = 500;

function* slices<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export class LexicalIndex {
  constructor(private readonly db: Kysely<LexicalDB>) {}

  /** Replaces the index entries of these chunks (an upsert: running it twice changes nothing). */
  async upsert(projectId: string, docs: LexicalDoc[]): Promise<void> {
    const chunkRows: LexicalDB['lex_chunks'][] = [];
    const postingRows: LexicalDB['lex_postings'][] = [];
    for (const doc of docs) {
      const tf = termFrequencies(doc.text);
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

  /** BM25 (k1 1.2, b 0.75) over the project's chunks, optionally restricted to a file and/or kind. */
  async search(
    projectId: string,
    query: string,
    limit: number,
    filter: { fileId?: string | undefined; kind?: string | undefined } = {},
  ): Promise<LexicalHit[]> {
    const queryTerms = [...new Set(terms(query))].slice(0, 32);
    if (queryTerms.length === 0) return [];
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
    if (n === 0) return [];
    const dfRows = await this.db
      .selectFrom('lex_postings')
      .select((eb) => ['term', eb.fn.countAll<number | string>().as('df')])
      .where('project_id', '=', projectId)
      .where('term', 'in', queryTerms)
      .groupBy('term')
      .execute();
    const idf = new Map<string, number>();
    for (const row of dfRows) {
      const df = Number(row.df);
      idf.set(row.term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
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
    if (filter.kind) q = q.where('c.kind', '=', filter.kind);
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

  async ping(): Promise<void> {
    await this.db.selectFrom('lex_chunks').select('chunk_id').limit(1).execute();
  }
}
