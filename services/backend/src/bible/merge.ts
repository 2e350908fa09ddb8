import { mustAt } from '@george/runtime/collections';
import type { RawMention } from './candidates.js';
import type { Form } from './classify.js';
import type { FalseNameByPronoun } from './false-names.js';
import {
  DEMONYMS,
  FAMILY_NAMES,
  FEMALE_MARRIED,
  type Gender,
  KINSHIP_TITLES,
  NICKNAME_SOURCES,
  PERSON_TITLES,
  PLACE_WORDS,
  RANKS_ALONE,
  USUALLY_MALE_RANKS,
} from './lexicons.js';
import {
  canonicalGiven,
  givenNameGender,
  isDictionaryWord,
  isGivenName,
  isKnownPlace,
  isPatronymic,
  isPersonName,
  isWrittenInitial,
} from './lookup.js';
import type { MarriedNameCue } from './relations.js';
import { missInScene } from './scene-given.js';

/**
 * Alias merging. Person names are parsed into title, given name and surname, and joined only when
 * nothing contradicts: "Mr. Darcy" and "Fitzwilliam Darcy" join, "Mr. Bennet", "Mrs. Bennet" and
 * "Miss Bennet" stay three people, nicknames join their given name through the nickname table, and a
 * bare name that fits several people ("Bennet", "Jane") is resolved mention by mention from context.
 */

export interface EntityDraft {
  id: number;
  type: 'character' | 'location' | 'organization' | 'group' | 'term';
  mentions: RawMention[];
  /** Character profile. */
  titles: Set<string>;
  gender: Gender;
  given: string | null;
  surname: string | null;
  /** Forms joined to this entity as a whole (not mention by mention). */
  forms: Form[];
  /** The father of a father and son of one name, whom only this tells apart ("Colley the elder"). */
  elderOfName?: boolean;
}

interface PersonForm {
  form: Form;
  title: string | null;
  titleGender: Gender;
  given: string | null;
  surname: string | null;
  nickname: boolean;
}

/** Titles every grown member of a family bears, as against a rank or calling ("Dr.", "Captain"). */
const COURTESY_TITLES = new Set(
  'Mr. Mrs. Miss Ms. Master Mistress Madam Madame Mademoiselle Monsieur M. Herr Frau Fräulein Signor Signore Signora Signorina Señor Senor Señora Senora Don Doña Mynheer'.split(
    ' ',
  ),
);

/** Titles of honour, which the narration sets before a given name written whole ("Sir Thomas"). */
const HONOURS = new Set(['Sir', 'Dame']);

/** The peerage's titles, which a peer's younger children bear before their given names. */
const PEERAGE = new Set(['Lord', 'Lady']);

/** Titles a family gives its own ("Aunt Edith", "Uncle Henry"), beside the world's "Mrs." or "Mr.". */
const KIN_TITLES = new Set(['Aunt', 'Uncle', 'Cousin']);

/** Ranks and callings of either sex ("Captain", "Dr.", "Inspector"): not courtesy, honour, peerage or kin. */
const RANKS = new Set(
  Object.values(PERSON_TITLES).flatMap((t) =>
    t.gender === 'unknown' && !KIN_TITLES.has(t.canonical) ? [t.canonical] : [],
  ),
);

const GIVEN_NAME_TITLES = new Set([
  'Sir',
  'Aunt',
  'Uncle',
  'Father',
  'Mother',
  'Sister',
  'Brother',
  'Cousin',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Saint',
  'St.',
  'Master',
]);

export interface MergeOptions {
  /** A bare name goes to the family member with at least this share of the titled mentions. */
  dominantShare: number;
  /** The chapter a mention is in (a story of a collection), null in a text without chapters. */
  chapterOf?: (mention: RawMention) => number | null;
  /** The tale a mention is in when its text is a collection of tales, else null (a novel is one story). */
  taleOf?: (mention: RawMention) => number | null;
  /** Look-back window (characters) for the nearest preceding mention of a candidate. */
  window: number;
}

/** A letter in the text: the recipient's name in its heading, and where the letter's body ends. */
export interface Letter {
  recipient: RawMention;
  end: number;
}

/** What the text states about who is whom, beyond the names themselves. */
export interface Statements {
  letters: Letter[];
  /** Two people the text names as husband and wife ("Charlotte the wife of Mr. Collins"). */
  spouses: Array<[RawMention, RawMention]>;
  /** A woman's maiden and married names in one passage ("Miss Taylor, now Mrs. Weston"). */
  marriedNames: MarriedNameCue[];
  /** Two people the text says are to marry ("Winnie announced her engagement to Mr Verloc"). */
  engagements?: Array<[RawMention, RawMention]>;
  /** Two people the text names as brother and sister ("Robert Fenwick had one sister, Harriet"). */
  siblings: Array<[RawMention, RawMention]>;
  /**
   * Full names the text introduces as someone's son or grandson ("Dougie Aird, who was the
   * ticket-man's grandson"), and given names set right after such a noun ("his son Frederick").
   */
  descendants?: RawMention[];
  /** Titles and surnames the text introduces as a man's father or uncle ("his father, General Tilney"). */
  elders?: RawMention[];
  /** A woman's title and surname the text introduces as someone's mother or aunt ("His mother, Lady Hosken"). */
  elderWomen?: RawMention[];
  /** Full names the text gives a father as his child's own ("My father is Matthew Colley too"). */
  fathersOfOneName?: RawMention[];
  /** Names listed as one person's in turn ("Gedling, or Norris, or Lambert, as he had lately called himself"). */
  namesInTurn?: Array<[RawMention, RawMention]>;
  /** False names told of "he" or "she" ("He's lodging under the name of Mr. Brown"). */
  falseNames?: FalseNameByPronoun[];
  /** A name a speaker denies and the one they give as their own ("I am not Jane Fry ... My name is Jane Dawlish"). */
  deniedNames?: Array<[RawMention, RawMention]>;
}

