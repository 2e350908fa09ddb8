/**
 * What both graph stores share: input validation and normalisation, and the assembly of read
 * models (aliases, aggregated relations, first appearances, chapter counts) from plain rows, so
 * the two implementations differ only in how they store and fetch those rows.
 */
import { parseStoredJson, type SchemaOf } from '@george/runtime';
import { Type } from '@sinclair/typebox';
import {
  ENTITY_TYPES,
  type EntityType,
  type Extraction,
  type Mention,
  RELATION_TYPES,
  type RelationType,
} from '../bible/types.js';
import { type SpellingCount, StoredPassage } from '../continuity/types.js';
import {
  type ChapterCount,
  type EntityAppearances,
  type EntityPatch,
  type EntityRelationView,
  type EntitySummary,
  type Evidence,
  type FirstAppearance,
  type GraphEdge,
  GraphInputError,
  type GraphOptions,
  type GraphView,
  type ListEntitiesOptions,
} from './store.js';

export const LIMITS = {
  key: 200,
  name: 200,
  alias: 200,
  aliasesPerEntity: 500,
  label: 200,
  mentionText: 1000,
  sheet: 500_000,
  /** Evidence passages kept per relation and file; the rest are dropped (the weight still counts). */
  evidencePerRelation: 100,
} as const;

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Types with no direction: (a, b) and (b, a) are one edge. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'co_occurs',
  'family',
  'sibling',
  'spouse',
  'friend',
]);

const relationTypeSet: ReadonlySet<string> = new Set(RELATION_TYPES);
const entityTypeSet: ReadonlySet<string> = new Set(ENTITY_TYPES);

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && relationTypeSet.has(value);
}

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && entityTypeSet.has(value);
}

/** A type read back from the store, which writes only checked types: anything else is a corrupt row. */
export function storedEntityType(value: string): EntityType {
  if (!isEntityType(value)) throw new Error(`the graph store holds an unknown entity type: ${value}`);
  return value;
}

/** A file's name spellings as both stores keep them (`SpellingCount[]` as JSON, unchanged since first stored). */
const StoredSpellings = Type.Array(
  Type.Object({
    form: Type.String(),
    count: Type.Integer(),
    inside: Type.Integer(),
    passages: Type.Array(StoredPassage),
  }),
);
true satisfies SchemaOf<typeof StoredSpellings, SpellingCount[]>;

/** A file's stored spellings read back; anything else is a corrupt row, reported with `where`. */
export function storedSpellings(text: string, where: string): SpellingCount[] {
  return parseStoredJson(StoredSpellings, text, where);
}

/** A relation type read back from the store (see `storedEntityType`). */
export function storedRelationType(value: string): RelationType {
  if (!isRelationType(value)) throw new Error(`the graph store holds an unknown relation type: ${value}`);
  return value;
}

export function checkId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ID_RE.test(value)) {
    throw new GraphInputError(`${field} must match [A-Za-z0-9_-]{1,64}`, field);
  }
  return value;
}

export function isEntityId(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}

export function checkEntityId(value: unknown, field = 'entityId'): string {
  if (!isEntityId(value)) throw new GraphInputError(`${field} must be a lower-case UUID`, field);
  return value;
}

export function checkText(value: unknown, field: string, max: number, allowEmpty = false): string {
  if (typeof value !== 'string') throw new GraphInputError(`${field} must be a string`, field);
  const text = value.trim();
  if (!allowEmpty && text === '') throw new GraphInputError(`${field} must not be empty`, field);
  if (text.length > max) throw new GraphInputError(`${field} is longer than ${max} characters`, field);
  return text;
}

export function checkOffset(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new GraphInputError(`${field} must be a non-negative integer`, field);
  }
  return value;
}

export function checkEntityType(value: unknown, field = 'type'): EntityType {
  if (!isEntityType(value))
    throw new GraphInputError(`${field} must be one of ${ENTITY_TYPES.join(', ')}`, field);
  return value;
}

export function checkRelationType(value: unknown, field = 'type'): RelationType {
  if (!isRelationType(value)) {
    throw new GraphInputError(`${field} must be one of ${RELATION_TYPES.join(', ')}`, field);
  }
  return value;
}

export interface NormEntity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Mention[];
}

export interface NormRelation {
  sourceKey: string;
  targetKey: string;
  type: RelationType;
  label: string | null;
  weight: number;
  evidence: Evidence[];
}

export interface NormExtraction {
  entities: NormEntity[];
  relations: NormRelation[];
}

