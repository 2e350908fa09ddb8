/**
 * The pronoun resolver for characters, shared by the story bible, dialogue, continuity and the
 * story view: "she" in narration and in speech tags resolved to a character where the text allows
 * it. A salience model in the manner of Lappin and Leass: the recent mentions of each character,
 * the subjects of sentences weighing most, filtered by gender and number, with the object pronoun
 * of a clause never its own subject and a reflexive its named subject when it has one.
 * Hand-written: the JavaScript NLP libraries (compromise, wink) have no coreference, and the neural
 * resolvers are Python with models.
 *
 * Deterministic, no model files; about a tenth of a second for a whole novel.
 */
import { mustAt, mustGet } from '@george/runtime/collections';
import { ABBREVIATIONS, type Gender, PERSON_TITLES, USUALLY_MALE_RANKS } from '../bible/lexicons.js';
import { givenNameGender } from '../bible/lookup.js';
import { quotationParts, type TextRange } from '../dialogue/quotations.js';
import { type CharacterMention, describedMentions, headWords, nounGender } from './callings.js';

export type { Gender };

export interface CharacterInput {
  /** The caller's id for the character (entity key or entity id): returned as is. */
  id: string;
  name: string;
  aliases?: readonly string[];
  /** Known gender; absent or 'unknown': inferred from titles, given names and the text's pronouns. */
  gender?: Gender;
  /** A group ("the Bennets"): referred to by "they". */
  plural?: boolean;
  /** The character's name mentions in the text: [start, end) offsets, any order. */
  mentions: ReadonlyArray<TextRange>;
}

export interface ResolveOptions {
  /** Speech ranges; default: the text's `quotationParts`. */
  quotations?: ReadonlyArray<TextRange>;
  /** Only pronouns inside this range are reported (the whole text is still read for antecedents). */
  range?: TextRange;
  /**
   * Who speaks each quotation, when the caller has attributed them: the speaker is in the scene,
   * and the narration after the quotation ("said her husband; ... and he had the pleasure") may
   * refer to them as to a name.
   */
  speakers?: ReadonlyArray<{ start: number; id: string }>;
  /**
   * Where each chapter starts: a new chapter opens a new scene, so what the last one referred to
   * counts as CHAPTER_GAP sentences further away.
   */
  chapterStarts?: readonly number[];
}

/** How many sentences a chapter break puts between the last chapter's references and the next. */
const CHAPTER_GAP = 4;

export interface PronounReference {
  start: number;
  end: number;
  /** As written: "She", "himself". */
  text: string;
  gender: Gender;
  plural: boolean;
  /** The character referred to; null when the text does not allow a resolution. */
  characterId: string | null;
  /** 0..1 */
  confidence: number;
  /** Inside speech: resolved only from what the speech itself names, at a lower confidence. */
  inQuotation: boolean;
  /** Resolved to a character named after it (nobody of its gender had been named before). */
  refersAhead: boolean;
  /**
   * Resolved past the window of recent sentences, where no one of its gender was: to the last
   * character of that gender the narration named (the one it went on following), a weaker reading.
   */
  beyondWindow: boolean;
}

export type PronounRole = 'subject' | 'object' | 'possessive' | 'reflexive';

export interface PronounForm {
  gender: Gender;
  plural: boolean;
  role: PronounRole;
}

const FORMS: Record<string, PronounForm> = {
  he: { gender: 'male', plural: false, role: 'subject' },
  him: { gender: 'male', plural: false, role: 'object' },
  his: { gender: 'male', plural: false, role: 'possessive' },
  himself: { gender: 'male', plural: false, role: 'reflexive' },
  she: { gender: 'female', plural: false, role: 'subject' },
  her: { gender: 'female', plural: false, role: 'object' },
  hers: { gender: 'female', plural: false, role: 'possessive' },
  herself: { gender: 'female', plural: false, role: 'reflexive' },
  they: { gender: 'unknown', plural: true, role: 'subject' },
  them: { gender: 'unknown', plural: true, role: 'object' },
  their: { gender: 'unknown', plural: true, role: 'possessive' },
  theirs: { gender: 'unknown', plural: true, role: 'possessive' },
  themselves: { gender: 'unknown', plural: true, role: 'reflexive' },
};

/** The form of a word the pronoun patterns matched (each of them is in FORMS). */
function formOf(word: string): PronounForm {
  const form = FORMS[word.toLowerCase()];
  if (form === undefined) throw new Error(`not a pronoun form: ${word}`);
  return form;
}

/** The grammatical form of a third-person pronoun, or undefined for any other word. */
export function pronounForm(word: string): PronounForm | undefined {
  return FORMS[word.toLowerCase()];
}

const PRONOUN = /\b(?:he|him|his|himself|she|her|hers|herself|they|them|their|theirs|themselves)\b/giu;

/** Words after "her" that make it an object ("saw her to the door"), not a possessive ("her sister"). */
const AFTER_OBJECT = new Set(
  (
    'to and or but the a an in on at by for from with of as that than so then when if up down out off away ' +
    'back again too very well once now there here into upon about over all this these those what who whom ' +
    'which how why not no nor yet before after till until while because since though although either ' +
    'everything nothing something anything it them me us you him herself himself one more less ' +
    'without within through throughout across against along among amongst towards toward beneath beyond during'
  ).split(' '),
);

/** "her" followed by a word that is not a function word is the possessive ("her sister"). */
export function herRole(text: string, end: number): PronounRole {
  const next = /^\s*([\p{L}]+)/u.exec(text.slice(end, end + 24));
  if (next === null) return 'object';
  return AFTER_OBJECT.has((next[1] ?? '').toLowerCase()) ? 'object' : 'possessive';
}

// ---------------------------------------------------------------------------------------------
// Sentences

const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d_])|\n[ \t]*\n/gu;

