/**
 * Whose kin a possessive pronoun states, checked against its sentence. "Josiah Benson came on his
 * daughter Mary's arm", "Captain Fenner objected to it strongly; his cousin Walter objected": when
 * the sentence names a person of the pronoun's gender before "his" ("her"), with no "he" ("she")
 * between, the pronoun is that person's, the clause's subject. A holder the sentence does not name
 * there (most often the chapter's most salient man or woman, the pronoun resolver's pick) is a guess
 * against the text, and the kin cue gives no relation. A family's kin ("The Ingrams had a daughter")
 * are held by its couple.
 */
import type { RawMention } from './candidates.js';
import type { Gender } from './lexicons.js';
import type { EntityDraft } from './merge.js';
import type { RelationCue } from './relations.js';

/** A person's name written at [start, end) of a file's text. */
export interface NamedPerson {
  key: string;
  gender: Gender;
  start: number;
  end: number;
}

/** Personal pronouns of each gender that are no possessive ("her" may be either). */
const PERSONAL: Partial<Record<Gender, RegExp>> = {
  male: /\b(?:[Hh]e|him|himself)\b/u,
  female: /\b(?:[Ss]he|herself)\b/u,
};

/**
 * Whether the holder a possessive pronoun at `at` was given goes against its sentence (from
 * `sentenceStart`): the last person of the pronoun's gender the sentence names before it, with no
 * personal pronoun of that gender after the name, is someone else, and the holder is not named there.
 */
export function holderContradicted(
  text: string,
  sentenceStart: number,
  at: number,
  gender: Gender,
  holderKey: string,
  people: readonly NamedPerson[],
): boolean {
  const personal = PERSONAL[gender];
  if (personal === undefined) return false;
  const before = people
    .filter((p) => p.start >= sentenceStart && p.end <= at)
    .sort((a, b) => a.start - b.start);
  const last = before.filter((p) => p.gender === gender).at(-1);
  if (last === undefined || before.some((p) => p.key === holderKey)) return false;
  return !personal.test(text.slice(last.end, at));
}

/**
 * "The Ingrams had a daughter, Philippa": a family's child (or other kin) is the kin of its couple,
 * the two people the text writes as a title and the surname alone, one of them a woman ("Dr.
 * Ingram", "Mrs. Ingram"). With more of them (old Mr. Ingram and his son) the family names no single
 * couple, and the cue gives no relation. A parent the family "had" is one spouse's only, and a
 * sibling or spouse is no couple's, so only a child and wider kin are given. A kin whose name the
 * text gave before the family introduces them is a namesake the merge has joined ("Old Samuel
 * Hale" and, a generation on, "The Hales had three children: Samuel"), and gets no relation.
 */
export function familyCoupleCues(
  cues: readonly RelationCue[],
  drafts: readonly EntityDraft[],
  owner: ReadonlyMap<RawMention, EntityDraft>,
): RelationCue[] {
  const found: RelationCue[] = [];
  for (const cue of cues) {
    if ('pronoun' in cue.source || cue.reverse === true) continue;
    if (cue.type !== 'parent_of' && cue.type !== 'family') continue;
    const family = owner.get(cue.source);
    const surname = family?.surname;
    if (family?.type !== 'group' || surname === undefined || surname === null) continue;
    const kin = owner.get(cue.target);
    const introduced = kin?.mentions.every(
      (m) => m.fileIndex !== cue.fileIndex || m.start >= cue.evidenceStart,
    );
    if (introduced !== true) continue;
    const couple = drafts.flatMap((d) => {
      const named = d.mentions.find(
        (m) => m.title !== null && m.words.length === 1 && m.words[0] === surname,
      );
      return d.type === 'character' && named !== undefined ? [{ gender: d.gender, named }] : [];
    });
    const women = couple.filter((p) => p.gender === 'female');
    if (couple.length !== 2 || women.length !== 1) continue;
    for (const { named } of couple) found.push({ ...cue, source: named });
  }
  return found;
}
