/**
 * Continuity: the places where the text disagrees with itself (ranked issues, each citing every
 * passage involved, dismissed or fixed by the author), and each entity's facts ledger as of a chapter.
 */
import { type Static, Type } from '@sinclair/typebox';
import { Id, Limit, Nullable, StringEnum } from './common.js';

export const CONTINUITY_ISSUE_KINDS = [
  'attribute',
  'count',
  'after_death',
  'misspelling',
  'relation',
] as const;
export type ContinuityIssueKind = (typeof CONTINUITY_ISSUE_KINDS)[number];

/** `open` until the author dismisses the issue or marks it fixed; the status survives re-ingestion. */
export const CONTINUITY_STATUSES = ['open', 'dismissed', 'fixed'] as const;
export type ContinuityStatus = (typeof CONTINUITY_STATUSES)[number];

export const ContinuityStatusSchema = StringEnum(CONTINUITY_STATUSES);

const Chapter = Nullable(Type.Integer());

/** A passage of a file: `quote` is exactly the file's text from `start` to `end`. */
export const ContinuityEvidence = Type.Object({
  fileId: Type.String(),
  /** 1-based chapter in its file, or null for a file without chapters. */
  chapter: Chapter,
  start: Type.Integer(),
  end: Type.Integer(),
  quote: Type.String(),
});
export type ContinuityEvidence = Static<typeof ContinuityEvidence>;

export const ContinuityEntityRef = Type.Object({ entityId: Type.String(), name: Type.String() });

/** What a configured model answered when asked about an issue (`cost` in credits, charged to the asker). */
export const CONTINUITY_VERDICTS = ['contradiction', 'no_contradiction', 'unsure'] as const;
export const ContinuityOpinionSchema = Type.Object({
  verdict: StringEnum(CONTINUITY_VERDICTS),
  /** The model's reasons, in its words (at most 2,000 characters). */
  reasoning: Type.String(),
  model: Type.String(),
  cost: Type.Integer({ minimum: 0 }),
  createdAt: Type.Integer(),
});
export type ContinuityOpinionView = Static<typeof ContinuityOpinionSchema>;

export const ContinuityIssueSchema = Type.Object({
  /** Stable across re-ingestion while the text says the same (a fingerprint of the disagreement). */
  id: Type.String(),
  kind: StringEnum(CONTINUITY_ISSUE_KINDS),
  /** One plain sentence saying what disagrees. */
  summary: Type.String(),
  /** 0..1; the list is most confident first. */
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
  entity: Nullable(ContinuityEntityRef),
  /** Every passage involved, in reading order. */
  evidence: Type.Array(ContinuityEvidence),
  status: ContinuityStatusSchema,
  /** A model's second opinion on these passages, when one was asked for (never part of the check). */
  opinion: Type.Optional(ContinuityOpinionSchema),
});
export type ContinuityIssueView = Static<typeof ContinuityIssueSchema>;

export const ContinuityParams = Type.Object(
  { projectId: Id, issueId: Type.String({ pattern: '^[0-9a-f]{32}$' }) },
  { additionalProperties: false },
);

export const ContinuityListQuery = Type.Object(
  {
    status: Type.Optional(StringEnum(['open', 'dismissed', 'fixed', 'all'])),
    limit: Type.Optional(Limit(200, 50)),
    /** `nextCursor` of the previous page. */
    cursor: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' })),
  },
  { additionalProperties: false },
);
export type ContinuityListQuery = Static<typeof ContinuityListQuery>;

export const ContinuityListResponse = Type.Object({
  /** `running` while the project's ingestion or its continuity check is queued or running. */
  status: StringEnum(['ready', 'running']),
  issues: Type.Array(ContinuityIssueSchema),
  nextCursor: Nullable(Type.String()),
  /** Present only when a model is configured: a second opinion can be asked for (charged in credits). */
  secondOpinion: Type.Optional(Type.Object({ model: Type.String() })),
});
export type ContinuityListResponse = Static<typeof ContinuityListResponse>;

export const ContinuityPatchBody = Type.Object(
  { status: ContinuityStatusSchema },
  { additionalProperties: false },
);
export type ContinuityPatchBody = Static<typeof ContinuityPatchBody>;
export const ContinuityIssueResponse = Type.Object({ issue: ContinuityIssueSchema });

/** The kinds of fact that say what someone looks like. */
export const LOOK_FACT_KINDS = [
  'eyes',
  'hair',
  'height',
  'build',
  'limb',
  'scar',
  /** "dark" or "fair": the skin's shade ("a dark complexion", "her fair skin"). */
  'complexion',
  /** "beautiful" or "plain" ("a plain girl", "the beauty of the county"). */
  'beauty',
  /** "left" or "right": the hand someone favours ("left-handed", "a right-handed man"), seen as a look is. */
  'handedness',
] as const;

export const FACT_VIEW_KINDS = [
  ...LOOK_FACT_KINDS,
  'age',
  'birth',
  'origin',
  'residence',
  'occupation',
  'title',
  'relation',
  'status',
  'count',
] as const;

export const FactsQuery = Type.Object(
  {
    /**
     * Canon as of a chapter: what a reader knows by then (facts of files without chapters included).
     * With `asOfBook`, the chapter counts within that book (its files' chapters in the book's order)
     * and every earlier book is known; without `asOfChapter`, the whole book.
     */
    asOfChapter: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    /** Canon as of a book of the series (its number, GET .../books); files in no book are left out. */
    asOfBook: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
export type FactsQuery = Static<typeof FactsQuery>;

export const FactSchema = Type.Object({
  kind: StringEnum(FACT_VIEW_KINDS),
  /** The normalised value: a colour, a height word, a side, a number, a place, a relation label. */
  value: Type.String(),
  /** What the value is of: the limb, the counted noun. */
  detail: Nullable(Type.String()),
  /** The other entity of a relation or place fact, when it is an entity of the project. */
  object: Nullable(ContinuityEntityRef),
  /** Narration, a character's account, or speech (a character may be mistaken or lying). */
  voice: StringEnum(['narration', 'account', 'speech']),
  /** Who states it, for speech and accounts, when known. */
  speaker: Nullable(ContinuityEntityRef),
  low: Nullable(Type.Number()),
  high: Nullable(Type.Number()),
  /** An estimate ("about fifty", "appeared"). */
  hedged: Type.Boolean(),
  /** The text marks a change here ("now grey", "became"). */
  change: Type.Boolean(),
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
  evidence: ContinuityEvidence,
});
export type FactView = Static<typeof FactSchema>;

export const FactsResponse = Type.Object({
  entity: ContinuityEntityRef,
  asOfChapter: Nullable(Type.Integer()),
  asOfBook: Nullable(Type.Integer()),
  facts: Type.Array(FactSchema),
});
export type FactsResponse = Static<typeof FactsResponse>;