/**
 * Validates an extraction for one file and merges entries that share a key. Mentions are given the
 * file's id; duplicate mentions (same range) are kept once.
 */
export function normaliseExtraction(fileId: string, extraction: Extraction): NormExtraction {
  if (!extraction || !Array.isArray(extraction.entities) || !Array.isArray(extraction.relations)) {
    throw new GraphInputError('extraction must have entities and relations arrays', 'extraction');
  }
  const byKey = new Map<string, NormEntity>();
  const seenRanges = new Map<string, Set<string>>();
  extraction.entities.forEach((entity, i) => {
    const at = `entities[${i}]`;
    const key = checkText(entity.key, `${at}.key`, LIMITS.key);
    const name = checkText(entity.name, `${at}.name`, LIMITS.name);
    const type = checkEntityType(entity.type, `${at}.type`);
    if (!Array.isArray(entity.aliases) || !Array.isArray(entity.mentions)) {
      throw new GraphInputError(`${at} must have aliases and mentions arrays`, at);
    }
    let norm = byKey.get(key);
    if (!norm) {
      norm = { key, name, type, aliases: [], mentions: [] };
      byKey.set(key, norm);
      seenRanges.set(key, new Set());
    }
    const ranges = seenRanges.get(key) ?? new Set<string>();
    for (const [j, alias] of entity.aliases.entries()) {
      norm.aliases.push(checkText(alias, `${at}.aliases[${j}]`, LIMITS.alias));
    }
    for (const [j, mention] of entity.mentions.entries()) {
      const mAt = `${at}.mentions[${j}]`;
      const start = checkOffset(mention.start, `${mAt}.start`);
      const end = checkOffset(mention.end, `${mAt}.end`);
      if (end < start) throw new GraphInputError(`${mAt}.end is before start`, `${mAt}.end`);
      const chapter = mention.chapter === null ? null : checkOffset(mention.chapter, `${mAt}.chapter`);
      if (typeof mention.text !== 'string' || mention.text.length > LIMITS.mentionText) {
        throw new GraphInputError(
          `${mAt}.text must be a string of at most ${LIMITS.mentionText}`,
          `${mAt}.text`,
        );
      }
      const range = `${start}:${end}`;
      if (ranges.has(range)) continue;
      ranges.add(range);
      norm.mentions.push({ fileId, chapter, start, end, text: mention.text });
    }
  });
  const entities = [...byKey.values()].map((e) => ({
    ...e,
    aliases: uniqueStrings(e.aliases).slice(0, LIMITS.aliasesPerEntity),
    mentions: e.mentions.sort((a, b) => a.start - b.start || a.end - b.end),
  }));
  const relations = extraction.relations.map((relation, i): NormRelation => {
    const at = `relations[${i}]`;
    const sourceKey = checkText(relation.sourceKey, `${at}.sourceKey`, LIMITS.key);
    const targetKey = checkText(relation.targetKey, `${at}.targetKey`, LIMITS.key);
    const type = checkRelationType(relation.type, `${at}.type`);
    const label =
      relation.label === undefined || relation.label === null
        ? null
        : checkText(relation.label, `${at}.label`, LIMITS.label, true) || null;
    if (typeof relation.weight !== 'number' || !Number.isFinite(relation.weight) || relation.weight < 0) {
      throw new GraphInputError(`${at}.weight must be a non-negative number`, `${at}.weight`);
    }
    if (!Array.isArray(relation.evidence)) throw new GraphInputError(`${at}.evidence must be an array`, at);
    const evidence = relation.evidence.slice(0, LIMITS.evidencePerRelation).map((ev, j) => {
      const start = checkOffset(ev.start, `${at}.evidence[${j}].start`);
      const end = checkOffset(ev.end, `${at}.evidence[${j}].end`);
      return { fileId, start, end };
    });
    return { sourceKey, targetKey, type, label, weight: relation.weight, evidence };
  });
  return { entities, relations };
}

