import { mustAt } from '@george/runtime/collections';
import type { RawMention } from './candidates.js';
import { takesPersonalPronoun } from './creature-pronouns.js';
import {
  DEITIES,
  DEMONYMS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  KIN_NOUNS,
  LANGUAGES,
  NICKNAMES,
  OBJECT_PREPOSITIONS,
  OCCUPATIONS,
  ORG_WORDS,
  PEOPLE_NOUNS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_SUFFIXES,
  PLACE_WORDS,
  RANKS_ALONE,
  SCHOOL_SUBJECTS,
  SURNAME_PLACE_WORDS,
} from './lexicons.js';
import {
  isCommonWord,
  isDictionaryWord,
  isGivenName,
  isKnownOrganization,
  isKnownPlace,
  isPersonName,
  isWrittenInitial,
  singularNoun,
} from './lookup.js';
import { cardOfRankAlone, isSuitOfCards } from './playing-cards.js';

export type FormType = 'character' | 'location' | 'organization' | 'group' | 'term' | 'drop';

/** All mentions written the same way ("Mr. Darcy"), with the votes that type them. */
export interface Form {
  form: string;
  title: string | null;
  words: string[];
  mentions: RawMention[];
  person: number;
  place: number;
  org: number;
  type: FormType;
}

export function groupForms(mentions: RawMention[]): Map<string, Form> {
  const forms = new Map<string, Form>();
  for (const mention of mentions) {
    let form = forms.get(mention.form);
    if (form === undefined) {
      form = {
        form: mention.form,
        title: mention.title,
        words: mention.words,
        mentions: [],
        person: 0,
        place: 0,
        org: 0,
        type: 'drop',
      };
      forms.set(mention.form, form);
    }
    form.mentions.push(mention);
    form.person += mention.person;
    form.place += mention.place;
  }
  return forms;
}

/** Endings of adjectives, abstract nouns and group words ("Puritan", "Destiny", "Homeric"), not of names. */
const NOT_NAME_ENDINGS =
  /(?:ism|ist|ists|ian|ians|ean|eans|ese|ish|ic|ics|ity|ness|tion|sion|ment|ude|ence|ance|ery|ry|ure|ive|al|ary|an|ans|man|men|ed|ing|ly|s)$/;

function looksLikePersonalName(form: Form, options: ClassifyOptions): boolean {
  // Beside a known name, a final s after a vowel or another s is no plural's: "Angus Fraser",
  // "Silas Wegg" ("Zulus" and "Adonis" alone stay out).
  const besideAName = form.words.length > 1 && form.words.some((w) => isGivenName(w.toLowerCase()));
  // A name the lines speak to twice ("Write it down, Dunstan.") is someone's, whatever its ending:
  // no one says "Puritan" or "Destiny" to a friend.
  const spokenTo = form.mentions.filter((m) => m.spokenTo === true).length >= 2;
  return form.words.every((word) => {
    const lower = word.toLowerCase();
    if (isGivenName(lower)) return true;
    const singular = besideAName && /[aiuys]s$/.test(lower);
    if (lower.includes('-') || (NOT_NAME_ENDINGS.test(lower) && !singular && !spokenTo)) return false;
    return !isCommonWord(lower) && !isDictionaryWord(lower) && (options.lowerCount?.(lower) ?? 0) === 0;
  });
}

function isGroupName(form: Form, options: ClassifyOptions): boolean {
  if (form.words.length !== 1) return false;
  const lower = mustAt(form.words, 0).toLowerCase();
  if (!/^[a-z]{3,}[^s]s$/.test(lower)) return false;
  const stem = lower.slice(0, -1);
  // A people or a family takes the article: "the Boers", "the Munsters" ("Adonis" does not).
  if (!form.mentions.some((m) => m.determiner)) return false;
  return [lower, stem].every(
    (w) =>
      !isCommonWord(w) && !isDictionaryWord(w) && !isKnownPlace(w) && (options.lowerCount?.(w) ?? 0) === 0,
  );
}

/**
 * An order or a people named with an article and a plural noun of people: "the Drowned Kings",
 * "the Silent Sisters", "the Night Watchers"; not "Mr. Kings", nor "Kings" alone.
 */
function isOrderOfPeople(form: Form, lowerWords: readonly string[]): boolean {
  if (form.title !== null || lowerWords.length < 2) return false;
  if (form.mentions.length === 0 || !form.mentions.every((m) => m.determiner)) return false;
  const singular = singularNoun(lowerWords[lowerWords.length - 1] ?? '');
  return singular !== null && PEOPLE_NOUNS.has(singular);
}

/**
 * The surname a plural names when it is a family: "Bennets" and "Lucases" for the "Mr. Bennet" and
 * "Sir William Lucas" of the same text.
 */
export function familyStem(
  word: string,
  personWords: ReadonlyMap<string, number> | ReadonlySet<string>,
  lastOfMulti: ReadonlySet<string>,
): string | undefined {
  if (!/[a-z]s$/.test(word)) return undefined;
  // "Mrs. Phillips" makes "Phillips" a name of its own, not the plural of a stray "Phillip".
  const asWritten = personWords instanceof Map ? (personWords.get(word) ?? 0) : personWords.has(word) ? 1 : 0;
  for (const stem of [word.replace(/es$/, ''), word.slice(0, -1)]) {
    if (stem === word || stem.length < 2) continue;
    const asStem = personWords instanceof Map ? (personWords.get(stem) ?? 0) : personWords.has(stem) ? 1 : 0;
    if (asStem > asWritten || (asWritten === 0 && lastOfMulti.has(stem))) return stem;
  }
  return undefined;
}

/** A plural nationality or people: "Greeks", "Turks", "Grecians", "Arabs". */
export function isPeople(lower: string): boolean {
  if (!lower.endsWith('s')) return false;
  const singular = lower.slice(0, -1);
  return DEMONYMS.has(singular) || PEOPLES.has(singular) || DEMONYMS.has(lower);
}

