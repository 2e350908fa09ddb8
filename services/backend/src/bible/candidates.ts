import { mustAt } from '@george/runtime/collections';
import { nounGender } from '../pronouns/callings.js';
import { isFeastName } from '../story/time.js';
import { personalPronounFollows } from './creature-pronouns.js';
import {
  ABBREVIATIONS,
  DEITIES,
  DOTTED_NAME_PARTS,
  FAMILY_NAMES,
  type Gender,
  KIN_NOUNS,
  KINSHIP_TITLES,
  NAME_PARTICLES,
  NAUTICAL_WORDS,
  NEVER_NAMES,
  OBJECT_PREPOSITIONS,
  OCCUPATIONS,
  OF_HEADS,
  ORG_WORDS,
  PEOPLE_NOUNS,
  PERSON_TITLES,
  PERSON_VERBS,
  PERSONAL_PREP_VERBS,
  PLACE_HEADS,
  PLACE_OF_NOUNS,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  POSSESSIVE_PRONOUNS as PRONOUN_GENDERS,
  RANKS_ALONE,
  SPEECH_VERBS,
  STYLES_OF_ADDRESS,
  VESSEL_NOUNS,
  WHERE_PREPOSITIONS,
} from './lexicons.js';
import {
  isCommonWord,
  isDictionaryWord,
  isGivenName,
  isKnownPlace,
  isPersonName,
  singularNoun,
} from './lookup.js';
import { isDemonym } from './nationalities.js';
import { afterCapitalOld, districtOfAddress, houseByPossessive } from './place-shapes.js';
import { namesCardOfSuit, opensCardOfSuit } from './playing-cards.js';
import { revealedName } from './revealed-names.js';
import { type Paragraph, quotedTokens, type Token, unshouted } from './tokenize.js';

/** How often each word is seen capitalised mid-sentence, capitalised by position, and in lower case. */
export interface WordStats {
  capMid: Map<string, number>;
  capInitial: Map<string, number>;
  lower: Map<string, number>;
  /** The ages written before each capitalised word ("old Joseph", "Young Joseph": joseph -> old, young). */
  agesBefore: Map<string, Set<string>>;
}

export function emptyStats(): WordStats {
  return { capMid: new Map(), capInitial: new Map(), lower: new Map(), agesBefore: new Map() };
}

/** Words that tell an older and a younger namesake apart when written before a name. */
const AGES = new Set(['old', 'young']);

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function countWords(paragraph: Paragraph, stats: WordStats): void {
  paragraph.tokens.forEach((token, i) => {
    const age = paragraph.tokens[i - 1];
    if (token.capitalized && age?.isWord === true && age.joinedToNext && AGES.has(age.lower)) {
      const ages = stats.agesBefore.get(token.lower) ?? new Set();
      ages.add(age.lower);
      stats.agesBefore.set(token.lower, ages);
    }
  });
  for (const token of paragraph.tokens) {
    if (!token.isWord) continue;
    if (!token.capitalized) bump(stats.lower, token.lower);
    else if (token.initial || token.allCaps) bump(stats.capInitial, token.lower);
    else bump(stats.capMid, token.lower);
  }
}

/** One occurrence of a candidate name, with the context cues seen around it. */
export interface RawMention {
  fileIndex: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Canonical title ("Mr.", "Lady") when the name starts with one. */
  title: string | null;
  titleGender: Gender;
  /** The name's words without the title and particles, as written. */
  words: string[];
  /** Normalised form: canonical title + words ("Mr. Darcy", "Netherfield Park"). */
  form: string;
  /** Votes from the context. */
  person: number;
  place: number;
  /** Sentence range (characters) for evidence. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Token index range in the paragraph, for relation patterns. */
  tokenFrom: number;
  tokenTo: number;
  /** Preceded by "the" or another determiner ("the Congo", "this Rabbit"): unlikely a person's name. */
  determiner: boolean;
  /** Followed by a clause of "who" or a noun of a person ("Washington, who", "Munro, the commander"). */
  describedAsSomeone?: boolean;
  /** A title and name after "a": someone not known yet ("letters to a Mr. Roscorla"). */
  indefinite?: boolean;
  /** Named right after an article and a kind of vessel: "the schooner Endeavour", "the ship Pequod". */
  vessel?: boolean;
  /** In a sentence of harbours and sailing ("the Kestrel was riding at her mooring"). */
  nautical?: boolean;
  /** The subject of a statement that it is a settlement or a house: "Harling is a small village". */
  statedPlace?: boolean;
  /** A surname before "family", after "the": the family, not one of it ("the Armstrong family physician"). */
  family?: boolean;
  /** Every name word of the mention was capitalised only where a sentence starts. */
  initialOnly: boolean;
  /** The subject of a speech verb here: "said the Manxman", "Perth replied", "Jane, said he". */
  speaks: boolean;
  /**
   * The name this description is set beside: "Steelkilt, a Lakeman" (the name before it) or "that
   * mad Gay-Header, Tashtego." (the name right after it).
   */
  apposedTo?: RawMention;
  /**
   * "They called him King-Post", "known to everyone as Fish": a name given here to the man (woman,
   * or either) named just before.
   */
  calledFor?: Gender;
  /**
   * The naming verb's subject, as token indexes [from, to) in the paragraph: "Mr. Pargeter, who
   * wrote his report, called him Lomax" (who gives the name is not who gets it).
   */
  calledBy?: { from: number; to: number };
  /**
   * The narration says the name is the one a person bears or bore ("She was Mrs. Crewe after
   * that"): it goes to someone of the pronoun's gender only.
   */
  borne?: boolean;
  /**
   * Named as the one the narration speaks to, outside quotation marks: "There, Margaret, the sun is
   * forever visible", "Adieu, my dear Margaret." (the reader of a letter, the listener of a tale).
   */
  addressed: boolean;
  /**
   * An earlier name of the paragraph the text states is this one's person: "Alias Rooke", "Lane is
   * Rooke", "My name is not Brand. It is Edmund Fairlie", "name is Geoffrey Daintree; Lord
   * Charnwood is only his courtesy title".
   */
  sameAs?: RawMention;
  /** Stated by "X is Y" alone, which a figure of speech says too ("Stubb is Starbuck"). */
  sameAsByIs?: boolean;
  /** A nickname set before the name it stands for: "Bishop, as they call Jem Haskett,". */
  nicknameBefore?: boolean;
  /**
   * A business called by a man's name: "Dowling and Sons" (a firm), "dined at Cobb's" (a shop or
   * chop-house, the possessive after "at", "to" or "from" with no noun of his after it); or the
   * keeper of a place named by his possessive ("Klein's hotel").
   */
  business?: 'firm' | 'shop' | 'owner';
  /**
   * "Mr. G. Daintree" read as "Mr. G": the initial of a given name before the surname written here,
   * no surname cut short.
   */
  initialOfGiven?: string;
  /** "Mr. and Mrs. Gardiner": the title standing for the other person of the couple. */
  partner?: RawMention;
  /** "Quohog, or whatever your name is": the speaker is not sure of the name just said. */
  doubted?: boolean;
  /** A deity's name in an oath or an exclamation: "by Jove", "thank God", "for God's sake", "God knows". */
  oath?: boolean;
  /** Inside quotation marks. */
  inSpeech?: boolean;
  /** A titled name written after "the" ("in the Lord Rodney", "the Admiral Benbow"). */
  titledAfterArticle?: boolean;
  /** "at Lloyd's", "at Parfitt's that night": a possessive after "at" with no noun, a house (of business or someone's). */
  house?: boolean;
  /** After "the Old" with a capital ("the Old Bailey", "said the Old Hare"): a place's or a creature's name. */
  afterCapitalOld?: boolean;
  /** Written right after "old" ("old Ridley's nephew", "Old Crabbe", "old Mrs. Pratt") or "the elder": an elder of the name. */
  old?: boolean;
  /**
   * A title or a lone name written right after "young" ("young Mrs. Dalling", "young Pennick"), or a
   * lone name after "the younger": the younger one of the name.
   */
  young?: boolean;
  /**
   * A rank set after the name and a comma, as a letter is signed ("E. Thursby, Major (retired)"):
   * the rank's title, canonical.
   */
  rankAfter?: string;
  /**
   * The sex of "he" or "she" right after the name ("Dr. Ingram, and he was known", "Dr. Ingram. He"),
   * of a reflexive right after it ("Crane himself"), of the spouse's other half ("Toller and his wife"),
   * or of the noun the name is said to be ("Brindle was a small bent man").
   */
  pronounAfter?: Gender;
  /** After a preposition of where and "the": "under the Beacon Oak", "towards the Mill". */
  whereAfterArticle?: boolean;
  /** After "the", the first pronoun after it in its sentence a person's: "the Weathercock opened his beak". */
  personalPronoun?: boolean;
  /** In a paragraph of verse: "Said Grammar to Spelling, 'My dear, we are through'". */
  inVerse?: boolean;
  /** A book's title: in italics (`_Middlemarch_`), after "reading", or "brought Middlemarch ... reading it". */
  work?: boolean;
  /** `Thomas "Tommy" Reid`: the full name written around a nickname in quotation marks. */
  nicknamed?: boolean;
  /** Inside quotation marks, as the one spoken to: "You don't understand me, Harry," */
  spokenTo?: boolean;
  /**
   * The names of a list of three or more this one is written in, itself included: "Lisbon,
   * Madeira, Tenerife, and Sydney".
   */
  series?: readonly RawMention[];
}

/**
 * "Quohog, or whatever your name is", "tell Quohog there-- what's that you call him?": the words of
 * a speaker unsure of the name they have just said.
 */
const DOUBTED_NAME =
  /^[\s,;:\u2014\u2013-]*(?:(?:there|here)[\s,;:\u2014\u2013-]*)?(?:or whatever (?:your|his|her) name|what(?:['\u2019]s| is) (?:that (?:you|ye) call|(?:his|her|your) name))/i;

const HONORIFICS = new Set(['mr', 'mrs', 'miss', 'ms']);
/** Ranks a describing word may name someone by: "the Grey Lady", "the Red King". */
const DESCRIBED_RANKS: ReadonlySet<string> = new Set([...RANKS_ALONE, 'lady']);
/** Street words that are no one's surname after a rank ("Queen Street"; "Captain Hill" is a man). */
const STREET_WORDS = new Set(['street', 'road', 'square', 'avenue', 'terrace', 'crescent']);

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'your', 'their', 'its', 'our', 'my']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'every', 'each']);

/**
 * "was Dr. Ingram, and he was known", "it was Dr. Ingram. She sat": the sex of a subject pronoun
 * right after a name, past a comma and "and" or the end of its sentence; of a reflexive only right
 * after it ("Crane himself", not "Crane. Himself").
 */
function pronounAfter(tokens: readonly Token[], last: number): Gender | undefined {
  let k = last + 1;
  if (tokens[k]?.text === ',' || tokens[k]?.text === '.') k++;
  const and = tokens[k]?.lower === 'and';
  if (and) k++;
  const word = tokens[k]?.lower;
  // "Toller and his wife", "Mrs. Oakes and her husband": the one half of a married couple.
  const spouse = and ? tokens[k + 1]?.lower : undefined;
  if (word === 'his' && spouse === 'wife') return 'male';
  if (word === 'her' && spouse === 'husband') return 'female';
  // "Crane himself was a clerk": the reflexive set right after a name for emphasis.
  if (k === last + 1 && word === 'himself') return 'male';
  if (k === last + 1 && word === 'herself') return 'female';
  return word === 'he' ? 'male' : word === 'she' ? 'female' : undefined;
}

