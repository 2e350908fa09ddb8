/**
 * Who speaks (`/projects/:projectId/quotes`): every quotation of the project's manuscripts in text
 * order, with its speaker and addressees (entities of the story bible) and how it was attributed.
 */
import { type Static, Type } from '@sinclair/typebox';
import { FileId, Id, Limit, Nullable, StringEnum } from './common.js';

export const ATTRIBUTION_KINDS = ['explicit', 'anaphoric', 'implicit'] as const;
export type AttributionKindName = (typeof ATTRIBUTION_KINDS)[number];

/** A character of the story bible (an id of `GET .../entities`) and its name. */
export const QuoteEntity = Type.Object({ entityId: Type.String(), name: Type.String() });
export type QuoteEntity = Static<typeof QuoteEntity>;

export const QuoteSchema = Type.Object({
  id: Type.String(),
  fileId: Type.String(),
  /** 1-based chapter in its file, or null for a file without chapters. */
  chapter: Nullable(Type.Integer()),
  /** Offsets into the file's text as the reader shows it: `text` is the text between them. */
  start: Type.Integer(),
  end: Type.Integer(),
  /** The utterance as it stands in the file, quotation marks included (all parts of one in parts). */
  text: Type.String(),
  /** Null when no speaker was found, or the speaker's entity was deleted. */
  speaker: Nullable(QuoteEntity),
  addressees: Type.Array(QuoteEntity),
  /** How the speaker was found: a speech tag naming them, a pronoun tag, or the turns of a dialogue. */
  kind: StringEnum(ATTRIBUTION_KINDS),
  /** 0..1. */
  confidence: Type.Number(),
});
export type QuoteView = Static<typeof QuoteSchema>;

/** An opaque position in the text order (base64url), as `nextCursor` gave it. */
export const QuoteCursor = Type.String({ pattern: '^[A-Za-z0-9_-]{1,200}$' });

export const QuoteListQuery = Type.Object(
  {
    fileId: Type.Optional(FileId),
    speakerId: Type.Optional(Id),
    chapter: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    limit: Type.Optional(Limit(500, 100)),
    cursor: Type.Optional(QuoteCursor),
  },
  { additionalProperties: false },
);
export type QuoteListQuery = Static<typeof QuoteListQuery>;

export const QuoteListResponse = Type.Object({
  quotes: Type.Array(QuoteSchema),
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: Nullable(Type.String()),
});
export type QuoteListResponse = Static<typeof QuoteListResponse>;

/** A character's speaking figures, on `GET .../entities/{entityId}`. */
export const SpeakingFiguresSchema = Type.Object({
  /** Quotations attributed to them and the words inside them, in all. */
  quotations: Type.Integer(),
  words: Type.Integer(),
  /** Per file and chapter (files in reading order). */
  chapters: Type.Array(
    Type.Object({
      fileId: Type.String(),
      chapter: Nullable(Type.Integer()),
      quotations: Type.Integer(),
      words: Type.Integer(),
    }),
  ),
  /** The characters they speak to most, most quotations first. */
  speaksTo: Type.Array(
    Type.Object({ entityId: Type.String(), name: Type.String(), quotations: Type.Integer() }),
  ),
});
export type SpeakingFiguresView = Static<typeof SpeakingFiguresSchema>;