const PEOPLES = new Set(
  (
    'turk arab moor saxon norman dane swede grecian trojan spartan athenian persian tartar cossack gaul celt briton ' +
    'roman egyptian hindoo hindu malay zulu boer kaffir pole russian italian spaniard portuguese venetian genoese ' +
    'hungarian austrian prussian bavarian swiss highlander lowlander israelite philistine gentile pagan heathen ' +
    'puritan quaker papist protestant catholic methodist yankee indian american african european asian'
  ).split(' '),
);

export interface ClassifyOptions {
  /** The text is a whole book: types can rest on the whole text's evidence (default false). */
  wholeBook?: boolean;
  /** How often the document writes a word in lower case. */
  lowerCount?: (lower: string) => number;
  /** Minimum mentions for an entity without any typing cue (a capitalised word seen mid-sentence). */
  minUncuedMentions: number;
  /** Type uncued names that are not ordinary words as characters (default true). */
  uncuedAsCharacters: boolean;
  /** Mentions needed by such a name to count as a character (default 1). */
  minUncuedCharacterMentions: number;
}

/** Types every form from its own cues, its lexicon entries and the forms that share its words. */
export function classifyForms(forms: Map<string, Form>, options: ClassifyOptions): void {
  // Words used in titled person names ("Darcy" in "Mr. Darcy") and as the first word of place names.
  const personWords = new Map<string, number>();
  const placeFirstWords = new Set<string>();
  const lastOfMulti = new Set<string>();
  // Last words of full names ("Coffin" of "Peter Coffin").
  const surnamesOfFullNames = new Set<string>();
  // First words of untitled names of two or three words that are no place ("Nadia" of "Nadia Okafor").
  const firstOfMulti = new Set<string>();
  const titledNames = new Set<string>();
  // First and last words of untitled names of several words that the text makes speak ("Grey" and
  // "Squirrel" of "said the Grey Squirrel").
  const speakerWords = new Set<string>();
  // Last words of names of a lake, a mountain or a fort ("Champlain" of "Lake Champlain").
  const lastOfPlaceHeaded = new Set<string>();
  // Titles written before a name ("major" of "Major Vane").
  const titlesOfNames = new Set<string>();
  // Surnames written after a title ("Ferrers" of "Mr. Ferrers"), not given names ("Mr. Edward").
  const titledSurnames = new Set<string>();
  for (const form of forms.values()) {
    const lastWord = (form.words[form.words.length - 1] ?? '').toLowerCase();
    if (form.title !== null) {
      titledNames.add(form.words.join(' '));
      if (lastWord !== '' && !isGivenName(lastWord))
        titledSurnames.add(mustAt(form.words, form.words.length - 1));
      titlesOfNames.add(form.title.toLowerCase());
      for (const word of form.words)
        personWords.set(word, (personWords.get(word) ?? 0) + form.mentions.length);
    } else if (
      form.words.length >= 2 &&
      PLACE_WORDS.has(lastWord) &&
      // "Ellen Marsh" is a woman's name: "Ellen" alone is not the first word of a place.
      !(
        form.words.length === 2 &&
        SURNAME_PLACE_WORDS.has(lastWord) &&
        isGivenName(mustAt(form.words, 0).toLowerCase())
      )
    ) {
      placeFirstWords.add(mustAt(form.words, 0));
    }
    // "III. THE COUNT FROM CARINTHIA": a heading's phrase in capitals, a preposition among its
    // words, is no one's full name ("THOMAS BEALE" under a quotation still is).
    const headingPhrase =
      form.mentions.every((m) => m.text === m.text.toUpperCase()) &&
      form.words.some((w) => OBJECT_PREPOSITIONS.has(w.toLowerCase()));
    if (
      form.words.length >= 2 &&
      form.title === null &&
      LANDFORM_HEADS.has(mustAt(form.words, 0).toLowerCase())
    )
      lastOfPlaceHeaded.add(mustAt(form.words, form.words.length - 1));
    else if (form.words.length >= 2 && form.title === null && !headingPhrase) {
      lastOfMulti.add(mustAt(form.words, form.words.length - 1));
      if (speaksAgain(form)) {
        speakerWords.add(mustAt(form.words, 0));
        speakerWords.add(mustAt(form.words, form.words.length - 1));
      }
      if (form.words.length <= 3 && !PLACE_WORDS.has(lastWord)) firstOfMulti.add(mustAt(form.words, 0));
      if (isGivenName(mustAt(form.words, 0).toLowerCase()))
        surnamesOfFullNames.add(mustAt(form.words, form.words.length - 1));
    }
  }
  // Surnames for the plural of a full name: those written after a title, and those that are also
  // given names ("Garland") when the text writes them after a title and at the end of a full name
  // ("Mr. Garland", "Thomas Garland").
  const familySurnames = new Set([
    ...titledSurnames,
    ...[...surnamesOfFullNames].filter((word) => personWords.has(word)),
  ]);
  for (const form of forms.values()) {
    // "the Armstrong family" beside "Paul Armstrong": the family of a surname the text's people bear.
    const word = mustAt(form.words, 0);
    if (form.mentions.every((m) => m.family) && (personWords.has(word) || lastOfMulti.has(word))) {
      form.type = 'group';
      continue;
    }
    // "Harling is a small village", "Morland was the big house": a name the text says is a place is one.
    if (form.title === null && form.mentions.some((m) => m.statedPlace === true)) {
      form.type = 'location';
      continue;
    }
    const count = form.mentions.length;
    const contextPlace = form.place;
    const contextPerson = form.person;
    const lowerWords = form.words.map((w) => w.toLowerCase().replace(/\.$/, ''));
    const whole = lowerWords.join(' ');
    const first = lowerWords[0] ?? '';
    const last = lowerWords[lowerWords.length - 1] ?? '';
    let person = form.person;
    let place = form.place;
    let org = 0;
    if (form.title !== null && isRankOfCommonNoun(form, surnamesOfFullNames, options.lowerCount)) {
      form.type = 'drop';
      continue;
    }
    if (
      form.title === null &&
      lowerWords.length === 2 &&
      isGivenName(first) &&
      familyStem(mustAt(form.words, 1), familySurnames, new Set()) !== undefined
    ) {
      // "the two George Ferrerses", "the John Dashwoods", "there had been Thomas Garlands at the
      // mill": a given name and the plural of a surname name several people of that name, not one.
      form.type = 'group';
      continue;
    }
    if (isOrderOfPeople(form, lowerWords)) {
      // "the Drowned Kings", "the Silent Sisters": an order or a people, not one person.
      form.type = 'group';
      continue;
    }
    if (form.title === null && lowerWords.length === 1 && FAMILY_NAMES.has(first)) {
      // "Mum said", "Gran was asleep": someone of the family when the narration says it.
      form.type = form.mentions.some((m) => m.inSpeech !== true) ? 'character' : 'drop';
      continue;
    }
    if (form.title === null && lowerWords.length === 1 && RANKS_ALONE.has(first)) {
      // "the Queen", "the Count": a rank alone is someone the text makes speak and writes with a
      // capital more often than not; else an office ("the captain" of any ship). A rank the text
      // never writes in lower case, met three times or more, needs to speak only once ("said the
      // Major" in a short story). A rank the text also writes before a name ("Major Vane ... the
      // Major walked beside her"), always after the article, is someone named by it (merge decides who).
      const inLowerCase = options.lowerCount?.(first) ?? 0;
      const alwaysCapitalised =
        inLowerCase === 0 && count >= 3 && form.mentions.some((m) => m.speaks && m.determiner);
      const rankOfANamed = titlesOfNames.has(first) && form.mentions.every((m) => m.determiner);
      // "where Duchess, the grey mare, ...", "rode out on Duchess": a rank never written with an
      // article nor in lower case, twice in the narration, is a name (a horse's, a dog's, a nickname).
      const writtenAsName =
        inLowerCase === 0 &&
        form.mentions.every((m) => !m.determiner) &&
        form.mentions.filter((m) => m.inSpeech !== true).length >= 2;
      // "Bishop, as they call Jem Haskett,": a rank given as a nickname to a named person.
      const nickname = form.mentions.some((m) => m.nicknameBefore === true);
      form.type =
        (speaksByArticle(form) || alwaysCapitalised || rankOfANamed || writtenAsName || nickname) &&
        inLowerCase < count
          ? 'character'
          : 'drop';
      continue;
    }
    // "Old Meg's Hill", "Mother Shipton's Well": a place word after a possessive names a place,
    // however much the words before it read as someone's name or title.
    const possessivePlace = lowerWords.length >= 2 && PLACE_WORDS.has(last) && possessiveBeforeLast(form);
    if (form.title !== null && !possessivePlace) person += 5 * count;
    // "the Queen of Hearts", "the Duke of York": a rank of somewhere is a person.
    if (form.title === null && lowerWords.length >= 2 && PERSON_TITLES[first] !== undefined) {
      if (form.mentions.some((m) => m.text.includes(' of '))) person += 4 * count;
    }
    // "the Miller's Daughter": a kin noun after a possessive is someone's kin, a person.
    if (
      form.title === null &&
      lowerWords.length === 2 &&
      first.endsWith("'s") &&
      KIN_NOUNS[last] !== undefined
    )
      person += 4 * count;
    // "Anna Brook", "John Hill": a given name before a place word that is also a surname is a person;
    // so is one before a place word the text writes after a title ("Enoch Street" beside "Mr. Street").
    const givenThenSurname =
      lowerWords.length === 2 &&
      (SURNAME_PLACE_WORDS.has(last) || titledSurnames.has(mustAt(form.words, 1))) &&
      isGivenName(first) &&
      !possessivePlace;
    if (
      (form.title === null || possessivePlace) &&
      lowerWords.length >= 2 &&
      PLACE_WORDS.has(last) &&
      !givenThenSurname
    )
      place += 5 * count;
    if (form.title === null && lowerWords.length >= 2 && PLACE_HEADS.has(first)) place += 3 * count;
    if (form.title === null && lowerWords.length >= 2 && ORG_WORDS.has(last)) org += 5 * count;
    // "the Militia", "the Admiralty": an institution capitalised mid-sentence.
    if (form.title === null && lowerWords.length === 1 && ORG_WORDS.has(first) && !PLACE_WORDS.has(first)) {
      org += 3 * count;
    }
    // "at the Old Bailey": a name after "the Old" with a capital, never speaking or acting, after a
    // preposition of place at least once, is a place's ("said the Old Hare" is a creature of a
    // fable, "full of the Old Scratch" the devil).
    if (
      place > 0 &&
      form.mentions.every((m) => m.afterCapitalOld === true && m.person <= 0 && m.speaks !== true)
    )
      place += 3 * count;
    // "insured at Lloyd's", "a brew at Rolliver's": a name only ever written as a house after "at"
    // is the house's, a business ("over at Klein's" beside "Klein's hotel" is the man's).
    if (form.mentions.every((m) => m.house === true)) org += 3 * count;
    // "Washington, who saved the army", "Munro, the commander": a town of the gazetteer the text
    // itself describes as someone, and never puts where a place goes, is that person's name, as
    // towns are named after people. A weaker cue ("Paris seemed far", "her father's Mississippi
    // plantation") does not outweigh the gazetteer.
    const usedAsSomeone = contextPlace === 0 && form.mentions.some((m) => m.describedAsSomeone === true);
    if (isKnownPlace(whole)) {
      if (!usedAsSomeone) place += 3 * count;
    } else if (/shire$/.test(whole)) place += 2 * count;
    if (isKnownOrganization(whole)) org += 1 * count;
    // Our own list of given names is a strong cue; compromise's long list (Chester, Helena) a weaker one.
    if (form.title === null && isGivenName(first) && !possessivePlace) {
      const own = GIVEN_NAMES[first] !== undefined || NICKNAMES[first] !== undefined;
      if (own || lowerWords.length >= 2 || !townOfTheLongList(form))
        person += (lowerWords.length >= 2 ? 2.5 : own ? 2 : 1.2) * count;
    } else if (form.title === null && describedGivenName(lowerWords)) person += 2 * count;
    else if (form.title === null && isPersonName(whole)) person += 1 * count;
    // "St. Aubert" after "Monsieur St. Aubert" is the same person, whatever its words look like.
    if (form.title === null && lowerWords.length >= 2 && titledNames.has(form.words.join(' ')))
      person += 4 * count;
    if (form.title === null && lowerWords.length === 1) {
      const word = mustAt(form.words, 0);
      if (LANGUAGES.has(first) || SCHOOL_SUBJECTS.has(first)) {
        // Sanskrit and Latin, a language; Scripture and Geography, a subject taught: never a character.
        form.type = 'term';
        continue;
      }
      if (options.wholeBook === true && isPeople(first)) {
        // "the Greeks", "Turks": in a whole book a people is a group, not a character. (In a short
        // excerpt a people that acts stays a character, as LitBank annotates it.)
        form.type = 'group';
        continue;
      }
      // "the Providence and the Good Intent": a deity's name written after "the" each time names a
      // ship or an inn, as English writes the deity with no article ("Providence smiled").
      if (DEITIES.has(first) && !form.mentions.every((m) => m.determiner)) {
        // God and Providence: LitBank counts a deity as a character, and a short excerpt has too
        // little text to say more. In a whole book a deity is a character only where the text
        // makes it act or speak ("God said"), not in an oath or a blessing ("thank God"); in any
        // text, one named only in oaths ("by Jove", "for God's sake") is no one in the story.
        if (form.mentions.every((m) => m.oath === true)) {
          form.type = 'term';
          continue;
        }
        if (options.wholeBook !== true || (form.person >= 2 && form.person >= 0.25 * count))
          person += 5 * count;
        else {
          form.type = 'term';
          continue;
        }
      }
      if (familyStem(word, personWords, lastOfMulti) !== undefined) {
        // "the Bennets", "the Lucases": a family is a group whose members are the characters of its name.
        form.type = 'group';
        continue;
      }
      // A place-like ending is a one-off hint, not a vote per mention ("Halsey" is a person).
      if (first.length >= 6 && PLACE_SUFFIXES.test(first) && !isGivenName(first)) place += 0.8;
      const titled = personWords.get(mustAt(form.words, 0)) ?? 0;
      if (titled > 0) person += 3 * count;
      if (placeFirstWords.has(mustAt(form.words, 0))) place += 2 * count;
      // "the Champlain" beside "Lake Champlain": the lake's or the fort's name shortened, as a
      // reader shortens a full name to its surname (a given name, "Edward" of "Fort Edward", keeps
      // its own vote, and its acts outweigh this one).
      if (lastOfPlaceHeaded.has(mustAt(form.words, 0))) place += 2 * count;
      if (lastOfMulti.has(mustAt(form.words, 0))) person += 1 * count;
    }
    // "the Miss Bennets": the daughters of a family.
    if (
      form.title === 'Miss' &&
      lowerWords.length === 1 &&
      familyStem(mustAt(form.words, 0), personWords, lastOfMulti) !== undefined
    ) {
      form.type = 'group';
      continue;
    }
    form.person = person;
    form.place = place;
    form.org = org;
    const best = Math.max(person, place, org);
    const allInitial = form.mentions.every((m) => m.initialOnly);
    // A surname that is also a place word, acting and never after an article: "said Hall".
    const surnameActs =
      SURNAME_PLACE_WORDS.has(first) && person > place && !form.mentions.some((m) => m.determiner);
    if (form.title === null && lowerWords.length === 1 && PLACE_WORDS.has(first) && !surnameActs) {
      // "the Hall", "the Park" on their own: too vague to be an entry.
      form.type = 'drop';
    } else if (best <= 0 || (person === 0 && org === 0 && place < 0.1 * count)) {
      // (A name seen often with a single weak place cue, "to Safie" once in 25 mentions, is as
      // good as uncued.)
      // No cue: a word capitalised mid-sentence that is not an ordinary English word is most often
      // a person in fiction, unless it takes an article ("the Congo", "the Pequod"); an ordinary
      // word seen often enough is kept as a term.
      const name = options.uncuedAsCharacters && looksLikePersonalName(form, options);
      if (allInitial) form.type = 'drop';
      else if (options.uncuedAsCharacters && isGroupName(form, options)) {
        // "the Boers", "Magyars", "the Munsters": a people or a family, a group of people.
        form.type = 'group';
      } else if (
        name &&
        !form.mentions.some((m) => m.determiner) &&
        count >= options.minUncuedCharacterMentions
      ) {
        // English and European given names seldom end in -o, -u or -ia; place names often do
        // ("Niagara" is an exception we accept: "Java", "Arno", "Lamu", "Transylvania").
        const word = lowerWords[lowerWords.length - 1] ?? '';
        form.type = lowerWords.length === 1 && /(?:[ou]|ia|ra|va)$/.test(word) ? 'location' : 'character';
      } else form.type = count >= options.minUncuedMentions ? 'term' : 'drop';
    } else if (
      options.uncuedAsCharacters &&
      form.title === null &&
      form.mentions.every((m) => m.determiner && !m.speaks) &&
      isGroupName(form, options)
    ) {
      // "The Trebilcocks went to America, all nine of them": a plural name always after the article
      // is a family or a people however it acts, unless it speaks.
      form.type = 'group';
    } else if (person === best) {
      form.type = 'character';
    } else if (place === best) {
      form.type = 'location';
    } else {
      form.type = 'organization';
    }
    // A word seen only at sentence starts is dropped on weak evidence, unless, in a text shorter
    // than a book (where a given name used alone is met mid-sentence sooner or later), it is the
    // given name of a full name the text uses and acts as a person ("Nadia asks" beside "Nadia Okafor").
    const givenOfFullName =
      options.wholeBook !== true &&
      lowerWords.length === 1 &&
      firstOfMulti.has(mustAt(form.words, 0)) &&
      person > place;
    if (allInitial && best < 2 * count && form.title === null && !givenOfFullName) form.type = 'drop';
    if (options.wholeBook === true)
      wholeBookType(form, forms, { place: contextPlace, person: contextPerson }, options.lowerCount);
    // "the Queen's Seals", "her Seals" beside "a seal of red wax": in a text of any length a plural
    // the text also writes in lower case is things, not someone (a whole book reads any such word).
    else if (
      form.type === 'character' &&
      form.title === null &&
      /[^s]s$/.test(word) &&
      capitalisedCommonWord(form, { person: contextPerson }, options.lowerCount)
    )
      form.type = 'term';
    else if (
      (form.type === 'term' || form.type === 'drop') &&
      (speaksByArticle(form) || takesPersonalPronoun(form.mentions))
    ) {
      // "said the Hatter", "the Caterpillar said", "the Teapot tilted her spout": someone known by
      // what they are, in a text of any length (a whole book decides it in wholeBookType, with the
      // rest of its evidence).
      form.type = 'character';
    }
    // "said Hickory Dock": a name ending in a place word that speaks again and again is someone's.
    else if (form.type === 'location' && speaksAsSomeone(form, contextPlace)) form.type = 'character';
    // "the Mouse" beside "the Harvest Mouse", "the Moorhen" beside "Mrs. Moorhen": a creature's name
    // shortened to its kind, as a reader shortens a full name to its surname (the longer name a
    // title's or a speaker's: "the Gull" of an inn "the Blue Gull" is the inn's). "the Grey" beside
    // "the Grey Squirrel", one of two of a kind told apart by colour, is his too, acting or not.
    const shortensName = form.words.length === 1 && (titledSurnames.has(word) || speakerWords.has(word));
    if (
      (form.type === 'term' || form.type === 'drop') &&
      form.words.length === 1 &&
      speakerWords.has(word) &&
      form.mentions.every((m) => m.determiner)
    )
      form.type = 'character';
    // A book's title each time it is written ("was reading Middlemarch") is a thing's too.
    // "the schooner Endeavour": a ship's name, whatever it does ("the Endeavour took twelve"),
    // unless the text makes it speak. So is a person's full name always after "the" ("the Mary Rose
    // came in on the tide"): a boat or an inn named after someone, not someone ("the John Grier
    // Home", a name and what it names, is typed by its own evidence).
    const namedAfterSomeone =
      form.title === null && form.words.length === 2 && isGivenName(first) && mostlyAfterArticle(form);
    if (
      form.type === 'character' &&
      (form.mentions.some((m) => m.vessel) ||
        namedAfterSomeone ||
        titledSign(form) ||
        namesBoat(form) ||
        (namesAThing(form) &&
          !actsAsCreature(form, { place: contextPlace, person: contextPerson }) &&
          !takesPersonalPronoun(form.mentions) &&
          !shortensName) ||
        form.mentions.every((m) => m.work === true)) &&
      !speaksAgain(form)
    )
      form.type = 'term';
  }
  // "a W. Danby" beside "Old Danby was a gentle man": initials before a surname are the person's
  // whom the surname names, however little the initialled form does itself.
  for (const form of forms.values()) {
    const surname = forms.get(form.words[form.words.length - 1] ?? '');
    const initialled = form.title === null && form.words.slice(0, -1).every(isWrittenInitial);
    if (form.words.length >= 2 && initialled && surname?.type === 'character') form.type = 'character';
  }
  // A business read as someone (or a family, "Sons"); one read as a place ("at Hemming & Sons, the
  // clockmakers") stays one, the shop where people are. A newspaper read as someone is one too.
  for (const form of forms.values()) {
    const business = form.type === 'character' || form.type === 'group' ? businessType(form) : undefined;
    if (business !== undefined) form.type = business;
    else if (form.type === 'character' && (namesANewspaper(form) || namesAnInstitutionOf(form)))
      form.type = 'organization';
  }
  // "Lisbon, Madeira, Tenerife, and Sydney": a name the text writes only in lists of places is a
  // place too, whatever its own words suggest.
  for (const form of forms.values()) {
    if (
      form.type === 'character' &&
      form.title === null &&
      form.mentions.every((m) => listedAmongPlaces(m, forms))
    )
      form.type = 'location';
  }
  // The share of all mentions met in verse: a song in a tale, or a poem.
  const allMentions = [...forms.values()].flatMap((form) => form.mentions);
  const mostlyProse = allMentions.filter((m) => m.inVerse === true).length < 0.2 * allMentions.length;
  for (const form of forms.values()) {
    // "Said Grammar to Spelling", "Old Man Margin will wave to you": in a tale told in prose, a
    // someone met only in its verses is the song's own, a personified thing more often than anyone
    // of the story. (In a poem, or a text mostly of verse, its people are the verses'.)
    if (
      form.type === 'character' &&
      form.title === null &&
      mostlyProse &&
      form.mentions.every((m) => m.inVerse === true)
    )
      form.type = 'drop';
    // "the Knave" beside "the Knave of Spades" is the card; "one of Clubs" beside it, the suit.
    if (form.type !== 'character' && cardOfRankAlone(form, forms.values()) !== undefined)
      form.type = 'character';
    else if (isSuitOfCards(form, forms.values())) form.type = 'drop';
  }
}