/** Sentence start offsets, ascending (0 first). Abbreviations ("Mr.", "St.") and initials do not end one. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    if (m[0].startsWith('.')) {
      const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && /\p{Lu}/u.test(word))) continue;
    }
    let next = m.index + m[0].length;
    while (next < text.length && /\s/.test(text.charAt(next))) next++;
    if (next > mustAt(starts, starts.length - 1)) starts.push(next);
  }
  return starts;
}

/** Index of the last element <= value in an ascending array (-1 when none). */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mustAt(sorted, mid) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function inRanges(ranges: readonly TextRange[], position: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = mustAt(ranges, mid);
    if (position < r.start) hi = mid - 1;
    else if (position >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Gender

/** The first word of a name as written, lower case, when more words follow it ("captain"). */
const leadingWord = (written: string): string | undefined =>
  /^([\p{L}]+)\.?\s/u.exec(written.trim())?.[1]?.toLowerCase();

function titleGender(written: string): Gender {
  const first = leadingWord(written);
  if (first === undefined) return 'unknown';
  return PERSON_TITLES[first]?.gender ?? 'unknown';
}

function nameGender(written: string): Gender {
  const words = written
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase());
  const first = words.find((w) => w.length > 0 && PERSON_TITLES[w] === undefined);
  return first === undefined ? 'unknown' : givenNameGender(first);
}

interface GenderVotes {
  title: Record<Gender, number>;
  pronoun: Record<Gender, number>;
}

const emptyVotes = (): Record<Gender, number> => ({ male: 0, female: 0, unknown: 0 });

/** The first he/she-type pronoun after a mention, before the next name or the sentence's end. */
function pronounAfter(text: string, from: number, limit: number, opensSentence: boolean): Gender {
  let window = text.slice(from, Math.min(limit, from + 160));
  // Speech is about someone else: the narration up to the next quotation mark only.
  const quote = window.search(/["“”‘]/u);
  if (quote >= 0) window = window.slice(0, quote);
  const match = /\b(he|him|his|himself|she|her|hers|herself)\b/iu.exec(window);
  const tagged = () =>
    quote >= 0 && opensSentence ? taggedSpeaker(text, from + quote, limit, window) : 'unknown';
  if (match === null) return tagged();
  const word = match[1]?.toLowerCase() ?? '';
  // "Constable Reyes walks towards him. 'Your name?' she asks.": an object pronoun in the clause a
  // name opens is someone else (the subject's own would be "himself"); the line's tag tells more.
  if (opensSentence && word === 'him' && !/[.!?;]/.test(window.slice(0, match.index))) {
    const speaker = tagged();
    if (speaker !== 'unknown') return speaker;
  }
  const role = word === 'her' ? herRole(text, from + match.index + word.length) : formOf(word).role;
  if (role === 'object' && subjectBindsObject(text, from, from + match.index)) return 'unknown';
  // A name in between ("Elizabeth told Jane she...") makes the pronoun's antecedent uncertain.
  if (/\s\p{Lu}\p{Ll}+/u.test(window.slice(1, match.index))) return 'unknown';
  if (/[.!?]\s/.test(window.slice(0, match.index)) && match.index > 80) return 'unknown';
  return formOf(match[1] ?? '').gender;
}

/** Punctuation, a quotation mark or a dash: a clause or an aside ends, or another begins. */
const CLAUSE_MARKS = ',;:.!?()"“”‘’—–';
const CLAUSE_PUNCTUATION = new RegExp(`[${CLAUSE_MARKS}]`, 'u');

/**
 * "Jory spent it for her", "Keverne handed her over the stile": a name that a verb follows (a
 * lower-case word that is no function word) is its clause's subject, and an object pronoun later
 * in that clause is someone else (English would write "herself"), so it says nothing of the name's
 * gender. "and" does not free it ("Jory rose and kissed her"); a clause opening or a preposition of
 * place does (`bindsObject`).
 */
function subjectBindsObject(text: string, nameEnd: number, pronounStart: number): boolean {
  const between = text.slice(nameEnd, pronounStart);
  const verb = /^\s+(\p{Ll}+)\s+(it\s)?/u.exec(between);
  const word = verb?.[1];
  if (verb === null || word === undefined || AFTER_OBJECT.has(word) || CLAUSE_PUNCTUATION.test(between))
    return false;
  // An "it" right after the verb is its object, not the subject of a new clause.
  const objectIt = verb[2] === undefined ? 0 : verb[0].length - 1;
  return bindsObject(text, nameEnd + objectIt, pronounStart);
}

/**
 * The pronoun of the speech tag of a line that follows the sentence a name opens, with no other
 * name between ("Captain Hale came with the boat. “You cannot keep the light,” he said.", in the
 * present tense "she asks"): the tag names that sentence's subject, who speaks next.
 */
function taggedSpeaker(text: string, quoteAt: number, limit: number, before: string): Gender {
  if (/\s\p{Lu}\p{Ll}+/u.test(before.slice(1))) return 'unknown';
  const line =
    /^["“]([^"“”]{1,300})[”"],?\s+(he|she)\s+(?:said|asked|answered|replied|cried|called|whispered|murmured|says|asks|answers|replies|cries|calls|whispers|murmurs)\b/u.exec(
      text.slice(quoteAt, Math.min(limit, quoteAt + 360)),
    );
  return line === null ? 'unknown' : formOf(line[2] ?? '').gender;
}

/** The text before a name that opens its sentence, a title allowed ("… later. Captain Hale"). */
const SENTENCE_OPENS = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:\p{Lu}\p{Ll}*\.?\s+)?$/u;

/**
 * A kin word or a noun of a person set beside a name as its apposition ("Wenna, his niece,", "Crewenna,
 * a widow of sixty,"), closed by a comma or a full stop but not a list ("Treve, his wife and the
 * children"; "Treve, his wife, and ..."), or written after a possessive right before the name
 * ("his sister Loveday"; not with a comma between, a list's or a call's: "my father, Elizabeth, and
 * Clerval"; nor after a verb of telling, whose object the possessive's noun is: "told her mother
 * Jane had gone").
 */
const APPOSITION_NOUN =
  /^,\s+(?:his|her|their|my|our|your|the|an?)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)(?:\s+of\s+[^,;.!?"“”]{1,40})?(?:,(?!\s+(?:and|or|nor)\b)|[.;])/u;
const KIN_BEFORE =
  /(?<!\b(?:told|tell|tells|asked|ask|asks|wrote|assured|reminded|informed|showed|promised|warned)\s+)\b(?:his|her|their|my|our|your)\s+(\p{Ll}+)\s+$/iu;

/**
 * The gender a noun beside a mention says (see APPOSITION_NOUN, KIN_BEFORE), and where an
 * apposition after it ends, so that the apposition's possessive ("his niece") votes no pronoun.
 */
function nounBeside(text: string, mention: TextRange): { gender: Gender; after: number } {
  const apposition = APPOSITION_NOUN.exec(text.slice(mention.end, mention.end + 80));
  const appositionGender = nounGender(apposition?.[1] ?? '');
  if (apposition !== null && appositionGender !== 'unknown')
    return { gender: appositionGender, after: mention.end + apposition[0].length };
  const before = KIN_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
  return { gender: nounGender(before?.[1] ?? ''), after: mention.end };
}

function decide(votes: Record<Gender, number>, minimum: number, share: number): Gender {
  const total = votes.male + votes.female;
  if (total < minimum) return 'unknown';
  if (votes.female >= share * total) return 'female';
  if (votes.male >= share * total) return 'male';
  return 'unknown';
}

/**
 * Each character's gender: the given one, else titles in its mentions ("Mrs."), its given name,
 * the pronouns of the narration that follow its mentions when they agree clearly, then weaker
 * pronoun evidence.
 */
export function inferGenders(text: string, characters: readonly CharacterInput[]): Map<string, Gender> {
  const out = new Map<string, Gender>();
  const named = characterMentions(characters);
  // A description by calling ("said the parson") says its gender as a title does.
  const described = describedMentions(text, headWords(text, named));
  const all = [...named, ...described].sort((a, b) => a.start - b.start);
  const descriptions = new Set(described);
  const votes = new Map<string, GenderVotes>();
  for (const c of characters) votes.set(c.id, { title: emptyVotes(), pronoun: emptyVotes() });
  all.forEach((m, i) => {
    const v = mustGet(votes, m.id);
    const written = text.slice(Math.max(0, m.start - 12), m.end);
    const own = descriptions.has(m)
      ? nounGender((text.slice(m.start, m.end).split(/\s+/).at(-1) ?? '').toLowerCase())
      : titleGender(text.slice(m.start, m.end));
    const preceding = titleBefore(written.slice(0, written.length - (m.end - m.start)));
    // A kin word or a noun of a person beside the name outweighs the pronouns, as a title does.
    const beside = nounBeside(text, m);
    v.title[own !== 'unknown' ? own : preceding !== 'unknown' ? preceding : beside.gender]++;
    const next = all[i + 1]?.start ?? text.length;
    const opensSentence = SENTENCE_OPENS.test(text.slice(Math.max(0, m.start - 40), m.start));
    v.pronoun[pronounAfter(text, beside.after, next, opensSentence)]++;
  });
  for (const c of characters) {
    if (c.gender !== undefined && c.gender !== 'unknown') {
      out.set(c.id, c.gender);
      continue;
    }
    const v = mustGet(votes, c.id);
    for (const written of [c.name, ...(c.aliases ?? [])]) v.title[titleGender(written)] += 2;
    let gender = decide(v.title, 1, 0.75);
    if (gender === 'unknown') gender = nameGender(c.name);
    if (gender === 'unknown') gender = decide(v.pronoun, 3, 0.8);
    if (gender === 'unknown') gender = decide(v.pronoun, 1, 0.7);
    const ranked = [c.name, ...(c.aliases ?? [])].some((w) => USUALLY_MALE_RANKS.has(leadingWord(w) ?? ''));
    if (gender === 'unknown' && ranked && v.pronoun.male > v.pronoun.female) gender = 'male';
    out.set(c.id, gender);
  }
  return out;
}

/**
 * The gender of a title right before a name ("Mr. Darcy", "Father Brown"). A full stop between the
 * two is an abbreviation's only ("Mr.", "Mme."): after a word ("to my father. Elizabeth") it ends a
 * sentence, and the word is no title of the name.
 */
function titleBefore(lead: string): Gender {
  const m = /([\p{L}]+)(\.?)\s+$/u.exec(lead);
  const word = m?.[1]?.toLowerCase();
  const title = word === undefined ? undefined : PERSON_TITLES[word];
  if (title === undefined) return 'unknown';
  const abbreviated = title.canonical.endsWith('.') || title.canonical.toLowerCase() !== word;
  return m?.[2] === '.' && !abbreviated ? 'unknown' : title.gender;
}

/** Every name mention of the characters, with its character's id, in text order. */
function characterMentions(characters: readonly CharacterInput[]): CharacterMention[] {
  return characters
    .flatMap((c) => c.mentions.map((m) => ({ id: c.id, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
}

/** One character's gender (see inferGenders). */
export function inferGender(text: string, character: CharacterInput): Gender {
  return inferGenders(text, [character]).get(character.id) ?? 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Salience

export interface SalienceQuery {
  gender: Gender;
  plural: boolean;
  /** Sentence index of the referring expression. */
  sentence: number;
  /** Characters that cannot be meant (the clause's own subject for "him", the speaker for a vocative). */
  exclude?: ReadonlySet<string>;
  /** How far back to look, in sentences (default SALIENCE_WINDOW). */
  window?: number;
}

export interface SalienceAnswer {
  id: string;
  confidence: number;
}

/** How far back a pronoun looks for its antecedent, in sentences (SalienceQuery.window's default). */
const SALIENCE_WINDOW = 6;

/** How much a reference fades per sentence. */
const DECAY = 0.7;

interface Noted {
  id: string;
  sentence: number;
  weight: number;
}

/**
 * The characters recently referred to, each with its most recent sentence and weight; the best
 * compatible one for a pronoun. The dialogue attribution notes speakers and addressees here too.
 */
export class Salience {
  private readonly recent: Noted[] = [];

  constructor(
    private readonly genders: ReadonlyMap<string, Gender>,
    private readonly plurals: ReadonlySet<string>,
  ) {}

  genderOf(id: string): Gender {
    return this.genders.get(id) ?? 'unknown';
  }

  /** A reference to `id` in `sentence`: a subject weighs 2, another mention 1, a speaker 1.5. */
  note(id: string, sentence: number, weight: number): void {
    this.recent.push({ id, sentence, weight });
    if (this.recent.length > 64) this.recent.splice(0, this.recent.length - 48);
  }

  compatible(id: string, gender: Gender, plural: boolean): boolean {
    if (this.plurals.has(id) !== plural) return false;
    const own = this.genderOf(id);
    return gender === 'unknown' || own === 'unknown' || own === gender;
  }

  /** Scores of the compatible characters in the window, best first. */
  ranked(query: SalienceQuery): Array<{ id: string; score: number }> {
    const window = query.window ?? SALIENCE_WINDOW;
    // Each reference counts weight * DECAY^distance; a character scores its strongest reference
    // plus a quarter of the others, so that a fresh name outweighs an older chain of pronouns.
    const best = new Map<string, number>();
    const sum = new Map<string, number>();
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const n = mustAt(this.recent, i);
      const distance = query.sentence - n.sentence;
      if (distance > window) break;
      if (distance < 0 || query.exclude?.has(n.id) === true) continue;
      if (!this.compatible(n.id, query.gender, query.plural)) continue;
      // A character whose gender is unknown is a weaker match than one known to fit.
      const fit = this.genderOf(n.id) === 'unknown' && query.gender !== 'unknown' ? 0.4 : 1;
      const score = n.weight * fit * DECAY ** distance;
      best.set(n.id, Math.max(best.get(n.id) ?? 0, score));
      sum.set(n.id, (sum.get(n.id) ?? 0) + score);
    }
    return [...best.entries()]
      .map(([id, top]) => ({ id, score: top + 0.25 * ((sum.get(id) ?? top) - top) }))
      .sort((a, b) => b.score - a.score);
  }

  best(query: SalienceQuery): SalienceAnswer | null {
    const ranked = this.ranked(query);
    const first = ranked[0];
    if (first === undefined) return null;
    const second = ranked[1]?.score ?? 0;
    const margin = (first.score - second) / first.score;
    const confidence = ranked.length === 1 ? 0.9 : 0.45 + 0.4 * margin;
    return { id: first.id, confidence: Math.round(confidence * 100) / 100 };
  }
}

// ---------------------------------------------------------------------------------------------
// Resolution

interface MentionEvent {
  kind: 'mention';
  id: string;
  start: number;
  end: number;
}

interface PronounEvent {
  kind: 'pronoun';
  start: number;
  end: number;
  form: PronounForm;
}

interface SpeakerEvent {
  kind: 'speaker';
  id: string;
  start: number;
}

type Event = MentionEvent | PronounEvent | SpeakerEvent;

/** The id of a person the narration opens a sentence with but never names ("The landlord ..."). */
const UNNAMED = 'unnamed:';

/**
 * "The landlord of the Spouter-Inn had recommended us to his cousin": a sentence of narration whose
 * subject is a person by a gendered noun ("the landlord", "an old woman"), not a name. That person
 * is in the scene as much as a named one, so "his" may be theirs; the resolver tracks them as an
 * unnamed referent, and a pronoun they win is left unresolved instead of given to a named character.
 */
const UNNAMED_SUBJECT = /^(?:The|A|An)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)\b(?!['’]s|\s*,?\s*\p{Lu})/u;

/**
 * "Mr. Dale's housekeeper met Laura at the door": a sentence whose subject is a named character's
 * person by a gendered noun is about someone unnamed too (the text after the name; "Anna's brother
 * Paul" and "Robert's father, Captain Fell," name them at once and are left out).
 */
const POSSESSED_SUBJECT = /^['’]s\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b(?!['’]s|\s*,?\s*\p{Lu})/u;

/**
 * After a described person opening a sentence: no verb, at most a phrase of "of", "on", "in" or
 * "with" ("of forty", "on the wrong side of forty", "with a limp"), then a comma and a subject
 * "he" or "she" whose verb is no speech tag ("A man of forty, he said, had called": someone else).
 */
const FRONTED_APPOSITION =
  /^(?:\s+(?:of|on|in|with)\s+(?:[\p{Ll}-]+\s+){0,5}?[\p{Ll}-]+)?,\s+(?:he|she)\s+(?![\p{Ll}]+\s*[,.;:!?])(?=\p{Ll})/u;

function unnamedSubjects(
  text: string,
  sentences: readonly number[],
  named: readonly CharacterMention[],
): Array<MentionEvent & { gender: Gender }> {
  const out: Array<MentionEvent & { gender: Gender }> = [];
  const namedStarts = named.map((m) => m.start);
  for (const start of sentences) {
    const opening = named[lastAtOrBefore(namedStarts, start)];
    const possessor = opening?.start === start ? opening : undefined;
    const from = possessor?.end ?? start;
    const m = (possessor === undefined ? UNNAMED_SUBJECT : POSSESSED_SUBJECT).exec(
      text.slice(from, from + 80),
    );
    const gender = m ? nounGender((m[1] ?? '').toLowerCase()) : 'unknown';
    if (!m || gender === 'unknown') continue;
    const end = from + m[0].length;
    // A described character ("The parson" for Parson Tringham) is a mention of that character.
    const last = namedStarts[lastAtOrBefore(namedStarts, end - 1)];
    if (last !== undefined && last >= from) continue;
    // "The girl was Eliza Penhallow": a description the sentence names at once is that person.
    const copula = /^\s+(?:was|is)\s+/.exec(text.slice(end, end + 12));
    const namedAt = copula === null ? -1 : end + copula[0].length;
    if (namedAt >= 0 && namedStarts[lastAtOrBefore(namedStarts, namedAt)] === namedAt) continue;
    // "A man on the wrong side of forty, he thought": an apposition fronted before its subject
    // pronoun, which it describes; no one else.
    if (possessor === undefined && FRONTED_APPOSITION.test(text.slice(end, end + 60))) continue;
    out.push({ kind: 'mention', id: `${UNNAMED}${start}`, start, end, gender });
  }
  return out;
}

/**
 * "The door opened and a tall young woman was shown in", "when a stout gentleman entered": someone
 * new comes into the scene inside a sentence, by an indefinite description. The story goes on about
 * the newcomer, so the he or she after it is theirs, not the one already in the scene.
 */
const NEWCOMER_ARRIVES =
  /\b(?:a|an)\s+(?:[\p{Ll}-]+,?\s+){0,3}?(\p{Ll}+)(?:\s+of\s+(?:about\s+|some\s+)?[\p{Ll}-]+)?\s+(?:had\s+)?(?:just\s+)?(?:suddenly\s+)?(?:entered|appeared|(?:came|stepped|walked|burst|hurried)\s+in|was\s+(?:shown|shewn|ushered)\s+in)\b/gu;

/**
 * A newcomer's arrival outweighs the subject that opened its sentence ("Holmes was reading when a
 * stout gentleman entered"): it is the later subject, and the one the story turns to.
 */
const NEWCOMER_WEIGHT = 2.5;

/**
 * "As for the Fox, he came to the river gate": a sentence that opens by naming its topic turns the
 * story to that character, as an arrival does, so it weighs as a newcomer (NEWCOMER_WEIGHT) over
 * the chain of the one before.
 */
const FRONTED_TOPIC = /(?:^|[.!?]["”’]?\s+|\n\s*)As\s+(?:for|to)\s+(?:the\s+)?$/u;

/** Whether a narration's name is the topic its sentence opens on (FRONTED_TOPIC), before a comma. */
function frontedTopic(text: string, name: MentionEvent): boolean {
  return (
    FRONTED_TOPIC.test(text.slice(Math.max(0, name.start - 24), name.start)) && text.charAt(name.end) === ','
  );
}

/** The newcomers who arrive inside a sentence (NEWCOMER_ARRIVES), as unnamed referents. */
function arrivingNewcomers(
  text: string,
  sentences: readonly number[],
): Array<MentionEvent & { gender: Gender }> {
  const out: Array<MentionEvent & { gender: Gender }> = [];
  for (const m of text.matchAll(NEWCOMER_ARRIVES)) {
    const gender = nounGender((m[1] ?? '').toLowerCase());
    // A sentence the newcomer opens is an unnamed subject's already (unnamedSubjects).
    if (gender === 'unknown' || sentences[lastAtOrBefore(sentences, m.index)] === m.index) continue;
    out.push({
      kind: 'mention',
      id: `${UNNAMED}${m.index}`,
      start: m.index,
      end: m.index + m[0].length,
      gender,
    });
  }
  return out;
}

/**
 * The text before a name a preposition governs ("the plays of Brieux"): someone spoken of, not the
 * one a chain of pronouns before it was waiting for, so it neither takes the pronouns waiting to
 * refer ahead nor ends the wait for later ones.
 */
const AFTER_PREPOSITION =
  /\b(?:of|to|by|with|from|for|about|upon|on|in|at|into|than)\s+(?:\p{Lu}\p{Ll}*\.?\s+)?$/u;

/** What may open a sentence before its opening clause: a quotation mark, a conjunction. */
const SENTENCE_JOIN = String.raw`^["“‘]?(?:(?:But|And|Yet|Now),?\s+)?`;
const SUBORDINATORS =
  'when|whenever|while|whilst|as|if|though|although|because|since|after|before|until|till|once|unless';

/**
 * A sentence that opens on a subordinate clause, a conjunction allowed before it ("While Newton
 * went to undo the shawls, Margaret", "But, as Margaret half suspected, Edith"), up to its first
 * comma after the subordinator.
 */
const OPENING_SUBORDINATE = new RegExp(`${SENTENCE_JOIN}(?:${SUBORDINATORS})\\b[^,;:]*$`, 'iu');

/**
 * A sentence that opens on an adjunct, a subordinate clause or a phrase of a preposition ("When his
 * father died,", "To her surprise,", "With his hands in his pockets,"), up to a position before its
 * closing comma.
 */
const OPENING_ADJUNCT = new RegExp(
  `${SENTENCE_JOIN}(?:${SUBORDINATORS}|to|with|in|at|on|for|from|under|upon|by|despite|during)\\b[^,;:.!?"“”]*$`,
  'iu',
);

/**
 * Whether a name in the subordinate clause its sentence opens on gives way to the main clause's
 * name as the sentence's subject: "While Newton went to undo the shawls, Margaret looked round" is
 * about Margaret. Only when the main clause opens on a name (after a comma, before a verb in lower
 * case); when it opens on a pronoun, that pronoun is most often the subordinate clause's name
 * ("When Rosie went downstairs, she looked"), which stays the subject.
 */
function givesWayToMainClause(
  text: string,
  sentences: readonly number[],
  name: CharacterMention,
  mentions: readonly CharacterMention[],
  mentionStarts: readonly number[],
): boolean {
  const sentence = lastAtOrBefore(sentences, name.start);
  const start = sentences[sentence] ?? 0;
  if (!OPENING_SUBORDINATE.test(text.slice(start, name.start))) return false;
  const next = mentions[lastAtOrBefore(mentionStarts, name.start) + 1];
  if (next === undefined || next.start >= (sentences[sentence + 1] ?? text.length)) return false;
  return (
    /,\s*$/u.test(text.slice(name.end, next.start)) && /^\s+\p{Ll}/u.test(text.slice(next.end, next.end + 3))
  );
}

/**
 * The join of a coordinate clause right before its subject's name: "and" or "but" ("Julia played
 * and Miss Dacre sang", "Susan gave Martha the letter, and Martha read it"), with "the" and a word
 * allowed before a name of rank ("and the old Colonel listened"). (A semicolon joins such clauses
 * too, but in the eval manuscripts its lists of subjects, "Mrs. Ashby came with her husband; Mrs.
 * Pell came with the doctor; Josiah Benson came", moved two facts and righted none.)
 */
const COORDINATE_JOIN = /,?\s+(?:and|but)\s+(?:the\s+(?:\p{Ll}+\s+)?)?$/u;

/**
 * Whether a proper name opens a coordinate clause of its own after the sentence's subject, and so
 * is the subject of the clause that follows: joined by COORDINATE_JOIN after a clause with a verb
 * of its own (a lower-case word between the two subjects, so that "Tom and Mary went" is one
 * subject), and followed by a lower-case word, its verb, not by "'s" ("and Martha's letter"). A
 * character the story bible knows by a common noun ("and the cook found her ... and said she had
 * gone", of the dog) is met in passing, and stays no subject.
 */
function opensCoordinateClause(text: string, subjectEnd: number, name: MentionEvent): boolean {
  if (!/^\p{Lu}/u.test(text.slice(name.start, name.end))) return false;
  const between = text.slice(subjectEnd, name.start);
  const join = COORDINATE_JOIN.exec(between);
  if (join === null || !/\p{Ll}/u.test(between.slice(0, join.index))) return false;
  return /^\s+\p{Ll}/u.test(text.slice(name.end, name.end + 3));
}

/** The most narration between two quotations that still joins them: a speech tag ("said she."). */
const TAG_GAP = 40;

/**
 * Whether quotation `next` goes on from quotation `previous` across no more than a tag in one
 * paragraph: `"That is Mrs. Toller in the cellar," said she. "She is a little slip of a woman"`.
 * A speech after a tag speaks of whom the speech before it named.
 */
function speechGoesOn(
  text: string,
  quotations: readonly TextRange[],
  previous: number,
  next: number,
): boolean {
  const before = quotations[previous];
  const after = quotations[next];
  if (before === undefined || after === undefined || next !== previous + 1) return false;
  const gap = text.slice(before.end, after.start);
  return gap.length <= TAG_GAP && !gap.includes('\n');
}

/** How far ahead a pronoun with no antecedent may find its character, in sentences. */
export const CATAPHORA_SENTENCES = 40;
/** A quotation's speaker weighs in the narration as a name that is not the subject. */
const SPEAKER_WEIGHT = 1;
/** A reference ahead is a weaker reading than one back. */
const CATAPHORA_CONFIDENCE = 0.5;

/**
 * What opens a new clause after a subject, so that an object pronoun past it is no longer bound by
 * that subject: a subordinator ("Tom stood still while Aunt Polly looked him over") or a
 * subject pronoun of any person, an indefinite one too ("He searched her face, but it told him
 * nothing"; "he felt they expected him to go"; "She knocked, but no one answered her"). "and",
 * "but" and "or" alone join verbs of the same subject ("He rose and shook him by the hand"), so
 * they open none. (Relative words and semicolons open clauses too, but freeing the objects after
 * them moved Pride and Prejudice's tags to the wrong speakers.)
 */
const CLAUSE_OPENING =
  /\b(?:when|while|as|if|though|although|because|till|until|since|where|whereas|I|we|you|they|it|he|she|no one|nobody|somebody|someone|everybody|everyone|anybody|anyone)\b/u;

/** A preposition of place, after which "him" or "her" may be the clause's own subject ("Oak saw coming down
 * the incline before him", "looked about her"). */
const LOCATIVE_PREPOSITION = /\b(?:about|around|round|behind|beside|before|near)\s+$/iu;

/**
 * Whether an object pronoun at `pronounStart` cannot be the subject that ends at `subjectEnd`: the
 * two are in one clause, and no preposition of place governs the pronoun.
 */
function bindsObject(text: string, subjectEnd: number, pronounStart: number): boolean {
  const between = text.slice(subjectEnd, pronounStart);
  return !CLAUSE_OPENING.test(between) && !LOCATIVE_PREPOSITION.test(between);
}

/**
 * "When Tom came in, his sister rose to meet him": a subject in the subordinate clause its sentence
 * opens on (OPENING_SUBORDINATE) binds an object pronoun only up to that clause's comma; past it the
 * main clause has a subject of its own.
 */
function pastOpeningClause(
  text: string,
  sentenceStart: number,
  subjectEnd: number,
  pronounStart: number,
): boolean {
  return (
    OPENING_SUBORDINATE.test(text.slice(sentenceStart, subjectEnd)) &&
    text.slice(subjectEnd, pronounStart).includes(',')
  );
}

/**
 * "Kate passed the bread to Mrs. Dunn, who thanked her": a "who" right after a name opens a
 * relative clause whose subject is that name, so an object pronoun a few words into it is not that
 * name (English would write "herself"), whoever the sentence's own subject is.
 */
const RELATIVE_CLAUSE_OPENING = /^,?\s+who\s+(?:[\p{Ll}-]+\s+){1,3}$/u;

/**
 * The name right before an object or reflexive pronoun that is the subject of the pronoun's own
 * clause, when one is: the name a relative "who" follows (see above), or one its verb follows
 * straight (`opensVerbPhrase`).
 */
function nearSubject(text: string, name: MentionEvent | undefined, pronounStart: number): string | undefined {
  if (name === undefined) return undefined;
  const between = text.slice(name.end, pronounStart);
  if (RELATIVE_CLAUSE_OPENING.test(between) && !LOCATIVE_PREPOSITION.test(between)) return name.id;
  return opensVerbPhrase(text, name, between) ? name.id : undefined;
}

/**
 * One to three lower-case words between a name and an object pronoun ("Maule had addressed him"),
 * an aside set off by commas allowed after the name ("Jemima, with a timid air, handed her").
 */
const VERB_PHRASE = new RegExp(`^(?:,[^${CLAUSE_MARKS}]{1,60},)?\\s+((?:\\p{Ll}+\\s+){1,3})$`, 'u');

/**
 * Whether a function word in a verb phrase still belongs to the verb: a negation ("Mrs. Marsh did
 * not press her") or the "to" of an infinitive, which a verb follows ("the Squire meant to scold
 * him"); a "to" right before the pronoun is a preposition ("Tom listened to her").
 */
function inVerbPhrase(word: string, index: number, words: readonly string[]): boolean {
  return word === 'not' || (word === 'to' && index < words.length - 1);
}

/**
 * "the scene Maule had addressed him from", "She heard Jane call her": a name followed straight by
 * a verb, with no function word before the object pronoun (no preposition, conjunction or article,
 * but a negation or an infinitive's "to"), is the subject of the pronoun's clause, so the pronoun is
 * not that name. A name a preposition governs ("the son of Maule had addressed him") is no subject.
 */
function opensVerbPhrase(text: string, name: MentionEvent, between: string): boolean {
  const words = VERB_PHRASE.exec(between)?.[1];
  if (words === undefined) return false;
  if (
    words
      .trim()
      .split(/\s+/)
      .some((word, index, all) => AFTER_OBJECT.has(word) && !inVerbPhrase(word, index, all))
  )
    return false;
  return !AFTER_PREPOSITION.test(text.slice(Math.max(0, name.start - 16), name.start));
}

/**
 * A reflexive's antecedent, or a possessive's found by `frontedOwner` or `objectOwner`, is read from
 * the syntax, not weighed: as sure as a lone candidate.
 */
const BOUND_CONFIDENCE = 0.9;

/**
 * Whom a reflexive pronoun of the narration refers to: the name right before it, when it stresses
 * that name ("asked Miss Pinkerton herself", "the correspondent of Mrs. Chapone herself"), else
 * the subject of its own clause ("Cato throws himself upon his sword"), as English binds a
 * reflexive; undefined when neither is a name.
 */
function reflexiveAntecedent(
  text: string,
  name: MentionEvent | undefined,
  clauseSubject: string | undefined,
  pronounStart: number,
): string | undefined {
  if (name !== undefined && /^,?\s+$/u.test(text.slice(name.end, pronounStart))) return name.id;
  return clauseSubject;
}

/**
 * "When his father died, Walter Keene was sent to school", "To her surprise, Ann Royle found the
 * door locked": a possessive in the adjunct its sentence opens on (OPENING_ADJUNCT), with no name
 * before it in the sentence, belongs to the name the main clause opens on after the adjunct's comma
 * (a title allowed before it, its verb after it), as a fronted adjunct refers ahead to its
 * sentence's subject. Undefined when the main clause opens on no name.
 */
function frontedOwner(
  text: string,
  sentenceStart: number,
  pronoun: PronounEvent,
  mentions: readonly CharacterMention[],
  mentionStarts: readonly number[],
): string | undefined {
  const comma = text.indexOf(',', pronoun.end);
  if (comma < 0 || !OPENING_ADJUNCT.test(text.slice(sentenceStart, comma))) return undefined;
  const index = lastAtOrBefore(mentionStarts, pronoun.start);
  if ((mentions[index]?.start ?? -1) >= sentenceStart) return undefined;
  const owner = mentions[index + 1];
  if (owner === undefined || !/^,\s+(?:\p{Lu}\p{Ll}*\.?\s+)?$/u.test(text.slice(comma, owner.start)))
    return undefined;
  return /^\s+\p{Ll}/u.test(text.slice(owner.end, owner.end + 3)) ? owner.id : undefined;
}

/**
 * The text between a clause's subject and a name in its predicate, and between that name and a
 * possessive after it: no punctuation (a title's full stop included), but one ", and" before a verb
 * phrase the subject goes on with ("ran down the steps to meet Captain Orde, and took his hat").
 */
const ONE_CLAUSE = new RegExp(`^[^${CLAUSE_MARKS}]*(?:,\\s+and\\s[^${CLAUSE_MARKS}]*)?$`, 'u');

/**
 * "Ellen sat on in the parlour with Mr. Kemp and listened to his stories", "Edward helped Miss
 * Anstey into the carriage and wrapped a rug about her knees": a possessive of the narration whose
 * clause's subject is known to be of the other sex belongs to the one person of its own sex the
 * clause names after that subject (a verb's or a preposition's object, no possessive name "Mr.
 * Kemp's"), when the clause names no one else who could own it and refers to no one of that sex
 * between the name and the possessive ("told him of his fever" is left to the salience). The
 * subject cannot own it, so the person the sentence itself brings in is the owner, not the last
 * sentence's subject. Undefined otherwise.
 */
function objectOwner(
  text: string,
  sentenceStart: number,
  subject: { id: string; end: number } | undefined,
  pronoun: PronounEvent,
  mentions: readonly CharacterMention[],
  mentionStarts: readonly number[],
  salience: Salience,
): string | undefined {
  const { gender, plural } = pronoun.form;
  if (subject === undefined || gender === 'unknown' || plural) return undefined;
  const subjectGender = salience.genderOf(subject.id);
  if (subjectGender === 'unknown' || subjectGender === gender) return undefined;
  const candidates = mentions
    .slice(
      lastAtOrBefore(mentionStarts, sentenceStart - 1) + 1,
      lastAtOrBefore(mentionStarts, pronoun.start) + 1,
    )
    .filter(
      (m) => m.end <= pronoun.start && m.id !== subject.id && salience.compatible(m.id, gender, plural),
    );
  const owner = candidates[0];
  if (
    owner === undefined ||
    candidates.some((m) => m.id !== owner.id) ||
    salience.genderOf(owner.id) !== gender ||
    owner.start < subject.end ||
    /^['’]s\b/u.test(text.slice(owner.end, owner.end + 3))
  )
    return undefined;
  const before = text.slice(subject.end, owner.start);
  const after = text.slice(owner.end, pronoun.start);
  if (!ONE_CLAUSE.test(before) || !ONE_CLAUSE.test(after) || CLAUSE_OPENING.test(after)) return undefined;
  const referredBetween = (after.match(/\p{L}+/gu) ?? []).some(
    (word) => pronounForm(word)?.gender === gender,
  );
  return referredBetween ? undefined : owner.id;
}

/**
 * Where the reach of a subject pronoun over the names after it ends: punctuation, a quotation mark,
 * a clause opening, a copula, whose complement may be the pronoun's own name ("She was Miss
 * Bennet"), or "that". (English bars the name in a "that" clause too, "She felt that Charlotte's
 * opinion ...", but reaching into one moved a Pride and Prejudice chapter's focal character off
 * the table's.)
 */
const CLAUSE_END = new RegExp(
  `[,;:.!?()"“”‘—–]|${CLAUSE_OPENING.source}|\\b(?:that|is|was|were|be|been|became|seemed)\\b`,
  'u',
);

/**
 * The characters named later in the clause a subject pronoun opens ("She sometimes begged Justine
 * to forgive her", "he told Mr. Darcy's sister"): a pronoun never refers to a name its own clause
 * goes on to give, which English would write "herself" or not at all.
 */
function namedLaterInClause(
  text: string,
  pronounEnd: number,
  mentions: readonly CharacterMention[],
  mentionStarts: readonly number[],
): Set<string> {
  const rest = text.slice(pronounEnd, pronounEnd + 200);
  const stop = rest.search(CLAUSE_END);
  const end = pronounEnd + (stop < 0 ? rest.length : stop);
  const out = new Set<string>();
  for (let i = lastAtOrBefore(mentionStarts, pronounEnd) + 1; i < mentions.length; i++) {
    const m = mustAt(mentions, i);
    if (m.start >= end) break;
    out.add(m.id);
  }
  return out;
}

/** How far back, in sentences, a narration pronoun with no one of its gender in the window looks. */
const BEYOND_WINDOW_SENTENCES = 20;
/** Below any answer from within the window (the least of those is 0.45). */
const BEYOND_WINDOW_CONFIDENCE = 0.4;

/**
 * A narration pronoun whose window holds no one of its gender (a long speech, a page of
 * description: "“… sympathetic!” His lips were begging her to go on. She fled ...") still refers to
 * the character the narration was following: the last one of that gender it named, further back.
 * Only a character of that gender for certain, and one the narration itself named: a name heard
 * only in speech ("I want so to see the Arno") is not someone the narration follows. A person of
 * that gender the window calls by a noun ("the boy in buttons entered ... behind his small black
 * figure") is someone of its gender in the scene, unnamed: the pronoun is left to no one.
 */
function lastOfGender(
  salience: Salience,
  query: SalienceQuery,
  narrated: ReadonlySet<string>,
  scene: string,
): SalienceAnswer | null {
  if (query.gender === 'unknown') return null;
  const words = scene.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((word) => nounGender(word) === query.gender)) return null;
  const id = salience
    .ranked({ ...query, window: BEYOND_WINDOW_SENTENCES })
    .find((r) => salience.genderOf(r.id) === query.gender && narrated.has(r.id))?.id;
  return id === undefined ? null : { id, confidence: BEYOND_WINDOW_CONFIDENCE };
}

/** Every third-person pronoun of `text` in text order, each resolved to a character where it can be. */
export function resolvePronouns(
  text: string,
  characters: readonly CharacterInput[],
  options: ResolveOptions = {},
): PronounReference[] {
  const genders = inferGenders(text, characters);
  const plurals = new Set(characters.filter((c) => c.plural === true).map((c) => c.id));
  const quotations = [...(options.quotations ?? quotationParts(text))].sort((a, b) => a.start - b.start);
  const sentences = sentenceStarts(text);
  const chapterStarts = [...(options.chapterStarts ?? [])].sort((a, b) => a - b);
  const events: Event[] = [];
  const named = characterMentions(characters);
  // A description by a character's calling ("The clergyman explained") mentions them as a name does.
  const mentions = [...named, ...describedMentions(text, headWords(text, named))].sort(
    (a, b) => a.start - b.start,
  );
  for (const m of mentions) events.push({ kind: 'mention', id: m.id, start: m.start, end: m.end });
  const mentionStarts = mentions.map((m) => m.start);
  const referents = new Map(genders);
  for (const u of unnamedSubjects(text, sentences, mentions)) {
    referents.set(u.id, u.gender);
    events.push({ kind: 'mention', id: u.id, start: u.start, end: u.end });
  }
  const newcomers = new Set<string>();
  for (const u of arrivingNewcomers(text, sentences)) {
    referents.set(u.id, u.gender);
    newcomers.add(u.id);
    events.push({ kind: 'mention', id: u.id, start: u.start, end: u.end });
  }
  for (const s of options.speakers ?? []) events.push({ kind: 'speaker', id: s.id, start: s.start });
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m !== null; m = PRONOUN.exec(text)) {
    const form = formOf(m[0]);
    const role = m[0].toLowerCase() === 'her' ? herRole(text, m.index + m[0].length) : form.role;
    events.push({ kind: 'pronoun', start: m.index, end: m.index + m[0].length, form: { ...form, role } });
  }
  events.sort((a, b) => a.start - b.start || (a.kind === 'mention' ? -1 : 1));

  const narration = new Salience(referents, plurals);
  const out: PronounReference[] = [];
  /**
   * Narration pronouns met before the narration named anyone of their gender (a text or chapter
   * opening on "She looked perplexed" before it names Aunt Polly): they refer ahead, to the first
   * character of that gender the narration names, when it comes soon enough.
   */
  const ahead: Array<{ reference: PronounReference; sentence: number }> = [];
  const namedGenders = new Set<Gender>();
  /** The characters the narration itself has named (not only a speech). */
  const narrated = new Set<string>();
  let currentSentence = -1;
  /** The subject of the current clause: the sentence's first name, or its latest subject pronoun. */
  let subjectOfSentence: string | undefined;
  /** Where that subject ends: an object pronoun is bound by it only within its clause. */
  let subjectEnd = 0;
  /** The narration's latest name, which a relative "who" after it refers to. */
  let lastNarrated: MentionEvent | undefined;
  let speech: { index: number; salience: Salience } | undefined;
  for (const event of events) {
    const sentence =
      lastAtOrBefore(sentences, event.start) + CHAPTER_GAP * (lastAtOrBefore(chapterStarts, event.start) + 1);
    if (sentence !== currentSentence) {
      currentSentence = sentence;
      subjectOfSentence = undefined;
    }
    const quote = inRanges(quotations, event.start);
    if (quote >= 0 && speech?.index !== quote)
      speech = {
        index: quote,
        salience:
          speech !== undefined && speechGoesOn(text, quotations, speech.index, quote)
            ? speech.salience
            : new Salience(genders, plurals),
      };
    const salience = quote >= 0 && speech !== undefined ? speech.salience : narration;
    if (event.kind === 'speaker') {
      narration.note(event.id, sentence, SPEAKER_WEIGHT);
      continue;
    }
    if (event.kind === 'mention') {
      if (quote >= 0 && event.id.startsWith(UNNAMED)) continue;
      if (quote < 0) {
        narrated.add(event.id);
        lastNarrated = event;
      }
      // A possessive name ("Mr. Bingley's attentions to her sister, Elizabeth was") is not the subject;
      // a coordinate clause's name is its own clause's subject after the sentence's first.
      const subject =
        quote < 0 &&
        (subjectOfSentence === undefined
          ? !/^['’]s\b/u.test(text.slice(event.end, event.end + 3)) &&
            !givesWayToMainClause(text, sentences, event, mentions, mentionStarts)
          : opensCoordinateClause(text, subjectEnd, event));
      if (subject) {
        subjectOfSentence = event.id;
        subjectEnd = event.end;
      }
      // "Frank's letter was the last. He wrote ...": a possessive name that opens its sentence is
      // the owner of the sentence's subject, its topic, more than a name met in passing.
      const possessiveOpening =
        quote < 0 &&
        sentences[lastAtOrBefore(sentences, event.start)] === event.start &&
        /^['’]s\b/u.test(text.slice(event.end, event.end + 3));
      salience.note(
        event.id,
        sentence,
        newcomers.has(event.id) || (quote < 0 && frontedTopic(text, event))
          ? NEWCOMER_WEIGHT
          : subject
            ? 2
            : possessiveOpening
              ? 1.5
              : 1,
      );
      const gender = genders.get(event.id);
      const governed = AFTER_PREPOSITION.test(text.slice(Math.max(0, event.start - 16), event.start));
      if (quote < 0 && gender !== undefined && gender !== 'unknown' && !plurals.has(event.id) && !governed) {
        namedGenders.add(gender);
        for (const waiting of ahead.splice(0)) {
          if (waiting.reference.gender !== gender) ahead.push(waiting);
          else if (sentence - waiting.sentence <= CATAPHORA_SENTENCES)
            Object.assign(waiting.reference, {
              characterId: event.id,
              confidence: CATAPHORA_CONFIDENCE,
              refersAhead: true,
            });
        }
      }
      // A name in speech (often the person spoken to, or someone away) is a weak antecedent for the
      // narration: a quarter of a name in it.
      if (quote >= 0) narration.note(event.id, sentence, 0.25);
      continue;
    }
    const { form } = event;
    const exclude =
      form.role === 'subject'
        ? namedLaterInClause(text, event.end, mentions, mentionStarts)
        : new Set<string>();
    const sentenceStart = sentences[lastAtOrBefore(sentences, event.start)] ?? 0;
    const bindable = form.role === 'object' || form.role === 'reflexive';
    const clauseSubject = !bindable
      ? undefined
      : (nearSubject(text, lastNarrated, event.start) ??
        (subjectOfSentence !== undefined &&
        bindsObject(text, subjectEnd, event.start) &&
        !pastOpeningClause(text, sentenceStart, subjectEnd, event.start)
          ? subjectOfSentence
          : undefined));
    if (form.role === 'object' && clauseSubject !== undefined) exclude.add(clauseSubject);
    const query = { gender: form.gender, plural: form.plural, sentence, exclude };
    // A name between the clause's subject and the reflexive may open a clause of its own ("Mr.
    // Bennet said little; but ..., and Mr. Collins seemed ... silent himself"): only the
    // salience then decides.
    const namedSince = lastNarrated !== undefined && lastNarrated.start > subjectEnd;
    const antecedent =
      quote >= 0
        ? undefined
        : form.role === 'reflexive'
          ? reflexiveAntecedent(
              text,
              lastNarrated,
              namedSince && clauseSubject !== lastNarrated?.id ? undefined : clauseSubject,
              event.start,
            )
          : form.role === 'possessive'
            ? (frontedOwner(text, sentenceStart, event, mentions, mentionStarts) ??
              objectOwner(
                text,
                sentenceStart,
                subjectOfSentence === undefined ? undefined : { id: subjectOfSentence, end: subjectEnd },
                event,
                mentions,
                mentionStarts,
                salience,
              ))
            : undefined;
    const inWindow =
      antecedent !== undefined && salience.compatible(antecedent, form.gender, form.plural)
        ? { id: antecedent, confidence: BOUND_CONFIDENCE }
        : salience.best(query);
    const scene = () => {
      const first = Math.max(0, lastAtOrBefore(sentences, event.start) - SALIENCE_WINDOW);
      return text.slice(sentences[first] ?? 0, event.start);
    };
    const answer =
      inWindow ?? (quote < 0 && !form.plural ? lastOfGender(salience, query, narrated, scene()) : null);
    const unnamed = answer?.id.startsWith(UNNAMED) === true;
    const inside =
      event.start >= (options.range?.start ?? 0) && event.start < (options.range?.end ?? text.length);
    const reference: PronounReference = {
      start: event.start,
      end: event.end,
      text: text.slice(event.start, event.end),
      gender: form.gender,
      plural: form.plural,
      characterId: unnamed ? null : (answer?.id ?? null),
      confidence:
        answer === null || unnamed
          ? 0
          : quote >= 0
            ? Math.round(answer.confidence * 60) / 100
            : answer.confidence,
      inQuotation: quote >= 0,
      refersAhead: false,
      beyondWindow: inWindow === null && answer !== null && !unnamed,
    };
    if (inside) out.push(reference);
    if (
      answer === null &&
      quote < 0 &&
      !form.plural &&
      form.gender !== 'unknown' &&
      !namedGenders.has(form.gender)
    )
      ahead.push({ reference, sentence });
    // An answer from beyond the window is reported but not noted: it stays a guess, and the
    // pronouns after it are read from the scene itself.
    if (inWindow !== null) {
      // A subject pronoun opens a clause: "and he watched her" binds "her" against "he".
      const subject = form.role === 'subject' && quote < 0;
      if (subject) {
        subjectOfSentence = inWindow.id;
        subjectEnd = event.end;
      }
      salience.note(inWindow.id, sentence, subject ? 2 : 1);
    }
  }
  return out;
}
