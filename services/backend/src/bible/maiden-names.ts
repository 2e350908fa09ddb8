import { mustAt } from '@george/runtime/collections';
import type { RawMention } from './candidates.js';
import { canonicalGiven, isGivenName } from './lookup.js';
import { genderOfMention, type MarriedNameCue, type RelationCue } from './relations.js';
import type { Paragraph, Token } from './tokenize.js';

/** The pronouns a maiden name is told of: the speaker's "I" and "she" (a name before "was" serves too). */
const SUBJECTS = new Set(['i', 'she']);

/** Between the maiden name and the marriage: "until I married", "before she was married to". */
const UNTIL = new Set(['until', 'till', 'before']);

/** An apposition after the maiden name is at most this many tokens: ", a parson's daughter from Kent,". */
const APPOSITION_TOKENS = 12;

/**
 * A woman's maiden name stated with the man she married, in speech or narration: "I was Miss Ada
 * Farrant until I married Mr. Colville", "She was Miss Constance Dearlove, a parson's daughter, until
 * she married Sir Roger Ferrier", "Lady Julia Marsh had been Miss Julia Pender until she married Sir
 * Edwin Marsh", "Before I married Mr. Penwarden I was Miss Lucy Trelease": a spouse cue from the
 * maiden name to the husband, so that the merge joins her married names ("Mrs. Colville", "Lady
 * Ferrier") as it does for "Miss Taylor married Mr. Weston". Not "I knew Miss X before I married"
 * (another woman), nor "was Miss Prowse's governess" (a possessive names someone else).
 */
export function findMaidenNameMarriages(
  paragraph: Paragraph,
  mentions: readonly RawMention[],
): RelationCue[] {
  const { tokens } = paragraph;
  const startingAt = new Map(mentions.map((m) => [m.tokenFrom, m]));
  const cues: RelationCue[] = [];
  const addMarriage = (maiden: RawMention, husband: RawMention | undefined): void => {
    if (
      husband === undefined ||
      husband.sentenceStart !== maiden.sentenceStart ||
      possessive(tokens, husband)
    )
      return;
    cues.push({
      type: 'spouse',
      label: 'married',
      source: maiden,
      target: husband,
      fileIndex: maiden.fileIndex,
      evidenceStart: maiden.sentenceStart,
      evidenceEnd: maiden.sentenceEnd,
    });
  };
  for (const maiden of mentions) {
    if (possessive(tokens, maiden)) continue;
    const subjectEnd = afterBeing(tokens, maiden.tokenFrom);
    if (subjectEnd === undefined) continue;
    // "I was Miss Ada Farrant until I married Mr. Colville": the subject, the maiden name, then the marriage.
    const subject = tokens[subjectEnd - 1];
    const subjectNamed = mentions.some((m) => m.tokenTo === subjectEnd);
    if (subjectNamed || (subject !== undefined && SUBJECTS.has(subject.lower))) {
      const husbandAt = afterMarrying(tokens, pastApposition(tokens, maiden.tokenTo));
      addMarriage(maiden, husbandAt === undefined ? undefined : startingAt.get(husbandAt));
    }
    // "Before I married Mr. Penwarden I was Miss Lucy Trelease": the marriage first.
    if (subject !== undefined && SUBJECTS.has(subject.lower)) {
      let k = subjectEnd - 2;
      if (tokens[k]?.text === ',') k--;
      const husband = mentions.find((m) => m.tokenTo === k + 1);
      if (husband !== undefined && afterMarrying(tokens, husband.tokenFrom - 3) === husband.tokenFrom)
        addMarriage(maiden, husband);
    }
  }
  return cues;
}

/** Before a maiden name a pronoun gives: "until her marriage she had been", "before her marriage she was". */
const MAIDEN_BY_PRONOUN = /^(?:until|till|before) her marriage,? she (?:had been|was)$/;

/** How many paragraphs back the woman the pronoun stands for may be named: hers and the one before. */
const PRONOUN_REACH = 1;

/**
 * "Mrs. Dunstan, the housekeeper ... Until her marriage she had been Hester Pring": a full name after
 * "until her marriage she had been" at its sentence's opening is the maiden name of the woman named
 * last before it (in the paragraph or the one before) by no other given name, as "She had been born Margaret Cole" is of
 * Margaret Reid; the merge joins the two when no other given name and no shared surname says they
 * are two women. `earlier` are the file's mentions before this paragraph, in order.
 */
