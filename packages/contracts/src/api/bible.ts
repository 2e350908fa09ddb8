/** The story bible: entities, their sheets and mentions, the relationship graph, appearances, search. */
import { type Static, Type } from '@sinclair/typebox';
import { Id, Limit, Nullable, Offset, StringEnum } from './common.js';
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
export const EntityDeleteResponse = Type.Object({ deleted: Type.Boolean() });

export const GraphQuery = Type.Object(
  {
    minWeight: Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000_000 })),
    limit: Type.Optional(Limit(500, 80)),
  },
  { additionalProperties: false },
);
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

export const AppearancesQuery = Type.Object(
  {
    entityIds: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,19}$' })),
    type: Type.Optional(EntityTypeSchema),
    limit: Type.Optional(Limit(50, 10)),
  },
  { additionalProperties: false },
);
export const AppearancesResponse = Type.Object({
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
