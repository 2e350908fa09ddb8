/**
 * The story bible's data model, shared by the extractor (text -> entities, mentions, relations)
 * and the graph store (where they are kept: tables in the backend database, or Neo4j).
 */

import type { EntityType, RelationType } from '@george/contracts/api';

// The lists are the public API's (the story bible's routes validate and answer with them).
export { ENTITY_TYPES, type EntityType, RELATION_TYPES, type RelationType } from '@george/contracts/api';

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
