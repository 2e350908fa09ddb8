/** Chat with citations, its history with the author's feedback, bookmarks (notes) and feedback. */
import { type Static, Type } from '@sinclair/typebox';
import { Limit, Nullable, StringEnum } from './common.js';

export const Citation = Type.Object({
  fileId: Type.String(),
  /** 1-based chapter in its file, or null. */
  chapter: Nullable(Type.Integer({ minimum: 1 })),
  /** The book's heading of that chapter ("Chapter 21"). */
  chapterTitle: Type.Optional(Nullable(Type.String())),
  start: Type.Integer(),
  end: Type.Integer(),
  quote: Type.String(),
  kind: Type.Optional(Type.String()),
  /** The book of the series the cited file is in (absent for a file in no book). */
  book: Type.Optional(Type.Object({ number: Type.Integer({ minimum: 1 }), title: Type.String() })),
});
export type Citation = Static<typeof Citation>;

export const ChatBody = Type.Object(
  {
    message: Type.String({ minLength: 1, maxLength: 4000 }),
    /** Ask about one book of the series (its number, GET .../books): only its files are searched. */
    book: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
export type ChatBody = Static<typeof ChatBody>;

export const ChatReply = Type.Object({
  messageId: Type.String(),
  answer: Type.String(),
  citations: Type.Array(Citation),
  intent: Type.String(),
  cost: Type.Integer(),
  generated: Type.Boolean(),
  removed: Type.Optional(Type.Array(Type.String())),
  external: Type.Optional(
    Type.Array(Type.Object({ title: Type.String(), text: Type.String(), url: Type.String() })),
  ),
});
export type ChatReply = Static<typeof ChatReply>;

export const FEEDBACK_RATINGS = ['up', 'down'] as const;
export const FEEDBACK_CATEGORIES = [
  'wrong',
  'incomplete',
  'bad_citation',
  'not_helpful',
  'helpful',
  'other',
] as const;
export const FeedbackRating = StringEnum(FEEDBACK_RATINGS);
export const FeedbackCategory = StringEnum(FEEDBACK_CATEGORIES);

export const FeedbackBody = Type.Object(
  {
    rating: FeedbackRating,
    category: Type.Optional(FeedbackCategory),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type FeedbackBody = Static<typeof FeedbackBody>;
export const FeedbackResponse = Type.Object({ messageId: Type.String(), rating: FeedbackRating });

/** The author's own rating of an answer, as they left it. */
export const Feedback = Type.Object({
  rating: FeedbackRating,
  category: Nullable(FeedbackCategory),
  comment: Nullable(Type.String()),
});
export type Feedback = Static<typeof Feedback>;

export const ChatHistoryItem = Type.Object({
  messageId: Type.String(),
  message: Type.String(),
  answer: Type.String(),
  citations: Type.Array(Citation),
  intent: Type.String(),
  cost: Type.Integer(),
  generated: Type.Boolean(),
  bookmarked: Type.Boolean(),
  noteFileId: Nullable(Type.String()),
  /** The author's rating of this answer (null when they gave none). */
  feedback: Nullable(Feedback),
  createdAt: Type.String(),
});
export type ChatHistoryItem = Static<typeof ChatHistoryItem>;

/** Epoch milliseconds: the latest a date can be (8.64e15) bounds `before`. */
export const ChatHistoryQuery = Type.Object(
  {
    limit: Type.Optional(Limit(200, 50)),
    before: Type.Optional(Type.Integer({ minimum: 0, maximum: 8_640_000_000_000_000 })),
  },
  { additionalProperties: false },
);
export type ChatHistoryQuery = Static<typeof ChatHistoryQuery>;
export const ChatHistoryResponse = Type.Object({ messages: Type.Array(ChatHistoryItem) });

export const BookmarkResponse = Type.Object({ noteFileId: Type.String(), jobId: Nullable(Type.String()) });
