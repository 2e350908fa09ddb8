/**
 * Where characters act, speak or write in the narration or an account, for the check of what
 * follows a death.
 */

import type { Span } from '@george/text';
import { ACTION_VERBS, MEMORY_WORDS, NOT_ACTIONS } from '../lexicon.js';
import { type Anchor, type FileText, isLate } from '../text.js';
import type { Fact } from '../types.js';
import { tellerKin } from './teller-kin.js';

/**
 * A speech tag before a name: "“Where is it?” asked Mary", "slower? said the Whiting", "Said Captain
 * Rust to the Corporal Rain". Its verb opens the sentence or follows a quotation's close or a spoken
 * "!" or "?", so the name after it is the verb's subject; a verb after its own subject ("She called
 * my wife young Mrs. Nat", "I asked Ashgrove", "The card said Mr. Thomas Brand") or a noun ("a man
 * called Dowd") has the name for its object. Matched against the sentence up to the name.
 */
const SPEECH_TAG_BEFORE =
  /(?:^|(?<=(?:[!?]|["”’'])\s+))(?:said|cried|replied|asked|answered|exclaimed|whispered|shouted|returned|observed|remarked|added|continued|repeated|muttered|began|called|screamed|shrieked)\s+(?:the\s+)?$/i;

/**
 * A tag right after a quotation's closing mark, whatever its verb: "“She was ever a good girl,”
 * sobbed Madame Moritz", "‘Nonsense!’ growled the Captain", "“…,” put in Mary". The mark closes a
 * spoken sentence (a comma, "!" or "?" before it), so the verb and the name after it are the tag.
 */
const SPEECH_TAG_AFTER_QUOTE =
  /(?<=[,!?]["”’]\s+)(?:[a-z]+ed|said|cried|spoke|wept|sang|began|went\s+on|put\s+in|broke\s+in)\s+(?:the\s+)?$/i;

/**
 * A subject pronoun's tag after a quotation's close: "“Go away,” she retorted", "“Hush!” he
 * whispered" (the verb after the pronoun), or "“Go,” said he" (SPEECH_TAG_AFTER_QUOTE, before it).
 * Not "“Go,” she had said", told of another time.
 */
const QUOTE_CLOSED_BEFORE = /(?<=[,!?])["”’]\s+$/;
/** A death told between a name and a "he" that may stand for it ("Hale died. “Poor man,” he said"). */
const DEATH_WORD = /\b(?:died|dead|killed|drowned|perished|murdered|hanged|slain|buried|passed\s+away)\b/i;

const TAG_VERB_AFTER = /^\s+(?:said|spoke|cried|wept|sang|began|went\s+on|[a-z]+ed)\b/i;

/**
 * The tag of a subject "he" or "she" after a quotation, when the quotation's attribution is sure
 * the speaker is the one the resolver gives the pronoun to, and the last person the paragraph's
 * narration names before it who may be of the pronoun's sex is that one, with no death told after
 * the name (a "he" with no name near, or after a death, may be the dead man's by salience alone);
 * null otherwise.
 */
function pronounTag(file: FileText, anchor: Anchor): Span | null {
  if (!/^(?:he|she)$/i.test(file.text.slice(anchor.start, anchor.end))) return null;
  const before = file.text.slice(Math.max(0, anchor.start - 30), anchor.start);
  const inverted = SPEECH_TAG_AFTER_QUOTE.exec(before);
  const verb = inverted ? null : TAG_VERB_AFTER.exec(file.text.slice(anchor.end, anchor.end + 20));
  const closed = verb ? QUOTE_CLOSED_BEFORE.exec(before) : null;
  const at = inverted?.index ?? closed?.index;
  if (at === undefined) return null;
  const upTo = before.slice(0, at + 1);
  const close = Math.max(upTo.lastIndexOf('"'), upTo.lastIndexOf('”'), upTo.lastIndexOf('’'));
  const quotation = close > 0 ? file.voiceAt(anchor.start - before.length + close - 1) : null;
  if (quotation?.sure !== true || quotation.speakerKey !== anchor.key) return null;
  const other = /^he$/i.test(file.text.slice(anchor.start, anchor.end)) ? 'female' : 'male';
  const paragraph = file.text.lastIndexOf('\n', anchor.start) + 1;
  const named = file
    .anchorsIn(paragraph, anchor.start)
    .filter((a) => a.named && file.voiceAt(a.start) === null && file.genders.get(a.key) !== other)
    .at(-1);
  if (
    named === undefined ||
    named.key !== anchor.key ||
    DEATH_WORD.test(file.text.slice(named.end, anchor.start))
  )
    return null;
  return inverted
    ? { start: anchor.start - inverted[0].length, end: anchor.end }
    : { start: anchor.start, end: anchor.end + (verb?.[0].length ?? 0) };
}

/**
 * "A letter from Henry Clerval reached me", "received a note from Jane": the character named next
 * writes, when the letter arrives here (before or after the name), not one read again or kept.
 */
const LETTER_FROM_BEFORE =
  /\b(?:a|an|another)\s+(?:[a-z]+\s+)?(?:letter|note|message|epistle)(?:\s+of\s+[a-z]+)?\s+from\s+$/i;

const LETTER_RECEIVED_BEFORE = /\b(?:received|receive|receiving|brought|handed|delivered)\b/i;

const LETTER_ARRIVES_AFTER =
  /^[^.;:!?]{0,40}?\b(?:reached|arrived|came|was\s+(?:brought|delivered|handed))\b/i;

/** Where "a letter from <anchor>" starts when that letter arrives in this sentence; null otherwise. */
function letterArrivingFrom(file: FileText, anchor: Anchor, sentence: Span): number | null {
  const lead = file.text.slice(Math.max(sentence.start, anchor.start - 60), anchor.start);
  const letter = LETTER_FROM_BEFORE.exec(lead);
  if (!letter) return null;
  const arrives =
    LETTER_RECEIVED_BEFORE.test(lead.slice(0, letter.index)) ||
    LETTER_ARRIVES_AFTER.test(file.text.slice(anchor.end, sentence.end));
  return arrives ? anchor.start - lead.length + letter.index : null;
}

/**
 * "Thomas Hale's letter arrived", "My mother's note came by the post": a letter under its writer's
 * possessive, arriving in its sentence. Not one the possessive's modifier dates earlier ("his last
 * letter", "her old letters").
 */
const OWN_LETTER_AFTER =
  /^['’]s\s+(?:(?!last|old|final|first|earlier|former)[a-z]+\s+)?(?:letter|note|message|epistle|reply|telegram)\b/i;

/** Where the possessive's own letter ends when it arrives in its sentence; null otherwise. */
function ownLetterArriving(file: FileText, anchor: Anchor, sentence: Span): number | null {
  const letter = OWN_LETTER_AFTER.exec(file.text.slice(anchor.end, Math.min(sentence.end, anchor.end + 40)));
  if (letter === null) return null;
  const end = anchor.end + letter[0].length;
  const arrives = LETTER_ARRIVES_AFTER.exec(file.text.slice(end, sentence.end));
  return arrives === null ? null : end + arrives[0].length;
}

/** "wrote", "at once wrote", "regularly wrote" right after the name. */
const WRITES_AFTER = /^\s+(?:(?:at\s+once|then|also|[a-z]+ly)\s+)?wrote\b/i;

/**
 * A letter sent, which its sender writes: "sent round a second letter", "sent her a note". With its
 * object named it is no relative clause ("the letter Ann Lacey sent me" is one read again).
 */
const SENDS_LETTER_AFTER =
  /^\s+(?:(?:at\s+once|then|also|[a-z]+ly)\s+)?sent\s+(?:(?:round|off|back|over|up)\s+)?(?:(?:him|her|me|us|them)\s+)?(?:a|an|another|his|her)\s+(?:[a-z]+\s+)?(?:letter|note|message|line)\b/i;

/** A reflexive right after the name ("Mr. Hale himself"). */
const REFLEXIVE = /^\s+(?:himself|herself)/i;

/**
 * A haunting ("Thomas Hale haunted the old mill"): what the dead do as ghosts is no act of theirs
 * after death (MEMORY_WORDS has "ghost" and "spirit", not the verb).
 */
const HAUNTING = /\bhaunt(?:s|ed|ing)?\b/i;

/**
 * A time of the character's life long past, told before the name as the time of what follows: "As a
 * boy Thomas Hale had walked to the mill", "In her girlhood Mary rode", "When she was a girl,". What
 * the dead did then is a flashback, no act after the death. Not "dressed as a boy" (a disguise),
 * "as pleased as a boy" (a likeness), nor a time after the name ("Tansy saw what she must have
 * looked like when she was young": another's youth).
 */
const EARLIER_LIFE =
  /(?<!\b(?:dressed|disguised|treated|regarded|known|seen|her|him|them|me|us)\s|\bas\s+[a-z]+\s)\bas\s+a\s+(?:boy|girl|child|lad|lass|youth|young\s+(?:man|woman|girl)|schoolboy|schoolgirl)\b|\bin\s+(?:his|her)\s+(?:youth|boyhood|girlhood|childhood|young\s+days)\b|\bwhen\s+(?:he|she)\s+was\s+(?:(?:a\s+)?(?:boy|girl|child|lad|lass)|young|little)\b/i;

/**
 * "Thomas Hale's voice came from the hall", "Mary's clear voice was heard on the stair": a voice
 * under its owner's possessive, sounding in its sentence. Not one only remembered or described
 * ("her voice was low", "his voice had always been gentle").
 */
const OWN_VOICE_AFTER =
  /^['’]s\s+(?:[a-z]+\s+)?voice\s+(?:(?:was|were)\s+(?:then\s+|again\s+|suddenly\s+)?heard|came|rose|called|cried|rang|sounded|answered|replied|said|broke\s+in|interrupted|went\s+on)\b/i;

/** Where the possessive's own voice, heard in its sentence, ends; null otherwise. */
function ownVoiceHeard(file: FileText, anchor: Anchor): number | null {
  const heard = OWN_VOICE_AFTER.exec(file.text.slice(anchor.end, anchor.end + 60));
  return heard === null ? null : anchor.end + heard[0].length;
}

/** Words before a subject that make its deed a condition, a wish or a likeness, not a deed done. */
const CONDITIONAL = /\b(?:if|would|could|might|should|wish|wished|as if|as though|unless|whether)\b/i;

/**
 * "who had been somewhat used to the sea", "was used to it": "used to" after a verb of being is
 * being accustomed, not the habit of the past that MEMORY_WORDS reads in "used to walk".
 */
const ACCUSTOMED =
  /\b(?:been|was|were|is|are|be|am|get|got|grown|grew|become|became)\s+(?:(?:somewhat|quite|well|much|so|too|not|long|little)\s+)*used\s+to\b/gi;

/** "as he had done", "than she had": the clause before the subject opens a comparison. */
const COMPARISON_BEFORE = /\b(?:as|than|like)\s+$/i;

/** "could even listen to Sir William", "heard Justine": the character named next is speaking. */
const LISTEN_BEFORE = /\b(?:listen(?:ed|ing)?\s+to|heard)\s+$/i;

/**
 * The act after a name: "Mr. Hale came", "Mr. Hale himself, leaning on a cane, came slowly", "Mary
 * was sewing", a doing the subject is taken up with ("Mrs. Jenkinson was chiefly employed in
 * watching", "was busy mending", "were engaged in packing"), a perfect participle opening an
 * absolute clause ("my father having come every week"), an act "at last" or "at length" ("when
 * Beaufort at last consented"), a present perfect of a plural subject ("my father and I have
 * lived": a teller's present shared with them), and being seen, heard or met, which only
 * the living are ("Dr. Roylott was seen by his own blacksmith"; not "was never seen again", "was
 * last seen", "was heard of", "was seen no more", "was seen lying dead"), and a deed one is driven
 * to ("the captain and Radney were forced to enlist", "was obliged to sell"). Groups: `aside` an
 * aside between commas, `partner` another subject after "and", `perfect` the auxiliary, `doing` a
 * verb in "-ing" after "was", `seen` a verb of being seen, `driven` the verb after "forced to",
 * `verb` any other.
 */
const ACT_AFTER =
  /^(?:\s+(?:himself|herself))?(?<aside>\s*,[^,;:"“”]{1,60},)?(?:\s+and\s+(?!(?:my|his|her|their|our|your|its|the|a|an)\s)(?<partner>(?:[\p{L}.’']+\s+){0,2}?[\p{L}.’']+))?\s+(?:(?:then|also|at\s+once|at\s+last|at\s+length|once\s+more|again|instantly|quickly|slowly|now|soon|presently|immediately|suddenly|[a-z]+ly)\s+){0,2}(?:(?<perfect>had|having|have)\s+(?:(?:now|then|also|already|at\s+once|at\s+last|soon|[a-z]+ly)\s+)?)?(?:(?:was|were)\s+(?:(?:[a-z]+ly\s+)?(?:busy|busily|employed|engaged|occupied|busied)\s+(?:(?:in|with|at|about)\s+)?)?(?<doing>[a-z]+ing)|(?:was|were)\s+(?:(?:often|again|once|twice|still|afterwards|then|now|soon)\s+)?(?<seen>seen|heard|met|observed|noticed|spotted|glimpsed)\b(?!\s+(?:of|no\s+more|lying|floating|dead)\b)|(?:was|were)\s+(?:forced|obliged|compelled)\s+to\s+(?<driven>[a-z]+)|(?<verb>[a-z]+))\b/iu;

/**
 * The lead of a name at its sentence's start or right after a clause's punctuation; narrower than
 * CLAUSE_OPENS (no conjunction or quotation mark before the name), for a participle read as a deed.
 */
const PUNCTUATION_OPENS = /(?:^|[;:,—]|--)\s*$/;

/**
 * A time opening the sentence before the name, whose clause the name then opens as a subject: "In
 * June", "On the Monday", "That evening", "The next morning". Not "the day" or "the morning" alone,
 * which a relative clause may follow ("On the day Ann Lacey wrote to me").
 */
const TIME_OPENS =
  /^\s*(?:(?:in|on|at|by|early\s+in|late\s+in)\s+(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|sunday|monday|tuesday|wednesday|thursday|friday|saturday|christmas|easter|michaelmas|midsummer)|(?:(?:early|late)\s+)?(?:that|this|next|the\s+next|the\s+following|the\s+same|one)\s+(?:morning|afternoon|evening|night|day|week|month|spring|summer|autumn|winter|sunday|monday|tuesday|wednesday|thursday|friday|saturday))\s*,?\s*$/i;

/** Words in "-ing" after a name that are no doing: a state, a death, or not a verb. */
const NOT_DOING =
  /^(?:being|having|dying|nothing|something|anything|everything|thing|morning|evening|during|notwithstanding)$/;

/** Past participles of acts unlike their past tense, after "had" ("had come back", "had spoken"). */
const PAST_PARTICIPLES = new Set(
  'come gone spoken taken given seen risen arisen run begun done eaten written driven ridden thrown drawn fallen shown sworn torn worn woken awoken sung swum stolen'.split(
    ' ',
  ),
);

/** "I" or "we": a subject that is never a character named in the third person. */
const FIRST_PERSON = /^(?:I|we)$/i;

/**
 * Whether the subject after "and" from `from` is another than the name at `anchor`: the teller ("I",
 * "we") or another named character. A "he" or "she" may be the name again ("Abel Crouch, of Amwell
 * Street, and he took").
 */
function otherSubject(file: FileText, anchor: Anchor, from: number, partner: string): boolean {
  if (FIRST_PERSON.test(partner)) return true;
  const end = file.text.indexOf(partner, from) + partner.length;
  return file.anchorsIn(from, end).some((a) => a.named && a.type === 'character' && a.key !== anchor.key);
}

function isAction(verb: string): boolean {
  const v = verb.toLowerCase();
  return ACTION_VERBS.has(v) || (/^[a-z]{3,}ed$/.test(v) && !NOT_ACTIONS.has(v));
}

/**
 * Where characters act, speak or write in the narration or an account: a name (or a resolved
 * subject pronoun) followed by a verb in the past ("Justine came", "Daggoo roused", "were
 * stopping"), or named by a speech tag ("said the Dormouse"). Sentences of memory, dream, report
 * or wish are left out.
 */
export function acts(file: FileText): Fact[] {
  const out: Fact[] = [];
  const memory = new Map<number, boolean>();
  // A teller's "my father" or "my wife" acts as a name does ("my father and I repaired to a judge").
  for (const anchor of [...file.anchors, ...tellerKin(file, 0, file.text.length)]) {
    if (anchor.type !== 'character') continue;
    if (!anchor.named && !/^(?:he|she)$/i.test(file.text.slice(anchor.start, anchor.end))) continue;
    // An account (a letter, a story told at length) is weighed like the narration; dialogue is not.
    const voice = file.voiceAt(anchor.start)?.voice ?? 'narration';
    if (voice === 'speech') continue;
    // "the kindness of the late Mr. Darcy ... agreed": whom the text calls late there does not act.
    if (isLate(file.text, anchor)) continue;
    const sentence = file.sentenceAt(anchor.start);
    // A possessive acts only by its own letter arriving ("Thomas Hale's letter arrived") or its
    // own voice heard ("Thomas Hale's voice came from the hall").
    const ownLetterEnd = anchor.possessive ? ownLetterArriving(file, anchor, sentence) : null;
    const ownVoiceEnd = anchor.possessive && ownLetterEnd === null ? ownVoiceHeard(file, anchor) : null;
    if (anchor.possessive && ownLetterEnd === null && ownVoiceEnd === null) continue;
    const letterAt = anchor.named
      ? ownLetterEnd === null
        ? letterArrivingFrom(file, anchor, sentence)
        : anchor.start
      : null;
    // "Ann Lacey wrote to me every week, long letters full of news": a writer opening the clause
    // (or after a time that opens it, "In June Ann Lacey wrote") writes, and the letters are no
    // sign of memory ("the letters Ann Lacey wrote", read again, are).
    const writes =
      anchor.named &&
      ((WRITES_AFTER.test(file.text.slice(anchor.end, anchor.end + 30)) &&
        (PUNCTUATION_OPENS.test(file.text.slice(sentence.start, anchor.start)) ||
          TIME_OPENS.test(file.text.slice(sentence.start, anchor.start)))) ||
        SENDS_LETTER_AFTER.test(file.text.slice(anchor.end, anchor.end + 60)));
    if (EARLIER_LIFE.test(file.text.slice(sentence.start, anchor.start))) continue;
    if (letterAt !== null || writes) {
      // The letter itself is no sign of memory here; any other memory word still is.
      const rest = file.text.slice(sentence.start, sentence.end).replace(/\b(?:letters?|written)\b/gi, '');
      if (MEMORY_WORDS.test(rest.replace(ACCUSTOMED, ''))) continue;
    } else {
      let remembered = memory.get(sentence.start);
      if (remembered === undefined) {
        const text = file.text.slice(sentence.start, sentence.end).replace(ACCUSTOMED, '');
        remembered = MEMORY_WORDS.test(text) || HAUNTING.test(text);
        memory.set(sentence.start, remembered);
      }
      if (remembered) continue;
    }
    // A pronoun counts only after the sentence names its character ("Sir William, when he
    // complimented him"): a character just dead is the most salient antecedent of every "he".
    // A pronoun's tag after a quotation is as sure as the quotation's attribution.
    const pronounTagged = anchor.named ? null : pronounTag(file, anchor);
    if (
      !anchor.named &&
      pronounTagged === null &&
      !file.anchorsIn(sentence.start, anchor.start).some((a) => a.named && a.key === anchor.key)
    ) {
      continue;
    }
    const before = file.text.slice(Math.max(sentence.start, anchor.start - 30), anchor.start);
    let from = anchor.start;
    let end = -1;
    let verb = '';
    let weight = anchor.named ? 1 : 0.7;
    const tag =
      SPEECH_TAG_BEFORE.exec(file.text.slice(sentence.start, anchor.start)) ??
      SPEECH_TAG_AFTER_QUOTE.exec(before) ??
      LISTEN_BEFORE.exec(before);
    if (tag && anchor.named) {
      from = anchor.start - tag[0].length;
      end = anchor.end;
      verb = 'spoke';
    } else if (pronounTagged !== null) {
      from = pronounTagged.start;
      end = pronounTagged.end;
      verb = 'spoke';
    } else if (letterAt !== null) {
      from = letterAt;
      end = ownLetterEnd ?? anchor.end;
      verb = 'wrote';
    } else if (ownVoiceEnd !== null) {
      if (CONDITIONAL.test(file.text.slice(sentence.start, anchor.start).slice(-40))) continue;
      end = ownVoiceEnd;
      verb = 'spoke';
    } else {
      const m = ACT_AFTER.exec(file.text.slice(anchor.end, Math.min(sentence.end, anchor.end + 120)));
      const {
        aside,
        partner,
        perfect,
        doing: doingAfterWas,
        seen,
        driven,
        verb: otherVerb,
      } = m?.groups ?? {};
      const word = doingAfterWas ?? seen ?? driven ?? otherVerb;
      if (!m || word === undefined) continue;
      // After an aside, ", and I went" or ", and Marlow turned" opens a clause of its own subject:
      // the name before the aside was an object ("I showed it to my wife, who laughed and said that
      // she would let me, and I went"), its verb is the other's.
      if (
        aside !== undefined &&
        partner !== undefined &&
        otherSubject(file, anchor, anchor.end + m[0].indexOf(aside) + aside.length, partner)
      )
        continue;
      const participle = perfect !== undefined && PAST_PARTICIPLES.has(word.toLowerCase());
      // "; the carpenter caulking its seams", ", Fedallah himself tailing on to the brace": a present
      // participle right after a name (and its reflexive) that opens a clause is the name's doing
      // (an absolute clause); "saw Thomas walking" may be a dream's.
      const doing =
        m[0].replace(REFLEXIVE, '').trim() === word &&
        /^[a-z]{2,}ing$/.test(word) &&
        !NOT_DOING.test(word) &&
        PUNCTUATION_OPENS.test(file.text.slice(sentence.start, anchor.start));
      if (
        doingAfterWas === undefined &&
        seen === undefined &&
        driven === undefined &&
        !participle &&
        !doing &&
        !isAction(word)
      )
        continue;
      // An account tells in the past what came before its "had" ("that William had run away"):
      // a letter of a death goes back to what led to it. Its "have" is the teller's present ("my
      // father and I have lived happily since"), after what the account tells in the past.
      if (perfect !== undefined && perfect.toLowerCase() !== 'have' && voice === 'account') continue;
      if (perfect !== undefined || doing) weight *= 0.7;
      const lead = file.text.slice(sentence.start, anchor.start);
      // "trimmed the wick, as he had done every morning": a comparison with the character's past,
      // not a deed of this moment.
      if (COMPARISON_BEFORE.test(lead) && perfect !== undefined) continue;
      if (CONDITIONAL.test(lead.slice(-40))) continue;
      end = anchor.end + m[0].length;
      verb = writes || /^(?:wrote|written)$/i.test(word) ? 'wrote' : word.toLowerCase();
    }
    out.push({
      ...file.passage(from, end),
      entityKey: anchor.key,
      kind: 'act',
      value: verb === 'spoke' ? 'spoke' : verb === 'wrote' ? 'wrote' : 'acted',
      detail: verb,
      objectKey: null,
      low: null,
      high: null,
      voice,
      speakerKey: null,
      hedged: false,
      change: false,
      confidence: Math.round(anchor.confidence * weight * 100) / 100,
    });
  }
  return out;
}

/** The first and last three acts of each character in each chapter are enough for the check. */
export function keepFewActs(all: Fact[]): Fact[] {
  const groups = new Map<string, Fact[]>();
  for (const f of all) {
    const key = `${f.entityKey}|${f.chapter}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const kept: Fact[] = [];
  for (const list of groups.values()) {
    kept.push(...(list.length <= 6 ? list : [...list.slice(0, 3), ...list.slice(-3)]));
  }
  return kept;
}
