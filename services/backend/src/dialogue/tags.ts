/**
 * Speech tags: the narration beside a quotation that says who speaks ("said Elizabeth", "Elizabeth
 * said", "cried Mrs. Bennet", "replied her sister", "returned she", "Then she asked:"), read with
 * a small pattern grammar over words, with the character mentions the story bible found.
 */
import { mustAt } from '@george/runtime/collections';
import { DETERMINERS } from '@george/text';
import { ABBREVIATIONS } from '../bible/lexicons.js';
import { nounGender } from '../pronouns/callings.js';
import { herRole, type PronounForm, pronounForm } from '../pronouns/index.js';
import { innerQuotationParts, isSpeechVerb, type TextRange } from './quotations.js';

export type Gender = PronounForm['gender'];

/** Who a tag names as the speaker. */
export type TagSubject =
  | { type: 'name'; id: string; range: TextRange }
  /** A capitalised name the story bible does not list ("said Tringham"). */
  | { type: 'unknown-name'; text: string; range: TextRange }
  | { type: 'pronoun'; form: PronounForm; range: TextRange }
  /** First person: the narrator ("said I"). */
  | { type: 'first-person'; plural: boolean; range: TextRange }
  /** A description ("her sister", "the man with the basket"): its gender when the noun says it. */
  | {
      type: 'nominal';
      gender: Gender;
      /** "his", "the"... and the head noun ("wife"), lower case. */
      determiner: string;
      head: string;
      capitalised: boolean;
      range: TextRange;
    };

export interface SpeechTag {
  subject: TagSubject;
  /** The speech verb ("said", "cried"). */
  verb: string;
  /** "said he to Jane": the character spoken to. */
  addressee?: string;
  /** Where the tag is: after a part of the quotation, or before its first part. */
  side: 'after' | 'before';
}

export interface MentionIndex {
  /** Character mentions overlapping [start, end), in text order. */
  within(start: number, end: number): Array<{ id: string; start: number; end: number }>;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}][\p{L}'’-]*|[,;:!?.—–()]/gu;

function wordsOf(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    out.push({
      text: m[0],
      lower: m[0].toLowerCase().replace(/’/g, "'"),
      start: start + m.index,
      end: start + m.index + m[0].length,
    });
  }
  return out;
}

/** Words that open a tag's subject phrase ("the old man", "her sister", "one of them"). */
const SUBJECT_OPENERS = new Set([...DETERMINERS, 'one']);

/** Words that describe a name they stand before ("old Hobbs", "poor little Tom"). */
const NAME_MODIFIERS = new Set(
  'old young little poor dear good honest wise big fat pretty sweet brave kind the'.split(' '),
);

const ADVERB_LIKE = /^(?:\p{L}+ly|again|then|now|at|once|too|still|also|presently|aloud|softly|quickly)$/u;
const INDIRECT = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who']);
const FIRST_PERSON = new Set(['i', 'we']);

/** The noun phrase starting at words[i], and how many words it takes (0 when none). */
function subjectAt(
  words: Word[],
  i: number,
  mentions: MentionIndex,
): { subject: TagSubject; length: number } | null {
  const word = words[i];
  if (word === undefined || !/^\p{L}/u.test(word.text)) return null;
  // A character mention starting here (or covering this word: "Mr. Bennet", "the White Rabbit").
  const found = mentions.within(word.start, word.end + 40).find((m) => m.start <= word.end);
  // Words before the name that only describe it: "the White Rabbit", "old Hobbs", "poor little Tom".
  let named = found;
  let k = i;
  while (named === undefined && k < i + 3 && NAME_MODIFIERS.has(words[k]?.lower ?? '')) {
    k++;
    const at = words[k];
    if (at === undefined) break;
    named = mentions.within(at.start, at.end).find((m) => m.start === at.start);
  }
  const determined =
    (SUBJECT_OPENERS.has(word.lower) && found !== undefined && found.start > word.start) ||
    (found === undefined && named !== undefined);
  if (named !== undefined && (named.start <= word.start + 1 || determined)) {
    let length = 1;
    while (words[i + length] !== undefined && mustAt(words, i + length).start < named.end) length++;
    return { subject: { type: 'name', id: named.id, range: { start: named.start, end: named.end } }, length };
  }
  const form = pronounForm(word.lower);
  const possessive =
    word.lower === 'her' && herRole(words.map((w) => w.text).join(' '), wordEnd(words, i)) === 'possessive';
  if (
    form !== undefined &&
    !possessive &&
    (form.role === 'subject' || word.lower === 'her' || word.lower === 'him')
  ) {
    return { subject: { type: 'pronoun', form, range: { start: word.start, end: word.end } }, length: 1 };
  }
  if (FIRST_PERSON.has(word.lower) && (word.text === 'I' || word.lower === 'we')) {
    const plural = word.lower === 'we';
    return {
      subject: { type: 'first-person', plural, range: { start: word.start, end: word.end } },
      length: 1,
    };
  }
  if (SUBJECT_OPENERS.has(word.lower)) {
    // "her sister", "the old man", "the Rabbit": up to three modifiers, then the head noun.
    for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
      const w = mustAt(words, j);
      if (!/^\p{L}/u.test(w.text)) break;
      const next = words[j + 1];
      const headHere =
        next === undefined || !/^\p{L}/u.test(next.text) || isSpeechVerb(next.lower) || j === i + 4;
      if (nounGender(w.lower) !== 'unknown' || headHere) {
        return {
          subject: {
            type: 'nominal',
            gender: nounGender(w.lower),
            determiner: word.lower,
            head: w.lower,
            capitalised: /^\p{Lu}/u.test(w.text),
            range: { start: word.start, end: w.end },
          },
          length: j - i + 1,
        };
      }
    }
    return null;
  }
  if (/^\p{Lu}/u.test(word.text) && !isSpeechVerb(word.lower)) {
    let j = i;
    while (words[j + 1] !== undefined && /^\p{Lu}/u.test(mustAt(words, j + 1).text)) j++;
    const last = mustAt(words, j);
    return {
      subject: { type: 'unknown-name', text: last.text, range: { start: word.start, end: last.end } },
      length: j - i + 1,
    };
  }
  return null;
}

