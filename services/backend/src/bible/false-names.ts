/**
 * Names a man or woman goes by in turn, listed as one person's: "Gedling, or Norris, or Lambert, as
 * he had lately called himself". The list's "or" alone would join two people ("Was it Tom, or
 * Harry?"); the naming clause after it says the names are one bearer's.
 */
import { mustAt } from '@george/runtime/collections';
import { nounGender } from '../pronouns/callings.js';
import type { RawMention } from './candidates.js';
import { FALSE_NAME_LEADS } from './lexicons.js';
import { type Paragraph, phraseEndsBefore, quotedTokens, type Token } from './tokenize.js';

/** Words that may stand between the pronoun and "called" ("as he had lately called himself"). */
const BEFORE_CALLED = new Set(['had', 'has', 'now', 'then', 'lately', 'since', 'sometimes', 'once', 'last']);

/** Pairs of names the paragraph lists as one person's (each name with the last of the list). */
export function findNamesInTurn(
  paragraph: Paragraph,
  mentions: readonly RawMention[],
): Array<[RawMention, RawMention]> {
  const { tokens } = paragraph;
  const pairs: Array<[RawMention, RawMention]> = [];
  mentions.forEach((last, index) => {
    if (!calledSelfAfter(tokens, last.tokenTo)) return;
    let next = last;
    for (let k = index - 1; k >= 0; k--) {
      const name = mentions[k];
      if (name === undefined || !orBetween(tokens, name.tokenTo, next.tokenFrom)) break;
      pairs.push([name, last]);
      next = name;
    }
  });
  return pairs;
}

/** Only ", or" (or "or") between two names. */
function orBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const between = tokens.slice(from, to).map((t) => t.lower);
  return between.join(' ') === ', or' || between.join(' ') === 'or';
}

/** ", as he (had lately) called himself" (or "herself") right after `at`. */
function calledSelfAfter(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',' || tokens[at + 1]?.lower !== 'as') return false;
  const pronoun = tokens[at + 2]?.lower;
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  let k = at + 3;
  while (BEFORE_CALLED.has(tokens[k]?.lower ?? '')) k++;
  const self = tokens[k + 1]?.lower;
  return tokens[k]?.lower === 'called' && (self === 'himself' || self === 'herself');
}

/**
 * A false name told of "he" or "she": "He's lodging under the name of Mr. Brown", "She went by the
 * name of Mrs. Lacy", "He passed as Colonel Ware". The bearer is resolved in the merge, where each
 * person's gender and type are known.
 */
export interface FalseNameByPronoun {
  name: RawMention;
  gender: 'male' | 'female';
  /** The pronoun's offset in the text: the bearer is named before it. */
  pronounAt: number;
  /**
   * Where a description of the pronoun's gender stands last before the pronoun in the paragraph
   * ("the man who had brought it"), or -1: the pronoun may mean the description, so the bearer must
   * be named after it.
   */
  describedAt: number;
  /** The pronoun stands in speech: its speakers and listeners are not "he" or "she". */
  inSpeech: boolean;
}

/** At most this many lower-case words between the pronoun and the lead: "had been lodging". */
const VERBS_BEFORE_LEAD = 4;

const PRONOUN_GENDERS: Readonly<Record<string, 'male' | 'female'>> = { he: 'male', she: 'female' };

/** Articles before a description the pronoun may mean: "the man", "a fellow". */
const DESCRIPTION_ARTICLES = new Set(['the', 'a', 'an', 'this', 'that']);

/**
 * Phrases of time that may open the sentence before its "he" or "she": "Before that he was in
 * Cheltenham, under the name of ...", where a detective tells a man's past.
 */
const OPENING_TIMES = [
  'before that',
  'before then',
  'after that',
  'after this',
  'since then',
  'until then',
  'at one time',
  'for a time',
  'afterwards',
  'later',
  'then',
];

/** Prepositions of a place phrase that may stand between the pronoun and the lead: "was in Bath,". */
const PLACE_PREPOSITIONS = new Set(['in', 'at']);

