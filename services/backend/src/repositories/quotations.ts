/**
 * The quotations of each ingested file (tables `quotations` and `dialogue_files`): replaced per file
 * in one transaction by the ingestion, read in text order (the files' reading order, then offset).
 * Speakers and addressees are stored by extraction key; the service resolves them through the graph
 * store's entityKeys.
 */
import { createHash } from 'node:crypto';
import { Nullable } from '@george/contracts/api';
import { parseStoredJson, type SchemaOf } from '@george/runtime';
import { Type } from '@sinclair/typebox';
import type { Selectable } from 'kysely';
import type { ChapterDialogue } from '../dialogue/index.js';
import type { Db } from '../store/db.js';
import type { QuotationsTable } from '../store/schema.js';

/** One utterance as the ingestion stores it. */
export interface QuotationInput {
  start: number;
  end: number;
  text: string;
  parts: Array<{ start: number; end: number }>;
  chapter: number | null;
  speakerKey: string | null;
  addresseeKeys: string[];
  kind: string;
  confidence: number;
  words: number;
}

export interface StoredQuotation extends QuotationInput {
  id: string;
  fileId: string;
  /** The file's place in the project's reading order. */
  fileOrder: number;
}

/** Where a page ends: the last quotation's file order, file and start. */
export interface QuotationPosition {
  fileOrder: number;
  fileId: string;
  start: number;
}

export interface QuotationQuery {
  fileId?: string;
  /** Only quotations whose speaker has one of these keys (an empty list matches nothing). */
  speakerKeys?: readonly string[];
  chapter?: number;
  after?: QuotationPosition;
  limit: number;
}

/** Rows per INSERT (15 columns each: far below SQLite's and PostgreSQL's parameter limits). */
const INSERT_BATCH = 400;

/** The same utterance of the same file keeps its id across re-ingestions. */
export function quotationId(fileId: string, start: number, end: number): string {
  return `q${createHash('sha256').update(`${fileId}\u0000${start}\u0000${end}`).digest('base64url').slice(0, 22)}`;
}

type Row = Selectable<QuotationsTable> & { file_order: number };

// The JSON columns as the ingestion writes them (unchanged since migration 004 made the tables).
const StoredParts = Type.Array(Type.Object({ start: Type.Integer(), end: Type.Integer() }));
const StoredKeys = Type.Array(Type.String());
/** `ChapterDialogue[]`: each chapter's share of dialogue. */
const StoredChapterDialogue = Type.Array(
  Type.Object({
    chapter: Nullable(Type.Integer()),
    words: Type.Integer(),
    dialogueWords: Type.Integer(),
    share: Type.Number(),
    quotations: Type.Integer(),
  }),
);
true satisfies SchemaOf<typeof StoredChapterDialogue, ChapterDialogue[]>;
true satisfies SchemaOf<typeof StoredParts, QuotationInput['parts']>;

function stored(row: Row): StoredQuotation {
  return {
    id: row.id,
    fileId: row.file_id,
    fileOrder: Number(row.file_order),
    start: Number(row.start_offset),
    end: Number(row.end_offset),
    text: row.text,
    parts: parseStoredJson(StoredParts, row.parts, `quotations.parts of quotation ${row.id}`),
    chapter: row.chapter === null ? null : Number(row.chapter),
    speakerKey: row.speaker_key,
    addresseeKeys: parseStoredJson(
      StoredKeys,
      row.addressee_keys,
      `quotations.addressee_keys of quotation ${row.id}`,
    ),
    kind: row.kind,
    confidence: Number(row.confidence),
    words: Number(row.words),
  };
}

export class QuotationRepository {
  constructor(private readonly db: Db) {}

