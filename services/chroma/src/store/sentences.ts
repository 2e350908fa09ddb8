/**
 * The vectors of each chunk's sentences in the service's database (SQLite or PostgreSQL), by
 * project, chunk, embedder and a hash of the sentence's text, and on each chunk the embedder its
 * sentences were stored for. A sentence is embedded alone, so its vector depends on its text and
 * the embedder only: a lookup by text serves whichever of the project's chunks stored it.
 */
import { inTransaction } from '@george/runtime';
import { slices } from '@george/runtime/collections';
import type { Kysely } from 'kysely';

export interface SentenceVectorsDB {
  sentence_vectors: {
    project_id: string;
    file_id: string;
    chunk_id: string;
    embedder: string;
    text_hash: string;
    /** Base64 of the float32 vector. */
    vector: string;
  };
  lex_chunks: {
    project_id: string;
    chunk_id: string;
    file_id: string;
    text: string | null;
    /** The embedder the chunk's sentences were stored for; null until they are. */
    sentences_embedder: string | null;
  };
}

/** A chunk whose sentences are still to be embedded. */
export interface PendingChunk {
  projectId: string;
  chunkId: string;
  fileId: string;
  text: string;
}

/** A chunk's sentence vectors, as embedded from `text`. */
export interface ChunkSentences {
  chunk: PendingChunk;
  vectors: { hash: string; vector: readonly number[] }[];
}

const ROWS_PER_INSERT = 100;
const HASHES_PER_SELECT = 500;

const encode = (vector: readonly number[]) =>
  Buffer.from(Float32Array.from(vector).buffer).toString('base64');

function decode(stored: string): number[] {
  const bytes = Buffer.from(stored, 'base64');
  return Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
}

export class SentenceVectors {
  constructor(private readonly db: Kysely<SentenceVectorsDB>) {}

  /** The stored vector of each of these text hashes that has one, by the embedder. */
  async lookup(
    projectId: string,
    embedder: string,
    hashes: readonly string[],
  ): Promise<Map<string, number[]>> {
    const found = new Map<string, number[]>();
    const unique = [...new Set(hashes)];
    for (let i = 0; i < unique.length; i += HASHES_PER_SELECT) {
      const rows = await this.db
        .selectFrom('sentence_vectors')
        .select(['text_hash', 'vector'])
        .where('project_id', '=', projectId)
        .where('embedder', '=', embedder)
        .where('text_hash', 'in', unique.slice(i, i + HASHES_PER_SELECT))
        .execute();
      for (const row of rows) if (!found.has(row.text_hash)) found.set(row.text_hash, decode(row.vector));
    }
    return found;
  }

  /** The ids of the chunks (of one project, or of all) whose sentences the embedder has not stored. */
  async pending(embedder: string, projectId?: string): Promise<{ projectId: string; chunkId: string }[]> {
    let query = this.db
      .selectFrom('lex_chunks')
      .select(['project_id', 'chunk_id'])
      .where('text', 'is not', null)
      .where((eb) => eb.or([eb('sentences_embedder', 'is', null), eb('sentences_embedder', '!=', embedder)]));
    if (projectId !== undefined) query = query.where('project_id', '=', projectId);
    const rows = await query.execute();
    return rows.map((r) => ({ projectId: r.project_id, chunkId: r.chunk_id }));
  }

  /** Those of these chunks still pending, with their texts (another worker may have stored some). */
  async pendingChunks(
    embedder: string,
    projectId: string,
    chunkIds: readonly string[],
  ): Promise<PendingChunk[]> {
    if (chunkIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('lex_chunks')
      .select(['chunk_id', 'file_id', 'text'])
      .where('project_id', '=', projectId)
      .where('chunk_id', 'in', [...chunkIds])
      .where((eb) => eb.or([eb('sentences_embedder', 'is', null), eb('sentences_embedder', '!=', embedder)]))
      .execute();
    return rows.flatMap((r) =>
      r.text === null ? [] : [{ projectId, chunkId: r.chunk_id, fileId: r.file_id, text: r.text }],
    );
  }

  /**
   * Marks these chunks done for the embedder and replaces their sentence vectors (one transaction:
   * storing them again changes nothing). A chunk deleted or changed in between is left as it is.
   */
  async store(embedder: string, chunks: readonly ChunkSentences[]): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      for (const { chunk, vectors } of chunks) {
        const marked = await trx
          .updateTable('lex_chunks')
          .set({ sentences_embedder: embedder })
          .where('project_id', '=', chunk.projectId)
          .where('chunk_id', '=', chunk.chunkId)
          .where('text', '=', chunk.text)
          .executeTakeFirst();
        if (Number(marked.numUpdatedRows) === 0) continue;
        await trx
          .deleteFrom('sentence_vectors')
          .where('project_id', '=', chunk.projectId)
          .where('chunk_id', '=', chunk.chunkId)
          .execute();
        const rows = [...new Map(vectors.map((v) => [v.hash, v.vector])).entries()].map(([hash, vector]) => ({
          project_id: chunk.projectId,
          file_id: chunk.fileId,
          chunk_id: chunk.chunkId,
          embedder,
          text_hash: hash,
          vector: encode(vector),
        }));
        for (const part of slices(rows, ROWS_PER_INSERT))
          await trx.insertInto('sentence_vectors').values(part).execute();
      }
    });
  }

  async deleteFile(projectId: string, fileId: string): Promise<void> {
    await this.db
      .deleteFrom('sentence_vectors')
      .where('project_id', '=', projectId)
      .where('file_id', '=', fileId)
      .execute();
  }

  async deleteProject(projectId: string): Promise<void> {
    await this.db.deleteFrom('sentence_vectors').where('project_id', '=', projectId).execute();
  }
}