/** "the younger Tregenza", "the elder Tregenza": the comparative of age after "the" before a name. */
function comparedAge(tokens: readonly Token[], first: number): 'elder' | 'younger' | undefined {
  const age = tokens[first - 1];
  if (age?.isWord !== true || !age.joinedToNext || tokens[first - 2]?.lower !== 'the') return undefined;
  if (age.lower === 'elder' || age.lower === 'older') return 'elder';
  return age.lower === 'younger' ? 'younger' : undefined;
}

/**
 * "E. Thursby, Major (retired)", "J. Marsh, Captain, 4th Foot": a rank (a title of either sex, not a
 * kinship word) after a name and a comma, with no name of its own after it ("Thursby, Major Lyle
 * and I" names two men), is the name's rank.
 */
function rankAfter(tokens: readonly Token[], last: number): string | undefined {
  const word = tokens[last + 2];
  if (tokens[last + 1]?.text !== ',' || word === undefined) return undefined;
  const rank = titleOf(word);
  if (rank === undefined || rank.gender !== 'unknown' || KINSHIP_TITLES.has(word.lower)) return undefined;
  const next = tokens[last + 3];
  return next?.isWord === true && next.capitalized ? undefined : rank.canonical;
}

function titleOf(token: Token): { canonical: string; gender: Gender } | undefined {
  if (!token.capitalized || token.allCaps) return undefined;
  return PERSON_TITLES[token.lower];
}

function mostlyLowerCase(lower: string, stats: WordStats): boolean {
  const low = stats.lower.get(lower) ?? 0;
  const mid = stats.capMid.get(lower) ?? 0;
  return low > 2 * mid + 1;
}

/**
 * A nationality used as a nickname: it speaks on its own ("Irish murmured"), where the people word
 * would need a noun or an article ("the Irish said").
 */
function speakingNickname(previous: Token | undefined, next: Token | undefined): boolean {
  return (
    next?.isWord === true &&
    SPEECH_VERBS.has(next.lower) &&
    !(previous?.isWord === true && DETERMINERS.has(previous.lower))
  );
}

/** Whether a capitalised word may start or continue a name, given its position and the document's statistics. */
function acceptWord(
  token: Token,
  previous: Token | undefined,
  next: Token | undefined,
  stats: WordStats,
): boolean {
  if (!token.isWord || !token.capitalized) return false;
  const lower = token.lower;
  if (NEVER_NAMES.has(lower)) return false;
  if (FAMILY_NAMES.has(lower)) return true;
  if (isDemonym(lower)) return speakingNickname(previous, next);
  if (token.allCaps) {
    if (lower.length < 2) return false;
    if ((stats.capMid.get(lower) ?? 0) > 0) return true;
    return (
      !isCommonWord(lower) &&
      (stats.lower.get(lower) ?? 0) === 0 &&
      (isPersonName(lower) || isKnownPlace(lower))
    );
  }
  if (lower.length === 1) return false;
  if (!token.initial) return !mostlyLowerCase(lower, stats);
  const mid = stats.capMid.get(lower) ?? 0;
  const low = stats.lower.get(lower) ?? 0;
  if (low === 0 && !isCommonWord(lower)) {
    if (mid > 0 || isPersonName(lower) || isKnownPlace(lower)) return true;
    if (next?.isWord && PERSON_VERBS.has(next.lower)) return true;
    // "Sera Dain came from Tor-Amun": an invented given name before a second word no list knows;
    // not English words joined by hyphens ("Fifteen-year-old Jo was very tall").
    if (
      next?.isWord &&
      next.capitalized &&
      !next.allCaps &&
      !isDictionaryWord(next.lower) &&
      !lower.split('-').every(isDictionaryWord)
    )
      return true;
    return false;
  }
  // A name that is also a common word ("Will", "Rose") counts at a sentence start only when the
  // text mostly writes it capitalised mid-sentence.
  return mid >= 3 && mid > low;
}

/** A capital letter alone, as an initial is written: "T" of "Ezra T. Gedge" (not the pronoun "I"). */
function isInitial(token: Token): boolean {
  return token.isWord && token.text.length === 1 && token.capitalized && token.text !== 'I';
}

/**
 * "W. R. Stallard", "J. Carew": initials, each with its stop and one space, before a surname start a
 * name of their own ("plan B. Then" does not: "Then" is no name).
 */
function initialsBeforeName(tokens: Token[], i: number, stats: WordStats): boolean {
  let k = i;
  while (isInitial(mustAt(tokens, k))) {
    const stop = tokens[k + 1];
    const next = tokens[k + 2];
    if (stop?.text !== '.' || stop.start !== mustAt(tokens, k).end || next === undefined) return false;
    if (next.start !== stop.end + 1 || !next.capitalized || next.allCaps) return false;
    // Before a given name and a surname ("J. Ross Browne") the name is read from the given name, as
    // it was: the initialled form, cited twice in Moby Dick, lost the surname's other mentions.
    const after = tokens[k + 3];
    if (!isInitial(next))
      return (
        acceptWord(next, stop, after, stats) &&
        !(next.joinedToNext && after?.isWord === true && after.capitalized)
      );
    k += 2;
  }
  return false;
}

/**
 * "Steelkilt, a Lakeman": the name just before ", a" when this mention follows it; "Jasper the
 * Otter": an untitled name right before "the" and this mention.
 */
function apposition(
  tokens: Token[],
  index: number,
  previous: RawMention | undefined,
): RawMention | undefined {
  const article = previousWord(tokens, index)?.lower;
  // "Jasper the Otter", "Alfred the Great": a name and its kind or epithet, written right after it.
  if (article === 'the')
    return previous !== undefined &&
      previous.tokenTo === index - 1 &&
      previous.title === null &&
      !previous.determiner
      ? previous
      : undefined;
  if ((article !== 'a' && article !== 'an') || tokens[index - 2]?.text !== ',') return undefined;
  return previous !== undefined && previous.tokenTo === index - 2 ? previous : undefined;
}

/** What a firm's name adds after "and" to a man's name: "Dowling and Sons", "Pell and Co.". */
const FIRM_TAILS = new Set(['sons', 'son', 'brothers', 'co', 'company']);
/** Before a shop called by its keeper's name: "at Cobb's", "went to Cobb's", "came from Cobb's". */
const SHOP_BEFORE = new Set(['at', 'to', 'from']);
/** Words after such a possessive that show no noun of his follows ("at Cobb's and", "at Cobb's on"). */
const SHOP_AFTER = new Set([
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'had',
  'was',
  'that',
  'where',
  'when',
]);

/** "Sons" of "Dowling and Sons": the end of a firm's name, no one's name and no firm by itself. */
function firmTail(tokens: Token[], from: number): boolean {
  const joined = tokens[from - 1];
  return (
    FIRM_TAILS.has(mustAt(tokens, from).lower) &&
    (joined?.lower === 'and' || joined?.text === '&') &&
    tokens[from - 2]?.capitalized === true
  );
}

/** "Dowling and Sons", "at Cobb's,": the one-word name at `from`..`last` names a business. */
function businessNamed(tokens: Token[], from: number, last: number): 'firm' | 'shop' | 'owner' | undefined {
  const next = tokens[last + 1];
  const tail = tokens[last + 2];
  if (
    (next?.lower === 'and' || next?.text === '&') &&
    tail?.capitalized === true &&
    FIRM_TAILS.has(tail.lower)
  )
    return 'firm';
  if (!mustAt(tokens, last).possessive) return undefined;
  // "Klein's hotel": the man who keeps the place, named as its owner.
  if (next?.isWord === true && PLACE_WORDS.has(next.lower)) return 'owner';
  if (!SHOP_BEFORE.has(previousWord(tokens, from)?.lower ?? '')) return undefined;
  return next === undefined || !next.isWord || SHOP_AFTER.has(next.lower) ? 'shop' : undefined;
}

/** Words that may stand between "is" and "his title" ("is only his courtesy title"). */
const TITLE_HEDGES = new Set(['only', 'merely', 'but', 'just', 'simply']);

/** An earlier name stated to be this one's person, and how: see `statedSame`. */
interface StatedSame {
  mention: RawMention;
  by: 'alias' | 'nickname' | 'is' | 'true name' | 'title' | 'revealed';
}

/**
 * The name just before (`previous`) that the text states is the same person as the name at
 * `from`..`last`: an alias after a name, in the sentence or the speech after it ("Peter Gow, alias
 * Keating", '"Joseph Crane," he said. "Alias Dacre"'); a name said to be another, each alone in its
 * clause and untitled ("Hurst is Dacre."; not "Hurst is Dacre's cousin"); a false name given up for the true one
 * ("My name is not Vane. It is Arthur Pelham."); a name revealed as another's ("Dacre was none other
 * than Hurst"); a title explained by the family name given just
 * before ("name is Richard Thorne; Lord Ellerby is only his courtesy title"); a nickname set before the
 * name ("Rook, as the keepers called Abel Tremlett,"). With the way it is stated.
 */
function statedSame(
  tokens: Token[],
  from: number,
  last: number,
  mentions: RawMention[],
  titled: boolean,
): StatedSame | undefined {
  const previous = mentions[mentions.length - 1];
  if (previous === undefined) return undefined;
  const word = (k: number): string => tokens[k]?.lower ?? '';
  const gap = from - previous.tokenTo;
  // Between the two names only what a speech's attribution and its quotation marks take.
  if (word(from - 1) === 'alias') return gap <= 8 ? { mention: previous, by: 'alias' } : undefined;
  const revealed = revealedName(tokens, from, mentions);
  if (revealed !== undefined) return { mention: revealed, by: 'revealed' };
  if (calledBefore(tokens, from, last, previous)) return { mention: previous, by: 'nickname' };
  const previousLast = mustAt(tokens, previous.tokenTo - 1);
  // Untitled names only: "Matron is Miss Tindall" tells a calling's holder, as the school says it.
  const bare = !titled && previous.title === null;
  if (
    bare &&
    word(from - 1) === 'is' &&
    gap === 1 &&
    !previousLast.possessive &&
    !mustAt(tokens, last).possessive
  ) {
    const before = tokens[previous.tokenFrom - 1];
    const after = tokens[last + 1];
    const opensClause = before === undefined || !before.isWord || CLAUSE_JOINS.has(before.lower);
    const endsClause = after === undefined || !after.isWord || CLAUSE_JOINS.has(after.lower);
    return opensClause && endsClause ? { mention: previous, by: 'is' } : undefined;
  }
  // "My name is not Vane. It is Arthur Pelham."
  if (
    word(from - 2) === 'it' &&
    word(from - 1) === 'is' &&
    gap === 3 &&
    !tokens[previous.tokenTo]?.isWord &&
    word(previous.tokenFrom - 1) === 'not' &&
    word(previous.tokenFrom - 2) === 'is' &&
    word(previous.tokenFrom - 3) === 'name'
  )
    return { mention: previous, by: 'true name' };
  // "name is Richard Thorne," said Holt. "Lord Ellerby is only his courtesy title": the name told
  // last in the paragraph.
  let k = last + 1;
  if (word(k) !== 'is') return undefined;
  k++;
  if (TITLE_HEDGES.has(word(k))) k++;
  if (word(k) !== 'his' && word(k) !== 'her') return undefined;
  k++;
  if (word(k) !== 'title') k++;
  if (word(k) !== 'title') return undefined;
  const told = mentions.findLast((m) => word(m.tokenFrom - 1) === 'is' && word(m.tokenFrom - 2) === 'name');
  return told === undefined ? undefined : { mention: told, by: 'title' };
}

/**
 * "Rook, as the keepers called Abel Tremlett,", "Dabs, as they called Tom Darrow": a nickname
 * (`previous`) set before the name it stands for, with who uses it: a comma, "as", a few lower-case
 * words ending in a naming verb, then the name (`from`..`last`), not a possessive ("as we call Tom
 * Darrow's foreman" names someone else).
 */
