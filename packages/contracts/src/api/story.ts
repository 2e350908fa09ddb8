/**
 * The shape of the story: each chapter's figures, narrators and point of view, the timeline, the
 * author's narrator of a chapter, exports (the story bible, a manuscript) and web imports. Entity
 * ids are those of the story bible (`GET /projects/{projectId}/entities`); chapters are numbered
 * from 1 in text order within their file.
 */
import { type Static, Type } from '@sinclair/typebox';
import { FileSummary } from '../schemas/filesystem.js';
import { FileId, Id, Nullable, StringEnum } from './common.js';

export const StoryFileQuery = Type.Object({ fileId: Type.Optional(FileId) }, { additionalProperties: false });
export type StoryFileQuery = Static<typeof StoryFileQuery>;

/** A person the analysis names: a story-bible entity, or (entityId null) a name the text gives only. */
export const StoryPerson = Type.Object({ entityId: Nullable(Type.String()), name: Type.String() });
export type StoryPerson = Static<typeof StoryPerson>;

export const ChapterNarrator = Type.Object({
  entityId: Nullable(Type.String()),
  name: Type.String(),
  /** Share of the chapter's narration this narrator tells, 0..1. */
  share: Type.Number(),
});

export const ChapterCharacter = Type.Object({
  entityId: Type.String(),
  name: Type.String(),
  /** Mentions by name in the chapter. */
  named: Type.Integer(),
  /** Pronouns the shared resolver refers to the character. */
  referred: Type.Integer(),
});

export const ChapterSection = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  kind: StringEnum(['letter', 'journal', 'diary', 'telegram', 'narrative']),
  writer: Nullable(StoryPerson),
  addressee: Nullable(StoryPerson),
  date: Nullable(Type.Object({ text: Type.String(), date: Nullable(Type.String()) })),
  /** A document quoted inside the narration (a letter read out), not narration itself. */
  quoted: Type.Boolean(),
});

export const PointOfViewSchema = StringEnum(['first', 'third', 'mixed']);

export const ChapterView = Type.Object({
  fileId: Type.String(),
  /** 1-based position in the file, in text order. */
  index: Type.Integer(),
  /** The book's own heading ("Chapter 21", "Letter 4"); empty for a file without headings. */
  title: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  words: Type.Integer(),
  scenes: Type.Integer(),
  /** Share of the chapter's words inside quotations, 0..1. */
  dialogueShare: Type.Number(),
  pov: PointOfViewSchema,
  /** The "I" of first-person text; several for a chapter of diaries or letters. */
  narrators: Type.Array(ChapterNarrator),
  /** The third-person chapter's focal character, whose thoughts and perceptions it follows. */
  focal: Nullable(Type.Object({ entityId: Nullable(Type.String()), name: Type.String() })),
  /** Most present first. */
  characters: Type.Array(ChapterCharacter),
  /** Characters whose first mention in the file is in this chapter. */
  introduced: Type.Array(Type.String()),
  readingMinutes: Type.Integer(),
  form: StringEnum(['narration', 'drama', 'embedded']),
  sections: Type.Array(ChapterSection),
  /** True when the author set the chapter's narrator. */
  overridden: Type.Boolean(),
});
export type ChapterView = Static<typeof ChapterView>;

export const ChaptersResponse = Type.Object({ chapters: Type.Array(ChapterView) });
export type ChaptersResponse = Static<typeof ChaptersResponse>;

export const TimelineEventView = Type.Object({
  /** `<fileId>:<offset of the time expression>`. */
  id: Type.String(),
  fileId: Type.String(),
  /** 1-based chapter, or null in a file without chapters. */
  chapter: Nullable(Type.Integer()),
  /** The sentence's range and text. */
  start: Type.Integer(),
  end: Type.Integer(),
  quote: Type.String(),
  when: Type.Object({
    text: Type.String(),
    /** ISO 8601 (`1893-05-03`), partial (`--05-03`, `1893`), or null when the text gives no date. */
    date: Nullable(Type.String()),
    kind: StringEnum(['heading', 'absolute', 'weekday', 'relative', 'feast', 'year']),
  }),
  /**
   * Order as the text tells it: within the file when one is asked for; else over the series, the
   * books in their order (each book's files in its order), then the files in no book.
   */
  narrativeOrder: Type.Integer(),
  /**
   * Order as the dates fall, over the same events (an undated event keeps its place after the one
   * before). Across files, events dated with their year are ordered by date; a file with no such
   * date keeps its place in the series (book 1's events before book 2's).
   */
  storyOrder: Type.Integer(),
});
export type TimelineEventView = Static<typeof TimelineEventView>;

