import type { RawMention } from './candidates.js';
import type { Form } from './classify.js';
import { type Gender, PERSON_TITLES, PLACE_WORDS } from './lexicons.js';
import { canonicalGiven, givenNameGender, isDictionaryWord, isGivenName, isKnownPlace } from './lookup.js';

/**
 * Alias merging. Person names are parsed into title, given name and surname, and joined only when
 * nothing contradicts: "Mr. Darcy" and "Fitzwilliam Darcy" join, "Mr. Bennet", "Mrs. Bennet" and
 * "Miss Bennet" stay three people, nicknames join their given name through the nickname table, and a
 * bare name that fits several people ("Bennet", "Jane") is resolved mention by mention from context.
 */

export interface EntityDraft {
  id: number;
  type: 'character' | 'location' | 'organization' | 'term';
  mentions: RawMention[];
  /** Character profile. */
  titles: Set<string>;
  gender: Gender;
  given: string | null;
  surname: string | null;
  /** Forms joined to this entity as a whole (not mention by mention). */
  forms: Form[];
}

interface PersonForm {
  form: Form;
  title: string | null;
  titleGender: Gender;
  given: string | null;
  surname: string | null;
  nickname: boolean;
}

const FEMALE_MARRIED = new Set([
  'Mrs.',
  'Lady',
  'Madame',
  'Dame',
  'Duchess',
  'Countess',
  'Baroness',
  'Queen',
  'Princess',
]);
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
  /** Look-back window (characters) for the nearest preceding mention of a candidate. */
  window: number;
}

export function mergeEntities(forms: Form[], options: MergeOptions): EntityDraft[] {
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

  const people = forms
    .filter((f) => f.type === 'character')
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const firstWords = new Set<string>();
  const lastWords = new Set<string>();
  for (const form of people) {
    if (form.words.length >= 2 && !isWholeName(form)) {
      firstWords.add(form.words[0] as string);
      lastWords.add(form.words[form.words.length - 1] as string);
    }
  }
  const parsed = people.map((form) => parsePerson(form, firstWords, lastWords));
  const ambiguous: Array<{ person: PersonForm; candidates: EntityDraft[] }> = [];

  const genderOf = (person: PersonForm): Gender =>
    person.titleGender !== 'unknown'
      ? person.titleGender
      : person.given
        ? givenNameGender(person.given.toLowerCase())
        : 'unknown';
  const compatibleGender = (entity: EntityDraft, gender: Gender): boolean =>
    entity.gender === 'unknown' || gender === 'unknown' || entity.gender === gender;
  const adopt = (entity: EntityDraft, person: PersonForm): void => {
    if (person.title !== null) entity.titles.add(person.title);
    const gender = genderOf(person);
    if (entity.gender === 'unknown') entity.gender = gender;
    if (entity.given === null && person.given !== null)
      entity.given = canonicalGiven(person.given.toLowerCase());
    if (entity.surname === null && person.surname !== null) entity.surname = person.surname;
    attach(entity, person.form);
  };
  const titleFits = (entity: EntityDraft, title: string | null): boolean => {
    if (title === null || entity.titles.size === 0) return true;
    if (entity.titles.has(title)) return true;
    return false;
  };

  // A. Full names: given name and surname.
  const fullNames = new Map<string, EntityDraft>();
  for (const person of parsed) {
    if (person.given === null || person.surname === null) continue;
    // "Mrs. Newland Archer" is Newland Archer's wife, unless the given name is a woman's.
    const wifeByName =
      person.title !== null &&
      FEMALE_MARRIED.has(person.title) &&
      givenNameGender(person.given.toLowerCase()) !== 'female';
    const key = `${wifeByName ? `${person.title} ` : ''}${canonicalGiven(person.given.toLowerCase())} ${person.surname}`;
    let entity = fullNames.get(key);
    if (entity !== undefined && !compatibleGender(entity, genderOf(person))) entity = undefined;
    if (entity === undefined) {
      entity = newEntity('character');
      fullNames.set(key, entity);
    }
    adopt(entity, person);
  }
  const fullEntities = [...fullNames.values()];

  // B. Title and surname: join a full name only when exactly one family member fits.
  for (const person of parsed) {
    if (person.title === null || person.given !== null || person.surname === null) continue;
    const title = person.title;
    const gender = person.titleGender;
    // An untitled full name can take the title ("Fitzwilliam Darcy" is "Mr. Darcy"), and so can a
    // full name written with the same title ("Mr. Sherlock Holmes" is "Mr. Holmes"), except that
    // "Miss Elizabeth Bennet" is by convention not "Miss Bennet" (the eldest sister). "Mrs." and
    // "Lady" never join a given name by themselves.
    const fits = fullEntities.filter(
      (entity) =>
        entity.surname === person.surname &&
        compatibleGender(entity, gender) &&
        (entity.titles.size === 0
          ? !FEMALE_MARRIED.has(title)
          : entity.titles.has(title) && title !== 'Miss'),
    );
    const owner = fits.length === 1 ? fits[0] : undefined;
    const entity = owner ?? newEntity('character');
    adopt(entity, person);
    if (owner === undefined) fullEntities.push(entity);
  }

  // C. Title and given name ("Sir William", "Miss Lizzy").
  for (const person of parsed) {
    if (person.title === null || person.given === null || person.surname !== null) continue;
    const canonical = canonicalGiven(person.given.toLowerCase());
    const fits = fullEntities.filter(
      (entity) =>
        entity.given === canonical &&
        compatibleGender(entity, person.titleGender) &&
        (titleFits(entity, person.title) || (person.title === 'Miss' && !hasMarriedTitle(entity))),
    );
    // Several people share the given name: the one already called by this title takes it.
    const sameTitle = fits.filter((entity) => entity.titles.has(person.title as string));
    const owner = fits.length === 1 ? fits[0] : sameTitle.length === 1 ? sameTitle[0] : undefined;
    const entity = owner ?? newEntity('character');
    adopt(entity, person);
    if (owner === undefined) fullEntities.push(entity);
  }

  // D. Given names alone, nicknames included ("Elizabeth", "Lizzy", "Eliza").
  const givenOnly = new Map<string, EntityDraft>();
  for (const person of parsed) {
    if (person.title !== null || person.given === null || person.surname !== null) continue;
    const canonical = canonicalGiven(person.given.toLowerCase());
    const word = person.given;
    const fits = fullEntities.filter(
      (entity) =>
        (entity.given === canonical &&
          compatibleGender(entity, genderOf(person)) &&
          (!person.nickname ||
            entity.forms.some((f) => f.words[0] === word) ||
            [...entity.titles].every((t) => t === 'Miss' || t === 'Master'))) ||
        (!person.nickname && entity.surname === word),
    );
    if (fits.length === 1) adopt(fits[0] as EntityDraft, person);
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
    const surname = person.surname as string;
    const fits = all.filter(
      (entity) => entity.surname === surname || entity.given === canonicalGiven(surname.toLowerCase()),
    );
    if (fits.length === 1) adopt(fits[0] as EntityDraft, person);
    else if (fits.length > 1) ambiguous.push({ person, candidates: fits });
    else adopt(newEntity('character'), person);
  }

  resolveAmbiguous(ambiguous, newEntity, options);
  return entities.filter((entity) => entity.mentions.length > 0);
}