function calledBefore(tokens: Token[], from: number, last: number, previous: RawMention): boolean {
  return calledNameAfter(tokens, previous.tokenTo) === from && !mustAt(tokens, last).possessive;
}

/**
 * Where the name starts that ", as the keepers called" at `comma` gives the word before it to: a
 * comma, "as", one to four lower-case words ending in a naming verb, then a capitalised word.
 */
function calledNameAfter(tokens: Token[], comma: number): number | undefined {
  if (tokens[comma]?.text !== ',' || tokens[comma + 1]?.lower !== 'as') return undefined;
  for (let k = comma + 2; k <= comma + 6; k++) {
    const token = tokens[k];
    if (token === undefined || !token.isWord || token.capitalized) return undefined;
    const name = tokens[k + 1];
    if (k > comma + 2 && NAMING_VERBS.has(token.lower) && name?.isWord === true && name.capitalized)
      return k + 1;
  }
  return undefined;
}

/**
 * "Bishop, as they call Jem Haskett,", "Sprat, as the bargemen called Billy Nance,": a word opening a
 * sentence or a speech, which is no name by its position alone, is one when the words after it give
 * it to a named person; not a word the text writes in lower case more often than as a name mid-
 * sentence ("Later, as the sergeant called Sam Bray forward").
 */
function nicknameOpening(tokens: Token[], i: number, stats: WordStats): boolean {
  const token = mustAt(tokens, i);
  if (!token.initial || calledNameAfter(tokens, i + 1) === undefined) return false;
  const low = stats.lower.get(token.lower) ?? 0;
  return low === 0 || (stats.capMid.get(token.lower) ?? 0) > low;
}

/**
 * "The Tinker, whose name was Amos Pell,": the description just before ", whose name was" (or "is")
 * when the name at `from` ends the phrase.
 */
function namedByWhose(
  tokens: Token[],
  from: number,
  previous: RawMention | undefined,
): RawMention | undefined {
  const [comma, whose, noun, verb] = [tokens[from - 4], tokens[from - 3], tokens[from - 2], tokens[from - 1]];
  if (comma?.text !== ',' || whose?.lower !== 'whose' || noun?.lower !== 'name') return undefined;
  if (verb?.lower !== 'was' && verb?.lower !== 'is') return undefined;
  if (previous === undefined || previous.tokenTo !== from - 4) return undefined;
  return previous.determiner && previous.title === null ? previous : undefined;
}

/**
 * "the Miller, a red-faced man named Josiah Crump,": the mention just before the apposition when
 * the name at `from` ends it after "named" or "called" and a person noun (a few lower-case words
 * may describe the person between the article and the noun).
 */
function namedInApposition(
  tokens: Token[],
  from: number,
  previous: RawMention | undefined,
): RawMention | undefined {
  const verb = previousWord(tokens, from)?.lower;
  if (
    (verb !== 'named' && verb !== 'called') ||
    !PEOPLE_NOUNS.has(previousWord(tokens, from - 1)?.lower ?? '')
  )
    return undefined;
  let k = from - 3;
  for (; k >= Math.max(0, from - 10); k--) {
    const token = mustAt(tokens, k);
    if (token.isWord && (token.lower === 'a' || token.lower === 'an')) break;
    if (token.isWord ? token.capitalized : token.text !== '-' && token.text !== ',') return undefined;
  }
  if (tokens[k - 1]?.text !== ',' || !['a', 'an'].includes(tokens[k]?.lower ?? '')) return undefined;
  return previous !== undefined && previous.tokenTo === k - 1 ? previous : undefined;
}

/** Verbs that tell a name ("said his name was", "told them her name was"). */
const TELLING_VERBS = new Set([
  'said',
  'says',
  'answered',
  'replied',
  'told',
  'tells',
  'admitted',
  'confessed',
]);
const TOLD_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/**
 * "The Boy said his name was Kit Marlow": the verb's subject, when it is the mention just before,
 * tells its own name, the name at `from`.
 */
function toldOwnName(
  tokens: Token[],
  from: number,
  previous: RawMention | undefined,
): RawMention | undefined {
  const words: string[] = [];
  let k = from - 1;
  for (; k >= Math.max(0, from - 7) && tokens[k]?.isWord === true; k--)
    words.unshift(mustAt(tokens, k).lower);
  // [verb, (pronoun), ("that"), his|her, name, was|is]
  const n = words.length;
  if (n < 4 || !['was', 'is'].includes(words[n - 1] ?? '') || words[n - 2] !== 'name') return undefined;
  if (words[n - 3] !== 'his' && words[n - 3] !== 'her') return undefined;
  let v = n - 4;
  if (words[v] === 'that') v--;
  if (TOLD_PRONOUNS.has(words[v] ?? '')) v--;
  if (v < 0 || !TELLING_VERBS.has(words[v] ?? '')) return undefined;
  const verbIndex = k + 1 + v;
  return previous !== undefined && previous.tokenTo === verbIndex ? previous : undefined;
}

/**
 * "The Princess had been listening. She was the King's only daughter, and her name was Rosalind":
 * the paragraph's first description written with the article (not a possessive, "the King's") gets
 * the name the narration tells at `from` by "his name was" or "her name was", opening a sentence or
 * a clause after "and", unless the description's noun is of the other gender or someone of the
 * pronoun's gender is introduced between ("The Boy said that the widow was kind. Her name was").
 * Told inside speech (`inSpeech`), the name is of someone the speech names, not of a description
 * in the narration around it: '"No," said the Tinker. "She was my sweetheart. Her name was Elspeth"'
 * is not the Tinker's name. One exception: the one description of the narration whose noun says
 * the pronoun's gender and who is not the speaker, the one the speech is about ('said the Miller.
 * He was looking at the Goose-Girl. "Her name is Tansy."').
 */
function namedInParagraph(
  tokens: Token[],
  from: number,
  mentions: RawMention[],
  inSpeech: boolean,
): RawMention | undefined {
  const [pronoun, noun, verb] = [tokens[from - 3], tokens[from - 2], tokens[from - 1]];
  if (noun?.lower !== 'name' || (verb?.lower !== 'was' && verb?.lower !== 'is')) return undefined;
  const gender = PRONOUN_GENDERS[pronoun?.lower ?? ''];
  if (gender !== 'male' && gender !== 'female') return undefined;
  const opener = tokens[from - 4];
  // A sentence's opening: after "and", a full stop, or the quotation mark a speech opens with.
  if (
    opener !== undefined &&
    opener.lower !== 'and' &&
    !CLOSING_PUNCTUATION.has(opener.text) &&
    !(inSpeech && OPENING_QUOTES.has(opener.text))
  )
    return undefined;
  const descriptions = mentions.filter(
    (m) =>
      m.determiner && m.title === null && m.words.length === 1 && !mustAt(tokens, m.tokenTo - 1).possessive,
  );
  const described =
    descriptions.find((m) => !inSpeech || m.inSpeech === true) ?? spokenAbout(descriptions, gender);
  if (described === undefined) return undefined;
  const own = nounGender(mustAt(described.words, 0).toLowerCase());
  if (own !== 'unknown' && own !== gender) return undefined;
  for (let k = described.tokenTo; k < from - 3; k++) {
    const token = mustAt(tokens, k);
    if (token.capitalized || nounGender(token.lower) !== gender) continue;
    // "He was an old man": a noun after "was" and its article describes the one already named.
    let a = k - 1;
    while (
      a > k - 4 &&
      tokens[a]?.isWord === true &&
      !mustAt(tokens, a).capitalized &&
      !DETERMINERS.has(mustAt(tokens, a).lower)
    )
      a--;
    if (DETERMINERS.has(tokens[a]?.lower ?? '') && !['was', 'is'].includes(tokens[a - 1]?.lower ?? ''))
      return undefined;
  }
  return described;
}

/**
 * The one description of the narration a speech's "her name is" can be about: not the speaker, and
 * its noun of the pronoun's gender (the last part of a hyphened noun: "Goose-Girl" is a girl).
 */
function spokenAbout(descriptions: readonly RawMention[], gender: 'male' | 'female'): RawMention | undefined {
  const about = descriptions.filter(
    (m) =>
      m.inSpeech !== true &&
      !m.speaks &&
      nounGender(mustAt(m.words, 0).toLowerCase().split('-').at(-1) ?? '') === gender,
  );
  return about.length === 1 ? about[0] : undefined;
}

const CLOSING_PUNCTUATION = new Set(['.', '!', '?', ';', ':']);

/** Nouns of a place that a name set beside them names ("the city, Gomorrah?"). */
const SETTLEMENT_NOUNS = new Set([
  'city',
  'town',
  'village',
  'capital',
  'island',
  'kingdom',
  'country',
  'port',
]);

/** Nouns of a settlement or a house a text says a name is: "Harling is a small village", "Morland was the big house". */
const STATED_PLACE_NOUNS = new Set([
  ...SETTLEMENT_NOUNS,
  'hamlet',
  'house',
  'hall',
  'manor',
  'farm',
  'estate',
]);
/** Words before the noun of such a statement: an article or a possessive ("was my grandmother's house"). */
const STATEMENT_ARTICLES = new Set(['a', 'an', 'the', 'my', 'his', 'her', 'our', 'their']);
/** Words that end a noun phrase ("a village on a hill", "a man of sixty"; "a village grocer" goes on). */
const AFTER_STATED_NOUN = new Set([
  ...OBJECT_PREPOSITIONS,
  'where',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'and',
  'but',
  'or',
]);

/**
 * "Harling is a small village on a chalk hill", "Brindle was a small bent man, as talkative as his
 * wife": the noun that closes the phrase the name at `from..to` is said to be, the subject of "is" or
 * "was", a few lower-case words between ("a poor knocked-about town", "my grandmother's house"); the
 * noun is the phrase's last ("a village grocer" is a grocer, "the surgeon of the town" a surgeon). A
 * name after a preposition is no subject ("the house of the Vennings was a square brick house").
 */
function statedNoun(tokens: Token[], from: number, to: number): Token | undefined {
  if (mustAt(tokens, to).possessive) return undefined;
  const before = previousWord(tokens, from);
  const beforeArticle =
    before !== undefined && DETERMINERS.has(before.lower) ? previousWord(tokens, from - 1) : before;
  if (beforeArticle !== undefined && OBJECT_PREPOSITIONS.has(beforeArticle.lower)) return undefined;
  const verb = tokens[to + 1];
  const article = tokens[to + 2];
  if (verb?.isWord !== true || (verb.lower !== 'is' && verb.lower !== 'was')) return undefined;
  if (article?.isWord !== true || !STATEMENT_ARTICLES.has(article.lower)) return undefined;
  for (let k = to + 3; k <= to + 7; k++) {
    const token = tokens[k];
    if (token === undefined || !token.isWord) return undefined;
    if (token.capitalized || AFTER_STATED_NOUN.has(token.lower) || STATEMENT_ARTICLES.has(token.lower))
      return undefined;
    const next = tokens[k + 1];
    // "knocked-about": a hyphen joins the words of one adjective.
    if (next?.text === '-') {
      k++;
      continue;
    }
    if (token.possessive) continue;
    if (next === undefined || !next.isWord || AFTER_STATED_NOUN.has(next.lower)) return token;
  }
  return undefined;
}

/** "Brindle was a small bent man", "Ruth was his sister": the sex of the noun a name is said to be. */
function statedSex(tokens: Token[], from: number, to: number): Gender | undefined {
  const noun = statedNoun(tokens, from, to);
  const sex = noun === undefined ? 'unknown' : nounGender(noun.lower);
  return sex === 'unknown' ? undefined : sex;
}

