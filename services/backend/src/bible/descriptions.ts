import { mustAt } from '@george/runtime/collections';
import { calling } from '../pronouns/callings.js';
import type { RawMention } from './candidates.js';
import { OCCUPATIONS, PERSON_VERBS, SPEECH_VERBS } from './lexicons.js';
import { isAdverb, isFiniteVerb, isRegularPastTense } from './lookup.js';
import type { Paragraph } from './tokenize.js';

/**
 * Characters known only by what they are: "the creature", also "the fiend", "the monster" and
 * "the daemon" for Frankenstein's creature. Each family of descriptions below names one kind of
 * being; a family becomes one character when a whole book refers to it, with a definite article or
 * a demonstrative, at least `minMentions` times, by three of its nouns or more or acting in at least
 * 30% of the mentions. Its descriptions are its aliases. A trade ("the carpenter") is a family
 * too, held to stricter terms (see `describedCharacters`).
 */
const DESCRIPTION_FAMILIES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['creature', 'monster', 'fiend', 'daemon', 'demon'],
  ['stranger'],
  ['doctor', 'physician'],
  ['giant'],
  ['dwarf'],
  ['ghost', 'spectre', 'phantom', 'apparition'],
  ['widow'],
  ['widower'],
];

/**
 * Nouns that, after "old", make a description of their own ("the old woman" who acts throughout),
 * with the sex they name.
 */
export const AGED_NOUNS: Readonly<Record<string, 'male' | 'female'>> = {
  woman: 'female',
  lady: 'female',
  man: 'male',
  gentleman: 'male',
};

/** Each description noun's family, named by the family's first noun. */
const FAMILY_OF = new Map<string, string>();
for (const family of DESCRIPTION_FAMILIES) for (const noun of family) FAMILY_OF.set(noun, family[0]);

/**
 * Families whose nouns name one person's calling or state, never a beast ("the monster" of a whale
 * hunt may be the whale) nor whoever is new to a scene ("the stranger" of a long voyage is many
 * people): such a description is someone whatever verb it is the subject of ("The doctor folded his
 * paper", "The widow came up the stairs"), as a trade is; but no one apart from the named where the
 * book says someone is one ("Mrs. Dalling had been a widow for eleven years": she is "the widow").
 */
const PERSON_FAMILIES = new Set(['doctor', 'widow', 'widower']);

/** Verbs that say what someone is: "was a widow", "had been a doctor". */
const COPULAS = new Set(['is', 'was', 'be', 'been', 'being']);

/**
 * Trades ("the carpenter", "the blacksmith", "the judge"): the one-word occupations of the lexicon, a
 * family per calling (synonyms meet), except the nouns of the description families above. A title
 * among them ("the judge", "the captain") is a nameless character only where no named character
 * holds it ("Captain Ahab"), as every trade (`isNamelessTrade`).
 */
const TRADE_OF = new Map<string, string>();
for (const [noun, calling] of Object.entries(OCCUPATIONS))
  if (/^[a-z]+$/.test(noun) && !FAMILY_OF.has(noun)) TRADE_OF.set(noun, calling);

/** The plurals of a noun ("carpenters", "coachmen"). */
function pluralsOf(noun: string): string[] {
  return noun.endsWith('man') ? [`${noun.slice(0, -3)}men`] : [`${noun}s`, `${noun}es`];
}

const DEFINITE = new Set(['the', 'this', 'that', 'my', 'our']);
/** Adjectives that may stand between the article and the noun ("the wretched creature"). */
const ADJECTIVE =
  /^[a-z]+(?:ed|ful|ous|ble|ive|ish|less|ing|ic|al|ant|ent|y)$|^(?:old|vile|foul|cursed|poor|unhappy|wretched|hideous|gigantic|mysterious|young|tall|little|strange)$/;

/** One definite description in a paragraph, or a person family's noun said of someone ("was a widow"). */
export interface DescriptionMention {
  /** The description family's first noun, or the trade's calling. */
  family: string;
  trade: boolean;
  noun: string;
  mention: RawMention;
  /** Acts like a person here: "the creature said", "the fiend wept", "replied the stranger". */
  acts: boolean;
  /** The subject of a verb here, an adverb allowed between: "the carpenter makes", "the carpenter had". */
  subject: boolean;
  /** Said of someone, not a mention of them: "had been a widow" (the families of `PERSON_FAMILIES`). */
  predicate: boolean;
}