/** The false names the paragraph tells of a sentence's opening "he" or "she". */
export function findFalseNamesByPronoun(
  paragraph: Paragraph,
  mentions: readonly RawMention[],
): FalseNameByPronoun[] {
  const { tokens } = paragraph;
  const quoted = quotedTokens(tokens);
  const found: FalseNameByPronoun[] = [];
  for (const name of mentions) {
    const sentence = paragraph.sentences.find((s) => s.from <= name.tokenFrom && name.tokenFrom < s.to);
    if (sentence === undefined) continue;
    let at = sentence.from;
    while (at < name.tokenFrom && !mustAt(tokens, at).isWord) at++;
    at = afterOpeningTime(tokens, at);
    const pronoun = mustAt(tokens, at);
    const gender = PRONOUN_GENDERS[pronoun.lower];
    if (gender === undefined) continue;
    const between = withoutPlacePhrase(tokens.slice(at + 1, name.tokenFrom));
    if (between.some((t) => !t.isWord || t.capitalized)) continue;
    const words = between.map((t) => t.lower).join(' ');
    const lead = FALSE_NAME_LEADS.find((l) => words === l || words.endsWith(` ${l}`));
    if (lead === undefined || between.length - lead.split(' ').length > VERBS_BEFORE_LEAD) continue;
    const cue = {
      gender,
      pronounAt: pronoun.start,
      describedAt: lastDescription(tokens, at, gender),
      inSpeech: quoted[at] === true,
    };
    found.push({ name, ...cue });
    // "under the name of Lionel Marsden, and before that in Gloucester as Leonard Mace": the names
    // the same sentence goes on to list with "as" are the same man's.
    let previous = name;
    for (const next of mentions) {
      if (next.tokenFrom <= previous.tokenTo || next.tokenFrom >= sentence.to) continue;
      // (a place named on the way, "in Gloucester", is passed over)
      if (!continuesWithAs(tokens.slice(previous.tokenTo, next.tokenFrom))) continue;
      found.push({ name: next, ...cue });
      previous = next;
    }
  }
  return found;
}

/** The token after an opening phrase of time at `at` ("Before that", "Later,"), or `at` itself. */
function afterOpeningTime(tokens: readonly Token[], at: number): number {
  for (const phrase of OPENING_TIMES) {
    const words = phrase.split(' ');
    if (!words.every((w, k) => tokens[at + k]?.lower === w)) continue;
    const next = at + words.length;
    return tokens[next]?.text === ',' ? next + 1 : next;
  }
  return at;
}

/** The tokens without one place phrase closed by a comma ("in Cheltenham ,"). */
function withoutPlacePhrase(between: readonly Token[]): readonly Token[] {
  for (let k = 0; k < between.length; k++) {
    if (!PLACE_PREPOSITIONS.has(mustAt(between, k).lower)) continue;
    let end = k + 1;
    while (between[end]?.isWord === true && between[end]?.capitalized === true) end++;
    if (end > k + 1 && between[end]?.text === ',') return [...between.slice(0, k), ...between.slice(end + 1)];
  }
  return between;
}

/** ", and (before that) (in Gloucester) as": a further name of the list, told of the same pronoun. */
function continuesWithAs(between: readonly Token[]): boolean {
  if (between[0]?.text !== ',' || between[1]?.lower !== 'and' || between.at(-1)?.lower !== 'as') return false;
  let k = afterOpeningTime(between, 2);
  if (PLACE_PREPOSITIONS.has(between[k]?.lower ?? '')) {
    k++;
    while (between[k]?.isWord === true && between[k]?.capitalized === true) k++;
  }
  return k === between.length - 1;
}

/** Where the last description of `gender` before token `to` starts ("the man", "a fellow"), or -1. */
function lastDescription(tokens: readonly Token[], to: number, gender: 'male' | 'female'): number {
  for (let k = to - 1; k > 0; k--) {
    const noun = mustAt(tokens, k);
    if (!noun.isWord || noun.capitalized || nounGender(noun.lower) !== gender) continue;
    for (let a = k - 1; a >= Math.max(0, k - 3) && mustAt(tokens, a).isWord; a--)
      if (DESCRIPTION_ARTICLES.has(mustAt(tokens, a).lower)) return mustAt(tokens, a).start;
  }
  return -1;
}

/** Words before a name its speaker denies: "I am not Jane Fry". */
const DENIALS = ['i am not', "i'm not"];

/** Words before the name a speaker gives as their own: "My name is Jane Dawlish". */
const OWN_NAME_LEADS = ['my name is', 'my real name is', 'my own name is', 'my true name is'];

/**
 * "'I am not Jane Fry,' she said ... 'My name is Jane Dawlish'": in the speech of one paragraph, the
 * name a speaker denies and the name they then give as their own are the names of one person, the
 * speaker, called by the first and born to the second. (Whether the two are met apart, a mistaken
 * identity, is for the merge to check.)
 */
export function findDeniedNames(
  paragraph: Paragraph,
  mentions: readonly RawMention[],
): Array<[RawMention, RawMention]> {
  const { tokens } = paragraph;
  const quoted = quotedTokens(tokens);
  const spoken = mentions.filter((m) => quoted[m.tokenFrom] === true);
  const denied = spoken.find((m) => phraseEndsBefore(tokens, m.tokenFrom, DENIALS));
  if (denied === undefined) return [];
  const own = spoken.find(
    (m) => m.tokenFrom > denied.tokenTo && phraseEndsBefore(tokens, m.tokenFrom, OWN_NAME_LEADS),
  );
  return own === undefined ? [] : [[denied, own]];
}