/** "Harling is a small village", "Fennick was my grandmother's house": a name the text says is a place. */
function statedToBePlace(tokens: Token[], from: number, to: number): boolean {
  const noun = statedNoun(tokens, from, to);
  return noun !== undefined && STATED_PLACE_NOUNS.has(noun.lower);
}

/**
 * "the Gay-Header, Tashtego.": the mention just before a comma when the name at `from..to` follows
 * it and closes its clause, so that it is not one of a list ("the Manxman, Tashtego, and Daggoo").
 */
function namedAfter(
  tokens: Token[],
  from: number,
  to: number,
  previous: RawMention | undefined,
): RawMention | undefined {
  if (previous === undefined || previous.tokenTo !== from - 1 || tokens[from - 1]?.text !== ',')
    return undefined;
  const after = tokens[to + 1];
  if (after === undefined || !CLOSING_PUNCTUATION.has(after.text)) return undefined;
  return previous;
}

/**
 * "The Governor of the island was Sir Hector Lyle.": a role opening its sentence after "The" (and
 * "of" a lower-case place), then "was" or "is" and a full or titled name that ends the clause, says
 * who holds the role; the role's mention, returned, is that person's. Not "The Doctor was Tom
 * Hale's friend" (a possessive) nor a given name alone ("The Doctor was Clara", no name of a holder).
 */
function namedByCopula(
  tokens: Token[],
  from: number,
  to: number,
  fullName: boolean,
  previous: RawMention | undefined,
  sentenceFrom: number,
): RawMention | undefined {
  if (!fullName || previous === undefined || !previous.determiner || previous.title !== null)
    return undefined;
  if (previous.tokenFrom !== sentenceFrom + 1 || tokens[sentenceFrom]?.lower !== 'the') return undefined;
  const verb = tokens[from - 1]?.lower;
  if (verb !== 'was' && verb !== 'is') return undefined;
  const between = tokens.slice(previous.tokenTo, from - 1);
  const ofPlace =
    between.length === 0 ||
    (between[0]?.lower === 'of' &&
      between.length <= 4 &&
      between.every((token) => token.isWord && !token.capitalized));
  const after = tokens[to + 1];
  const endsClause = after !== undefined && (after.text === ',' || CLOSING_PUNCTUATION.has(after.text));
  return ofPlace && endsClause && !mustAt(tokens, to).possessive ? previous : undefined;
}

/** ", Margaret,", "Margaret, do I not", "my dear Margaret.": a name set off as the one spoken to. */
function addressedHere(tokens: Token[], from: number, to: number, startsSentence: boolean): boolean {
  const before = tokens[from - 1];
  const after = tokens[to + 1];
  const opens =
    startsSentence || before?.text === ',' || (before?.isWord === true && before.lower === 'dear');
  return opens && after !== undefined && (after.text === ',' || CLOSING_PUNCTUATION.has(after.text));
}

const OPENING_QUOTES = new Set(['“', '"', '‘']);

/** Marks a letter's heading never has (a dot may end a title's abbreviation, "Mrs."). */
const SENTENCE_END_MARKS = new Set(['!', '?', ';']);

/**
 * "To Mrs. Saville, England": a letter's heading, a short paragraph that opens with "To" and the
 * name of the one written to. That name's mention, or undefined for any other paragraph.
 */
export function letterRecipient(paragraph: Paragraph, mentions: RawMention[]): RawMention | undefined {
  const [to, ...rest] = paragraph.tokens;
  if (to?.lower !== 'to' || rest.filter((t) => t.isWord).length > 8) return undefined;
  if (rest.some((t) => SENTENCE_END_MARKS.has(t.text))) return undefined;
  const first = mentions[0];
  return first?.tokenFrom === 1 ? first : undefined;
}

const NAMING_VERBS = new Set(['call', 'calls', 'called', 'nicknamed', 'dubbed', 'christened']);

/**
 * A name given to someone the text names before it: the one named's gender, the naming verb's
 * subject (who gives the name), and whether the name is said to be the one that person bears.
 */
interface NameGiven {
  gender: Gender;
  by?: { from: number; to: number };
  borne?: boolean;
}

/** Quotation marks a given name may be set in ("called her 'Little Miss Tranquility'"). */
const NAME_QUOTES = new Set(["'", '‘', '"', '“']);

/**
 * "called him King-Post", "dubbed her Queenie", "called her 'Little Miss Tranquility'": the
 * pronoun's gender when a name is given here. An opening quotation mark and one capitalised word
 * the name run left out ("Little"), or the article ("called him the Parrot"), may stand between
 * the pronoun and the name.
 */
function nameGivenTo(tokens: Token[], index: number, sentenceFrom: number): NameGiven | undefined {
  let k = index;
  const before = tokens[k - 1];
  if (before?.isWord === true && before.capitalized && !before.initial) k--;
  if (NAME_QUOTES.has(tokens[k - 1]?.text ?? '')) k--;
  // "the boys called him the Parrot": a nickname may be given with the article.
  if (tokens[k - 1]?.lower === 'the') k--;
  const pronoun = previousWord(tokens, k)?.lower;
  const verb = previousWord(tokens, k - 1)?.lower ?? '';
  // "known to everyone as Fish": the one named is the sentence's subject, of either gender.
  if (pronoun === 'as' && knownAs(tokens, k - 1)) return { gender: 'unknown' };
  if (!NAMING_VERBS.has(verb)) return undefined;
  const gender = pronoun === 'him' ? 'male' : pronoun === 'her' ? 'female' : undefined;
  if (gender === undefined) return undefined;
  return { gender, by: { from: clauseSubjectStart(tokens, k - 2, sentenceFrom), to: k - 2 } };
}

/** Words that make the namers many: "the whole parish", "everyone", "all the boys". */
const MANY_NAMERS = new Set(['whole', 'everyone', 'everybody', 'all']);
/** Words before a plural noun of namers: "the drovers", "the other girls" (not "his parents"). */
const NAMERS_ARTICLES = new Set(['the', 'other', 'all']);

/**
 * "The whole parish called him Whistler", "the other girls called her Thimble", "the drovers had
 * nicknamed him the Deacon": the namers (the naming verb's subject, `by`) are many people, written
 * in lower case. A name many people use is someone's nickname; a name one or two people give
 * ("she will call him Jos", "Joe and Annie have called him Joseph") may be a baby's, someone the
 * text never names.
 */
function namedByMany(tokens: Token[], by: { from: number; to: number }): boolean {
  const words = tokens.slice(by.from, by.to).filter((t) => t.isWord);
  // A capital past the clause's first word is a name among the namers ("Joe and Annie").
  if (words.slice(1).some((t) => t.capitalized)) return false;
  const first = words[0];
  if (first?.capitalized === true && !isDictionaryWord(first.lower)) return false;
  return words.some(
    (word, k) =>
      MANY_NAMERS.has(word.lower) ||
      (NAMERS_ARTICLES.has(words[k - 1]?.lower ?? '') && singularNoun(word.lower) !== null),
  );
}

/**
 * "Silas Venning, whom everyone called Grumble", "Silas Oakhurst, nicknamed Badger,", "Harold Pim,
 * whose nickname was Bosun", "Margaret Allardyce, Midge to her friends,": a nickname set right after
 * the name it is given to (the mention just before, ending at the comma), of either gender; after
 * "whom", the words up to the verb are who gives it. The name runs from `index` to `last`; a
 * quotation mark or "the" may stand before it.
 */
function nicknameInApposition(
  tokens: Token[],
  index: number,
  last: number,
  previous: RawMention | undefined,
): NameGiven | undefined {
  // "Margaret Allardyce, Midge to her friends,": who uses the name, then the apposition closes.
  const [to, whose, users, close] = tokens.slice(last + 1, last + 5);
  if (
    to?.lower === 'to' &&
    POSSESSIVE_PRONOUNS.has(whose?.lower ?? '') &&
    users?.isWord === true &&
    !users.capitalized &&
    (close?.text === ',' || close?.text === '.' || close?.text === ';') &&
    tokens[index - 1]?.text === ',' &&
    previous?.tokenTo === index - 1
  )
    return { gender: 'unknown' };
  let k = index;
  if (NAME_QUOTES.has(tokens[k - 1]?.text ?? '')) k--;
  if (tokens[k - 1]?.lower === 'the') k--;
  const verb = previousWord(tokens, k)?.lower ?? '';
  const named = (comma: number): boolean => tokens[comma]?.text === ',' && previous?.tokenTo === comma;
  // "whose nickname was Bosun"
  if (
    (verb === 'was' || verb === 'is') &&
    tokens[k - 2]?.lower === 'nickname' &&
    tokens[k - 3]?.lower === 'whose'
  )
    return named(k - 4) ? { gender: 'unknown' } : undefined;
  if (!NAMING_VERBS.has(verb)) return undefined;
  // ", nicknamed Badger,"
  if (named(k - 2)) return verb === 'nicknamed' || verb === 'dubbed' ? { gender: 'unknown' } : undefined;
  // ", whom everyone called Grumble": a few lower-case words, the namers, between "whom" and the verb.
  for (let w = k - 2; w >= Math.max(0, k - 6); w--) {
    const token = mustAt(tokens, w);
    if (token.lower === 'whom')
      return (named(w - 1) || describedBetween(tokens, w - 1, named)) && w < k - 2
        ? { gender: 'unknown', by: { from: w + 1, to: k - 1 } }
        : undefined;
    if (!token.isWord || token.capitalized) return undefined;
  }
  return undefined;
}

/** The articles a description set after a name opens with ("Grice, a good seaman,"). */
const DESCRIPTION_ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "Nathaniel Grice, a good seaman and a bad man, whom the crew called Black Nat": a description
 * after "a", "an" or "the", in lower-case words, set between the name's comma and the comma at
 * `comma` before the naming clause. `named` says whether a comma closes the name.
 */
function describedBetween(tokens: Token[], comma: number, named: (comma: number) => boolean): boolean {
  if (tokens[comma]?.text !== ',') return false;
  for (let w = comma - 1; w >= Math.max(0, comma - 10); w--) {
    const token = mustAt(tokens, w);
    if (token.text === ',') return named(w) && DESCRIPTION_ARTICLES.has(tokens[w + 1]?.lower ?? '');
    if (!token.isWord || token.capitalized) return false;
  }
  return false;
}

/** Subject pronouns that a name is said to be ("she was Mrs. Crewe"), with their gender. */
const SUBJECT_GENDERS: Readonly<Record<string, Gender>> = { she: 'female', he: 'male' };
/** Words before a reported clause: "he knew that she was ...". */
const REPORTING_WORDS = new Set(['that', 'if', 'whether', 'knew', 'thought', 'believed', 'supposed']);

/**
 * "She was Mrs. Crewe after that", "She was Susan Calloway before she was Susan Pell", "who had
 * been a Miss Lisle of Taunton": the narration says a name is the one a person bears (or bore), the pronoun's
 * gender when it gives one. The name starts at `index`; "plain" ("had been plain Captain Vane") may
 * stand before it. After "who" only a maiden name with "a" counts ("her sister, who was Mrs.
 * Phillips" names someone else than the one named before).
 */