export function mergeEntities(
  forms: Form[],
  options: MergeOptions,
  statements: Statements = { letters: [], spouses: [], marriedNames: [], siblings: [] },
): EntityDraft[] {
  const entities: EntityDraft[] = [];
  const newEntity = (type: EntityDraft['type']): EntityDraft => {
    const entity: EntityDraft = {
      id: entities.length,
      type,
      mentions: [],
      titles: new Set(),
      gender: 'unknown',
      given: null,
      surname: null,
      forms: [],
    };
    entities.push(entity);
    return entity;
  };
  const attach = (entity: EntityDraft, form: Form): void => {
    entity.forms.push(form);
    entity.mentions.push(...form.mentions);
  };

  mergePlaces(
    forms.filter((f) => f.type === 'location'),
    newEntity,
    attach,
  );
  for (const form of forms) {
    if (form.type === 'organization' || form.type === 'term') attach(newEntity(form.type), form);
  }
  // Families: "Bennets" and "Miss Bennets" are one group, named by its surname.
  const families = new Map<string, EntityDraft>();
  for (const form of forms) {
    if (form.type !== 'group') continue;
    // "there had been Thomas Garlands at the mill": the namesakes, not the family; a group of its own
    // without a surname, so Walter Garland and his cousins are not made its members.
    if (form.title === null && form.words.length >= 2 && isGivenName(mustAt(form.words, 0).toLowerCase())) {
      attach(newEntity('group'), form);
      continue;
    }
    const last = mustAt(form.words, form.words.length - 1);
    const surname = form.mentions.every((m) => m.family) ? last : singular(last);
    let group = families.get(surname);
    if (group === undefined) {
      group = newEntity('group');
      group.surname = surname;
      families.set(surname, group);
    }
    attach(group, form);
  }

  // "the late Mr. Darcy": one entry per such name, never joined to the living.
  for (const form of forms)
    if (form.type === 'character' && isLate(form)) attach(newEntity('character'), form);
  const people = forms
    .filter((f) => f.type === 'character' && !isLate(f))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const firstWords = new Set<string>();
  /** How many names end with each word. */
  const lastWords = new Map<string, number>();
  const titled = new Set(people.filter((f) => f.title !== null).map((f) => f.words.join(' ')));
  for (const form of people) {
    if (form.words.length >= 2 && !isWholeName(form, titled)) {
      firstWords.add(mustAt(form.words, 0));
      const last = mustAt(form.words, form.words.length - 1);
      lastWords.set(last, (lastWords.get(last) ?? 0) + 1);
    }
  }
  const parsed = readInitials(people.map((form) => parsePerson(form, firstWords, lastWords, titled)));
  const ambiguous: Array<{ person: PersonForm; candidates: EntityDraft[] }> = [];
  const written = writtenGivens(parsed);
  const canonicalHere = (given: string): string => canonicalIn(given, written);

  const genderOf = (person: PersonForm): Gender =>
    person.titleGender !== 'unknown'
      ? person.titleGender
      : person.given
        ? givenNameGender(person.given.toLowerCase())
        : 'unknown';
  const compatibleGender = (entity: EntityDraft, gender: Gender): boolean =>
    entity.gender === 'unknown' || gender === 'unknown' || entity.gender === gender;
  const profile = (entity: EntityDraft, person: PersonForm): void => {
    if (person.title !== null) entity.titles.add(person.title);
    const gender = genderOf(person);
    if (entity.gender === 'unknown') entity.gender = gender;
    if (entity.given === null && person.given !== null) entity.given = canonicalHere(person.given);
    if (entity.surname === null && person.surname !== null) entity.surname = person.surname;
  };
  const adopt = (entity: EntityDraft, person: PersonForm): void => {
    profile(entity, person);
    attach(entity, person.form);
  };
  const titleFits = (entity: EntityDraft, title: string | null): boolean => {
    if (title === null || entity.titles.size === 0) return true;
    if (entity.titles.has(title)) return true;
    // "Aunt Edith" is "Mrs. Vane" to the post: a kin title goes with a courtesy title.
    return KIN_TITLES.has(title) && [...entity.titles].every((t) => COURTESY_TITLES.has(t));
  };

  // A. Full names: given name and surname.
  const fullNames = new Map<string, EntityDraft>();
  /** Full names a knight or a dame bears with the given name written whole ("Sir Thomas Bertram"). */
  const knighted = new Set(
    parsed.flatMap((p) =>
      p.title !== null && HONOURS.has(p.title) && p.given !== null && p.surname !== null && !p.nickname
        ? [`${canonicalHere(p.given)} ${p.surname}`]
        : [],
    ),
  );
  for (const person of parsed) {
    if (person.given === null || person.surname === null) continue;
    const wifeByName = person.title !== null && namedAsWife(person.title, person.given);
    const name = `${canonicalHere(person.given)} ${person.surname}`;
    // "Tom Bertram" beside "Sir Thomas Bertram": the short form of the knight's given name with his
    // surname is his son's, as the narration does not shorten a knight's given name.
    const knightsSon = person.nickname && person.title === null && knighted.has(name);
    const key = `${wifeByName ? `${person.title} ` : ''}${name}${knightsSon ? ' (short)' : ''}`;
    let entity = fullNames.get(key);
    if (entity !== undefined && !compatibleGender(entity, genderOf(person))) entity = undefined;
    if (entity === undefined) {
      entity = newEntity('character');
      fullNames.set(key, entity);
    }
    adopt(entity, person);
  }
  const fullEntities = [...fullNames.values()];
  /**
   * The given names the text writes alone, without title or surname ("Daniel"), with those
   * mentions, other than after "old" ("Old Silas sees nothing now": the elder as his neighbours call
   * him).
   */
  const givenAlone = new Map<string, RawMention[]>();
  for (const p of parsed) {
    if (p.title !== null || p.surname !== null || p.given === null) continue;
    const mentions = p.form.mentions.filter((m) => m.old !== true);
    if (mentions.length === 0) continue;
    const given = canonicalHere(p.given);
    givenAlone.set(given, [...(givenAlone.get(given) ?? []), ...mentions]);
  }

  /**
   * A younger one of a family: called by his given name alone ("Daniel") or introduced as someone's
   * son. The family's head is the one of it who is neither.
   */
  const junior = (entity: EntityDraft): boolean =>
    (entity.given !== null && givenAlone.has(entity.given)) ||
    introducedAsDescendant(entity, statements.descendants ?? []);
  /**
   * A title and surname several full names fit ("Mr. Penrose" in a collection with Josiah, Henry
   * and Thomas Penrose): each mention goes to the one of them its chapter names, as a story of a
   * collection has its own Mr. Penrose; the rest stay an entry of their own, as "Mr. McCarthy"
   * beside his son James McCarthy in one story is the father, not whoever was named last. "Miss
   * Lucas" is by convention the eldest unmarried daughter, whom the consolidation finds.
   */
  const byChapter = (person: PersonForm, fits: readonly EntityDraft[]): void => {
    const chapterOf = options.chapterOf;
    // "Mr. Lorimer" beside "Samuel Lorimer" and his son "Daniel Lorimer", whom the text calls
    // "Daniel" or introduces as a son: the title and surname are the family's head (not junior), in
    // a story that names him or names the other where a story has named the two together (not a
    // Josiah Penrose of another story beside a Thomas Penrose of this one).
    const [formal, ...moreFormal] = fits.filter((entity) => !junior(entity));
    const storiesOf = (entity: EntityDraft): Set<string> =>
      new Set(entity.mentions.map((m) => `${m.fileIndex}:${chapterOf?.(m) ?? null}`));
    const formalStories = formal === undefined ? new Set<string>() : storiesOf(formal);
    const besideFormal = (entity: EntityDraft): boolean =>
      junior(entity) && [...storiesOf(entity)].some((story) => formalStories.has(story));
    // "young Mrs. Dalling" beside "Mrs. John Dalling" and "Mrs. Martin Dalling", the son's wife:
    // "young" before the title names the younger of the family, not its head.
    const juniors = fits.filter(junior);
    let apart: EntityDraft | undefined;
    for (const mention of person.form.mentions) {
      const chapter = chapterOf?.(mention) ?? null;
      // A text without chapters is one story, where every one of them is named.
      const named =
        chapter === null
          ? fits
          : fits.filter((entity) =>
              entity.mentions.some((m) => m.fileIndex === mention.fileIndex && chapterOf?.(m) === chapter),
            );
      // "Mr. Edmund Tolley came ... 'Sit down, Mr. Tolley'", and only then "his uncle, Jonas Tolley":
      // the title and surname are the one the story named with the title and his given name before
      // its first title and surname, when it had named no other of them yet (not "Mr. Josiah Penrose
      // ... Henry Penrose, his brother ... Mr. Penrose came in").
      const inStory = (m: RawMention): boolean =>
        m.fileIndex === mention.fileIndex && chapterOf?.(m) === chapter;
      const firstHere = firstOf(person.form.mentions.filter(inStory));
      const namedBefore = named.filter((entity) =>
        entity.mentions.some((m) => inStory(m) && comesBefore(m, firstHere)),
      );
      const [only, ...others] = namedBefore;
      const introduced =
        only !== undefined &&
        others.length === 0 &&
        only.mentions.some(
          (m) => inStory(m) && m.title === mention.title && m.words.length >= 2 && comesBefore(m, firstHere),
        )
          ? only
          : undefined;
      // "'Arthur,' said Mr. Tresham": a junior goes by his given name, so a story that calls him by
      // it names him as much as by his full name.
      const calledHere = (entity: EntityDraft): boolean =>
        entity.given !== null && (givenAlone.get(entity.given) ?? []).some(inStory);
      let owner =
        mention.young === true && juniors.length === 1
          ? juniors[0]
          : formal !== undefined &&
              moreFormal.length === 0 &&
              (named.includes(formal) ||
                named.some(besideFormal) ||
                juniors.some((entity) => besideFormal(entity) && calledHere(entity)))
            ? formal
            : named.length === 1
              ? named[0]
              : introduced;
      if (owner === undefined) {
        if (apart === undefined) {
          apart = newEntity('character');
          profile(apart, person);
          apart.forms.push(person.form);
          fullEntities.push(apart);
        }
        owner = apart;
      }
      // "Mr. Hurle" taken by Obadiah Hurle, of no known gender by his given name: the title tells
      // it. (Not the title, which every grown man of the family bears.)
      if (owner.gender === 'unknown') owner.gender = genderOf(person);
      owner.mentions.push(mention);
    }
  };

  /**
   * "Mrs. Vane" and "Edith Vane" in a text that names no man of the name and no other of it with a
   * given name: one woman, her married title and her name (a "Mrs." beside a man of the name may be
   * his wife, and his daughter bear the full name). Not when a sentence names the two ("talked to
   * Mrs. Crane, and to Bessie"): mother and daughter, as a sentence naming two names two people.
   */
  const onlyWomanOfName = (entity: EntityDraft, surname: string, married: Form): boolean => {
    const given = entity.given;
    if (given === null || givenNameGender(given) !== 'female') return false;
    if (fullEntities.filter((e) => e.surname === surname).length !== 1) return false;
    const sentences = new Set(married.mentions.map((m) => `${m.fileIndex}:${m.sentenceStart}`));
    return !parsed.some(
      (p) =>
        (p.surname === surname &&
          (p.titleGender === 'male' ||
            (p.given !== null && givenNameGender(p.given.toLowerCase()) === 'male'))) ||
        (p.given !== null &&
          canonicalHere(p.given) === given &&
          (p.surname === null || p.surname === surname) &&
          p.form.mentions.some((m) => sentences.has(`${m.fileIndex}:${m.sentenceStart}`))),
    );
  };

  /**
   * "Captain Lucas Harding ... 'Good evening, Mr. Harding'": "Mr." is every grown man's, a rank's
   * bearer's too. It is the one man of the surname named in full, when he is named only with ranks
   * ("Dr. Philip Rowland" is "Mr. Rowland" to his landlady); not when the text brings "a Mr.
   * Harding" in as someone new, nor when a sentence names the two ("not Mr. Wentworth, the curate,
   * but Captain Frederick Wentworth, his brother").
   */
  const manOfRank = (mr: Form, surname: string): EntityDraft | undefined => {
    const [man, ...more] = fullEntities.filter(
      (entity) => entity.surname === surname && entity.given !== null && compatibleGender(entity, 'male'),
    );
    if (man === undefined || more.length > 0 || man.titles.size === 0) return undefined;
    if (![...man.titles].every((t) => RANKS.has(t))) return undefined;
    if (mr.mentions.some((m) => m.indefinite === true) || inOneSentence(mr, man)) return undefined;
    return man;
  };

  // B. Title and surname: join a full name only when exactly one family member fits.
  for (const person of parsed) {
    if (person.title === null || person.given !== null || person.surname === null) continue;
    const title = person.title;
    // "Dr. Ingram, and he was known": a rank of either sex takes the sex of the pronoun after it.
    const gender =
      person.titleGender !== 'unknown' ? person.titleGender : pronounsAfter(person.form.mentions);
    const surname = person.surname;
    // An untitled full name can take the title ("Fitzwilliam Darcy" is "Mr. Darcy"), and so can a
    // full name written with the same title ("Mr. Sherlock Holmes" is "Mr. Holmes"), except that
    // "Miss Elizabeth Bennet" is by convention not "Miss Bennet" (the eldest sister). "Mrs." and
    // "Lady" never join a given name by themselves, unless she is the one woman of a name no man
    // of the text bears (onlyWomanOfName).
    // "She married Dr. Pell ... Dr. Pell and Mrs. Pell sat behind them": a rank of either sex beside a
    // married woman's title of the surname is her husband's, not a woman's named with the surname
    // and never with the rank ("Eliza Pell", the wife).
    const husbandsRank =
      gender === 'unknown' &&
      parsed.some(
        (p) => p.title !== null && FEMALE_MARRIED.has(p.title) && p.given === null && p.surname === surname,
      );
    // "Major Fairlie ... my sister Clara. She was Clara Fairlie": a rank held mostly by men, with no
    // pronoun after it to say otherwise, is not a woman's whom the text never names with the rank.
    const maleRank = gender === 'unknown' && USUALLY_MALE_RANKS.has(title.toLowerCase());
    // "Old Mrs. Pratt lived with her son and his wife. Mrs. Henry Pratt ...": "old" before a married
    // title names the elder wife of the family, not the one named by her husband's given name.
    const elder = person.form.mentions.some((m) => m.old === true);
    // "Lord Carrick ... His younger brother, Lord Edward Carrick ... Lord Edward": a text that
    // writes "Lord" or "Lady" before the given name alone uses the courtesy of a peer's younger son
    // or daughter, which is never the peer's title with the surname, nor his wife's (a text that
    // never does may shorten "Lord Robert Vane" to "Lord Vane").
    const courtesyOfYounger = (entity: EntityDraft): boolean =>
      PEERAGE.has(title) &&
      parsed.some(
        (p) =>
          p.title === title &&
          p.given !== null &&
          p.surname === null &&
          canonicalHere(p.given) === entity.given,
      );
    const fits = fullEntities.filter(
      (entity) =>
        entity.surname === person.surname &&
        compatibleGender(entity, gender) &&
        !(elder && wifeOfName(entity)) &&
        !courtesyOfYounger(entity) &&
        // "Arthur Penrose was a clerk, and his cousin Major Penrose a soldier": a sentence that
        // writes the full name without the rank, and the rank with the surname, names two people
        // ("Dr. Alan Henderson ... and Dr. and Mrs. Henderson lived above it" names one). Not a
        // courtesy title: "Mr. Wickham is the son of ... on George Wickham, his godson" is one man.
        !(
          !COURTESY_TITLES.has(title) &&
          inOneSentence(person.form, entity, (m) => m.words.length >= 2 && m.title !== title)
        ) &&
        !(
          (husbandsRank || maleRank) &&
          !entity.titles.has(title) &&
          entity.given !== null &&
          givenNameGender(entity.given) === 'female'
        ) &&
        (entity.titles.size === 0
          ? !FEMALE_MARRIED.has(title) || onlyWomanOfName(entity, surname, person.form)
          : entity.titles.has(title) && title !== 'Miss' && !twoOfOneName(entity, person.form)),
    );
    // "Dr. Henderson" beside "Dr. Alan Henderson", his son Robert Henderson and his wife: a rank
    // ("Dr.", "Captain", "Colonel") that one of the family is named with is his; a courtesy title
    // ("Mr.", "Mrs.", "Miss") is every grown member's, and stays with the chapters' reading.
    const ranked = COURTESY_TITLES.has(title) ? [] : fits.filter((entity) => entity.titles.has(title));
    if (fits.length > 1 && title !== 'Miss' && ranked.length !== 1) {
      byChapter(person, fits);
      continue;
    }
    const fit =
      fits.length === 1
        ? fits[0]
        : ranked.length === 1
          ? ranked[0]
          : fits.length === 0 && title === 'Mr.'
            ? manOfRank(person.form, surname)
            : undefined;
    // "Mr. Aird, who kept the ticket hut" before "Dougie Aird, who was the ticket-man's grandson":
    // the man named by his surname first is the elder of the family, not the young man named later.
    // So is a rank of either sex ("Colonel Ashby ... His nephew, Robert Ashby").
    // "Henry Tilney walked ... His father, General Tilney, watched": the title introduced as a man's
    // father or uncle after the full name is named is that elder, not the man named first.
    const owner =
      fit !== undefined &&
      gender !== 'female' &&
      (youngerNamedLater(fit, person.form.mentions, statements.descendants ?? []) ||
        elderNamedLater(fit, person.form.mentions, statements.elders ?? []))
        ? undefined
        : fit;
    const entity = owner ?? newEntity('character');
    adopt(entity, person);
    if (owner === undefined) fullEntities.push(entity);
  }

  // C. Title and given name ("Sir William", "Miss Lizzy").
  for (const person of parsed) {
    if (person.title === null || person.given === null || person.surname !== null) continue;
    const canonical = canonicalHere(person.given);
    const fits = fullEntities.filter(
      (entity) =>
        entity.given === canonical &&
        compatibleGender(entity, person.titleGender) &&
        (titleFits(entity, person.title) || (person.title === 'Miss' && !hasMarriedTitle(entity))) &&
        // "Uncle Ben kept the lighthouse. His nephew Ben Tulley came to stay": a full name the text
        // introduces as a nephew or son after the titled given name is the namesake, not the elder.
        !namesakeIntroducedAfter(entity, person.form.mentions, statements.descendants ?? []),
    );
    // Several people share the given name: the one already called by this title takes it.
    const title = person.title;
    const sameTitle = fits.filter((entity) => entity.titles.has(title));
    const owner = fits.length === 1 ? fits[0] : sameTitle.length === 1 ? sameTitle[0] : undefined;
    const entity = owner ?? newEntity('character');
    adopt(entity, person);
    if (owner === undefined) fullEntities.push(entity);
  }

  // D. Given names alone, nicknames included ("Elizabeth", "Lizzy", "Eliza").
  // "Sir Thomas Wray rang for his man. Thomas, the footman, came up": the narration keeps a title of
  // honour before the given name of the one it names with it ("Sir Thomas", "Lady Mary"), so the
  // given name alone in the narration is another's (speech may drop it: "Thomas, my dear").
  const honouredOnly = (entity: EntityDraft): boolean =>
    entity.mentions.every((m) => m.title !== null && (HONOURS.has(m.title) || m.title === 'Lady'));
  const givenOnly = new Map<string, EntityDraft>();
  for (const person of parsed) {
    if (person.title !== null || person.given === null || person.surname !== null) continue;
    const canonical = canonicalHere(person.given);
    const word = person.given;
    // A short form joins a full name written so, or one whose titles are a young person's or a
    // plain "Mr." ("Robbie" is Robert Henderson, whom the office calls Mr. Henderson); not a
    // married woman's or a rank's. "Gideon" is never "Mrs. Gideon Pritchard": his name, her title.
    const narrated = person.form.mentions.every((m) => m.inSpeech !== true);
    // "Old James Carr kept the inn. His son, young Jem": a son named for his father, whose full name
    // the text wrote before it introduced the son.
    const introducedAsSon = person.form.mentions.some((m) =>
      (statements.descendants ?? []).some((d) => d.fileIndex === m.fileIndex && d.start === m.start),
    );
    const sonNamedFor = (entity: EntityDraft): boolean =>
      introducedAsSon &&
      comesBefore(firstOf(entity.mentions), firstOf(person.form.mentions)) &&
      !anotherOfFamilyBefore(entity, fullEntities, firstOf(person.form.mentions));
    const fits = fullEntities.filter(
      (entity) =>
        (entity.given === canonical &&
          compatibleGender(entity, genderOf(person)) &&
          !wifeOfName(entity) &&
          !toldInOtherTales(person.form.mentions, entity.mentions, options.taleOf) &&
          !(narrated && honouredOnly(entity)) &&
          !sonNamedFor(entity) &&
          (!person.nickname ||
            entity.forms.some((f) => f.words[0] === word) ||
            [...entity.titles].every((t) => t === 'Miss' || t === 'Master' || t === 'Mr.'))) ||
        (!person.nickname && entity.surname === word),
    );
    // "Mrs. Robert Haldane ... 'Robert says'": a wife named by her husband's given name gives it to
    // the one man of her surname, whom the text names only by title ("Mr. Haldane"); not to a son
    // named for him ("her son Robert").
    const husband =
      fits.length === 0 && genderOf(person) !== 'female' && !introducedAsSon
        ? husbandByWifesName(canonical, fullEntities)
        : undefined;
    if (husband !== undefined) fits.push(husband);
    const miss = missInScene(
      person.form.mentions,
      fits,
      honouredOnly,
      fullEntities.filter((entity) => compatibleGender(entity, genderOf(person))),
      options.chapterOf,
    );
    if (miss !== undefined) adopt(miss, person);
    else if (fits.length === 1) adopt(mustAt(fits, 0), person);
    else if (fits.length > 1) ambiguous.push({ person, candidates: fits });
    else {
      let entity = givenOnly.get(canonical);
      if (entity === undefined) {
        entity = newEntity('character');
        givenOnly.set(canonical, entity);
      }
      adopt(entity, person);
    }
  }

  // E. Surnames and other single names; names kept whole.
  const all = [...fullEntities, ...givenOnly.values()];
  for (const person of parsed) {
    if (person.title !== null || person.given !== null) continue;
    if (person.surname === null) {
      adopt(newEntity('character'), person);
      continue;
    }
    const surname = person.surname;
    const man = pronounsAfter(person.form.mentions) === 'male';
    // A bare surname is a man's or the family's, not a woman's full name ("Beaufort" is not
    // "Caroline Beaufort", his daughter), unless she is the only one of the name to bear a title;
    // nor a wife's married title, nor any woman's name, when the text writes it as a man's ("Toller
    // and his wife", "Brindle was a small bent man" beside "Mrs. Agatha Brindle").
    const fits = all.filter(
      (entity) =>
        (entity.surname === surname &&
          !(
            entity.titles.size === 0 &&
            entity.given !== null &&
            givenNameGender(entity.given) === 'female'
          ) &&
          !(man && (wifeByTitle(entity) || entity.gender === 'female'))) ||
        entity.given === canonicalGiven(surname.toLowerCase()),
    );
    // "Old Marlow had worked the furnace. His son, Hugh Marlow": the surname named before the son is
    // the father's.
    const [fit] = fits;
    if (
      fits.length === 1 &&
      fit !== undefined &&
      !youngerNamedLater(fit, person.form.mentions, statements.descendants ?? [])
    )
      adopt(fit, person);
    else if (fits.length > 1) ambiguous.push({ person, candidates: fits });
    else {
      // Found by a later form of the surname: "a W. Danby" (read as its surname) and "Danby".
      const entity = newEntity('character');
      adopt(entity, person);
      all.push(entity);
    }
  }

  resolveAmbiguous(ambiguous, newEntity, profile, options, junior);
  splitNamesakes(entities, parsed, newEntity);
  splitFatherAndSon(entities, parsed, newEntity, statements.fathersOfOneName ?? []);
  const people2 = entities.filter(
    (entity) => entity.type === 'character' && entity.mentions.length > 0 && !entity.forms.some(isLate),
  );
  // "the Miss Bennets": surnames the text gives several unmarried sisters.
  const sisterhoods = new Set(
    [...families.values()].flatMap((group) =>
      group.surname !== null && group.forms.some((f) => f.title === 'Miss') ? [group.surname] : [],
    ),
  );
  consolidate(people2, parsed, options, statements, sisterhoods);
  joinInitialToGivenName(people2, options);
  joinStatedNames(people2);
  joinNamesInTurn(people2, statements.namesInTurn ?? []);
  joinFalseNamesByPronoun(people2, statements.falseNames ?? []);
  joinDeniedNames(people2, statements.deniedNames ?? []);
  return entities.filter((entity) => entity.mentions.length > 0);
}