/** The end of words[i] in the words joined by single spaces. */
function wordEnd(words: Word[], i: number): number {
  let end = 0;
  for (let k = 0; k <= i; k++) end += mustAt(words, k).text.length + (k > 0 ? 1 : 0);
  return end;
}

/** "to Jane" after the verb: the character the tag says is spoken to. */
function addresseeAfter(words: Word[], i: number, mentions: MentionIndex): string | undefined {
  for (let j = i; j < Math.min(words.length, i + 4); j++) {
    const w = mustAt(words, j);
    if (/^[,;:.!?]$/.test(w.text)) return undefined;
    if (w.lower === 'to') {
      const next = words[j + 1];
      if (next === undefined) return undefined;
      return mentions.within(next.start, next.end + 40).find((m) => m.start <= next.end + 1)?.id;
    }
  }
  return undefined;
}

function isVerbAt(words: Word[], i: number, allowAny: boolean, capitalised = false): boolean {
  const w = words[i];
  if (w === undefined) return false;
  if (isSpeechVerb(w.lower, words[i + 1]?.lower) && (capitalised || /^\p{Ll}/u.test(w.text))) return true;
  if (!/^\p{Ll}/u.test(w.text)) return false;
  return allowAny && /(?:ed|s)$/.test(w.lower) && w.lower.length > 3 && !ADVERB_LIKE.test(w.lower);
}

/**
 * Indirect speech opening at `start`: a subject of up to three words, a speech verb, then "that",
 * "whether"... ("Lucy mumbled that those seemed very odd people"): a turn of the conversation told,
 * not quoted.
 */
export function reportsSpeech(text: string, start: number, end: number): boolean {
  const words = wordsOf(text, start, Math.min(end, start + 80)).filter((w) => /^\p{L}/u.test(w.text));
  for (let i = 1; i <= 3 && i + 1 < words.length; i++) {
    const word = mustAt(words, i);
    if (isSpeechVerb(word.lower)) return INDIRECT.has(mustAt(words, i + 1).lower);
  }
  return false;
}

/** Not indirect speech: "replied that he had not" tells what was said, it does not tag a quotation. */
function tagEnds(words: Word[], after: number): boolean {
  const next = words[after];
  return next === undefined || !INDIRECT.has(next.lower);
}

/** The character a voice is said to be "that of" in the words from `from` ("..., which Margaret knew to be that of Mrs. Gibson"). */
function voiceOwner(words: Word[], from: number, mentions: MentionIndex): TagSubject | undefined {
  for (let k = from; k + 2 < words.length; k++) {
    const w = mustAt(words, k);
    if (/^[.;:!?]$/.test(w.text)) return undefined;
    if (w.lower !== 'that' || words[k + 1]?.lower !== 'of') continue;
    const at = mustAt(words, k + 2);
    const named = mentions.within(at.start, at.end + 40).find((m) => m.start === at.start);
    return named === undefined
      ? undefined
      : { type: 'name', id: named.id, range: { start: named.start, end: named.end } };
  }
  return undefined;
}

/**
 * The tag at the start of the narration after a quotation part ("said she", "Elizabeth replied",
 * "cried his wife impatiently"); `looseVerb` admits other -ed verbs when the part ended on a
 * comma ("Yes," she smiled).
 */