function nameBorne(
  tokens: Token[],
  index: number,
  titled: boolean,
  before: { from: number; to: number } | undefined,
): NameGiven | undefined {
  let k = index;
  if (tokens[k - 1]?.lower === 'plain') k--;
  // "she was a Vosper from Mylor way": a surname after "a" says whose family, not who.
  const indefinite = tokens[k - 1]?.lower === 'a';
  if (indefinite && !titled) return undefined;
  if (indefinite) k--;
  const verb = tokens[k - 1]?.lower;
  const hadBeen = verb === 'been' && tokens[k - 2]?.lower === 'had';
  const at = verb === 'was' || verb === 'is' ? k - 2 : hadBeen ? k - 3 : -1;
  const subject = tokens[at]?.lower;
  if (subject === 'who') return indefinite ? { gender: 'unknown', borne: true } : undefined;
  const gender = SUBJECT_GENDERS[subject ?? ''];
  // "Mrs. Pascoe said she was ...", "he knew that she was ...": the pronoun is someone spoken of.
  const reporter = tokens[at - 1]?.lower ?? '';
  if (gender === undefined || SPEECH_VERBS.has(reporter) || REPORTING_WORDS.has(reporter)) return undefined;
  // "The thin man sat down. He was Kell": the pronoun is the person the sentence before brings in.
  if (before !== undefined && before.to === at && describesNewcomer(tokens, before.from, gender))
    return undefined;
  return { gender, borne: true };
}

/**
 * "The thin man sat down", "A tall woman came in": the sentence at `from` opens with an article and a
 * noun of a person of `gender` (a few describing words between), someone the narration brings in.
 */
function describesNewcomer(tokens: Token[], from: number, gender: Gender): boolean {
  if (!['the', 'a', 'an'].includes(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k <= from + 4; k++) {
    const word = tokens[k];
    if (word === undefined || !word.isWord || word.capitalized) return false;
    if (nounGender(word.lower) === gender) return true;
  }
  return false;
}

/**
 * "known as", "known to everyone as", "known to the whole school as": `as` at `index` ends the
 * phrase that gives the person just named a name by which others know them.
 */
function knownAs(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - 5); k--) {
    const token = mustAt(tokens, k);
    if (!token.isWord || token.capitalized) return false;
    if (token.lower === 'known') return k === index - 1 || tokens[k + 1]?.lower === 'to';
  }
  return false;
}

/**
 * Nouns of a family's members written after its surname and an article: "the Armstrong family", "the
 * Hale girls", "the Garland boys" name several of the family, not one of them.
 */
const FAMILY_NOUNS = new Set(['family', 'girls', 'boys', 'sisters', 'brothers', 'children']);

/** How many of a family a text counts between the article and the surname: "the two Pettigrew boys". */
const MEMBER_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven']);

/** The article before a family's surname, or before the count of its members ("the two Hale girls"). */
function familyArticleBefore(tokens: Token[], index: number): boolean {
  if (afterDeterminer(tokens, index)) return true;
  const count = previousWord(tokens, index);
  return (
    count !== undefined &&
    MEMBER_COUNTS.has(count.lower) &&
    DETERMINERS.has(previousWord(tokens, index - 1)?.lower ?? '')
  );
}

/** Words after a name that tell a family's two of one name apart: "Sykes junior", "Mayhew minor". */
const GENERATION_WORDS = new Set(['junior', 'senior', 'major', 'minor']);

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that']);
const CLAUSE_JOINS = new Set(['and', 'but', 'or', 'then', 'so', 'yet']);

/**
 * Where the subject of the verb at `verb` begins: back to a conjunction, a stop or the sentence's
 * start, over a relative clause set off by commas ("Mr. Pargeter, who wrote his report, called").
 */
function clauseSubjectStart(tokens: Token[], verb: number, sentenceFrom: number): number {
  let j = verb - 1;
  while (j >= sentenceFrom) {
    const token = mustAt(tokens, j);
    if (token.text === ',') {
      let comma = j - 1;
      while (comma >= sentenceFrom && mustAt(tokens, comma).text !== ',') comma--;
      if (comma < sentenceFrom || !RELATIVE_PRONOUNS.has(tokens[comma + 1]?.lower ?? '')) break;
      j = comma - 1;
      continue;
    }
    const abbreviated = token.text === '.' && ABBREVIATIONS.has(tokens[j - 1]?.lower ?? '');
    if ((!token.isWord && !abbreviated) || CLAUSE_JOINS.has(token.lower)) break;
    j--;
  }
  return j + 1;
}

/** "the Congo", and "the ship Jungfrau": an article before the name or before a vessel noun naming it. */
function afterDeterminer(tokens: Token[], index: number): boolean {
  return (
    DETERMINERS.has(previousWord(tokens, index)?.lower ?? '') ||
    // "the old Queen" is a rank written after the article; "the beautiful Elizabeth" is a name.
    (RANKS_ALONE.has(tokens[index]?.lower ?? '') && describedAfterArticle(tokens, index)) ||
    afterVesselNoun(tokens, index)
  );
}

/** "said the old Queen", "the young Prince": "the" and one lower-case word describing the name. */
function describedAfterArticle(tokens: Token[], index: number): boolean {
  const word = previousWord(tokens, index);
  return (
    word !== undefined &&
    !word.capitalized &&
    word.joinedToNext &&
    !DETERMINERS.has(word.lower) &&
    previousWord(tokens, index - 1)?.lower === 'the'
  );
}

/** "the ship Jungfrau", "a brig Rose": the name of a vessel, after its kind and an article. */
function afterVesselNoun(tokens: Token[], index: number): boolean {
  const before = previousWord(tokens, index)?.lower ?? '';
  return VESSEL_NOUNS.has(before) && DETERMINERS.has(previousWord(tokens, index - 1)?.lower ?? '');
}

function previousWord(tokens: Token[], index: number): Token | undefined {
  const token = tokens[index - 1];
  return token?.isWord ? token : undefined;
}

/** Words before a deity's name that make an oath or an exclamation of it ("by Jove", "thank God", "good God"). */
const OATH_BEFORE = new Set(['by', 'thank', 'thanks', 'good', 'oh', 'o', 'my', 'great', 'merciful', 'dear']);
/** Words after it that do the same ("God knows", "God forbid", "God bless you", "God love him"). */
const OATH_AFTER = new Set([
  'knows',
  'forbid',
  'willing',
  'bless',
  'help',
  'grant',
  'love',
  'rest',
  'save',
  'keep',
]);

/** "by Jove", "for God's sake", "God knows": a deity named in an oath, not acting in the story. */
function inOath(tokens: Token[], index: number): boolean {
  const token = mustAt(tokens, index);
  if (!DEITIES.has(token.lower)) return false;
  const before = previousWord(tokens, index);
  const after = tokens[index + 1];
  if (before !== undefined && OATH_BEFORE.has(before.lower)) return true;
  if (after?.isWord !== true) return false;
  return token.possessive ? after.lower === 'sake' || after.lower === 'name' : OATH_AFTER.has(after.lower);
}

/** "Summer Street", "Chiswick Mall": an ordinary capitalised word before a place word starts a name. */
function beforePlaceWord(token: Token, next: Token | undefined): boolean {
  if (!token.isWord || !token.capitalized || token.allCaps || NEVER_NAMES.has(token.lower)) return false;
  if (next === undefined || !token.joinedToNext || !next.capitalized || next.allCaps) return false;
  return PLACE_WORDS.has(next.lower) || ORG_WORDS.has(next.lower);
}

/**
 * "of Milrose Connecticut", "at Dunmore Virginia": a town and its state or country written without
 * the comma are two places. Only after "of" or a preposition of place, when the first word is no
 * ordinary word or person's name, the second no given name ("Virginia") and the two together no
 * known place ("Costa Rica").
 */
function townThenRegion(
  tokens: Token[],
  from: number,
  words: Token[],
  next: Token,
  titled: boolean,
): boolean {
  const town = words[0];
  if (titled || words.length !== 1 || town === undefined) return false;
  const before = previousWord(tokens, from)?.lower ?? '';
  if (before !== 'of' && (PLACE_PREPOSITIONS[before] ?? 0) < 0.5) return false;
  if (!isKnownPlace(next.lower) || isPersonName(next.lower)) return false;
  const lower = town.lower;
  if (isPersonName(lower) || isDictionaryWord(lower) || isCommonWord(lower)) return false;
  return !isKnownPlace(`${lower} ${next.lower}`);
}

