/**
 * Speaker attribution, a sieve in the manner of Muzny et al. (2017), most certain evidence first:
 * 1. explicit tags naming the speaker ("said Elizabeth", "Mrs. Bennet cried"), and the name a
 *    quoted letter is signed with;
 * 2. anaphoric tags ("said she", "replied her sister") resolved to the nearest compatible
 *    character by gender and number, the conversation's expected speaker first;
 * 3. for untagged lines: an action beat naming one character in the paragraph, the character the
 *    narration's sentence just before the line opens on (its subject, a name or a resolved
 *    pronoun), the character the previous line addressed by name (vocative), and turn-taking in
 *    alternating dialogue (the speaker of the line before last), forwards and then backwards
 *    through a conversation; never a character the line itself names. Told speech before a line
 *    ("Lucy mumbled that...") was a turn: the line answers it. Last resorts: the most present
 *    character, the last speaker going on, the first-person narrator, the first character named
 *    after the line.
 * Addressees: names the quotation calls out (vocatives, or the calling written before one
 * character's name: "aunt"), "said X to Y", and in an exchange the previous line's speaker.
 */
import { mustAt, mustGet } from '@george/runtime/collections';
import { NAME_PARTICLES, PERSON_TITLES } from '../bible/lexicons.js';
import { calling, describedMentions, headWords, isCalling } from '../pronouns/callings.js';
import {
  CATAPHORA_SENTENCES,
  type CharacterInput,
  type Gender,
  inferGenders,
  lastAtOrBefore,
  type PronounReference,
  resolvePronouns,
  Salience,
  sentenceStarts,
} from '../pronouns/index.js';
import { inferNarrator } from './narrator.js';
import { innerQuotationParts, type Quotation, type QuotationScan, type TextRange } from './quotations.js';
import { introducedSpeaker } from './self-introductions.js';
import { type MentionIndex, reportsSpeech, type SpeechTag, tagAfter, tagBefore, vocatives } from './tags.js';

export type AttributionKind = 'explicit' | 'anaphoric' | 'implicit';

export interface AttributedQuotation extends Quotation {
  speakerId: string | null;
  addresseeIds: string[];
  /** Characters the quotation calls by name ("My dear Charles"), its addressees among them. */
  calledIds: string[];
  kind: AttributionKind;
  /** 0..1; 0 when nobody is attributed. */
  confidence: number;
}

export interface AttributeOptions {
  /** The first-person narrator's id, for "said I" (default: inferred, see narrator.ts). */
  narratorId?: string;
  /**
   * The narrator where the text tells it otherwise (a chapter or a letter with its own "I", as the
   * story analysis finds them); elsewhere `narratorId` or the inferred one.
   */
  narratorAt?: (position: number) => string | undefined;
  /** Where each chapter starts, for the pronoun resolver (`ResolveOptions.chapterStarts`). */
  chapterStarts?: readonly number[];
}

/** Speech verbs that make the one who spoke last go on ("he continued", "went on the man"). */
const CONTINUING_VERBS = new Set(['continued', 'continues', 'went', 'pursued', 'persisted', 'proceeded']);

/** Words of narration a beat may have before its character's name at the paragraph's start. */
const MAX_BEAT_LEAD = 12;
/** Words of narration after the speech before a beat's character ("'Yes.' Then Elizabeth smiled"). */
const MAX_BEAT_TRAIL = 2;
/** A character the narration named this many sentences ago or fewer is fresh in mind. */
const FRESH_SENTENCES = 1;
/** A conversation breaks after this many words of narration between two quotations. */
const CONVERSATION_GAP_WORDS = 60;

interface Located {
  id: string;
  start: number;
  end: number;
}

function mentionIndex(characters: readonly CharacterInput[]): MentionIndex & { all: Located[] } {
  const all: Located[] = [];
  for (const c of characters) for (const m of c.mentions) all.push({ id: c.id, start: m.start, end: m.end });
  all.sort((a, b) => a.start - b.start);
  const starts = all.map((m) => m.start);
  return {
    all,
    within(start: number, end: number): Located[] {
      const out: Located[] = [];
      let first = lastAtOrBefore(starts, start - 1) + 1;
      // A mention that began before `start` and runs into it ("Mr. Darcy" read from "Darcy") counts.
      const straddling = all[first - 1];
      if (straddling !== undefined && straddling.end > start) first--;
      for (let i = first; i < all.length; i++) {
        const m = mustAt(all, i);
        if (m.start >= end) break;
        out.push(m);
      }
      return out;
    },
  };
}

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^\p{L}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Names and single name words that belong to one character only ("Tringham" -> Parson Tringham). */
function nameTable(characters: readonly CharacterInput[]): Map<string, string | null> {
  const table = new Map<string, string | null>();
  const add = (key: string, id: string) => {
    if (key.length < 2) return;
    const known = table.get(key);
    table.set(key, known === undefined || known === id ? id : null);
  };
  for (const c of characters) {
    for (const name of [c.name, ...(c.aliases ?? [])]) {
      const n = normalise(name);
      add(n, c.id);
      for (const word of n.split(' '))
        if (word.length > 2 && PERSON_TITLES[word] === undefined && !NAME_PARTICLES.has(word))
          add(word, c.id);
    }
  }
  return table;
}

interface Turn {
  quotation: Quotation;
  speakerId: string | null;
  /** The line is known to be spoken by someone who is not a listed character. */
  other: boolean;
  kind: AttributionKind;
  confidence: number;
  addresseeIds: string[];
  /** Characters the line calls by name. */
  called: string[];
  /** Characters the line names, called or spoken of: not its speaker. */
  named: string[];
  tagged: boolean;
  /** Index of the conversation the line belongs to. */
  conversation: number;
  /** The guess for a line nothing attributes: the most present character at that point. */
  fallback?: string;
  /** A beat named only in the narration after the speech (it may be the listener's). */
  beatAfter?: boolean;
  /**
   * The words of narration between the previous line and this one when the line opens a paragraph
   * (0 in the same paragraph): narration closing the previous line's paragraph ("'Quite so,' he
   * answered, lighting a cigarette.") or a paragraph of its own, where a speaker may have gone on.
   */
  narrationBefore: number;
  /** How the line was attributed: a tag, a beat, or the conversation (turn-taking and guesses). */
  source: 'tag' | 'beat' | 'conversation';
}