export function tagAfter(
  text: string,
  start: number,
  end: number,
  mentions: MentionIndex,
  looseVerb: boolean,
): SpeechTag | null {
  const words = wordsOf(text, start, Math.min(end, start + 160)).slice(0, 14);
  let i = 0;
  // "“Yes,” at last said Jane": skip up to two adverbs before the verb or the subject.
  while (i < 2 && words[i] !== undefined && ADVERB_LIKE.test(mustAt(words, i).lower)) i++;
  // "advised Jo": after a comma any -ed verb before a name is a tag; a pronoun or description
  // subject needs a speech verb ("walked he" is not English, "looked the man" is not a tag).
  const looseInverted = looseVerb && (words[i + 1]?.text ?? '').match(/^\p{Lu}/u) !== null;
  if (isVerbAt(words, i, looseInverted)) {
    const verb = mustAt(words, i);
    // "replied another voice, which Margaret knew to be that of Mrs. Gibson": the voice's owner.
    const owner =
      /^(?:a|another|the|one|some)$/.test(words[i + 1]?.lower ?? '') && words[i + 2]?.lower === 'voice'
        ? voiceOwner(words, i + 3, mentions)
        : undefined;
    if (owner !== undefined) return { subject: owner, verb: verb.lower, side: 'after' };
    const subject = subjectAt(words, i + 1, mentions);
    if (subject !== null) {
      const tag: SpeechTag = { subject: subject.subject, verb: verb.lower, side: 'after' };
      const addressee = addresseeAfter(words, i + 1 + subject.length, mentions);
      if (addressee !== undefined) tag.addressee = addressee;
      if (tagEnds(words, i + 1 + subject.length)) return tag;
    }
    return null;
  }
  const subject = subjectAt(words, i, mentions);
  if (subject === null) return null;
  let j = i + subject.length;
  while (j < i + subject.length + 2 && words[j] !== undefined && ADVERB_LIKE.test(mustAt(words, j).lower))
    j++;
  if (!isVerbAt(words, j, looseVerb)) return null;
  if (!tagEnds(words, j + 1)) return null;
  const tag: SpeechTag = { subject: subject.subject, verb: mustAt(words, j).lower, side: 'after' };
  const addressee = addresseeAfter(words, j + 1, mentions);
  if (addressee !== undefined) tag.addressee = addressee;
  return tag;
}

const ASIDE_PREPOSITIONS = new Set([
  'at',
  'to',
  'with',
  'by',
  'for',
  'from',
  'of',
  'on',
  'upon',
  'in',
  'into',
  'toward',
  'towards',
  'over',
  'under',
  'about',
]);

/**
 * The object closing an aside between a tag's subject and its verb ("Hannah, clearing the cups,
 * said,", "Jane, with a glance at her sister, said,"): a participle's or a preposition's object
 * right before the comma before the verb, not the one who speaks.
 */
function isAsideObject(words: readonly Word[], from: number, to: number, verb: number): boolean {
  if (to !== verb - 1 || words[to]?.text !== ',') return false;
  const lead = words[from - 1]?.lower ?? '';
  return (lead.length > 4 && lead.endsWith('ing')) || ASIDE_PREPOSITIONS.has(lead);
}

/**
 * "A classmate named Stewart Snyder, a competent bulky young man in a gray flannel shirt, ... and
 * the green-and-purple class cap, grumbled to her": a description just before the verb, set off by
 * a comma, ends an apposition; its head is the name opening it, followed by a comma, in the same
 * sentence before `before`.
 */
function appositionHead(
  text: string,
  start: number,
  before: number,
  mentions: MentionIndex,
): TagSubject | null {
  const words = wordsOf(text, Math.max(start, before - 400), before);
  let from = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    if (/^[.!?;:]$/.test(mustAt(words, k).text)) {
      from = k + 1;
      break;
    }
  }
  for (let i = from; i < words.length; i++) {
    const found = subjectAt(words, i, mentions);
    if (found?.subject.type === 'name' && words[i + found.length]?.text === ',') return found.subject;
  }
  return null;
}

/**
 * The tag in the narration that introduces a quotation, ending in a comma, colon or dash right
 * before it ("Elizabeth said:", "said Jane, turning to her sister,", "Then she asked,").
 */