/** Finds the candidate names of one paragraph. */
export function findCandidates(
  paragraph: Paragraph,
  paragraphIndex: number,
  fileIndex: number,
  text: string,
  stats: WordStats,
): RawMention[] {
  const { tokens } = paragraph;
  const quoted = quotedTokens(tokens);
  const mentions: RawMention[] = [];
  // `Thomas "Tommy" Reid`: the nickname's token (a name of its own, given to the full name), and the
  // words after it, already read as part of the full name.
  const nicknames = new Set<number>();
  const readAlready = new Set<number>();
  const inside = (m: RawMention): number | undefined =>
    [...nicknames].find((k) => k > m.tokenFrom && k < m.tokenTo);
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (readAlready.has(i)) continue;
    while (
      sentence < paragraph.sentences.length - 1 &&
      (paragraph.sentences[sentence] as { to: number }).to <= i
    ) {
      sentence++;
    }
    const token = mustAt(tokens, i);
    if (!token.isWord || !token.capitalized) continue;
    // "his Grace", "your Majesty": a style of address stands for someone named elsewhere.
    if (STYLES_OF_ADDRESS.has(token.lower) && POSSESSIVE_PRONOUNS.has(previousWord(tokens, i)?.lower ?? ''))
      continue;
    // "the Rose and Crown": two single words after one article, joined by "and", name one thing.
    const pairEnd = pairedName(tokens, i);
    if (pairEnd !== undefined) {
      i = pairEnd;
      continue;
    }
    let j = i;
    let title: { canonical: string; gender: Gender } | undefined;
    // "Queen Street", "Duke Street": a rank before a street word names the street.
    const streetOfRank =
      !HONORIFICS.has(token.lower) &&
      STREET_WORDS.has(tokens[i + 1]?.lower ?? '') &&
      tokens[i + 1]?.capitalized === true &&
      beforePlaceWord(token, tokens[i + 1]);
    const titleInfo = streetOfRank ? undefined : titleOf(token);
    if (titleInfo !== undefined) {
      // A title counts only before a capitalised name: "Mr. Darcy", "Sir William", "Aunt Polly".
      let k = i + 1;
      // "Mr. Darcy", "M. St. Aubert": the stop of an abbreviation; after a title written whole it
      // ends the sentence ("Be pleasant to the Count. Let your daughter be happy").
      const abbreviated = ABBREVIATIONS.has(token.lower) || token.text.length === 1;
      if (abbreviated && tokens[k]?.text === '.' && mustAt(tokens, k).start === token.end) k++;
      // "Miss de Launay", "Baron von Hessel": the title is the surname's across its particle.
      if (NAME_PARTICLES.has(tokens[k]?.text ?? '') && mustAt(tokens, k).joinedToNext) k++;
      const name = tokens[k];
      const joined = mustAt(tokens, k - 1).joinedToNext;
      if (
        name !== undefined &&
        joined &&
        name.isWord &&
        name.capitalized &&
        !NEVER_NAMES.has(name.lower) &&
        // "Miss King": after Mr., Mrs. or Miss a rank on its own is a surname.
        (PERSON_TITLES[name.lower] === undefined ||
          (HONORIFICS.has(token.lower) &&
            !(tokens[k + 1]?.isWord === true && tokens[k + 1]?.capitalized === true))) &&
        !(
          KINSHIP_TITLES.has(token.lower) &&
          (isCommonWord(name.lower) || (stats.lower.get(name.lower) ?? 0) > 0)
        )
      ) {
        title = titleInfo;
        j = k;
      } else if (
        !(
          OF_HEADS.has(token.lower) &&
          tokens[i + 1]?.text === 'of' &&
          token.joinedToNext &&
          tokens[i + 2]?.capitalized === true &&
          !isKnownPlace(tokens[i + 2]?.lower ?? '')
        )
      ) {
        // "the Queen of Hearts", "the Duke of York" go on as a name below; a bare title does not,
        // but for a rank after "the" ("said the Queen"): classify keeps it when the text makes it
        // speak; and for one written as a name, after a word that is no article or possessive ("sat
        // with Duchess", "sell Duchess"): classify keeps it when the narration does so again.
        const before = previousWord(tokens, i)?.lower;
        if (!nicknameOpening(tokens, i, stats)) {
          if (!RANKS_ALONE.has(token.lower) || before === undefined) continue;
          if (before !== 'the' && (DETERMINERS.has(before) || POSSESSIVE_PRONOUNS.has(before))) continue;
        }
      }
    } else if (
      !acceptWord(token, tokens[i - 1], tokens[i + 1], stats) &&
      !beforePlaceWord(token, tokens[i + 1]) &&
      !initialsBeforeName(tokens, i, stats) &&
      !nicknameOpening(tokens, i, stats) &&
      !opensCardOfSuit(tokens, i)
    ) {
      continue;
    }
    // Extend the run over joined capitalised words, particles and "of" after a head word.
    const words: Token[] = [mustAt(tokens, j)];
    let town = false;
    let last = j;
    for (;;) {
      const current = mustAt(tokens, last);
      // "Lynde's Hollow", "St. Helena": a possessive or a dotted part goes on before a place word or name.
      // "the Miller's Daughter": a kin noun written as a name after a description's possessive names
      // the kin, one person.
      if (current.possessive) {
        const next = tokens[last + 1];
        if (next === undefined || !next.capitalized) break;
        // In a heading in capitals every word is capitalised, so "THE DUKE'S SON" is a tale's
        // description of someone, not a name, unless the prose too writes the kin noun as a name's
        // ("THE MILLER'S WIFE" over a fable of "the Miller's Wife").
        const kinOfDescription =
          title === undefined &&
          (!current.allCaps || (stats.capMid.get(next.lower) ?? 0) > 0) &&
          words.length === 1 &&
          KIN_NOUNS[next.lower] !== undefined &&
          previousWord(tokens, j)?.lower === 'the';
        if (!PLACE_WORDS.has(next.lower) && !kinOfDescription) break;
        if (kinOfDescription) words[0] = { ...current, text: `${current.text}'s` };
        words.push(next);
        last++;
        continue;
      }
      // "Mr. Ezra T. Gedge", "W. R. Stallard": an initial's stop goes on to the rest of the name (not
      // to the pronoun of "tell Mrs. F. I am gone"). A title's initial stays as it was ("the Rev. T.
      // Cheever", an author Moby Dick cites, became a character of the book).
      const initial = isInitial(current) && !(title !== undefined && words.length === 1);
      if ((DOTTED_NAME_PARTS.has(current.lower) || initial) && tokens[last + 1]?.text === '.') {
        const next = tokens[last + 2];
        if (
          next?.isWord &&
          next.capitalized &&
          next.text !== 'I' &&
          next.start === mustAt(tokens, last + 1).end + 1
        ) {
          words[words.length - 1] = { ...current, text: `${current.text}.` };
          words.push(next);
          last += 2;
          continue;
        }
      }
      if (!current.joinedToNext) break;
      const next = tokens[last + 1];
      const nickname = title === undefined ? quotedNickname(tokens, last, words.length) : undefined;
      if (nickname !== undefined) {
        nicknames.add(last + 2);
        words.push(mustAt(tokens, last + 4));
        last += 4;
        continue;
      }
      if (next === undefined || !next.isWord) break;
      // "the Grey Lady", "the Red King": a describing word after the article and a rank with no
      // name after it are one name, the rank's person (not a thing called "Grey").
      const after = tokens[last + 2];
      if (
        title === undefined &&
        words.length === 1 &&
        previousWord(tokens, j)?.lower === 'the' &&
        titleOf(next) !== undefined &&
        DESCRIBED_RANKS.has(next.lower) &&
        !(next.joinedToNext && after?.isWord === true && after.capitalized)
      ) {
        words.push(next);
        last++;
        break;
      }
      // "from London Lydia came": a known place is not the first name of the person after it.
      const placeThenName =
        words.length === 1 &&
        isKnownPlace(current.lower) &&
        !isPersonName(current.lower) &&
        isPersonName(next.lower);
      if (townThenRegion(tokens, j, words, next, title !== undefined)) {
        town = true;
        break;
      }
      if (
        !placeThenName &&
        next.capitalized &&
        !NEVER_NAMES.has(next.lower) &&
        !isDemonym(next.lower) &&
        titleOf(next) === undefined
      ) {
        if (next.allCaps !== mustAt(tokens, last).allCaps) break;
        // In a heading every word is capitalised: only real names continue the run.
        if (next.initial && !acceptWord(next, tokens[last], tokens[last + 2], stats)) break;
        words.push(next);
        last++;
        continue;
      }
      const canJoin =
        next.joinedToNext && after?.isWord && after.capitalized && !NEVER_NAMES.has(after.lower);
      const placeHead = PLACE_HEADS.has(mustAt(words, 0).lower);
      // "Helene de Launay": a given name written alone before the particle is a person's, as a title is.
      const givenFirst = words.length === 1 && isGivenName(current.lower) && !isKnownPlace(current.lower);
      if (canJoin && NAME_PARTICLES.has(next.text) && (title !== undefined || placeHead || givenFirst)) {
        words.push(after);
        last += 2;
        continue;
      }
      // "the Queen of Hearts", "the Bay of Biscay"; but "the King of France" leaves France a place.
      const head = mustAt(words, 0).lower;
      const rankOfPlace = PERSON_TITLES[head] !== undefined && isKnownPlace(after?.lower ?? '');
      const ofHead = OF_HEADS.has(head) || namesCardOfSuit(head, after?.lower ?? '');
      if (canJoin && next.text === 'of' && words.length === 1 && ofHead && !rankOfPlace) {
        words.push(after);
        last += 2;
        continue;
      }
      break;
    }
    // "Lady Day", "Speech Day", "St. Andrew's Day": a name of a day, not of anyone or anywhere.
    const dayAfter = nameOfADay(tokens, words, j, last, title?.canonical);
    if (dayAfter !== undefined) {
      i = dayAfter;
      continue;
    }
    if (title === undefined && words.length === 1 && firmTail(tokens, i)) {
      i = last;
      continue;
    }
    // "Sykes junior", "Mayhew minor": the word that tells two of one family name apart is part of
    // the name, so the son is not the father's "Mr. Sykes".
    const named = mustAt(tokens, last);
    const generation = tokens[last + 1];
    if (
      title === undefined &&
      named.joinedToNext &&
      !named.possessive &&
      generation?.isWord === true &&
      !generation.capitalized &&
      GENERATION_WORDS.has(generation.lower)
    ) {
      const text = `${named.text} ${generation.text}`;
      words[words.length - 1] = { ...named, text, lower: text.toLowerCase(), end: generation.end };
      last++;
    }
    // "old Joseph" and "young Joseph" in one text are a grandfather and his namesake: the age is
    // part of each one's given name. ("old Devlin" and "young Devlin", a father and son known by
    // their surname, are told apart by the full names the text gives.)
    const age = tokens[i - 1];
    const namesake = mustAt(words, 0);
    const aged =
      title === undefined &&
      isGivenName(namesake.lower) &&
      age?.isWord === true &&
      age.joinedToNext &&
      AGES.has(age.lower) &&
      stats.agesBefore.get(namesake.lower)?.size === AGES.size;
    if (aged) {
      const agedText = `${age.lower === 'old' ? 'Old' : 'Young'} ${namesake.text}`;
      words[0] = { ...namesake, text: agedText, lower: agedText.toLowerCase(), start: age.start };
      i--;
    }
    const first = mustAt(tokens, i);
    const end = mustAt(tokens, last).end;
    const wordTexts = words.map((w) => (w.allCaps ? unshouted(w.text) : w.text));
    const familyNoun = tokens[last + 1];
    const family =
      title === undefined &&
      words.length === 1 &&
      !mustAt(tokens, last).possessive &&
      familyArticleBefore(tokens, i) &&
      familyNoun?.isWord === true &&
      FAMILY_NOUNS.has(familyNoun.lower) &&
      !familyNoun.capitalized;
    // A form of its own, typed a group: the family's mentions stay out of its members' entries.
    const written = title !== undefined ? `${title.canonical} ${wordTexts.join(' ')}` : wordTexts.join(' ');
    const form = family ? `${written} ${familyNoun.lower}` : written;
    const bounds = paragraph.sentences[sentence] ?? { from: 0, to: tokens.length };
    const mention: RawMention = {
      fileIndex,
      paragraph: paragraphIndex,
      start: first.start,
      end,
      text: text.slice(first.start, end),
      title: title?.canonical ?? null,
      titleGender: title?.gender ?? 'unknown',
      words: wordTexts,
      form,
      person: 0,
      place: 0,
      sentenceStart: mustAt(tokens, bounds.from).start,
      sentenceEnd: mustAt(tokens, Math.max(bounds.from, bounds.to - 1)).end,
      tokenFrom: i,
      tokenTo: last + 1,
      initialOnly: title === undefined && words.every((w) => w.initial),
      determiner: title === undefined && afterDeterminer(tokens, i),
      speaks: false,
      addressed:
        title === undefined &&
        words.length === 1 &&
        quoted[i] !== true &&
        addressedHere(tokens, i, last, bounds.from === i),
    };
    if (title !== undefined && ['a', 'an'].includes(previousWord(tokens, i)?.lower ?? ''))
      mention.indefinite = true;
    if (title !== undefined && previousWord(tokens, i)?.lower === 'the') mention.titledAfterArticle = true;
    if (family) mention.family = true;
    if (title === undefined && afterVesselNoun(tokens, i)) mention.vessel = true;
    if (title === undefined && statedToBePlace(tokens, i, last)) mention.statedPlace = true;
    if (title === undefined && namesAWork(tokens, i, last, bounds.to)) mention.work = true;
    if (title === undefined && tokens.slice(bounds.from, bounds.to).some((t) => NAUTICAL_WORDS.has(t.lower)))
      mention.nautical = true;
    if (title === undefined && DOUBTED_NAME.test(text.slice(end, end + 60))) mention.doubted = true;
    if (title === undefined && words.length === 1 && inOath(tokens, i)) mention.oath = true;
    if (
      !aged &&
      age?.isWord === true &&
      age.joinedToNext &&
      age.lower === 'old' &&
      !afterCapitalOld(tokens, i)
    )
      mention.old = true;
    if (
      (title !== undefined || (!aged && words.length === 1)) &&
      age?.isWord === true &&
      age.joinedToNext &&
      age.lower === 'young'
    )
      mention.young = true;
    // "the younger Tregenza", "the elder Tregenza": one of two of a surname told by age.
    const compared = title === undefined && words.length === 1 ? comparedAge(tokens, i) : undefined;
    if (compared === 'elder') mention.old = true;
    if (compared === 'younger') mention.young = true;
    const rank = title === undefined ? rankAfter(tokens, last) : undefined;
    if (rank !== undefined) mention.rankAfter = rank;
    const pronoun = pronounAfter(tokens, last) ?? statedSex(tokens, i, last);
    if (pronoun !== undefined && !mustAt(tokens, last).possessive) mention.pronounAfter = pronoun;
    if (
      previousWord(tokens, i)?.lower === 'the' &&
      WHERE_PREPOSITIONS.has(previousWord(tokens, i - 1)?.lower ?? '')
    )
      mention.whereAfterArticle = true;
    if (
      mention.determiner &&
      !OBJECT_PREPOSITIONS.has(previousWord(tokens, i - 1)?.lower ?? '') &&
      personalPronounFollows(tokens, last, bounds.to)
    )
      mention.personalPronoun = true;
    if (paragraph.verse === true) mention.inVerse = true;
    if (nicknames.has(i)) {
      // Given to the full name it stands in, read just before it; not speech.
      mention.calledFor = 'unknown';
    } else if (quoted[i] === true) {
      mention.inSpeech = true;
      const opensSpeech = bounds.from === i || OPENING_QUOTES.has(tokens[i - 1]?.text ?? '');
      if (title === undefined && words.length === 1 && addressedHere(tokens, i, last, opensSpeech))
        mention.spokenTo = true;
    }
    scoreContext(mention, tokens, i, last);
    if (town) mention.place += 2;
    if (title === undefined && districtOfAddress(tokens, i, last)) mention.place += 3;
    if (title === undefined && houseByPossessive(tokens, i, last)) mention.house = true;
    if (title === undefined && afterCapitalOld(tokens, i)) {
      mention.afterCapitalOld = true;
      // "at the Old Bailey": the preposition's vote, with "the Old" between.
      mention.place += PLACE_PREPOSITIONS[tokens[i - 3]?.lower ?? ''] ?? 0;
    }
    // "called her 'Little Miss Tranquility'": a title and one word may be given too (merge decides).
    const called =
      title === undefined || words.length === 1
        ? (nameGivenTo(tokens, i, bounds.from) ??
          nicknameInApposition(tokens, i, last, mentions[mentions.length - 1]) ??
          (quoted[i] === true || mustAt(tokens, last).possessive
            ? undefined
            : nameBorne(tokens, i, title !== undefined, paragraph.sentences[sentence - 1])))
        : undefined;
    if (called !== undefined) {
      mention.calledFor = called.gender;
      if (called.by !== undefined) mention.calledBy = called.by;
      if (called.borne === true) mention.borne = true;
      // "known to his friends as Pudding", "Silas Oakhurst, nicknamed Badger": a word given as a name
      // to the name beside it is a person's name, not a thing. After "him" or "her" the one named may
      // be someone the text never names ("they will call him Jos", a baby), so a cue there only
      // when many people use the name ("the whole parish called him Whistler").
      if (called.gender === 'unknown' || (called.by !== undefined && namedByMany(tokens, called.by)))
        mention.person += 2;
    }
    const after = tokens[last + 2];
    if (
      title !== undefined &&
      words.length === 1 &&
      mustAt(words, 0).text.length === 1 &&
      tokens[last + 1]?.text === '.' &&
      after?.isWord === true &&
      after.capitalized &&
      after.lower !== 'i'
    )
      mention.initialOfGiven = after.text;
    const business = title === undefined && words.length === 1 ? businessNamed(tokens, i, last) : undefined;
    if (business !== undefined) mention.business = business;
    const same = statedSame(tokens, i, last, mentions, title !== undefined);
    if (same !== undefined) {
      mention.sameAs = same.mention;
      if (same.by === 'is') mention.sameAsByIs = true;
      // "Sprat, as the bargemen called Billy Nance,": the word given as a name to the name after it
      // is a person's name, not a thing (as after "nicknamed" above).
      if (same.by === 'nickname') {
        same.mention.person += 2;
        same.mention.nicknameBefore = true;
      }
    }
    const apposed = title === undefined ? apposition(tokens, i, mentions[mentions.length - 1]) : undefined;
    if (apposed !== undefined) mention.apposedTo = apposed;
    // "that mad Gay-Header, Tashtego.": the description before, the name it is set beside after;
    // "the Miller, a red-faced man named Josiah Crump"; "The Tinker, whose name was Amos Pell";
    // "the Boy said his name was Kit Marlow".
    const previous = mentions[mentions.length - 1];
    const described =
      namedAfter(tokens, i, last, previous) ??
      namedInApposition(tokens, i, previous) ??
      namedByWhose(tokens, i, previous) ??
      toldOwnName(tokens, i, previous) ??
      namedByCopula(tokens, i, last, title !== undefined || words.length >= 2, previous, bounds.from) ??
      namedInParagraph(tokens, i, mentions, quoted[i] === true);
    if (described !== undefined && described.apposedTo === undefined) described.apposedTo = mention;
    // "the late Mr. Darcy" is someone who died, not the Mr. Darcy who acts: a name of its own. A
    // given name before the surname says who ("the late Lady Anne Darcy" is the Lady Anne Darcy
    // the text names; "the late Monsieur St. Aubert" is still not the living one).
    const late = tokens[i - 1];
    if (
      title !== undefined &&
      !(words.length > 1 && isGivenName(mustAt(words, 0).lower)) &&
      late?.isWord === true &&
      late.lower === 'late' &&
      late.joinedToNext
    ) {
      mention.start = late.start;
      mention.text = text.slice(late.start, end);
      mention.form = `the late ${form}`;
    }
    // "the Lord of Estremavilla": the rank is a person and the unknown name after "of" is read
    // again on its own, as the place it usually is.
    let resume = last;
    if (title === undefined && words.length === 2 && PERSON_TITLES[mustAt(words, 0).lower] !== undefined) {
      const tail = mustAt(words, 1);
      if (!isDictionaryWord(tail.lower)) resume = tokens.indexOf(tail) - 1;
    }
    const partner = title !== undefined ? coordinatedTitle(mention, tokens, i, text) : undefined;
    if (partner !== undefined) {
      mentions.push(partner);
      mention.partner = partner;
    }
    const nickname = inside(mention);
    if (nickname !== undefined) mention.nicknamed = true;
    mentions.push(mention);
    i = resume;
    // The nickname inside the full name is read next, on its own; the words after it are not again.
    if (nickname !== undefined && !readAlready.has(nickname)) {
      for (let k = nickname + 1; k < mention.tokenTo; k++) readAlready.add(k);
      i = nickname - 1;
    }
  }
  markSeries(mentions, tokens);
  return mentions;
}