/** The narration between two offsets, without the quotation parts inside it. */
function narrationWords(text: string, start: number, end: number): number {
  return (text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

interface Kin {
  /** Whose relative: the gender "his"/"her" points to. */
  ownerGender: Gender;
  /** The relative's title: "Mrs." for "his wife", "Mr." for "her husband". */
  title: 'mr' | 'mrs';
}

const KIN_TITLES: Record<string, 'mr' | 'mrs'> = {
  wife: 'mrs',
  lady: 'mrs',
  mother: 'mrs',
  husband: 'mr',
  father: 'mr',
};

function kinOf(determiner: string, head: string): Kin | undefined {
  const title = KIN_TITLES[head];
  if (title === undefined) return undefined;
  if (determiner === 'his') return { ownerGender: 'male', title };
  if (determiner === 'her') return { ownerGender: 'female', title };
  return undefined;
}

/** Characters by title and surname: "Mrs. Bennet" is the relative "Mrs." of "Mr. Bennet". */
export function familyTable(characters: readonly CharacterInput[]) {
  const byTitle = new Map<string, string | null>();
  const surnames = new Map<string, string>();
  const titles = new Map<string, 'mr' | 'mrs'>();
  for (const c of characters) {
    for (const written of [c.name, ...(c.aliases ?? [])]) {
      const words = normalise(written).split(' ');
      const surname = mustAt(words, words.length - 1);
      if (words.length > 1 && (words[0] === 'mr' || words[0] === 'mrs') && !titles.has(c.id))
        titles.set(c.id, words[0]);
      if (words.length < 2 && PERSON_TITLES[mustAt(words, 0)] !== undefined) continue;
      if (!surnames.has(c.id) && surname.length > 1) surnames.set(c.id, surname);
      const title = mustAt(words, 0);
      if (words.length === 2 && (title === 'mr' || title === 'mrs')) {
        const key = `${title} ${surname}`;
        const known = byTitle.get(key);
        byTitle.set(key, known === undefined || known === c.id ? c.id : null);
      }
    }
  }
  return {
    relative(owner: string, title: 'mr' | 'mrs'): string | undefined {
      const surname = surnames.get(owner);
      if (surname === undefined) return undefined;
      const id = byTitle.get(`${title} ${surname}`);
      return id === null || id === owner ? undefined : id;
    },
    /** "mr" or "mrs" when the character is called so ("Mrs. Bennet"). */
    title(id: string): 'mr' | 'mrs' | undefined {
      return titles.get(id);
    },
  };
}

export function attributeSpeakers(
  text: string,
  scan: QuotationScan,
  characters: readonly CharacterInput[],
  options: AttributeOptions = {},
): AttributedQuotation[] {
  const genders = inferGenders(text, characters);
  const plurals = new Set(characters.filter((c) => c.plural === true).map((c) => c.id));
  const mentions = mentionIndex(characters);
  const names = nameTable(characters);
  const sentences = sentenceStarts(text);
  const salience = new Salience(genders, plurals);
  const family = familyTable(characters);
  const heads = headWords(text, mentions.all);
  const speechParts = scan.quotations.flatMap((q) => q.parts);
  const speechStarts = speechParts.map((p) => p.start);
  const inSpeech = (position: number): boolean => {
    const part = speechParts[lastAtOrBefore(speechStarts, position)];
    return part !== undefined && position < part.end;
  };
  const { paragraphs, quotations } = scan;
  const turns: Turn[] = [];
  let narrationCursor = 0;
  let conversation = 0;

  const textNarrator =
    options.narratorId ?? inferNarrator(text, characters, scan.quotations, mentions, inSpeech);
  // What the narration refers to, in order: names, descriptions by a character's calling ("The
  // clergyman explained"), and pronouns the resolver could resolve.
  // A pronoun that refers ahead is not yet anyone to the reader following the dialogue, nor is one
  // resolved from beyond the window someone in the scene whose lines are being read.
  const pronouns = resolvePronouns(text, characters, {
    quotations: speechParts,
    chapterStarts: options.chapterStarts,
  }).filter((p) => p.characterId !== null && !p.refersAhead && !p.beyondWindow);
  const references = narrationReferences(text, pronouns, mentions.all, inSpeech, heads, (owner, title) =>
    family.relative(owner, title),
  );
  const referenceStarts = references.map((r) => r.start);
  /** The last sentence in which the narration referred to each character. */
  const narratedAt = new Map<string, number>();
  /** Notes the narration's mentions up to `until` (mentions inside quotations are speech, not narration). */
  const advanceNarration = (until: number, skip: readonly TextRange[]) => {
    for (let i = lastAtOrBefore(referenceStarts, narrationCursor - 1) + 1; i < references.length; i++) {
      const r = mustAt(references, i);
      if (r.start >= until) break;
      if (skip.some((range) => r.start >= range.start && r.start < range.end)) continue;
      const sentence = lastAtOrBefore(sentences, r.start);
      const sentenceStart = sentences[sentence] ?? 0;
      const subject = narrationWords(text, sentenceStart, r.start) <= 2;
      salience.note(r.id, sentence, (subject ? 2 : 1) * r.weight);
      narratedAt.set(r.id, sentence);
    }
    narrationCursor = Math.max(narrationCursor, until);
  };

  quotations.forEach((q, index) => {
    const narratorId = options.narratorAt?.(q.start) ?? textNarrator;
    const previous = turns[index - 1];
    const paragraph = mustAt(paragraphs, q.paragraph);
    const lastParagraph = mustAt(paragraphs, q.lastParagraph);
    const gap =
      previous === undefined
        ? Number.POSITIVE_INFINITY
        : narrationWords(text, previous.quotation.end, q.start);
    const sameParagraph = previous !== undefined && previous.quotation.lastParagraph === q.paragraph;
    // A new chapter is a new scene: its lines never answer the last chapter's.
    const newChapter =
      previous !== undefined &&
      (options.chapterStarts ?? []).some((s) => s > previous.quotation.end && s <= q.start);
    if (previous === undefined || newChapter || (gap > CONVERSATION_GAP_WORDS && !sameParagraph))
      conversation++;
    const inConversation = turns.filter((t) => t.conversation === conversation);
    advanceNarration(q.start, []);
    const sentence = lastAtOrBefore(sentences, q.start);

    // The speech tags beside each part, and the one before the first part.
    const tags: SpeechTag[] = [];
    q.parts.forEach((part, i) => {
      const next = q.parts[i + 1];
      const limit = next?.start ?? nextQuotationStart(quotations, index, lastParagraph.end);
      const endsOnComma = /[,—–-]\s*["'”’]$/.test(text.slice(part.start, part.end));
      const tag = tagAfter(text, part.end, limit, mentions, endsOnComma);
      if (tag !== null) tags.push(tag);
    });
    const before = tagBefore(
      text,
      Math.max(paragraph.start, previous?.quotation.end ?? 0),
      q.start,
      mentions,
    );
    if (before !== null) tags.push(before);
    const called = vocatives(text, q.parts, mentions, (word) =>
      isCalling(word) ? heads.get(calling(word)) : undefined,
    );

    /** After a known speaker, the character most present in the exchange who is not them. */
    function otherParticipant(previousTurn: Turn | undefined): string | undefined {
      if (previousTurn?.speakerId === null || previousTurn?.speakerId === undefined) return undefined;
      const exclude = new Set([previousTurn.speakerId]);
      return salience.best({ gender: 'unknown', plural: false, sentence, exclude, window: 8 })?.id;
    }
    // The conversation's expectation: in the same paragraph the same speaker, unless the line calls
    // them by name ("...,' observed Fergus. 'Nonsense, Fergus!'"); else the one the last line called
    // by name (being called puts them in the scene, named in the narration or not); the speaker
    // before last, when the last one was someone else; else the other participant.
    const last = inConversation[inConversation.length - 1];
    const beforeLast = inConversation[inConversation.length - 2];
    const expected =
      sameParagraph &&
      previous !== undefined &&
      previous.speakerId !== null &&
      !called.includes(previous.speakerId)
        ? previous.speakerId
        : (last?.called.find((id) => id !== last.speakerId) ??
          (beforeLast?.speakerId !== null &&
          beforeLast?.speakerId !== undefined &&
          last?.speakerId !== beforeLast.speakerId
            ? beforeLast.speakerId
            : undefined) ??
          otherParticipant(last));

    const turn: Turn = {
      quotation: q,
      speakerId: null,
      other: false,
      kind: 'implicit',
      confidence: 0,
      addresseeIds: [],
      called,
      // Speakers do not name themselves: a character the line names, called or spoken of ("Dinah'll
      // miss me very much to-night!" (Dinah was the cat.)), is not the one a beat or turn-taking
      // makes speak. An account over paragraphs names whom its story is about: the teller's kin of
      // their name ("my uncle, Colonel Openshaw"), others calling the teller ("'What does this
      // mean, John?' he stammered"); only the ones it calls rule a speaker out. Nor does a name in a
      // quotation the line quotes: there another voice names the teller ("'Oh, my God! Helen!'").
      named:
        q.lastParagraph > q.paragraph
          ? called
          : [
              ...new Set([
                ...called,
                ...q.parts.flatMap((part) => {
                  const quoted = innerQuotationParts(text, part);
                  return mentions
                    .within(part.start + 1, part.end - 1)
                    .filter((m) => !quoted.some((inner) => inner.start <= m.start && m.start < inner.end))
                    .map((m) => m.id);
                }),
              ]),
            ],
      tagged: false,
      conversation,
      source: 'conversation',
      narrationBefore:
        previous === undefined || sameParagraph ? 0 : narrationWords(text, previous.quotation.end, q.start),
    };
    const resolveGendered = (
      gender: Gender,
      plural: boolean,
      notMeant: readonly string[] = [],
    ): { id: string; confidence: number } | null => {
      const exclude = new Set([...called, ...notMeant]);
      const fitsExpected =
        expected !== undefined &&
        salience.compatible(expected, gender, plural) &&
        (gender === 'unknown' || salience.genderOf(expected) === gender);
      // A character the narration has just named ("Joseph was an old man. 'The Lord help us!' he
      // soliloquised") comes before the conversation's expectation.
      const fresh = salience
        .ranked({ gender, plural, sentence, exclude, window: 2 })
        .find((r) => sentence - (narratedAt.get(r.id) ?? Number.NEGATIVE_INFINITY) <= FRESH_SENTENCES);
      if (fresh !== undefined && fresh.id !== expected && salience.genderOf(fresh.id) === gender) {
        return { id: fresh.id, confidence: 0.75 };
      }
      if (expected !== undefined && fitsExpected && !exclude.has(expected)) {
        return { id: expected, confidence: 0.85 };
      }
      if (last?.speakerId !== null && last?.speakerId !== undefined && !sameParagraph)
        exclude.add(last.speakerId);
      const answer = salience.best({ gender, plural, sentence, exclude, window: 8 });
      if (answer !== null) return answer;
      exclude.clear();
      for (const id of [...called, ...notMeant]) exclude.add(id);
      return salience.best({ gender, plural, sentence, exclude, window: 24 });
    };

    /**
     * "his wife": the spouse or parent, by title and surname, of the character "his" points to: one
     * of its gender the line calls by name ("'Mr. Bingley,' said her mother": not Mr. Bingley's),
     * else the most present of its gender.
     */
    const kinOwners = (kin: Kin): string[] => [
      ...called.filter((id) => salience.genderOf(id) === kin.ownerGender),
      ...salience.ranked({ gender: kin.ownerGender, plural: false, sentence, window: 8 }).map((r) => r.id),
    ];
    const resolveKin = (kin: Kin): { id: string; confidence: number } | null => {
      for (const owner of kinOwners(kin)) {
        if (salience.genderOf(owner) !== kin.ownerGender && salience.genderOf(owner) !== 'unknown') continue;
        const id = family.relative(owner, kin.title);
        if (id !== undefined) return { id, confidence: 0.75 };
      }
      // No family name to follow ("cried her mother" after Kitty's line): the most present
      // character of the relative's title ("Mrs. Bennet"), who is not the one "her" points to.
      const owner = kinOwners(kin)[0];
      const gender = kin.title === 'mrs' ? 'female' : 'male';
      const titled = salience
        .ranked({ gender, plural: false, sentence, window: 8 })
        .find((r) => r.id !== owner && family.title(r.id) === kin.title);
      return titled === undefined ? null : { id: titled.id, confidence: 0.6 };
    };
    /**
     * Before the narration has named anyone ("'TOM!' No answer. ... His aunt Polly"): the first
     * character it names after the line, as far ahead as a pronoun may refer.
     */
    const firstNamedAfter = (position: number): string | undefined => {
      const horizon = sentences[sentence + CATAPHORA_SENTENCES] ?? text.length;
      return mentions.within(position, horizon).find((m) => !inSpeech(m.start) && !turn.named.includes(m.id))
        ?.id;
    };
    /** Nobody fits before the line: the first compatible character the narration names after it. */
    const resolveForward = (gender: Gender, plural: boolean, quotation: Quotation, current: Turn) => {
      const horizon = (paragraphs[quotation.lastParagraph + 2] ?? lastParagraph).end;
      for (const m of mentions.within(quotation.end, horizon)) {
        if (inSpeech(m.start) || called.includes(m.id) || m.id === last?.speakerId || m.id === narratorId)
          continue;
        if (!salience.compatible(m.id, gender, plural) || salience.genderOf(m.id) === 'unknown') continue;
        current.confidence = 0.4;
        return { id: m.id, confidence: 0.4 };
      }
      return null;
    };

    // A letter signed with a character's name is theirs, whatever the narration around it says.
    const signer = signerOf(text, q, paragraphs, names);
    if (signer !== undefined)
      Object.assign(turn, {
        speakerId: signer,
        kind: 'explicit',
        confidence: 0.9,
        tagged: true,
        source: 'tag',
      });
    // The tags of one utterance name one speaker: a name among them ("'Oh yes,' he replied, '...'
    // Strether wound up") is read before a pronoun or a description.
    tags.sort((a, b) => Number(b.subject.type === 'name') - Number(a.subject.type === 'name'));
    for (const tag of signer === undefined ? tags : []) {
      const subject = tag.subject;
      // Nobody calls themselves by name: a tag naming the one the speech addresses is narration
      // ("...would you go, Margaret dear?' Margaret went up").
      if (subject.type === 'name' && called.includes(subject.id)) continue;
      if (subject.type === 'name') {
        Object.assign(turn, { speakerId: subject.id, kind: 'explicit', confidence: 0.95 });
      } else if (subject.type === 'unknown-name') {
        const id = names.get(normalise(subject.text));
        if (id !== undefined && id !== null)
          Object.assign(turn, { speakerId: id, kind: 'explicit', confidence: 0.85 });
        else Object.assign(turn, { other: true, kind: 'explicit', confidence: 0 });
      } else if (subject.type === 'first-person') {
        if (narratorId !== undefined && !subject.plural)
          Object.assign(turn, { speakerId: narratorId, kind: 'explicit', confidence: 0.85 });
        else Object.assign(turn, { other: true, kind: 'explicit', confidence: 0 });
      } else {
        const gender = subject.type === 'pronoun' ? subject.form.gender : subject.gender;
        const plural = subject.type === 'pronoun' ? subject.form.plural : false;
        // A description that is a character's name word ("the Rabbit") or the word before their
        // name ("the parson" of "Parson Tringham") names that character.
        const head = subject.type === 'nominal' ? subject.head : undefined;
        const named =
          head === undefined
            ? undefined
            : ((subject.type === 'nominal' && subject.capitalised ? names.get(head) : undefined) ??
              heads.get(calling(head)));
        const kin = subject.type === 'nominal' ? kinOf(subject.determiner, subject.head) : undefined;
        const definite = subject.type === 'nominal' && kin === undefined;
        // A first-person narrator is "I" to the narration: "said he", "the man replied" and "her
        // mother cried" are someone else; so is the one the tag says is spoken to ("she said to Lucy").
        const notSpeaker = [
          ...(narratorId === undefined ? [] : [narratorId]),
          ...(tag.addressee === undefined ? [] : [tag.addressee]),
        ];
        let answer: { id: string; confidence: number } | null = null;
        // "continued the prostrate man", "he went on": whoever spoke the line before goes on.
        const goesOn =
          CONTINUING_VERBS.has(tag.verb) &&
          last?.speakerId !== null &&
          last?.speakerId !== undefined &&
          !called.includes(last.speakerId) &&
          !notSpeaker.includes(last.speakerId) &&
          salience.compatible(last.speakerId, gender, plural) &&
          (gender === 'unknown' || salience.genderOf(last.speakerId) === gender)
            ? last.speakerId
            : undefined;
        if (named !== undefined && named !== null) answer = { id: named, confidence: 0.8 };
        else if (goesOn !== undefined) answer = { id: goesOn, confidence: 0.8 };
        else if (kin !== undefined)
          answer =
            resolveKin(kin) ??
            resolveGendered(gender, plural, [...kinOwners(kin).slice(0, 1), ...notSpeaker]) ??
            resolveForward(gender, plural, q, turn);
        else if (definite) {
          // "the man", "the girl": someone present (referred to within ten sentences), not the last
          // speaker.
          const exclude = new Set([...called, ...notSpeaker, ...(last?.speakerId ? [last.speakerId] : [])]);
          const best = salience.best({ gender, plural, sentence, exclude, window: 10 });
          const fits = best !== null && (gender === 'unknown' || salience.genderOf(best.id) === gender);
          answer = best !== null && fits ? { id: best.id, confidence: 0.5 } : null;
        } else
          answer = resolveGendered(gender, plural, notSpeaker) ?? resolveForward(gender, plural, q, turn);
        if (answer !== null)
          Object.assign(turn, {
            speakerId: answer.id,
            kind: named !== undefined && named !== null ? 'explicit' : 'anaphoric',
            confidence: Math.min(0.9, answer.confidence),
          });
        // A description that fits nobody ("said my uncle") may still be one of the conversation's
        // characters: the line stays open to turn-taking.
        else Object.assign(turn, { kind: 'anaphoric', confidence: 0 });
      }
      turn.tagged = true;
      turn.source = 'tag';
      if (tag.addressee !== undefined && tag.addressee !== turn.speakerId)
        turn.addresseeIds.push(tag.addressee);
      break;
    }

    // A speaker who gives their own name is that person, whatever a pronoun or a description in the
    // tag was taken to point to; a tag naming someone, "said I", or a letter's signature still stands.
    const introduced = introducedSpeaker(text, q.parts, mentions);
    const taggedByName =
      signer !== undefined ||
      tags.some(
        (t) =>
          (t.subject.type === 'name' && !called.includes(t.subject.id)) || t.subject.type === 'first-person',
      );
    if (introduced !== undefined && !called.includes(introduced) && !taggedByName) {
      Object.assign(turn, {
        speakerId: introduced,
        other: false,
        kind: 'explicit',
        confidence: 0.9,
        tagged: true,
        source: 'tag',
      });
      turn.addresseeIds = turn.addresseeIds.filter((id) => id !== introduced);
    }

    if (!turn.tagged) {
      const { named } = turn;
      const beatNamed = beatSpeaker(text, q, paragraph, lastParagraph, mentions, named);
      const beatAfter =
        beatNamed !== undefined &&
        !mentions.within(paragraph.start, q.start).some((m) => m.id === beatNamed && !inSpeech(m.start));
      // A beat after the line naming the one a tag gave the line before to, in a new paragraph ("'Oh,
      // how glad I am!' Mr. Beebe bowed."), is that speaker listening, not speaking again.
      const listener =
        beatAfter && !sameParagraph && last?.tagged === true && last.speakerId === beatNamed
          ? beatNamed
          : undefined;
      const beat = listener === undefined ? beatNamed : undefined;
      // Narration that may lead into the line: after the previous quotation in the same paragraph;
      // else from the paragraph after the previous quotation's (what follows a speech is its beat),
      // or, when a tag closed the previous line, from the sentence after the tag's ("'Edith!' cried
      // she; and then she sank. Margaret stepped forward. / 'Edith is asleep.'").
      const afterTag =
        previous?.tagged === true
          ? sentenceAfter(
              text,
              sentences,
              previous.quotation.end,
              paragraphs[previous.quotation.lastParagraph],
            )
          : undefined;
      const narrationSince =
        previous === undefined
          ? 0
          : sameParagraph
            ? previous.quotation.end
            : (afterTag ?? paragraphs[previous.quotation.lastParagraph + 1]?.start ?? previous.quotation.end);
      const opening =
        beat === undefined
          ? leadSpeaker(text, q, narrationSince, sentences, references, inSpeech)
          : undefined;
      // Told speech before the line ("Lucy mumbled that the people were odd.") was that
      // character's turn: the line answers it.
      const answering =
        opening?.reported === true
          ? salience.best({
              gender: 'unknown',
              plural: false,
              sentence,
              exclude: new Set([opening.id, ...named]),
              window: 8,
            })?.id
          : undefined;
      const narrated =
        beat === undefined && opening?.reported !== true
          ? (opening?.id ?? trailSpeaker(text, q, lastParagraph, references, inSpeech))
          : undefined;
      const lead = narrated === listener ? undefined : narrated;
      if (beat !== undefined)
        Object.assign(turn, {
          speakerId: beat,
          kind: 'implicit',
          confidence: 0.62,
          source: 'beat',
          beatAfter,
        });
      else if (answering !== undefined)
        Object.assign(turn, { speakerId: answering, kind: 'implicit', confidence: 0.5, source: 'beat' });
      else if (lead !== undefined && !named.includes(lead))
        Object.assign(turn, { speakerId: lead, kind: 'implicit', confidence: 0.55, source: 'beat' });
      // The line calls the one the narration before it just showed ("Jo sat up and began to
      // whistle. / 'Don't, Jo.'"): someone answers what they did, most likely the last speaker.
      else if (
        opening !== undefined &&
        lead === opening.id &&
        called.includes(lead) &&
        last?.speakerId !== null &&
        last?.speakerId !== undefined &&
        !named.includes(last.speakerId)
      )
        Object.assign(turn, { speakerId: last.speakerId, kind: 'implicit', confidence: 0.5, source: 'beat' });
      else if (expected !== undefined && !named.includes(expected)) {
        const distance = inConversation.length - lastTaggedIndex(inConversation);
        Object.assign(turn, {
          speakerId: expected,
          kind: 'implicit',
          confidence: Math.max(0.3, 0.7 - 0.05 * distance),
        });
      } else {
        // Nothing points anywhere: the most present character who is neither named nor the last
        // speaker; with nobody else present, the last speaker going on; with nobody at all, the
        // first-person narrator, who is always there.
        const exclude = new Set([...named, ...(last?.speakerId ? [last.speakerId] : [])]);
        // First the conversation's latest speaker who is neither ("'...it's black,' [Sid] / 'Why, I
        // did sew it with white! Tom!'" is Aunt Polly's, who spoke before Sid).
        const present = inConversation.findLast((t) => t.speakerId !== null && !exclude.has(t.speakerId));
        turn.fallback =
          present?.speakerId ??
          salience.best({ gender: 'unknown', plural: false, sentence, exclude, window: 8 })?.id ??
          salience.best({ gender: 'unknown', plural: false, sentence, exclude: new Set(named), window: 8 })
            ?.id ??
          (narratorId !== undefined && !named.includes(narratorId) ? narratorId : undefined) ??
          firstNamedAfter(q.end);
      }
    }

    for (const id of called)
      if (id !== turn.speakerId && !turn.addresseeIds.includes(id)) turn.addresseeIds.push(id);
    if (
      turn.addresseeIds.length === 0 &&
      !sameParagraph &&
      last?.speakerId !== null &&
      last?.speakerId !== undefined &&
      last.speakerId !== turn.speakerId &&
      turn.speakerId !== null
    )
      turn.addresseeIds.push(last.speakerId);
    turns.push(turn);
    if (turn.speakerId !== null) salience.note(turn.speakerId, sentence, 1.5);
    for (const id of turn.addresseeIds) salience.note(id, sentence, 0.5);
    // Narration inside the quotation's span (its tags) counts; its speech does not.
    advanceNarration(q.end, q.parts);
  });

  answeredByName(turns);
  fillBackwards(turns);
  alternateFromAnchors(turns);
  for (const turn of turns) {
    if (turn.speakerId !== null || turn.other || turn.fallback === undefined) continue;
    Object.assign(turn, { speakerId: turn.fallback, kind: 'implicit', confidence: 0.25 });
  }
  fillForwards(turns);
  neverTwoRunning(text, turns);
  return turns.map((t) => ({
    ...t.quotation,
    speakerId: t.speakerId,
    addresseeIds: t.addresseeIds,
    calledIds: t.called,
    kind: t.kind,
    confidence: t.speakerId === null ? 0 : t.confidence,
  }));
}

interface NarrationReference {
  id: string;
  start: number;
  /** 1 for a name; a resolved pronoun weighs its confidence. */
  weight: number;
}

/**
 * The narration's names, descriptions by calling, resolved pronouns and the relatives they point to
 * ("his wife"), speech left out, in text order.
 */
function narrationReferences(
  text: string,
  pronouns: readonly PronounReference[],
  names: readonly Located[],
  inSpeech: (position: number) => boolean,
  heads: ReadonlyMap<string, string>,
  relativeOf: (owner: string, title: 'mr' | 'mrs') => string | undefined,
): NarrationReference[] {
  const out: NarrationReference[] = names.map((m) => ({ id: m.id, start: m.start, weight: 1 }));
  for (const m of describedMentions(text, heads))
    if (!inSpeech(m.start)) out.push({ id: m.id, start: m.start, weight: 1 });
  for (const p of pronouns) {
    if (p.characterId === null || p.inQuotation || inSpeech(p.start)) continue;
    out.push({ id: p.characterId, start: p.start, weight: p.confidence });
    // "the raptures of his wife": the relative, when the family is known by title and surname.
    const kinWord = /^\s+(\p{Ll}+)/u.exec(text.slice(p.end, p.end + 12))?.[1];
    const kin = kinWord === undefined ? undefined : kinOf(p.text.toLowerCase(), kinWord);
    const relative = kin === undefined ? undefined : relativeOf(p.characterId, kin.title);
    if (relative !== undefined) out.push({ id: relative, start: p.end + 1, weight: p.confidence });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The narration's last sentence before an untagged line, when it stands between the line and the
 * previous quotation and opens on a character (a name or a resolved pronoun as its subject: "Mrs.
 * Hall came back with the tray. 'There!'"): that character, who usually speaks next. A possessive
 * is not the subject ("Her mother only scolded her", "On his approaching them, Miss Lucas ...").
 */
function leadSpeaker(
  text: string,
  q: Quotation,
  previousEnd: number,
  sentences: readonly number[],
  references: readonly NarrationReference[],
  inSpeech: (position: number) => boolean,
): { id: string; reported: boolean } | undefined {
  const index = lastAtOrBefore(sentences, q.start - 1);
  const sentenceStart = sentences[index];
  if (
    sentenceStart === undefined ||
    sentenceStart < previousEnd ||
    sentenceStart >= q.start ||
    inSpeech(sentenceStart)
  )
    return undefined;
  // "He heard Henrietta Watkin's voice.": the voice's owner speaks, whoever hears it.
  const voice = references.find(
    (r) =>
      r.start >= sentenceStart && r.start < q.start && VOICE_OWNER.test(text.slice(r.start, r.start + 60)),
  );
  if (voice !== undefined) return { id: voice.id, reported: false };
  const start = mainClauseStart(text, sentenceStart, q.start, references);
  if (start === undefined) return undefined;
  const subject = references.find(
    (r) =>
      r.start >= start &&
      r.start < q.start &&
      narrationWords(text, start, r.start) <= 2 &&
      !/^(?:his|her|their)\b/i.test(text.slice(r.start, r.start + 6)),
  );
  if (subject === undefined) return undefined;
  // A lead of several clauses, each with its own subject ("Meg stopped lecturing, and lighted the
  // lamp, Amy got out of the easy chair ..., and Jo forgot how tired she was"; "..., and she was
  // left to fret ...; Charlotte tried to console her:"): the last clause's subject, the one the
  // narration ends on, speaks.
  const lastClause = references.findLast(
    (r) =>
      r.start > subject.start &&
      r.start < q.start &&
      r.id !== subject.id &&
      /(?:,\s+and|;)\s+$/.test(text.slice(Math.max(start, r.start - 12), r.start)) &&
      !/^(?:his|her|their|him|them)\b/i.test(text.slice(r.start, r.start + 6)) &&
      /^[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]*)*\s+\p{Ll}+(?:ed|ew|ook|ot|ame|as|ent|ood|at|aw)\b/u.test(
        text.slice(r.start, q.start),
      ),
  );
  const chosen = lastClause ?? subject;
  return { id: chosen.id, reported: reportsSpeech(text, chosen.start, q.start) };
}

/** A name (or a relative's noun: "her aunt's") owning a voice: "Henrietta Watkin's voice". */
const VOICE_OWNER = /^(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*|\p{Ll}+)['’]s\s+voice\b/u;

/** A sentence opening on a subordinate clause: its subject is not the sentence's ("When Ingrid rose he spoke"). */
const SUBORDINATE_OPENING =
  /^[^\p{L}]*(?:when|whenever|while|whilst|as(?!\s+(?:for|to|well)\b)|after|before|though|although|because|if|since|until|till|once)\b/iu;

/**
 * Where a sentence's main clause starts: the sentence's start, or past a subordinate clause opening
 * it ("When Ingrid got up for the potatoes he leaned across and spoke low."): after its comma, else
 * at the first name or subject pronoun after the clause's own subject. Undefined when the main
 * clause cannot be told apart (no subject after the clause's, or several clauses).
 */
function mainClauseStart(
  text: string,
  start: number,
  end: number,
  references: readonly NarrationReference[],
): number | undefined {
  const sentence = text.slice(start, end);
  if (!SUBORDINATE_OPENING.test(sentence)) return start;
  // Clauses after a semicolon may each have their own subject; which one speaks is not told here.
  if (sentence.includes(';')) return undefined;
  const comma = sentence.indexOf(',');
  if (comma >= 0) return start + comma + 1;
  const inSentence = references.filter((r) => r.start >= start && r.start < end);
  const [clauseSubject, ...rest] = inSentence;
  if (clauseSubject === undefined || narrationWords(text, start, clauseSubject.start) > 2) return undefined;
  return rest.find((r) => !/^(?:his|her|him|them|their)\b/i.test(text.slice(r.start, r.start + 5)))?.start;
}

/**
 * The character the narration after an untagged line opens on, in its paragraph, by name or by a
 * resolved pronoun ("'I never did see the beat of that boy!' She went to the open door"): the beat
 * of a paragraph that names several characters or none. A possessive ("His eyes sparkled") is not
 * the subject and is left out. Narration between two parts of the line counts from the part before
 * it.
 */
function trailSpeaker(
  text: string,
  q: Quotation,
  lastParagraph: TextRange,
  references: readonly NarrationReference[],
  inSpeech: (position: number) => boolean,
): string | undefined {
  const firstPartEnd = q.parts[0]?.end ?? q.end;
  const subject = references.find(
    (r) =>
      r.start >= firstPartEnd &&
      r.start < lastParagraph.end &&
      !inSpeech(r.start) &&
      !/^(?:his|her|him)\b/i.test(text.slice(r.start, r.start + 4)),
  );
  // Narration between two parts of the line is measured from the part before it.
  const from =
    subject === undefined ? q.end : (q.parts.findLast((p) => p.end <= subject.start)?.end ?? q.end);
  return subject === undefined || narrationWords(text, from, subject.start) > MAX_BEAT_TRAIL
    ? undefined
    : subject.id;
}

/**
 * The character a quoted letter is signed by: its last paragraph is a name alone ("FITZWILLIAM
 * DARCY", "WILLIAM COLLINS"), found whole or by its last word among the characters' names.
 */
function signerOf(
  text: string,
  q: Quotation,
  paragraphs: readonly TextRange[],
  names: ReadonlyMap<string, string | null>,
): string | undefined {
  const last = q.parts[q.parts.length - 1];
  const paragraph = paragraphs[q.lastParagraph];
  if (q.parts.length < 2 || last === undefined || paragraph === undefined) return undefined;
  if (text.slice(paragraph.start, last.start).trim() !== '') return undefined;
  const signature = text
    .slice(last.start, last.end)
    .replace(/^["'“‘]+|["'”’.,]+$/gu, '')
    .trim();
  if (!/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u.test(signature)) return undefined;
  // An initial ("M. GARDINER") does not say which of a family signed.
  const name = normalise(signature)
    .split(' ')
    .filter((word) => word.length > 1)
    .join(' ');
  return names.get(name) ?? names.get(name.split(' ').at(-1) ?? name) ?? undefined;
}

/** The start of the first sentence in `within` that opens after some narration following `position`. */
function sentenceAfter(
  text: string,
  sentences: readonly number[],
  position: number,
  within: TextRange | undefined,
): number | undefined {
  for (let i = lastAtOrBefore(sentences, position) + 1; i < sentences.length; i++) {
    const start = mustAt(sentences, i);
    if (within === undefined || start >= within.end) return undefined;
    if (narrationWords(text, position, start) > 0) return start;
  }
  return undefined;
}

function nextQuotationStart(quotations: readonly Quotation[], index: number, paragraphEnd: number): number {
  const next = quotations[index + 1];
  return next === undefined ? paragraphEnd : Math.min(paragraphEnd, next.start);
}

function lastTaggedIndex(turns: readonly Turn[]): number {
  for (let i = turns.length - 1; i >= 0; i--) if (mustAt(turns, i).tagged) return i;
  return -1;
}

/**
 * An action beat: the quotation's paragraph names exactly one character outside the speech (who
 * is not the one addressed), in narration that opens the paragraph or opens on them after the
 * speech ("Elizabeth smiled. 'I know it.'" / "'I know it.' Elizabeth smiled.").
 */
function beatSpeaker(
  text: string,
  q: Quotation,
  paragraph: TextRange,
  lastParagraph: TextRange,
  mentions: MentionIndex,
  called: readonly string[],
): string | undefined {
  const outside = mentions
    .within(paragraph.start, lastParagraph.end)
    .filter((m) => !q.parts.some((p) => m.start >= p.start && m.start < p.end));
  const ids = [...new Set(outside.map((m) => m.id))].filter((id) => !called.includes(id));
  const first = outside[0];
  if (ids.length !== 1 || first === undefined) return undefined;
  // Narration long before the speech is scene-setting, not a beat; after the speech, the character
  // must open the narration (its subject): one named later in it belongs to what happens next
  // ("'...' The astonishment of the ladies was just what he wished; that of Mrs. Bennet...").
  if (first.start < q.start)
    return narrationWords(text, paragraph.start, first.start) > MAX_BEAT_LEAD ? undefined : ids[0];
  // Narration between two parts of the line is measured from the part before it.
  const partBefore = q.parts.findLast((p) => p.end <= first.start);
  return narrationWords(text, partBefore?.end ?? q.end, first.start) > MAX_BEAT_TRAIL ? undefined : ids[0];
}

/**
 * In a conversation between two characters, each line the conversation alone attributed takes its
 * speaker from the nearest line a tag or a beat attributed: the same speaker an even number of
 * turns (paragraphs) away, the other one an odd number away.
 */
function alternateFromAnchors(turns: Turn[]): void {
  const byConversation = new Map<number, Turn[]>();
  for (const t of turns) {
    const list = byConversation.get(t.conversation) ?? [];
    list.push(t);
    byConversation.set(t.conversation, list);
  }
  for (const list of byConversation.values()) {
    // Anchors: lines a tag or a beat attributed, with their turn number (a new turn per paragraph).
    const anchors: Array<{ speakerId: string; turn: number; line: Turn }> = [];
    const turnOf = new Map<Turn, number>();
    let n = -1;
    let lastParagraph = -1;
    for (const t of list) {
      if (t.quotation.paragraph !== lastParagraph) n++;
      lastParagraph = t.quotation.lastParagraph;
      turnOf.set(t, n);
      if (t.source !== 'conversation' && t.speakerId !== null)
        anchors.push({ speakerId: t.speakerId, turn: n, line: t });
    }
    // A beat after the speech that breaks the alternation of the tags nearest it is the listener's,
    // not the speaker's ("'Your mamma's gone away.' Philip did not know what she meant."): the
    // alternation decides.
    const tagged = anchors.filter((a) => a.line.source === 'tag');
    const taggedSpeakers = [...new Set(tagged.map((a) => a.speakerId))];
    const [p1, p2] = taggedSpeakers;
    if (taggedSpeakers.length === 2 && p1 !== undefined && p2 !== undefined && !list.some((t) => t.other)) {
      for (let i = anchors.length - 1; i >= 0; i--) {
        const a = mustAt(anchors, i);
        if (a.line.source === 'tag' || a.line.beatAfter !== true) continue;
        let nearest: (typeof anchors)[number] | undefined;
        for (const b of tagged)
          if (nearest === undefined || Math.abs(b.turn - a.turn) < Math.abs(nearest.turn - a.turn))
            nearest = b;
        if (nearest === undefined) continue;
        const other: string = nearest.speakerId === p1 ? p2 : p1;
        const byTurns: string = Math.abs(nearest.turn - a.turn) % 2 === 0 ? nearest.speakerId : other;
        if (byTurns === a.speakerId || (a.speakerId !== p1 && a.speakerId !== p2)) continue;
        a.line.source = 'conversation';
        anchors.splice(i, 1);
      }
    }
    const participants = [...new Set(anchors.map((a) => a.speakerId))];
    const [first, second] = participants;
    if (participants.length !== 2 || first === undefined || second === undefined || list.some((t) => t.other))
      continue;
    // Turns that open after narration: where a speaker may go on, with the words of narration before them.
    const continuations = list
      .filter((t) => t.narrationBefore > 0)
      .map((t) => ({ turn: mustGet(turnOf, t), words: t.narrationBefore }));
    /** The speaker of turn `at` by strict alternation from an anchor. */
    const alternated = (anchor: { speakerId: string; turn: number }, at: number) =>
      Math.abs(anchor.turn - at) % 2 === 0 ? anchor.speakerId : anchor.speakerId === first ? second : first;
    for (const t of list) {
      const at = turnOf.get(t);
      if (t.source !== 'conversation' || at === undefined) continue;
      let nearest: { speakerId: string; turn: number } | undefined;
      for (const a of anchors)
        if (nearest === undefined || Math.abs(a.turn - at) < Math.abs(nearest.turn - at)) nearest = a;
      if (nearest === undefined) continue;
      // Anchors on both sides that strict alternation cannot join: one speaker went on across a
      // paragraph, most likely where the most narration stands between two lines (the first such
      // place on a tie); each side of it alternates from its own anchor.
      const before = anchors.filter((a) => a.turn <= at).at(-1);
      const after = anchors.find((a) => a.turn >= at);
      const shift =
        before !== undefined && after !== undefined && alternated(before, after.turn) !== after.speakerId
          ? continuations
              .filter((c) => c.turn > before.turn && c.turn <= after.turn)
              .reduce<(typeof continuations)[number] | undefined>(
                (most, c) => (most === undefined || c.words > most.words ? c : most),
                undefined,
              )?.turn
          : undefined;
      if (shift !== undefined && before !== undefined && after !== undefined)
        nearest = at < shift ? before : after;
      const distance = Math.abs(nearest.turn - at);
      const speaker = alternated(nearest, at);
      if (t.named.includes(speaker)) continue;
      Object.assign(t, {
        speakerId: speaker,
        kind: 'implicit',
        confidence: Math.max(0.3, 0.7 - 0.05 * distance),
      });
    }
  }
}

/**
 * A reply that calls one character by name answers them: a line nothing but the conversation
 * attributed, just before a reply in the next paragraph that calls one character by name ("'Is
 * that his design?' / 'Design! Nonsense, Mr. Bennet.'"), is that character's, and anchors the
 * turn-taking around it like a tag.
 */
function answeredByName(turns: Turn[]): void {
  for (let i = 0; i + 1 < turns.length; i++) {
    const turn = mustAt(turns, i);
    const reply = mustAt(turns, i + 1);
    if (turn.source !== 'conversation' || turn.other || reply.conversation !== turn.conversation) continue;
    if (reply.quotation.paragraph === turn.quotation.lastParagraph || reply.called.length !== 1) continue;
    const addressed = mustAt(reply.called, 0);
    if (addressed === reply.speakerId || turn.called.includes(addressed)) continue;
    // The one called spoke the line just before, with no narration (a tag's included) after it where
    // they might have gone on: the line is someone else's turn ("But Sidney said: / '...it's
    // black.' / 'Why, I did sew it with white!' / 'Siddy, I'll lick you for that.'").
    if (turns[i - 1]?.speakerId === addressed && turn.narrationBefore === 0) continue;
    Object.assign(turn, { speakerId: addressed, kind: 'implicit', confidence: 0.6, source: 'beat' });
  }
}

/**
 * Lines still unattributed in an exchange between two take the speaker of the line before last,
 * when the last line was someone else's and each stands in its own paragraph.
 */
function fillForwards(turns: Turn[]): void {
  for (let i = 2; i < turns.length; i++) {
    const turn = mustAt(turns, i);
    if (turn.speakerId !== null || turn.other) continue;
    const last = mustAt(turns, i - 1);
    const beforeLast = mustAt(turns, i - 2);
    if (last.conversation !== turn.conversation || beforeLast.conversation !== turn.conversation) continue;
    if (beforeLast.speakerId === null || last.speakerId === null || beforeLast.speakerId === last.speakerId)
      continue;
    if (last.quotation.paragraph === turn.quotation.lastParagraph) continue;
    if (beforeLast.quotation.lastParagraph === last.quotation.paragraph) continue;
    if (turn.named.includes(beforeLast.speakerId)) continue;
    Object.assign(turn, { speakerId: beforeLast.speakerId, kind: 'implicit', confidence: 0.35 });
  }
}

/**
 * A speaker seldom takes two paragraphs running with nothing between them: a line turn-taking
 * gave to the one a tag names in the paragraph just before or after it, with no narration
 * between ("'I do not believe a word of it, my dear.' / 'I do not mind his not talking to Mrs.
 * Long,' said Miss Lucas."), is someone else's: the conversation's latest speaker who is neither
 * neighbour's, else the other neighbour's when turn-taking alone gave it them; never one the line
 * names.
 */
function neverTwoRunning(text: string, turns: Turn[]): void {
  const adjacent = (a: Turn, b: Turn) =>
    a.conversation === b.conversation &&
    b.quotation.paragraph > a.quotation.lastParagraph &&
    !/\p{L}/u.test(text.slice(a.quotation.end, b.quotation.start));
  turns.forEach((turn, i) => {
    const id = turn.speakerId;
    if (turn.source !== 'conversation' || id === null) return;
    const previous = turns[i - 1];
    const next = turns[i + 1];
    const before = previous !== undefined && adjacent(previous, turn) ? previous : undefined;
    const after = next !== undefined && adjacent(turn, next) ? next : undefined;
    const clash = [before, after].find((t) => t?.source === 'tag' && t.speakerId === id);
    if (clash === undefined) return;
    // The conversation's latest speaker who is neither this neighbour's nor the other one's with
    // nothing between: never one speaker's run traded for another's tagged run.
    const otherLine = clash === before ? after : before;
    const other = otherLine?.speakerId;
    const third = turns
      .slice(0, i)
      .findLast(
        (t) =>
          t.conversation === turn.conversation &&
          t.speakerId !== null &&
          t.speakerId !== id &&
          t.speakerId !== other &&
          !turn.named.includes(t.speakerId),
      )?.speakerId;
    // With no third speaker, the other neighbour's when only turn-taking gave it them.
    const untagged = otherLine?.source === 'conversation' ? otherLine.speakerId : null;
    const replacement =
      third ??
      (untagged !== null && untagged !== id && !turn.named.includes(untagged) ? untagged : undefined);
    if (replacement === undefined || replacement === null) return;
    Object.assign(turn, { speakerId: replacement, kind: 'implicit', confidence: 0.35 });
  });
}

/** Lines left unattributed at the start of a conversation take the speaker of the line two ahead. */
function fillBackwards(turns: Turn[]): void {
  for (let i = turns.length - 3; i >= 0; i--) {
    const turn = mustAt(turns, i);
    if (turn.speakerId !== null || turn.other) continue;
    const next = mustAt(turns, i + 1);
    const nextButOne = mustAt(turns, i + 2);
    if (next.conversation !== turn.conversation || nextButOne.conversation !== turn.conversation) continue;
    if (nextButOne.speakerId === null || nextButOne.speakerId === next.speakerId) continue;
    if (
      next.quotation.paragraph === turn.quotation.lastParagraph ||
      turn.called.includes(nextButOne.speakerId)
    )
      continue;
    turn.speakerId = nextButOne.speakerId;
    turn.kind = 'implicit';
    turn.confidence = 0.4;
  }
}
