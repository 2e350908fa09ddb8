/**
 * The story bible's data model, shared by the extractor (text -> entities, mentions, relations)
 * and the graph store (where they are kept: tables in the backend database, or Neo4j).
 */

export const ENTITY_TYPES = ['character', 'location', 'organization', 'term'] as const;
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

/** Where a name occurs in a file's normalised text. */
export interface Mention {
  fileId: string;
  /** 1-based chapter (position in the file's chapter list), or null when the file has no chapters. */
  chapter: number | null;
  start: number;
  end: number;
  /** The exact text at [start, end). */
  text: string;
}

export interface ExtractedEntity {
  /** Stable key within one extraction (e.g. the normalised canonical name). */
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Mention[];
}

export interface ExtractedRelation {
  sourceKey: string;
  targetKey: string;
  type: RelationType;
  /** Free-text detail for display only ("sister", "father"): never used in a query. */
  label?: string;
  weight: number;
  /** Passages the relation comes from: character ranges in a file. */
  evidence: Array<{ fileId: string; start: number; end: number }>;
}

export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

/** Text of one file, as the filesystem service returns it after extraction. */
export interface SourceText {
  fileId: string;
  text: string;
  chapters: Array<{ title: string; start: number; end: number }>;
}
