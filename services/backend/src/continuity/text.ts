/**
 * A file as the fact extractor reads it: sentences, who is speaking where (narration, a
 * character's account, dialogue), and the anchors facts attach to: the name mentions of the story
 * bible's entities and the pronouns the resolver ties to characters.
 */
import { mustAt } from '@george/runtime/collections';
import { eitherCase, type Span } from '@george/text';
import type { Extraction, SourceText } from '../bible/types.js';
import {
  analyseDialogue,
  charactersOf,
  type DialogueAnalysis,
  type DialogueQuote,
  type NarratorSpan,
} from '../dialogue/index.js';
import { type MentionIndex, tagAfter } from '../dialogue/tags.js';
import {
  type Gender,
  herRole,
  inferGenders,
  lastAtOrBefore,
  pronounForm,
  resolvePronouns,
  sentenceStarts,
} from '../pronouns/index.js';
import { chapterIndexAt } from '../story/numbering.js';
import { describedCharacters } from './descriptions.js';
import { BODY_PARTS } from './lexicon.js';
import type { Passage, Voice } from './types.js';

export interface Anchor extends Span {
  /** Extraction key of the entity. */
  key: string;
  type: 'character' | 'place' | 'other';
  /** A name ("Elizabeth", "Mr. Darcy") rather than a pronoun. */
  named: boolean;
  /** "Elizabeth's", "her", "his", "its": the anchor owns what follows. */
  possessive: boolean;
  /** 1 for a name; the resolver's confidence for a pronoun. */
  confidence: number;
}

export interface VoiceSpan extends Span {
  voice: Voice;
  speakerKey: string | null;
  /** The utterance the part belongs to (parts of one utterance share it). */
  utterance: number;
  /**
   * Attributed by a tag that names the speaker ("said X"), or an account the attribution is sure
   * continues the one a tag named its teller for in the chapter (the client's story going on after
   * the detective's "Pray proceed").
   */
  explicit: boolean;
  /** The attribution is more sure of `speakerKey` than not (`SURE_SPEAKER`), or a pronoun tag names them. */
  sure: boolean;
}

/**
 * A quotation is a character's account (a letter, a story told), weighed like narration, when it
 * runs over paragraphs or this many words; shorter ones are dialogue, where a character may be
 * mistaken or lie.
 */
const ACCOUNT_WORDS = 150;
/**
 * Whether the tag after a quotation part has "I" for its subject ("said I", "I answered"), in the
 * part's paragraph (an "I" after a break opens the next speech or narration: "I thought").
 */
function taggedByI(text: string, part: Span | undefined): boolean {
  if (part === undefined) return false;
  const tag = tagAfter(text, part.end, Math.min(text.length, part.end + 160), NO_MENTIONS, false);
  return (
    tag?.subject.type === 'first-person' &&
    !tag.subject.plural &&
    !text.slice(part.end, tag.subject.range.start).includes('\n')
  );
}

/** How sure a description, and a pronoun after it, is the character named around it. */
const DESCRIBED = 0.8;
/** The attribution confidence above which a quotation's speaker is an antecedent for the narration. */
const SURE_SPEAKER = 0.5;
/** For tags read only for a pronoun subject: no name mentions. */
const NO_MENTIONS: MentionIndex = { within: () => [] };
/** How sure the narration's "I" is the narrator the story analysis names. */
const NARRATOR_CONFIDENCE = 1;
/** How sure a possessive is the named subject of its clause. */
const SUBJECT_BOUND = 0.8;

/** The "I" and "my" inside a range of the text, as anchors of the one who says them. */
function selfAnchors(text: string, range: Span, key: string, confidence: number): Anchor[] {
  return [...text.slice(range.start, range.end).matchAll(/\b(?:I|my)\b/g)].map((m) => {
    const start = range.start + m.index;
    return {
      start,
      end: start + m[0].length,
      key,
      type: 'character',
      named: false,
      possessive: m[0] === 'my',
      confidence,
    };
  });
}

export class FileText {
  readonly fileId: string;
  readonly text: string;
  readonly sentences: Span[];
  /** Speech parts in text order. */
  readonly voices: VoiceSpan[];
  /** Name mentions and resolved pronouns in text order. */
  readonly anchors: Anchor[];
  readonly names = new Map<string, string>();
  /** Each character's gender as the pronouns around its names say it. */
  readonly genders: ReadonlyMap<string, Gender>;
  private readonly chapters: SourceText['chapters'];
  private readonly sentenceStarts: number[];
  private readonly voiceStarts: number[];
  private readonly anchorStarts: number[];