/** Definite descriptions of one paragraph ("the creature", "this wretched fiend"), and predicates ("was a widow"). */
export function findDescriptions(
  paragraph: Paragraph,
  paragraphIndex: number,
  fileIndex: number,
  text: string,
): DescriptionMention[] {
  const found: DescriptionMention[] = [];
  const { tokens } = paragraph;
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = mustAt(tokens, i);
    if (!token.isWord) continue;
    const trade = TRADE_OF.get(token.lower);
    // "the Carpenter": a trade written with a capital after a lower-case "the" is still the trade.
    if (token.capitalized && (trade === undefined || tokens[i - 1]?.text !== 'the')) continue;
    // "the old woman", "the old man": a person known by age and sex alone, one family each.
    const aged =
      !token.capitalized &&
      AGED_NOUNS[token.lower] !== undefined &&
      tokens[i - 1]?.isWord === true &&
      tokens[i - 1]?.lower === 'old';
    const family = aged ? `old ${token.lower}` : (FAMILY_OF.get(token.lower) ?? trade);
    if (family === undefined) continue;
    // "the devil of a temper", "the doctor's": a noun followed by "of" is not a name for someone.
    const next = tokens[i + 1];
    if (next?.isWord === true && next.lower === 'of') continue;
    let k = i - 1;
    const adjective = tokens[k];
    if (adjective?.isWord === true && !DEFINITE.has(adjective.lower) && ADJECTIVE.test(adjective.lower)) k--;
    const article = tokens[k];
    if (article === undefined || !article.isWord) continue;
    const predicate =
      (article.lower === 'a' || article.lower === 'an') &&
      PERSON_FAMILIES.has(family) &&
      COPULAS.has(tokens[k - 1]?.lower ?? '');
    if (!DEFINITE.has(article.lower) && !predicate) continue;
    while (
      sentence < paragraph.sentences.length - 1 &&
      (paragraph.sentences[sentence] as { to: number }).to <= i
    ) {
      sentence++;
    }
    const bounds = paragraph.sentences[sentence] ?? { from: 0, to: tokens.length };
    const before = tokens[k - 1];
    const acts =
      (next?.isWord === true && PERSON_VERBS.has(next.lower)) ||
      (before?.isWord === true && SPEECH_VERBS.has(before.lower));
    // "the housekeeper who told Bess": a relative "who" before the verb keeps the noun its subject.
    const verb =
      next?.isWord === true && (isAdverb(next.lower) || next.lower === 'who') ? tokens[i + 2] : next;
    found.push({
      family,
      trade: trade !== undefined,
      acts,
      subject: verb?.isWord === true && (isFiniteVerb(verb.lower) || isRegularPastTense(verb.lower)),
      predicate,
      noun: token.lower,
      mention: {
        fileIndex,
        paragraph: paragraphIndex,
        start: article.start,
        end: token.end,
        text: text.slice(article.start, token.end),
        title: null,
        titleGender: 'unknown',
        words: [token.text],
        form: aged ? `the old ${token.lower}` : `the ${token.lower}`,
        person: 0,
        place: 0,
        sentenceStart: mustAt(tokens, bounds.from).start,
        sentenceEnd: mustAt(tokens, Math.max(bounds.from, bounds.to - 1)).end,
        tokenFrom: k,
        tokenTo: i + 1,
        determiner: true,
        initialOnly: false,
        speaks: acts,
        addressed: false,
      },
    });
  }
  return found;
}

/** What the whole book says of the description families' nouns beyond their definite mentions. */
export interface DescriptionContext {
  /** Callings written before or beside a character's name ("Captain Ahab", "Tom Tubal, the blacksmith,"). */
  namedCallings: ReadonlySet<string>;
  /** How often a word is written in lower case in the whole text. */
  lowerCount: (lower: string) => number;
}

/**
 * The description families a whole book refers to often enough to be a character, with their
 * mentions (only the nouns of the family seen at least `minPerNoun` times).
 */
export function describedCharacters(
  found: DescriptionMention[],
  minMentions: number,
  context: DescriptionContext = { namedCallings: new Set(), lowerCount: () => 0 },
  minPerNoun = 5,
  minActing = 0.3,
): RawMention[][] {
  const byFamily = new Map<string, DescriptionMention[]>();
  const predicated = new Set(found.filter((d) => d.predicate).map((d) => d.family));
  for (const d of found) if (!d.predicate) byFamily.set(d.family, [...(byFamily.get(d.family) ?? []), d]);
  const characters: RawMention[][] = [];
  for (const [family, list] of byFamily) {
    if (predicated.has(family)) continue;
    const perNoun = new Map<string, number>();
    for (const d of list) perNoun.set(d.noun, (perNoun.get(d.noun) ?? 0) + 1);
    const kept = list.filter((d) => (perNoun.get(d.noun) ?? 0) >= minPerNoun);
    if (kept.length < minMentions) continue;
    if (list[0]?.trade === true) {
      if (isNamelessTrade(family, kept, context, minActing)) characters.push(kept.map((d) => d.mention));
      continue;
    }
    // One being called many ways ("the creature", "the fiend", "the daemon", "the monster": three
    // nouns or more) or a description that acts and speaks ("said the stranger") in a good share
    // of its mentions; not "the monster" and "the creature" of a whale hunt, nor strangers met once each.
    const nouns = new Set(kept.map((d) => d.noun)).size;
    // "the old woman was standing at the gate", "The doctor folded his paper": a person by age and
    // sex, or by a noun only people are called, acts as a trade does, as the subject of any verb;
    // a doctor's only where no named character is one ("Dr. Kell" is "the doctor" of his book).
    const person = PERSON_FAMILIES.has(family) && !context.namedCallings.has(calling(family));
    const acting = kept.filter(
      (d) => d.acts || (d.subject && (AGED_NOUNS[d.noun] !== undefined || person)),
    ).length;
    if (nouns >= 3 || acting >= minActing * kept.length) characters.push(kept.map((d) => d.mention));
  }
  return characters;
}

/**
 * A trade is one nameless character ("the carpenter" of the Pequod) when it is the subject of an
 * act or a line in a good share of its mentions, one person holds it (its plural, "harpooneers",
 * is written less than half as often as the definite singular: a crew's trade is many people's),
 * and no named character is known by it ("Captain Ahab", "Tom Tubal, the blacksmith,").
 */
function isNamelessTrade(
  calling: string,
  kept: readonly DescriptionMention[],
  { namedCallings, lowerCount }: DescriptionContext,
  minActing: number,
): boolean {
  if (namedCallings.has(calling)) return false;
  const acting = kept.filter((d) => d.acts || d.subject).length;
  if (acting < minActing * kept.length) return false;
  const nouns = new Set(kept.map((d) => d.noun));
  const plurals = [...nouns].flatMap(pluralsOf).reduce((sum, plural) => sum + lowerCount(plural), 0);
  return 2 * plurals < kept.length;
}
