/**
 * The graph store on the backend's own database (SQLite by default, PostgreSQL with DATABASE_URL),
 * through Kysely: every value is a bound parameter, nothing is spliced into SQL.
 */
import { randomUUID } from 'node:crypto';
import { inTransaction, isUniqueViolation } from '@george/runtime';
import { slices } from '@george/runtime/collections';
import type { Kysely, Transaction } from 'kysely';
import type { EntityType, Extraction, Mention } from '../bible/types.js';
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
  parseJsonStrings,
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
import { type GraphEntityTable, type GraphTables, migrateGraphTables } from './sql-migrations.js';
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

type Db = Kysely<GraphTables>;
type Trx = Transaction<GraphTables>;

/** Rows per INSERT and ids per IN list: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;

function toEntityRow(row: GraphEntityTable): EntityRow {
  return {
    id: row.id,
    key: row.entity_key,
    name: row.name,
    type: storedEntityType(row.type),
    sheet: row.sheet,
    sheetEdited: Number(row.sheet_edited) === 1,
    userAliases: parseJsonStrings(row.user_aliases),
    removedAliases: parseJsonStrings(row.removed_aliases),
  };
}

export class SqlGraphStore implements GraphStore {
  readonly kind = 'sql' as const;

  constructor(
    private readonly db: Db,
    private readonly onClose: () => Promise<void> = async () => {},
  ) {}

  async init(): Promise<void> {
    await migrateGraphTables(this.db);
  }

  async close(): Promise<void> {
    await this.onClose();
  }

  async ping(): Promise<void> {
    await this.db.selectFrom('graph_file').select('seq').limit(1).execute();
  }

  /**
   * A write transaction on one project. It first touches the project's row in graph_project, so
   * writes to one project run one at a time on PostgreSQL too (SQLite's BEGIN IMMEDIATE already
   * serialises every write): re-ingesting a file, the clean-up of orphans and a merge never
   * interleave. Run again on a unique violation (two first writes of a project at once).
   */
  private async tx<T>(projectId: string, fn: (trx: Trx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await inTransaction(this.db, async (trx) => {
          await trx
            .insertInto('graph_project')
            .values({ project_id: projectId, touched_at: Date.now() })
            .onConflict((oc) => oc.column('project_id').doUpdateSet({ touched_at: Date.now() }))
            .execute();
          return fn(trx);
        });
      } catch (err) {
        if (attempt >= 3 || !isUniqueViolation(err)) throw err;
      }
    }
  }

  async replaceFileExtraction(
    projectId: string,
    fileId: string,
    extraction: Extraction,
  ): Promise<ReplaceResult> {
    checkId(projectId, 'projectId');
    checkId(fileId, 'fileId');
    const norm = normaliseExtraction(fileId, extraction);
    return this.tx(projectId, async (trx) => {
      await this.ensureFile(trx, projectId, fileId);
      await this.removeFileRows(trx, projectId, fileId);
      const now = Date.now();
      const keys = norm.entities.map((e) => e.key);
      const tombstoned = new Set<string>();
      const keyMap = new Map<string, string>();
      for (const part of slices(keys, CHUNK)) {
        const tombs = await trx
          .selectFrom('graph_tombstone')
          .select('entity_key')
          .where('project_id', '=', projectId)
          .where('entity_key', 'in', part)
          .execute();
        for (const t of tombs) tombstoned.add(t.entity_key);
        const mapped = await trx
          .selectFrom('graph_entity_key')
          .select(['entity_key', 'entity_id'])
          .where('project_id', '=', projectId)
          .where('entity_key', 'in', part)
          .execute();
        for (const m of mapped) keyMap.set(m.entity_key, m.entity_id);
      }
      const existing = new Map<string, boolean>();
      for (const part of slices(uniqueStrings(keyMap.values()), CHUNK)) {
        const rows = await trx
          .selectFrom('graph_entity')
          .select(['id', 'user_edited'])
          .where('project_id', '=', projectId)
          .where('id', 'in', part)
          .execute();
        for (const r of rows) existing.set(r.id, Number(r.user_edited) === 1);
      }
      const contributions = new Map<string, string[]>();
      const mentionRows: Array<{ entityId: string; mention: Mention }> = [];
      let skippedDeleted = 0;
      for (const entity of norm.entities) {
        if (tombstoned.has(entity.key)) {
          skippedDeleted++;
          continue;
        }
        let id = keyMap.get(entity.key);
        if (id === undefined) {
          id = randomUUID();
          keyMap.set(entity.key, id);
          await trx
            .insertInto('graph_entity_key')
            .values({ project_id: projectId, entity_key: entity.key, entity_id: id })
            .execute();
        }
        const userEdited = existing.get(id);
        if (userEdited === undefined) {
          await trx
            .insertInto('graph_entity')
            .values({
              id,
              project_id: projectId,
              entity_key: entity.key,
              name: entity.name,
              type: entity.type,
              sheet: '',
              sheet_edited: 0,
              user_edited: 0,
              user_aliases: '[]',
              removed_aliases: '[]',
              created_at: now,
              updated_at: now,
            })
            .execute();
          existing.set(id, false);
        } else if (!userEdited) {
          await trx
            .updateTable('graph_entity')
            .set({ name: entity.name, type: entity.type, updated_at: now })
            .where('id', '=', id)
            .execute();
        }
        contributions.set(id, uniqueStrings([...(contributions.get(id) ?? []), ...entity.aliases]));
        for (const mention of entity.mentions) mentionRows.push({ entityId: id, mention });
      }
      for (const part of slices([...contributions.entries()], CHUNK)) {
        await trx
          .insertInto('graph_entity_file')
          .values(
            part.map(([entityId, aliases]) => ({
              project_id: projectId,
              entity_id: entityId,
              file_id: fileId,
              aliases: JSON.stringify(aliases),
            })),
          )
          .execute();
      }
      for (const part of slices(mentionRows, CHUNK)) {
        await trx
          .insertInto('graph_mention')
          .values(
            part.map(({ entityId, mention }) => ({
              project_id: projectId,
              entity_id: entityId,
              file_id: fileId,
              chapter: mention.chapter,
              start_offset: mention.start,
              end_offset: mention.end,
              text: mention.text,
            })),
          )
          .execute();
      }
      const relationRows = norm.relations.flatMap((r) => {
        if (tombstoned.has(r.sourceKey) || tombstoned.has(r.targetKey)) return [];
        const source = keyMap.get(r.sourceKey);
        const target = keyMap.get(r.targetKey);
        if (
          !source ||
          !target ||
          source === target ||
          !contributions.has(source) ||
          !contributions.has(target)
        ) {
          return [];
        }
        return [
          {
            project_id: projectId,
            file_id: fileId,
            source_id: source,
            target_id: target,
            type: r.type,
            label: r.label,
            weight: r.weight,
            evidence: JSON.stringify(r.evidence),
          },
        ];
      });
      for (const part of slices(relationRows, CHUNK)) {
        await trx.insertInto('graph_relation').values(part).execute();
      }
      await this.collectGarbage(trx, projectId);
      return {
        entities: contributions.size,
        mentions: mentionRows.length,
        relations: relationRows.length,
        skippedDeleted,
      };
    });
  }

  private async ensureFile(trx: Trx, projectId: string, fileId: string): Promise<void> {
    const found = await trx
      .selectFrom('graph_file')
      .select('seq')
      .where('project_id', '=', projectId)
      .where('file_id', '=', fileId)
      .executeTakeFirst();
    if (found) return;
    const max = await trx
      .selectFrom('graph_file')
      .select((eb) => eb.fn.max<number | null>('seq').as('seq'))
      .where('project_id', '=', projectId)
      .executeTakeFirst();
    await trx
      .insertInto('graph_file')
      .values({ project_id: projectId, file_id: fileId, seq: Number(max?.seq ?? 0) + 1 })
      .execute();
  }

  private async removeFileRows(trx: Trx, projectId: string, fileId: string): Promise<void> {
    for (const table of [
      'graph_mention',
      'graph_relation',
      'graph_entity_file',
      'graph_fact',
      'graph_spelling',
    ] as const) {
      await trx.deleteFrom(table).where('project_id', '=', projectId).where('file_id', '=', fileId).execute();
    }
  }

  /** Entities no file contributes to any more, and that the author never touched, go away. */
  private async collectGarbage(trx: Trx, projectId: string): Promise<void> {
    const orphans = await trx
      .selectFrom('graph_entity as e')
      .select('e.id')
      .where('e.project_id', '=', projectId)
      .where('e.user_edited', '=', 0)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('graph_entity_file as f')
              .select('f.entity_id')
              .whereRef('f.entity_id', '=', 'e.id'),
          ),
        ),
      )
      .execute();
    for (const part of slices(
      orphans.map((o) => o.id),
      CHUNK,
    )) {
      await this.deleteEntityRows(trx, projectId, part);
    }
  }

  private async deleteEntityRows(trx: Trx, projectId: string, ids: string[]): Promise<void> {
    await trx
      .deleteFrom('graph_relation')
      .where('project_id', '=', projectId)
      .where((eb) => eb.or([eb('source_id', 'in', ids), eb('target_id', 'in', ids)]))
      .execute();
    await trx
      .deleteFrom('graph_mention')
      .where('project_id', '=', projectId)
      .where('entity_id', 'in', ids)
      .execute();
    await trx
      .deleteFrom('graph_entity_file')
      .where('project_id', '=', projectId)
      .where('entity_id', 'in', ids)
      .execute();
    await trx.deleteFrom('graph_entity').where('project_id', '=', projectId).where('id', 'in', ids).execute();
  }

  // ---- reads -------------------------------------------------------------------------------------

  private async fileOrder(db: Db | Trx, projectId: string): Promise<FileOrder> {
    const rows = await db
      .selectFrom('graph_file')
      .select(['file_id', 'seq'])
      .where('project_id', '=', projectId)
      .execute();
    return new Map(rows.map((r) => [r.file_id, Number(r.seq)]));
  }

  private async mentionGroups(
    db: Db | Trx,
    projectId: string,
    entityId?: string,
  ): Promise<MentionGroupRow[]> {
    let query = db
      .selectFrom('graph_mention')
      .select((eb) => [
        'entity_id',
        'file_id',
        eb.fn.countAll<number>().as('count'),
        eb.fn.min<number>('start_offset').as('first_start'),
        eb.fn.min<number | null>('chapter').as('first_chapter'),
      ])
      .where('project_id', '=', projectId);
    if (entityId !== undefined) query = query.where('entity_id', '=', entityId);
    const rows = await query.groupBy(['entity_id', 'file_id']).execute();
    return rows.map((r) => ({
      entityId: r.entity_id,
      fileId: r.file_id,
      count: Number(r.count),
      firstStart: Number(r.first_start),
      firstChapter: r.first_chapter === null ? null : Number(r.first_chapter),
    }));
  }

  private async extractedAliases(
    db: Db | Trx,
    projectId: string,
    entityId?: string,
  ): Promise<Map<string, string[]>> {
    let query = db
      .selectFrom('graph_entity_file')
      .select(['entity_id', 'aliases'])
      .where('project_id', '=', projectId);
    if (entityId !== undefined) query = query.where('entity_id', '=', entityId);
    const out = new Map<string, string[]>();
    for (const row of await query.execute()) {
      out.set(row.entity_id, [...(out.get(row.entity_id) ?? []), ...parseJsonStrings(row.aliases)]);
    }
    return out;
  }

  private async allSummaries(projectId: string): Promise<{ list: EntitySummary[]; order: FileOrder }> {
    const [rows, aliases, groups, order] = await Promise.all([
      this.db.selectFrom('graph_entity').selectAll().where('project_id', '=', projectId).execute(),
      this.extractedAliases(this.db, projectId),
      this.mentionGroups(this.db, projectId),
      this.fileOrder(this.db, projectId),
    ]);
    return { list: summarise(rows.map(toEntityRow), aliases, groups, order), order };
  }

  async listEntities(projectId: string, options: ListEntitiesOptions = {}): Promise<EntitySummary[]> {
    checkId(projectId, 'projectId');
    checkListOptions(options);
    const { list, order } = await this.allSummaries(projectId);
    return sortAndPage(list, options, order);
  }

  async getEntity(projectId: string, entityId: string): Promise<EntityDetail | null> {
    checkId(projectId, 'projectId');
    checkEntityId(entityId);
    const row = await this.db
      .selectFrom('graph_entity')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('id', '=', entityId)
      .executeTakeFirst();
    if (!row) return null;
    const entity = toEntityRow(row);
    const [aliases, groups, order, mentionRows, relationRows] = await Promise.all([
      this.extractedAliases(this.db, projectId, entityId),
      this.mentionGroups(this.db, projectId, entityId),
      this.fileOrder(this.db, projectId),
      this.db
        .selectFrom('graph_mention')
        .select(['file_id', 'chapter', 'start_offset', 'end_offset', 'text'])
        .where('project_id', '=', projectId)
        .where('entity_id', '=', entityId)
        .execute(),
      this.db
        .selectFrom('graph_relation')
        .select(['source_id', 'target_id', 'type', 'label', 'weight', 'evidence'])
        .where('project_id', '=', projectId)
        .where((eb) => eb.or([eb('source_id', '=', entityId), eb('target_id', '=', entityId)]))
        .execute(),
    ]);
    const [summary] = summarise([entity], aliases, groups, order);
    if (!summary) return null;
    const mentions: Mention[] = mentionRows
      .map((m) => ({
        fileId: m.file_id,
        chapter: m.chapter === null ? null : Number(m.chapter),
        start: Number(m.start_offset),
        end: Number(m.end_offset),
        text: m.text,
      }))
      .sort(
        (a, b) =>
          (order.get(a.fileId) ?? 0) - (order.get(b.fileId) ?? 0) || a.start - b.start || a.end - b.end,
      );
    const relations: RelationRow[] = relationRows.map((r) => ({
      sourceId: r.source_id,
      targetId: r.target_id,
      type: storedRelationType(r.type),
      label: r.label,
      weight: Number(r.weight),
      evidence: parseEvidence(r.evidence),
    }));
    const otherIds = uniqueStrings(relations.flatMap((r) => [r.sourceId, r.targetId])).filter(
      (id) => id !== entityId,
    );
    const others = new Map<string, { name: string; type: EntityType }>();
    for (const part of slices(otherIds, CHUNK)) {
      const rows = await this.db
        .selectFrom('graph_entity')
        .select(['id', 'name', 'type'])
        .where('project_id', '=', projectId)
        .where('id', 'in', part)
        .execute();
      for (const o of rows) others.set(o.id, { name: o.name, type: storedEntityType(o.type) });
    }
    return {
      ...summary,
      key: entity.key,
      sheet: entity.sheet,
      sheetEdited: entity.sheetEdited,
      mentions,
      relations: entityRelations(entityId, relations, others),
    };
  }

  async patchEntity(projectId: string, entityId: string, patch: EntityPatch): Promise<EntityDetail | null> {
    checkId(projectId, 'projectId');
    checkEntityId(entityId);
    const norm = normalisePatch(patch);
    const found = await this.tx(projectId, async (trx) => {
      const row = await trx
        .selectFrom('graph_entity')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('id', '=', entityId)
        .executeTakeFirst();
      if (!row) return false;
      const entity = toEntityRow(row);
      const aliases = applyAliasPatch(entity, norm, entity.name, norm.name);
      await trx
        .updateTable('graph_entity')
        .set({
          name: norm.name ?? entity.name,
          type: norm.type ?? entity.type,
          sheet: norm.sheet ?? entity.sheet,
          sheet_edited: norm.sheet !== undefined || entity.sheetEdited ? 1 : 0,
          user_edited: 1,
          user_aliases: JSON.stringify(aliases.userAliases),
          removed_aliases: JSON.stringify(aliases.removedAliases),
          updated_at: Date.now(),
        })
        .where('id', '=', entityId)
        .execute();
      return true;
    });
    return found ? this.getEntity(projectId, entityId) : null;
  }

  async writeGeneratedSheet(projectId: string, entityId: string, sheet: string): Promise<boolean> {
    checkId(projectId, 'projectId');
    checkEntityId(entityId);
    normalisePatch({ sheet });
    const result = await this.db
      .updateTable('graph_entity')
      .set({ sheet, updated_at: Date.now() })
      .where('project_id', '=', projectId)
      .where('id', '=', entityId)
      .where('sheet_edited', '=', 0)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async mergeEntities(projectId: string, survivorId: string, mergedId: string): Promise<EntityDetail | null> {
    checkId(projectId, 'projectId');
    checkEntityId(survivorId, 'survivorId');
    checkEntityId(mergedId, 'mergedId');
    if (survivorId === mergedId) throw new GraphInputError('cannot merge an entity into itself', 'mergedId');
    const found = await this.tx(projectId, async (trx) => {
      const rows = await trx
        .selectFrom('graph_entity')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('id', 'in', [survivorId, mergedId])
        .execute();
      const survivorRow = rows.find((r) => r.id === survivorId);
      const mergedRow = rows.find((r) => r.id === mergedId);
      if (!survivorRow || !mergedRow) return false;
      const survivor = toEntityRow(survivorRow);
      const merged = toEntityRow(mergedRow);
      const mergedExtracted = (await this.extractedAliases(trx, projectId, mergedId)).get(mergedId) ?? [];
      const aliasState = mergeAliasState(
        survivor,
        merged.name,
        visibleAliases(merged.name, mergedExtracted, merged),
      );
      await trx
        .updateTable('graph_mention')
        .set({ entity_id: survivorId })
        .where('project_id', '=', projectId)
        .where('entity_id', '=', mergedId)
        .execute();
      await trx
        .updateTable('graph_relation')
        .set({ source_id: survivorId })
        .where('project_id', '=', projectId)
        .where('source_id', '=', mergedId)
        .execute();
      await trx
        .updateTable('graph_relation')
        .set({ target_id: survivorId })
        .where('project_id', '=', projectId)
        .where('target_id', '=', mergedId)
        .execute();
      await trx
        .deleteFrom('graph_relation')
        .where('project_id', '=', projectId)
        .where('source_id', '=', survivorId)
        .where('target_id', '=', survivorId)
        .execute();
      const files = await trx
        .selectFrom('graph_entity_file')
        .select(['entity_id', 'file_id', 'aliases'])
        .where('project_id', '=', projectId)
        .where('entity_id', 'in', [survivorId, mergedId])
        .execute();
      for (const f of files.filter((x) => x.entity_id === mergedId)) {
        const mine = files.find((x) => x.entity_id === survivorId && x.file_id === f.file_id);
        if (mine) {
          const union = uniqueStrings([...parseJsonStrings(mine.aliases), ...parseJsonStrings(f.aliases)]);
          await trx
            .updateTable('graph_entity_file')
            .set({ aliases: JSON.stringify(union) })
            .where('entity_id', '=', survivorId)
            .where('file_id', '=', f.file_id)
            .execute();
          await trx
            .deleteFrom('graph_entity_file')
            .where('entity_id', '=', mergedId)
            .where('file_id', '=', f.file_id)
            .execute();
        } else {
          await trx
            .updateTable('graph_entity_file')
            .set({ entity_id: survivorId })
            .where('entity_id', '=', mergedId)
            .where('file_id', '=', f.file_id)
            .execute();
        }
      }
      await trx
        .updateTable('graph_entity_key')
        .set({ entity_id: survivorId })
        .where('project_id', '=', projectId)
        .where('entity_id', '=', mergedId)
        .execute();
      await trx
        .updateTable('graph_entity')
        .set({
          user_edited: 1,
          sheet: survivor.sheet === '' ? merged.sheet : survivor.sheet,
          sheet_edited: survivor.sheetEdited || (survivor.sheet === '' && merged.sheetEdited) ? 1 : 0,
          user_aliases: JSON.stringify(aliasState.userAliases),
          removed_aliases: JSON.stringify(aliasState.removedAliases),
          updated_at: Date.now(),
        })
        .where('id', '=', survivorId)
        .execute();
      await trx.deleteFrom('graph_entity').where('id', '=', mergedId).execute();
      return true;
    });
    return found ? this.getEntity(projectId, survivorId) : null;
  }

  async deleteEntity(projectId: string, entityId: string): Promise<boolean> {
    checkId(projectId, 'projectId');
    checkEntityId(entityId);
    return this.tx(projectId, async (trx) => {
      const row = await trx
        .selectFrom('graph_entity')
        .select(['id', 'entity_key'])
        .where('project_id', '=', projectId)
        .where('id', '=', entityId)
        .executeTakeFirst();
      if (!row) return false;
      const keys = await trx
        .selectFrom('graph_entity_key')
        .select('entity_key')
        .where('project_id', '=', projectId)
        .where('entity_id', '=', entityId)
        .execute();
      const now = Date.now();
      for (const key of uniqueStrings([row.entity_key, ...keys.map((k) => k.entity_key)])) {
        await trx
          .insertInto('graph_tombstone')
          .values({ project_id: projectId, entity_key: key, deleted_at: now })
          .onConflict((oc) => oc.columns(['project_id', 'entity_key']).doNothing())
          .execute();
      }
      await trx
        .deleteFrom('graph_entity_key')
        .where('project_id', '=', projectId)
        .where('entity_id', '=', entityId)
        .execute();
      await this.deleteEntityRows(trx, projectId, [entityId]);
      return true;
    });
  }

  async graph(projectId: string, options: GraphOptions = {}): Promise<GraphView> {
    checkId(projectId, 'projectId');
    checkGraphOptions(options);
    const [{ list }, rows] = await Promise.all([
      this.allSummaries(projectId),
      this.db
        .selectFrom('graph_relation')
        .select(['source_id', 'target_id', 'type', 'label', 'weight'])
        .where('project_id', '=', projectId)
        .execute(),
    ]);
    const relations: RelationRow[] = rows.map((r) => ({
      sourceId: r.source_id,
      targetId: r.target_id,
      type: storedRelationType(r.type),
      label: r.label,
      weight: Number(r.weight),
      evidence: [],
    }));
    return buildGraph(list, relations, options);
  }

  async appearances(projectId: string, options: AppearancesOptions = {}): Promise<EntityAppearances[]> {
    checkId(projectId, 'projectId');
    const { list, order } = await this.allSummaries(projectId);
    const picked = pickForAppearances(list, options);
    const ids = picked.map((p) => p.id);
    const rows: Array<{ entityId: string; fileId: string; chapter: number | null; count: number }> = [];
    for (const part of slices(ids, CHUNK)) {
      const found = await this.db
        .selectFrom('graph_mention')
        .select((eb) => ['entity_id', 'file_id', 'chapter', eb.fn.countAll<number>().as('count')])
        .where('project_id', '=', projectId)
        .where('entity_id', 'in', part)
        .groupBy(['entity_id', 'file_id', 'chapter'])
        .execute();
      for (const r of found) {
        rows.push({
          entityId: r.entity_id,
          fileId: r.file_id,
          chapter: r.chapter === null ? null : Number(r.chapter),
          count: Number(r.count),
        });
      }
    }
    return buildAppearances(picked, rows, order);
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
    await this.tx(projectId, async (trx) => {
      await this.ensureFile(trx, projectId, fileId);
      for (const table of ['graph_fact', 'graph_spelling'] as const) {
        await trx
          .deleteFrom(table)
          .where('project_id', '=', projectId)
          .where('file_id', '=', fileId)
          .execute();
      }
      for (const part of slices(norm.rows, 100)) {
        await trx
          .insertInto('graph_fact')
          .values(
            part.map((f) => ({
              project_id: projectId,
              file_id: fileId,
              seq: f.seq,
              entity_key: f.entityKey,
              object_key: f.objectKey,
              speaker_key: f.speakerKey,
              kind: f.kind,
              value: f.value,
              detail: f.detail,
              low: f.low,
              high: f.high,
              voice: f.voice,
              hedged: f.hedged ? 1 : 0,
              change: f.change ? 1 : 0,
              confidence: f.confidence,
              chapter: f.chapter,
              start_offset: f.start,
              end_offset: f.end,
              quote: f.quote,
            })),
          )
          .execute();
      }
      await trx
        .insertInto('graph_spelling')
        .values({ project_id: projectId, file_id: fileId, spellings: JSON.stringify(norm.spellings) })
        .execute();
    });
    return norm.rows.length;
  }

  async listFacts(projectId: string, query: FactQuery = {}): Promise<StoredFact[]> {
    checkId(projectId, 'projectId');
    if (query.entityId !== undefined) checkEntityId(query.entityId);
    const kinds = query.kinds === undefined ? undefined : checkFactKinds(query.kinds);
    let facts = this.db.selectFrom('graph_fact').selectAll().where('project_id', '=', projectId);
    if (kinds) facts = facts.where('kind', 'in', kinds);
    const [keyRows, order, factRows] = await Promise.all([
      this.db
        .selectFrom('graph_entity_key')
        .select(['entity_key', 'entity_id'])
        .where('project_id', '=', projectId)
        .execute(),
      this.fileOrder(this.db, projectId),
      facts.execute(),
    ]);
    const idOf = new Map(keyRows.map((k) => [k.entity_key, k.entity_id]));
    const id = (key: string | null) => (key === null ? null : (idOf.get(key) ?? null));
    return factRows
      .map((r) => ({ fileId: r.file_id, row: sqlFactRow(r) }))
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
  }

  async entityKeys(projectId: string): Promise<Map<string, EntityRef>> {
    checkId(projectId, 'projectId');
    const found = await this.db
      .selectFrom('graph_entity_key as k')
      .innerJoin('graph_entity as e', (join) =>
        join.onRef('e.id', '=', 'k.entity_id').onRef('e.project_id', '=', 'k.project_id'),
      )
      .select(['k.entity_key as key', 'e.id as id', 'e.name as name', 'e.type as type'])
      .where('k.project_id', '=', projectId)
      .execute();
    return new Map(found.map((r) => [r.key, { id: r.id, name: r.name, type: storedEntityType(r.type) }]));
  }

  async listSpellings(projectId: string): Promise<SpellingCount[]> {
    checkId(projectId, 'projectId');
    const [rows, order] = await Promise.all([
      this.db
        .selectFrom('graph_spelling')
        .select(['file_id', 'spellings'])
        .where('project_id', '=', projectId)
        .execute(),
      this.fileOrder(this.db, projectId),
    ]);
    rows.sort((a, b) => (order.get(a.file_id) ?? 0) - (order.get(b.file_id) ?? 0));
    return mergeSpellings(
      rows.map((r) => storedSpellings(r.spellings, `graph_spelling.spellings of file ${r.file_id}`)),
    );
  }

  async deleteFile(projectId: string, fileId: string): Promise<void> {
    checkId(projectId, 'projectId');
    checkId(fileId, 'fileId');
    await this.tx(projectId, async (trx) => {
      await this.removeFileRows(trx, projectId, fileId);
      await trx
        .deleteFrom('graph_file')
        .where('project_id', '=', projectId)
        .where('file_id', '=', fileId)
        .execute();
      await this.collectGarbage(trx, projectId);
    });
  }

  async deleteProject(projectId: string): Promise<void> {
    checkId(projectId, 'projectId');
    await this.tx(projectId, async (trx) => {
      for (const table of [
        'graph_relation',
        'graph_mention',
        'graph_entity_file',
        'graph_fact',
        'graph_spelling',
        'graph_entity',
        'graph_entity_key',
        'graph_tombstone',
        'graph_file',
        'graph_project',
      ] as const) {
        await trx.deleteFrom(table).where('project_id', '=', projectId).execute();
      }
    });
  }
}

function sqlFactRow(r: GraphTables['graph_fact']): FactRow {
  return checkFactRow({
    seq: r.seq,
    entityKey: r.entity_key,
    objectKey: r.object_key,
    speakerKey: r.speaker_key,
    kind: r.kind,
    value: r.value,
    detail: r.detail,
    low: r.low,
    high: r.high,
    voice: r.voice,
    hedged: Number(r.hedged) === 1,
    change: Number(r.change) === 1,
    confidence: r.confidence,
    chapter: r.chapter,
    start: r.start_offset,
    end: r.end_offset,
    quote: r.quote,
  });
}