/** What may stand between two names of one list: "Lisbon, Madeira", "Callao, and Sydney", "Bahia, the Falklands". */
const SERIES_JOINS = new Set([',', 'and', 'or', 'the']);

/** Sets `series` on each name of a list of three or more names the paragraph writes one after another. */
function markSeries(mentions: readonly RawMention[], tokens: readonly Token[]): void {
  const inOrder = [...mentions].sort((a, b) => a.tokenFrom - b.tokenFrom);
  let run: RawMention[] = [];
  const close = (): void => {
    if (run.length >= 3) for (const m of run) m.series = run;
    run = [];
  };
  for (const mention of inOrder) {
    const last = run[run.length - 1];
    const between = last === undefined ? [] : tokens.slice(last.tokenTo, mention.tokenFrom);
    const joined =
      between.length > 0 &&
      between.every((t) => SERIES_JOINS.has(t.lower)) &&
      between.some((t) => t.lower !== 'the');
    if (!joined) close();
    run.push(mention);
  }
  close();
}

const READING = new Set(['read', 'reading', 'reread', 'rereading', 're-read', 're-reading']);
/** Words that may follow a book read ("reading Middlemarch again", "read Middlemarch in a week"). */
const AFTER_A_READ = new Set([
  'again',
  'and',
  'in',
  'on',
  'at',
  'for',
  'from',
  'when',
  'while',
  'until',
  'aloud',
]);

/**
 * A book's title, not anyone's name: written in italics (`_Middlemarch_`, `*Middlemarch*`); after
 * "reading" or "read" with nothing of a sentence's object after it ("was reading Middlemarch again",
 * not "read Emma the letter"); or the object of a verb, no given name, that "reading it" or "read it"
 * follows in its sentence ("had brought Middlemarch from Bristol and was reading it").
 */
