/**
 * Characters by what they are: the common noun written before a name ("Parson Tringham", "Aunt
 * Polly") or set beside it ("the artist, Basil Hallward"), so that "the parson", "the clergyman"
 * or "his aunt" can refer to them. Shared by the pronoun resolver (a description is a mention) and
 * the speaker attribution (a tag's "said the parson").
 */
import { type Gender, KINSHIP_TITLES, OCCUPATIONS, PERSON_TITLES } from '../bible/lexicons.js';
import { isDictionaryWord } from '../bible/lookup.js';
import type { TextRange } from '../dialogue/quotations.js';

export interface CharacterMention extends TextRange {
  id: string;
}

const FEMALE_NOUNS = new Set(
  (
    'woman women lady ladies girl wife mother sister daughter aunt niece queen duchess countess mistress ' +
    'widow maid governess landlady hostess bride princess madam miss grandmother granddaughter cousin-woman ' +
    'nurse lass wench dame matron spinster heroine actress'
  ).split(' '),
);
const MALE_NOUNS = new Set(
  (
    'man men gentleman gentlemen boy husband father brother son uncle nephew king duke lord master sir ' +
    'fellow lad parson priest clergyman rector vicar squire grandfather grandson bridegroom prince earl ' +
    'baron knight monk friar landlord host waiter butler footman coachman valet hero actor chap'
  ).split(' '),
);

/** The gender a common noun for a person says ("parson", "aunt"), or 'unknown'. */
export function nounGender(lower: string): Gender {
  if (FEMALE_NOUNS.has(lower)) return 'female';
  if (MALE_NOUNS.has(lower)) return 'male';
  return 'unknown';
}

/** Titles of address, not descriptions: "his lady" is not Lady Lucas. */
const HONORIFICS = new Set(
  'mr mrs miss ms lady lord sir madam madame master mistress monsieur mademoiselle dame'.split(' '),
);

/** Words that point at someone by their place in the text, never a description of one person. */
const POSITIONAL = new Set(
  'other former latter first second last same elder younger eldest youngest'.split(' '),
);

/** A head word's calling, so that synonyms meet: "clergyman" and "parson" are one. */
export const calling = (word: string): string => OCCUPATIONS[word] ?? word;

/**
 * A word that names what someone is (an occupation, a rank, a relation: "doctor", "captain",
 * "aunt"), which a speech can call them by; "dear" or "poor" before a name only describe.
 */
export const isCalling = (word: string): boolean =>
  OCCUPATIONS[word] !== undefined || KINSHIP_TITLES.has(word) || PERSON_TITLES[word] !== undefined;

/**
 * Common nouns written before a character's name ("Parson Tringham", "Aunt Polly", "Captain
 * Ahab") or set beside it in apposition ("the artist, Basil Hallward"), by calling, with the
 * characters each is written with.
 */
export function namedCallings(text: string, mentions: readonly CharacterMention[]): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  const add = (word: string, id: string) => {
    const lower = word.toLowerCase();
    if (!isDictionaryWord(lower) || HONORIFICS.has(lower) || POSITIONAL.has(lower)) return;
    const key = calling(lower);
    seen.set(key, (seen.get(key) ?? new Set()).add(id));
  };
  for (const m of mentions) {
    const written = text.slice(m.start, m.end).split(/\s+/);
    if (written.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(written[0] ?? '')) {
      add(written[0] ?? '', m.id);
      // "Father Quinlan": the style of a priest before his name, so that "the priest" names him.
      if (written[0] === 'Father') add('priest', m.id);
    }
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 20), m.start));
    if (before !== null) add(before[1] ?? '', m.id);
    // In apposition, a calling: "the artist himself, Basil Hallward" / "Basil Hallward, the artist,"
    // / "Lucian Gregory, the red-haired poet," / "replied the poet Syme" (not "in the carriage, Mr.
    // Gardiner"); where a client is brought in, "Mr. Josiah Fenn, a pawnbroker of Clerkenwell,".
    const described =
      /\bthe (\p{Ll}+)(?:(?: (?:himself|herself))?, | )$/u.exec(
        text.slice(Math.max(0, m.start - 40), m.start),
      ) ??
      /^, the (?:[\p{Ll}-]+ )?(\p{Ll}+)[,;.]/u.exec(text.slice(m.end, m.end + 40)) ??
      /^, an? (?:[\p{Ll}-]+ )?(\p{Ll}+)(?:[,;.]| of \p{Lu})/u.exec(text.slice(m.end, m.end + 40));
    if (described !== null && isCalling(described[1] ?? '')) add(described[1] ?? '', m.id);
  }
  return seen;
}

/**
 * The callings of `namedCallings` that belong to one character, so that "the parson", "the
 * clergyman" or "his aunt" can name them; a noun shared by two characters is left out.
 */
export function headWords(text: string, mentions: readonly CharacterMention[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [word, ids] of namedCallings(text, mentions)) {
    const [id] = ids;
    if (ids.size === 1 && id !== undefined) out.set(word, id);
  }
  return out;
}

/** "the clergyman", "The parson": a description by a calling that belongs to one character. */
export function describedMentions(text: string, heads: ReadonlyMap<string, string>): CharacterMention[] {
  const out: CharacterMention[] = [];
  for (const m of text.matchAll(/\b[Tt]he\s+(\p{Ll}+)\b/gu)) {
    const id = heads.get(calling(m[1] ?? ''));
    if (id !== undefined) out.push({ id, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
