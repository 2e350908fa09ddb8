/**
 * The author's corrections that the extractor cannot know, applied to every extraction before it is
 * stored (the ingest job runs `applyCorrections` right after `extract`), so that re-ingesting a file
 * keeps them. Renames, retypes, merges and deletions need no rule here: the graph store keeps them by
 * key (an edited entity keeps its name and type, a merged key points at the survivor, a deleted key
 * is tombstoned). A split does: the extractor makes one entity of two people, and only the author's
 * word says which names and which mentions belong to the second one.
 */
import type { EntityType, ExtractedEntity, ExtractedRelation, Extraction, Mention } from './types.js';

/** One mention picked by the author: its file and where it starts (its text must still be there). */
export interface MentionRef {
  fileId: string;
  start: number;
  text: string;
}

export interface SplitCorrection {
  /** The key the new entity is stored under (`split:<correction id>`): stable across re-ingestion. */
  key: string;
  /** Every extraction key of the entity split at the time (merged keys included). */
  sourceKeys: string[];
  /**
   * Its name and aliases at the time: an extraction entity that carries one of them is the source
   * too (an edited text can make the extractor choose another canonical name, hence another key).
   */
  sourceNames: string[];
  name: string;
  type: EntityType;
  /** Names whose mentions go to the new entity, compared without case and spacing. */
  aliases: string[];
  /** Single mentions that go to the new entity, whatever their name. */
  mentions: MentionRef[];
}

/** A name as split corrections compare it: lower case, single spaces. */
export function splitForm(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

const mentionId = (fileId: string, start: number) => `${fileId}\u0000${start}`;

function moves(split: SplitCorrection): (m: Mention) => boolean {
  const forms = new Set(split.aliases.map(splitForm));
  const picked = new Map(split.mentions.map((m) => [mentionId(m.fileId, m.start), m.text]));
  return (m) => forms.has(splitForm(m.text)) || picked.get(mentionId(m.fileId, m.start)) === m.text;
}

const overlaps = (span: { start: number; end: number }, m: Mention) =>
  m.start < span.end && span.start < m.end;

/**
 * The relation's end at `key` goes to the new entity when its evidence mentions only moved names of
 * the source there (a passage that names both halves stays with the source).
 */
function relationEnd(
  relation: ExtractedRelation,
  key: string,
  moved: readonly Mention[],
  kept: readonly Mention[],
  newKey: string,
): string {
  const near = (list: readonly Mention[]) =>
    relation.evidence.some((e) => list.some((m) => m.fileId === e.fileId && overlaps(e, m)));
  return near(moved) && !near(kept) ? newKey : key;
}

/** The name the entity keeps: its own, unless it went with the split; then its most written name. */
function keptName(entity: ExtractedEntity, stay: readonly Mention[], moved: ReadonlySet<string>): string {
  if (!moved.has(splitForm(entity.name))) return entity.name;
  const counts = new Map<string, number>();
  for (const m of stay) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? entity.name;
}

function applySplit(extraction: Extraction, split: SplitCorrection): Extraction {
  const byName = new Set(split.sourceNames.map(splitForm));
  const keyed = extraction.entities.some((e) => split.sourceKeys.includes(e.key));
  // Without any of its keys, the entity found by name takes the first back, so it keeps its id.
  const renamed = new Map<string, string>();
  if (!keyed) {
    const found = extraction.entities
      .filter((e) => e.key !== split.key && [e.name, ...e.aliases].some((n) => byName.has(splitForm(n))))
      .sort((a, b) => b.mentions.length - a.mentions.length)[0];
    const first = split.sourceKeys[0];
    if (found && first !== undefined) renamed.set(found.key, first);
  }
  const keyOf = (key: string) => renamed.get(key) ?? key;
  const sources = new Set([...split.sourceKeys, ...renamed.keys()]);
  const isMoved = moves(split);
  const moved: Mention[] = [];
  const kept: Mention[] = [];
  const movedForms = new Set<string>();
  const entities: ExtractedEntity[] = [];
  let existing: ExtractedEntity | undefined;
  for (const entity of extraction.entities) {
    if (entity.key === split.key) {
      existing = entity;
      continue;
    }
    if (!sources.has(entity.key)) {
      entities.push(entity);
      continue;
    }
    const stay: Mention[] = [];
    for (const m of entity.mentions) {
      if (isMoved(m)) {
        moved.push(m);
        movedForms.add(splitForm(m.text));
      } else stay.push(m);
    }
    kept.push(...stay);
    const name = keptName(entity, stay, movedForms);
    entities.push({
      ...entity,
      key: keyOf(entity.key),
      name,
      mentions: stay,
      aliases: [entity.name, ...entity.aliases].filter(
        (a) => a !== name && (!movedForms.has(splitForm(a)) || stay.some((m) => m.text === a)),
      ),
    });
  }
  if (moved.length > 0 || existing) {
    const mentions = [...(existing?.mentions ?? []), ...moved].sort(
      (a, b) => a.fileId.localeCompare(b.fileId) || a.start - b.start,
    );
    const aliases = [...new Set([...(existing?.aliases ?? []), ...moved.map((m) => m.text)])].filter(
      (a) => a !== split.name,
    );
    entities.push({ key: split.key, name: split.name, type: split.type, aliases, mentions });
  }
  const relations = extraction.relations.flatMap((r) => {
    const sourceKey = sources.has(r.sourceKey)
      ? relationEnd(r, keyOf(r.sourceKey), moved, kept, split.key)
      : r.sourceKey;
    const targetKey = sources.has(r.targetKey)
      ? relationEnd(r, keyOf(r.targetKey), moved, kept, split.key)
      : r.targetKey;
    return sourceKey === targetKey ? [] : [{ ...r, sourceKey, targetKey }];
  });
  return { entities, relations };
}

/** The extraction with the author's splits applied, in the order they were made. */
export function applyCorrections(extraction: Extraction, splits: readonly SplitCorrection[]): Extraction {
  return splits.reduce(applySplit, extraction);
}