export function uniqueStrings(values: Iterable<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    if (!seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

export interface NormPatch {
  name?: string;
  type?: EntityType;
  sheet?: string;
  addAliases: string[];
  removeAliases: string[];
}

export function normalisePatch(patch: EntityPatch): NormPatch {
  if (!patch || typeof patch !== 'object') throw new GraphInputError('patch must be an object', 'patch');
  const out: NormPatch = { addAliases: [], removeAliases: [] };
  if (patch.name !== undefined) out.name = checkText(patch.name, 'name', LIMITS.name);
  if (patch.type !== undefined) out.type = checkEntityType(patch.type);
  if (patch.sheet !== undefined) {
    if (typeof patch.sheet !== 'string') throw new GraphInputError('sheet must be a string', 'sheet');
    if (patch.sheet.length > LIMITS.sheet) throw new GraphInputError('sheet is too long', 'sheet');
    out.sheet = patch.sheet;
  }
  for (const field of ['addAliases', 'removeAliases'] as const) {
    const list = patch[field];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length > LIMITS.aliasesPerEntity) {
      throw new GraphInputError(`${field} must be an array of at most ${LIMITS.aliasesPerEntity}`, field);
    }
    out[field] = uniqueStrings(list.map((a, i) => checkText(a, `${field}[${i}]`, LIMITS.alias)));
  }
  return out;
}

/** The author's own alias edits, kept on the entity. */
export interface AliasState {
  userAliases: string[];
  removedAliases: string[];
}

/** Aliases shown: what the files saw plus the author's, less the author's removals and the name. */
export function visibleAliases(name: string, extracted: Iterable<string>, state: AliasState): string[] {
  const removed = new Set(state.removedAliases);
  return uniqueStrings([...extracted, ...state.userAliases]).filter((a) => a !== name && !removed.has(a));
}

/** Applies a patch's alias changes (and a rename, which keeps the old name as an alias). */
export function applyAliasPatch(
  state: AliasState,
  patch: NormPatch,
  oldName: string,
  newName: string | undefined,
): AliasState {
  const user = new Set(state.userAliases);
  const removed = new Set(state.removedAliases);
  if (newName !== undefined && newName !== oldName) {
    user.add(oldName);
    removed.delete(oldName);
  }
  for (const alias of patch.addAliases) {
    user.add(alias);
    removed.delete(alias);
  }
  for (const alias of patch.removeAliases) {
    user.delete(alias);
    removed.add(alias);
  }
  return { userAliases: [...user], removedAliases: [...removed] };
}

/** The survivor of a merge gets the merged entity's name and visible aliases as its own aliases. */
export function mergeAliasState(
  survivor: AliasState,
  mergedName: string,
  mergedAliases: string[],
): AliasState {
  const user = uniqueStrings([...survivor.userAliases, mergedName, ...mergedAliases]);
  const removed = survivor.removedAliases.filter((a) => a !== mergedName && !mergedAliases.includes(a));
  return { userAliases: user, removedAliases: removed };
}

export function parseJsonStrings(text: string | null | undefined): string[] {
  if (!text) return [];
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function parseEvidence(text: string | null | undefined): Evidence[] {
  if (!text) return [];
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) return [];
  return value.filter(
    (v: unknown): v is Evidence =>
      typeof v === 'object' &&
      v !== null &&
      'fileId' in v &&
      typeof v.fileId === 'string' &&
      'start' in v &&
      typeof v.start === 'number' &&
      'end' in v &&
      typeof v.end === 'number',
  );
}

// ---- read models -------------------------------------------------------------------------------

export interface EntityRow extends AliasState {
  id: string;
  key: string;
  name: string;
  type: EntityType;
  sheet: string;
  sheetEdited: boolean;
}

/** Mentions of one entity in one file: count, first offset, first chapter. */
export interface MentionGroupRow {
  entityId: string;
  fileId: string;
  count: number;
  firstStart: number;
  firstChapter: number | null;
}

export interface RelationRow {
  sourceId: string;
  targetId: string;
  type: RelationType;
  label: string | null;
  weight: number;
  evidence: Evidence[];
}

export interface ChapterRow {
  entityId: string;
  fileId: string;
  chapter: number | null;
  count: number;
}

/** fileId -> ingestion order. */
export type FileOrder = Map<string, number>;

function fileRank(order: FileOrder, fileId: string): number {
  return order.get(fileId) ?? Number.MAX_SAFE_INTEGER;
}

export function summarise(
  entities: EntityRow[],
  extractedAliases: Map<string, string[]>,
  groups: MentionGroupRow[],
  order: FileOrder,
): EntitySummary[] {
  const counts = new Map<string, number>();
  const first = new Map<string, { rank: number; appearance: FirstAppearance }>();
  for (const g of groups) {
    counts.set(g.entityId, (counts.get(g.entityId) ?? 0) + g.count);
    const rank = fileRank(order, g.fileId);
    const current = first.get(g.entityId);
    if (
      !current ||
      rank < current.rank ||
      (rank === current.rank && g.firstStart < current.appearance.offset)
    ) {
      first.set(g.entityId, {
        rank,
        appearance: { fileId: g.fileId, chapter: g.firstChapter, offset: g.firstStart },
      });
    }
  }
  return entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: visibleAliases(e.name, extractedAliases.get(e.id) ?? [], e),
    mentionCount: counts.get(e.id) ?? 0,
    firstAppearance: first.get(e.id)?.appearance ?? null,
  }));
}