/**
 * "at school at Clifton", "a family in Clifton", "ill in Clifton": a word only compromise's long list
 * of given names knows (towns are named after people and people after towns) is a town when most of
 * its mentions stand where a place does and none where a person does (no title, no speech, no act).
 * The list's weak cue would outvote those place cues.
 */
function townOfTheLongList(form: Form): boolean {
  const placed = form.mentions.filter((m) => m.place > 0).length;
  return form.person <= 0 && placed > form.mentions.length / 2 && !form.mentions.some((m) => m.speaks);
}

/**
 * "Black Michael", "Young Tom": one word of description (an ordinary word, no place's head, "Fort
 * Edward", nor a place's word) before a given name of our own list is a nickname of someone.
 */
function describedGivenName(lowerWords: readonly string[]): boolean {
  if (lowerWords.length !== 2) return false;
  const [epithet = '', given = ''] = lowerWords;
  return (
    isDictionaryWord(epithet) &&
    !isGivenName(epithet) &&
    !PLACE_HEADS.has(epithet) &&
    !PLACE_WORDS.has(epithet) &&
    (GIVEN_NAMES[given] !== undefined || NICKNAMES[given] !== undefined)
  );
}

/**
 * Heads of the names of a landform or a fort ("Lake Champlain", "Fort Edward"), not of a saint's
 * ("St. John" is also a man's name).
 */
