/**
 * The graph store on Neo4j 5 (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).
 *
 * Safety rule: every Cypher statement is one of the constant strings in `CYPHER` below; values
 * travel only as parameters. Relation types come from RELATION_TYPES and are stored as the `type`
 * property of one relationship type (RELATES), checked in TypeScript and again in the query; no
 * label, relationship type or property name is ever built from data.
 *
 * Model: (:Entity {id, projectId, key, name, type, sheet, ...})
 *        (:Entity)-[:RELATES {type, label, weight, fileId, evidence}]->(:Entity)
 *        (:Mention {projectId, entityId, fileId, chapter, start, end, text})
 *        (:Contribution {projectId, entityId, fileId, aliases})   a file's part in an entity
 *        (:File {projectId, fileId, seq})
 * Mentions and contributions are indexed nodes rather than relationships of the entity: a
 * popular entity has thousands of mentions, and replacing them in one transaction through
 * relationships of one dense node is quadratic in Neo4j (measured: 18 s against 1.5 s).
 *        (:EntityKey {projectId, key, entityId})   canonical keys, merged keys included
 *        (:Tombstone {projectId, key})             keys of deleted entities
 *        (:Fact {projectId, fileId, seq, entityKey, kind, value, ...})   continuity facts by key
 *        (:Spelling {projectId, fileId, spellings})                      a file's name spellings (JSON)
 */
import { randomUUID } from 'node:crypto';
import { slices } from '@george/runtime/collections';
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { type EntityType, type Extraction, type Mention, RELATION_TYPES } from '../bible/types.js';
import { mergeSpellings } from '../continuity/spelling.js';
import type { Fact, SpellingCount } from '../continuity/types.js';
import {
  checkFactKinds,
  checkFactRow,
  type FactRow,
  inCanon,
  normaliseFacts,
  toStoredFact,
} from './facts.js';
import {
  applyAliasPatch,
  buildAppearances,
  buildGraph,
  checkEntityId,
  checkGraphOptions,
  checkId,
  checkListOptions,
  type EntityRow,
  entityRelations,
  type FileOrder,
  type MentionGroupRow,
  mergeAliasState,
  normaliseExtraction,
  normalisePatch,
  parseEvidence,
  pickForAppearances,
  type RelationRow,
  sortAndPage,
  storedEntityType,
  storedRelationType,
  storedSpellings,
  summarise,
  uniqueStrings,
  visibleAliases,
} from './model.js';
import {
  type AppearancesOptions,
  type EntityAppearances,
  type EntityDetail,
  type EntityPatch,
  type EntityRef,
  type EntitySummary,
  type FactQuery,
  GraphInputError,
  type GraphOptions,
  type GraphStore,
  type GraphView,
  type ListEntitiesOptions,
  type ReplaceResult,
  type StoredFact,
} from './store.js';

const ENTITY_FIELDS = `e.id AS id, e.key AS key, e.name AS name, e.type AS type, e.sheet AS sheet,
  e.sheetEdited AS sheetEdited, e.userAliases AS userAliases, e.removedAliases AS removedAliases`;

