/**
 * The story analysis of each file (its chapters and its timeline), replaced as a whole at every
 * ingestion, and the author's narrator of a chapter, which ingestion never touches.
 */
import { ChapterSection, ChapterView, Nullable, TimelineEventView } from '@george/contracts/api';
import { inTransaction, parseStoredJson, type SchemaOf } from '@george/runtime';
import { slices } from '@george/runtime/collections';
import { Type } from '@sinclair/typebox';
import type { Db } from '../store/db.js';
import type { FileChapter } from '../story/file.js';
import type { TimelineEvent } from '../story/timeline.js';

/** A chapter as stored: the analysis without its index (the row's) and the author's narrator. */
export type StoredChapter = Omit<FileChapter, 'index' | 'overridden'>;

export interface ChapterRow {
  fileId: string;
  index: number;
  revision: number;
  chapter: StoredChapter;
}

/** The author's narrator of a chapter: a character by extraction key, or null for no narrator. */
export interface NarratorOverride {
  fileId: string;
  chapter: number;
  narrator: { key: string; name: string } | null;
}

/** A book of a series as the author arranged it. */
export interface Book {
  number: number;
  title: string;
  fileIds: string[];
}

// The stored shapes (JSON columns of 003_story and 006_story_books). They have not changed since
// the tables exist, but for `thirdPersonFocal`, added to chapters later and optional.

const StoredPerson = Type.Object({ id: Nullable(Type.String()), name: Type.String() });

/** `StoredChapter`: the chapter's analysis as `replaceFile` writes it, its people by extraction key. */
const StoredChapterSchema = Type.Composite([
  Type.Pick(ChapterView, [
    'title',
    'start',
    'end',
    'words',
    'scenes',
    'dialogueShare',
    'readingMinutes',
    'introduced',
    'pov',
    'form',
  ]),
  Type.Object({
    characters: Type.Array(
      Type.Object({
        id: Type.String(),
        name: Type.String(),
        named: Type.Integer(),
        referred: Type.Integer(),
      }),
    ),
    narrators: Type.Array(Type.Composite([StoredPerson, Type.Object({ share: Type.Number() })])),
    focal: Nullable(StoredPerson),
    // The API's section, its people by extraction key.
    sections: Type.Array(
      Type.Composite([
        Type.Omit(ChapterSection, ['writer', 'addressee']),
        Type.Object({ writer: Nullable(StoredPerson), addressee: Nullable(StoredPerson) }),
      ]),
    ),
    thirdPersonFocal: Type.Optional(Nullable(StoredPerson)),
  }),
]);

/** A `TimelineEvent` as `replaceFile` writes it: the API's event and the time expression's range. */
const StoredEvent = Type.Composite([
  TimelineEventView,
  Type.Object({ whenStart: Type.Integer(), whenEnd: Type.Integer() }),
]);

true satisfies SchemaOf<typeof StoredChapterSchema, StoredChapter>;
true satisfies SchemaOf<typeof StoredEvent, TimelineEvent>;

/** A book's file ids, in the author's order. */
const StoredFileIds = Type.Array(Type.String());

const bookFileIds = (projectId: string, book: { number: number; file_ids: string }) =>
  parseStoredJson(
    StoredFileIds,
    book.file_ids,
    `story_books.file_ids of book ${book.number} of project ${projectId}`,
  );

const BATCH = 200;

export class StoryRepository {
  constructor(private readonly db: Db) {}

  /** Replaces the file's chapters and timeline in one transaction (running it again changes nothing). */
  async replaceFile(
    projectId: string,
    fileId: string,
    revision: number,
    analysis: { chapters: readonly FileChapter[]; events: readonly TimelineEvent[] },
  ): Promise<void> {
    const now = Date.now();
    const chapters = analysis.chapters.map(({ index, overridden: _o, ...chapter }) => ({
      project_id: projectId,
      file_id: fileId,
      chapter: index,
      revision,
      analysis: JSON.stringify(chapter),
      updated_at: now,
    }));
    const events = analysis.events.map((e) => ({
      project_id: projectId,
      file_id: fileId,
      narrative_order: e.narrativeOrder,
      story_order: e.storyOrder,
      event: JSON.stringify(e),
    }));
    await inTransaction(this.db, async (trx) => {
      await trx
        .deleteFrom('story_chapters')
        .where('project_id', '=', projectId)
        .where('file_id', '=', fileId)
        .execute();
      await trx
        .deleteFrom('story_events')
        .where('project_id', '=', projectId)
        .where('file_id', '=', fileId)
        .execute();
      for (const rows of slices(chapters, BATCH))
        await trx.insertInto('story_chapters').values(rows).execute();
      for (const rows of slices(events, BATCH)) await trx.insertInto('story_events').values(rows).execute();
    });
  }