function hasMarriedTitle(entity: EntityDraft): boolean {
  return [...entity.titles].some((t) => FEMALE_MARRIED.has(t));
}

/** A two-word name whose first word is not surely a given name ("Parsee Ahab", "London Lydia"). */
function isWholeName(form: Form): boolean {
  const first = (form.words[0] as string).toLowerCase();
  if (form.title !== null || form.words.length < 2 || isGivenName(first)) return false;
  return isDictionaryWord(first) || form.mentions.length < 2;
}

function parsePerson(form: Form, firstWords: Set<string>, lastWords: Set<string>): PersonForm {
  const titleInfo =
    form.title !== null ? PERSON_TITLES[form.title.replace(/\.$/, '').toLowerCase()] : undefined;
  const titleGender = titleInfo?.gender ?? 'unknown';
  const words = form.words;
  const base = { form, title: form.title, titleGender, nickname: false };
  if (words.length >= 2) {
    const given = words[0] as string;
    // "Parsee Ahab", "Happy Family": an ordinary or a once-seen word in front is not surely a given
    // name, and the name stays whole instead of lending its parts to other people.
    if (isWholeName(form)) {
      return { ...base, given: null, surname: null };
    }
    return {
      ...base,
      given,
      surname: words[words.length - 1] as string,
      nickname: canonicalGiven(given.toLowerCase()) !== given.toLowerCase(),
    };
  }
  const word = words[0] as string;
  const lower = word.toLowerCase();
  let isGiven: boolean;
  if (lastWords.has(word) && !firstWords.has(word)) isGiven = false;
  else if (firstWords.has(word) && !lastWords.has(word)) isGiven = true;
  else if (lastWords.has(word)) isGiven = isGivenName(lower);
  else if (form.title !== null && !GIVEN_NAME_TITLES.has(form.title)) isGiven = false;
  else isGiven = isGivenName(lower);
  if (isGiven) return { ...base, given: word, surname: null, nickname: canonicalGiven(lower) !== lower };
  return { ...base, given: null, surname: word };
}

/** Mention by mention: nearest preceding mention in the paragraph, else the dominant one, else nearby, else apart. */
function resolveAmbiguous(
  ambiguous: Array<{ person: PersonForm; candidates: EntityDraft[] }>,
  newEntity: (type: EntityDraft['type']) => EntityDraft,
  options: MergeOptions,
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
    let apart: EntityDraft | undefined;
    for (const mention of person.form.mentions) {
      let nearest: EntityDraft | undefined;
      let nearestStart = -1;
      let nearestParagraph = -1;
      for (const entity of candidates) {
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
      if (person.given === null) {
        // A bare surname: the dominant family member, else the family's one man, else the context.
        owner = dominant ?? man ?? inParagraph;
      } else {
        owner = inParagraph ?? dominant;
      }
      if (owner === undefined && nearest !== undefined && mention.start - nearestStart <= options.window)
        owner = nearest;
      if (owner === undefined) {
        apart ??= newEntity('character');
        owner = apart;
        if (!owner.forms.includes(person.form)) owner.forms.push(person.form);
      }
      owner.mentions.push(mention);
    }
  }
}

function lastBefore(sorted: number[], position: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = sorted[mid] as number;
    if (value < position) {
      found = value;
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
