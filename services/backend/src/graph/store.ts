/**
 * The story bible's graph store: one interface, two implementations that pass the same contract
 * tests (test/graph/store-contract.ts): tables in the backend's database (SqlGraphStore, the
 * default) and Neo4j 5 (Neo4jGraphStore, when NEO4J_URI is set).
 *
 * Entities are matched across files by their canonical key (ExtractedEntity.key). Everything a file
 * brings (mentions, relations, the aliases it saw) is recorded per file, so re-ingesting a file
 * replaces its contribution and deleting a file removes it. Entity ids are random UUIDs that stay
 * the same for a key for the life of the project, across re-ingestion.
 */
import type { EntityType, Extraction, Mention, RelationType } from '../bible/types.js';
import type { Fact, FactKind, SpellingCount } from '../continuity/types.js';

export interface FirstAppearance {
  fileId: string;
  chapter: number | null;
  offset: number;
}

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
  /** The earliest mention: files in the order they were first ingested, then by offset. */
  firstAppearance: FirstAppearance | null;
}

export interface Evidence {
  fileId: string;
  start: number;
  end: number;
}

export interface EntityRelationView {
  type: RelationType;
  /** 'out': this entity is the source; 'in': the target; 'both': a symmetric type (co_occurs...). */
  direction: 'out' | 'in' | 'both';
  other: { id: string; name: string; type: EntityType };
  /** What the other is to this entity ("sister", "parent"), for display, never used in a query. */
  labels: string[];
  weight: number;
  evidence: Evidence[];
}

export interface EntityDetail extends EntitySummary {
  /** The canonical key the entity was first created for. */
  key: string;
  /** Story-bible sheet, Markdown. */
  sheet: string;
  /** True once the author edited the sheet (generated sheets no longer overwrite it). */
  sheetEdited: boolean;
  mentions: Mention[];
  relations: EntityRelationView[];
}

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType;
  mentionCount: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: RelationType;
  /** Symmetric types (co_occurs, sibling, spouse, friend, family) have no direction. */
  directed: boolean;
  weight: number;
  labels: string[];
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface ChapterCount {
  fileId: string;
  chapter: number | null;
  count: number;
}

export interface EntityAppearances {
  entityId: string;
  name: string;
  type: EntityType;
  total: number;
  /** Files in ingestion order, chapters ascending (null, for a file without chapters, first). */
  chapters: ChapterCount[];
}

export type EntitySort = 'mentions' | 'name' | 'firstAppearance';

export interface ListEntitiesOptions {
  type?: EntityType;
  sort?: EntitySort;
  limit?: number;
  offset?: number;
}

export interface GraphOptions {
  /** Only these relation types (default: all). */
  types?: RelationType[];
  /** Edges whose summed weight is below this are left out (default 0). */
  minWeight?: number;
  /** Only the N entities with the most mentions (default: all). */
  limit?: number;
  /** Only entities with at least this many mentions (default: all). */
  minMentions?: number;
}

export interface AppearancesOptions {
  entityIds?: string[];
  type?: EntityType;
  /** The N entities with the most mentions (default 20) when entityIds is not given. */
  limit?: number;
}

export interface EntityPatch {
  name?: string;
  type?: EntityType;
  sheet?: string;
  addAliases?: string[];
  removeAliases?: string[];
}

export interface ReplaceResult {
  /** Entities that this file now contributes to (tombstoned keys excluded). */
  entities: number;
  mentions: number;
  relations: number;
  /** Extracted entities skipped because the author deleted them. */
  skippedDeleted: number;
}

/** A fact of the continuity ledger as stored: its entities resolved to ids at read time. */
export interface StoredFact extends Omit<Fact, 'entityKey' | 'objectKey' | 'speakerKey'> {
  entityId: string | null;
  /** The other entity of a relation or place fact, when it is an entity of the project. */
  objectId: string | null;
  speakerId: string | null;
}

export interface FactQuery {
  /** Only this entity's facts. */
  entityId?: string;
  /** Canon as of a chapter: facts up to this chapter (1-based, of each file) and of files without chapters. */
  asOfChapter?: number;
  /** Only facts of these kinds (read by the store, so the chat's look-ups skip the many acts). */
  kinds?: readonly FactKind[];
}

/** An entity as data stored by key refers to it. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface GraphStore {
  readonly kind: 'sql' | 'neo4j';
  /** Creates tables / constraints and indexes. Safe to call on every start. */
  init(): Promise<void>;
  /**
   * Replaces everything that `fileId` contributed with `extraction`, atomically. Entities are
   * matched by key (including keys merged into another entity); deleted keys stay deleted;
   * entities left with no file and never edited by the author are removed.
   */
  replaceFileExtraction(projectId: string, fileId: string, extraction: Extraction): Promise<ReplaceResult>;
  listEntities(projectId: string, options?: ListEntitiesOptions): Promise<EntitySummary[]>;
  getEntity(projectId: string, entityId: string): Promise<EntityDetail | null>;
  /** null when the entity does not exist. Renaming keeps the old name as an alias. */
  patchEntity(projectId: string, entityId: string, patch: EntityPatch): Promise<EntityDetail | null>;
  /** Writes a generated sheet unless the author edited the sheet; false when not written. */
  writeGeneratedSheet(projectId: string, entityId: string, sheet: string): Promise<boolean>;
  /**
   * Moves `mergedId`'s mentions, relations, keys and aliases (its name too) to `survivorId` and
   * removes `mergedId`. null when either does not exist.
   */
  mergeEntities(projectId: string, survivorId: string, mergedId: string): Promise<EntityDetail | null>;
  /** Deletes the entity and tombstones its keys so re-ingestion does not bring it back. */
  deleteEntity(projectId: string, entityId: string): Promise<boolean>;
  graph(projectId: string, options?: GraphOptions): Promise<GraphView>;
  appearances(projectId: string, options?: AppearancesOptions): Promise<EntityAppearances[]>;
  /**
   * Replaces the continuity facts and name spellings the file states, atomically. Facts name their
   * entities by extraction key, like `replaceFileExtraction`; returns the facts stored.
   */
  replaceFileFacts(
    projectId: string,
    fileId: string,
    facts: Fact[],
    spellings: SpellingCount[],
  ): Promise<number>;
  /**
   * The project's facts in reading order (files in ingestion order, then offset), each entity key
   * resolved to the entity that has it now (merges count); facts of deleted entities are left out.
   */
  listFacts(projectId: string, query?: FactQuery): Promise<StoredFact[]>;
  /** The name spellings of every file of the project, summed. */
  listSpellings(projectId: string): Promise<SpellingCount[]>;
  /**
   * Every extraction key of the project's entities, merged keys included, with the entity that has
   * it now (a deleted entity's keys are absent). Data stored by key elsewhere (quotations) reads
   * through it, so merges and deletions show without updating that data.
   */
  entityKeys(projectId: string): Promise<Map<string, EntityRef>>;
  /** Removes everything the file contributed (as if it had never been ingested). */
  deleteFile(projectId: string, fileId: string): Promise<void>;
  /** Removes every trace of the project, tombstones included. */
  deleteProject(projectId: string): Promise<void>;
  /** Resolves when the store answers (for /ready); rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A caller's mistake (bad id, unknown type, too long...): maps to 400. */
export class GraphInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'GraphInputError';
  }
}