function byName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id);
}

export function sortAndPage(
  list: EntitySummary[],
  options: ListEntitiesOptions,
  order: FileOrder,
): EntitySummary[] {
  const sort = options.sort ?? 'mentions';
  if (!['mentions', 'name', 'firstAppearance'].includes(sort)) {
    throw new GraphInputError('sort must be mentions, name or firstAppearance', 'sort');
  }
  let out = options.type === undefined ? list : list.filter((e) => e.type === options.type);
  out = [...out].sort((a, b) => {
    if (sort === 'mentions') return b.mentionCount - a.mentionCount || byName(a, b);
    if (sort === 'firstAppearance') {
      const fa = a.firstAppearance;
      const fb = b.firstAppearance;
      if (!fa || !fb) return fa ? -1 : fb ? 1 : byName(a, b);
      return fileRank(order, fa.fileId) - fileRank(order, fb.fileId) || fa.offset - fb.offset || byName(a, b);
    }
    return byName(a, b);
  });
  const offset = checkPageNumber(options.offset, 'offset') ?? 0;
  const limit = checkPageNumber(options.limit, 'limit');
  return out.slice(offset, limit === undefined ? undefined : offset + limit);
}

export function checkPageNumber(value: number | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new GraphInputError(`${field} must be a non-negative integer`, field);
  }
  return value;
}

export function checkListOptions(options: ListEntitiesOptions): void {
  if (options.type !== undefined) checkEntityType(options.type);
}

function edgeKey(r: RelationRow): { key: string; source: string; target: string; directed: boolean } {
  const directed = !SYMMETRIC_TYPES.has(r.type);
  let source = r.sourceId;
  let target = r.targetId;
  if (!directed && target < source) [source, target] = [target, source];
  return { key: `${source}|${target}|${r.type}`, source, target, directed };
}

interface Aggregate {
  source: string;
  target: string;
  type: RelationType;
  directed: boolean;
  weight: number;
  labels: string[];
  evidence: Evidence[];
}

export function aggregateRelations(rows: RelationRow[]): Aggregate[] {
  const out = new Map<string, Aggregate>();
  for (const r of rows) {
    if (r.sourceId === r.targetId) continue;
    const { key, source, target, directed } = edgeKey(r);
    let agg = out.get(key);
    if (!agg) {
      agg = { source, target, type: r.type, directed, weight: 0, labels: [], evidence: [] };
      out.set(key, agg);
    }
    agg.weight += r.weight;
    if (r.label && !agg.labels.includes(r.label)) agg.labels.push(r.label);
    agg.evidence.push(...r.evidence);
  }
  for (const agg of out.values()) {
    agg.evidence.sort((a, b) => a.fileId.localeCompare(b.fileId) || a.start - b.start || a.end - b.end);
    agg.labels.sort();
  }
  return [...out.values()];
}

/**
 * What the other side of a relation is, in a word, where no stored label says it: a label says what
 * a relation's target is to its source ("Margaret -> Thomas: brother"), so seen from Thomas it
 * describes Thomas himself, and Margaret is his "sibling".
 */
const OTHER_SIDE: Partial<Record<RelationType, { out: string; in: string }>> = {
  parent_of: { out: 'child', in: 'parent' },
  works_for: { out: 'employer', in: 'employee' },
  sibling: { out: 'sibling', in: 'sibling' },
  spouse: { out: 'spouse', in: 'spouse' },
  family: { out: 'relative', in: 'relative' },
  friend: { out: 'friend', in: 'friend' },
  member_of: { out: 'member of', in: 'member' },
  located_in: { out: 'in', in: 'seen here' },
};