  constructor(
    source: SourceText,
    extraction: Extraction,
    dialogue: DialogueAnalysis = analyseDialogue(source, extraction),
    private readonly narrators: readonly NarratorSpan[] = [],
  ) {
    this.fileId = source.fileId;
    this.text = source.text;
    this.chapters = source.chapters;
    this.sentences = sentenceSpans(source.text);
    this.sentenceStarts = this.sentences.map((s) => s.start);

    this.voices = [];
    const documents = new Set(dialogue.quotes.filter((q) => quotesDocument(source.text, q.parts)));
    const isAccount = (q: DialogueQuote): boolean =>
      1 + (source.text.slice(q.start, q.end).match(/\n[ \t]*\n/g) ?? []).length >= 2 ||
      q.words >= ACCOUNT_WORDS ||
      documents.has(q);
    /** The chapter and speaker of each account a tag names its teller for. */
    const taggedTellers = new Set(
      dialogue.quotes.flatMap((q) =>
        q.kind === 'explicit' && q.speakerKey !== null && !documents.has(q) && isAccount(q)
          ? [`${this.chapterAt(q.start)}|${q.speakerKey}`]
          : [],
      ),
    );
    dialogue.quotes.forEach((q, utterance) => {
      const account = isAccount(q);
      const sure = !documents.has(q) && q.speakerKey !== null && q.confidence > SURE_SPEAKER;
      // A teller's account goes on over lines the tag does not repeat: sure of its speaker, an
      // account in the chapter of the one a tag named is theirs as surely.
      const continuesTagged =
        account && sure && taggedTellers.has(`${this.chapterAt(q.start)}|${q.speakerKey}`);
      for (const part of q.parts) {
        this.voices.push({
          start: part.start,
          end: part.end,
          voice: account ? 'account' : 'speech',
          speakerKey: documents.has(q) ? null : q.speakerKey,
          utterance,
          explicit: q.kind === 'explicit' || continuesTagged,
          sure,
        });
      }
    });
    this.voices.sort((a, b) => a.start - b.start);
    this.voiceStarts = this.voices.map((v) => v.start);

    const anchors: Anchor[] = [];
    for (const entity of extraction.entities) {
      this.names.set(entity.key, entity.name);
      const type = entity.type === 'character' ? 'character' : entity.type === 'location' ? 'place' : 'other';
      for (const m of entity.mentions) {
        if (m.fileId !== source.fileId) continue;
        const possessive = /^['’]s\b/.test(source.text.slice(m.end, m.end + 3));
        anchors.push({
          start: m.start,
          end: m.end,
          key: entity.key,
          type,
          named: true,
          possessive,
          confidence: 1,
        });
      }
    }
    const speech = this.voices.map((v) => ({ start: v.start, end: v.end }));
    const characters = charactersOf(source, extraction);
    // The tellers of each chapter by the attribution: the speaker of '"Holmes," said I'. The
    // narration calls them "I", never "he" or "she", so they are no antecedent of its pronouns.
    const tellers = new Set(
      dialogue.quotes.flatMap((q) =>
        q.speakerKey !== null && taggedByI(source.text, q.parts[0])
          ? [`${this.chapterAt(q.start)}|${q.speakerKey}`]
          : [],
      ),
    );
    const teller = (offset: number, key: string): boolean => tellers.has(`${this.chapterAt(offset)}|${key}`);
    // The speakers the attribution is more sure of than not: a guess would make a wrong antecedent.
    const speakers = dialogue.quotes.flatMap((q) =>
      q.speakerKey === null || q.confidence <= SURE_SPEAKER || teller(q.start, q.speakerKey)
        ? []
        : [{ start: q.start, id: q.speakerKey }],
    );
    const refs = resolvePronouns(source.text, characters, {
      quotations: speech,
      speakers,
      chapterStarts: source.chapters.map((c) => c.start),
    }).filter((ref) => !ref.plural);
    const inSpeech = (offset: number) => this.voiceAt(offset) !== null;
    const genders = inferGenders(source.text, characters);
    this.genders = genders;
    const descriptions = describedCharacters(
      source.text,
      anchors
        .filter((a) => a.type === 'character')
        .sort((a, b) => a.start - b.start)
        .map((a) => ({ start: a.start, end: a.end, key: a.key, inSpeech: inSpeech(a.start) })),
      refs.map((ref) => ({ start: ref.start, end: ref.end, gender: ref.gender, key: ref.characterId })),
      genders,
      inSpeech,
    );
    // A pronoun a description owns is its character's, whatever the salience said.
    const owned = new Map<number, string>();
    for (const d of descriptions) {
      for (const i of d.pronouns) owned.set(i, d.key);
      // A first-person narrator describes others, never themselves as "our visitor": a description
      // taken for the narrator is someone unnamed, and so are its pronouns (dropped below).
      if (this.narratorAt(d.start) === d.key) continue;
      // "The stranger's eyes": a description owns what follows its "'s" as a name does.
      const possessive = /^['’]s\b/.test(source.text.slice(d.end, d.end + 3));
      anchors.push({ ...d, type: 'character', named: true, possessive, confidence: DESCRIBED });
    }
    /** Each pronoun's character where it starts: a description's owner, else the resolver's. */
    const pronounAt = new Map<number, { key: string; confidence: number }>();
    for (const [i, ref] of refs.entries()) {
      const key = owned.get(i) ?? ref.characterId;
      if (key === null) continue;
      // A first-person narrator is "I" in their own narration, never "he" or "she" ("He was a man
      // of about fifty" in Watson's narration is someone else).
      if (this.narratorAt(ref.start) === key || (!inSpeech(ref.start) && teller(ref.start, key))) continue;
      const lower = ref.text.toLowerCase();
      const confidence = owned.has(i) ? DESCRIBED : ref.confidence;
      pronounAt.set(ref.start, { key, confidence });
      anchors.push({
        start: ref.start,
        end: ref.end,
        key,
        type: 'character',
        named: false,
        possessive: lower === 'his' || lower === 'her' || lower === 'hers',
        confidence,
      });
    }
    // A quotation the attribution left without a speaker, tagged by a pronoun tied to a character
    // ("“I have been a governess,” said she" after "a young lady entered"): that one is its speaker.
    const tagged = new Map<number, { key: string; confidence: number }>();
    dialogue.quotes.forEach((q, utterance) => {
      const [first, second] = q.parts;
      if (q.speakerKey !== null || first === undefined || documents.has(q)) return;
      const end = second?.start ?? Math.min(source.text.length, first.end + 160);
      const tag = tagAfter(source.text, first.end, end, NO_MENTIONS, false);
      const speaker = tag?.subject.type === 'pronoun' ? pronounAt.get(tag.subject.range.start) : undefined;
      if (speaker !== undefined && speaker.confidence > SURE_SPEAKER) tagged.set(utterance, speaker);
    });
    for (const v of this.voices) {
      const tag = tagged.get(v.utterance);
      if (v.speakerKey !== null || tag === undefined) continue;
      v.speakerKey = tag.key;
      v.sure = true;
    }
    // "I", "my" in a quotation are its speaker's, as sure as the attribution ("I am forty", "my hair").
    dialogue.quotes.forEach((q, utterance) => {
      const speaker =
        q.speakerKey !== null && q.confidence > SURE_SPEAKER && !documents.has(q)
          ? { key: q.speakerKey, confidence: q.confidence }
          : tagged.get(utterance);
      if (speaker === undefined) return;
      for (const part of q.parts)
        anchors.push(...selfAnchors(source.text, part, speaker.key, speaker.confidence));
    });
    // "I", "my" of first-person narration are its narrator's ("I am twenty-six years old", "my
    // eyes"), as sure as the story analysis names the narrator.
    for (const narrator of this.narrators) {
      const own = selfAnchors(source.text, narrator, narrator.narratorKey, NARRATOR_CONFIDENCE);
      anchors.push(...own.filter((a) => this.voiceAt(a.start) === null));
    }
    anchors.sort((a, b) => a.start - b.start);
    bindPossessivesToSubject(source.text, anchors, genders);
    const same = appositionKeys(source.text, anchors, extraction, (offset) => this.voiceAt(offset) !== null);
    for (const [key, kept] of surnameKeys(extraction)) if (!same.has(key)) same.set(key, kept);
    // A name merged into another keeps its gender for the one it is merged into.
    for (const [key, kept] of same) {
      const gender = genders.get(key);
      if (gender !== undefined && !genders.has(kept)) genders.set(kept, gender);
    }
    this.anchors = elderNamesakes(
      source.text,
      anchors.map((a) => {
        const key = same.get(a.key);
        return key === undefined ? a : { ...a, key };
      }),
    );
    this.anchorStarts = anchors.map((a) => a.start);
  }

  chapterAt(offset: number): number | null {
    return chapterIndexAt(this.chapters, offset);
  }

  /** Where each chapter of the file starts. */
  get chapterStarts(): number[] {
    return this.chapters.map((c) => c.start);
  }

  passage(start: number, end: number): Passage {
    return {
      fileId: this.fileId,
      chapter: this.chapterAt(start),
      start,
      end,
      quote: this.text.slice(start, end),
    };
  }

  sentenceAt(offset: number): Span {
    const i = lastAtOrBefore(this.sentenceStarts, offset);
    const s = this.sentences[i];
    return s !== undefined && offset < s.end ? s : { start: offset, end: offset };
  }

  /** The speech part containing the offset, or null in narration. */
  voiceAt(offset: number): VoiceSpan | null {
    const i = lastAtOrBefore(this.voiceStarts, offset);
    const v = this.voices[i];
    return v !== undefined && offset < v.end ? v : null;
  }

  /**
   * The first-person narrator of the narration at `offset` (a letter's writer before its
   * chapter's teller), null inside a quotation or where the story analysis found none.
   */
  narratorAt(offset: number): string | null {
    if (this.voiceAt(offset) !== null) return null;
    return this.narrators.find((n) => n.start <= offset && offset < n.end)?.narratorKey ?? null;
  }

  /** Anchors starting inside [start, end), in text order. */
  anchorsIn(start: number, end: number): Anchor[] {
    const out: Anchor[] = [];
    for (
      let i = Math.max(0, lastAtOrBefore(this.anchorStarts, start - 1) + 1);
      i < this.anchors.length;
      i++
    ) {
      const a = mustAt(this.anchors, i);
      if (a.start >= end) break;
      if (a.start >= start) out.push(a);
    }
    return out;
  }

  /** The anchor ending right before `offset` (only spaces, or "'s" and spaces, between). */
  anchorEndingAt(offset: number, within = 4): Anchor | null {
    const candidates = this.anchorsIn(Math.max(0, offset - 80), offset);
    for (let i = candidates.length - 1; i >= 0; i--) {
      const a = mustAt(candidates, i);
      const gap = this.text.slice(a.end, offset);
      if (gap.length <= within + 2 && /^(?:['’]s)?\s*$/.test(gap)) return a;
      if (a.end < offset - within - 2) break;
    }
    return null;
  }
}

/**
 * Characters the narration names in apposition to a description of them ("the poor little
 * Lizard, Bill, was", "it was Bill, the Lizard)"): one character to the reader, though the story
 * bible may keep two entities. Maps each such key to the key of the pair with the more mentions.
 * A list ("the Hatter, Bill, and the Dodo") is no apposition: the pair must close the phrase.
 */
function appositionKeys(
  text: string,
  anchors: readonly Anchor[],
  extraction: Extraction,
  inSpeech: (offset: number) => boolean,
): Map<string, string> {
  const mentions = new Map(extraction.entities.map((e) => [e.key, e.mentions.length] as const));
  const same = new Map<string, string>();
  const root = (key: string): string => {
    let k = key;
    for (let next = same.get(k); next !== undefined; next = same.get(k)) k = next;
    return k;
  };
  const named = anchors.filter((a) => a.named && !a.possessive && a.type === 'character');
  for (const [i, a] of named.entries()) {
    const b = named[i + 1];
    if (b === undefined) break;
    if (a.key === b.key || inSpeech(a.start)) continue;
    if (!/^\s*,\s*(?:the\s+)?$/i.test(text.slice(a.end, b.start))) continue;
    if (!/^\s*(?:\)|,(?!\s*(?:and|or|nor)\b)(?!\s*\p{Lu}))/u.test(text.slice(b.end, b.end + 12))) continue;
    const described = (x: Anchor) =>
      /\bthe\s+(?:[a-z]+\s+){0,3}$/i.test(text.slice(Math.max(0, x.start - 30), x.start));
    if (!described(a) && !described(b)) continue;
    const [x, y] = [root(a.key), root(b.key)];
    if (x === y) continue;
    const [kept, merged] = (mentions.get(x) ?? 0) >= (mentions.get(y) ?? 0) ? [x, y] : [y, x];
    same.set(merged, kept);
  }
  return new Map([...same.keys()].map((k) => [k, root(k)] as const));
}

/** A clause break: a possessive never reaches back over one to its subject. */
const CLAUSE_BREAK = /[.!?;:—“”"()]|--/;
/** Conjunctions that open a clause, before its subject ("but Mr. Darcy", "when Jane"). */
const CLAUSE_CONJUNCTIONS = [
  'and',
  'but',
  'then',
  'when',
  'while',
  'though',
  'although',
  'because',
  'so',
  'yet',
  'until',
  'till',
  'after',
  'before',
  'since',
  'where',
  'whereupon',
];
/** Words before a subject's name in its noun phrase ("his friend Mr. Darcy", "poor Jane"). */
const SUBJECT_DETERMINERS = [
  'his',
  'her',
  'their',
  'its',
  'the',
  'my',
  'our',
  'your',
  'poor',
  'old',
  'young',
  'dear',
  'little',
];
/**
 * A name at the start of its clause, the subject's place: after a sentence or clause break, or a
 * conjunction, with at most a determiner and a noun before it ("but his friend Mr. Darcy"). The
 * conjunction or determiner may open the sentence, capitalised ("Then the Gryphon", "The King").
 */
const SUBJECT_PLACE = new RegExp(
  `(?:^|[.!?;:,—“”"(]\\s*|\\n\\s*|\\b${eitherCase(CLAUSE_CONJUNCTIONS)}\\s+)(?:${eitherCase(SUBJECT_DETERMINERS)}\\s+(?:[\\p{Ll}-]+\\s+)?)?$`,
  'u',
);
/** A part of the body after a possessive, up to two words on ("his left arm", "her pale face"). */
const ABSOLUTE_BODY = new RegExp(
  `^\\s+(?:[a-z-]+,?\\s+){0,2}?(?:${[...Object.keys(BODY_PARTS), 'legs', 'hands', 'feet', 'eyes', 'hair', 'head', 'lips', 'fingers'].join('|')})\\b`,
  'i',
);
/** Most words a possessive may be after the subject it refers to. */
const SUBJECT_WORDS = 12;
/**
 * Most words a possessive may be after an earlier possessive of its clause that was bound to the
 * subject: with no one else of the gender between, the clause keeps talking about the subject.
 */
const CHAIN_WORDS = 30;

/** "the late Mr. Darcy": a name the text says is of someone dead. */
const LATE_BEFORE = /\bthe\s+late\s+$/i;
/** "old Mr. Darcy", "the elder Mr. Darcy": the older bearer of a name. */
const ELDER_BEFORE = /(?:\bthe\s+elder|\b[Oo]ld)\s+$/;
/** The key of the older bearer of a name whose younger bearer the story follows. */
export const ELDER_SUFFIX = ':elder';

/** Whether the anchor is "the late <name>" (the story bible may keep "late Mr. Hale" as a name). */
export function isLate(text: string, a: Span): boolean {
  const before = text.slice(Math.max(0, a.start - 12), a.start);
  return (
    LATE_BEFORE.test(before) || (/^late\s/i.test(text.slice(a.start, a.end)) && /\bthe\s+$/i.test(before))
  );
}

/**
 * "the late Mr. Darcy" while Mr. Darcy lives and acts: the name is also a dead man's, the father's.
 * Once the text calls a name's bearer "the late", that name's mentions as "the late", "old" or
 * "the elder" are the elder namesake's (key + ":elder"), so that his death is not his son's, and
 * what he does after it is still weighed against it. A name an elder kinsman is said to bear too
 * is the elder namesake's wherever it stands (`isKinNamesake`).
 */
function elderNamesakes(text: string, anchors: readonly Anchor[]): Anchor[] {
  const named = anchors.filter((a) => a.named && a.type === 'character');
  const kinNamesakes = new Set(named.filter((a) => isKinNamesake(text, a)));
  // The key each name form is most often read as ("Mr. Hale" → mr-hale).
  const keyOfForm = new Map<string, string>();
  for (const a of named)
    if (!keyOfForm.has(text.slice(a.start, a.end))) keyOfForm.set(text.slice(a.start, a.end), a.key);
  const baseOf = (a: Anchor): string | null => {
    if (!isLate(text, a)) return null;
    const form = text.slice(a.start, a.end).replace(/^late\s+/i, '');
    return form === text.slice(a.start, a.end) ? a.key : (keyOfForm.get(form) ?? null);
  };
  const late = new Set(named.map(baseOf).filter((k): k is string => k !== null));
  if (late.size === 0 && kinNamesakes.size === 0) return [...anchors];
  return anchors.map((a) => {
    if (!a.named || a.type !== 'character') return a;
    if (kinNamesakes.has(a)) return { ...a, key: `${a.key}${ELDER_SUFFIX}` };
    const base = baseOf(a);
    if (base !== null) return { ...a, key: `${base}${ELDER_SUFFIX}` };
    return late.has(a.key) && ELDER_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))
      ? { ...a, key: `${a.key}${ELDER_SUFFIX}` }
      : a;
  });
}

/**
 * "His grandfather, also called Edward Crane,": an elder kinsman given the name as his too is
 * another bearer of it, whose age and looks are not the younger one's.
 */
const KIN_NAMESAKE_BEFORE =
  /\b(?:his|her|their|my|our|your|the)\s+(?:(?:great-)*grand(?:father|mother)|father|mother|uncle|aunt|great-uncle|great-aunt|godfather|godmother)\s*,\s*(?:who\s+was\s+)?(?:also|likewise)\s+(?:called|named|christened)\s+$/i;

function isKinNamesake(text: string, a: Anchor): boolean {
  return KIN_NAMESAKE_BEFORE.test(text.slice(Math.max(0, a.start - 80), a.start));
}

/**
 * "Mr. Darcy soon drew the attention of the room by his fine, tall person": a possessive "his" or
 * "her" belongs to the named subject of its own clause when that subject is of its gender and no
 * other character of the gender is mentioned between (salience alone may give it to the paragraph's
 * topic). Rebinds such anchors in place; `anchors` in text order.
 */
function bindPossessivesToSubject(
  text: string,
  anchors: Anchor[],
  genders: ReadonlyMap<string, Gender>,
): void {
  /** Anchors this pass bound to their clause's subject (by index). */
  const bound = new Set<number>();
  for (const [i, a] of anchors.entries()) {
    if (a.named || !a.possessive || a.type !== 'character') continue;
    const word = text.slice(a.start, a.end).toLowerCase();
    const gender: Gender = word === 'his' ? 'male' : word === 'her' ? 'female' : 'unknown';
    // "handed her the second", "told her.": "her" as an object, not a possessive.
    if (gender === 'unknown' || (word === 'her' && herRole(text, a.end) === 'object')) continue;
    for (let j = i - 1; j >= 0; j--) {
      const b = mustAt(anchors, j);
      const gap = text.slice(b.end, a.start);
      const words = (gap.match(/\p{L}+/gu) ?? []).length;
      if (CLAUSE_BREAK.test(gap) || words > CHAIN_WORDS) break;
      if (b.type !== 'character') continue;
      const own = b.named ? genders.get(b.key) : pronounForm(text.slice(b.start, b.end))?.gender;
      // A name whose gender the text never settles (an animal, a figure known by a calling) may be
      // the "his" or "her" of its own clause: only its place says so (the clause's subject, or the
      // name an absolute phrase follows).
      const ungendered = b.named && (own === undefined || own === 'unknown');
      if (own !== gender && !ungendered) continue;
      // "Mr. Darcy soon drew the attention of the room by his fine, tall person, ... after his
      // entrance": the possessive after one bound to the subject is the subject's too.
      if (bound.has(j)) {
        anchors[i] = { ...a, key: b.key, confidence: SUBJECT_BOUND };
        bound.add(i);
        break;
      }
      // "Mr. Denny, his left arm in a sling, and Mr. Wickham": a possessive right after a name and
      // its comma, before a part of the body, opens an absolute phrase about that name's person
      // (not an apposition such as "Millie, her maid", someone else).
      if (
        b.named &&
        !b.possessive &&
        /^\s*,\s*$/.test(gap) &&
        ABSOLUTE_BODY.test(text.slice(a.end, a.end + 40))
      ) {
        anchors[i] = { ...a, key: b.key, confidence: SUBJECT_BOUND };
        bound.add(i);
        break;
      }
      if (words > SUBJECT_WORDS) break;
      // The nearest mention of the gender decides: a subject name, else nothing is changed (in
      // "Millie, her maid", an apposition, the possessive is someone else's).
      const subject =
        b.named &&
        !b.possessive &&
        words > 0 &&
        SUBJECT_PLACE.test(text.slice(Math.max(0, b.start - 60), b.start));
      // The resolver's own choice of the subject is as sure as the binding, at the least: the
      // patterns that ask a pronoun for SUBJECT_BOUND accept it.
      if (subject) {
        anchors[i] = {
          ...a,
          key: b.key,
          confidence: Math.max(SUBJECT_BOUND, b.key === a.key ? a.confidence : 0),
        };
        bound.add(i);
      } else if (ungendered) continue;
      break;
    }
  }
}

const MAN_TITLE = /^(?:Mr|Mister|Dr|Doctor|Sir|Captain|Colonel|Major|Professor|Inspector)\.?$/;
const OTHER_TITLE = /^(?:Mrs|Miss|Ms|Lady|Madame|Mme|Lord|Master|Dame)\.?$/;

/**
 * One man written with and without his given name ("Mr. Windibank", "Mr. James Windibank"): the
 * story bible may keep two entities. A surname alone or with a man's title, and a man's title with
 * a given name, of one surname, are one man when they give at most one given name (two, "Mycroft Holmes" and "Sherlock Holmes", are
 * kin); each maps to the one mentioned most. A name with another title ("Miss", "Lord") is
 * someone else.
 */
function surnameKeys(extraction: Extraction): Map<string, string> {
  const bySurname = new Map<string, Array<{ key: string; given: string | null; mentions: number }>>();
  const others = new Set<string>();
  for (const e of extraction.entities) {
    if (e.type !== 'character') continue;
    const words = e.name.split(/\s+/);
    const surname = mustAt(words, words.length - 1);
    if (words.length < 2 && !/^\p{Lu}/u.test(surname)) continue;
    const title = words.length > 1 ? mustAt(words, 0) : '';
    if (OTHER_TITLE.test(title)) {
      others.add(surname);
      continue;
    }
    const rest = words.slice(MAN_TITLE.test(title) ? 1 : 0, -1);
    // "Caroline Beaufort" may be a woman of the family: a given name counts with a man's title only.
    if (rest.length > 1 || rest.some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    if (rest.length === 1 && !MAN_TITLE.test(title)) continue;
    const list = bySurname.get(surname) ?? [];
    list.push({ key: e.key, given: rest[0] ?? null, mentions: e.mentions.length });
    bySurname.set(surname, list);
  }
  const out = new Map<string, string>();
  for (const [surname, list] of bySurname) {
    if (list.length < 2 || others.has(surname)) continue;
    if (new Set(list.map((x) => x.given).filter((g) => g !== null)).size !== 1) continue;
    const kept = [...list].sort((a, b) => b.mentions - a.mentions)[0] as (typeof list)[number];
    for (const x of list) if (x.key !== kept.key) out.set(x.key, kept.key);
  }
  return out;
}

/**
 * '"Missing," it said, "on the morning of the fourteenth..."', '"Wanted," ran the notice, "a governess"': a tag
 * whose speaker is "it" or a written thing quotes a document, not anyone's word.
 */
const WRITTEN =
  '(?:it|the\\s+(?:[a-z]+\\s+)?(?:letter|note|slip|notice|advertisement|paper|card|telegram|message|inscription|sign|placard|bill))';
const READS = '(?:said|says|ran|runs|read|reads|went\\s+on)';
const DOCUMENT_TAG = new RegExp(`^["“”'’\\s,]*(?:${WRITTEN}\\s+${READS}|${READS}\\s+${WRITTEN})\\s*,`, 'i');

/** Whether the text between a quotation's first two parts is a document's tag. */
function quotesDocument(text: string, parts: readonly Span[]): boolean {
  const [first, second] = parts;
  return (
    first !== undefined && second !== undefined && DOCUMENT_TAG.test(text.slice(first.end, second.start))
  );
}

/** Sentences as [start, end) with the white space around them left out. */
export function sentenceSpans(text: string): Span[] {
  const starts = sentenceStarts(text);
  return starts.map((start, i) => {
    let end = i + 1 < starts.length ? mustAt(starts, i + 1) : text.length;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    return { start, end };
  });
}