const LANDFORM_HEADS = new Set(['lake', 'mount', 'mt.', 'mt', 'cape', 'isle', 'port', 'fort', 'glen']);

/** Titles inns and ships are named with ("the Lord Nelson", "the Admiral Benbow", "the Duke of York"). */
const SIGN_TITLES = new Set([
  'lord',
  'duke',
  'earl',
  'marquis',
  'marquess',
  'admiral',
  'general',
  'king',
  'prince',
]);

/**
 * "in the Lord Rodney", "out of the Lord Rodney", "went to the Lord Rodney": a title of the peerage
 * or a high rank before a name (not ordinary words, "the General Post Office"), written after "the"
 * each time, three times or more, with no cue of a person at any of them, is an inn's sign or a
 * ship's name ("the Prince Regent came in" is someone; "the Widow Pennywhistle" is by usage).
 */
function titledSign(form: Form): boolean {
  return (
    form.title !== null &&
    SIGN_TITLES.has(form.title.toLowerCase()) &&
    !form.words.every((w) => isDictionaryWord(w.toLowerCase())) &&
    form.mentions.length >= 3 &&
    form.mentions.every((m) => m.titledAfterArticle === true && m.person === 0)
  );
}

/**
 * "our ships, the Mary Kendall and the Thomas Rowe ... Mary Kendall was his first master's sister":
 * a name after "the" each time, or each time but one where three times or more (the one the
 * person it is named after, said once), names the thing.
 */