/** An entity's relations, each with the words that say what the other side is to it. */
export function entityRelations(
  entityId: string,
  rows: RelationRow[],
  others: Map<string, { name: string; type: EntityType }>,
): EntityRelationView[] {
  // The stored labels that describe the other side: those of rows whose target it is.
  const otherLabels = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.label === null || r.targetId === entityId || r.sourceId !== entityId) continue;
    const { key } = edgeKey(r);
    const labels = otherLabels.get(key) ?? new Set<string>();
    labels.add(r.label);
    otherLabels.set(key, labels);
  }
  const views: EntityRelationView[] = [];
  for (const agg of aggregateRelations(rows)) {
    const otherId = agg.source === entityId ? agg.target : agg.source;
    const other = others.get(otherId);
    if (!other) continue;
    const direction = !agg.directed ? 'both' : agg.source === entityId ? 'out' : 'in';
    const stated = [...(otherLabels.get(`${agg.source}|${agg.target}|${agg.type}`) ?? [])].sort();
    const word = OTHER_SIDE[agg.type]?.[direction === 'in' ? 'in' : 'out'];
    views.push({
      type: agg.type,
      direction,
      other: { id: otherId, name: other.name, type: other.type },
      labels: stated.length > 0 ? stated : word === undefined ? [] : [word],
      weight: agg.weight,
      evidence: agg.evidence,
    });
  }
  return views.sort(
    (a, b) => b.weight - a.weight || a.type.localeCompare(b.type) || a.other.id.localeCompare(b.other.id),
  );
}

export function checkGraphOptions(options: GraphOptions): void {
  if (options.types !== undefined) {
    if (!Array.isArray(options.types)) throw new GraphInputError('types must be an array', 'types');
    for (const t of options.types) checkRelationType(t, 'types');
  }
  if (
    options.minWeight !== undefined &&
    (typeof options.minWeight !== 'number' || !Number.isFinite(options.minWeight))
  ) {
    throw new GraphInputError('minWeight must be a number', 'minWeight');
  }
  checkPageNumber(options.limit, 'limit');
  checkPageNumber(options.minMentions, 'minMentions');
}

export function buildGraph(
  summaries: EntitySummary[],
  rows: RelationRow[],
  options: GraphOptions,
): GraphView {
  const minMentions = options.minMentions ?? 0;
  let nodes = summaries
    .filter((s) => s.mentionCount >= minMentions)
    .sort((a, b) => b.mentionCount - a.mentionCount || byName(a, b));
  if (options.limit !== undefined) nodes = nodes.slice(0, options.limit);
  const ids = new Set(nodes.map((n) => n.id));
  const types = options.types ? new Set(options.types) : null;
  const minWeight = options.minWeight ?? 0;
  const edges: GraphEdge[] = aggregateRelations(
    rows.filter((r) => ids.has(r.sourceId) && ids.has(r.targetId) && (!types || types.has(r.type))),
  )
    .filter((a) => a.weight >= minWeight)
    .map((a) => ({
      source: a.source,
      target: a.target,
      type: a.type,
      directed: a.directed,
      weight: a.weight,
      labels: a.labels,
    }))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        a.source.localeCompare(b.source) ||
        a.target.localeCompare(b.target) ||
        a.type.localeCompare(b.type),
    );
  return {
    nodes: nodes.map((n) => ({ id: n.id, name: n.name, type: n.type, mentionCount: n.mentionCount })),
    edges,
  };
}

export function buildAppearances(
  summaries: EntitySummary[],
  chapterRows: ChapterRow[],
  order: FileOrder,
): EntityAppearances[] {
  const byEntity = new Map<string, ChapterCount[]>();
  for (const row of chapterRows) {
    const list = byEntity.get(row.entityId) ?? [];
    list.push({ fileId: row.fileId, chapter: row.chapter, count: row.count });
    byEntity.set(row.entityId, list);
  }
  return summaries.map((s) => ({
    entityId: s.id,
    name: s.name,
    type: s.type,
    total: s.mentionCount,
    chapters: (byEntity.get(s.id) ?? []).sort(
      (a, b) =>
        fileRank(order, a.fileId) - fileRank(order, b.fileId) ||
        a.fileId.localeCompare(b.fileId) ||
        (a.chapter ?? -1) - (b.chapter ?? -1),
    ),
  }));
}

/** Which entities the appearances chart shows. */
export function pickForAppearances(
  summaries: EntitySummary[],
  options: { entityIds?: string[]; type?: EntityType; limit?: number },
): EntitySummary[] {
  if (options.entityIds !== undefined) {
    if (!Array.isArray(options.entityIds) || options.entityIds.length > 1000) {
      throw new GraphInputError('entityIds must be an array of at most 1000 ids', 'entityIds');
    }
    const wanted = new Set(options.entityIds.map((id) => checkEntityId(id, 'entityIds')));
    return summaries.filter((s) => wanted.has(s.id));
  }
  if (options.type !== undefined) checkEntityType(options.type);
  const limit = checkPageNumber(options.limit, 'limit') ?? 20;
  return summaries
    .filter((s) => options.type === undefined || s.type === options.type)
    .sort((a, b) => b.mentionCount - a.mentionCount || byName(a, b))
    .slice(0, limit);
}