  /**
   * Replaces the file's quotations and chapter figures in one transaction (a re-run leaves the same
   * rows). The file keeps its place in the reading order; a new file goes after the others.
   */
  async replaceFile(
    projectId: string,
    fileId: string,
    revision: number,
    quotes: readonly QuotationInput[],
    chapters: readonly ChapterDialogue[],
  ): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('dialogue_files')
        .select('file_order')
        .where('project_id', '=', projectId)
        .where('file_id', '=', fileId)
        .executeTakeFirst();
      const now = Date.now();
      const chaptersJson = JSON.stringify(chapters);
      if (existing) {
        await trx
          .updateTable('dialogue_files')
          .set({ revision, chapters: chaptersJson, updated_at: now })
          .where('project_id', '=', projectId)
          .where('file_id', '=', fileId)
          .execute();
      } else {
        const last = await trx
          .selectFrom('dialogue_files')
          .select((eb) => eb.fn.max('file_order').as('max'))
          .where('project_id', '=', projectId)
          .executeTakeFirst();
        await trx
          .insertInto('dialogue_files')
          .values({
            project_id: projectId,
            file_id: fileId,
            file_order: last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1,
            revision,
            chapters: chaptersJson,
            updated_at: now,
          })
          .execute();
      }
      await trx
        .deleteFrom('quotations')
        .where('project_id', '=', projectId)
        .where('file_id', '=', fileId)
        .execute();
      const rows = quotes.map((q) => ({
        project_id: projectId,
        id: quotationId(fileId, q.start, q.end),
        file_id: fileId,
        start_offset: q.start,
        end_offset: q.end,
        text: q.text,
        parts: JSON.stringify(q.parts),
        chapter: q.chapter,
        speaker_key: q.speakerKey,
        addressee_keys: JSON.stringify(q.addresseeKeys),
        kind: q.kind,
        confidence: q.confidence,
        words: q.words,
      }));
      for (let i = 0; i < rows.length; i += INSERT_BATCH) {
        await trx
          .insertInto('quotations')
          .values(rows.slice(i, i + INSERT_BATCH))
          .execute();
      }
      return rows.length;
    });
  }

  /** A page in text order: files in reading order, then by offset. */
  async page(projectId: string, query: QuotationQuery): Promise<StoredQuotation[]> {
    if (query.speakerKeys?.length === 0) return [];
    let select = this.db
      .selectFrom('quotations as q')
      .innerJoin('dialogue_files as f', (join) =>
        join.onRef('f.project_id', '=', 'q.project_id').onRef('f.file_id', '=', 'q.file_id'),
      )
      .selectAll('q')
      .select('f.file_order')
      .where('q.project_id', '=', projectId);
    if (query.fileId !== undefined) select = select.where('q.file_id', '=', query.fileId);
    if (query.chapter !== undefined) select = select.where('q.chapter', '=', query.chapter);
    if (query.speakerKeys !== undefined) select = select.where('q.speaker_key', 'in', [...query.speakerKeys]);
    const after = query.after;
    if (after !== undefined) {
      select = select.where((eb) =>
        eb.or([
          eb('f.file_order', '>', after.fileOrder),
          eb.and([eb('f.file_order', '=', after.fileOrder), eb('q.file_id', '>', after.fileId)]),
          eb.and([
            eb('f.file_order', '=', after.fileOrder),
            eb('q.file_id', '=', after.fileId),
            eb('q.start_offset', '>', after.start),
          ]),
        ]),
      );
    }
    const rows = await select
      .orderBy('f.file_order')
      .orderBy('q.file_id')
      .orderBy('q.start_offset')
      .limit(query.limit)
      .execute();
    return rows.map(stored);
  }

  /** Every quotation spoken by one of these keys, in text order (a character's figures). */
  async bySpeakers(projectId: string, speakerKeys: readonly string[]): Promise<StoredQuotation[]> {
    if (speakerKeys.length === 0) return [];
    const rows = await this.db
      .selectFrom('quotations as q')
      .innerJoin('dialogue_files as f', (join) =>
        join.onRef('f.project_id', '=', 'q.project_id').onRef('f.file_id', '=', 'q.file_id'),
      )
      .selectAll('q')
      .select('f.file_order')
      .where('q.project_id', '=', projectId)
      .where('q.speaker_key', 'in', [...speakerKeys])
      .orderBy('f.file_order')
      .orderBy('q.file_id')
      .orderBy('q.start_offset')
      .execute();
    return rows.map(stored);
  }

  /** The project's files with dialogue, in reading order, with their chapters' figures. */
  async files(
    projectId: string,
  ): Promise<Array<{ fileId: string; revision: number; chapters: ChapterDialogue[] }>> {
    const rows = await this.db
      .selectFrom('dialogue_files')
      .select(['file_id', 'revision', 'chapters'])
      .where('project_id', '=', projectId)
      .orderBy('file_order')
      .orderBy('file_id')
      .execute();
    return rows.map((r) => ({
      fileId: r.file_id,
      revision: Number(r.revision),
      chapters: parseStoredJson(
        StoredChapterDialogue,
        r.chapters,
        `dialogue_files.chapters of file ${r.file_id}`,
      ),
    }));
  }

  /** Removes everything stored for the file (deleted, or no longer a manuscript). */
  async deleteFile(projectId: string, fileId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('quotations')
        .where('project_id', '=', projectId)
        .where('file_id', '=', fileId)
        .execute();
      await trx
        .deleteFrom('dialogue_files')
        .where('project_id', '=', projectId)
        .where('file_id', '=', fileId)
        .execute();
    });
  }

  async deleteProject(projectId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('quotations').where('project_id', '=', projectId).execute();
      await trx.deleteFrom('dialogue_files').where('project_id', '=', projectId).execute();
    });
  }
}