function mostlyAfterArticle(form: Form): boolean {
  const bare = form.mentions.filter((m) => !m.determiner).length;
  return bare === 0 || (bare === 1 && form.mentions.length - bare >= 3);
}

/** The mention is one of a list whose other names are places for the most part, two at least. */
function listedAmongPlaces(mention: RawMention, forms: ReadonlyMap<string, Form>): boolean {
  const others = (mention.series ?? []).filter((m) => m !== mention);
  const places = others.filter((m) => forms.get(m.form)?.type === 'location').length;
  return places >= 2 && places > others.length / 2;
}

/**
 * "the Kestrel sat in the harbour", "the Kestrel was riding at her mooring": one word, never a
 * given name, always after "the", in sentences of harbours and sailing for half its mentions.
 */
function namesBoat(form: Form): boolean {
  const count = form.mentions.length;
  return (
    form.title === null &&
    form.words.length === 1 &&
    count >= 3 &&
    !isGivenName(mustAt(form.words, 0).toLowerCase()) &&
    form.mentions.every((m) => m.determiner) &&
    form.mentions.filter((m) => m.nautical).length >= count / 2
  );
}

/**
 * "came up to the Gull", "the Gull was full every night": one word, never a given name nor a
 * people's, after "the" in four of five mentions or more, five or more, is a thing's name (an
 * inn, a house, a boat), as a whole book reads a name mostly after the article (see wholeBookType).
 * A noun of a person or a calling names someone ("the Boy", "the Miller").
 */
