/**
 * Whose kin a possessive pronoun states, checked against its sentence. "Josiah Benson came on his
 * daughter Mary's arm", "Captain Fenner objected to it strongly; his cousin Walter objected": when
 * the sentence names a person of the pronoun's gender before "his" ("her"), with no "he" ("she")
 * between, the pronoun is that person's, the clause's subject. A holder the sentence does not name
 * there (most often the chapter's most salient man or woman, the pronoun resolver's pick) is a guess
 * against the text, and the kin cue gives no relation.
 */
import type { Gender } from './lexicons.js';

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