export function findMaidenNamesByPronoun(
  paragraph: Paragraph,
  mentions: readonly RawMention[],
  earlier: readonly RawMention[],
): MarriedNameCue[] {
  const { tokens } = paragraph;
  const cues: MarriedNameCue[] = [];
  mentions.forEach((maiden, index) => {
    if (maiden.words.length < 2 || possessive(tokens, maiden)) return;
    const sentence = paragraph.sentences.find((s) => s.from <= maiden.tokenFrom && maiden.tokenFrom < s.to);
    if (sentence === undefined) return;
    const opening = tokens
      .slice(sentence.from, maiden.tokenFrom)
      .filter((t) => t.isWord || t.text === ',')
      .map((t) => t.lower)
      .join(' ')
      .replace(/ ,/g, ',');
    if (!MAIDEN_BY_PRONOUN.test(opening)) return;
    const surname = maiden.words.at(-1);
    // "the reign of Queen Elizabeth. Until her marriage she had been Honoria Carew": a woman of
    // another given name is not the one the pronoun stands for.
    const given = canonicalGiven(mustAt(maiden.words, 0).toLowerCase());
    const anotherGiven = (m: RawMention): boolean => {
      const first = mustAt(m.words, 0).toLowerCase();
      return (m.words.length >= 2 || isGivenName(first)) && canonicalGiven(first) !== given;
    };
    const hers = (m: RawMention): boolean =>
      genderOfMention(m) === 'female' && m.words.at(-1) !== surname && !anotherGiven(m);
    let woman = mentions.slice(0, index).findLast(hers);
    for (let k = earlier.length - 1; woman === undefined && k >= 0; k--) {
      const m = mustAt(earlier, k);
      if (m.fileIndex !== maiden.fileIndex || m.paragraph < maiden.paragraph - PRONOUN_REACH) break;
      if (hers(m)) woman = m;
    }
    if (woman !== undefined) cues.push({ maiden, married: woman });
  });
  return cues;
}

function possessive(tokens: readonly Token[], mention: RawMention): boolean {
  return tokens[mention.tokenTo - 1]?.possessive === true;
}

/** Where the subject before "was" or "had been" at `at` ends (exclusive), or undefined. */
function afterBeing(tokens: readonly Token[], at: number): number | undefined {
  const word = (k: number): string => tokens[k]?.lower ?? '';
  if (word(at - 1) === 'was') return at - 1;
  if (word(at - 1) === 'been' && word(at - 2) === 'had') return at - 2;
  return undefined;
}

/** Past ", a parson's daughter from Kent," after the name ending at `at`: where the sentence goes on. */
function pastApposition(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',') return at;
  for (let k = at + 1; k <= at + APPOSITION_TOKENS; k++) {
    const token = tokens[k];
    if (token === undefined || (!token.isWord && token.text !== ',' && token.text !== '-')) return at;
    if (token.text === ',') return k + 1;
  }
  return at;
}

/**
 * Where the husband's name starts after "until I married", "before she was married to" at `at`
 * ("I" or "she" and the verb), or undefined when the words there read otherwise.
 */
function afterMarrying(tokens: readonly Token[], at: number): number | undefined {
  const word = (k: number): string => tokens[k]?.lower ?? '';
  if (!UNTIL.has(word(at)) || !SUBJECTS.has(word(at + 1))) return undefined;
  if (word(at + 2) === 'married') return at + 3;
  if (word(at + 2) === 'was' && word(at + 3) === 'married' && word(at + 4) === 'to') return at + 5;
  return undefined;
}

/**
 * "Sir Piran Hosken and his wife, Lady Morwenna", "Mr. Jory Pengelly brought his wife, Ellen": a
 * spouse stated through "his" or "her", as husband and wife, when the sentence names before the
 * pronoun one person of its gender, so that the merge joins her married title ("Lady Hosken") as it
 * does for "Lady Morwenna, his wife". Several of the gender ("Tom and Sam came with his wife") leave
 * the pronoun to the resolver.
 */
export function spousesByPronoun(
  cues: readonly RelationCue[],
  paragraphs: readonly { mentions: readonly RawMention[] }[],
): Array<[RawMention, RawMention]> {
  const pairs: Array<[RawMention, RawMention]> = [];
  for (const { type, source, target } of cues) {
    if (type !== 'spouse' || !('pronoun' in source)) continue;
    const named = mustAt(paragraphs, source.paragraph).mentions.filter(
      (m) =>
        m.sentenceStart === target.sentenceStart &&
        m.start < source.position &&
        genderOfMention(m) === source.pronoun,
    );
    const [partner, ...more] = named;
    if (partner !== undefined && more.length === 0) pairs.push([partner, target]);
  }
  return pairs;
}

/** "His mother, Lady Hosken", "my aunt, Mrs. Vane": the kin word just before a titled woman. */
const ELDER_WOMAN_BEFORE = /\b(?:his|her|my|their)\s+(?:(?:grand)?mother|aunt),?\s+$/i;

/** "Lady Hosken, his mother": the same set after the name. */
const ELDER_WOMAN_AFTER = /^,\s+(?:his|her|my|their)\s+(?:(?:grand)?mother|aunt)\b/i;

/**
 * A woman's title and surname the text introduces as someone's mother, grandmother or aunt: the
 * elder of the name, not the wife a man of it is stated to have ("Sir Piran came with his wife, Lady
 * Morwenna. His mother, Lady Hosken, stayed at home").
 */
export function introducedAsElderWoman(mention: RawMention, text: string): boolean {
  return (
    mention.title !== null &&
    mention.words.length === 1 &&
    (ELDER_WOMAN_BEFORE.test(
      text.slice(Math.max(mention.sentenceStart, mention.start - 24), mention.start),
    ) ||
      ELDER_WOMAN_AFTER.test(text.slice(mention.end, Math.min(mention.sentenceEnd, mention.end + 30))))
  );
}