function namesAThing(form: Form): boolean {
  const count = form.mentions.length;
  const lowerWords = form.words.map((w) => w.toLowerCase());
  const head = mustAt(lowerWords, lowerWords.length - 1);
  return (
    form.title === null &&
    count >= 5 &&
    !lowerWords.some((word) => isGivenName(word)) &&
    !PEOPLE_NOUNS.has(head) &&
    OCCUPATIONS[head] === undefined &&
    !isPersonDescription(form) &&
    form.mentions.filter((m) => m.determiner).length >= 0.8 * count &&
    (lowerWords.length === 1 || namesAThingOfSeveralWords(form, lowerWords))
  );
}

/**
 * "under the Beacon Oak", "towards the Beacon Oak": a name of several words is a thing's (a tree,
 * a house) when it stands after a preposition of where in half its mentions, as a thing is gone to
 * or stood under where a creature called by its kind is met as a verb's subject ("The Grey Mare
 * began to eat the hedge"). Not a rank of somewhere ("the Duke of Marlow").
 */
function namesAThingOfSeveralWords(form: Form, lowerWords: readonly string[]): boolean {
  const count = form.mentions.length;
  return (
    PERSON_TITLES[mustAt(lowerWords, 0)] === undefined &&
    form.mentions.filter((m) => m.whereAfterArticle === true).length >= 0.5 * count
  );
}