/** Every statement this store runs. Nothing else is ever sent to Neo4j. */
export const CYPHER = {
  schema: [
    'CREATE CONSTRAINT graph_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
    'CREATE CONSTRAINT graph_entity_key IF NOT EXISTS FOR (k:EntityKey) REQUIRE (k.projectId, k.key) IS UNIQUE',
    'CREATE CONSTRAINT graph_tombstone IF NOT EXISTS FOR (t:Tombstone) REQUIRE (t.projectId, t.key) IS UNIQUE',
    'CREATE CONSTRAINT graph_project IF NOT EXISTS FOR (p:Project) REQUIRE p.projectId IS UNIQUE',
    'CREATE CONSTRAINT graph_file IF NOT EXISTS FOR (f:File) REQUIRE (f.projectId, f.fileId) IS UNIQUE',
    'CREATE INDEX graph_entity_project IF NOT EXISTS FOR (e:Entity) ON (e.projectId)',
    'CREATE INDEX graph_entity_key_entity IF NOT EXISTS FOR (k:EntityKey) ON (k.projectId, k.entityId)',
    'CREATE INDEX graph_mention_file IF NOT EXISTS FOR (m:Mention) ON (m.projectId, m.fileId)',
    'CREATE INDEX graph_mention_entity IF NOT EXISTS FOR (m:Mention) ON (m.projectId, m.entityId)',
    'CREATE INDEX graph_contribution_file IF NOT EXISTS FOR (c:Contribution) ON (c.projectId, c.fileId)',
    'CREATE INDEX graph_contribution_entity IF NOT EXISTS FOR (c:Contribution) ON (c.projectId, c.entityId)',
    'CREATE INDEX graph_relates_file IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.fileId)',
    'CREATE INDEX graph_fact_file IF NOT EXISTS FOR (f:Fact) ON (f.projectId, f.fileId)',
    'CREATE INDEX graph_spelling_file IF NOT EXISTS FOR (s:Spelling) ON (s.projectId, s.fileId)',
    'CREATE CONSTRAINT graph_schema_migration IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.name IS UNIQUE',
    'CALL db.awaitIndexes(300)',
  ],
  /** Chapter numbers of mentions stored 0-based become 1-based, once (the marker's constraint holds it to once). */
  chaptersFromOne: [
    `OPTIONAL MATCH (done:SchemaMigration {name: 'chapters_from_one'})
     WITH done WHERE done IS NULL
     MATCH (m:Mention) WHERE m.chapter IS NOT NULL SET m.chapter = m.chapter + 1`,
    "MERGE (:SchemaMigration {name: 'chapters_from_one'})",
  ],
  ping: 'RETURN 1 AS ok',
  lockProject: 'MERGE (p:Project {projectId: $projectId}) SET p.touchedAt = $now',
  ensureFile: `
    OPTIONAL MATCH (x:File {projectId: $projectId})
    WITH coalesce(max(x.seq), 0) + 1 AS next
    MERGE (f:File {projectId: $projectId, fileId: $fileId})
      ON CREATE SET f.seq = next`,
  removeFileMentions: 'MATCH (m:Mention {projectId: $projectId, fileId: $fileId}) DELETE m',
  removeFileRelations: `
    MATCH (:Entity {projectId: $projectId})-[r:RELATES]->(:Entity)
    WHERE r.fileId = $fileId
    DELETE r`,
  removeFileContributions: 'MATCH (c:Contribution {projectId: $projectId, fileId: $fileId}) DELETE c',
  removeFileFacts: 'MATCH (f:Fact {projectId: $projectId, fileId: $fileId}) DELETE f',
  removeFileSpellings: 'MATCH (s:Spelling {projectId: $projectId, fileId: $fileId}) DELETE s',
  createFacts: `
    UNWIND $rows AS row
    CREATE (:Fact {projectId: $projectId, fileId: $fileId, seq: toInteger(row.seq), entityKey: row.entityKey,
      objectKey: row.objectKey, speakerKey: row.speakerKey, kind: row.kind, value: row.value, detail: row.detail,
      low: row.low, high: row.high, voice: row.voice, hedged: row.hedged, change: row.change,
      confidence: toFloat(row.confidence), chapter: toInteger(row.chapter), start: toInteger(row.start),
      end: toInteger(row.end), quote: row.quote})`,
  createSpellings: 'CREATE (:Spelling {projectId: $projectId, fileId: $fileId, spellings: $spellings})',
  facts: `
    MATCH (f:Fact {projectId: $projectId})
    WHERE $kinds IS NULL OR f.kind IN $kinds
    RETURN f.fileId AS fileId, f.seq AS seq, f.entityKey AS entityKey, f.objectKey AS objectKey,
      f.speakerKey AS speakerKey, f.kind AS kind, f.value AS value, f.detail AS detail, f.low AS low,
      f.high AS high, f.voice AS voice, f.hedged AS hedged, f.change AS change, f.confidence AS confidence,
      f.chapter AS chapter, f.start AS start, f.end AS end, f.quote AS quote`,
  entityKeys: 'MATCH (k:EntityKey {projectId: $projectId}) RETURN k.key AS key, k.entityId AS entityId',
  entityRefs: `
    MATCH (k:EntityKey {projectId: $projectId})
    MATCH (e:Entity {id: k.entityId}) USING INDEX e:Entity(id)
    WHERE e.projectId = $projectId
    RETURN k.key AS key, e.id AS id, e.name AS name, e.type AS type`,
  spellings: 'MATCH (s:Spelling {projectId: $projectId}) RETURN s.fileId AS fileId, s.spellings AS spellings',
  deleteFileNode: 'MATCH (f:File {projectId: $projectId, fileId: $fileId}) DETACH DELETE f',
  tombstoned: `
    MATCH (t:Tombstone {projectId: $projectId})
    WHERE t.key IN $keys
    RETURN t.key AS key`,
  upsertEntities: `
    UNWIND $rows AS row
    MERGE (k:EntityKey {projectId: $projectId, key: row.key})
      ON CREATE SET k.entityId = row.newId
    WITH row, k
    MERGE (e:Entity {id: k.entityId})
      ON CREATE SET e.projectId = $projectId, e.key = row.key, e.name = row.name, e.type = row.type,
        e.sheet = '', e.sheetEdited = false, e.userEdited = false, e.userAliases = [],
        e.removedAliases = [], e.createdAt = $now, e.updatedAt = $now
      ON MATCH SET e.name = CASE WHEN e.userEdited THEN e.name ELSE row.name END,
        e.type = CASE WHEN e.userEdited THEN e.type ELSE row.type END
    RETURN row.key AS key, e.id AS id`,
  contribute: `
    UNWIND $rows AS row
    CREATE (:Contribution {projectId: $projectId, entityId: row.id, fileId: $fileId, aliases: row.aliases})`,
  createMentions: `
    UNWIND $rows AS row
    CREATE (:Mention {projectId: $projectId, entityId: row.entityId, fileId: $fileId,
      chapter: toInteger(row.chapter), start: toInteger(row.start), end: toInteger(row.end), text: row.text})`,
  createRelations: `
    UNWIND $rows AS row
    WITH row WHERE row.type IN $allowedTypes
    MATCH (a:Entity {id: row.source}) USING INDEX a:Entity(id)
    MATCH (b:Entity {id: row.target}) USING INDEX b:Entity(id)
    WHERE a.projectId = $projectId AND b.projectId = $projectId
    CREATE (a)-[:RELATES {type: row.type, label: row.label, weight: toFloat(row.weight), fileId: $fileId,
      evidence: row.evidence}]->(b)`,
  collectGarbage: `
    MATCH (e:Entity {projectId: $projectId})
    WHERE NOT e.userEdited AND NOT EXISTS { MATCH (c:Contribution {projectId: $projectId, entityId: e.id}) }
    OPTIONAL MATCH (m:Mention {projectId: $projectId, entityId: e.id})
    DETACH DELETE m, e`,
  fileOrder: 'MATCH (f:File {projectId: $projectId}) RETURN f.fileId AS fileId, f.seq AS seq',
  entities: `MATCH (e:Entity {projectId: $projectId}) RETURN ${ENTITY_FIELDS}`,
  entity: `MATCH (e:Entity {id: $entityId}) USING INDEX e:Entity(id) WHERE e.projectId = $projectId RETURN ${ENTITY_FIELDS}`,
  extractedAliases: `
    MATCH (c:Contribution {projectId: $projectId})
    RETURN c.entityId AS id, c.aliases AS aliases`,
  extractedAliasesOf: `
    MATCH (c:Contribution {projectId: $projectId, entityId: $entityId})
    RETURN c.entityId AS id, c.aliases AS aliases`,
  mentionGroups: `
    MATCH (m:Mention {projectId: $projectId})
    RETURN m.entityId AS entityId, m.fileId AS fileId, count(m) AS count, min(m.start) AS firstStart,
      min(m.chapter) AS firstChapter`,
  mentionGroupsOf: `
    MATCH (m:Mention {projectId: $projectId, entityId: $entityId})
    RETURN m.entityId AS entityId, m.fileId AS fileId, count(m) AS count, min(m.start) AS firstStart,
      min(m.chapter) AS firstChapter`,
  mentionsOf: `
    MATCH (m:Mention {projectId: $projectId, entityId: $entityId})
    RETURN m.fileId AS fileId, m.chapter AS chapter, m.start AS start, m.end AS end, m.text AS text`,
  relationsOf: `
    MATCH (e:Entity {id: $entityId})-[r:RELATES]-(o:Entity) USING INDEX e:Entity(id)
    WHERE e.projectId = $projectId
    RETURN startNode(r).id AS sourceId, endNode(r).id AS targetId, r.type AS type, r.label AS label,
      r.weight AS weight, r.evidence AS evidence, o.id AS otherId, o.name AS otherName, o.type AS otherType`,
  allRelations: `
    MATCH (a:Entity {projectId: $projectId})-[r:RELATES]->(b:Entity)
    RETURN a.id AS sourceId, b.id AS targetId, r.type AS type, r.label AS label, r.weight AS weight`,
  chapterCounts: `
    UNWIND $ids AS id
    MATCH (m:Mention {projectId: $projectId, entityId: id})
    RETURN m.entityId AS entityId, m.fileId AS fileId, m.chapter AS chapter, count(m) AS count`,
  updateEntity: `
    MATCH (e:Entity {id: $entityId}) USING INDEX e:Entity(id)
    WHERE e.projectId = $projectId
    SET e.name = $name, e.type = $type, e.sheet = $sheet, e.sheetEdited = $sheetEdited, e.userEdited = true,
      e.userAliases = $userAliases, e.removedAliases = $removedAliases, e.updatedAt = $now`,
  writeGeneratedSheet: `
    MATCH (e:Entity {id: $entityId}) USING INDEX e:Entity(id)
    WHERE e.projectId = $projectId AND NOT e.sheetEdited
    SET e.sheet = $sheet, e.updatedAt = $now
    RETURN count(e) AS n`,
  mergeMentions: `
    MATCH (x:Mention {projectId: $projectId, entityId: $mergedId})
    SET x.entityId = $survivorId`,
  mergeOutgoing: `
    MATCH (s:Entity {id: $survivorId}) USING INDEX s:Entity(id) WHERE s.projectId = $projectId
    MATCH (m:Entity {id: $mergedId})-[r:RELATES]->(t:Entity) USING INDEX m:Entity(id) WHERE m.projectId = $projectId AND t.id <> $survivorId
    CREATE (s)-[r2:RELATES]->(t)
    SET r2 = properties(r)
    DELETE r`,
  mergeIncoming: `
    MATCH (s:Entity {id: $survivorId}) USING INDEX s:Entity(id) WHERE s.projectId = $projectId
    MATCH (t:Entity)-[r:RELATES]->(m:Entity {id: $mergedId}) USING INDEX m:Entity(id) WHERE m.projectId = $projectId AND t.id <> $survivorId
    CREATE (t)-[r2:RELATES]->(s)
    SET r2 = properties(r)
    DELETE r`,
  mergeContributions: `
    MATCH (c:Contribution {projectId: $projectId, entityId: $mergedId})
    SET c.entityId = $survivorId`,
  mergeKeys: `
    MATCH (k:EntityKey {projectId: $projectId, entityId: $mergedId})
    SET k.entityId = $survivorId`,
  mergeSurvivor: `
    MATCH (s:Entity {id: $survivorId}) USING INDEX s:Entity(id)
    WHERE s.projectId = $projectId
    SET s.userEdited = true, s.sheet = $sheet, s.sheetEdited = $sheetEdited, s.userAliases = $userAliases,
      s.removedAliases = $removedAliases, s.updatedAt = $now`,
  deleteEntityNode: `
    MATCH (e:Entity {id: $entityId}) USING INDEX e:Entity(id)
    WHERE e.projectId = $projectId
    DETACH DELETE e`,
  deleteMentionsOf: 'MATCH (m:Mention {projectId: $projectId, entityId: $entityId}) DELETE m',
  deleteContributionsOf: 'MATCH (c:Contribution {projectId: $projectId, entityId: $entityId}) DELETE c',
  keysOf: `
    MATCH (k:EntityKey {projectId: $projectId, entityId: $entityId})
    RETURN k.key AS key`,
  tombstone: `
    UNWIND $keys AS key
    MERGE (t:Tombstone {projectId: $projectId, key: key})
      ON CREATE SET t.deletedAt = $now`,
  deleteKeysOf: 'MATCH (k:EntityKey {projectId: $projectId, entityId: $entityId}) DELETE k',
  deleteProject: [
    'MATCH (n:Mention {projectId: $projectId}) DELETE n',
    'MATCH (n:Contribution {projectId: $projectId}) DELETE n',
    'MATCH (n:Fact {projectId: $projectId}) DELETE n',
    'MATCH (n:Spelling {projectId: $projectId}) DELETE n',
    'MATCH (n:Entity {projectId: $projectId}) DETACH DELETE n',
    'MATCH (n:EntityKey {projectId: $projectId}) DELETE n',
    'MATCH (n:Tombstone {projectId: $projectId}) DELETE n',
    'MATCH (n:File {projectId: $projectId}) DETACH DELETE n',
    'MATCH (n:Project {projectId: $projectId}) DELETE n',
  ],
} as const;