  /** The chapters of the project's files (or of one), by file then index. */
  async chapters(projectId: string, fileId?: string): Promise<ChapterRow[]> {
    let query = this.db
      .selectFrom('story_chapters')
      .select(['file_id', 'chapter', 'revision', 'analysis'])
      .where('project_id', '=', projectId);
    if (fileId !== undefined) query = query.where('file_id', '=', fileId);
    const rows = await query.orderBy('file_id').orderBy('chapter').execute();
    return rows.map((r) => ({
      fileId: r.file_id,
      index: r.chapter,
      revision: r.revision,
      chapter: parseStoredJson(
        StoredChapterSchema,
        r.analysis,
        `story_chapters.analysis of chapter ${r.chapter} of file ${r.file_id}`,
      ),
    }));
  }

  /** The timeline events of the project's files (or of one), by file then narrative order. */
  async events(projectId: string, fileId?: string): Promise<TimelineEvent[]> {
    let query = this.db
      .selectFrom('story_events')
      .select(['file_id', 'narrative_order', 'event'])
      .where('project_id', '=', projectId);
    if (fileId !== undefined) query = query.where('file_id', '=', fileId);
    const rows = await query.orderBy('file_id').orderBy('narrative_order').execute();
    return rows.map((r) =>
      parseStoredJson(StoredEvent, r.event, `story_events.event ${r.narrative_order} of file ${r.file_id}`),
    );
  }

  async narrators(projectId: string, fileId?: string): Promise<NarratorOverride[]> {
    let query = this.db
      .selectFrom('story_narrators')
      .select(['file_id', 'chapter', 'entity_key', 'name'])
      .where('project_id', '=', projectId);
    if (fileId !== undefined) query = query.where('file_id', '=', fileId);
    const rows = await query.orderBy('file_id').orderBy('chapter').execute();
    return rows.map((r) => ({
      fileId: r.file_id,
      chapter: r.chapter,
      narrator: r.entity_key !== null && r.name !== null ? { key: r.entity_key, name: r.name } : null,
    }));
  }

  /** Sets (or replaces) the author's narrator of a chapter. */
  async setNarrator(projectId: string, override: NarratorOverride, userId: string): Promise<void> {
    const now = Date.now();
    const values = {
      entity_key: override.narrator?.key ?? null,
      name: override.narrator?.name ?? null,
      set_by: userId,
      updated_at: now,
    };
    await this.db
      .insertInto('story_narrators')
      .values({ project_id: projectId, file_id: override.fileId, chapter: override.chapter, ...values })
      .onConflict((oc) => oc.columns(['project_id', 'file_id', 'chapter']).doUpdateSet(values))
      .execute();
  }

  /** Removes the author's narrator of a chapter; false when there was none. */
  async clearNarrator(projectId: string, fileId: string, chapter: number): Promise<boolean> {
    const result = await this.db
      .deleteFrom('story_narrators')
      .where('project_id', '=', projectId)
      .where('file_id', '=', fileId)
      .where('chapter', '=', chapter)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The project's books in order. */
  async books(projectId: string): Promise<Book[]> {
    const rows = await this.db
      .selectFrom('story_books')
      .select(['number', 'title', 'file_ids'])
      .where('project_id', '=', projectId)
      .orderBy('number')
      .execute();
    return rows.map((r) => ({
      number: r.number,
      title: r.title,
      fileIds: bookFileIds(projectId, r),
    }));
  }

  /** Replaces the project's books (numbered 1, 2, ... in the order given) in one transaction. */
  async replaceBooks(
    projectId: string,
    books: ReadonlyArray<{ title: string; fileIds: readonly string[] }>,
    userId: string,
  ): Promise<void> {
    const now = Date.now();
    await inTransaction(this.db, async (trx) => {
      await trx.deleteFrom('story_books').where('project_id', '=', projectId).execute();
      if (books.length === 0) return;
      await trx
        .insertInto('story_books')
        .values(
          books.map((b, i) => ({
            project_id: projectId,
            number: i + 1,
            title: b.title,
            file_ids: JSON.stringify(b.fileIds),
            updated_by: userId,
            updated_at: now,
          })),
        )
        .execute();
    });
  }

  /** Everything of a deleted file: its analysis, its narrators, its place in a book. */
  async deleteFile(projectId: string, fileId: string): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      for (const table of ['story_chapters', 'story_events', 'story_narrators'] as const)
        await trx
          .deleteFrom(table)
          .where('project_id', '=', projectId)
          .where('file_id', '=', fileId)
          .execute();
      const books = await trx
        .selectFrom('story_books')
        .select(['number', 'file_ids'])
        .where('project_id', '=', projectId)
        .execute();
      for (const book of books) {
        const ids = bookFileIds(projectId, book);
        if (!ids.includes(fileId)) continue;
        await trx
          .updateTable('story_books')
          .set({ file_ids: JSON.stringify(ids.filter((id) => id !== fileId)) })
          .where('project_id', '=', projectId)
          .where('number', '=', book.number)
          .execute();
      }
    });
  }

  async deleteProject(projectId: string): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      for (const table of ['story_chapters', 'story_events', 'story_narrators', 'story_books'] as const)
        await trx.deleteFrom(table).where('project_id', '=', projectId).execute();
    });
  }
}
