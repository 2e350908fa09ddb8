/** The story bible: entities, their sheets and mentions, the relationship graph, appearances, search. */
import { type Static, Type } from '@sinclair/typebox';
import { FileId, Id, Limit, Nullable, Offset, StringEnum } from './common.js';
import { SpeakingFiguresSchema } from './quotes.js';

export const ENTITY_TYPES = ['character', 'location', 'organization', 'group', 'term'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Relation types are a fixed list: nothing from a user or a model becomes a relation type. */
export const RELATION_TYPES = [
  'co_occurs', // same paragraph or scene, weighted by count
  'family', // parent, child, sibling, spouse, cousin... (detail in `label`)
  'sibling',
  'spouse',
  'parent_of',
  'friend',
  'works_for',
  'member_of',
  'located_in', // a person or place seen in a place
  'title_of',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const EntityTypeSchema = StringEnum(ENTITY_TYPES);
export const RelationTypeSchema = StringEnum(RELATION_TYPES);

const Chapter = Nullable(Type.Integer());

export const FirstAppearance = Nullable(
  Type.Object({ fileId: Type.String(), chapter: Chapter, offset: Type.Integer() }),
);
export const EntitySummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: EntityTypeSchema,
  aliases: Type.Array(Type.String()),
  mentionCount: Type.Integer(),
  firstAppearance: FirstAppearance,
});
export type EntitySummaryView = Static<typeof EntitySummary>;

export const Passage = Type.Object({
  fileId: Type.String(),
  /** 1-based chapter in its file, or null; the book's heading of it beside. */
  chapter: Chapter,
  chapterTitle: Nullable(Type.String()),
  start: Type.Integer(),
  end: Type.Integer(),
  quote: Type.String(),
});
export type Passage = Static<typeof Passage>;

export const MentionView = Type.Object({
  fileId: Type.String(),
  chapter: Chapter,
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  /** The text around the mention (absent when the file cannot be read). */
  passage: Type.Optional(Passage),
});
export type MentionView = Static<typeof MentionView>;

export const EntityRelation = Type.Object({
  type: RelationTypeSchema,
  direction: Type.Union([Type.Literal('out'), Type.Literal('in'), Type.Literal('both')]),
  other: Type.Object({ id: Type.String(), name: Type.String(), type: EntityTypeSchema }),
  labels: Type.Array(Type.String()),
  weight: Type.Number(),
});

export const EntityDetailSchema = Type.Composite([
  EntitySummary,
  Type.Object({
    sheet: Type.String(),
    sheetEdited: Type.Boolean(),
    mentions: Type.Array(MentionView),
    mentionsTotal: Type.Integer(),
    relations: Type.Array(EntityRelation),
    /** A character's quotations, words spoken and addressees (`GET .../entities/{entityId}` only). */
    speaking: Type.Optional(SpeakingFiguresSchema),
    /**
     * A series: the entity's mentions in each book it appears in, in series order (`GET
     * .../entities/{entityId}` only, when the project has books).
     */
    books: Type.Optional(
      Type.Array(Type.Object({ number: Type.Integer(), title: Type.String(), mentions: Type.Integer() })),
    ),
  }),
]);
export type EntityDetailView = Static<typeof EntityDetailSchema>;

export const EntityListQuery = Type.Object(
  {
    type: Type.Optional(EntityTypeSchema),
    sort: Type.Optional(
      Type.Union([Type.Literal('mentions'), Type.Literal('name'), Type.Literal('firstAppearance')]),
    ),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Limit(1000, 200)),
    offset: Type.Optional(Offset()),
  },
  { additionalProperties: false },
);
export type EntityListQuery = Static<typeof EntityListQuery>;
export const EntityListResponse = Type.Object({ entities: Type.Array(EntitySummary) });

export const EntityQuery = Type.Object(
  { mentionsOffset: Type.Optional(Offset()), mentionsLimit: Type.Optional(Limit(200, 50, 0)) },
  { additionalProperties: false },
);
export const EntityResponse = Type.Object({ entity: EntityDetailSchema });

export const EntityPatchBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    type: Type.Optional(EntityTypeSchema),
    sheet: Type.Optional(Type.String({ maxLength: 200_000 })),
    addAliases: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 })),
    removeAliases: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type EntityPatchBody = Static<typeof EntityPatchBody>;
export const MergeEntityBody = Type.Object({ otherId: Id }, { additionalProperties: false });

/**
 * A split: the names (every mention written so) and single mentions that belong to another person
 * or place, and the new entity's name and type. Kept as a correction that every later ingestion of
 * the project follows.
 */