/**
 * "Alias Rooke", "Lane is Rooke", "My name is not Brand. It is Edmund Fairlie": two names the text
 * says are one person's are one entry, whatever their forms (a false name shares nothing with the
 * true one). Said by "is" alone, not two whom another sentence names together: "Stubb and
 * Starbuck" at the rail are two men, whatever "Stubb is Starbuck" says in Ahab's figure. Last, so that each name has found
 * its other forms first.
 */
function joinStatedNames(people: EntityDraft[]): void {
  const ownerOf = (m: RawMention): EntityDraft | undefined => people.find((e) => e.mentions.includes(m));
  const stated = people.flatMap((e) => e.mentions.filter((m) => m.sameAs !== undefined));
  const sentenceOf = (m: RawMention): string => `${m.fileIndex}:${m.sentenceStart}`;
  const statements = new Set(stated.flatMap((m) => [m, m.sameAs ?? m].map(sentenceOf)));
  const otherSentences = (e: EntityDraft): Set<string> =>
    new Set(e.mentions.map(sentenceOf).filter((s) => !statements.has(s)));
  for (const mention of stated) {
    const other = mention.sameAs === undefined ? undefined : ownerOf(mention.sameAs);
    const self = ownerOf(mention);
    if (other === undefined || self === undefined || other === self) continue;
    const together = otherSentences(other);
    if (mention.sameAsByIs === true && [...otherSentences(self)].some((s) => together.has(s))) continue;
    if (other.mentions.length >= self.mentions.length) absorb(other, self);
    else absorb(self, other);
  }
}

/**
 * "Gedling, or Norris, or Lambert, as he had lately called himself": the names a bearer went by in
 * turn are one entry, whatever their forms, as a false name shares nothing with the true one.
 */
function joinNamesInTurn(people: EntityDraft[], pairs: readonly [RawMention, RawMention][]): void {
  const ownerOf = (m: RawMention): EntityDraft | undefined => people.find((e) => e.mentions.includes(m));
  for (const pair of pairs) {
    const [a, b] = pair.map(ownerOf);
    if (a === undefined || b === undefined || a === b || oppositeSexes(a.gender, b.gender)) continue;
    if (a.mentions.length >= b.mentions.length) absorb(a, b);
    else absorb(b, a);
  }
}

/**
 * "I am not Jane Fry ... My name is Jane Dawlish": the denied name and the speaker's own are one
 * person's, unless the text names the two elsewhere in one paragraph of dialogue, where one of them
 * speaks or is spoken to: two people in one scene, and the speaker was taken for the other ("I am not
 * Lord Quin. My name is Hobbs", said by his valet). (A narration naming the two, "not 'Jane Fry' but
 * 'Jane Dawlish'", is no scene.)
 */
function joinDeniedNames(people: EntityDraft[], pairs: readonly [RawMention, RawMention][]): void {
  const ownerOf = (m: RawMention): EntityDraft | undefined => people.find((e) => e.mentions.includes(m));
  for (const [deniedName, ownName] of pairs) {
    const [denied, own] = [ownerOf(deniedName), ownerOf(ownName)];
    if (denied === undefined || own === undefined || denied === own) continue;
    if (oppositeSexes(denied.gender, own.gender)) continue;
    const elsewhere = (m: RawMention): boolean =>
      !(m.fileIndex === deniedName.fileIndex && m.paragraph === deniedName.paragraph);
    const paragraphOf = (m: RawMention): string => `${m.fileIndex}:${m.paragraph}`;
    const ownParagraphs = new Set(own.mentions.filter(elsewhere).map(paragraphOf));
    const deniedParagraphs = new Set(denied.mentions.filter(elsewhere).map(paragraphOf));
    const inOneScene = [...own.mentions, ...denied.mentions].some(
      (m) =>
        elsewhere(m) &&
        (m.speaks || m.spokenTo === true) &&
        ownParagraphs.has(paragraphOf(m)) &&
        deniedParagraphs.has(paragraphOf(m)),
    );
    if (inOneScene) continue;
    if (own.mentions.length >= denied.mentions.length) absorb(own, denied);
    else absorb(denied, own);
  }
}

/**
 * "Percival Dane ... 'He's lodging under the name of Mr. Brown'": a false name told of "he" or "she"
 * is the one of the pronoun's gender named last before it, in its paragraph (after any description
 * the pronoun may mean: "the man who had brought it. He had called himself Mr. Reed") or, when the
 * paragraph names no one there, the paragraph before. In speech, the speakers and listeners of the
 * paragraph are not "he" or "she".
 */
function joinFalseNamesByPronoun(people: EntityDraft[], cues: readonly FalseNameByPronoun[]): void {
  for (const { name, gender, pronounAt, describedAt, inSpeech } of cues) {
    const alias = people.find((e) => e.mentions.includes(name));
    if (alias === undefined || oppositeSexes(alias.gender, gender)) continue;
    const speakers = new Set(
      people.filter((e) =>
        e.mentions.some(
          (m) =>
            m.fileIndex === name.fileIndex &&
            m.paragraph === name.paragraph &&
            (m.speaks || m.spokenTo === true),
        ),
      ),
    );
    const namedLast = (paragraph: number, after: number): EntityDraft | undefined => {
      let bearer: EntityDraft | undefined;
      let bearerAt = after;
      for (const person of people) {
        if (person === alias || person.gender !== gender || (inSpeech && speakers.has(person))) continue;
        for (const m of person.mentions)
          if (
            m.fileIndex === name.fileIndex &&
            m.paragraph === paragraph &&
            m.start > bearerAt &&
            m.start < pronounAt
          ) {
            bearer = person;
            bearerAt = m.start;
          }
      }
      return bearer;
    };
    const bearer =
      namedLast(name.paragraph, describedAt) ??
      (describedAt < 0 ? namedLast(name.paragraph - 1, -1) : undefined);
    if (bearer !== undefined) absorb(bearer, alias);
  }
}

/**
 * "E. Thursby, Major (retired)" signs the letter of the man his brother calls "Edgar": an entry with
 * no given name but an initial before its surname is the one person the text names by a given name
 * of that letter, when that name is written alone (never with a surname) in a story that names the
 * two, and no one else of a sex the text allows bears a given name of the letter.
 */
function joinInitialToGivenName(people: EntityDraft[], { chapterOf }: MergeOptions): void {
  const storiesOf = (entity: EntityDraft): Set<string> =>
    new Set(entity.mentions.map((m) => `${m.fileIndex}:${chapterOf?.(m) ?? null}`));
  for (const entity of people) {
    if (entity.mentions.length === 0 || entity.given !== null || entity.surname === null) continue;
    const initials = new Set(
      entity.mentions.flatMap((m) => {
        const [first] = m.words;
        return m.words.length >= 2 && first !== undefined && isWrittenInitial(first)
          ? [first.charAt(0).toLowerCase()]
          : [];
      }),
    );
    const [letter, ...others] = initials;
    if (letter === undefined || others.length > 0) continue;
    const sex = entity.gender !== 'unknown' ? entity.gender : rankLean(entity.titles);
    const [bearer, ...more] = people.filter(
      (e) =>
        e !== entity &&
        e.mentions.length > 0 &&
        e.given?.startsWith(letter) === true &&
        !oppositeSexes(sex, e.gender),
    );
    if (bearer === undefined || more.length > 0 || bearer.surname !== null) continue;
    const stories = storiesOf(entity);
    if (![...storiesOf(bearer)].some((story) => stories.has(story))) continue;
    if (bearer.mentions.length > entity.mentions.length) absorb(bearer, entity);
    else absorb(entity, bearer);
  }
}

/**
 * An entry the text introduces as someone's son or grandson: by its full name, or by the given name
 * of its full name ("his son Frederick", then "Frederick Hale").
 */
function introducedAsDescendant(entity: EntityDraft, descendants: readonly RawMention[]): boolean {
  return descendants.some((d) => introduces(d, entity));
}

/** The descendant's introduction `d` is of the entry: one of its mentions, or its given name alone. */
function introduces(d: RawMention, entity: EntityDraft): boolean {
  return (
    entity.mentions.some((m) => m.fileIndex === d.fileIndex && m.start === d.start) ||
    (d.words.length === 1 && entity.forms.some((f) => f.words.length >= 2 && f.words[0] === d.words[0]))
  );
}

/**
 * A title and given name ("Uncle Ben") named before the text introduces a son or nephew of that
 * given name ("His nephew Ben Tulley"): the elder's. Not when the son was introduced first ("He had
 * a son, Philip ... still 'Mr. Philip' to the servants"): the servants' title is then the son's.
 */
function namesakeIntroducedAfter(
  entity: EntityDraft,
  titled: readonly RawMention[],
  descendants: readonly RawMention[],
): boolean {
  const introductions = descendants.filter((d) => introduces(d, entity));
  if (entity.mentions.length === 0 || titled.length === 0 || introductions.length === 0) return false;
  const elder = firstOf(titled);
  return comesBefore(elder, firstOf(introductions)) && comesBefore(elder, firstOf(entity.mentions));
}

/** A full name the text introduces as someone's son or grandson, first named after the elder's mentions. */
function youngerNamedLater(
  entity: EntityDraft,
  elder: readonly RawMention[],
  descendants: readonly RawMention[],
): boolean {
  if (entity.mentions.length === 0 || elder.length === 0) return false;
  return introducedAsDescendant(entity, descendants) && comesBefore(firstOf(elder), firstOf(entity.mentions));
}

/** A title form the text introduces as a man's father or uncle after the full name is first named. */
function elderNamedLater(
  entity: EntityDraft,
  titled: readonly RawMention[],
  elders: readonly RawMention[],
): boolean {
  if (entity.mentions.length === 0) return false;
  const first = firstOf(entity.mentions);
  return titled.some((m) => elders.includes(m) && comesBefore(first, m));
}

/**
 * "The headmaster was Dr. Ingram, and he was known to the whole school": a rank of either sex with a
 * surname takes the sex of the pronouns written right after it, when they all agree.
 */
function pronounsAfter(mentions: readonly RawMention[]): Gender {
  const sexes = new Set(mentions.flatMap((m) => (m.pronounAfter === undefined ? [] : [m.pronounAfter])));
  const [sex] = sexes;
  return sexes.size === 1 && sex !== undefined ? sex : 'unknown';
}

/**
 * "Amos Hobday keeps the shop ... Walter Hobday ... his son Walter": a family with a
 * second full name written before the son is introduced has a father for him other than the full
 * name of his given name, which is then the son's own, not a father he is named for.
 */
function anotherOfFamilyBefore(
  entity: EntityDraft,
  people: readonly EntityDraft[],
  introduced: RawMention,
): boolean {
  return people.some(
    (other) =>
      other !== entity &&
      other.surname !== null &&
      other.surname === entity.surname &&
      other.given !== null &&
      other.given !== entity.given &&
      other.mentions.some((m) => comesBefore(m, introduced)),
  );
}

/**
 * "My uncle Elias" in one tale of a collection, "Elias Whitney, D.D." in a later one: a given name
 * written alone only in tales that never name the full name's bearer, and only before the text
 * first names that bearer, is someone else of the given name (the tales are separate stories).
 */
function toldInOtherTales(
  given: readonly RawMention[],
  namesake: readonly RawMention[],
  taleOf: MergeOptions['taleOf'],
): boolean {
  if (taleOf === undefined || namesake.length === 0) return false;
  const first = firstOf(namesake);
  return given.every((mention) => {
    const tale = taleOf(mention);
    return (
      tale !== null &&
      comesBefore(mention, first) &&
      !namesake.some((m) => m.fileIndex === mention.fileIndex && taleOf(m) === tale)
    );
  });
}

/** Whether mention `a` comes before `b` in the order of the files and their text. */
function comesBefore(a: RawMention, b: RawMention): boolean {
  return a.fileIndex < b.fileIndex || (a.fileIndex === b.fileIndex && a.start < b.start);
}

/** The first of some mentions (at least one) in the order of the files and their text. */
function firstOf(mentions: readonly RawMention[]): RawMention {
  return mentions.reduce((a, m) => (comesBefore(m, a) ? m : a));
}

/**
 * "Mr. Devlin" joined to "Jack Devlin", the one full name of the surname, while the text writes
 * "old Devlin meant Jack to keep it after him": a man's surname without a given name, named in one
 * sentence with the given name, is another man of the family (his father, his brother). The
 * surname's mentions leave for an entry of their own.
 */
