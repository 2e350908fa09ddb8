/**
 * '"And so would Anne, had her health allowed her," said Lady Catherine', of the daughter at her
 * table: a given name written only in speech is not the namesake the narration always names with a
 * title of honour ("Lady Anne Darcy", "Sir Thomas") when no chapter it is spoken in names that
 * namesake; it is the one "Miss" of those chapters whose given name the text never writes, in a
 * family whose unmarried women it never names by given name ("Miss Bennet" beside "Jane Bennet" is
 * not she).
 */

import { FEMALE_MARRIED } from './lexicons.js';

/** What the rule reads of a name mention (the merge's raw mentions). */
interface SpokenMention {
  fileIndex: number;
  inSpeech?: boolean;
}

/** What the rule reads of an entity being merged (the merge's drafts). */
interface PersonDraft<M extends SpokenMention> {
  mentions: readonly M[];
  titles: ReadonlySet<string>;
  given: string | null;
  surname: string | null;
}

/** The unmarried woman a spoken given name stands for in place of an honoured namesake out of the scene. */
export function missInScene<M extends SpokenMention, D extends PersonDraft<M>>(
  spoken: readonly M[],
  namesakes: readonly D[],
  honouredOnly: (entity: D) => boolean,
  people: readonly D[],
  chapterOf: ((mention: M) => number | null) | undefined,
): D | undefined {
  if (namesakes.length === 0 || !namesakes.every(honouredOnly)) return undefined;
  if (spoken.some((m) => m.inSpeech !== true)) return undefined;
  const sceneOf = (m: M): string => `${m.fileIndex}:${chapterOf?.(m) ?? null}`;
  const scenes = new Set(spoken.map(sceneOf));
  const namedIn = (entity: D): Set<string> => new Set(entity.mentions.map(sceneOf));
  if (namesakes.some((entity) => [...namedIn(entity)].some((scene) => scenes.has(scene)))) return undefined;
  const misses = people.filter((entity) => {
    if (entity.given !== null || entity.surname === null) return false;
    if (entity.titles.size !== 1 || !entity.titles.has('Miss')) return false;
    const sisterNamed = people.some(
      (other) =>
        other !== entity &&
        other.surname === entity.surname &&
        other.given !== null &&
        ![...other.titles].some((title) => FEMALE_MARRIED.has(title)),
    );
    if (sisterNamed) return false;
    const named = namedIn(entity);
    return [...scenes].every((scene) => named.has(scene));
  });
  return misses.length === 1 ? misses[0] : undefined;
}