export function tagBefore(
  text: string,
  start: number,
  end: number,
  mentions: MentionIndex,
): SpeechTag | null {
  const tail = text.slice(start, end);
  if (!/[,:—–-]\s*$/.test(tail)) return null;
  const clauseStart = Math.max(start, end - 200);
  const all = wordsOf(text, clauseStart, end);
  // The last clause: after the last sentence end.
  let from = 0;
  for (let k = all.length - 2; k >= 0; k--) {
    const previous = all[k - 1];
    const abbreviation =
      mustAt(all, k).text === '.' &&
      previous !== undefined &&
      (ABBREVIATIONS.has(previous.lower) || /^\p{Lu}$/u.test(previous.text));
    if (/^[.!?;]$/.test(mustAt(all, k).text) && !abbreviation) {
      from = k + 1;
      break;
    }
  }
  const words = all.slice(from);
  for (let v = words.length - 1; v >= 0; v--) {
    // "Said she:" opens its sentence with the verb.
    if (!isVerbAt(words, v, false, v === 0)) continue;
    const verb = mustAt(words, v);
    // Inverted ("said Elizabeth:") first, then the nearest subject before the verb.
    const after = subjectAt(words, v + 1, mentions);
    if (after !== null && after.subject.type !== 'nominal') {
      return { subject: after.subject, verb: verb.lower, side: 'before' };
    }
    for (let s = v - 1; s >= Math.max(0, v - 8); s--) {
      const candidate = subjectAt(words, s, mentions);
      if (candidate !== null && isAsideObject(words, s, s + candidate.length, v)) continue;
      if (candidate !== null && s + candidate.length <= v) {
        const subject =
          candidate.subject.type === 'nominal' && s + candidate.length === v - 1 && words[v - 1]?.text === ','
            ? (appositionHead(text, start, words[s]?.start ?? end, mentions) ?? candidate.subject)
            : candidate.subject;
        const tag: SpeechTag = { subject, verb: verb.lower, side: 'before' };
        const addressee = addresseeAfter(words, v + 1, mentions);
        if (addressee !== undefined) tag.addressee = addressee;
        return tag;
      }
    }
    return null;
  }
  return null;
}

const VOCATIVE_LEAD = /(?:^|[,;:!?.—–(]|\b(?:dear|my|oh|o|ah|now|well|yes|no|good|poor|sir|madam|you))\s*$/iu;
const VOCATIVE_TRAIL = /^\s*(?:[,;:!?.—–)]|$)/u;
/** A common noun set off as a vocative ("I don't know, aunt." / "Yes, Doctor!"). */
const CALLING_VOCATIVE =
  /(?:^|[,;:!?.—–]|\b(?:dear|my|oh|o|ah|now|well|yes|no|good|poor|you))\s*(\p{L}+)(?=\s*(?:[,;:!?.—–)]|$))/giu;

/**
 * Characters a quotation addresses by name: a name set off by commas or the quotation's edges
 * ("My dear Mr. Bennet," / "Now, Dinah, tell me" / "...to be sure, Lizzy!"), or by the word that
 * stands before one character's name ("aunt" for "Aunt Polly"), which `calledBy` looks up. Not in a
 * quotation the speaker quotes: there someone else calls ("'What does this mean, John?' he
 * stammered", in John's own account).
 */
export function vocatives(
  text: string,
  parts: readonly TextRange[],
  mentions: MentionIndex,
  calledBy: (word: string) => string | undefined = () => undefined,
): string[] {
  const found: string[] = [];
  const quoted = parts.flatMap((part) => innerQuotationParts(text, part));
  const isQuoted = (at: number) => quoted.some((q) => q.start <= at && at < q.end);
  for (const part of parts) {
    const inner = text.slice(part.start + 1, Math.max(part.start + 1, part.end - 1));
    for (const m of inner.matchAll(CALLING_VOCATIVE)) {
      if (isQuoted(part.start + 1 + m.index)) continue;
      const id = calledBy((m[1] ?? '').toLowerCase());
      if (id !== undefined && !found.includes(id)) found.push(id);
    }
  }
  for (const part of parts) {
    const innerStart = part.start + 1;
    const innerEnd = Math.max(innerStart, part.end - 1);
    for (const m of mentions.within(innerStart, innerEnd)) {
      if (isQuoted(m.start)) continue;
      const lead = text.slice(Math.max(innerStart, m.start - 24), m.start);
      const trail = text.slice(m.end, Math.min(innerEnd, m.end + 3));
      if (!VOCATIVE_LEAD.test(lead) && m.start !== innerStart) continue;
      if (!VOCATIVE_TRAIL.test(trail) && m.end !== innerEnd) continue;
      // A name that is the whole quotation answers a question ("Bingley.") unless it is called out
      // ("Tom!", "Annie," she said).
      const alone = !/[\p{L}]/u.test(lead) && !/[\p{L}]/u.test(text.slice(m.end, innerEnd));
      if (alone && !/^\s*[!?,]/u.test(text.slice(m.end, innerEnd))) continue;
      if (!found.includes(m.id)) found.push(m.id);
    }
  }
  return found;
}