function splitNamesakes(
  entities: EntityDraft[],
  parsed: readonly PersonForm[],
  newEntity: (type: EntityDraft['type']) => EntityDraft,
): void {
  const parsedOf = new Map(parsed.map((person) => [person.form.form, person]));
  const sentenceOf = (m: RawMention): string => `${m.fileIndex}:${m.sentenceStart}`;
  for (const entity of [...entities]) {
    if (entity.type !== 'character' || entity.gender !== 'male') continue;
    if (entity.given === null || entity.surname === null) continue;
    const surname = entity.surname;
    // Forms of the mentions, not the entity's forms: a bare surname is resolved mention by mention.
    const namesakeForms = new Set(
      entity.mentions
        .map((m) => parsedOf.get(m.form))
        .filter(
          (person): person is PersonForm =>
            person !== undefined &&
            person.given === null &&
            person.surname === surname &&
            person.titleGender !== 'female',
        )
        .map((person) => person.form.form),
    );
    const namesake = (m: RawMention): boolean => namesakeForms.has(m.form);
    // The given name alone ("Jack"): a full name beside a bare surname ("Mr. George Wickham ...
    // Wickham") is one man named twice.
    const givenAlone = (m: RawMention): boolean => {
      const person = parsedOf.get(m.form);
      return (
        person !== undefined && person.title === null && person.given !== null && person.surname === null
      );
    };
    const givenSentences = new Set(entity.mentions.filter(givenAlone).map(sentenceOf));
    // In the narration: a line may call him by his surname ('"Come along, Lebrun," he said to Robert').
    // Not "young" and the surname, the junior himself ("with his son Walter beside him; young Hobday
    // had come").
    const beside = entity.mentions.some(
      (m) => namesake(m) && m.young !== true && m.inSpeech !== true && givenSentences.has(sentenceOf(m)),
    );
    if (!beside) continue;
    const other = newEntity('character');
    other.surname = surname;
    other.mentions = entity.mentions.filter(namesake);
    other.forms = entity.forms.filter((form) => namesakeForms.has(form.form));
    entity.mentions = entity.mentions.filter((m) => !namesake(m));
    entity.forms = entity.forms.filter((form) => !namesakeForms.has(form.form));
    for (const form of other.forms) {
      if (form.title === null) continue;
      other.titles.add(form.title);
      if (!entity.forms.some((f) => f.title === form.title)) entity.titles.delete(form.title);
    }
    other.gender = 'male';
  }
}

/**
 * "My name is Matthew Colley ... My father is Matthew Colley too", "young Colley" and "old Colley":
 * two men of one name (a father and son, or brothers), whom the name alone makes one entry. The
 * text tells them apart by the father's name said to be the son's too, or by both an elder mark
 * ("old", "the elder") and a younger one ("young", "the younger") on the surname; "old Devlin"
 * alone is an epithet, one man. A surname's entry beside one son named in full gives him its
 * younger marks. Otherwise the elder's marked mentions leave for an entry of their own, with each
 * unmarked surname going to the nearer mark, and the name said to be the father's too; the given
 * name and the other full names stay, as the younger's.
 */
function splitFatherAndSon(
  entities: EntityDraft[],
  parsed: readonly PersonForm[],
  newEntity: (type: EntityDraft['type']) => EntityDraft,
  fathersOfOneName: readonly RawMention[],
): void {
  const parsedOf = new Map(parsed.map((person) => [person.form.form, person]));
  const fathers = new Set(fathersOfOneName);
  for (const entity of [...entities]) {
    if (entity.type !== 'character' || entity.gender === 'female' || entity.surname === null) continue;
    const surname = entity.surname;
    const bareSurname = (m: RawMention): boolean => {
      const person = parsedOf.get(m.form);
      return person !== undefined && person.given === null && person.surname === surname;
    };
    const surnames = entity.mentions.filter(bareSurname);
    const elderMarks = surnames.filter((m) => m.old === true);
    const youngerMarks = surnames.filter((m) => m.young === true);
    const named = entity.mentions.filter((m) => fathers.has(m));
    const marked = elderMarks.length > 0 && youngerMarks.length > 0;
    if (!marked && named.length === 0) continue;
    // "Old Mr. Hale ... His son Frederick ... Young Hale laughed": a surname's entry beside one son
    // of the name given a name of his own is the father's, and "young" and the surname is the son.
    const sons = entities.filter(
      (other) =>
        other !== entity &&
        other.type === 'character' &&
        other.surname === surname &&
        other.given !== null &&
        other.gender !== 'female',
    );
    const [son] = sons;
    if (entity.given === null && son !== undefined && sons.length === 1) {
      son.mentions.push(...youngerMarks);
      entity.mentions = entity.mentions.filter((m) => !youngerMarks.includes(m));
      continue;
    }
    // The nearer of the two marks in the same file, by distance in the text.
    const distance = (m: RawMention, marks: readonly RawMention[]): number =>
      Math.min(
        ...marks
          .filter((mark) => mark.fileIndex === m.fileIndex)
          .map((mark) => Math.abs(mark.start - m.start)),
      );
    const elders = new Set([
      ...named,
      ...(marked
        ? surnames.filter(
            (m) =>
              m.old === true || (m.young !== true && distance(m, elderMarks) < distance(m, youngerMarks)),
          )
        : []),
    ]);
    if (elders.size === entity.mentions.length) continue;
    const elder = newEntity('character');
    elder.surname = surname;
    elder.gender = 'male';
    elder.elderOfName = true;
    elder.mentions = entity.mentions.filter((m) => elders.has(m));
    entity.mentions = entity.mentions.filter((m) => !elders.has(m));
    for (const m of elder.mentions) if (m.title !== null) elder.titles.add(m.title);
  }
}

function isLate(form: Form): boolean {
  return form.form.startsWith('the late ');
}

