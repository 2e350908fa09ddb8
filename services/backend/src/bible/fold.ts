/**
 * Folds entities the extraction kept apart into the entity they turn out to name ("Charles" into
 * "Mr. Bingley" once the dialogue shows him called so): the survivor takes the other's names as
 * aliases and its mentions, and relations follow it (a relation of the two with each other is
 * dropped, two that now coincide become one).
 */
import { mustGet } from '@george/runtime/collections';
import type { ExtractedRelation, Extraction } from './types.js';

export interface EntityFold {
  /** Key of the entity that disappears. */
  from: string;
  /** Key of the entity that takes it in. */
  into: string;
}

export function foldEntities(extraction: Extraction, folds: readonly EntityFold[]): Extraction {
  const target = new Map<string, string>();
  for (const fold of folds) if (fold.from !== fold.into) target.set(fold.from, fold.into);
  if (target.size === 0) return extraction;
  const survivorOf = (key: string): string => {
    const seen = new Set<string>();
    let at = key;
    while (target.has(at) && !seen.has(at)) {
      seen.add(at);
      at = mustGet(target, at);
    }
    return at;
  };
  const byKey = new Map(
    extraction.entities.map((e) => [e.key, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] }]),
  );
  for (const entity of extraction.entities) {
    const into = byKey.get(survivorOf(entity.key));
    if (into === undefined || into.key === entity.key) continue;
    for (const name of [entity.name, ...entity.aliases])
      if (name !== into.name && !into.aliases.includes(name)) into.aliases.push(name);
    into.mentions.push(...entity.mentions);
  }
  const entities = [...byKey.values()]
    .filter((e) => survivorOf(e.key) === e.key)
    .map((e) => ({
      ...e,
      mentions: e.mentions.sort((a, b) => a.fileId.localeCompare(b.fileId) || a.start - b.start),
    }));
  const relations = new Map<string, ExtractedRelation>();
  for (const relation of extraction.relations) {
    const sourceKey = survivorOf(relation.sourceKey);
    const targetKey = survivorOf(relation.targetKey);
    if (sourceKey === targetKey) continue;
    const id = `${sourceKey}\u0000${targetKey}\u0000${relation.type}\u0000${relation.label ?? ''}`;
    const known = relations.get(id);
    if (known === undefined) relations.set(id, { ...relation, sourceKey, targetKey });
    else {
      known.weight += relation.weight;
      known.evidence = [...known.evidence, ...relation.evidence];
    }
  }
  return { entities, relations: [...relations.values()] };
}