/** Five mentions or more, a quarter of them acting as someone, none put where a place goes. */
function actsOnly(form: Form, context: { place: number; person: number }): boolean {
  const count = form.mentions.length;
  return count >= 5 && context.place === 0 && context.person >= 0.25 * count;
}

/**
 * "the Stoat sighed", "the Stoat came in", "the Stoat shook his paw": a creature named by its kind
 * acts again and again where an inn takes one stray verb ("everybody at the Mitre called him that").
 * Speaking is acting ("said the Heron" once, "the Heron wrote it down" once).
 */
function actsAsCreature(form: Form, context: { place: number; person: number }): boolean {
  return actsOnly(form, context) && form.mentions.filter((m) => m.person > 0 || m.speaks).length >= 2;
}

/**
 * "the Hermit said to Sir Owain", then "The Hermit, when he heard the story": a name a book writes
 * three or four times (five or more must act as a creature does, `actsAsCreature`) that speaks once
 * and that the narration follows with "he" or "she" at another mention is someone met briefly. A
 * newspaper or an inn may be said to say something once ("the Gazette said"), but is "it".
 */
function speaksOnceAndIsHeOrShe(form: Form): boolean {
  return (
    form.mentions.length < 5 &&
    form.mentions.some((m) => m.speaks) &&
    form.mentions.some((m) => !m.speaks && m.personalPronoun === true)
  );
}

/**
 * "said the White Knight" once, in a book that names him three times: a name whose last word is a
 * noun of a person or a calling ("Knight", "Gardener"), made to speak, is someone, where an inn
 * named after one ("the Jolly Sailor", "the Green Man") is never made to speak.
 */
function speaksOnceAsAPerson(form: Form): boolean {
  const head = (form.words[form.words.length - 1] ?? '').toLowerCase();
  return (PEOPLE_NOUNS.has(head) || OCCUPATIONS[head] !== undefined) && form.mentions.some((m) => m.speaks);
}

/** Spoken by the text again and again ("said the Hatter"): at least twice, and in a tenth of its mentions. */
function speaksAgain(form: Form): boolean {
  const speaking = form.mentions.filter((m) => m.speaks).length;
  return speaking >= 2 && speaking >= 0.1 * form.mentions.length;
}

/** Spoken by the text again, in a fifth of its mentions, more often than the context reads it a place. */
function speaksAsSomeone(form: Form, contextPlace: number): boolean {
  const speaking = form.mentions.filter((m) => m.speaks).length;
  return speaksAgain(form) && speaking >= 0.2 * form.mentions.length && contextPlace < speaking;
}

/** A name mostly written with an article that the text makes speak: "the Hatter", "the Manxman". */
function speaksByArticle(form: Form): boolean {
  const withArticle = form.mentions.filter((m) => m.determiner).length;
  return form.title === null && withArticle >= 0.5 * form.mentions.length && speaksAgain(form);
}

/** Titles of address that go before any surname, even one that is an ordinary word ("Mrs. Long"). */
const HONORIFIC_TITLES = new Set(['Mr.', 'Mrs.', 'Miss', 'Ms.', 'Messrs.']);

/**
 * "Chief Harpooneer", "Queen Nature": a rank before a word the text mostly writes in lower case
 * names an office or a personified thing, not a person. An honorific keeps its surname ("Mrs. Long"),
 * and so does a word that ends someone's full name ("Captain Coffin" beside "Peter Coffin").
 */
function isRankOfCommonNoun(
  form: Form,
  surnames: ReadonlySet<string>,
  lowerCount: ((lower: string) => number) | undefined,
): boolean {
  if (form.title === null || HONORIFIC_TITLES.has(form.title) || form.words.length !== 1) return false;
  const word = mustAt(form.words, 0);
  if (surnames.has(word)) return false;
  return (lowerCount?.(word.toLowerCase()) ?? 0) > 2 * form.mentions.length + 1;
}

/** "Nantucketer", "Londoners": someone of a place of the book, a people word, not a name. */
const DEMONYM_ENDING = /^(.{3,}?)(?:ers?|ites?|ians?|ese)$/;

/** The places a people word may come from: "Brazil" for "Brazilian", "Tahiti" for "Tahitian". */
function demonymPlaces(stem: string): string[] {
  return [stem, `${stem}i`, `${stem}y`, `${stem}a`];
}

/**
 * Types that rest on the whole book's evidence:
 *   - "Nantucketers" (a place of the book plus a people ending) is a group;
 *   - a name the text makes speak again and again ("said Perth", "the Parsee said"), or that acts
 *     in a quarter of its mentions or more and is never put after "in" or "to", is a character,
 *     even when a gazetteer knows it as a place;
 *   - a name that mostly takes an article ("the Pequod", "the Leviathan") names a ship, a thing or
 *     a kind, not a person, unless the text makes it speak ("said the Manxman"): then it is a
 *     character known by what it is.
 */