export const SplitEntityBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    type: EntityTypeSchema,
    aliases: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 })),
    mentions: Type.Optional(
      Type.Array(
        Type.Object(
          { fileId: Id, start: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }) },
          { additionalProperties: false },
        ),
        { maxItems: 500 },
      ),
    ),
  },
  { additionalProperties: false },
);
export type SplitEntityBody = Static<typeof SplitEntityBody>;
export const SplitEntityResponse = Type.Object({
  split: Type.Object({
    id: Type.String(),
    name: Type.String(),
    type: EntityTypeSchema,
    aliases: Type.Array(Type.String()),
    /** Mentions that move now; the new entity appears once the story bible has been read again. */
    mentions: Type.Integer(),
  }),
  /** The ingestion jobs that read the story bible again, one per file the entity appears in. */
  jobIds: Type.Array(Type.String()),
});
export const EntityDeleteResponse = Type.Object({ deleted: Type.Boolean() });

export const GraphQuery = Type.Object(
  {
    minWeight: Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000_000 })),
    limit: Type.Optional(Limit(500, 80)),
    /** Only these relation types, comma-separated (default: every type but co_occurs). */
    types: Type.Optional(
      Type.String({
        pattern: `^(${RELATION_TYPES.join('|')})(,(${RELATION_TYPES.join('|')})){0,${RELATION_TYPES.length - 1}}$`,
      }),
    ),
    /** Adds the "appears with" links (co_occurs) to the types shown. */
    appearsWith: Type.Optional(Type.Boolean()),
    /** Only entities mentioned at least this often (their importance; within the book's range when given). */
    minMentions: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000 })),
    /**
     * One book (file): its entities, mentions counted there, and the relations between them;
     * `fromChapter`/`toChapter` (1-based, inclusive) narrow it to a range of its chapters.
     */
    fileId: Type.Optional(FileId),
    fromChapter: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    toChapter: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  },
  { additionalProperties: false },
);
export type GraphQuery = Static<typeof GraphQuery>;
export const GraphResponse = Type.Object({
  nodes: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      type: EntityTypeSchema,
      mentionCount: Type.Integer(),
    }),
  ),
  edges: Type.Array(
    Type.Object({
      source: Type.String(),
      target: Type.String(),
      type: RelationTypeSchema,
      /** Symmetric types (co_occurs, sibling, spouse, friend, family) have no direction. */
      directed: Type.Boolean(),
      weight: Type.Number(),
      labels: Type.Array(Type.String()),
    }),
  ),
});

export const APPEARANCE_MEASURES = ['mentions', 'lines'] as const;
export type AppearanceMeasure = (typeof APPEARANCE_MEASURES)[number];

export const AppearancesQuery = Type.Object(
  {
    entityIds: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,19}$' })),
    type: Type.Optional(EntityTypeSchema),
    limit: Type.Optional(Limit(50, 10)),
    /**
     * What is counted per chapter: `mentions` (the default: the entity named or referred to) or
     * `lines` (the quotations the character speaks, as `GET .../quotes` attributes them). The
     * entities are chosen the same way for both.
     */
    measure: Type.Optional(StringEnum(APPEARANCE_MEASURES)),
  },
  { additionalProperties: false },
);
export type AppearancesQuery = Static<typeof AppearancesQuery>;
export const AppearancesResponse = Type.Object({
  /** What `total` and the chapters' `count` are: mentions, or lines spoken. */
  measure: StringEnum(APPEARANCE_MEASURES),
  appearances: Type.Array(
    Type.Object({
      entityId: Type.String(),
      name: Type.String(),
      type: EntityTypeSchema,
      total: Type.Integer(),
      /** Files in ingestion order, chapters ascending (null, for a file without chapters, first). */
      chapters: Type.Array(Type.Object({ fileId: Type.String(), chapter: Chapter, count: Type.Integer() })),
    }),
  ),
});
export type AppearancesResponse = Static<typeof AppearancesResponse>;

export const SearchBody = Type.Object(
  {
    query: Type.String({ minLength: 1, maxLength: 1000 }),
    limit: Type.Optional(Limit(50, 10)),
    kind: Type.Optional(
      Type.Union([Type.Literal('manuscript'), Type.Literal('note'), Type.Literal('import')]),
    ),
  },
  { additionalProperties: false },
);
export type SearchBody = Static<typeof SearchBody>;
export const SearchResponse = Type.Object({
  results: Type.Array(Type.Composite([Passage, Type.Object({ score: Type.Number(), kind: Type.String() })])),
});