export const TimelineResponse = Type.Object({ events: Type.Array(TimelineEventView) });
export type TimelineResponse = Static<typeof TimelineResponse>;

export const ChapterParams = Type.Object(
  { projectId: Id, fileId: FileId, chapter: Type.Integer({ minimum: 1, maximum: 100_000 }) },
  { additionalProperties: false },
);
export type ChapterParams = Static<typeof ChapterParams>;

/** The chapter's narrator: a character of the story bible, or null for none (third person). */
export const NarratorBody = Type.Object({ entityId: Nullable(Id) }, { additionalProperties: false });
export type NarratorBody = Static<typeof NarratorBody>;

export const ChapterResponse = Type.Object({ chapter: ChapterView });

export const BibleExportQuery = Type.Object(
  { format: StringEnum(['markdown', 'json']) },
  { additionalProperties: false },
);
export type BibleExportQuery = Static<typeof BibleExportQuery>;

export const ManuscriptExportQuery = Type.Object(
  { format: StringEnum(['docx', 'md', 'epub']) },
  { additionalProperties: false },
);
export type ManuscriptExportQuery = Static<typeof ManuscriptExportQuery>;

export const WebImportBody = Type.Object(
  { url: Type.String({ minLength: 1, maxLength: 2048 }) },
  { additionalProperties: false },
);
export type WebImportBody = Static<typeof WebImportBody>;

export const WebImportResponse = Type.Object({
  /** The research note (kind `note`) the page was saved as. */
  file: FileSummary,
  /** Its ingestion job. */
  jobId: Type.String(),
  source: Type.Object({
    url: Type.String(),
    finalUrl: Type.String(),
    title: Type.String(),
    byline: Nullable(Type.String()),
  }),
});
export type WebImportResponse = Static<typeof WebImportResponse>;

/** A word selected in the reader, looked up through the external-data service. */
export const WordLookupQuery = Type.Object(
  { word: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export type WordLookupQuery = Static<typeof WordLookupQuery>;

export const WordLookupResponse = Type.Object({
  word: Type.String(),
  dictionary: Nullable(
    Type.Object({
      term: Type.String(),
      senses: Type.Array(
        Type.Object({ partOfSpeech: Type.String(), definitions: Type.Array(Type.String()) }),
      ),
      source: Type.String(),
      sourceUrl: Type.String(),
    }),
  ),
  encyclopedia: Nullable(
    Type.Object({
      title: Type.String(),
      summary: Type.String(),
      source: Type.String(),
      sourceUrl: Type.String(),
    }),
  ),
  /** Words meaning much the same, best first. */
  synonyms: Type.Array(Type.String()),
  /** Sources that could not answer this time (dictionary, encyclopedia, thesaurus), with why. */
  unavailable: Type.Record(Type.String(), Type.String()),
});
export type WordLookupResponse = Static<typeof WordLookupResponse>;

/** A series: the project's files grouped into books, in reading order. */
export const BooksBody = Type.Object(
  {
    books: Type.Array(
      Type.Object(
        {
          title: Type.String({ minLength: 1, maxLength: 200 }),
          fileIds: Type.Array(FileId, { maxItems: 1000 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 200 },
    ),
  },
  { additionalProperties: false },
);
export type BooksBody = Static<typeof BooksBody>;

export const BookView = Type.Object({
  /** 1, 2, ... in series order. */
  number: Type.Integer(),
  title: Type.String(),
  fileIds: Type.Array(Type.String()),
  /** Chapters and words of the book's analysed files. */
  chapters: Type.Integer(),
  words: Type.Integer(),
  /** The book's characters, most present first: mentions by name and by pronoun. */
  characters: Type.Array(
    Type.Object({ entityId: Type.String(), name: Type.String(), mentions: Type.Integer() }),
  ),
});
export type BookView = Static<typeof BookView>;

export const BooksResponse = Type.Object({
  books: Type.Array(BookView),
  /** Analysed files that are in no book. */
  unassigned: Type.Array(Type.String()),
});
export type BooksResponse = Static<typeof BooksResponse>;