/** Rows sent per UNWIND. */
const BATCH = 1000;

function rows<T extends RecordShape>(result: QueryResult<T>): T[] {
  return result.records.map((r) => r.toObject());
}

interface EntityRecord {
  id: string;
  key: string;
  name: string;
  type: string;
  sheet: string | null;
  sheetEdited: boolean | null;
  userAliases: string[] | null;
  removedAliases: string[] | null;
}

function toEntityRow(r: EntityRecord): EntityRow {
  return {
    id: r.id,
    key: r.key,
    name: r.name,
    type: storedEntityType(r.type),
    sheet: r.sheet ?? '',
    sheetEdited: r.sheetEdited === true,
    userAliases: r.userAliases ?? [],
    removedAliases: r.removedAliases ?? [],
  };
}

interface RelationRecord {
  sourceId: string;
  targetId: string;
  type: string;
  label: string | null;
  weight: number;
}

interface MentionGroupRecord {
  entityId: string;
  fileId: string;
  count: number;
  firstStart: number;
  firstChapter: number | null;
}

type Runner = Pick<ManagedTransaction, 'run'>;

export interface Neo4jGraphStoreOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly database: string | undefined;

  constructor(options: Neo4jGraphStoreOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 30_000,
      maxTransactionRetryTime: 15_000,
    });
    this.database = options.database;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
  }

  /**
   * A write transaction on one project. It first takes the write lock of the project's node, so
   * writes to one project run one at a time: re-ingesting a file, the clean-up of orphans and a
   * merge never interleave.
   */
  private async write<T>(projectId: string, fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(async (tx) => {
        await tx.run(CYPHER.lockProject, { projectId, now: Date.now() });
        return fn(tx);
      });
    } finally {
      await session.close();
    }
  }

  private async read<T>(fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead(fn);
    } finally {
      await session.close();
    }
  }

  async init(): Promise<void> {
    await this.driver.verifyConnectivity();
    const session = this.session('WRITE');
    try {
      for (const statement of CYPHER.schema) await session.run(statement);
      await session.executeWrite(async (tx) => {
        for (const statement of CYPHER.chaptersFromOne) await tx.run(statement);
      });
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  async ping(): Promise<void> {
    await this.read((tx) => tx.run(CYPHER.ping));
  }

  async replaceFileExtraction(
    projectId: string,
    fileId: string,
    extraction: Extraction,
  ): Promise<ReplaceResult> {
    checkId(projectId, 'projectId');
    checkId(fileId, 'fileId');
    const norm = normaliseExtraction(fileId, extraction);
    return this.write(projectId, async (tx) => {
      const p = { projectId, fileId };
      await tx.run(CYPHER.ensureFile, p);
      // Relations first, mentions last: creating relationships after deleting thousands of
      // mention nodes in the same transaction is slow in Neo4j 5 (measured 2 s against 0.1 s).
      await tx.run(CYPHER.removeFileRelations, p);
      await tx.run(CYPHER.removeFileContributions, p);
      const now = Date.now();
      const tombstoned = new Set<string>();
      for (const keys of slices(
        norm.entities.map((e) => e.key),
        BATCH,
      )) {
        for (const r of rows(await tx.run<{ key: string }>(CYPHER.tombstoned, { projectId, keys }))) {
          tombstoned.add(r.key);
        }
      }
      const live = norm.entities.filter((e) => !tombstoned.has(e.key));
      const keyMap = new Map<string, string>();
      for (const part of slices(live, BATCH)) {
        const result = await tx.run<{ key: string; id: string }>(CYPHER.upsertEntities, {
          projectId,
          now,
          rows: part.map((e) => ({ key: e.key, newId: randomUUID(), name: e.name, type: e.type })),
        });
        for (const r of rows(result)) keyMap.set(r.key, r.id);
      }
      const contributions = new Map<string, string[]>();
      const mentionRows: Array<{
        entityId: string;
        chapter: number | null;
        start: number;
        end: number;
        text: string;
      }> = [];
      for (const entity of live) {
        const id = keyMap.get(entity.key);
        if (!id) continue;
        contributions.set(id, uniqueStrings([...(contributions.get(id) ?? []), ...entity.aliases]));
        for (const m of entity.mentions) {
          mentionRows.push({ entityId: id, chapter: m.chapter, start: m.start, end: m.end, text: m.text });
        }
      }
      const relationRows = norm.relations.flatMap((r) => {
        const source = keyMap.get(r.sourceKey);
        const target = keyMap.get(r.targetKey);
        if (!source || !target || source === target) return [];
        return [
          {
            source,
            target,
            type: r.type,
            label: r.label,
            weight: r.weight,
            evidence: JSON.stringify(r.evidence),
          },
        ];
      });
      for (const part of slices(relationRows, BATCH)) {
        await tx.run(CYPHER.createRelations, { ...p, rows: part, allowedTypes: [...RELATION_TYPES] });
      }
      for (const part of slices([...contributions.entries()], BATCH)) {
        await tx.run(CYPHER.contribute, { ...p, rows: part.map(([id, aliases]) => ({ id, aliases })) });
      }
      await tx.run(CYPHER.removeFileMentions, p);
      for (const part of slices(mentionRows, BATCH)) {
        await tx.run(CYPHER.createMentions, { ...p, rows: part });
      }
      await tx.run(CYPHER.collectGarbage, { projectId });
      return {
        entities: contributions.size,
        mentions: mentionRows.length,
        relations: relationRows.length,
        skippedDeleted: norm.entities.length - live.length,
      };
    });
  }

  private async removeFile(tx: Runner, projectId: string, fileId: string): Promise<void> {
    const p = { projectId, fileId };
    await tx.run(CYPHER.removeFileMentions, p);
    await tx.run(CYPHER.removeFileRelations, p);
    await tx.run(CYPHER.removeFileContributions, p);
    await tx.run(CYPHER.removeFileFacts, p);
    await tx.run(CYPHER.removeFileSpellings, p);
  }

  // ---- reads -------------------------------------------------------------------------------------

  private async fileOrder(tx: Runner, projectId: string): Promise<FileOrder> {
    const found = rows(await tx.run<{ fileId: string; seq: number }>(CYPHER.fileOrder, { projectId }));
    return new Map(found.map((r) => [r.fileId, Number(r.seq)]));
  }

  private static aliasMap(found: Array<{ id: string; aliases: string[] | null }>): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const r of found) out.set(r.id, [...(out.get(r.id) ?? []), ...(r.aliases ?? [])]);
    return out;
  }

  private static groups(found: MentionGroupRecord[]): MentionGroupRow[] {
    return found.map((g) => ({
      entityId: g.entityId,
      fileId: g.fileId,
      count: Number(g.count),
      firstStart: Number(g.firstStart),
      firstChapter: g.firstChapter === null ? null : Number(g.firstChapter),
    }));
  }

  private async allSummaries(
    tx: Runner,
    projectId: string,
  ): Promise<{ list: EntitySummary[]; order: FileOrder }> {
    const entities = rows(await tx.run<EntityRecord>(CYPHER.entities, { projectId })).map(toEntityRow);
    const aliases = Neo4jGraphStore.aliasMap(
      rows(await tx.run<{ id: string; aliases: string[] | null }>(CYPHER.extractedAliases, { projectId })),
    );
    const groups = Neo4jGraphStore.groups(
      rows(await tx.run<MentionGroupRecord>(CYPHER.mentionGroups, { projectId })),
    );
    const order = await this.fileOrder(tx, projectId);
    return { list: summarise(entities, aliases, groups, order), order };
  }

  async listEntities(projectId: string, options: ListEntitiesOptions = {}): Promise<EntitySummary[]> {
    checkId(projectId, 'projectId');
    checkListOptions(options);
    const { list, order } = await this.read((tx) => this.allSummaries(tx, projectId));
    return sortAndPage(list, options, order);
  }

  private async loadEntity(tx: Runner, projectId: string, entityId: string): Promise<EntityRow | null> {
    const [found] = rows(await tx.run<EntityRecord>(CYPHER.entity, { projectId, entityId }));
    return found ? toEntityRow(found) : null;
  }

  private async extractedAliasesOf(tx: Runner, projectId: string, entityId: string): Promise<string[]> {
    const found = rows(
      await tx.run<{ id: string; aliases: string[] | null }>(CYPHER.extractedAliasesOf, {
        projectId,
        entityId,
      }),
    );
    return found.flatMap((r) => r.aliases ?? []);
  }

  async getEntity(projectId: string, entityId: string): Promise<EntityDetail | null> {
    checkId(projectId, 'projectId');
    checkEntityId(entityId);
    return this.read(async (tx) => {
      const entity = await this.loadEntity(tx, projectId, entityId);
      if (!entity) return null;
      const p = { projectId, entityId };
      const aliases = new Map([[entityId, await this.extractedAliasesOf(tx, projectId, entityId)]]);
      const groups = Neo4jGraphStore.groups(
        rows(await tx.run<MentionGroupRecord>(CYPHER.mentionGroupsOf, p)),
      );
      const order = await this.fileOrder(tx, projectId);
      const [summary] = summarise([entity], aliases, groups, order);
      if (!summary) return null;
      const mentions = rows(await tx.run<Mention>(CYPHER.mentionsOf, p))
        .map((m) => ({
          fileId: m.fileId,
          chapter: m.chapter === null || m.chapter === undefined ? null : Number(m.chapter),
          start: Number(m.start),
          end: Number(m.end),
          text: m.text,
        }))
        .sort(
          (a, b) =>
            (order.get(a.fileId) ?? 0) - (order.get(b.fileId) ?? 0) || a.start - b.start || a.end - b.end,
        );
      const found = rows(
        await tx.run<
          RelationRecord & { evidence: string | null; otherId: string; otherName: string; otherType: string }
        >(CYPHER.relationsOf, p),
      );
      const others = new Map<string, { name: string; type: EntityType }>();
      const relations: RelationRow[] = [];
      for (const r of found) {
        others.set(r.otherId, { name: r.otherName, type: storedEntityType(r.otherType) });
        relations.push({
          sourceId: r.sourceId,
          targetId: r.targetId,
          type: storedRelationType(r.type),
          label: r.label ?? null,
          weight: Number(r.weight),
          evidence: parseEvidence(r.evidence),
        });
      }
      return {
        ...summary,
        key: entity.key,
        sheet: entity.sheet,
        sheetEdited: entity.sheetEdited,
        mentions,
        relations: entityRelations(entityId, relations, others),
      };
    });
  }

  async patchEntity(projectId: string, entityId: string, patch: EntityPatch): Promise<EntityDetail | null> {
    checkId(projectId, 'projectId');
    checkEntityId(entityId);
    const norm = normalisePatch(patch);
    const found = await this.write(projectId, async (tx) => {
      const entity = await this.loadEntity(tx, projectId, entityId);
      if (!entity) return false;
      const aliases = applyAliasPatch(entity, norm, entity.name, norm.name);
      await tx.run(CYPHER.updateEntity, {
        projectId,
        entityId,
        name: norm.name ?? entity.name,
        type: norm.type ?? entity.type,
        sheet: norm.sheet ?? entity.sheet,
        sheetEdited: norm.sheet !== undefined || entity.sheetEdited,
        userAliases: aliases.userAliases,
        removedAliases: aliases.removedAliases,
        now: Date.now(),
      });
      return true;
    });
    return found ? this.getEntity(projectId, entityId) : null;
  }

  async writeGeneratedSheet(projectId: string, entityId: string, sheet: string): Promise<boolean> {
    checkId(projectId, 'projectId');
    checkEntityId(entityId);
    normalisePatch({ sheet });
    return this.write(projectId, async (tx) => {
      const [r] = rows(
        await tx.run<{ n: number }>(CYPHER.writeGeneratedSheet, {
          projectId,
          entityId,
          sheet,
          now: Date.now(),
        }),
      );
      return Number(r?.n ?? 0) > 0;
    });
  }

  async mergeEntities(projectId: string, survivorId: string, mergedId: string): Promise<EntityDetail | null> {
    checkId(projectId, 'projectId');
    checkEntityId(survivorId, 'survivorId');
    checkEntityId(mergedId, 'mergedId');
    if (survivorId === mergedId) throw new GraphInputError('cannot merge an entity into itself', 'mergedId');
    const found = await this.write(projectId, async (tx) => {
      const survivor = await this.loadEntity(tx, projectId, survivorId);
      const merged = await this.loadEntity(tx, projectId, mergedId);
      if (!survivor || !merged) return false;
      const mergedExtracted = await this.extractedAliasesOf(tx, projectId, mergedId);
      const aliasState = mergeAliasState(
        survivor,
        merged.name,
        visibleAliases(merged.name, mergedExtracted, merged),
      );
      const p = { projectId, survivorId, mergedId };
      await tx.run(CYPHER.mergeMentions, p);
      await tx.run(CYPHER.mergeOutgoing, p);
      await tx.run(CYPHER.mergeIncoming, p);
      await tx.run(CYPHER.mergeContributions, p);
      await tx.run(CYPHER.mergeKeys, p);
      await tx.run(CYPHER.mergeSurvivor, {
        projectId,
        survivorId,
        sheet: survivor.sheet === '' ? merged.sheet : survivor.sheet,
        sheetEdited: survivor.sheetEdited || (survivor.sheet === '' && merged.sheetEdited),
        userAliases: aliasState.userAliases,
        removedAliases: aliasState.removedAliases,
        now: Date.now(),
      });
      await tx.run(CYPHER.deleteEntityNode, { projectId, entityId: mergedId });
      return true;
    });
    return found ? this.getEntity(projectId, survivorId) : null;
  }

  async deleteEntity(projectId: string, entityId: string): Promise<boolean> {
    checkId(projectId, 'projectId');
    checkEntityId(entityId);
    return this.write(projectId, async (tx) => {
      const entity = await this.loadEntity(tx, projectId, entityId);
      if (!entity) return false;
      const p = { projectId, entityId };
      const keys = rows(await tx.run<{ key: string }>(CYPHER.keysOf, p)).map((k) => k.key);
      await tx.run(CYPHER.tombstone, {
        projectId,
        keys: uniqueStrings([entity.key, ...keys]),
        now: Date.now(),
      });
      await tx.run(CYPHER.deleteKeysOf, p);
      await tx.run(CYPHER.deleteMentionsOf, p);
      await tx.run(CYPHER.deleteContributionsOf, p);
      await tx.run(CYPHER.deleteEntityNode, p);
      return true;
    });
  }

  async graph(projectId: string, options: GraphOptions = {}): Promise<GraphView> {
    checkId(projectId, 'projectId');
    checkGraphOptions(options);
    return this.read(async (tx) => {
      const { list } = await this.allSummaries(tx, projectId);
      const found = rows(await tx.run<RelationRecord>(CYPHER.allRelations, { projectId }));
      const relations: RelationRow[] = found.map((r) => ({
        sourceId: r.sourceId,
        targetId: r.targetId,
        type: storedRelationType(r.type),
        label: r.label ?? null,
        weight: Number(r.weight),
        evidence: [],
      }));
      return buildGraph(list, relations, options);
    });
  }

  async appearances(projectId: string, options: AppearancesOptions = {}): Promise<EntityAppearances[]> {
    checkId(projectId, 'projectId');
    return this.read(async (tx) => {
      const { list, order } = await this.allSummaries(tx, projectId);
      const picked = pickForAppearances(list, options);
      const found = rows(
        await tx.run<{ entityId: string; fileId: string; chapter: number | null; count: number }>(
          CYPHER.chapterCounts,
          { projectId, ids: picked.map((e) => e.id) },
        ),
      ).map((r) => ({
        entityId: r.entityId,
        fileId: r.fileId,
        chapter: r.chapter === null || r.chapter === undefined ? null : Number(r.chapter),
        count: Number(r.count),
      }));
      return buildAppearances(picked, found, order);
    });
  }

  async replaceFileFacts(
    projectId: string,
    fileId: string,
    facts: Fact[],
    spellings: SpellingCount[],
  ): Promise<number> {
    checkId(projectId, 'projectId');
    checkId(fileId, 'fileId');
    const norm = normaliseFacts(facts, spellings);
    await this.write(projectId, async (tx) => {
      await tx.run(CYPHER.ensureFile, { projectId, fileId });
      await tx.run(CYPHER.removeFileFacts, { projectId, fileId });
      await tx.run(CYPHER.removeFileSpellings, { projectId, fileId });
      for (const part of slices(norm.rows, BATCH))
        await tx.run(CYPHER.createFacts, { projectId, fileId, rows: part });
      await tx.run(CYPHER.createSpellings, { projectId, fileId, spellings: JSON.stringify(norm.spellings) });
    });
    return norm.rows.length;
  }

  async entityKeys(projectId: string): Promise<Map<string, EntityRef>> {
    checkId(projectId, 'projectId');
    const found = await this.read(async (tx) =>
      rows(
        await tx.run<{ key: string; id: string; name: string; type: string }>(CYPHER.entityRefs, {
          projectId,
        }),
      ),
    );
    return new Map(found.map((r) => [r.key, { id: r.id, name: r.name, type: storedEntityType(r.type) }]));
  }

  async listFacts(projectId: string, query: FactQuery = {}): Promise<StoredFact[]> {
    checkId(projectId, 'projectId');
    if (query.entityId !== undefined) checkEntityId(query.entityId);
    const kinds = query.kinds === undefined ? null : checkFactKinds(query.kinds);
    return this.read(async (tx) => {
      const order = await this.fileOrder(tx, projectId);
      const keys = rows(await tx.run<{ key: string; entityId: string }>(CYPHER.entityKeys, { projectId }));
      const idOf = new Map(keys.map((k) => [k.key, k.entityId]));
      const id = (key: string | null) => (key === null ? null : (idOf.get(key) ?? null));
      return rows(await tx.run<FactRow & { fileId: string }>(CYPHER.facts, { projectId, kinds }))
        .map(({ fileId, ...row }) => ({ fileId, row: checkFactRow(row) }))
        .filter(({ row }) => row.entityKey === null || id(row.entityKey) !== null)
        .filter(({ row }) => inCanon(row.chapter, query.asOfChapter))
        .filter(({ row }) => query.entityId === undefined || id(row.entityKey) === query.entityId)
        .sort(
          (a, b) =>
            (order.get(a.fileId) ?? 0) - (order.get(b.fileId) ?? 0) ||
            a.row.start - b.row.start ||
            a.row.seq - b.row.seq,
        )
        .map(({ fileId, row }) =>
          toStoredFact(fileId, row, {
            entityId: id(row.entityKey),
            objectId: id(row.objectKey),
            speakerId: id(row.speakerKey),
          }),
        );
    });
  }

  async listSpellings(projectId: string): Promise<SpellingCount[]> {
    checkId(projectId, 'projectId');
    return this.read(async (tx) => {
      const order = await this.fileOrder(tx, projectId);
      const found = rows(
        await tx.run<{ fileId: string; spellings: string }>(CYPHER.spellings, { projectId }),
      );
      found.sort((a, b) => (order.get(a.fileId) ?? 0) - (order.get(b.fileId) ?? 0));
      return mergeSpellings(
        found.map((r) => storedSpellings(r.spellings, `the spellings of (:Spelling {fileId: ${r.fileId}})`)),
      );
    });
  }

  async deleteFile(projectId: string, fileId: string): Promise<void> {
    checkId(projectId, 'projectId');
    checkId(fileId, 'fileId');
    await this.write(projectId, async (tx) => {
      await this.removeFile(tx, projectId, fileId);
      await tx.run(CYPHER.deleteFileNode, { projectId, fileId });
      await tx.run(CYPHER.collectGarbage, { projectId });
    });
  }

  async deleteProject(projectId: string): Promise<void> {
    checkId(projectId, 'projectId');
    await this.write(projectId, async (tx) => {
      for (const statement of CYPHER.deleteProject) await tx.run(statement, { projectId });
    });
  }
}