function wholeBookType(
  form: Form,
  forms: Map<string, Form>,
  context: { place: number; person: number },
  lowerCount: ((lower: string) => number) | undefined,
): void {
  const count = form.mentions.length;
  if (form.title !== null || count < 3) return;
  const speaks = speaksAgain(form);
  if (form.type === 'character' && form.person === 0 && !speaks && count < 8) {
    // A few mentions and no cue at all in a whole book, not a given name, never titled: "Nineveh",
    // "Cadiz" (places the gazetteer lacks) more often than a person, who acts or is spoken of
    // somewhere in a book. (A name seen often stays a character on its own: Safie, 25 mentions.)
    form.type = 'term';
    return;
  }
  const lower = mustAt(form.words, 0).toLowerCase();
  if (form.type === 'character' && capitalisedCommonWord(form, context, lowerCount)) {
    // "Leviathan", "Pagan", "History", "Emperors": a word the book also writes in lower case,
    // capitalised for weight; a stray cue ("the Leviathan comes") does not make it someone.
    form.type = 'term';
    return;
  }
  if (form.words.length === 1 && form.type !== 'group') {
    const stem = DEMONYM_ENDING.exec(mustAt(form.words, 0))?.[1];
    const fromPlace =
      stem !== undefined &&
      !isGivenName(lower) &&
      demonymPlaces(stem).some((p) => forms.get(p)?.type === 'location' || isKnownPlace(p.toLowerCase()));
    if (fromPlace && !speaks) {
      form.type = 'group';
      return;
    }
    if (form.type === 'location' && (speaksAsSomeone(form, context.place) || actsOnly(form, context))) {
      form.type = 'character';
      return;
    }
  }
  const withArticle = form.mentions.filter((m) => m.determiner).length;
  if (withArticle < 0.5 * count || form.type === 'location' || form.type === 'organization') return;
  // "said the Grey Hare" once beside "the Grey Hare ran round the meadow" and more: one who speaks
  // once and acts as a creature throughout is someone known by what they are; a thing the book
  // names by the article (a ship, an inn) is not made to speak.
  const speaksOnceAndActs = form.mentions.some((m) => m.speaks) && actsAsCreature(form, context);
  if (speaks || speaksOnceAndActs || speaksOnceAndIsHeOrShe(form) || speaksOnceAsAPerson(form))
    form.type = 'character';
  else if (form.type === 'character' && !isPersonDescription(form)) form.type = 'term';
}

/**
 * One word the text also writes in lower case, capitalised for weight, that never speaks again and
 * seldom acts ("Leviathan", "History", "the Queen's Seals" beside "a seal of red wax").
 */
function capitalisedCommonWord(
  form: Form,
  context: { person: number },
  lowerCount: ((lower: string) => number) | undefined,
): boolean {
  const count = form.mentions.length;
  const lower = mustAt(form.words, 0).toLowerCase();
  const inLowerCase = (lowerCount?.(lower) ?? 0) + (lowerCount?.(lower.replace(/s$/, '')) ?? 0);
  return (
    form.words.length === 1 &&
    !speaksAgain(form) &&
    !isGivenName(lower) &&
    inLowerCase >= 0.25 * count &&
    context.person < 0.5 * count
  );
}

/**
 * One of a people or a place, by what they are: "the Turk", "the Manxman". Typed by its own cues:
 * a character when it acts ("the Turk" of Frankenstein), otherwise left to the people words.
 */
function isPersonDescription(form: Form): boolean {
  if (form.words.length !== 1) return false;
  const lower = mustAt(form.words, 0).toLowerCase();
  return PEOPLES.has(lower) || /[a-z]-?man$/.test(lower);
}

/** "Old Meg's Hill": every mention writes the name with a possessive before its last word. */
function possessiveBeforeLast(form: { mentions: ReadonlyArray<{ text: string }> }): boolean {
  return form.mentions.every((m) => /['’]s \S+$/.test(m.text));
}

/** Words a newspaper's title ends with ("the Morning Post", "the Evening Courier", "the Mail"). */
const NEWSPAPER_TITLES = new Set([
  'advertiser',
  'clarion',
  'courier',
  'examiner',
  'intelligencer',
  'mail',
  'mercury',
  'observer',
  'post',
  'standard',
  'telegraph',
  'tribune',
]);

/**
 * "The Courier said that the stone was to go to Vienna", "the Standard printed his name": a
 * newspaper is said to say and print what people say, so its speaking makes no one of it. One word
 * of a newspaper's title, always after "the", never titled ("Mr. Post") and never "he" or "she".
 */
function namesANewspaper(form: Form): boolean {
  return (
    form.title === null &&
    form.words.length === 1 &&
    NEWSPAPER_TITLES.has(mustAt(form.words, 0).toLowerCase()) &&
    form.mentions.every((m) => m.determiner) &&
    !takesPersonalPronoun(form.mentions)
  );
}

/**
 * "the Bank of England", "the Church of Scotland", "the College of Surgeons": an institution's word
 * before "of" and where or whom it serves, never titled, is the institution, where a rank before "of"
 * ("the Duke of Marlow") is someone.
 */
function namesAnInstitutionOf(form: Form): boolean {
  return (
    form.title === null &&
    form.words.length >= 2 &&
    form.mentions.every((m) => m.text.startsWith(`${mustAt(form.words, 0)} of `)) &&
    ORG_WORDS.has(mustAt(form.words, 0).toLowerCase())
  );
}

/**
 * "Dowling and Sons", "dined at Cobb's": a man's name the text mostly writes as a firm's (twice at
 * least, half its mentions, never speaking) or a shop's, never its keeper's, is the business, not someone; "the
 * General Post Office", a rank's word before ordinary words that end with an institution's, is the
 * institution.
 */
function businessType(form: Form): 'organization' | 'location' | undefined {
  const count = form.mentions.length;
  const last = form.words[form.words.length - 1]?.toLowerCase() ?? '';
  if (
    form.title !== null &&
    form.words.length >= 2 &&
    ORG_WORDS.has(last) &&
    form.words.every((w) => isDictionaryWord(w.toLowerCase()) && !isGivenName(w.toLowerCase()))
  )
    return 'organization';
  // "a firm called Dowling and Sons": a speech verb's guess of a speaker there is no one speaking.
  const speaks = form.mentions.some((m) => m.speaks && m.business === undefined);
  if (form.title !== null || form.words.length !== 1 || speaks) return undefined;
  const of = (kind: 'firm' | 'shop' | 'owner'): number =>
    form.mentions.filter((m) => m.business === kind).length;
  const enough = (n: number): boolean => n >= 2 && n >= 0.5 * count;
  if (enough(of('firm'))) return 'organization';
  // Not a shop's keeper: "Klein's hotel" beside "over at Klein's" is a man's hotel.
  return enough(of('shop')) && of('owner') === 0 ? 'location' : undefined;
}