/** "Bennets" -> "Bennet", "Lucases" -> "Lucas", "Phillipses" -> "Phillips". */
export function singular(word: string): string {
  if (/(?:s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * "Mr. Knightley" and "Mr. John Knightley" are brothers when the short name comes first and the
 * text sets both in one paragraph, again and again: a writer adds the given name to tell the second man apart.
 */
function twoOfOneName(entity: EntityDraft, short: Form): boolean {
  // A full name written once or twice ("Mr. Fitzwilliam Darcy") is a flourish, not a second man.
  if (entity.mentions.length < 3) return false;
  const opening = firstOf(short.mentions);
  if (!comesBefore(opening, firstOf(entity.mentions))) return false;
  // "letters to a Mr. Roscorla. Mr. Edward Roscorla.": a bearer not known yet, then his full name.
  if (opening.indefinite === true) return false;
  const paragraphs = new Set(short.mentions.map((m) => `${m.fileIndex}:${m.paragraph}`));
  // '"Mr. Royce," said Fairlie. "Mr. Lionel Royce."': a full name that is its whole sentence
  // completes the short one said before it, and names no second man.
  const completes = (m: RawMention): boolean => m.start - m.sentenceStart <= 1 && m.sentenceEnd - m.end <= 1;
  // '"Dr. Kell. Esmond Kell. He came here in the spring."': a full name first written as such a
  // completion has told the reader who the short name is, for the rest of the text.
  const first = firstOf(entity.mentions);
  if (completes(first) && paragraphs.has(`${first.fileIndex}:${first.paragraph}`)) return false;
  return entity.mentions.some((m) => !completes(m) && paragraphs.has(`${m.fileIndex}:${m.paragraph}`));
}

/**
 * Two entries (or a form and an entry) named in one sentence: two people ("said Mr. Hale, when Tom
 * complained"). `written` narrows b's mentions to those written in one way.
 */
function inOneSentence(
  a: Pick<EntityDraft, 'mentions'>,
  b: EntityDraft,
  written: (m: RawMention) => boolean = () => true,
): boolean {
  const sentences = new Set(a.mentions.map((m) => `${m.fileIndex}:${m.sentenceStart}`));
  return b.mentions.some((m) => written(m) && sentences.has(`${m.fileIndex}:${m.sentenceStart}`));
}

/**
 * "Miss Crane was the elder, and Miss Lucy Crane the younger": "Miss" with the surname, and "Miss"
 * with a given name and the surname, in one sentence are two sisters.
 */
function twoMisses(woman: EntityDraft, miss: EntityDraft): boolean {
  return inOneSentence(miss, woman, (m) => m.title === 'Miss' && m.words.length >= 2);
}

/** A name's letters as spoken: no hyphens, a doubled letter once, lower case ("Mig-u-ell" -> "miguel"). */
function lettersOf(word: string): string {
  return word
    .toLowerCase()
    .replace(/-/g, '')
    .replace(/(\p{L})\1/gu, '$1');
}

/** "Tranquility" of "Miss Tranquility": one word no lexicon knows as a given name or surname. */
function isNickWord(word: string | null): boolean {
  return word !== null && !word.includes(' ') && !isPersonName(word.toLowerCase());
}

/** "Mrs. Newland Archer" is Newland Archer's wife: a married title before a given name not a woman's. */
function namedAsWife(title: string, given: string): boolean {
  return FEMALE_MARRIED.has(title) && givenNameGender(given.toLowerCase()) !== 'female';
}

/** An entry named as a man's wife ("Mrs. Gideon Pritchard"): its given name is her husband's. */
function wifeOfName(entity: EntityDraft): boolean {
  const given = entity.given;
  return given !== null && [...entity.titles].some((t) => namedAsWife(t, given));
}

/**
 * The husband whose given name a wife is named by ("Mrs. Robert Haldane"): the one man of her
 * surname, named with no given name, when one wife of the surname is named by `given`.
 */
function husbandByWifesName(given: string, people: readonly EntityDraft[]): EntityDraft | undefined {
  const [wife, ...moreWives] = people.filter((e) => e.given === given && wifeOfName(e));
  if (wife === undefined || moreWives.length > 0) return undefined;
  const [man, ...moreMen] = people.filter(
    (e) => e.surname === wife.surname && e !== wife && e.gender !== 'female' && !hasMarriedTitle(e),
  );
  return man !== undefined && moreMen.length === 0 && man.given === null && man.gender === 'male'
    ? man
    : undefined;
}

function hasMarriedTitle(entity: EntityDraft): boolean {
  return [...entity.titles].some((t) => FEMALE_MARRIED.has(t));
}

/**
 * "W. R. Stallard", "Mr. G. Daintree": a given name written as an initial is the one given name
 * written whole with the surname and that first letter ("William Stallard"), of the initialled
 * name's sex where the text tells it ("E. Thursby, Major" is not his niece "Miss Eleanor
 * Thursby"); with none, the name is its surname's ("a W. Danby" is the "Danby" of the text); with
 * several, it stays as written.
 */
function readInitials(parsed: PersonForm[]): PersonForm[] {
  return parsed.map((person) => {
    const { given, surname } = person;
    if (given === null || surname === null || !isWrittenInitial(given)) return person;
    const sex = initialledSex(person);
    const whole = parsed.filter(
      (p) =>
        p.surname === surname &&
        p.given !== null &&
        !isWrittenInitial(p.given) &&
        p.given.startsWith(given.charAt(0)) &&
        !oppositeSexes(
          sex,
          p.titleGender !== 'unknown' ? p.titleGender : givenNameGender(p.given.toLowerCase()),
        ),
    );
    const givens = new Set(whole.map((p) => canonicalGiven((p.given ?? '').toLowerCase())));
    if (givens.size > 1) return person;
    return { ...person, given: whole[0]?.given ?? null };
  });
}

/**
 * The sex the text tells of a name written with an initial: its title's, the pronoun after it, or
 * a rank held mostly by men ("E. Thursby, Major (retired)"), against a woman's title or given name.
 */
function initialledSex(person: PersonForm): Gender {
  if (person.titleGender !== 'unknown') return person.titleGender;
  const after = pronounsAfter(person.form.mentions);
  if (after !== 'unknown') return after;
  return person.title === null ? 'unknown' : rankLean([person.title]);
}

/** Male when every one of some titles (at least one) is a rank held mostly by men, else unknown. */
function rankLean(titles: Iterable<string>): Gender {
  const all = [...titles];
  return all.length > 0 && all.every((t) => USUALLY_MALE_RANKS.has(t.toLowerCase())) ? 'male' : 'unknown';
}

function oppositeSexes(a: Gender, b: Gender): boolean {
  return a !== 'unknown' && b !== 'unknown' && a !== b;
}

/** A two-word name whose first word is not surely a given name ("Parsee Ahab", "London Lydia"). */
function isWholeName(form: Form, titled: ReadonlySet<string>): boolean {
  const first = mustAt(form.words, 0).toLowerCase();
  if (form.title !== null || form.words.length < 2 || isGivenName(first)) return false;
  // The same words after a title ("Mr. Hosmer Angel") make them a given name and a surname.
  if (titled.has(form.words.join(' '))) return false;
  return isDictionaryWord(first) || (form.mentions.length < 2 && !isInventedGiven(first));
}

/**
 * "Pell" of "a dockmaster named Pell Ashgrove": a word no lexicon knows at all (no English word,
 * no known place, no people's name) is an invented given name, as fantasy and science fiction
 * write them, even when the full name is written once.
 */
function isInventedGiven(first: string): boolean {
  return !isKnownPlace(first) && !DEMONYMS.has(first) && !isPersonName(first);
}

function parsePerson(
  form: Form,
  firstWords: ReadonlySet<string>,
  lastWords: ReadonlyMap<string, number>,
  titled: ReadonlySet<string>,
): PersonForm {
  const formTitle = form.title ?? signedRank(form);
  const titleInfo =
    formTitle !== null ? PERSON_TITLES[formTitle.replace(/\.$/, '').toLowerCase()] : undefined;
  // "the village called him Dr. Reid": a title of either sex takes the pronoun a naming verb gives it.
  const called = form.mentions.find((m) => m.calledFor === 'male' || m.calledFor === 'female')?.calledFor;
  const ofTitle = titleInfo?.gender ?? 'unknown';
  const titleGender = ofTitle === 'unknown' && formTitle !== null ? (called ?? 'unknown') : ofTitle;
  const words = form.words;
  // "M. St. Aubert" and "Monsieur St. Aubert" bear one title, written short or long.
  const title = formTitle === 'M.' ? 'Monsieur' : formTitle;
  const base = { form, title, titleGender, nickname: false };
  if (words.length >= 2) {
    const given = mustAt(words, 0);
    // "Neville St. Clair", "Lord St. Simon": a saint's name before the last word is the surname's.
    const saintly = words[words.length - 2] === 'St.';
    const surname = words.slice(saintly ? -2 : -1).join(' ');
    if (saintly && words.length === 2) return { ...base, given: null, surname };
    // "Parsee Ahab", "Happy Family": an ordinary or a once-seen word in front is not surely a given
    // name, and the name stays whole instead of lending its parts to other people.
    if (isWholeName(form, titled)) {
      return { ...base, given: null, surname: null };
    }
    // "They named him Christopher Edward, for his uncle" beside "Edward Hale": two given names, the
    // second written first in another name and last in no other, are a given and a middle name,
    // when written once, as where a child is named; written again ("Joseph Martin", the coachman
    // beside "Martin Dalling") they are a given name and a surname.
    const last = mustAt(words, words.length - 1);
    // "Pavel Ilyich": a given name and a patronymic, the full name's first two words, bear no surname.
    if (words.length === 2 && isPatronymic(last)) {
      return { ...base, given, surname: null, nickname: false };
    }
    if (
      words.length === 2 &&
      isGivenName(given.toLowerCase()) &&
      isGivenName(last.toLowerCase()) &&
      firstWords.has(last) &&
      lastWords.get(last) === 1 &&
      form.mentions.length === 1
    ) {
      return {
        ...base,
        given,
        surname: null,
        nickname: canonicalGiven(given.toLowerCase()) !== given.toLowerCase(),
      };
    }
    return {
      ...base,
      given,
      surname,
      nickname: canonicalGiven(given.toLowerCase()) !== given.toLowerCase(),
    };
  }
  const word = mustAt(words, 0);
  const lower = word.toLowerCase();
  // "the Queen": a rank alone is neither a given name nor a surname ("Miss King" is another woman).
  if (form.title === null && RANKS_ALONE.has(lower)) return { ...base, given: null, surname: null };
  let isGiven: boolean;
  if (lastWords.has(word) && !firstWords.has(word)) isGiven = false;
  else if (firstWords.has(word) && !lastWords.has(word)) isGiven = true;
  else if (lastWords.has(word)) isGiven = isGivenName(lower);
  else if (formTitle !== null && !GIVEN_NAME_TITLES.has(formTitle)) isGiven = false;
  else isGiven = isGivenName(lower);
  if (isGiven) return { ...base, given: word, surname: null, nickname: canonicalGiven(lower) !== lower };
  return { ...base, given: null, surname: word };
}

/** "E. Thursby, Major (retired)": the rank a name is signed with wherever it is written, or null. */
function signedRank(form: Form): string | null {
  const ranks = new Set(form.mentions.map((m) => m.rankAfter));
  const [rank] = ranks;
  return ranks.size === 1 && rank !== undefined ? rank : null;
}

/** Mention by mention: nearest preceding mention in the paragraph, else the dominant one, else nearby, else apart. */
function resolveAmbiguous(
  ambiguous: Array<{ person: PersonForm; candidates: EntityDraft[] }>,
  newEntity: (type: EntityDraft['type']) => EntityDraft,
  profile: (entity: EntityDraft, person: PersonForm) => void,
  options: MergeOptions,
  junior: (entity: EntityDraft) => boolean,
): void {
  const positions = new Map<EntityDraft, number[][]>();
  const positionsOf = (entity: EntityDraft): number[][] => {
    let list = positions.get(entity);
    if (list === undefined) {
      list = [];
      for (const m of entity.mentions) {
        const starts = list[m.fileIndex] ?? [];
        list[m.fileIndex] = starts;
        starts.push(m.start);
      }
      for (const starts of list) starts?.sort((a, b) => a - b);
      positions.set(entity, list);
    }
    return list;
  };
  for (const { person, candidates } of ambiguous) {
    const total = candidates.reduce((sum, entity) => sum + entity.mentions.length, 0);
    const dominant = candidates.find((entity) => entity.mentions.length >= options.dominantShare * total);
    // A bare surname shared by a family names its one man ("Bingley" is Mr. Bingley, not Miss
    // Bingley) when there is exactly one; otherwise the context decides.
    const men = candidates.filter((entity) => entity.gender === 'male');
    const man = person.given === null && men.length === 1 ? men[0] : undefined;
    // "Old Crabbe, as everybody called him", "old Ridley's nephew": a bare surname after "old" is
    // the family's head, in a family of full names with a younger one ("Walter", "his son
    // Matthew Crabbe") and one man who is not (not "King Ahab" for "old Ahab", no family).
    const family = men.filter((entity) => entity.given !== null && entity.surname === person.surname);
    const heads = family.filter((entity) => !junior(entity));
    const head = person.given === null && heads.length === 1 && family.some(junior) ? heads[0] : undefined;
    // "my father, old Mr. Jonas Pennick, and my brother Walter ... young Pennick drove the carts": a
    // bare surname after "young" is the family's one junior, beside a head of the name.
    const juniors = family.filter(junior);
    const youngest =
      person.given === null && juniors.length === 1 && heads.length > 0 ? juniors[0] : undefined;
    // "Ashdown" in a collection whose first story has a jeweller George Ashdown and whose fourth a
    // ferryman Henry Ashdown and his daughter: a bare surname is the one man of the name its story
    // names, as each story of a collection has its own people.
    const storyMan = (mention: RawMention): EntityDraft | undefined => {
      const chapter = options.chapterOf?.(mention) ?? null;
      if (person.given !== null || man !== undefined || chapter === null) return undefined;
      // Men the story names in full, a given name and the surname (not "Mr. Bunting Samuel Bunting",
      // two sentences glued).
      const inStory = men.filter(
        (entity) =>
          entity.given !== null &&
          isGivenName(entity.given.toLowerCase()) &&
          entity.mentions.some(
            (m) => m.fileIndex === mention.fileIndex && options.chapterOf?.(m) === chapter,
          ),
      );
      return inStory.length === 1 ? inStory[0] : undefined;
    };
    // "Hurle's shop", after "my brother Daniel": a family's juniors go by their given names, so a
    // bare surname is the head's once its story has named him; when the paragraph's last name of the
    // family before it has the surname ("Arthur Nance was a big lad. Nance wiped"), that name decides.
    const headOfStory = (mention: RawMention, named: RawMention | undefined): EntityDraft | undefined => {
      if (head === undefined || named?.words.at(-1) === person.surname) return undefined;
      const chapter = options.chapterOf?.(mention) ?? null;
      const introduced = head.mentions.some(
        (m) =>
          m.fileIndex === mention.fileIndex &&
          (options.chapterOf?.(m) ?? null) === chapter &&
          comesBefore(m, mention),
      );
      return introduced ? head : undefined;
    };
    let apart: EntityDraft | undefined;
    for (const mention of person.form.mentions) {
      // "Old Samuel Hale, my friend's father, had died ..., because, Hale said, it was a good plate":
      // a bare surname is not the one the same sentence names by a given name and the surname, as a
      // sentence naming two names two people; not "old" and the surname, the family's head however
      // named ("My father was Samuel Crewe, and the whole harbour called him old Crewe"), nor "young"
      // and the surname, the junior however named ("Young Pennick stayed, and Walter Pennick ...").
      const namedInFull = (entity: EntityDraft): boolean =>
        person.given === null &&
        mention.old !== true &&
        mention.young !== true &&
        entity.mentions.some(
          (m) =>
            m.fileIndex === mention.fileIndex &&
            m.sentenceStart === mention.sentenceStart &&
            m.start !== mention.start &&
            m.title === null &&
            m.words.length >= 2 &&
            isGivenName(mustAt(m.words, 0).toLowerCase()),
        );
      const unnamedHere = candidates.filter((entity) => !namedInFull(entity));
      const here = unnamedHere.length > 0 ? unnamedHere : candidates;
      let nearest: EntityDraft | undefined;
      let nearestStart = -1;
      let nearestParagraph = -1;
      for (const entity of here) {
        const starts = positionsOf(entity)[mention.fileIndex];
        if (starts === undefined) continue;
        const before = lastBefore(starts, mention.start);
        if (before > nearestStart) {
          nearestStart = before;
          nearest = entity;
        }
      }
      if (nearest !== undefined) {
        const sameParagraph = nearest.mentions.some(
          (m) => m.start === nearestStart && m.paragraph === mention.paragraph,
        );
        nearestParagraph = sameParagraph ? mention.paragraph : -1;
      }
      let owner: EntityDraft | undefined;
      const inParagraph =
        nearest !== undefined && nearestParagraph === mention.paragraph ? nearest : undefined;
      const inWindow =
        nearest !== undefined && mention.start - nearestStart <= options.window ? nearest : undefined;
      // "Arthur. Arthur Venn. My sister's boy.", "A man called Hobday. Amos Hobday, of Lambeth.": a
      // paragraph that names no one of the name before the short name names him just after it: a
      // given name in its sentence or the next, the same word first (not "Lizzie ... Eliza Jane"); a
      // surname by a full name opening the next sentence (not "The Hobday lease ... worked by Amos
      // Hobday", the surname as a word of a thing).
      const completes = (m: RawMention): boolean =>
        person.given === null
          ? m.words.length >= 2 &&
            m.words[m.words.length - 1] === mention.words[mention.words.length - 1] &&
            m.start - m.sentenceStart <= 1
          : m.words[0] === mention.words[0];
      const namedNext = (): EntityDraft | undefined => {
        let next: EntityDraft | undefined;
        let nextStart = Number.POSITIVE_INFINITY;
        for (const entity of here)
          for (const m of entity.mentions)
            if (
              m.fileIndex === mention.fileIndex &&
              m.paragraph === mention.paragraph &&
              m.start > mention.start &&
              m.start < nextStart &&
              completes(m) &&
              m.sentenceStart - mention.sentenceEnd <= 3
            ) {
              next = entity;
              nextStart = m.start;
            }
        return next;
      };
      if (person.given === null) {
        // A bare surname: the dominant family member, else the family's one man, else its head,
        // else the one man of it its story names, else the context.
        const [first] = [
          mention.old === true ? head : undefined,
          mention.young === true ? youngest : undefined,
          dominant,
          man,
          headOfStory(
            mention,
            inParagraph?.mentions.find((m) => m.fileIndex === mention.fileIndex && m.start === nearestStart),
          ),
          storyMan(mention),
        ].filter((entity) => entity !== undefined && here.includes(entity));
        owner = first ?? inParagraph ?? namedNext();
      } else {
        // "The maid Annie" in the first story, "Annie Marsh" first named in the fourth: a given name
        // is not someone the text has yet to name while another of the name is named before it.
        const unintroduced =
          dominant !== undefined &&
          lastBefore(positionsOf(dominant)[mention.fileIndex] ?? [], mention.start) < 0;
        // A given name two people bear ("Frank Mercer" and the curate "Frank Tallis"): the one named
        // last before it, as a reader takes it, and the one named most only when neither is near.
        owner =
          inParagraph ??
          namedNext() ??
          inWindow ??
          (unintroduced && nearest !== undefined ? nearest : dominant);
      }
      owner ??= inWindow;
      if (owner === undefined) {
        if (apart === undefined) {
          apart = newEntity('character');
          profile(apart, person);
        }
        owner = apart;
        if (!owner.forms.includes(person.form)) owner.forms.push(person.form);
      }
      owner.mentions.push(mention);
      // A resolved mention is context for the ambiguous mentions after it.
      const starts = positions.get(owner)?.[mention.fileIndex];
      if (starts !== undefined) starts.splice(lastIndexBefore(starts, mention.start) + 1, 0, mention.start);
    }
  }
}

/** The value in `sorted` last before `position`, or -1. */
function lastBefore(sorted: number[], position: number): number {
  const index = lastIndexBefore(sorted, position);
  return index < 0 ? -1 : mustAt(sorted, index);
}

/** The index of the value in `sorted` last before `position`, or -1. */
function lastIndexBefore(sorted: number[], position: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mustAt(sorted, mid) < position) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** "Netherfield Park" and "Netherfield" are one place; every other place stands alone. */
function mergePlaces(
  places: Form[],
  newEntity: (type: EntityDraft['type']) => EntityDraft,
  attach: (entity: EntityDraft, form: Form) => void,
): void {
  const byHead = new Map<string, EntityDraft>();
  const sorted = [...places].sort(
    (a, b) => b.words.length - a.words.length || b.mentions.length - a.mentions.length,
  );
  for (const form of sorted) {
    const last = (form.words[form.words.length - 1] ?? '').toLowerCase();
    // "Netherfield Park" is Netherfield; "Scotland Yard" and "London Bridge" are not Scotland and London.
    const stem = form.words.slice(0, -1).join(' ');
    const head =
      form.words.length >= 2 && PLACE_WORDS.has(last) && !isKnownPlace(stem.toLowerCase())
        ? stem
        : form.words.join(' ');
    let entity = byHead.get(head);
    if (entity === undefined) {
      entity = newEntity('location');
      byHead.set(head, entity);
    }
    attach(entity, form);
  }
}

/** Moves every mention and form of `from` into `into`, keeping the profile of the two. */
function absorb(into: EntityDraft, from: EntityDraft): void {
  into.mentions.push(...from.mentions);
  for (const form of from.forms) if (!into.forms.includes(form)) into.forms.push(form);
  for (const title of from.titles) into.titles.add(title);
  if (into.gender === 'unknown') into.gender = from.gender;
  into.given ??= from.given;
  into.surname ??= from.surname;
  from.mentions = [];
  from.forms = [];
}

/** The mention stands in the subject of the verb that gives a name (who gives it, not who gets it). */
export function namesHere(mention: RawMention, subject: { from: number; to: number } | undefined): boolean {
  return subject !== undefined && mention.tokenFrom >= subject.from && mention.tokenTo <= subject.to;
}

const UNMARRIED = new Set(['Miss', 'Master', 'Mademoiselle', 'Mlle.']);

/**
 * "Master Hugh" beside "Sir Hugh", "Master Bolton" beside "Mr. Bolton": a boy's title and a grown
 * man's title (`grown`) of one name are a boy and his father or grandfather, not one person.
 */
function boyBesideMan(a: EntityDraft, b: EntityDraft, grown: (title: string) => boolean): boolean {
  const boy = (e: EntityDraft): boolean => e.titles.has('Master');
  const man = (e: EntityDraft): boolean => [...e.titles].some((t) => t !== 'Master' && grown(t));
  return (boy(a) && !boy(b) && man(b)) || (boy(b) && !boy(a) && man(a));
}

function femaleOrUnknown(entity: EntityDraft): boolean {
  return entity.gender !== 'male';
}

/**
 * Whole-book resolution, after every form has found its first owner: the entries that name one
 * person in different ways are joined when the text leaves a single candidate.
 *   - "Miss Lizzy" (title and given name) joins the one person of that given name;
 *   - "Professor Krempe" and "M. Krempe" (title and surname, no given name) are one person when
 *     no one else bears the surname with a compatible gender;
 *   - a full name with a new surname ("Lydia Wickham") joins the woman of that given name when a
 *     man bears the surname, and takes her married name ("Mrs. Wickham") with her when he is the
 *     only man of it;
 *   - "Miss Lucas" with no given name goes to the unmarried woman of the surname, mention by
 *     mention to the nearest one named before it when there are several.
 * Two people with the same surname stay apart unless one of these links joins them.
 */
/** The given names the text writes in full (no short form). */
function writtenGivens(parsed: readonly PersonForm[]): Set<string> {
  return new Set(parsed.flatMap((p) => (p.given === null || p.nickname ? [] : [p.given.toLowerCase()])));
}

/**
 * The canonical given name of a name as the text uses it: "Kit", short for Christopher and for
 * Katherine, is Katherine's in a text that writes "Katherine" and not "Christopher".
 */
function canonicalIn(given: string, written: ReadonlySet<string>): string {
  const lower = given.toLowerCase();
  const here = NICKNAME_SOURCES[lower]?.filter((source) => written.has(source)) ?? [];
  return here.length === 1 ? mustAt(here, 0) : canonicalGiven(lower);
}

function consolidate(
  people: EntityDraft[],
  parsed: PersonForm[],
  options: MergeOptions,
  {
    letters,
    spouses,
    marriedNames,
    siblings,
    engagements = [],
    descendants = [],
    elderWomen = [],
  }: Statements,
  sisterhoods: ReadonlySet<string>,
): void {
  const written = writtenGivens(parsed);
  const alive = (entity: EntityDraft): boolean => entity.mentions.length > 0;
  const size = (entity: EntityDraft): number => entity.mentions.length;
  const bySize = (): EntityDraft[] => people.filter(alive).sort((a, b) => size(a) - size(b));
  const compatible = (a: EntityDraft, b: EntityDraft): boolean =>
    a.gender === 'unknown' || b.gender === 'unknown' || a.gender === b.gender;
  const unmarriedTitles = (entity: EntityDraft): boolean => [...entity.titles].every((t) => UNMARRIED.has(t));

  // "Isobel Lacey" beside her brother Edmund Lacey: a word the text writes as the surname of a full
  // name of another given name is a surname, though it be a given name too ("Eliza Jane" is two).
  const maidenSurname = (surname: string, given: string): boolean =>
    !isGivenName(surname.toLowerCase()) ||
    people.some((e) => alive(e) && e.surname === surname && e.given !== null && e.given !== given);
  // Married names first: "Lydia Wickham" is Lydia, who became Mrs. Wickham.
  for (const person of parsed) {
    if (person.given === null || person.surname === null || person.title !== null) continue;
    const owner = people.find((e) => alive(e) && e.forms.includes(person.form));
    if (owner === undefined) continue;
    const given = canonicalGiven(person.given.toLowerCase());
    const husbands = people.filter(
      (e) => alive(e) && e !== owner && e.gender === 'male' && e.surname === person.surname,
    );
    // A family of two men ("Samuel Crewe" and his son Nat) is still a family she married into;
    // which of them is her husband is left open, and so is "Mrs. Crewe".
    if (husbands.length === 0 || givenNameGender(given) !== 'female') continue;
    const maiden = people.filter(
      (e) =>
        alive(e) &&
        e !== owner &&
        e.given === given &&
        e.gender !== 'male' &&
        e.surname !== person.surname &&
        !hasMarriedTitle(e),
    );
    // Several of the name: the one with a maiden name ("Eliza Penhallow"), not the bare "Eliza"
    // nor "Eliza Jane" (two given names).
    const surnamed = maiden.filter((e) => e.surname !== null && maidenSurname(e.surname, given));
    const woman = maiden.length === 1 ? maiden[0] : surnamed.length === 1 ? surnamed[0] : undefined;
    // Her other name written before this one makes this one her married name, and "Mrs." of it hers;
    // written after it, this one is the name she was born to ("Eliza Pell was his niece", then "his
    // wife, Eliza Garland").
    const borneBefore = (mentions: readonly RawMention[]): boolean =>
      comesBefore(firstOf(mentions), firstOf(person.form.mentions));
    // "Eliza Garland" and "Eliza Pell" already in one entry: she is the woman of both names, unless
    // she was a "Miss" of this one ("Miss Lydia Bennet", whose letter is signed "Lydia Wickham").
    const namedBothWays =
      maiden.length === 0 &&
      !owner.forms.some(
        (f) => f.title !== null && UNMARRIED.has(f.title) && f.words.at(-1) === person.surname,
      ) &&
      parsed.some(
        (p) =>
          owner.forms.includes(p.form) &&
          p.title === null &&
          p.given !== null &&
          canonicalGiven(p.given.toLowerCase()) === given &&
          p.surname !== null &&
          p.surname !== person.surname &&
          maidenSurname(p.surname, given) &&
          borneBefore(p.form.mentions),
      );
    if (woman === undefined && !namedBothWays) continue;
    const marriedLater = woman === undefined || borneBefore(woman.mentions);
    if (woman !== undefined) absorb(woman, owner);
    const wife = woman ?? owner;
    // Her married title with no given name, when one man bears the surname, or with the given name
    // of one man of it ("Mrs. Gideon Pritchard", whose brother-in-law is a Pritchard too). Not the
    // latter when the text writes an "old Mrs." of the surname: a family of two wives, the elder and
    // the son's ("old Mrs. Pratt" and "Mrs. Henry Pratt"), of whom "Sophia Pratt" may be either.
    const elderWife = people.some((e) =>
      e.mentions.some(
        (m) =>
          m.old === true &&
          m.title !== null &&
          FEMALE_MARRIED.has(m.title) &&
          m.words.at(-1) === person.surname,
      ),
    );
    const wives = people.filter(
      (e) =>
        alive(e) &&
        e !== wife &&
        (e.given === null
          ? husbands.length === 1
          : wifeOfName(e) && !elderWife && husbands.filter((h) => h.given === e.given).length === 1) &&
        e.surname === person.surname &&
        [...e.titles].every((t) => FEMALE_MARRIED.has(t)) &&
        e.titles.size > 0,
    );
    if (marriedLater && wives.length === 1) absorb(wife, mustAt(wives, 0));
  }

  // "Miss Lizzy": a title before a given name that is no one's surname.
  for (const entity of people) {
    if (!alive(entity) || entity.given !== null || entity.surname === null || entity.titles.size === 0)
      continue;
    if (!unmarriedTitles(entity)) continue;
    const word = entity.surname.toLowerCase();
    if (!isGivenName(word) && canonicalGiven(word) === word) continue;
    const surname = entity.surname;
    if (people.some((e) => alive(e) && e !== entity && e.surname === surname)) continue;
    entity.given = canonicalIn(word, written);
    entity.surname = null;
  }

  // Title and given name: "Miss Lizzy", "Master Tom"; and "Miss Lucy Ashdown" who became "Mrs.
  // Pritchard" was "Lucy" before and after.
  for (const entity of bySize()) {
    if (!alive(entity) || entity.given === null || entity.titles.size === 0) continue;
    if (!unmarriedTitles(entity) && !entity.titles.has('Miss')) continue;
    const candidates = people.filter(
      (e) =>
        alive(e) &&
        e !== entity &&
        e.given === entity.given &&
        compatible(e, entity) &&
        (entity.surname === null || e.surname === null || e.surname === entity.surname) &&
        !hasMarriedTitle(e) &&
        // A rank or honour only: "Mr. Tom" is what the household calls "Master Tom" grown up.
        !boyBesideMan(e, entity, (t) => !COURTESY_TITLES.has(t)),
    );
    if (candidates.length === 1) absorb(mustAt(candidates, 0), entity);
  }

  // Title and surname only: "Professor Krempe" is "M. Krempe"; "Mr. Bennet" is not "Mrs. Bennet".
  for (const entity of bySize()) {
    if (!alive(entity) || entity.given !== null || entity.surname === null || entity.titles.size === 0)
      continue;
    if (entity.titles.has('Miss')) continue;
    const sameName = people.filter((e) => alive(e) && e !== entity && e.surname === entity.surname);
    // A title of no gender ("Colonel", "Professor") never joins a woman's ("Mrs. Forster").
    const joins = (e: EntityDraft): boolean =>
      e.gender === entity.gender ||
      (e.gender === 'male' && entity.gender === 'unknown') ||
      (e.gender === 'unknown' && entity.gender === 'male');
    // Nor one a sentence names beside it: "Captain Lyle ... and his brother Mr. Lyle" are two men.
    const candidates = sameName.filter(
      (e) =>
        e.given === null &&
        e.titles.size > 0 &&
        joins(e) &&
        !e.titles.has('Miss') &&
        !inOneSentence(e, entity) &&
        !boyBesideMan(e, entity, () => true),
    );
    // Nor is such a rank alone another reading of a woman's title: "Aunt Shaw" is "Mrs. Shaw" beside
    // "General Shaw", her late husband.
    const rankOfNoGender = (e: EntityDraft): boolean =>
      e.gender === 'unknown' && e.given === null && entity.gender === 'female';
    const others = sameName.filter(
      (e) =>
        !candidates.includes(e) &&
        compatible(e, entity) &&
        !rankOfNoGender(e) &&
        (e.titles.size > 0 || e.given !== null),
    );
    if (candidates.length === 1 && others.length === 0) absorb(mustAt(candidates, 0), entity);
  }

  // "Hale knelt by her", "Mr. Hale went out on his rounds": entries a man's surname alone or with
  // "Mr." names, with no given name, left apart while the text names several men of the surname in
  // full, are one man (the text writing the same name means the same man), unless a sentence names
  // two of them.
  const surnameOnly = (e: EntityDraft): boolean =>
    alive(e) &&
    e.given === null &&
    e.surname !== null &&
    e.gender !== 'female' &&
    [...e.titles].every((t) => COURTESY_TITLES.has(t));
  const menInFull = (surname: string): number =>
    people.filter((e) => alive(e) && e.given !== null && e.surname === surname && e.gender === 'male').length;
  for (const entity of bySize()) {
    if (!surnameOnly(entity) || entity.surname === null || menInFull(entity.surname) < 2) continue;
    const same = people.filter(
      (e) => e !== entity && surnameOnly(e) && e.surname === entity.surname && !inOneSentence(e, entity),
    );
    const [largest] = same.sort((a, b) => size(b) - size(a));
    if (largest !== undefined && size(largest) >= size(entity)) absorb(largest, entity);
  }

  // "Edward Hale was forty ... Mr. Hale rose at five", beside his brother "Tom Hale": a man's title
  // and a surname is the full name of the surname written last before it first is (within the
  // window), leaving out those written in a sentence with it (a sentence that names two of them
  // names two people: "said Mr. Hale, when Tom complained"), when at least one is.
  for (const entity of bySize()) {
    if (!alive(entity) || entity.given !== null || entity.surname === null || entity.gender !== 'male')
      continue;
    if ([...entity.titles].some((t) => FEMALE_MARRIED.has(t) || UNMARRIED.has(t))) continue;
    const surname = entity.surname;
    const fullNamed = people.filter(
      (e) =>
        alive(e) &&
        e !== entity &&
        e.given !== null &&
        e.surname === surname &&
        compatible(e, entity) &&
        // "Uncle Edward" is Mr. Hale to his nephew; "Mr. John Knightley" is kept by his own title.
        [...e.titles].every((t) => entity.titles.has(t) || KINSHIP_TITLES.has(t.toLowerCase())),
    );
    if (fullNamed.length < 2) continue;
    const notBeside = fullNamed.filter((e) => !inOneSentence(e, entity));
    if (notBeside.length === fullNamed.length) continue;
    const first = firstOf(entity.mentions);
    let introduced: EntityDraft | undefined;
    let introducedAt = first.start - options.window;
    for (const e of notBeside) {
      for (const m of e.mentions) {
        if (m.fileIndex !== first.fileIndex || m.start >= first.start || m.start <= introducedAt) continue;
        introducedAt = m.start;
        introduced = e;
      }
    }
    if (introduced !== undefined) absorb(introduced, entity);
  }

  // A bare surname beside titled people of that name goes to the family's one man ("Gardiner"),
  // unless he is a son the text introduces after the surname ("Old Marlow ... His son, Hugh Marlow"),
  // or the father split from his son of one name ("old Crane" from "young Crane").
  for (const entity of bySize()) {
    if (!alive(entity) || entity.titles.size > 0) continue;
    const words = new Set(entity.forms.map((f) => f.words.join(' ')));
    const word = words.size === 1 ? [...words][0] : undefined;
    if (word === undefined || word.includes(' ')) continue;
    const men = people.filter((e) => alive(e) && e !== entity && e.surname === word && e.gender === 'male');
    const [man] = men;
    if (
      men.length === 1 &&
      man !== undefined &&
      man.elderOfName !== true &&
      !youngerNamedLater(man, entity.mentions, descendants)
    )
      absorb(man, entity);
  }

  // "Captain Arthur Vane", and years later "Major Vane": a rank with a surname and no given name is
  // the one man of the surname the text names by another rank before it, the rank he rose from,
  // when no other man of the surname is named.
  const ranksOf = (e: EntityDraft): string[] =>
    [...e.titles].filter((t) => USUALLY_MALE_RANKS.has(t.toLowerCase()));
  for (const entity of bySize()) {
    if (!alive(entity) || entity.given !== null || entity.surname === null) continue;
    const ranks = ranksOf(entity);
    if (ranks.length === 0 || ranks.length !== entity.titles.size || entity.gender === 'female') continue;
    const surname = entity.surname;
    const men = people.filter(
      (e) => alive(e) && e !== entity && e.surname === surname && e.gender !== 'female',
    );
    const former = men[0];
    if (men.length !== 1 || former === undefined) continue;
    const formerRanks = ranksOf(former);
    if (formerRanks.length === 0 || formerRanks.some((t) => entity.titles.has(t))) continue;
    // Two men of one surname go on being named by both ranks; one who rose is called by his old
    // rank once more at most, looking back ("stouter than Captain Vane had been").
    const promoted = firstOf(entity.mentions);
    const laterFormer = former.mentions.filter(
      (m) => m.title !== null && formerRanks.includes(m.title) && comesBefore(promoted, m),
    );
    if (!comesBefore(firstOf(former.mentions), promoted) || laterFormer.length > 1) continue;
    absorb(former, entity);
  }

  // "said the Queen" beside "the Queen of Hearts" or "Queen Mab": a rank alone is the one person
  // the text names with that rank, or the one of them named most by far; among several of like
  // weight it could be any of them, and is left out rather than made a person of its own.
  for (const entity of bySize()) {
    const form = entity.forms[0];
    if (!alive(entity) || entity.forms.length !== 1 || form === undefined || form.title !== null) continue;
    const rank = form.words.length === 1 ? mustAt(form.words, 0) : undefined;
    if (rank === undefined || !RANKS_ALONE.has(rank.toLowerCase())) continue;
    const title = PERSON_TITLES[rank.toLowerCase()]?.canonical;
    const ranked = people.filter(
      (e) =>
        alive(e) &&
        e !== entity &&
        e.forms.some(
          (f) => f.title === title || (f.title === null && f.words.length >= 2 && f.words[0] === rank),
        ),
    );
    const total = ranked.reduce((sum, e) => sum + size(e), 0);
    const dominant = ranked.find((e) => size(e) >= options.dominantShare * total);
    if (dominant !== undefined) absorb(dominant, entity);
    else if (ranked.length > 0) {
      entity.mentions = [];
      entity.forms = [];
    }
  }

  // "Colonel F.", "Mrs. F.": a title and an initial, in a letter, are the one person of that title
  // whose surname starts with the letter.
  for (const entity of bySize()) {
    if (!alive(entity) || entity.given !== null || entity.surname === null || entity.titles.size === 0)
      continue;
    const initial = entity.surname.replace(/\.$/, '');
    if (initial.length !== 1) continue;
    // "Mr. G. Daintree": the one person whose full name is a given name of that letter and the
    // surname written after the initial.
    const surnames = new Set(entity.mentions.map((m) => m.initialOfGiven));
    const [written] = surnames;
    if (written !== undefined && surnames.size === 1) {
      const bearers = people.filter(
        (e) =>
          alive(e) &&
          e !== entity &&
          e.forms.some(
            (f) => f.words.length >= 2 && f.words.at(-1) === written && f.words[0]?.startsWith(initial),
          ),
      );
      if (bearers.length === 1) absorb(mustAt(bearers, 0), entity);
      continue;
    }
    const candidates = people.filter(
      (e) =>
        alive(e) &&
        e !== entity &&
        e.surname !== null &&
        e.surname.length > 1 &&
        e.surname.startsWith(initial) &&
        [...entity.titles].every((t) => e.titles.has(t)),
    );
    if (candidates.length === 1) absorb(mustAt(candidates, 0), entity);
  }

  // "Tash" for Tashtego, "Rad" for Radney: a clipped name, the start of the one longer name of a
  // character seen at least three times as often.
  for (const entity of bySize()) {
    const form = entity.forms[0];
    if (!alive(entity) || entity.titles.size > 0 || entity.forms.length !== 1 || form?.words.length !== 1)
      continue;
    const word = mustAt(form.words, 0);
    if (word.length < 3 || isGivenName(word.toLowerCase()) || isDictionaryWord(word.toLowerCase())) continue;
    const longer = people.filter(
      (e) =>
        alive(e) &&
        e !== entity &&
        size(e) >= 3 * size(entity) &&
        e.forms.some((f) => f.words.some((w) => w.length >= word.length + 2 && w.startsWith(word))),
    );
    if (longer.length === 1) absorb(mustAt(longer, 0), entity);
  }

  // "You don't understand me, Harry," ... "said Lord Henry": a nickname only ever written in speech,
  // and spoken to there at least twice, is the one titled character of its given name, when no one
  // else bears it (narration names him by rank; his friends call him by his nickname).
  for (const entity of bySize()) {
    const form = entity.forms[0];
    if (!alive(entity) || entity.forms.length !== 1 || form === undefined || form.title !== null) continue;
    const word = form.words.length === 1 ? mustAt(form.words, 0).toLowerCase() : undefined;
    if (word === undefined || entity.given === null || canonicalGiven(word) === word) continue;
    if (entity.mentions.some((m) => m.inSpeech !== true)) continue;
    if (entity.mentions.filter((m) => m.spokenTo === true).length < 2) continue;
    const bearers = people.filter((e) => alive(e) && e !== entity && e.given === entity.given);
    const target = bearers[0];
    if (bearers.length !== 1 || target === undefined || target.titles.size === 0) continue;
    if (compatible(target, entity)) absorb(target, entity);
  }

  // "Mig-u-ell" for Miguel: a name spelled out syllable by syllable (a drawl, a mocking or careful
  // pronunciation) is the one character whose name its letters spell, a doubled letter read once.
  for (const entity of bySize()) {
    if (!alive(entity)) continue;
    const spelled = new Set(
      entity.forms.flatMap((f) => f.words.filter((w) => w.includes('-')).map((w) => lettersOf(w))),
    );
    if (spelled.size === 0) continue;
    const spells = (e: EntityDraft): boolean =>
      e.forms.some((f) => f.words.some((w) => !w.includes('-') && spelled.has(lettersOf(w))));
    const named = people.filter((e) => alive(e) && e !== entity && compatible(e, entity) && spells(e));
    const target = named[0];
    if (named.length !== 1 || target === undefined) continue;
    if (size(target) >= size(entity)) absorb(target, entity);
    else absorb(entity, target);
  }

  // "Quohog, or whatever your name is": a name its speaker is unsure of is a mangling of the name
  // of the nearest character named before it (within the window) that starts with the same letter.
  for (const entity of bySize()) {
    const doubted = entity.mentions.find((m) => m.doubted === true);
    if (!alive(entity) || doubted === undefined || entity.titles.size > 0 || entity.forms.length !== 1)
      continue;
    const initial = doubted.words[0]?.charAt(0).toLowerCase() ?? '';
    let nearest: EntityDraft | undefined;
    let nearestStart = doubted.start - options.window;
    for (const other of people) {
      if (other === entity || !alive(other) || !compatible(other, entity)) continue;
      if (!other.forms.some((f) => f.words.some((w) => w.charAt(0).toLowerCase() === initial))) continue;
      for (const m of other.mentions) {
        if (m.fileIndex !== doubted.fileIndex || m.start >= doubted.start || m.start <= nearestStart)
          continue;
        if (m.words.some((w) => w.charAt(0).toLowerCase() === initial)) {
          nearest = other;
          nearestStart = m.start;
        }
      }
    }
    if (nearest !== undefined) absorb(nearest, entity);
  }

  // "Little Flask ... They called him King-Post", "known to everyone as Fish": a name the text gives,
  // in so many words, to the person named last before it in the paragraph (of the pronoun's gender,
  // if it has one), not counting the naming verb's subject ("Mr. Pargeter ... called him Lomax"), is
  // that person's; when the paragraph names no one before it ("Her father called her 'Little Miss
  // Tranquility'" opening one), the person named last in the paragraph before. A title and one word
  // are given only when the word is no known name and the text writes it twice at most (a nickname,
  // not a surname the story goes on using: `Miss Tranquility`, not `Miss Bates`). A name already
  // written for the person named last ("Her sister Katherine ... nobody had called her Katherine")
  // is given to no one. A name the narration says someone bears ("She was Mrs. Crewe after that",
  // "who had been a Miss Lisle") goes only to someone of the pronoun's gender.
  for (const entity of bySize()) {
    const given = entity.mentions.find((m) => m.calledFor !== undefined);
    if (!alive(entity) || given === undefined || entity.forms.length !== 1) continue;
    if (entity.titles.size > 0 && (entity.given !== null || !isNickWord(entity.surname) || size(entity) > 2))
      continue;
    // "'Everybody calls him Barnaby,' whispered the Teapot-Hen": a name speech gives "him" or "her"
    // is someone the speaker speaks of, never the speaker.
    const speaksOfAnother = given.inSpeech === true && given.calledFor !== 'unknown';
    const speaksHere = (other: EntityDraft): boolean =>
      other.mentions.some(
        (m) => m.speaks && m.fileIndex === given.fileIndex && m.paragraph === given.paragraph,
      );
    // "Her name was Rose Hurle, and her father was Obadiah Hurle ... called her Linnet": someone of
    // the pronoun's gender is taken before someone of no known gender named after her.
    const namedLast = (paragraph: number, genderKnown: boolean): EntityDraft | undefined => {
      let named: EntityDraft | undefined;
      let namedStart = -1;
      for (const other of people) {
        if (!alive(other)) continue;
        if (speaksOfAnother && paragraph === given.paragraph && speaksHere(other)) continue;
        if (other.gender !== 'unknown' && given.calledFor !== 'unknown' && other.gender !== given.calledFor)
          continue;
        if (genderKnown && other.gender !== given.calledFor) continue;
        if (given.borne === true && given.calledFor !== 'unknown' && other.gender !== given.calledFor)
          continue;
        for (const m of other.mentions) {
          if (m.fileIndex !== given.fileIndex || m.paragraph !== paragraph) continue;
          if (paragraph === given.paragraph && namesHere(m, given.calledBy)) continue;
          // "he had been in the Remove ... called him Remove": the word with the article named a
          // thing (his form), not the boy; the boy is the one named before.
          if (other === entity && m.determiner) continue;
          if (m.start < given.start && m.start > namedStart) {
            named = other;
            namedStart = m.start;
          }
        }
      }
      return named;
    };
    // A name said to be borne ("She was Mrs. Crewe after that") goes to the paragraph before only
    // when its own names no one before it.
    const namesSomeoneBefore = (): boolean =>
      people.some(
        (other) =>
          alive(other) &&
          other.mentions.some(
            (m) =>
              m.fileIndex === given.fileIndex && m.paragraph === given.paragraph && m.start < given.start,
          ),
      );
    const gendered = given.calledFor !== 'unknown';
    const inParagraph = (paragraph: number): EntityDraft | undefined =>
      (gendered ? namedLast(paragraph, true) : undefined) ?? namedLast(paragraph, false);
    const named =
      inParagraph(given.paragraph) ??
      (given.borne === true && namesSomeoneBefore() ? undefined : inParagraph(given.paragraph - 1));
    // "Kate Tolland ... She had been Martha Speck": a name borne with another given name than the
    // one named last has is someone else's (a woman named by her surname only may have borne it).
    if (named === undefined || named === entity) continue;
    const otherGiven =
      given.borne === true && named.given !== null && entity.given !== null && named.given !== entity.given;
    if (!otherGiven) absorb(named, entity);
  }
  joinTitleGivenWithOwnSurname(bySize(), people.filter(alive), options.chapterOf);

  // "Steelkilt, a Lakeman and desperado ... the Lakeman": a name the text mostly writes with an
  // article, introduced in apposition to someone, is that someone. Not "In Ahab the Parsee saw his
  // shadow": a name and "the" side by side with no comma, the description the subject of the verb
  // after it, may be two people by chance (bible/epithets.ts asks for two such ties).
  const ownerOf = new Map<RawMention, EntityDraft>();
  for (const entity of people) for (const m of entity.mentions) ownerOf.set(m, entity);
  const clauseByChance = (m: RawMention): boolean =>
    m.apposedTo !== undefined && m.tokenFrom - m.apposedTo.tokenTo === 1 && m.person > 0;
  for (const entity of bySize()) {
    if (!alive(entity) || entity.titles.size > 0 || entity.forms.length !== 1) continue;
    const withArticle = entity.mentions.filter((m) => m.determiner).length;
    if (withArticle < 0.5 * size(entity)) continue;
    const introduced = entity.mentions.find((m) => m.apposedTo !== undefined && !clauseByChance(m));
    const person = introduced?.apposedTo !== undefined ? ownerOf.get(introduced.apposedTo) : undefined;
    if (person !== undefined && person !== entity && alive(person)) absorb(person, entity);
  }

  // "the Water Vole ... what the Vole says": a one-word name mostly written with the article is the
  // one such name of several words that ends with it, when no one else's name holds the word (a
  // reader shortens a descriptive name as a surname); or begins with it, as "the Red" is "the Red
  // Squirrel" beside "the Grey Squirrel".
  const mostlyWithArticle = (entity: EntityDraft): boolean =>
    entity.mentions.filter((m) => m.determiner).length >= 0.5 * size(entity);
  for (const entity of bySize()) {
    const [form, ...more] = entity.forms;
    if (!alive(entity) || more.length > 0 || form?.words.length !== 1 || entity.titles.size > 0) continue;
    if (!mostlyWithArticle(entity)) continue;
    const word = mustAt(form.words, 0);
    const holders = people.filter(
      (other) => other !== entity && alive(other) && other.forms.some((f) => f.words.includes(word)),
    );
    const [longer, ...others] = holders;
    if (
      longer !== undefined &&
      others.length === 0 &&
      longer.titles.size === 0 &&
      mostlyWithArticle(longer) &&
      longer.forms.some(
        (f) => f.words.length >= 2 && (f.words[0] === word || f.words[f.words.length - 1] === word),
      )
    )
      absorb(longer, entity);
  }

  // "To Mrs. Saville ... There, Margaret, the sun is forever visible": the given name a letter's
  // body addresses, most often by far, is its recipient's.
  for (const recipient of people) {
    if (!alive(recipient) || recipient.given !== null) continue;
    const bodies = letters.filter((l) => recipient.mentions.includes(l.recipient));
    if (bodies.length === 0) continue;
    const counts = new Map<EntityDraft, number>();
    const addressed = people.flatMap((owner) =>
      owner.mentions.filter((m) => m.addressed).map((m) => ({ m, owner })),
    );
    for (const letter of bodies) {
      const { fileIndex, start } = letter.recipient;
      for (const { m, owner } of addressed) {
        if (!m.addressed || m.fileIndex !== fileIndex || m.start <= start || m.start >= letter.end) continue;
        if (!alive(owner) || owner === recipient || owner.given === null || owner.surname !== null) continue;
        if (owner.titles.size > 0 || !compatible(owner, recipient)) continue;
        counts.set(owner, (counts.get(owner) ?? 0) + 1);
      }
    }
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    if (first === undefined || first[1] < 2 || (second !== undefined && first[1] < 2 * second[1])) continue;
    const named = first[0];
    if (size(named) >= size(recipient)) absorb(named, recipient);
    else absorb(recipient, named);
  }

  // "Miss Lucas": the unmarried woman of that surname; several: the one named nearest before. A
  // woman who married in the book ("Miss Anne Taylor", then "Mrs. Weston") was that Miss too.
  const ownerOfMention = (m: RawMention): EntityDraft | undefined =>
    people.find((e) => alive(e) && e.mentions.includes(m));
  const sisterOfTheName = (woman: EntityDraft, surname: string): boolean =>
    siblings.some((pair) => {
      const [a, b] = pair.map(ownerOfMention);
      const brother = a === woman ? b : b === woman ? a : undefined;
      return brother !== undefined && brother.gender === 'male' && brother.surname === surname;
    });
  const missOf = (e: EntityDraft, surname: string): boolean =>
    e.forms.some((f) => f.title === 'Miss' && f.words.at(-1) === surname);
  // "There were two Miss Bells ... Miss Kitty Bell": among sisters, one whose full name the text
  // always writes after "Miss" is a younger one, whom the eldest's "Miss Bell" is not (the eldest,
  // "Jane Bennet", may be called "Miss Jane Bennet" once too).
  const youngerMiss = (e: EntityDraft, surname: string): boolean => {
    const fullNames = e.forms.filter((f) => f.words.length >= 2 && f.words.at(-1) === surname);
    return fullNames.length > 0 && fullNames.every((f) => f.title === 'Miss');
  };
  const missesMarried = marriedMisses(spouses, marriedNames);
  for (const entity of bySize()) {
    if (!alive(entity) || entity.given !== null || entity.surname === null) continue;
    if (entity.titles.size !== 1 || !entity.titles.has('Miss')) continue;
    const surname = entity.surname;
    const candidates = people.filter(
      (e) =>
        alive(e) &&
        e !== entity &&
        e.given !== null &&
        e.surname === surname &&
        femaleOrUnknown(e) &&
        givenNameGender(e.given) !== 'male' &&
        (!hasMarriedTitle(e) || missOf(e, surname)) &&
        !(sisterhoods.has(surname) && youngerMiss(e, surname)),
    );
    if (candidates.length === 0) continue;
    // "Robert Fenwick had one sister, Harriet": the sister of the man of the name is his household's
    // "Miss Fenwick", not his wife "Clara Fenwick" named nearer.
    const sisters = candidates.filter((e) => sisterOfTheName(e, surname));
    if (candidates.length === 1 || sisters.length === 1) {
      const woman = mustAt(candidates.length === 1 ? candidates : sisters, 0);
      if (!twoMisses(woman, entity)) absorb(woman, entity);
      continue;
    }
    const moved = new Map<EntityDraft, RawMention[]>();
    const apart: RawMention[] = [];
    for (const mention of entity.mentions) {
      // In a collection each tale has its own cast: the Miss is a bearer the tale names, and no one
      // of several when it names none (the nearest before may be another tale's).
      const tale = options.taleOf?.(mention) ?? null;
      const told =
        tale === null
          ? candidates
          : candidates.filter((e) =>
              e.mentions.some((m) => m.fileIndex === mention.fileIndex && options.taleOf?.(m) === tale),
            );
      if (told.length === 0) {
        apart.push(mention);
        continue;
      }
      // "She was Miss Constance Dearlove until she married Sir Roger", then "Miss Dearlove": after
      // the text marries a woman from the name, the Miss is another woman of it, when there is one.
      const unmarried = told.filter((e) => !marriedFromBefore(e, mention, missesMarried));
      const fitting = unmarried.length > 0 ? unmarried : told;
      const largest = mustAt(
        [...fitting].sort((a, b) => size(b) - size(a)),
        0,
      );
      let nearest: EntityDraft | undefined;
      let nearestStart = -1;
      for (const candidate of fitting) {
        for (const m of candidate.mentions) {
          if (m.fileIndex !== mention.fileIndex || m.start >= mention.start) continue;
          if (m.start > nearestStart) {
            nearestStart = m.start;
            nearest = candidate;
          }
        }
      }
      const owner =
        nearest !== undefined && mention.start - nearestStart <= options.window ? nearest : largest;
      moved.set(owner, [...(moved.get(owner) ?? []), mention]);
    }
    for (const [owner, mentions] of moved) {
      owner.mentions.push(...mentions);
      for (const form of entity.forms) if (!owner.forms.includes(form)) owner.forms.push(form);
    }
    entity.mentions = apart;
    if (apart.length === 0) entity.forms = [];
  }

  // "Lady Alice" bears her title with her given name, as a daughter of rank does: it is not a
  // married name, as "Mrs. Rutherford" or "Lady Rutherford" would be.
  const marriedBySurname = (e: EntityDraft): boolean =>
    e.forms.some(
      (f) => f.title !== null && FEMALE_MARRIED.has(f.title) && f.words[f.words.length - 1] === e.surname,
    );
  // "Charlotte the wife of Mr. Collins", "Miss Taylor married Mr. Weston", "Lord Greystoke, and
  // Lady Alice, his wife": a woman known by her given name or her maiden name, stated to be the wife
  // of the one man of a surname, is the one "Mrs. Collins" ("Lady Greystoke") with no given name. (Last, so that her maiden name, "Miss Lucas", has found her
  // first.) The passage stays the evidence of the two's spouse relation.
  const maidenNamed = (e: EntityDraft): boolean =>
    e.given !== null || (e.titles.size > 0 && unmarriedTitles(e));
  // "Margaret Ashby married Thomas Pell", then "Margaret Pell": her given name with the surname of
  // the man the text marries her to is her married name, however many men bear it (his brother
  // Robert Pell); her given name alone, left apart while it could be either, is then hers.
  const marriedGivenName = (wife: EntityDraft, surname: string): void => {
    const given = wife.given;
    if (given === null) return;
    const named = people.filter(
      (e) => alive(e) && e !== wife && e.given === given && e.surname === surname && e.gender !== 'male',
    );
    if (named.length !== 1) return;
    absorb(wife, mustAt(named, 0));
    const bare = people.filter(
      (e) => alive(e) && e !== wife && e.given === given && e.surname === null && e.titles.size === 0,
    );
    const others = people.filter((e) => alive(e) && e !== wife && e.given === given && e.surname !== null);
    if (bare.length === 1 && others.length === 0) absorb(wife, mustAt(bare, 0));
  };
  /**
   * The women known only by a married title and the surname ("Mrs. Collins"), but one the text
   * introduces as someone's mother or aunt ("His mother, Lady Hosken"), the elder of the name.
   */
  const titledWives = (surname: string): EntityDraft[] =>
    people.filter(
      (e) =>
        alive(e) &&
        e.given === null &&
        e.surname === surname &&
        e.titles.size > 0 &&
        [...e.titles].every((t) => FEMALE_MARRIED.has(t)) &&
        !e.mentions.some((m) => elderWomen.includes(m)),
    );
  /** A stated marriage's husband, wife and his surname, as the drafts hold them now. */
  const coupleOf = (pair: [RawMention, RawMention]) => {
    const [a, b] = pair.map((m) => people.find((e) => alive(e) && e.mentions.includes(m)));
    if (a === undefined || b === undefined || a === b) return undefined;
    const [husband, wife] = a.gender === 'male' ? [a, b] : [b, a];
    if (husband.gender !== 'male' || husband.surname === null || wife.gender === 'male') return undefined;
    return { husband, wife, surname: husband.surname };
  };
  for (const pair of spouses) {
    const couple = coupleOf(pair);
    if (couple === undefined) continue;
    const { wife, surname } = couple;
    // "Lady Morwenna" reads as a married title and surname, unless she is the wife of another name;
    // "Loveday" as a surname.
    const byGiven = styledByGiven(wife);
    if (!(maidenNamed(wife) || byGiven) || (!byGiven && marriedBySurname(wife)) || wife.surname === surname)
      continue;
    marriedGivenName(wife, surname);
    const men = people.filter((e) => alive(e) && e.gender === 'male' && e.surname === surname);
    const wives = titledWives(surname);
    if (men.length === 1 && wives.length === 1) absorb(wife, mustAt(wives, 0));
  }
  // "The doctor's wife, Margaret Henderson": a wife the text names with her husband's surname and
  // her given name is the one "Mrs. Henderson", when that is the wife of the same man ("Dr. and
  // Mrs. Henderson") or she is the only wife of that surname with a given name the text states (a
  // son's wife would be a "Mrs. Henderson" too). A woman engaged to a man and named with his
  // surname ("Winnie announced her engagement to Mr Verloc ... Winnie Verloc") has married him.
  const couples = [...spouses, ...engagements].flatMap((pair) => coupleOf(pair) ?? []);
  for (const { husband, wife, surname } of couples) {
    if (wife.given === null || wife.surname !== surname || marriedBySurname(wife)) continue;
    const [titled, ...more] = titledWives(surname);
    if (titled === undefined || more.length > 0) continue;
    const hisToo = couples.some((c) => c.husband === husband && c.wife === titled);
    const named = new Set(
      couples.filter((c) => c.surname === surname && c.wife.given !== null).map((c) => c.wife),
    );
    if (hisToo || named.size === 1) absorb(wife, titled);
  }

  // "the card said Mrs. Alan Henderson": a married title before a man's given name (and his surname)
  // is his wife's name, when the text states one wife of his.
  for (const entity of bySize()) {
    if (!alive(entity) || entity.given === null || entity.forms.length !== 1) continue;
    if (!hasMarriedTitle(entity)) continue;
    const given = entity.given;
    const husbands = people.filter(
      (e) =>
        alive(e) &&
        e !== entity &&
        e.gender === 'male' &&
        e.given === given &&
        (entity.surname === null || e.surname === entity.surname),
    );
    if (husbands.length !== 1) continue;
    const husband = mustAt(husbands, 0);
    const wives = new Set<EntityDraft>();
    for (const pair of spouses) {
      const [a, b] = pair.map((m) => people.find((e) => alive(e) && e.mentions.includes(m)));
      if (a === husband && b !== undefined && b !== husband && b.gender !== 'male') wives.add(b);
      if (b === husband && a !== undefined && a !== husband && a.gender !== 'male') wives.add(a);
    }
    const [wife, ...more] = wives;
    if (wife !== undefined && more.length === 0 && wife !== entity) absorb(wife, entity);
  }

  // "Miss Taylor, now Mrs. Weston", "Mrs. Weston, formerly Miss Taylor": one woman, when neither
  // name is a man's, the maiden one bears no married title, and the married one no other given name.
  for (const { maiden, married: marriedName } of marriedNames) {
    const [woman, wife] = [maiden, marriedName].map((m) =>
      people.find((e) => alive(e) && e.mentions.includes(m)),
    );
    if (woman === undefined || wife === undefined || woman === wife) continue;
    if (woman.gender === 'male' || wife.gender === 'male' || hasMarriedTitle(woman) || !maidenNamed(woman))
      continue;
    // "Mrs. Geoffrey Lane": a given name that is her husband's says nothing against her own.
    if (wife.given !== null && wife.given !== woman.given && !wifeOfName(wife)) continue;
    if (wife.surname !== null && wife.surname === woman.surname) continue;
    absorb(woman, wife);
  }

  // "Granny" beside "Granny Ada": a family word alone is the one person the text names with it.
  for (const entity of bySize()) {
    if (!alive(entity) || entity.titles.size > 0 || entity.forms.length !== 1) continue;
    const words = mustAt(entity.forms, 0).words;
    const word = mustAt(words, 0);
    if (words.length !== 1 || !FAMILY_NAMES.has(word.toLowerCase())) continue;
    const named = people.filter(
      (other) =>
        alive(other) &&
        other !== entity &&
        other.forms.some((f) => f.words.length > 1 && f.words[0] === word),
    );
    if (named.length === 1) absorb(mustAt(named, 0), entity);
  }
}

/**
 * The "Miss" names the text states a woman married from: a marriage or a maiden name told of them
 * ("Miss Taylor married Mr. Weston", "Mrs. Weston, formerly Miss Taylor", "She was Miss Constance
 * Dearlove until she married Sir Roger Ferrier"). Not a marriage told of her given name ("Charlotte
 * the wife of Mr. Collins"), after which the text may still call her "Miss Lucas" as her family does.
 */
function marriedMisses(
  spouses: readonly (readonly [RawMention, RawMention])[],
  marriedNames: readonly MarriedNameCue[],
): RawMention[] {
  return [...spouses.flat(), ...marriedNames.map((cue) => cue.maiden)].filter((m) => m.title === 'Miss');
}

/** One of the woman's "Miss" names was stated married from (`marriedMisses`) before `mention`. */
function marriedFromBefore(woman: EntityDraft, mention: RawMention, misses: readonly RawMention[]): boolean {
  return misses.some(
    (m) => m.fileIndex === mention.fileIndex && m.start < mention.start && woman.mentions.includes(m),
  );
}

/**
 * "Sir Piran Hosken and his wife, Lady Morwenna", "his wife, Loveday": a wife known only by one word,
 * alone or after "Lady", read as a surname for want of the given name in a list; stated the wife of
 * a man of another surname, the word is her given name, as a peer's daughter keeps it after "Lady".
 */
function styledByGiven(wife: EntityDraft): boolean {
  return (
    wife.given === null &&
    wife.surname !== null &&
    [...wife.titles].every((t) => t === 'Lady') &&
    wife.forms.every((f) => f.words.length === 1)
  );
}

/** Named only by a married woman's title and the surname ("Mrs. Toller"), no given name. */
function wifeByTitle(entity: EntityDraft): boolean {
  return (
    entity.given === null && entity.titles.size > 0 && [...entity.titles].every((t) => FEMALE_MARRIED.has(t))
  );
}

/**
 * "Edmund Pemberton was thirty-one ... the world called him Mr. Pemberton": a title and surname the
 * text gives, in so many words, to a man or woman it named in full before in the paragraph with that
 * surname is how that one is addressed, not a father or mother of the name (the one named last of
 * the pronoun's gender, as for any name given). Not when an earlier chapter already used the title
 * and surname ("Mr. Garland" the grandfather in the first, "began to call him Mr. Garland" of the
 * grandson in the seventh): that is someone else the name was given to first.
 */
function joinTitleGivenWithOwnSurname(
  entities: readonly EntityDraft[],
  people: readonly EntityDraft[],
  chapterOf: MergeOptions['chapterOf'],
): void {
  for (const entity of entities) {
    const given = entity.mentions.find((m) => m.calledFor !== undefined && m.calledFor !== 'unknown');
    if (given === undefined || entity.titles.size === 0 || entity.given !== null || entity.surname === null)
      continue;
    const chapter = chapterOf?.(given) ?? null;
    const usedInEarlierChapter = entity.mentions.some(
      (m) => m.fileIndex === given.fileIndex && comesBefore(m, given) && (chapterOf?.(m) ?? null) !== chapter,
    );
    if (usedInEarlierChapter) continue;
    let named: EntityDraft | undefined;
    let namedStart = -1;
    for (const other of people)
      for (const m of other.mentions)
        if (
          other.gender === given.calledFor &&
          m.fileIndex === given.fileIndex &&
          m.paragraph === given.paragraph &&
          m.start < given.start &&
          m.start > namedStart
        ) {
          named = other;
          namedStart = m.start;
        }
    if (named !== undefined && named !== entity && named.given !== null && named.surname === entity.surname)
      absorb(named, entity);
  }
}