function namesAWork(tokens: Token[], i: number, last: number, sentenceEnd: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[last + 1];
  if (
    before !== undefined &&
    after !== undefined &&
    ['_', '*'].includes(before.text) &&
    after.text === before.text
  )
    return true;
  // "the Book of Job": a book's title, however much it looks like a named building ("the Tower of London").
  const head = tokens[i - 2];
  if (before?.lower === 'of' && head?.lower === 'book' && head.capitalized && tokens[i - 3]?.lower === 'the')
    return true;
  const word = previousWord(tokens, i);
  if (word === undefined || word !== before || word.capitalized) return false;
  if (READING.has(word.lower)) return after === undefined || !after.isWord || AFTER_A_READ.has(after.lower);
  if (isGivenName(mustAt(tokens, i).lower) || DETERMINERS.has(word.lower) || !word.joinedToNext) return false;
  if (['and', 'but', 'or', 'then', 'when', 'while', 'that', 'who', 'as'].includes(word.lower)) return false;
  for (let k = last + 1; k < Math.min(sentenceEnd, last + 10); k++) {
    const t = mustAt(tokens, k);
    if (READING.has(t.lower) && tokens[k + 1]?.lower === 'it') return true;
  }
  return false;
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

/**
 * `Thomas "Tommy" Reid`, `Thomas ‘Tommy’ Reid`: a given name, one capitalised word in quotation
 * marks and a capitalised word after them (the surname) are one person's full name and nickname,
 * not a name and a word of speech. `last` is the run's last token so far; returns the nickname's
 * token index.
 */
function quotedNickname(tokens: Token[], last: number, runLength: number): number | undefined {
  const open = tokens[last + 1];
  const nick = tokens[last + 2];
  const close = tokens[last + 3];
  const surname = tokens[last + 4];
  if (runLength !== 1 || open === undefined || nick === undefined || close === undefined) return undefined;
  if (QUOTE_PAIRS[open.text] === undefined || close.text !== QUOTE_PAIRS[open.text]) return undefined;
  if (!isGivenName(mustAt(tokens, last).lower)) return undefined;
  if (!open.joinedToNext || !nick.isWord || !nick.capitalized || nick.allCaps || !nick.joinedToNext)
    return undefined;
  if (!close.joinedToNext || surname?.isWord !== true || !surname.capitalized || surname.allCaps)
    return undefined;
  if (titleOf(nick) !== undefined || NEVER_NAMES.has(surname.lower)) return undefined;
  return last + 2;
}

/**
 * "the Rose and Crown", "the Bell and Anchor": a capitalised word after "the", "and", and a second
 * capitalised word, neither a title or rank ("the King and Queen" are two people) nor a plural
 * ("the Penhallows and Kittos", two families), nor followed by a further capitalised word, is the
 * name of one thing, an inn or a firm. Returns the second word's index, or undefined.
 */
function pairedName(tokens: Token[], i: number): number | undefined {
  const first = mustAt(tokens, i);
  const and = tokens[i + 1];
  const second = tokens[i + 2];
  const after = tokens[i + 3];
  const single = (t: Token): boolean =>
    t.isWord &&
    t.capitalized &&
    !t.possessive &&
    titleOf(t) === undefined &&
    !RANKS_ALONE.has(t.lower) &&
    !/s$/.test(t.lower);
  if (previousWord(tokens, i)?.lower !== 'the' || !first.joinedToNext || !single(first)) return undefined;
  if (and?.isWord !== true || and.text !== 'and' || !and.joinedToNext) return undefined;
  if (second === undefined || !single(second)) return undefined;
  if (second.joinedToNext && after?.isWord === true && after.capitalized) return undefined;
  return i + 2;
}

/** The capitalised words that end the name of a day ("Lady Day", "Guy Fawkes Night"). */
const DAY_WORDS = new Set(['day', 'night']);

/**
 * A run of capitalised words that names a day: "Speech Day", "Guy Fawkes Night" (capitalised
 * words before "Day" or "Night", the first not a given name: "Doris Day" is a person), a feast a
 * title begins ("Lady Day"; "Mrs. Day" is a person), or a saint's possessive before one ("St.
 * Andrew's Day"). `first` and `last` are the run's first and last token; returns the index of the
 * last token of the day's name, the day word included, or undefined.
 */
function nameOfADay(
  tokens: Token[],
  words: readonly Token[],
  first: number,
  last: number,
  title: string | undefined,
): number | undefined {
  const end = mustAt(words, words.length - 1);
  if (title !== undefined)
    return words.length === 1 && isFeastName(`${title} ${end.text}`) ? last : undefined;
  if (DAY_WORDS.has(end.lower) && words.length >= 2 && !isGivenName(mustAt(words, 0).lower)) return last;
  // "Speech Day came at the end of term": a sentence's first word, a noun left out of the run as an
  // ordinary word, names the day with it ("Then Day said" does not: "then" is no noun).
  const opening = tokens[first - 1];
  if (
    DAY_WORDS.has(end.lower) &&
    words.length === 1 &&
    opening?.isWord === true &&
    opening.capitalized &&
    opening.joinedToNext &&
    !isGivenName(opening.lower) &&
    !isCommonWord(opening.lower)
  )
    return last;
  const next = tokens[last + 1];
  if (end.possessive && next?.isWord === true && next.capitalized && DAY_WORDS.has(next.lower))
    return last + 1;
  return undefined;
}

/**
 * "Mr. and Mrs. Gardiner": the first title names a person too (Mr. Gardiner). Its mention is the
 * title itself ("Mr."), with the name words of the titled name after it.
 */
function coordinatedTitle(
  mention: RawMention,
  tokens: Token[],
  from: number,
  text: string,
): RawMention | undefined {
  let k = from - 1;
  if (tokens[k]?.lower !== 'and') return undefined;
  k--;
  const dot = tokens[k]?.text === '.';
  if (dot) k--;
  const first = tokens[k];
  if (first === undefined || !first.joinedToNext) return undefined;
  const info = titleOf(first);
  if (info === undefined || info.canonical === mention.title) return undefined;
  const end = dot ? mustAt(tokens, k + 1).end : first.end;
  return {
    ...mention,
    start: first.start,
    end,
    text: text.slice(first.start, end),
    title: info.canonical,
    titleGender: info.gender,
    form: `${info.canonical} ${mention.words.join(' ')}`,
    tokenFrom: k,
    tokenTo: dot ? k + 2 : k + 1,
    partner: undefined,
  };
}

/**
 * "the Spire of Ka'reth", "the Gates of Vorn": an ordinary noun written with a capital after
 * "the" is the name of a building or a land, and the name after its "of" is a place's (a rank, "the
 * Lord of", is a person's and is read above). `at`: the noun's index.
 */
function namedStructure(tokens: Token[], at: number): boolean {
  const noun = tokens[at];
  if (noun === undefined) return false;
  return (
    noun.isWord &&
    noun.capitalized &&
    !noun.allCaps &&
    tokens[at - 1]?.lower === 'the' &&
    isDictionaryWord(noun.lower) &&
    PERSON_TITLES[noun.lower] === undefined &&
    !OF_HEADS.has(noun.lower)
  );
}

/** Verbs of setting off whose "for" names where to ("headed for", "left for", "bound for"). */
const DEPARTURE_VERBS = new Set(
  'head heads headed heading leave leaves left leaving sail sails sailed sailing depart departs departed bound embarked'.split(
    ' ',
  ),
);

/** Relative pronouns that stand for a person ("whose" stands for things too: "the Alps, whose peaks"). */
const PERSON_RELATIVES = new Set(['who', 'whom']);

/**
 * "the commander of a work", "an old soldier": an article, at most one describing word, and a noun
 * of a person or a calling, from `at`, closed by "of", a comma or a stop (not a clause going on,
 * "Dover, the man said").
 */
function personInApposition(tokens: Token[], at: number): boolean {
  if (!['the', 'a', 'an'].includes(tokens[at]?.lower ?? '')) return false;
  for (const noun of [at + 1, at + 2]) {
    const token = tokens[noun];
    if (token === undefined || !token.isWord || token.capitalized) return false;
    if (isPersonNoun(token)) {
      const next = tokens[noun + 1];
      return next === undefined || next.lower === 'of' || closesPhrase(next);
    }
  }
  return false;
}

/**
 * "that cursed Englishman, the Scarlet Pimpernel", "his old friend, Jem.": a name set after a noun
 * of a person and a comma, with at most an article and one describing word of its own, and closed
 * by a comma or a stop (not a clause going on, "the man, Jem said"), renames that person.
 * `from` and `to`: the name's first and last token.
 */
function renamesPersonNoun(tokens: Token[], from: number, to: number): boolean {
  const after = tokens[to + 1];
  if (after !== undefined && !closesPhrase(after)) return false;
  let comma = from - 1;
  const describer = tokens[comma];
  if (describer?.isWord === true && !describer.capitalized && DETERMINERS.has(tokens[comma - 1]?.lower ?? ''))
    comma--;
  if (DETERMINERS.has(tokens[comma]?.lower ?? '')) comma--;
  const noun = tokens[comma - 1];
  return tokens[comma]?.text === ',' && noun?.isWord === true && isPersonNoun(noun);
}

/** A noun of a person, a calling or a people's man ("friend", "commander", "Englishman"). */
function isPersonNoun(token: Token): boolean {
  if (/m[ae]n$/.test(token.lower) && isDemonym(token.lower)) return true;
  return !token.capitalized && (PEOPLE_NOUNS.has(token.lower) || OCCUPATIONS[token.lower] !== undefined);
}

/** A comma or a stop, where an apposition ends. */
function closesPhrase(token: Token): boolean {
  return token.text === ',' || CLOSING_PUNCTUATION.has(token.text);
}

/** Words of direction before "<place> way": "from Mylor way", "over Beverley way", "up Whitby way". */
const REGION_BEFORE = new Set(['from', 'over', 'up', 'down', 'round', 'out', 'towards', 'toward']);

/** Adds person and place votes from the words around a mention. */
function scoreContext(mention: RawMention, tokens: Token[], from: number, to: number): void {
  const before = previousWord(tokens, from);
  const beforeBefore = before !== undefined ? previousWord(tokens, from - 1) : undefined;
  const lastToken = mustAt(tokens, to);
  const after = tokens[to + 1];
  const afterWord = after?.isWord ? after : undefined;
  if (before !== undefined && SPEECH_VERBS.has(before.lower)) {
    mention.person += 2;
    // '"There is a man," he said, "called Joseph Kettle"': inside the quotation marks the verb
    // names someone; the one who speaks them is outside.
    if (mention.inSpeech !== true) mention.speaks = true;
  }
  // "said the Guernsey-man": someone known by what they are speaks here. Not a vote for a person
  // (one "cried the Sicilian" does not make a people word someone); the whole book decides. The
  // verb tags a speech after a quotation or a comma; after a word it has a subject of its own ("They
  // said the Kestrel steered", "a ship called the Kestrel") and the name is no speaker. A word may
  // describe the name after the article ("said the old Queen"), and so may a capital "Old" the name
  // is read without ("said the Old Badger": the Old Bailey never speaks).
  const article = describedAfterArticle(tokens, from) || afterCapitalOld(tokens, from) ? from - 2 : from - 1;
  const verb = previousWord(tokens, article);
  if (
    DETERMINERS.has(tokens[article]?.lower ?? '') &&
    verb !== undefined &&
    SPEECH_VERBS.has(verb.lower) &&
    tokens[article - 2]?.isWord !== true
  )
    mention.speaks = true;
  // "the apples at Hollins Cross came in early": after a preposition the name is no verb's subject.
  if (
    afterWord !== undefined &&
    !lastToken.possessive &&
    PERSON_VERBS.has(afterWord.lower) &&
    !(before !== undefined && OBJECT_PREPOSITIONS.has(before.lower))
  ) {
    mention.person += 1.5;
    if (SPEECH_VERBS.has(afterWord.lower)) mention.speaks = true;
  }
  if (
    after !== undefined &&
    after.text === ',' &&
    tokens[to + 2]?.isWord &&
    SPEECH_VERBS.has(mustAt(tokens, to + 2).lower)
  ) {
    mention.person += 1;
  }
  if (before !== undefined && KIN_NOUNS[before.lower] !== undefined) mention.person += 2;
  if (lastToken.possessive && afterWord !== undefined && KIN_NOUNS[afterWord.lower] !== undefined)
    mention.person += 2;
  if (before !== undefined) {
    const weight = PLACE_PREPOSITIONS[before.lower];
    if (
      weight !== undefined &&
      !lastToken.possessive &&
      !(beforeBefore !== undefined && PERSONAL_PREP_VERBS.has(beforeBefore.lower))
    ) {
      mention.place += weight;
    }
    // "the plains of Languedoc", "the shores of St. Helena", "the Lord of Estremavilla".
    if (before.lower === 'of' && beforeBefore !== undefined && PLACE_OF_NOUNS.has(beforeBefore.lower)) {
      mention.place += 2;
    } else if (
      before.lower === 'of' &&
      beforeBefore !== undefined &&
      mention.work !== true &&
      namedStructure(tokens, from - 2)
    ) {
      mention.place += 1;
    }
    if (
      (before.lower === 'dear' || before.lower === 'poor' || before.lower === 'little') &&
      mention.words.length === 1
    ) {
      mention.person += 1;
    }
  }
  // "that destroyed city, Gomorrah?": a name set beside a settlement noun is the place.
  const settlement = tokens[from - 2];
  if (
    tokens[from - 1]?.text === ',' &&
    settlement?.isWord === true &&
    !settlement.capitalized &&
    SETTLEMENT_NOUNS.has(settlement.lower) &&
    after !== undefined &&
    CLOSING_PUNCTUATION.has(after.text)
  )
    mention.place += 2;
  // "from over Beverley way", "down Mylor way": a name before "way" after a word of direction is
  // a place's (the region round it).
  if (
    afterWord?.lower === 'way' &&
    !lastToken.possessive &&
    before !== undefined &&
    REGION_BEFORE.has(before.lower)
  )
    mention.place += 2;
  // "Never farther than Gloucester.": the name a distance is measured to is a place.
  if (
    before?.lower === 'than' &&
    (beforeBefore?.lower === 'farther' || beforeBefore?.lower === 'further') &&
    !lastToken.possessive
  )
    mention.place += 2;
  // "I may head for Pinacate", "sailed for Lisbon": the name a journey is bound for is a place.
  if (
    before?.lower === 'for' &&
    beforeBefore !== undefined &&
    DEPARTURE_VERBS.has(beforeBefore.lower) &&
    !lastToken.possessive
  )
    mention.place += 1;
  // "about Crete, where he had been in the war": a name a clause of "where" follows is a place.
  if (after?.text === ',' && tokens[to + 2]?.isWord === true && tokens[to + 2]?.lower === 'where')
    mention.place += 2;
  // "Washington, who saved the army", "a letter from Munro, the commander of the fort": a clause of
  // "who" or a noun of a person set beside the name says it is someone's. The clause may be a head
  // noun's before a preposition ("the prisoners in the Temple, who") and a name after an article
  // may be a likeness ("this young Adonis, who"), so only a bare name takes it.
  const bare =
    !mention.determiner &&
    !(before !== undefined && OBJECT_PREPOSITIONS.has(before.lower)) &&
    !(before !== undefined && !before.capitalized && DETERMINERS.has(beforeBefore?.lower ?? ''));
  if (
    after?.text === ',' &&
    !lastToken.possessive &&
    ((bare && PERSON_RELATIVES.has(tokens[to + 2]?.lower ?? '')) || personInApposition(tokens, to + 2))
  ) {
    mention.person += 2;
    mention.describedAsSomeone = true;
  }
  if (!lastToken.possessive && renamesPersonNoun(tokens, from, to)) {
    mention.person += 2;
    mention.describedAsSomeone = true;
  }
  // Addressed in speech: ", Jane," / "Jane!" / "my dear Jane".
  const previous = tokens[from - 1];
  if (previous?.text === ',' && (after?.text === '!' || after?.text === '?')) mention.person += 1;
}
