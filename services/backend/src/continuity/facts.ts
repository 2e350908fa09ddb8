/**
 * Facts the text states about its entities, each with its exact passage: appearance (eyes, hair,
 * height, build, a lost or wounded limb and its side, scars), age and birth, origin and residence,
 * occupation and title, relations, status (dead, married, widowed, engaged) and counts.
 *
 * Patterns over sentences, anchored on the story bible's name mentions and on the pronouns the
 * resolver ties to characters ("her dark eyes" is Elizabeth's when "her" is). Relations come from
 * the story bible's own typed relations. A fact in dialogue is kept with its speaker ("I" and "my"
 * are the speaker's) and never outweighs the narration; a long quotation (a letter, a story told over paragraphs) is that
 * character's account, weighed like narration.
 */
import { LOOK_FACT_KINDS } from '@george/contracts/api';
import { parseNumber, type Span } from '@george/text';
import { OCCUPATIONS } from '../bible/lexicons.js';
import type { Extraction, SourceText } from '../bible/types.js';
import type { DialogueAnalysis, NarratorSpan } from '../dialogue/index.js';
import {
  ACTION_VERBS,
  ADULT_NOUNS,
  BODY_NOUNS,
  BODY_PARTS,
  BUILD_WORDS,
  BUILT_ADVERBS,
  CHANGE_WORDS,
  COUNT_EXCLUDED,
  COUNT_QUALIFIERS,
  EYE_COLOURS,
  HAIR_COLOURS,
  HAIR_WORDS,
  HEIGHT_WORDS,
  INJURY_WORDS,
  MEMORY_WORDS,
  NOT_ACTIONS,
  NOT_YET_WORDS,
  PERSON_NOUNS,
  SCAR_WORDS,
  STATURE_WORDS,
  UNREAL_MOOD_WORDS,
  UNREAL_WORDS,
} from './lexicon.js';
import { type Anchor, ELDER_SUFFIX, FileText, isLate } from './text.js';
import type { Fact, FactKind } from './types.js';

interface FactDraft {
  anchor: Anchor;
  kind: FactKind;
  value: string;
  /** The passage: from the owner (when close) to the end of what states the fact. */
  start: number;
  end: number;
  detail?: string | null;
  objectKey?: string | null;
  low?: number | null;
  high?: number | null;
  hedged?: boolean;
  change?: boolean;
  /** Lowers the confidence for a weak pattern. */
  weight?: number;
}

/**
 * Everything `extractFacts` needs beside the text: the story bible's extraction of it, the file's
 * quotations when the caller has them already (`analyseDialogue`), and the first-person narrators
 * the story analysis found (`narratorSpans`), whose "my" a few rules read.
 */
export function extractFacts(
  source: SourceText,
  extraction: Extraction,
  dialogue?: DialogueAnalysis,
  narrators: readonly NarratorSpan[] = [],
): Fact[] {
  const file = new FileText(source, extraction, dialogue, narrators);
  const facts: Fact[] = [];
  const add = (draft: FactDraft): void => {
    if (
      /^(?:I|my)$/.test(file.text.slice(draft.anchor.start, draft.anchor.end)) &&
      !SAID_OF_ONESELF.has(draft.kind)
    )
      return;
    const voice = file.voiceAt(draft.start);
    const hearsay = HEARSAY.test(file.text.slice(file.sentenceAt(draft.start).start, draft.start));
    const start = Math.min(
      draft.start,
      draft.anchor.start >= draft.start - 160 ? draft.anchor.start : draft.start,
    );
    const end = Math.max(draft.end, draft.anchor.end);
    facts.push({
      ...file.passage(start, end),
      entityKey: draft.anchor.key === '' ? null : draft.anchor.key,
      kind: draft.kind,
      value: draft.value,
      detail: draft.detail ?? null,
      objectKey: draft.objectKey ?? null,
      low: draft.low ?? null,
      high: draft.high ?? null,
      voice: voice?.voice ?? 'narration',
      speakerKey: voice?.speakerKey ?? null,
      hedged: draft.hedged ?? false,
      change: draft.change ?? false,
      confidence:
        Math.round(draft.anchor.confidence * (draft.weight ?? 1) * (hearsay ? HEARSAY_WEIGHT : 1) * 100) /
        100,
    });
  };
  for (const sentence of file.sentences) {
    const reader = new SentenceReader(file, sentence);
    appearance(reader, add);
    figure(reader, add);
    stature(reader, add);
    limbs(reader, add);
    age(reader, add);
    origin(reader, add);
    occupation(reader, add);
    statedCallings(reader, add);
    status(reader, add);
    unions(reader, add);
    counts(reader, add);
    kinship(reader, add);
  }
  titles(file, add);
  // "the late Mr. Darcy": the elder namesake is dead by then.
  for (const anchor of file.anchors) {
    if (!anchor.key.endsWith(ELDER_SUFFIX) || !isLate(file.text, anchor)) continue;
    const the = /\bthe\s+(?:late\s+)?$/i.exec(file.text.slice(Math.max(0, anchor.start - 12), anchor.start));
    add({
      anchor,
      kind: 'status',
      value: 'dead',
      detail: 'late',
      start: anchor.start - (the?.[0].length ?? 0),
      end: anchor.end,
    });
  }
  relations(file, extraction, facts);
  // "Justine died, she rested": an act in the sentence that tells its actor's death is part of the telling.
  const sentenceOf = (entityKey: string | null, offset: number): string =>
    `${entityKey}|${file.sentenceAt(offset).start}`;
  const deathSentences = new Set(
    facts
      .filter((f) => f.kind === 'status' && f.value === 'dead')
      .map((f) => sentenceOf(f.entityKey, f.start)),
  );
  facts.push(...keepFewActs(acts(file).filter((a) => !deathSentences.has(sentenceOf(a.entityKey, a.start)))));
  facts.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
  return dedupe(facts);
}

/**
 * What a speaker's "I" and "my" are kept for: their own person. "My cousin" and "I had two
 * daughters" are as often given to the wrong speaker (Mr. Bennet's words to Mr. Bingley) as
 * right, and would put kin and counts in the ledger under the wrong name.
 */
const SAID_OF_ONESELF: ReadonlySet<FactKind> = new Set([
  'age',
  'birth',
  'origin',
  'occupation',
  ...LOOK_FACT_KINDS,
]);

/**
 * The narration passing on what people heard ("by hearing, that instead of twelve he brought only
 * six with him from London--his five sisters and a cousin"): a rumour, often wrong by design.
 */
const HEARSAY = /\b(?:hearing|heard|reports?|reported|rumou?rs?|rumou?red|it\s+was\s+said)\s*,?\s+that\b/i;
const HEARSAY_WEIGHT = 0.5;

/** One statement found twice by overlapping patterns is kept once. */
function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.entityKey}|${f.kind}|${f.value}|${f.detail}|${f.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A sentence with its owners: possessives, appositives and clause subjects. */
class SentenceReader {
  readonly text: string;
  readonly start: number;
  readonly anchors: Anchor[];

  constructor(
    readonly file: FileText,
    readonly span: Span,
  ) {
    this.start = span.start;
    this.text = file.text.slice(span.start, span.end);
    this.anchors = file.anchorsIn(span.start, span.end);
  }

  /** Every match of `pattern` (global) with its absolute offset. */
  *matches(pattern: RegExp): Generator<{ match: RegExpExecArray; at: number }> {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(this.text); m !== null; m = pattern.exec(this.text)) {
      // An empty match ("^" before a number) would be found again at the same place.
      if (m[0] === '') pattern.lastIndex++;
      yield { match: m, at: this.start + m.index };
    }
  }

  /** The possessive right before `offset`: "Elizabeth's", "her", "his". */
  possessor(offset: number): Anchor | null {
    const a = this.file.anchorEndingAt(offset);
    return a?.possessive && a.type === 'character' ? a : null;
  }

  /**
   * "Name, ..." right before `offset` (the comma of an appositive, or "who was"); a dash opens an
   * appositive as a comma does ("Flask--a New Bedford man--").
   */
  appositive(offset: number): Anchor | null {
    const before = this.file.text.slice(Math.max(this.start, offset - 120), offset);
    const m = /(?:,|--|—)\s*(?:who\s+(?:was|is|had\s+been)\s+|then\s+|now\s+)?$/.exec(before);
    if (!m) return null;
    const a = this.file.anchorEndingAt(offset - m[0].length, 0);
    return a?.named && !a.possessive && a.type === 'character' ? a : null;
  }

  /**
   * The subject of the clause `offset` is in: the nearest name or subject pronoun before it with
   * no clause break (; : -- or a quotation's edge) between and at most `words` words between.
   */
  subject(offset: number, words = 12): Anchor | null {
    for (let i = this.anchors.length - 1; i >= 0; i--) {
      const a = this.anchors[i] as Anchor;
      if (a.start >= offset) continue;
      const gap = this.file.text.slice(a.end, offset);
      if (/[;:—“”"]|--/.test(gap)) return null;
      if (gap.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > words) return null;
      if (a.type !== 'character' || a.possessive) continue;
      // "looked at Jane", "to him": an object, not the subject.
      const before = this.file.text.slice(Math.max(this.start, a.start - 12), a.start);
      if (/\b(?:at|to|with|by|for|from|of|on|upon|than|like|and|him|her|them)\s+$/i.test(before)) continue;
      return a;
    }
    return null;
  }

  /** The clause around `offset` (between , ; : -- and the sentence's edges) for marker words. */
  clause(offset: number): string {
    const before = this.file.text.slice(this.start, offset);
    const after = this.file.text.slice(offset, this.span.end);
    const from = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('--'));
    const to = after.search(/[;:]|--/);
    return before.slice(from + 1) + (to >= 0 ? after.slice(0, to) : after);
  }
}

type Add = (draft: FactDraft) => void;

/** A name, or "he"/"she"/"I": what can be the subject of "was a tall man" or "was fifty". */
function subjectLike(file: FileText, a: Anchor): boolean {
  return a.named || /^(?:he|she|I)$/i.test(file.text.slice(a.start, a.end));
}

/** An aside between a subject and its verb: "Colonel Fitzwilliam, who led the way, was about thirty". */
const ASIDE = '(?:\\s*,[^,;:"“”]{1,60},)?';
/** A subject's own "was" after a name and any aside ("Thomas, the miller, was"): what follows is the subject's. */
const SUBJECT_VERB = new RegExp(`^${ASIDE}\\s+(?:was|is|had\\s+been)\\b`, 'i');
/** Right after a preposition a name is no subject: "the friend of Thomas was thirty". */
const PREPOSITION_BEFORE = /\b(?:of|to|with|by|for|from|at|on|upon|than|like)\s+$/i;

/** A name right after a preposition, whose "was" is another subject's ("the friend of Thomas was tall"). */
function afterPreposition(r: SentenceReader, a: Anchor): boolean {
  const before = r.file.text.slice(Math.max(r.start, a.start - 8), a.start);
  // ", for Mr. Collins was only a clergyman": "for" opening a clause is a conjunction.
  return PREPOSITION_BEFORE.test(before) && !/[,;]\s*for\s+$/i.test(before);
}

const COLOUR = `(${Object.keys({ ...EYE_COLOURS, ...HAIR_COLOURS }).join('|')})`;
/** A word joined before a colour that only shades it: "coal-black", "sky-blue", "light-blue". */
const SHADE =
  '(?:(?:coal|jet|pitch|raven|ink|inky|sky|sea|snow|milk|steel|slate|ash|pale|light|deep|dark|bright)-)?';
const EYES_AFTER = new RegExp(
  `\\b${SHADE}${COLOUR}(?:[- ](blue|grey|gray|green|brown|black))?\\s+eyes\\b`,
  'gi',
);
/**
 * After "eyes were" / "hair was" / "eyes of": a comparison ("as black as"), "of a" / "the", and up to three
 * words, participles only after an article ("of a watery blue", "the brightest living gold"; not
 * "fixed on the green"), joined by commas or "and" ("large and blue", "a clear, cold grey"); never
 * a word of another clause ("bright and her hair black").
 */
const LEAD_STOP =
  '(?!(?:on|at|to|in|upon|with|from|by|and|or|but|not|never|his|her|its|their|he|she|was|were|is|are|eyes|hair)\\s)';
const LEAD_GAP = ',?\\s+(?:and\\s+)?';
const PREDICATE_LEAD = `(?:as\\s+)?(?:(?:of\\s+)?(?:a|an|the)\\s+(?:${LEAD_STOP}[a-z]+${LEAD_GAP}){0,3}?|(?:(?![a-z]+(?:ed|ing)[,\\s])${LEAD_STOP}[a-z]+${LEAD_GAP}){0,3}?)`;
/**
 * "<noun> were ...", "<noun>, which was ...", "<noun> of ...", an aside that closes after the
 * colour ("her hair, long and black, fell"), and a comparison right after the noun ("eyes as
 * blue as the sea").
 */
const predicate = (noun: string): RegExp =>
  new RegExp(
    `\\b${noun}(?:(?:\\s*,\\s*which)?\\s+(?:(?:were|was|are|is)|of)\\s+${PREDICATE_LEAD}${SHADE}${COLOUR}\\b|\\s*,\\s*${PREDICATE_LEAD}${SHADE}${COLOUR}(?=\\s*[,;.)])|\\s+as\\s+${COLOUR}\\s+as\\b)`,
    'gi',
  );
const EYES_PREDICATE = predicate('eyes');
const EYED = new RegExp(`\\b${COLOUR}-eyed\\b`, 'gi');
/**
 * "red-haired", and "red-headed" before a person noun ("a red-headed man", "this grey-headed,
 * ungodly old man", not "the Red-headed League").
 */
const HAIRED = new RegExp(
  `\\b${COLOUR}-(?:haired\\b|headed(?=(?:,?\\s+[a-z-]+){0,2}?,?\\s+(?:${[...PERSON_NOUNS].join('|')})\\b))`,
  'gi',
);
const COLOUR_OF = new RegExp(`\\bthe\\s+(?:[a-z]+\\s+){0,2}?${COLOUR}\\s+of`, 'gi');
const HAIR = `(?:${[...HAIR_WORDS].join('|')})`;
const HAIR_AFTER = new RegExp(
  `\\b${SHADE}${COLOUR}(?:[- ](?:red|brown|gold|golden|grey|gray))?\\s+${HAIR}\\b`,
  'gi',
);
const HAIR_PREDICATE = predicate(HAIR);
/**
 * A colour given as a tint later in the predicate, after other words of it: "my hair is somewhat
 * luxuriant, and of a rather peculiar tint of chestnut", "her eyes were of a curious shade of green".
 */
const HUE_PREDICATE = new RegExp(
  `\\b(eyes|${HAIR})(?:\\s*,\\s*which)?\\s+(?:were|was|are|is)\\s+[^.;:!?"“”]{0,60}?\\b(?:tint|shade|hue|tinge)\\s+of\\s+(?:a\\s+|an\\s+)?${SHADE}${COLOUR}\\b`,
  'gi',
);
/** "a pair of" eyes, "a mass of" hair: a quantity before the colour. */
const QUANTITY_OF =
  /\b(?:a\s+)?(?:(?!(?:his|her|its|their|my|your|our)\s)[a-z]+\s+)?(?:pair|mass|head|shock|crop|mop|profusion|wealth|abundance|tangle|thatch|cloud)\s+of\s+$/i;
/** Words that end a walk back over adjectives ("had grey eyes", "with the blue eyes"). */
const NOT_ADJECTIVES = new Set(
  'had has have having with the a an of his her its their my your our and or but in on at to by for from was were is are be been whose'.split(
    ' ',
  ),
);

/**
 * The owner of "<adjectives> blue eyes" / "her eyes were blue": a possessive before the
 * adjectives ("her large dark eyes", "Elizabeth's blue eyes"), the name a "whose" follows
 * ("Mary, whose eyes were blue"), else, after "with" or "had", the subject of the clause ("Mary
 * had grey eyes").
 */
function attributeOwner(r: SentenceReader, at: number): Anchor | null {
  let from = at;
  for (let walked = 0; walked < 3; walked++) {
    const owner = r.possessor(from);
    if (owner) return owner;
    const word = /([a-z]+(?:-[a-z]+)*)([,\s]+(?:and\s+)?)$/.exec(
      r.file.text.slice(Math.max(r.start, from - 40), from),
    );
    if (!word || NOT_ADJECTIVES.has((word[1] as string).toLowerCase())) break;
    from -= word[0].length;
  }
  const owner = r.possessor(from);
  if (owner) return owner;
  const lead = r.file.text.slice(Math.max(r.start, from - 30), from);
  // "a pair of blue eyes looked up", "a mass of red hair": no one's; "had a pair of grey eyes",
  // "with a bland manner, and a pair of grey eyes": the subject's, when a "with" or "had" of the
  // same clause comes before; "her mass of red hair": the possessive's.
  const pair = QUANTITY_OF.exec(lead);
  if (pair) {
    const at = from - pair[0].length;
    const own = r.possessor(at);
    if (own) return own;
    return /\b(?:with|had|has|having)\s[^;:]*$/i.test(r.file.text.slice(r.start, at))
      ? describedSubject(r, at)
      : null;
  }
  // "a stout, elderly gentleman with fiery red hair": the person the "with" follows.
  const met = /\s+with\s+(?:a\s+|an\s+|the\s+)?$/i.exec(lead);
  if (met) {
    const person = r.file.anchorEndingAt(from - met[0].length, 0);
    if (person?.named && !person.possessive && person.type === 'character') return person;
  }
  // "Windibank, whose eyes were ...": the name the relative clause follows.
  const whose = /\bwhose\s+$/i.exec(lead);
  if (whose) return r.appositive(from - whose[0].length);
  if (/\b(?:with|had|has|having)\s+(?:a\s+|an\s+|the\s+)?$/i.test(lead)) return describedSubject(r, from);
  return null;
}

/**
 * The character named right after `end` and the words `lead` matches there: "of" in "the blue eyes
 * of Thomas Hale", nothing but a space in "flaxen-haired Flask".
 */
function namedAfter(r: SentenceReader, end: number, lead: RegExp): Anchor | null {
  const gap = lead.exec(r.file.text.slice(end, end + 8));
  if (!gap) return null;
  const at = end + gap[0].length;
  const a = r.file.anchorsIn(at, at + 40)[0];
  return a?.named && !a.possessive && a.type === 'character' && a.start === at ? a : null;
}
const OF_GAP = /^\s+of\s+/;
const SPACE_GAP = /^\s+/;

const LIST_VERBS = /\b(?:was|were|is|are|had|has|have|fell|hung|came|stood|sat|looked|seemed)\b/i;
/** How sure an item of a description list is the person the sentence before names. */
const LISTED_WEIGHT = 0.7;

/**
 * "... a gentleman named Hosmer Angel. About five ft. seven in. in height; strongly built, sallow
 * complexion, black hair, a little bald": a description given as a list, in a sentence that names
 * no one and has no verb of its own, is of the character the sentence before (in its paragraph)
 * names last. The item must
 * stand between list marks (a comma or semicolon before it, one or the sentence's end after it) in
 * a sentence of at least three items.
 */
function listedOwner(r: SentenceReader, start: number, end: number): Anchor | null {
  if (r.anchors.some((a) => a.type === 'character')) return null;
  // A list has no verb of its own ("The room was dark, and black hair ... were all about").
  if ((r.text.match(/[,;]/g) ?? []).length < 2 || LIST_VERBS.test(r.text)) return null;
  const before = r.file.text.slice(Math.max(r.start, start - 60), start);
  const item = /(?:^|[,;])\s*(?:[a-z]+(?:-[a-z]+)*\s+){0,2}$/.exec(before);
  if (!item || (start - item[0].length > r.start && !/[,;]/.test(item[0]))) return null;
  if (!/^\s*(?:[,;.]|$)/.test(r.file.text.slice(end, Math.min(r.span.end, end + 3)))) return null;
  return namedBefore(r);
}

/**
 * The owner of "with ... grey eyes": the subject of the clause within 12 words, or further back
 * the subject a description runs from ("He was a sturdy, middle-sized fellow, some thirty years of
 * age, ..., with a bland manner, and ..."); not the subject of another verb ("found him talking
 * with a stout gentleman with red hair": the gentleman's).
 */
function describedSubject(r: SentenceReader, at: number): Anchor | null {
  const near = r.subject(at);
  if (near) return near;
  const far = r.subject(at, 30);
  if (!far) return null;
  return /^\s+(?:was|is|looked|seemed|appeared)\s/i.test(r.file.text.slice(far.end, far.end + 12))
    ? far
    : null;
}

function appearance(r: SentenceReader, add: Add): void {
  if (!/eye|hair|headed|curls|locks|ringlets|tresses/i.test(r.text)) return;
  const colour = (kind: 'eyes' | 'hair', word: string): string | undefined =>
    (kind === 'eyes' ? EYE_COLOURS : HAIR_COLOURS)[word.toLowerCase()];
  const emit = (kind: 'eyes' | 'hair', word: string, found: Anchor | null, start: number, end: number) => {
    const value = colour(kind, word);
    const listed = found === null ? listedOwner(r, start, end) : null;
    const owner = found ?? listed;
    if (owner === null || value === undefined) return;
    add({
      anchor: owner,
      kind,
      value,
      detail: word.toLowerCase(),
      start,
      end,
      change: changeAt(r, start),
      weight: listed ? LISTED_WEIGHT : 1,
    });
  };
  for (const { match, at } of r.matches(EYES_AFTER)) {
    // "blue-grey eyes": a colour between two groups says neither.
    const second = match[2] === undefined ? undefined : colour('eyes', match[2]);
    if (second !== undefined && second !== colour('eyes', match[1] as string)) continue;
    const end = at + match[0].length;
    const owner = attributeOwner(r, at);
    const of = owner === null ? namedAfter(r, end, OF_GAP) : null;
    emit('eyes', match[1] as string, owner ?? of, at, of?.end ?? end);
  }
  for (const { match, at } of r.matches(HAIR_AFTER)) {
    const end = at + match[0].length;
    const owner = attributeOwner(r, at);
    const of = owner === null ? namedAfter(r, end, OF_GAP) : null;
    emit('hair', match[1] as string, owner ?? of, at, of?.end ?? end);
  }
  // "her eyes were large and blue" / "blue-eyed Jane", and the same of hair.
  for (const [kind, predicate, suffixed] of [
    ['eyes', EYES_PREDICATE, EYED],
    ['hair', HAIR_PREDICATE, HAIRED],
  ] as const) {
    for (const { match, at } of r.matches(predicate)) {
      emit(
        kind,
        (match[1] ?? match[2] ?? match[3]) as string,
        attributeOwner(r, at),
        at,
        at + match[0].length,
      );
    }
    for (const { match, at } of r.matches(suffixed)) {
      const end = at + match[0].length;
      // "blue-eyed Jane": the name right after; else the name before ("Jane, blue-eyed") or the subject.
      const named = namedAfter(r, end, SPACE_GAP);
      emit(kind, match[1] as string, named ?? r.appositive(at - 2) ?? r.subject(at), at, named?.end ?? end);
    }
  }
  for (const { match, at } of r.matches(HUE_PREDICATE)) {
    const kind = (match[1] as string).toLowerCase() === 'eyes' ? 'eyes' : 'hair';
    emit(kind, match[2] as string, attributeOwner(r, at), at, at + match[0].length);
  }
  // "the clear grey of his eyes", "the gold of Mary's hair": the possessive after "of" owns it.
  for (const { match, at } of r.matches(COLOUR_OF)) {
    const end = at + match[0].length;
    const owner = r.file.anchorsIn(end, end + 40).find((a) => a.possessive && a.type === 'character');
    if (!owner || !/^\s*$/.test(r.file.text.slice(end, owner.start))) continue;
    const noun = /^(?:['’]s)?\s+(eyes|hair|curls|locks|ringlets|tresses)\b/i.exec(
      r.file.text.slice(owner.end, owner.end + 20),
    );
    if (!noun) continue;
    const kind = (noun[1] as string).toLowerCase() === 'eyes' ? 'eyes' : 'hair';
    emit(kind, match[1] as string, owner, at, owner.end + noun[0].length);
  }
}

/** A word of a figure phrase and where it ends in the phrase. */
interface FigureWord {
  word: string;
  end: number;
  /** The word of "of great height" after the noun. */
  stature?: boolean;
}

/**
 * Words after "was a" / ", a": height and build words until a person noun or a break word, and
 * after the noun the height it is "of" ("a man of great height"). The phrase's last word may end
 * the sentence or clause ("He was tall and thin.").
 */
function figureWords(phrase: string): {
  words: FigureWord[];
  noun: string | null;
  /** The end of the person noun, or of the height it is "of". */
  nounEnd: number | null;
} {
  const out: FigureWord[] = [];
  // "was of great height": the height right after the verb.
  const of = STATURE_OF.exec(` ${phrase}`);
  if (of) {
    const end = of[0].length - 1;
    return {
      words: [{ word: (of[1] as string).toLowerCase(), end, stature: true }],
      noun: null,
      nounEnd: end,
    };
  }
  const re = /([a-z]+(?:-[a-z]+)*)([,\s]+(?:and\s+|but\s+)?|(?=[.;:!?)—]|--|$))/gi;
  let length = 0;
  for (let m = re.exec(phrase); m !== null && out.length < 8; m = re.exec(phrase)) {
    if (m.index !== length) break;
    const word = (m[1] as string).toLowerCase();
    // "not tall", "neither tall nor short": no figure is stated.
    if (NEGATIONS.has(word)) return { words: [], noun: null, nounEnd: null };
    if (PERSON_NOUNS.has(word)) {
      const nounEnd = m.index + word.length;
      const of = STATURE_OF.exec(phrase.slice(nounEnd));
      if (!of) return { words: out, noun: word, nounEnd };
      const end = nounEnd + of[0].length;
      const stature = { word: (of[1] as string).toLowerCase(), end, stature: true };
      return { words: [...out, stature], noun: word, nounEnd: end };
    }
    if (FIGURE_BREAK.test(word)) {
      // "short of money", "thin with care": the word before is no figure ("tall of his age" is).
      const owned = /^\s+(?:his|her|its|their|stature|height|build|figure|frame)\b/i.test(
        phrase.slice(m.index + word.length),
      );
      if (/^(?:of|with)$/.test(word) && !owned && /^\s+$/.test(phrase.slice(out.at(-1)?.end ?? 0, m.index)))
        out.pop();
      break;
    }
    out.push({ word, end: m.index + word.length });
    length = m.index + m[0].length;
    if ((m[2] as string) === '') break;
  }
  return { words: out, noun: null, nounEnd: null };
}

const NEGATIONS = new Set(['not', 'never', 'neither', 'nor', 'no', 'hardly', 'scarcely', 'less']);
/** Words that end a figure phrase: prepositions, conjunctions, pronouns ("looked at his hair"). */
const FIGURE_BREAK =
  /^(?:than|as|in|on|of|with|to|for|when|who|that|which|but|yet|though|although|from|at|by|into|upon|about|like|up|down|out|his|her|its|their|him|them|me|us)$/;
/** "a man of great height", "a woman of small stature": the height a person noun is "of". */
const STATURE_OF =
  /^\s+of\s+(?:(?:very|rather|quite|unusually|uncommonly|remarkably)\s+)?([a-z]+)\s+(?:height|stature)\b/i;

/**
 * The heights and builds a figure phrase's word gives: "tall", "stout", "squat" (both), "strongly
 * built", "little" before a grown person's noun.
 */
interface FigureValue {
  kind: 'height' | 'build';
  value: string;
  /** The words it is read from: "tall", "strongly built". */
  detail: string;
}

function figureValues(words: readonly FigureWord[], i: number, noun: string | null): FigureValue[] {
  const { word, stature } = words[i] as FigureWord;
  if (stature) {
    const height = STATURE_WORDS[word];
    return height ? [{ kind: 'height', value: height, detail: word }] : [];
  }
  if (words[i + 1]?.word === 'built') {
    const built = BUILT_ADVERBS[word];
    return built ? [{ kind: 'build', value: built, detail: `${word} built` }] : [];
  }
  if (word === 'little')
    return noun !== null && ADULT_NOUNS.has(noun) ? [{ kind: 'height', value: 'short', detail: word }] : [];
  const height = HEIGHT_WORDS[word];
  const build = BUILD_WORDS[word];
  return [
    ...(height ? [{ kind: 'height' as const, value: height, detail: word }] : []),
    ...(build ? [{ kind: 'build' as const, value: build, detail: word }] : []),
  ];
}

const FIGURE_PREDICATE = new RegExp(
  `^${ASIDE}\\s+(?:was|is|looked|seemed|appeared|being)\\s+(?:(?:a|an|very|rather|quite|remarkably|tolerably|uncommonly|exceedingly|extremely|so|but)\\s+)*`,
  'i',
);
/** ", a tall man", ", who was tall and thin": a description right after a name. */
const FIGURE_APPOSITIVE =
  /^\s*,\s*(?:(?:a|an)\s+|who\s+(?:was|is)\s+(?:(?:a|an|very|rather|quite|remarkably|tolerably|uncommonly|exceedingly|extremely|so)\s+)*)/i;
const BODY_PREDICATE = new RegExp(
  `^\\s*(?:${[...BODY_NOUNS].join('|')})\\s+(?:was|is)\\s+(?:(?:very|rather|quite|remarkably|tolerably|uncommonly)\\s+)*`,
  'i',
);

/** "his fine, tall person", "her slight figure": up to three words before a body noun. */
const BODY_DESCRIBED = new RegExp(
  `^\\s+((?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,3}?)(?:${[...BODY_NOUNS].join('|')})\\b`,
  'i',
);
/** "Mary had a tall, slender figure": the same after a subject's "had a". */
const HAD_BODY = new RegExp(
  `^\\s+(?:had|has|with)\\s+(?:a|an)\\s+((?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,3}?)(?:${[...BODY_NOUNS].join('|')})\\b`,
  'i',
);
/** "Tall and thin, Thomas Hale": up to four words opening the sentence, then a comma. */
const FRONTED = /^\s*((?:[A-Za-z]+(?:-[a-z]+)*,?\s+(?:and\s+)?){0,3}[A-Za-z]+(?:-[a-z]+)*),\s*$/;
/** "Thomas Hale, tall and thin, came in": words between two commas after a name. */
const FIGURE_ASIDE = /^\s*,\s*((?:[a-z]+(?:-[a-z]+)*,?\s+(?:and\s+)?){0,3}[a-z]+(?:-[a-z]+)*),/;
/** "the lean figure of Colonel Stark": up to three words before a body noun, then "of". */
const BODY_OF = new RegExp(
  `\\bthe\\s+((?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,3}?)(?:${[...BODY_NOUNS].join('|')})(?=\\s+of\\s)`,
  'gi',
);
/**
 * "The third mate was Flask, a native of Tisbury. A short, stout, ruddy young fellow, very
 * pugnacious ...": a sentence that opens with a described person and no verb, right after one
 * that names the character.
 */
const DESCRIBED_OPENING = new RegExp(
  `^\\s*an?\\s+((?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,4}?)(?:${[...PERSON_NOUNS].join('|')})(?=\\s*[,;.])`,
  'i',
);

function figure(r: SentenceReader, add: Add): void {
  const emit = (anchor: Anchor, values: FigureValue[], end: number, change: boolean) => {
    for (const { kind, value, detail } of values)
      add({ anchor, kind, value, detail, start: anchor.start, end, change });
  };
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || (!anchor.possessive && !subjectLike(r.file, anchor))) continue;
    // A name's "'s" belongs to the possessive: "Mary's figure was tall".
    const ownerEnd =
      anchor.end +
      (anchor.named && anchor.possessive
        ? (/^['’]s/.exec(r.file.text.slice(anchor.end))?.[0].length ?? 0)
        : 0);
    const after = r.file.text.slice(ownerEnd, Math.min(r.span.end, ownerEnd + 160));
    const described = (anchor.possessive ? BODY_DESCRIBED : HAD_BODY).exec(after);
    if (described) {
      const values = figureOnly(described[1] as string, true);
      if (values) emit(anchor, values, ownerEnd + described[0].length, changeAt(r, anchor.end));
      continue;
    }
    if (anchor.named && !anchor.possessive) {
      // "Tall and thin, Thomas Hale came in": a figure fronted before the subject.
      const fronted = FRONTED.exec(r.file.text.slice(r.start, anchor.start));
      const values = fronted ? figureOnly(fronted[1] as string) : null;
      if (fronted && values) {
        const at = r.start + fronted.index;
        for (const { kind, value, detail } of values)
          add({ anchor, kind, value, detail, start: at, end: anchor.end, change: changeAt(r, anchor.end) });
      }
      // "Thomas Hale, tall and thin, came in": an aside of figure words only.
      const aside = FIGURE_ASIDE.exec(after);
      const asideValues = aside ? figureOnly(aside[1] as string) : null;
      if (aside && asideValues) {
        emit(anchor, asideValues, ownerEnd + aside[0].length - 1, changeAt(r, anchor.end));
        continue;
      }
    }
    const predicate = anchor.possessive || afterPreposition(r, anchor) ? null : FIGURE_PREDICATE.exec(after);
    const lead = anchor.possessive
      ? BODY_PREDICATE.exec(after)
      : (predicate ?? (anchor.named ? FIGURE_APPOSITIVE.exec(after) : null));
    if (!lead) continue;
    const phraseAt = ownerEnd + lead[0].length;
    const { words, noun, nounEnd } = figureWords(r.file.text.slice(phraseAt, r.span.end));
    const found = words.flatMap((_, i) => figureValues(words, i, noun).map((v) => ({ ...v, at: i })));
    if (found.length === 0) continue;
    // The passage runs to the person noun, else to the last word that describes ("strongly built").
    const lastAt = Math.max(...found.map((f) => f.at));
    const last = words[words[lastAt + 1]?.word === 'built' ? lastAt + 1 : lastAt] as FigureWord;
    emit(anchor, found, phraseAt + (nounEnd ?? last.end), changeAt(r, phraseAt));
  }
  for (const { match, at } of r.matches(BODY_OF)) {
    const owner = namedAfter(r, at + match[0].length, OF_GAP);
    const values = owner ? figureOnly(match[1] as string, true) : null;
    if (owner && values)
      for (const { kind, value, detail } of values)
        add({ anchor: owner, kind, value, detail, start: at, end: owner.end });
  }
  const opening = DESCRIBED_OPENING.exec(r.text);
  // A name in or right after the description may be the one described ("A tall man, Mary said"),
  // and a verb of its own makes a newcomer ("A tall man, in a long coat, stood at the door").
  const near = opening ? r.file.anchorsIn(r.start, r.start + opening.index + opening[0].length + 40) : [];
  const verbless = opening !== null && !hasMainVerb(r.text.slice(opening.index + opening[0].length));
  const values = verbless && !near.some((a) => a.named) ? figureOnly(opening?.[1] ?? '', true) : null;
  const named = values ? namedBefore(r) : null;
  if (opening && values && named) {
    const at = r.start + opening.index;
    for (const { kind, value, detail } of values)
      add({
        anchor: named,
        kind,
        value,
        detail,
        start: at,
        end: at + opening[0].length,
        weight: LISTED_WEIGHT,
      });
  }
}

/**
 * Whether the rest of a clause (to its ";" or ":") has a verb of its own: one of the comma-parted
 * pieces that is no relative clause ("who seemed to think ...") holds a past verb.
 */
function hasMainVerb(rest: string): boolean {
  return (rest.split(/[;:]/)[0] ?? '')
    .split(',')
    .some(
      (piece) =>
        !/^\s*(?:and\s+)?(?:who|whom|whose|which|that)\b/i.test(piece) &&
        (LIST_VERBS.test(piece) ||
          (piece.match(/[a-z]+/gi) ?? []).some((w) => ACTION_VERBS.has(w.toLowerCase()))),
    );
}

/** The character the sentence before names last, when it is in the same paragraph. */
function namedBefore(r: SentenceReader): Anchor | null {
  const previous = r.file.sentenceAt(Math.max(0, r.start - 2));
  if (previous.end > r.start || /\n\s*\n/.test(r.file.text.slice(previous.end, r.start))) return null;
  const named = r.file
    .anchorsIn(previous.start, previous.end)
    .filter((a) => a.named && !a.possessive && a.type === 'character');
  return named.at(-1) ?? null;
}

/** Words that may stand beside figure words without being one ("very tall and thin"). */
const FIGURE_FILLER = new Set([
  'and',
  'very',
  'rather',
  'quite',
  'remarkably',
  'unusually',
  'exceedingly',
  'extremely',
  'somewhat',
]);

/**
 * The heights and builds of a phrase made only of figure words ("tall and thin"); null when
 * another word is in it ("tall and handsome" is no aside of figure), or, with `some`, when none
 * describes.
 */
function figureOnly(phrase: string, some = false): FigureValue[] | null {
  const words = (phrase.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []).map((word) => ({ word, end: 0 }));
  const values = words.flatMap((_, i) => figureValues(words, i, null));
  if (values.length === 0) return null;
  if (some) return values;
  const figureWord = (w: string, i: number) =>
    FIGURE_FILLER.has(w) || figureValues(words, i, null).length > 0 || (w === 'built' && i > 0);
  return words.every(({ word }, i) => figureWord(word, i)) ? values : null;
}

const PART = `(${Object.keys(BODY_PARTS).join('|')})`;
const SIDE_PART = new RegExp(`\\b(left|right)(?:[\\s-]+[a-z]+){0,2}?\\s+${PART}\\b`, 'gi');
const SIDE_OF =
  /\b(left|right)\s+side\s+of\s+(his|her|its|the)\s+(?:[a-z-]+\s+){0,2}?(face|head|neck|body|cheek)\b/gi;

function limbs(r: SentenceReader, add: Add): void {
  if (!/\b(?:left|right)\b/i.test(r.text)) return;
  const paragraphEnd = r.file.text.indexOf('\n\n', r.span.end);
  const following = r.file.text.slice(
    r.span.end,
    Math.min(paragraphEnd < 0 ? r.file.text.length : paragraphEnd, r.span.end + 400),
  );
  const injuredHere = INJURY_WORDS.test(r.text);
  const scar = SCAR_WORDS.test(r.text) || SCAR_WORDS.test(following);
  const emit = (
    side: string,
    part: string,
    owner: Anchor | null,
    at: number,
    end: number,
    weight: number,
  ) => {
    const group = BODY_PARTS[part.toLowerCase()];
    if (!owner || !group) return;
    add({
      anchor: owner,
      kind: scar ? 'scar' : 'limb',
      value: side.toLowerCase(),
      detail: group,
      start: at,
      end,
      weight,
    });
  };
  for (const { match, at } of r.matches(SIDE_OF)) {
    if (!injuredHere && !SCAR_WORDS.test(following)) continue;
    emit(
      match[1] as string,
      match[3] as string,
      sideOwner(r, at, at + match[0].length),
      at,
      at + match[0].length,
      1,
    );
  }
  for (const { match, at } of r.matches(SIDE_PART)) {
    const part = (match[2] as string).toLowerCase();
    if (part === 'side' && /^\s+of\b/.test(r.file.text.slice(at + match[0].length))) continue;
    // The injury may be told in the next sentences ("held out his right hand. ... the thumb").
    const injured = injuredHere || INJURY_WORDS.test(following);
    if (!injured) continue;
    emit(
      match[1] as string,
      part,
      sideOwner(r, at, at + match[0].length),
      at,
      at + match[0].length,
      injuredHere ? 1 : 0.8,
    );
  }
}

/** "his left arm" (the possessive), "down its right side" (the named possessor of the sentence). */
function sideOwner(r: SentenceReader, at: number, end: number): Anchor | null {
  const inside = r.file.anchorsIn(at, end).find((a) => a.possessive && a.type === 'character');
  if (inside) return inside;
  const own = r.possessor(at);
  if (own) return own;
  // "Hale was lame in the left leg", "wounded through the right shoulder": the clause's subject.
  const lead = r.file.text.slice(Math.max(r.start, at - 30), at);
  if (/\b(?:in|on|through|across)\s+the\s+$/i.test(lead)) {
    const subject = r.subject(at);
    if (subject) return subject;
  }
  const its = /\b(?:its|the)\s+(?:[a-z-]+\s+){0,2}$/i.exec(r.file.text.slice(Math.max(r.start, at - 40), at));
  if (its || /\bits\b/i.test(r.file.text.slice(at, end))) {
    for (let i = r.anchors.length - 1; i >= 0; i--) {
      const a = r.anchors[i] as Anchor;
      if (a.start < at && a.named && a.possessive && a.type === 'character') return a;
    }
  }
  return null;
}

const NUMBER_WORD =
  '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))?(?: and a half)?';
/**
 * A height in feet after its subject: "He stood full six feet in height", "was five feet two".
 * Six feet and over is tall, five feet three and under short; a bound ("under six feet") says neither.
 */
const STATURE = new RegExp(
  `^\\s+(?:stood|was|measured)\\s+((?:(?:full|fully|quite|a\\s+good|some|about|over|above|nearly|almost|under|not\\s+more\\s+than|no\\s+more\\s+than|barely|hardly|scarcely)\\s+)*)(${NUMBER_WORD})\\s+(?:feet|foot)(?:\\s+(${NUMBER_WORD})(?:\\s+inch(?:es)?)?)?(?:\\s+(?:in\\s+height|high|tall))?`,
  'i',
);

function stature(r: SentenceReader, add: Add): void {
  if (!/\b(?:feet|foot)\b/i.test(r.text)) return;
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || anchor.possessive || !subjectLike(r.file, anchor)) continue;
    const m = STATURE.exec(r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 100)));
    if (!m || /under|more than|barely|hardly|scarcely/i.test(m[1] as string)) continue;
    const feet = parseNumber(m[2] as string)?.value;
    const inches = m[3] === undefined ? 0 : (parseNumber(m[3])?.value ?? 0);
    if (feet === undefined || feet < 3 || feet > 8 || inches >= 12) continue;
    const total = feet * 12 + inches;
    const value = total >= 72 ? 'tall' : total <= 63 ? 'short' : null;
    if (value === null) continue;
    const end = anchor.end + m[0].length;
    add({
      anchor,
      kind: 'height',
      value,
      detail: `${(m[2] as string).toLowerCase()} feet${m[3] === undefined ? '' : ` ${m[3].toLowerCase()}`} tall`,
      start: anchor.start,
      end,
      hedged: /about|some|nearly|almost/i.test(m[1] as string),
      change: changeAt(r, anchor.end),
    });
  }
}

const AGE_HEDGE =
  '(?:(?:about|some|nearly|almost|perhaps|not more than|not above|no more than|under|not yet|barely|scarcely|hardly|just|(?:a\\s+)?little (?:more than|over)|past|over|above|upwards of|more than|full|fully|but|only|then|now|still)\\s+)*';
/**
 * After an age: "years old", "summers" (a poetic year), or the phrase's end; bare "years" only
 * before a stop ("had been twenty years at sea" is a duration).
 */
const AGE_END = '(?=\\s*(?:[,.;:!?)]|or\\s+thereabouts|at\\s+the\\s+time|at\\s+the\\s+(?:outside|most)))';
// "old" ends a word: "two years older" is a difference of ages, not an age.
const AGE_TAIL = `(?:\\s+(?:years?|summers|winters)(?:\\s+old\\b|\\s+of\\s+age|${AGE_END})|${AGE_END})`;
const AGE_AFTER_NAME = new RegExp(
  `^(?:\\s*,\\s*(?:who\\s+(?:was|is)\\s+|then\\s+|now\\s+|aged\\s+|being\\s+)?|${ASIDE}\\s+(?:was|is|am|had\\s+been)\\s+(?:aged\\s+)?|\\s+(?:had\\s+)?(?:just\\s+)?(?:turned|reached\\s+the\\s+age\\s+of)\\s+)(?:(?:young|old|elderly|middle-aged)\\s*,\\s*|(?:a|an)\\s+(?:[a-z-]+,?\\s+){0,3}?(?:${[...PERSON_NOUNS].join('|')})(?:\\s+of|\\s*,)\\s+)?(${AGE_HEDGE})(${NUMBER_WORD})${AGE_TAIL}`,
  'i',
);
/**
 * "could not have been more than thirty", "must have been about fifty", "might be forty": an age
 * the narration estimates; a "not" joins the hedge ("not more than thirty").
 */
const AGE_MODAL = new RegExp(
  `^${ASIDE}\\s+(?:could|can|might|may|must|would)(\\s+not)?\\s+(?:have\\s+been|be)\\s+(${AGE_HEDGE})(${NUMBER_WORD})${AGE_TAIL}`,
  'i',
);
const AGE_APPEARED = new RegExp(
  `^\\s+(?:appeared|seemed|looked)\\s+(?:to\\s+be\\s+)?(${AGE_HEDGE})(${NUMBER_WORD})(?:\\s+years?\\s+(?:old|of\\s+age)|(?=\\s*[,.;:!?]))`,
  'i',
);

const UNIT_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINALS = TENS.map((t) => `${t.slice(0, -1)}ieth`);
/** "Mary, in her nineteenth year", "he was then in his fiftieth year": an age one below the ordinal. */
const AGE_IN_YEAR = new RegExp(
  `^(?:\\s*,\\s*(?:who\\s+(?:was|is)\\s+)?|\\s+(?:was|is|had\\s+been)\\s+)(?:(?:then|now|just|already|still|but|only)\\s+)?in\\s+(?:his|her)\\s+((?:(?:${TENS.join('|')})[- ])?(?:${UNIT_ORDINALS.join('|')})|${TENS_ORDINALS.join('|')})\\s+year\\b`,
  'i',
);

/** The number an ordinal of AGE_IN_YEAR names: "nineteenth" 19, "twenty-first" 21, "fiftieth" 50. */
function ordinalValue(ordinal: string): number {
  const [first = '', second] = ordinal.toLowerCase().split(/[- ]/);
  const tens = TENS.indexOf(first);
  if (second !== undefined) return (tens + 2) * 10 + UNIT_ORDINALS.indexOf(second) + 1;
  const round = TENS_ORDINALS.indexOf(first);
  return round >= 0 ? (round + 2) * 10 : UNIT_ORDINALS.indexOf(first) + 1;
}

/** "Her features and figure were those of a woman of thirty": an age the appearance gives. */
const AGE_LOOKS = new RegExp(
  `^\\s+(?:features|figure|face|appearance|looks|air|bearing)(?:\\s+and\\s+(?:features|figure|face|appearance|bearing))?\\s+(?:were|was)\\s+(?:those|that)\\s+of\\s+(?:a|an)\\s+(?:[a-z-]+\\s+){0,2}?(?:${[...PERSON_NOUNS].join('|')})\\s+of\\s+(${AGE_HEDGE})(${NUMBER_WORD})${AGE_TAIL}`,
  'i',
);

/**
 * "Only some thirty arid summers had he seen", "she had seen twelve winters": an age told by the
 * summers or winters a character has seen (years would be a duration: "had lived ten years").
 */
const SEASONS_SEEN_BEFORE = new RegExp(
  `\\b(${AGE_HEDGE})(${NUMBER_WORD})\\s+(?:[a-z]+\\s+){0,2}?(?:summers|winters)\\s+(?:had|has)\\s+$`,
  'i',
);
const SEEN_AFTER = /^\s+(?:seen|known|counted|numbered)\b/i;
const SEASONS_SEEN_AFTER = new RegExp(
  `^\\s+(?:had|has)\\s+(?:seen|known|counted|numbered)\\s+(${AGE_HEDGE})(${NUMBER_WORD})\\s+(?:[a-z]+\\s+){0,2}?(?:summers|winters)\\b`,
  'i',
);

/** The range an age phrase allows: "about fifty" is 45 to 55, "not yet thirty" under 30. */
export function ageRange(
  hedge: string,
  value: number,
  hedgedBySentence: boolean,
): { low: number; high: number; hedged: boolean } {
  const h = hedge.toLowerCase();
  if (/not yet/.test(h)) return { low: value - 10, high: value - 0.5, hedged: true };
  if (/not more than|not above|no more than|under/.test(h))
    return { low: value - 10, high: value, hedged: true };
  if (/barely|scarcely|hardly|just|little (?:more than|over)/.test(h))
    return { low: value, high: value + 1, hedged: false };
  if (/past|over|above|upwards of|more than/.test(h)) return { low: value, high: value + 10, hedged: true };
  if (/nearly|almost/.test(h)) return { low: value - 2, high: value, hedged: true };
  if (/about|some|perhaps/.test(h) || hedgedBySentence)
    return { low: value - 5, high: value + 5, hedged: true };
  return { low: value, high: value + (value % 1 === 0 ? 0.99 : 0), hedged: false };
}

/** "though little more than sixteen," / "although not yet thirty,": a concessive clause of age. */
const AGE_CONCESSIVE = new RegExp(
  `\\b(?:though|although)\\s+(${AGE_HEDGE})(${NUMBER_WORD})(?:\\s+years?(?:\\s+old|\\s+of\\s+age)?)?\\s*,`,
  'gi',
);

/**
 * Whose age a concessive clause gives: the sentence's subject before it ("Miss Darcy was tall;
 * and, though little more than sixteen, ..."), else the subject right after it ("Though only
 * twenty, he ...").
 */
function concessiveOwner(r: SentenceReader, at: number, end: number): Anchor | null {
  const subjects = r.anchors.filter((a) => a.type === 'character' && !a.possessive && subjectLike(r.file, a));
  const before = subjects.find((a) => a.end <= at);
  if (before) return before;
  const after = subjects.find((a) => a.start >= end);
  return after && /^\s*$/.test(r.file.text.slice(end, after.start)) ? after : null;
}

interface StatedAge {
  value: string;
  low: number;
  high: number;
  hedged: boolean;
}

/** An age phrase's number: its hedge and its words ("not more than", "thirty"), when it is a human age. */
function statedAge(hedge: string, number: string, hedgedBySentence: boolean): StatedAge | null {
  const parsed = parseNumber(number);
  if (!parsed || parsed.value < 1 || parsed.value > 120) return null;
  return { value: String(parsed.value), ...ageRange(hedge, parsed.value, hedgedBySentence) };
}

function age(r: SentenceReader, add: Add): void {
  if (
    !/\d|teen\b|ty\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\s+year\b/i.test(
      r.text,
    )
  )
    return;
  const addAge = (anchor: Anchor, stated: StatedAge, start: number, end: number, change: boolean) =>
    add({ anchor, kind: 'age', start, end, change, ...stated });
  for (const { match, at } of r.matches(AGE_CONCESSIVE)) {
    const stated = statedAge(match[1] as string, match[2] as string, false);
    const end = at + match[0].length;
    const anchor = concessiveOwner(r, at, end);
    if (anchor && stated) addAge(anchor, stated, at, end - 1, /\bnow\b/i.test(match[0]));
  }
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || !anchor.possessive) continue;
    const looks = AGE_LOOKS.exec(r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 160)));
    // An appearance tells an age only roughly, as "he appeared about fifty" does.
    const stated = looks ? statedAge(looks[1] as string, looks[2] as string, true) : null;
    if (looks && stated) addAge(anchor, stated, anchor.start, anchor.end + looks[0].length, false);
  }
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || anchor.possessive || !subjectLike(r.file, anchor)) continue;
    // "since Jane was sixteen", "when he was ten": an age at another time.
    if (
      /\b(?:since|when|until|till|before|after|while|as|whenever|once)\s+$/i.test(
        r.file.text.slice(Math.max(r.start, anchor.start - 12), anchor.start),
      )
    ) {
      continue;
    }
    const after = r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 160));
    const lead = r.file.text.slice(Math.max(r.start, anchor.start - 80), anchor.start);
    const seen = SEEN_AFTER.exec(after);
    const seasonsBefore = seen ? SEASONS_SEEN_BEFORE.exec(lead) : null;
    const seasons = seasonsBefore ?? SEASONS_SEEN_AFTER.exec(after);
    if (seasons) {
      const stated = statedAge(seasons[1] as string, seasons[2] as string, false);
      const [start, end] =
        seen && seasonsBefore
          ? [anchor.start - lead.length + seasonsBefore.index, anchor.end + seen[0].length]
          : [anchor.start, anchor.end + seasons[0].length];
      if (stated) addAge(anchor, stated, start, end, false);
      continue;
    }
    const year = AGE_IN_YEAR.exec(after);
    if (year) {
      const stated = statedAge('', String(ordinalValue(year[1] as string) - 1), false);
      if (stated) addAge(anchor, stated, anchor.start, anchor.end + year[0].length, /\bnow\b/i.test(year[0]));
      continue;
    }
    const modal = AGE_MODAL.exec(after);
    if (modal && afterPreposition(r, anchor)) continue;
    if (modal) {
      const hedge = `${modal[1] === undefined ? '' : 'not '}${modal[2]}`;
      const stated = statedAge(hedge, modal[3] as string, true);
      if (stated) addAge(anchor, stated, anchor.start, anchor.end + modal[0].length, false);
      continue;
    }
    const named = AGE_AFTER_NAME.exec(after);
    const appeared = named ? null : AGE_APPEARED.exec(after);
    const m = named ?? appeared;
    if (!m) continue;
    if (SUBJECT_VERB.test(m[0]) && afterPreposition(r, anchor)) continue;
    const end = anchor.end + m[0].length;
    const tail = r.file.text.slice(end, end + 30);
    const hedgedBySentence =
      appeared !== null || /^\s*(?:,\s*)?(?:or\s+thereabouts|or\s+so|I\s+should\s+say)/i.test(tail);
    const stated = statedAge(m[1] as string, m[2] as string, hedgedBySentence);
    if (stated) addAge(anchor, stated, anchor.start, end, /\bnow\b/i.test(m[0]));
  }
}

const PLACE = "((?:[A-Z][\\p{L}'’-]+|St\\.)(?:\\s+(?:of|de|du|la|le|in)?\\s*[A-Z][\\p{L}'’-]+){0,3})";
/** "born and bred", "born and raised": where a person grew up as well as was born. */
const RAISED = '(?:bred|raised|reared|brought\\s+up)';
const BORN = new RegExp(
  `\\bborn(?:\\s+and\\s+${RAISED})?\\s+(?:in|at|on)\\s+(?:the\\s+(?:island|town|city|village)\\s+of\\s+)?(?:${PLACE}|(\\d{4}))`,
  'gu',
);
/** "a native of Nantucket", "hailed from Nantucket". */
const NATIVE = new RegExp(`\\b(?:a\\s+native\\s+of|hailed\\s+from)\\s+${PLACE}`, 'gu');
const RESIDES = new RegExp(`\\b(?:lived|lives|resided|resides|dwelt|settled)\\s+(?:at|in)\\s+${PLACE}`, 'gu');
/** "a New Bedford man born and bred", "a Nantucket woman": a place used as a person's origin. */
const PLACE_PERSON = new RegExp(
  `\\ban?\\s+${PLACE}\\s+(?:man|woman|boy|girl|lad|lass|fellow)\\b(\\s+born\\s+and\\s+${RAISED})?`,
  'gu',
);

function origin(r: SentenceReader, add: Add): void {
  const emit = (kind: FactKind, value: string, at: number, end: number, owner: Anchor | null) => {
    if (!owner) return;
    const place = r.file.anchorsIn(at, end).find((a) => a.type === 'place');
    add({ anchor: owner, kind, value: value.trim(), objectKey: place?.key ?? null, start: at, end });
  };
  for (const { match, at } of r.matches(BORN)) {
    const owner = r.appositive(at) ?? bornSubject(r, at);
    const end = at + match[0].length;
    if (match[2]) {
      if (owner)
        add({
          anchor: owner,
          kind: 'birth',
          value: match[2],
          low: Number(match[2]),
          high: Number(match[2]),
          start: at,
          end,
        });
    } else emit('origin', match[1] as string, at, end, owner);
  }
  for (const { match, at } of r.matches(NATIVE)) {
    emit('origin', match[1] as string, at, at + match[0].length, r.appositive(at) ?? r.subject(at, 6));
  }
  for (const { match, at } of r.matches(PLACE_PERSON)) {
    const end = at + match[0].length;
    // "a Christian man", "a Quaker woman": only a place the story bible knows, or one said to be
    // where the person was born and bred, is an origin.
    const known = r.file.anchorsIn(at, end).some((a) => a.type === 'place');
    if (!known && match[2] === undefined) continue;
    emit('origin', match[1] as string, at, end, r.appositive(at) ?? r.subject(at, 6));
  }
  for (const { match, at } of r.matches(RESIDES)) {
    emit('residence', match[1] as string, at, at + match[0].length, r.subject(at, 6));
  }
}

/** "X was born in", "X, who was born and bred in": the subject right before "was born". */
function bornSubject(r: SentenceReader, at: number): Anchor | null {
  const before = r.file.text.slice(Math.max(r.start, at - 40), at);
  const m = /(?:,\s*who\s+)?(?:was|had\s+been|is)\s+$/.exec(before);
  if (!m) return null;
  return r.subject(at - m[0].length, 1);
}

/**
 * The callings the ledger reads: the story bible's, and an officer (of a regiment or a ship), which
 * the prose gives as often by "in the militia" or "and another officer" as by the word after a name.
 */
const LEDGER_OCCUPATIONS: Readonly<Record<string, string>> = { ...OCCUPATIONS, officer: 'officer' };
const OCCUPATION = `(${Object.keys(LEDGER_OCCUPATIONS)
  .sort((a, b) => b.length - a.length)
  .map((o) => o.replace('-', '[- ]'))
  .join('|')})`;
/** "was only a clergyman", "had been formerly a steward": a word between the verb and the article. */
const OCC_ADVERB = '(?:(?:only|but|merely|also|then|once|formerly|still|himself|herself)\\s+)?';
/**
 * Up to three words before the calling, commas between ("the begrimed, blistered old blacksmith"),
 * none a preposition, article or relative: "a friend to the clergyman" is no clergyman.
 */
const OCC_EPITHETS =
  '(?:(?!(?:of|to|for|with|from|by|on|in|at|or|but|the|a|an|his|her|their|its|whose|who|which|that)\\b)[a-z]+,?\\s+){0,3}?';
const OCC_AFTER_NAME = new RegExp(
  `^(?:\\s*,\\s*(?:who\\s+(?:was|is|had\\s+been|has\\s+been)\\s+|then\\s+|now\\s+|by\\s+(?:profession|trade)\\s+)?|${ASIDE}\\s+(?:was|is|had\\s+been|became|was\\s+now)(?:\\s+by\\s+(?:profession|trade))?\\s+${OCC_ADVERB}|\\s+(?:worked|practised|practiced|served|earned\\s+(?:his|her)\\s+living)\\s+as\\s+)(?:the|a|an|our|their|his|her)\\s+${OCC_EPITHETS}${OCCUPATION}(?![\\p{L}'’-])(?!\\s*['’]s)`,
  'iu',
);
/**
 * "The lawyer, Thomas Hale, came in", "dined with the clergyman, Mr. Collins": an occupation in
 * apposition before the name, at the sentence's start or after a preposition.
 */
const OCC_FRONTED = new RegExp(
  `(?:^|[;:]\\s*|\\b(?:with|to|by|from|for|and|of|upon)\\s+)the\\s+(?:[a-z]+\\s+)?${OCCUPATION},\\s*$`,
  'iu',
);
const OCC_INVERTED = new RegExp(
  `\\bthe\\s+${OCCUPATION}(?:\\s+of\\s+the\\s+[A-Z][\\p{L}]+)?\\s+was\\s+(?:the\\s+very\\s+)?$`,
  'iu',
);
const OCC_MADE = new RegExp(
  `^(?:\\s*,\\s*)?(?:\\s*(?:who|he|she)\\s+)?(?:\\s*had)?(?:\\s*(?:lately|since|then|now|just))?\\s*(?:been\\s+)?(?:made|appointed|promoted\\s+to|became|become|raised\\s+to|rose\\s+to\\s+be)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[A-Z][\\p{L}]+['’]s\\s+|[a-z]+\\s+){0,2}?${OCCUPATION}(?![\\p{L}'’-])`,
  'iu',
);

/**
 * A calling stated as a state or a step rather than a noun: "had been formerly in trade", "was in
 * business in London", "was in the ----shire Militia", "was bred to the law", "took orders",
 * "accepted a commission", "entered the navy". One group per value (STATE_VALUES).
 */
const OCC_STATE = new RegExp(
  `^(?:${ASIDE}\\s+|\\s*,\\s*who\\s+)(?:(?:was|is|had\\s+been|has\\s+been)\\s+(?:(?:formerly|once|long|then|now|still|already)\\s+)?(?:in\\s+(trade|business)|in\\s+(?:holy\\s+)?(orders)|in\\s+the\\s+(?:[-\\p{L}]+\\s+)?(militia|regiment)(?=\\s*[,.;:!?)]|\\s+(?:and|in|at|for|when|till|until|since|under|as|but|with)\\b)|bred\\s+(?:to|for)\\s+the\\s+(?:(law)|(sea)|(church)))|(?:lived|lives)\\s+by\\s+(trade)|(?:had\\s+|has\\s+)?(?:took|taken)\\s+(?:holy\\s+)?(orders)|(?:had\\s+|has\\s+)?accepted\\s+a\\s+(commission)|(?:had\\s+|has\\s+)?(?:entered|joined)\\s+the\\s+(?:[-\\p{L}]+\\s+)?(?:(militia|regiment)|(army)|(navy)))(?![\\p{L}])`,
  'iu',
);
/** The value of each group of OCC_STATE, in order. */
const STATE_VALUES = [
  'merchant',
  'clergyman',
  'officer',
  'lawyer',
  'sailor',
  'clergyman',
  'merchant',
  'clergyman',
  'officer',
  'officer',
  'soldier',
  'sailor',
] as const;
/** A step into a calling rather than the calling held: "took orders", "joined the regiment". */
const STATE_STEP = /\b(?:took|taken|accepted|entered|joined)\b/i;
/** "the harpooneer Queequeg", "her maid Sarah": a lower-case calling right before the name. */
const OCC_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:[Tt]he|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Oo]ld|[Yy]oung)\\s+(?:(?!prime\\b)[a-z]+\\s+)?${OCCUPATION}\\s+$`,
  'u',
);
/** "As a clergyman, I feel it my duty": the calling the subject speaks or acts in. */
const OCC_AS_FRONTED = new RegExp(
  `^\\s*[“"]?As\\s+(?:a|an)\\s+${OCCUPATION},\\s*(?:(?:moreover|too|also|however|therefore|then),\\s*)?$`,
  'iu',
);
/** "his authority as a clergyman", "his right as a rector": the possessor's calling. */
const OCC_AS_OWN = new RegExp(
  `^(?:['’]s)?\\s+(?:authority|right|rights|duty|duties|office|character|capacity|situation|station|calling|functions?|dignity|post)\\s+as\\s+(?:a|an|the)\\s+${OCCUPATION}(?![\\p{L}'’-])`,
  'iu',
);
/**
 * "Radney the mate", "Perth the blacksmith": the calling after the name as an epithet, without a
 * comma; not "the cook's", nor after an object when a verb follows ("told Thomas the captain was
 * coming").
 */
const OCC_EPITHET = new RegExp(
  `^\\s+the\\s+(?:(?:chief|first|second|third|old|young)\\s+)?${OCCUPATION}(?![\\p{L}'’-])(?!\\s*['’]s)`,
  'u',
);
/** A verb after the calling: after an object ("Beside Thomas the captain was"), the calling is a subject. */
const VERB_NEXT =
  /^\s+(?:was|is|were|had|has|would|will|could|should|might|must|did|does|said|says|came|went|told|asked|cried)\b/i;
/** A name opening its clause: a calling after it is its epithet, whatever follows. */
const CLAUSE_OPENS = /(?:^|[,;:—“"]|--|\b(?:and|but|then|when|while|as|for|so)\s)\s*$/i;
/** Verbs whose object a name and a calling after it may be two: "showed Thomas the cook". */
const TWO_OBJECTS_BEFORE =
  /\b(?:gave|give|gives|showed|shows|show|told|tell|sent|send|brought|bring|handed|asked|ask|offered|introduced|called)\s+$/i;
/** "his entrance into the ----shire Militia": the possessor joins a regiment or a service. */
const OCC_ENTRANCE =
  /^(?:['’]s)?\s+(?:entrance|entry)\s+into\s+the\s+(?:[-\p{L}]+\s+)?(?:(militia|regiment)|(army)|(navy))(?![\p{L}])/iu;
/** "Wickham and another officer", "Denny, one of the officers": a calling the name shares. */
const OCC_SHARED = new RegExp(
  `^(?:\\s+and\\s+(?:another|one\\s+other)\\s+${OCCUPATION}(?![\\p{L}'’-])|(?:\\s*,\\s*|${ASIDE}\\s+(?:was|is|had\\s+been)\\s+)one\\s+of\\s+(?:the|our|their|his|her)\\s+(?:[a-z]+\\s+)?${OCCUPATION}s(?![\\p{L}'’-]))`,
  'iu',
);
/** "M. Krempe, professor of natural philosophy": a calling without its article, then "of" or "at". */
const OCC_BARE = new RegExp(`^\\s*,\\s*${OCCUPATION}\\s+(?:of|to|at|in)\\s`, 'iu');
/** "if he had been in trade", "whether Thomas was a clerk": a supposition, not a statement. */
const SUPPOSED_BEFORE = /\b(?:if|unless|whether|though|supposing|suppose|wish|wished)\s+$/i;

/** The words occupations are made of, for a quick look before the patterns run. */
const OCCUPATION_WORDS = new Set(
  Object.keys(LEDGER_OCCUPATIONS).map((o) => o.split(/[\s-]/).pop() as string),
);
/** The words of OCC_STATE and OCC_SHARED besides the occupations, for a quick look. */
const CALLING_WORDS: ReadonlySet<string> = new Set([
  ...OCCUPATION_WORDS,
  ...'officers trade business orders militia regiment law sea church commission army navy'.split(' '),
  ...'entrance entry'.split(' '),
]);
const hasWordOf = (text: string, words: ReadonlySet<string>): boolean =>
  (text.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => words.has(w));

function occupation(r: SentenceReader, add: Add): void {
  if (!hasWordOf(r.text, OCCUPATION_WORDS)) return;
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || anchor.possessive || !subjectLike(r.file, anchor)) continue;
    const after = r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 140));
    const made = OCC_MADE.exec(after);
    const stated = OCC_AFTER_NAME.exec(after);
    const m = made ?? (stated && SUBJECT_VERB.test(stated[0]) && afterPreposition(r, anchor) ? null : stated);
    const appositive = m !== null && /^\s*,/.test(m[0]);
    // "There were Sherlock Holmes, the hydraulic engineer, Inspector Bradstreet...": a list.
    const listed = appositive && /^\s*,\s*(?:and\s+)?\p{Lu}/u.test(after.slice(m[0].length));
    if (m && !listed && (anchor.named || !appositive)) {
      const word = (m[1] as string).toLowerCase().replace(/\s+/, ' ');
      const value = LEDGER_OCCUPATIONS[word] ?? LEDGER_OCCUPATIONS[word.replace(' ', '-')];
      if (value && !/\bnot\b|\blike\b/i.test(m[0])) {
        const end = anchor.end + m[0].length;
        const change = made !== null || changeAt(r, anchor.end, m[0]) || /\bbecame\b/i.test(m[0]);
        add({ anchor, kind: 'occupation', value, detail: word, start: anchor.start, end, change });
      }
    }
    if (!anchor.named) continue;
    const before = r.file.text.slice(Math.max(r.start, anchor.start - 60), anchor.start);
    const fronted = /^\s*,/.test(r.file.text.slice(anchor.end, anchor.end + 3))
      ? OCC_FRONTED.exec(r.file.text.slice(r.start, anchor.start))
      : null;
    const inverted = OCC_INVERTED.exec(before) ?? fronted;
    if (inverted) {
      const word = (inverted[1] as string).toLowerCase().replace(/\s+/, ' ');
      const value = LEDGER_OCCUPATIONS[word] ?? LEDGER_OCCUPATIONS[word.replace(' ', '-')];
      if (value)
        add({
          anchor,
          kind: 'occupation',
          value,
          detail: word,
          // From "the": not the preposition before "the clergyman, Mr. Collins".
          start: anchor.start - inverted[0].length + Math.max(0, inverted[0].search(/\bthe\b/i)),
          end: anchor.end,
        });
    }
  }
}

/**
 * The resolver's confidence a pronoun needs for these patterns: "his authority as a clergyman" and
 * "since he had been in the militia" are the wrong man's at 0.77 and 0.65 in Pride and Prejudice.
 */
const SURE_PRONOUN = 0.8;

/** The value of an occupation word of the ledger's, if it is one. */
function callingOf(word: string): string | undefined {
  const w = word.toLowerCase().replace(/\s+/, ' ');
  return LEDGER_OCCUPATIONS[w] ?? LEDGER_OCCUPATIONS[w.replace(' ', '-')];
}

/**
 * The other ways prose states a calling: as a state or a step ("was in trade", "took orders"), a
 * calling before the name ("the harpooneer Queequeg"), "as a clergyman", and one shared with
 * others ("Wickham and another officer"). Never after "if" or "whether", nor with "not" or "like".
 */
function statedCallings(r: SentenceReader, add: Add): void {
  if (!hasWordOf(r.text, CALLING_WORDS)) return;
  const text = r.file.text;
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || (!anchor.named && anchor.confidence < SURE_PRONOUN)) continue;
    const before = text.slice(Math.max(r.start, anchor.start - 60), anchor.start);
    if (SUPPOSED_BEFORE.test(before)) continue;
    const after = text.slice(anchor.end, Math.min(r.span.end, anchor.end + 140));
    const emit = (value: string | undefined, word: string, start: number, end: number, change = false) => {
      if (value) add({ anchor, kind: 'occupation', value, detail: word.toLowerCase(), start, end, change });
    };
    if (anchor.possessive) {
      const own = OCC_AS_OWN.exec(after);
      if (own) emit(callingOf(own[1] as string), own[1] as string, anchor.start, anchor.end + own[0].length);
      const entrance = OCC_ENTRANCE.exec(after);
      if (entrance) {
        const [, regiment, army, navy] = entrance;
        const value = regiment ? 'officer' : army ? 'soldier' : 'sailor';
        emit(
          value,
          (regiment ?? army ?? navy) as string,
          anchor.start,
          anchor.end + entrance[0].length,
          true,
        );
      }
      continue;
    }
    if (subjectLike(r.file, anchor) && !afterPreposition(r, anchor)) {
      const state = OCC_STATE.exec(after);
      const group = state ? state.findIndex((g, i) => i > 0 && g !== undefined) : -1;
      if (state && group > 0) {
        const end = anchor.end + state[0].length;
        const change = STATE_STEP.test(state[0]) || changeAt(r, anchor.end, state[0]);
        emit(STATE_VALUES[group - 1], state[group] as string, anchor.start, end, change);
      }
      const fronted = OCC_AS_FRONTED.exec(text.slice(r.start, anchor.start));
      if (fronted)
        emit(
          callingOf(fronted[1] as string),
          fronted[1] as string,
          anchor.start - fronted[0].length,
          anchor.end,
        );
    }
    if (!anchor.named) continue;
    const shared = OCC_SHARED.exec(after);
    const sharedWord = shared?.[1] ?? shared?.[2];
    if (shared && sharedWord)
      emit(callingOf(sharedWord), sharedWord, anchor.start, anchor.end + shared[0].length);
    const epithet = TWO_OBJECTS_BEFORE.test(before) ? null : OCC_EPITHET.exec(after);
    if (epithet && (CLAUSE_OPENS.test(before) || !VERB_NEXT.test(after.slice(epithet[0].length)))) {
      const word = epithet[1] as string;
      emit(callingOf(word), word, anchor.start, anchor.end + epithet[0].length);
    }
    const bare = OCC_BARE.exec(after);
    if (bare) {
      const word = bare[1] as string;
      emit(callingOf(word), word, anchor.start, anchor.end + bare[0].indexOf(word) + word.length);
    }
    const noun = OCC_BEFORE.exec(before);
    if (noun) {
      const at = anchor.start - noun[0].length + (/^[^\p{L}]/u.test(noun[0]) ? 1 : 0);
      emit(callingOf(noun[1] as string), noun[1] as string, at, anchor.end);
    }
  }
}

/** The clause marks a change: "now", "lately", "had become" (only words of the fact's own clause). */
function changeAt(r: SentenceReader, offset: number, phrase = ''): boolean {
  return (
    CHANGE_WORDS.test(phrase) ||
    /\b(?:now|lately|newly|became|become|had grown|no longer)\b/i.test(r.clause(offset))
  );
}

/**
 * A death verb after the name, an aside or "who" ("Hale, who had died in the spring"): "died",
 * "took his own life", "had gone to his grave", "met his end", "gave up the ghost", "broke his neck"
 * (a fall's usual end in prose; "nearly broke his neck" has an adverb the pattern does not allow).
 */
const DEATH_VERB =
  /^(?:\s*,[^,;:]{1,80},|\s*,\s*who)?\s+(?:(?:also|at\s+last|at\s+length|soon|then|afterwards|had|has|himself|herself)\s+)*(died|perished|expired|drowned|breathed\s+(?:his|her)\s+last|passed\s+away|lost\s+(?:his|her)\s+life|departed\s+this\s+life|killed\s+(?:himself|herself)|took\s+(?:his|her)\s+own\s+life|succumbed\s+to|fell\s+in\s+(?:battle|action|the\s+war|a\s+duel)|(?:went|gone)\s+to\s+(?:his|her)\s+(?:grave|last\s+rest|long\s+home)|met\s+(?:his|her)\s+(?:death|end)|gave\s+up\s+the\s+ghost|(?:broke|broken)\s+(?:his|her)\s+neck)\b/i;
const DEATH_PASSIVE =
  /^(?:\s*,[^,;:]{1,80},)?\s+(?:(?:also|at\s+last|then|soon)\s+)*(?:was\s+found|was|is|had\s+been|has\s+been|lay|fell|dropped)\s+(?:(?:already|at\s+last|then|now|quite|stone|cruelly|basely)\s+)*(killed|murdered|drowned|executed|hanged|hung|slain|shot|dead|no\s+more|lifeless|beheaded|strangled|(?:laid\s+)?in\s+(?:his|her|the)\s+grave|laid\s+to\s+rest|lost\s+at\s+sea|(?:stabbed|burned|burnt|starved|beaten|crushed)\s+to\s+death)\b/i;
const DEATH_NOUN_BEFORE =
  /\b(?:(?:the\s+)?(?:lifeless\s+(?:form|body)|dead\s+body|corpse|remains|mangled\s+body|body|funeral|grave)\s+of|(?:(?:after|since|upon)\s+)?the\s+(?:death|murder)\s+of|(?:they|we|he|she|I)\s+(?:had\s+)?buried)\s+$/i;
const DEATH_POSSESSIVE_AFTER =
  /^['’]s\s+(?:corpse|dead\s+body|lifeless\s+(?:form|body)|remains|funeral|grave|death|murder|body\s+(?:was\s+found|lay))\b/i;
/** "the whale had killed Daggoo": the object of a killing, right before the name. */
const KILLED_BEFORE =
  /\b(?:killed|murdered|slew|strangled|poisoned|executed|beheaded|drowned|carried\s+off)\s+$/i;
/** "Smith shot Jones dead": a blow before the name, "dead" after it. */
const STRUCK_BEFORE = /\b(?:shot|struck|stabbed|knocked)\s+$/i;
const DEAD_AFTER = /^\s+dead\b/i;
const MARRIED =
  /^(?:\s*,[^,;:]{1,60},)?\s+(?:(?:had|was|has\s+been)\s+)?(?:married|wedded)\b|^\s+became\s+(?:his|her)\s+(?:wife|husband)\b/i;
const WIDOWED =
  /^(?:\s*,\s*(?:a|the)\s+|\s+(?:was|became)\s+(?:a|the)\s+)(?:[a-z]+\s+){0,2}?(widow|widower)\b/i;
/**
 * "Name was engaged to", "Name, who was himself betrothed to", "Name had already been engaged to":
 * after the name or its relative "who", an adverb or a reflexive may stand before the word.
 */
const ENGAGED =
  /^(?:\s*,\s*who)?\s+(?:was|had\s+been|became|is)\s+(?:(?:now|already|then|secretly|long|himself|herself)\s+)?(?:engaged|betrothed|affianced)\s+to\b/i;

/**
 * "Ahab, who had lived and would die a bachelor", "she died an old maid", "Hale never married": a
 * life without marriage, which no marriage of the character's, stated anywhere, leaves standing.
 * "Never married again" and "never married till" are not it.
 */
const LIFELONG_SINGLE =
  /^(?:\s*,\s*who)?\s+(?:(?:had\s+)?lived\s+and\s+(?:(?:would|was\s+to|should)\s+die|died)|died)\s+(?:a|an)\s+(?:old\s+)?(bachelor|maid|spinster)\b|^(?:\s*,\s*who)?\s+never\s+(?:married|wed|wedded)\b(?!\s+(?:again|till|until|before))/i;
/** "he has a wife", "Thomas had a young husband": a spouse held ("a wife in view" is one sought). */
const SPOUSE_HELD =
  /^\s+(?:(?:also|already|now|once)\s+)?(?:has|had)\s+a\s+(?:[a-z]+\s+){0,2}?(wife|husband)\b(?!['’]s|\s+in\s+(?:view|mind|prospect))/i;

/** A spouse the anchor (a name, or "he"/"she") has: the character is or was married. */
function spouseHeld(r: SentenceReader, anchor: Anchor, add: Add): void {
  if (!anchor.named && !/^(?:he|she)$/i.test(r.file.text.slice(anchor.start, anchor.end))) return;
  const held = SPOUSE_HELD.exec(r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 60)));
  if (!held || UNREAL_MOOD_WORDS.test(r.file.text.slice(Math.max(r.start, anchor.start - 40), anchor.start)))
    return;
  add({
    anchor,
    kind: 'status',
    value: 'married',
    detail: (held[1] as string).toLowerCase(),
    start: anchor.start,
    end: anchor.end + held[0].length,
  });
}

function status(r: SentenceReader, add: Add): void {
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character') continue;
    // "he died": a death told of a subject pronoun the resolver is sure of; its other facts need a name.
    if (!anchor.named) {
      if (
        anchor.confidence >= PRONOUN_DEATH_CONFIDENCE &&
        /^(?:he|she)$/i.test(r.file.text.slice(anchor.start, anchor.end))
      )
        pronounDeath(r, anchor, add);
      spouseHeld(r, anchor, add);
      continue;
    }
    const after = r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 140));
    const before = r.file.text.slice(Math.max(r.start, anchor.start - 40), anchor.start);
    const lead = r.file.text.slice(r.start, anchor.start);
    // "had Tashtego perished" (a condition), "this Leviathan was slain" (any one of a kind).
    if (/\b(?:had|were|should|this|that|a|an|every|each|any|some|no)\s+$/i.test(lead.slice(-10))) continue;
    const recent = lead.slice(-40);
    const clause = recent.slice(recent.search(/[^,;:]*$/));
    const unreal = (phrase: string) =>
      UNREAL_WORDS.test(phrase) || UNREAL_MOOD_WORDS.test(recent) || NOT_YET_WORDS.test(clause);
    const verb = anchor.possessive
      ? null
      : (DEATH_VERB.exec(after) ??
        DEATH_PASSIVE.exec(after) ??
        (firstOfClause(r, anchor) ? AND_DIED.exec(after) : null));
    if (verb && !unreal(verb[0].replace(/\b(?:had|has)\b/gi, ''))) add(death(anchor, verb));
    // "had been so killed Starbuck well knew": a passive killing is not this name's.
    const passive = /\b(?:been|was|were|be|being|is|are)\s+(?:[a-z]+\s+)?[a-z]+\s+$/i.test(before);
    const killed =
      anchor.possessive || passive
        ? null
        : (KILLED_BEFORE.exec(before) ?? (DEAD_AFTER.test(after) ? STRUCK_BEFORE.exec(before) : null));
    if (killed && !unreal(killed[0])) {
      const dead = DEAD_AFTER.exec(after);
      add({
        anchor,
        kind: 'status',
        value: 'dead',
        detail: killed[0].trim().toLowerCase(),
        start: anchor.start - killed[0].length,
        end: anchor.end + (dead?.[0].length ?? 0),
      });
    }
    // "the death of Darcy's father" is not Darcy's.
    const noun = anchor.possessive ? null : DEATH_NOUN_BEFORE.exec(before);
    if (noun && !unreal(noun[0])) {
      add({
        anchor,
        kind: 'status',
        value: 'dead',
        detail: 'body',
        start: anchor.start - noun[0].length,
        end: anchor.end,
      });
    }
    const own = anchor.possessive
      ? DEATH_POSSESSIVE_AFTER.exec(r.file.text.slice(anchor.end, anchor.end + 40))
      : null;
    if (own && !unreal(own[0]))
      add({
        anchor,
        kind: 'status',
        value: 'dead',
        detail: 'body',
        start: anchor.start,
        end: anchor.end + own[0].length,
      });
    if (anchor.possessive) continue;
    spouseHeld(r, anchor, add);
    const single = UNREAL_MOOD_WORDS.test(recent) ? null : LIFELONG_SINGLE.exec(after);
    if (single)
      add({
        anchor,
        kind: 'status',
        value: 'unmarried',
        detail: single[1]?.toLowerCase() ?? 'never married',
        start: anchor.start,
        end: anchor.end + single[0].length,
      });
    const married = MARRIED.exec(after);
    if (married && !unreal(married[0])) {
      add({
        anchor,
        kind: 'status',
        value: 'married',
        start: anchor.start,
        end: anchor.end + married[0].length,
        change: true,
      });
      partnerRelation(r, anchor, anchor.end + married[0].length, 'spouse', add);
    }
    const widowed = WIDOWED.exec(after);
    if (widowed) {
      add({
        anchor,
        kind: 'status',
        value: 'widowed',
        detail: (widowed[1] as string).toLowerCase(),
        start: anchor.start,
        end: anchor.end + widowed[0].length,
        change: true,
      });
    }
    const engaged = ENGAGED.exec(after);
    if (engaged && !unreal(engaged[0])) {
      const to = r.file
        .anchorsIn(anchor.end + engaged[0].length, anchor.end + engaged[0].length + 40)
        .find((a) => a.named && a.type === 'character');
      add({
        anchor,
        kind: 'status',
        value: 'engaged',
        objectKey: to?.key ?? null,
        start: anchor.start,
        end: to?.end ?? anchor.end + engaged[0].length,
        change: true,
      });
      partnerRelation(r, anchor, anchor.end + engaged[0].length, 'engaged', add);
    }
  }
}

/** "union with", "speedy marriage to my": the words between an owner's possessive and the partner's name. */
const UNION_BEFORE =
  /(?<![\p{L}'’])((?:(?!(?:my|his|her)\s)\p{Ll}+\s+)?(?:union|marriage)\s+(?:with|to)\s+(?:my\s+|his\s+|her\s+)?)$/iu;
/** A union still to come: "should take place", "my immediate marriage", "the day fixed for". */
const UNION_TO_COME =
  /\b(?:should|would|shall|will|was\s+to|were\s+to|is\s+to|take\s+place|approaching|immediate|speedy|intended|projected|future|fixed|delay(?:ed)?|defer(?:red)?)\b/i;
/** How sure a first-person narrator's "my" is the narrator the story analysis found. */
const NARRATOR_CONFIDENCE = 0.9;

/**
 * "my union with Elizabeth should take place", "his marriage to Mary Benson": the possessor (a
 * name's "'s", "his" or "her", or a first-person narrator's "my" in the narration) and the one
 * named are engaged when the clause puts the union to come, else married.
 */
function unions(r: SentenceReader, add: Add): void {
  for (const partner of r.anchors) {
    if (!partner.named || partner.possessive || partner.type !== 'character') continue;
    const union = UNION_BEFORE.exec(r.file.text.slice(Math.max(r.start, partner.start - 50), partner.start));
    if (!union) continue;
    const at = partner.start - (union[1] as string).length;
    const my = /\bmy\s+$/i.exec(r.file.text.slice(Math.max(r.start, at - 4), at));
    const narrator = my ? r.file.narratorAt(at) : null;
    const owner: Anchor | null =
      my && narrator !== null
        ? {
            start: at - my[0].length,
            // The anchor spans "my union with": the fact is a relation, not what "my" alone may give.
            end: at,
            key: narrator,
            type: 'character',
            named: false,
            possessive: true,
            confidence: NARRATOR_CONFIDENCE,
          }
        : my
          ? null
          : r.possessor(at);
    if (owner === null || owner.key === partner.key) continue;
    add({
      anchor: owner,
      kind: 'relation',
      value: UNION_TO_COME.test(r.clause(partner.start)) ? 'engaged' : 'spouse',
      detail: 'union',
      objectKey: partner.key,
      start: owner.start,
      end: partner.end,
    });
  }
}

/** How sure the resolver must be of a pronoun for a death told of it ("he died"). */
const PRONOUN_DEATH_CONFIDENCE = 0.7;

/**
 * "the carpenter was taken with a fever, and died": a death the subject's own first predicate
 * leads to, joined by "and" (no relative clause or other clause between).
 */
const AND_DIED =
  /^\s+(?!(?:who|which|that|and|or|but)\b)[a-z][^,;:.!?"“”()]{2,60},?\s+and\s+(?:(?:then|soon|so|at\s+last|at\s+length)\s+)?(died|perished|expired)\b/i;

/** No character is named before `anchor` in its clause: the anchor is the clause's subject, not an object. */
function firstOfClause(r: SentenceReader, anchor: Anchor): boolean {
  return !r.anchors.some(
    (a) =>
      a.type === 'character' &&
      a.start < anchor.start &&
      !/[,;:]/.test(r.file.text.slice(a.end, anchor.start)),
  );
}

/** "He died that night", "she was drowned": a death verb right after a subject pronoun, in narration. */
function pronounDeath(r: SentenceReader, anchor: Anchor, add: Add): void {
  if (r.file.voiceAt(anchor.start) !== null) return;
  const lead = r.file.text.slice(r.start, anchor.start);
  if (UNREAL_MOOD_WORDS.test(lead.slice(-40)) || NOT_YET_WORDS.test(lead.slice(-40).replace(/^.*[,;:]/, '')))
    return;
  const after = r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 140));
  const verb = DEATH_VERB.exec(after) ?? DEATH_PASSIVE.exec(after);
  if (!verb || UNREAL_WORDS.test(verb[0].replace(/\b(?:had|has)\b/gi, ''))) return;
  add(death(anchor, verb));
}

/** The character at `anchor` is dead, by the death verb matched right after it ("died", "was killed"). */
function death(anchor: Anchor, verb: RegExpExecArray): FactDraft {
  return {
    anchor,
    kind: 'status',
    value: 'dead',
    detail: (verb[1] as string).toLowerCase(),
    start: anchor.start,
    end: anchor.end + verb[0].length,
  };
}

/**
 * "Mary married Thomas Hale", "was engaged to Thomas Hale": the partner named right after the verb
 * is the entity's spouse or betrothed, a relation that another cannot share ("her brother").
 */
function partnerRelation(
  r: SentenceReader,
  anchor: Anchor,
  at: number,
  role: 'spouse' | 'engaged',
  add: Add,
): void {
  const partner = r.file
    .anchorsIn(at, at + 40)
    .find((a) => a.named && !a.possessive && a.type === 'character');
  if (
    !partner ||
    partner.key === anchor.key ||
    !/^\s+(?:to\s+)?$/i.test(r.file.text.slice(at, partner.start))
  )
    return;
  add({
    anchor,
    kind: 'relation',
    value: role,
    detail: role === 'spouse' ? 'married' : 'engaged',
    objectKey: partner.key,
    start: anchor.start,
    end: partner.end,
    weight: 0.9,
  });
}

/** "five daughters", "five young daughters", "five grown-up daughters": up to two words between. */
const COUNT_AFTER = new RegExp(
  `^\\s*(${NUMBER_WORD})\\s+((?:[a-z]+(?:-[a-z]+)*\\s+){0,2}?)([a-z]+s|children|[a-z]*men|people|feet|teeth|geese|mice|oxen)\\b`,
  'i',
);
/**
 * What an owner has, up to the count: "had five daughters", "was blessed with five daughters",
 * "had a wife and five daughters", "had a family of five daughters", "commanded a crew of thirty
 * men", "had an income of ten thousand a year".
 */
const HAVE =
  /^(?:\s*,\s*who)?\s+(?:(?:was|had\s+been)\s+blessed\s+with|had|has|kept|keeps|possessed|owned|owns|commanded|commands)\s+(?:(?:a|an|one)\s+[a-z]+(?:\s*,\s*|\s+and\s+))?(?:(?:a|an)\s+(?:[a-z]+\s+)?(?:family|crew|household|company|income)\s+of\s+)?(?:only\s+|but\s+|just\s+)?/i;
/** "Mr. Bennet was the father of five daughters", "Mrs. Hale, the mother of two sons". */
const PARENT_OF =
  /^(?:\s*,\s*(?:who\s+(?:was|is)\s+)?|\s+(?:was|is|became)\s+)(?:the\s+|a\s+)?(?:[a-z]+\s+)?(?:father|mother|parent)\s+of\s+/i;
const WITH = /^\s+(?:was|is)\s+(?:a|an)\s+[a-z]+\s+with\s+/i;
/** "Mr. and Mrs. Gardiner, with their four children", "the old squire, with his two sons". */
const WITH_OWN = /^\s*,?\s+(?:together\s+)?with\s+(?:his|her|their)\s+(?:own\s+)?/i;

/** A count read in the text: the number, the noun counted, and where the phrase ends. */
interface CountPhrase {
  value: number;
  noun: string;
  end: number;
}

/**
 * "N noun" right at `offset` (no qualifier before or inside): the count and the noun, or null.
 * `led`: the caller matched the words before ("the father of"), so they are not read as a qualifier.
 */
function countPhraseAt(r: SentenceReader, offset: number, led = false): CountPhrase | null {
  const m = COUNT_AFTER.exec(r.file.text.slice(offset, Math.min(r.span.end, offset + 60)));
  if (!m) return null;
  const parsed = parseNumber(m[1] as string);
  if (!parsed || parsed.value < 2 || parsed.value % 1 !== 0) return null;
  const adjectives = (m[2] as string)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  const noun = (m[3] as string).toLowerCase();
  if (COUNT_EXCLUDED.has(noun) || noun.endsWith('ss') || NOT_PLURAL_NOUNS.test(noun)) return null;
  if (adjectives.some((a) => COUNT_QUALIFIERS.has(a) || COUNT_EXCLUDED.has(a) || /^(?:or|and|to)$/.test(a)))
    return null;
  const before = r.file.text.slice(Math.max(r.start, offset - 20), offset);
  if (!led && /\b(?:other|remaining|last|first|of|some|about|nearly|almost|or|than)\s*$/i.test(before))
    return null;
  return { value: parsed.value, noun, end: offset + m[0].length };
}

/** "ten thousand a year", "having four thousand pounds a year": an owner's yearly income. */
const INCOME = new RegExp(
  `^\\s*(?:having\\s+)?(${NUMBER_WORD})\\s+(thousand|hundred)(?:\\s+pounds)?\\s+(?:a|per)\\s+(?:year|annum)\\b`,
  'i',
);

/** An income stated at `offset`, counted in pounds under "pounds a year"; null when there is none. */
function incomeAt(r: SentenceReader, offset: number): CountPhrase | null {
  const m = INCOME.exec(r.file.text.slice(offset, Math.min(r.span.end, offset + 60)));
  const parsed = m ? parseNumber(m[1] as string) : null;
  if (!m || !parsed) return null;
  const unit = (m[2] as string).toLowerCase() === 'thousand' ? 1000 : 100;
  return { value: parsed.value * unit, noun: 'pounds a year', end: offset + m[0].length };
}

/** "the three gardeners", "there were three gardeners", and a sentence opening "Three gardeners". */
const DEFINITE_COUNT = new RegExp(
  `(?:\\b(?:the|there\\s+were|there\\s+are)\\s+|^)(?=${NUMBER_WORD}\\s)`,
  'gi',
);
const RELATIVE_HAVE = /^\s+(?:had|has)\s+(?:kept|had|employed|brought)?/i;

function counts(r: SentenceReader, add: Add): void {
  // Where each count read below ends, so that a modified noun is not counted again.
  const read = new Set<number>();
  const countAt = (...args: Parameters<typeof countPhraseAt>) => {
    const c = countPhraseAt(...args);
    if (c) read.add(c.end);
    return c;
  };
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character') continue;
    const afterName =
      anchor.end +
      (anchor.named && anchor.possessive
        ? (/^['’]s/.exec(r.file.text.slice(anchor.end))?.[0].length ?? 0)
        : 0);
    if (anchor.possessive) {
      const c = countAt(r, afterName) ?? incomeAt(r, afterName);
      if (c)
        add({
          anchor,
          kind: 'count',
          value: String(c.value),
          detail: c.noun,
          low: c.value,
          high: c.value,
          start: anchor.start,
          end: c.end,
        });
      continue;
    }
    const rest = r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 80));
    const parent = PARENT_OF.exec(rest);
    const have = parent ?? HAVE.exec(rest) ?? WITH.exec(rest) ?? WITH_OWN.exec(rest);
    if (have) {
      const c =
        countAt(r, anchor.end + have[0].length, parent !== null || /\bof\s+$/i.test(have[0])) ??
        incomeAt(r, anchor.end + have[0].length);
      if (c)
        add({
          anchor,
          kind: 'count',
          value: String(c.value),
          detail: c.noun,
          low: c.value,
          high: c.value,
          start: anchor.start,
          end: c.end,
        });
    }
  }
  // "the five strangers rowing Ahab", "there were three gardeners", "the four servants McCarthy had kept"
  for (const { match, at } of r.matches(DEFINITE_COUNT)) {
    const c = countAt(r, at + match[0].length);
    if (!c) continue;
    const after = r.file.text.slice(c.end, Math.min(r.span.end, c.end + 60));
    const owner = r.file
      .anchorsIn(c.end, c.end + 60)
      .find((a) => a.named && a.type === 'character' && !/[,;:.]/.test(r.file.text.slice(c.end, a.start)));
    if (owner && RELATIVE_HAVE.test(r.file.text.slice(owner.end, owner.end + 30))) {
      add({
        anchor: owner,
        kind: 'count',
        value: String(c.value),
        detail: c.noun,
        low: c.value,
        high: c.value,
        start: at,
        end: owner.end,
      });
      continue;
    }
    // A group of the scene: counted under the noun with the names its clause gives, if any ("the
    // five strangers rowing Ahab"); not those it turns to ("the four gardeners began bowing to the
    // King, the Queen"), who are no part of the group.
    const clauseEnd = after.search(/[;:.!?]/);
    const named = groupNames(
      r.file.text,
      c.end,
      r.file
        .anchorsIn(c.end, c.end + (clauseEnd < 0 ? after.length : clauseEnd))
        .filter((a) => a.named && a.type === 'character'),
    );
    const group: Anchor = named[0] ?? {
      start: at,
      end: at,
      key: '',
      type: 'other',
      named: false,
      possessive: false,
      confidence: 1,
    };
    add({
      anchor: group,
      kind: 'count',
      value: String(c.value),
      detail: `${c.noun} of the scene`,
      low: c.value,
      high: c.value,
      start: at,
      end: c.end,
      weight: 0.8,
    });
  }
  // "the royal children; there were ten of them": the number of a group named right before.
  for (const { match, at } of r.matches(OF_THEM)) {
    const parsed = parseNumber(match[1] as string);
    const named = NAMED_BEFORE.exec(r.file.text.slice(r.start, at));
    if (!parsed || parsed.value < 2 || parsed.value % 1 !== 0 || !named) continue;
    const noun = (named[2] as string).toLowerCase();
    const modifiers = (named[1] as string).split(/\s+/).filter((w) => w !== '');
    if (COUNT_EXCLUDED.has(noun) || noun.endsWith('ss') || NOT_PLURAL_NOUNS.test(noun)) continue;
    if (modifiers.some((w) => !countModifier(w.toLowerCase()))) continue;
    add({
      anchor: { start: at, end: at, key: '', type: 'other', named: false, possessive: false, confidence: 1 },
      kind: 'count',
      value: String(parsed.value),
      detail: `${noun} of the scene`,
      low: parsed.value,
      high: parsed.value,
      start: r.start + named.index,
      end: at + match[0].length,
      weight: 0.8,
    });
  }
  // "five little dried orange pips": things no one owns, counted under the noun and the word before
  // it, as a group of the scene (a count the text states once against one it states twice).
  for (const { match, at } of r.matches(MODIFIED_COUNT)) {
    const numberAt = at + (match[1] as string).length;
    const end = numberAt + match[0].length - (match[1] as string).length;
    if (read.has(end)) continue;
    const parsed = parseNumber(match[2] as string);
    const modifiers = (match[3] as string)
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== '');
    const noun = (match[4] as string).toLowerCase();
    if (!parsed || parsed.value < 2 || parsed.value % 1 !== 0 || COUNT_EXCLUDED.has(noun)) continue;
    // Lower case in the text: "six Elizabeth was" is no count of a thing.
    if (/\p{Lu}/u.test(`${match[3]}${match[4]}`) || noun.endsWith('ss') || NOT_PLURAL_NOUNS.test(noun))
      continue;
    if (modifiers.some((w) => !countModifier(w))) continue;
    if (COUNT_LEAD.test(r.file.text.slice(Math.max(r.start, numberAt - 20), numberAt))) continue;
    add({
      anchor: {
        start: numberAt,
        end: numberAt,
        key: '',
        type: 'other',
        named: false,
        possessive: false,
        confidence: 1,
      },
      kind: 'count',
      value: String(parsed.value),
      detail: `${modifiers.at(-1)} ${noun} of the scene`,
      low: parsed.value,
      high: parsed.value,
      start: numberAt,
      end,
      weight: 0.8,
    });
  }
}

/** "there were ten of them": a group's number, the group named right before (NAMED_BEFORE). */
const OF_THEM = new RegExp(`\\bthere\\s+(?:were|are)\\s+(${NUMBER_WORD})\\s+of\\s+them\\b`, 'gi');
/** "the royal children;", "the guards, and": the plural it counts, ending the clause before. */
const NAMED_BEFORE =
  /\b[Tt]he\s+((?:[a-z]+(?:-[a-z]+)*\s+){0,2}?)([a-z]+s|children|[a-z]*men|people)\s*(?:[;:,]|--|—)\s*(?:and\s+|but\s+)?$/;

/** Before a name: a preposition that makes it what the clause turns to ("bowing to the King"). */
const TURNED_TO = /\b(?:to|towards|toward|at|before)\s+(?:the\s+)?$/i;
/** Between two names of a list: "the King, the Queen", "Stubb and Flask". */
const LISTED = /^\s*(?:,|,?\s*and)\s+(?:the\s+)?$/i;

/**
 * The names a group's clause gives, in order, less those it turns to: a name right after "to", "at"
 * or "before", and the names listed after it ("bowing to the King, the Queen, the royal children").
 */
function groupNames(text: string, from: number, anchors: readonly Anchor[]): Anchor[] {
  const kept: Anchor[] = [];
  let previousEnd = from;
  let turnedTo = false;
  for (const anchor of anchors) {
    const gap = text.slice(previousEnd, anchor.start);
    turnedTo = TURNED_TO.test(gap) || (turnedTo && LISTED.test(gap));
    if (!turnedTo) kept.push(anchor);
    previousEnd = anchor.end;
  }
  return kept;
}

/** A number, one to three modifiers, and a plural noun: "five little dried orange pips". */
const MODIFIED_COUNT = new RegExp(
  `(^|[^\\p{L}-])(${NUMBER_WORD})\\s+((?:[a-z]+(?:-[a-z]+)*\\s+){1,3}?)([a-z]+s)\\b`,
  'giu',
);
/** Words before a number that make it a part, an estimate, an owner's or a named group's. */
const COUNT_LEAD =
  /(?:\b(?:other|remaining|last|first|of|some|about|nearly|almost|or|than|the|these|those|his|her|its|their|my|our|your|were|are)|['’]s|\d)\s*$/i;
/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL_NOUNS =
  /^(?:.{1,2}|was|has|his|its|yes|this|thus|hers|ours|yours|theirs|always|perhaps|ourselves|yourselves|themselves|sometimes|besides|towards|afterwards|upwards|downwards|whereas|unless|does|goes)$/;
/** A modifier of a counted noun: an adjective or a noun used as one ("dried", "orange"), not a number, a plural or a function word. */
function countModifier(word: string): boolean {
  if (COUNT_QUALIFIERS.has(word) || COUNT_EXCLUDED.has(word) || parseNumber(word)) return false;
  if (
    /^(?:a|an|the|and|or|but|in|on|at|to|by|for|with|from|into|upon|his|her|its|their|were|was|had|have|is|are|be|been|i|we|you|he|she|it|they|me|him|us|them|which|who|whom|what|when|where|that|this|these|those|such|so|very|more|most)$/.test(
      word,
    )
  )
    return false;
  return !word.endsWith('s') || word.endsWith('ous');
}

const TITLE =
  /^(Sir|Lord|Lady|Captain|Colonel|Major|General|Admiral|Lieutenant|Dr\.|Doctor|Professor|Inspector|Reverend|Rev\.|King|Queen|Prince|Princess|Duke|Duchess|Count|Countess|Baron|Baroness)\s/;

/** Titles the names carry ("Sir William", "Lord St. Simon"), once per entity and title, where first seen. */
function titles(file: FileText, add: Add): void {
  const seen = new Set<string>();
  for (const anchor of file.anchors) {
    if (!anchor.named || anchor.type !== 'character') continue;
    const m = TITLE.exec(file.text.slice(anchor.start, anchor.end));
    if (!m) continue;
    const title = (m[1] as string).replace(/\.$/, '');
    const key = `${anchor.key}|${title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    add({ anchor, kind: 'title', value: title, start: anchor.start, end: anchor.end });
  }
}

/** The story bible's typed relations, one fact per passage: what `objectKey` is to the entity. */
function relations(file: FileText, extraction: Extraction, facts: Fact[]): void {
  for (const relation of extraction.relations) {
    if (!['family', 'sibling', 'spouse', 'parent_of', 'works_for'].includes(relation.type)) continue;
    for (const e of relation.evidence) {
      if (e.fileId !== file.fileId) continue;
      const voice = file.voiceAt(e.start);
      facts.push({
        ...file.passage(e.start, e.end),
        entityKey: relation.sourceKey,
        kind: 'relation',
        value: relationRole(relation.type, relation.label ?? ''),
        detail: relation.label ?? relation.type,
        objectKey: relation.targetKey,
        low: null,
        high: null,
        voice: voice?.voice ?? 'narration',
        speakerKey: voice?.speakerKey ?? null,
        hedged: false,
        change: false,
        confidence: 0.9,
      });
    }
  }
}

/** What the other is to the entity, from the relation's type and label ("father": a parent; works_for: the employer). */
export function relationRole(type: string, label: string): string {
  const l = label.toLowerCase();
  if (/in-law/.test(l)) return 'in-law';
  if (/^step/.test(l))
    return /father|mother|parent/.test(l)
      ? 'step-parent'
      : /sister|brother/.test(l)
        ? 'step-sibling'
        : 'step-child';
  if (/^half/.test(l)) return 'half-sibling';
  if (/^(?:father|mother|papa|mamma|parent)$/.test(l)) return 'parent';
  if (/^(?:son|daughter|child)$/.test(l)) return 'child';
  if (/^(?:brother|sister)$/.test(l)) return 'sibling';
  if (/^(?:wife|husband)$/.test(l)) return 'spouse';
  if (/^(?:engaged|fianc|betrothed)/.test(l)) return 'engaged';
  // A works_for relation runs from the servant to the one served: its target is the employer.
  if (type === 'works_for') return 'employer';
  if (type === 'sibling' || type === 'spouse') return type;
  return l || type;
}

const SPEECH_TAG_BEFORE =
  /\b(?:said|cried|replied|asked|answered|exclaimed|whispered|shouted|returned|observed|remarked|added|continued|repeated|muttered|began|called|screamed|shrieked)\s+(?:the\s+)?$/i;
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
/** "could even listen to Sir William", "heard Justine": the character named next is speaking. */
const LISTEN_BEFORE = /\b(?:listen(?:ed|ing)?\s+to|heard)\s+$/i;
/** The act after a name: "Mr. Hale came", "Mr. Hale himself, leaning on a cane, came slowly". */
const ACT_AFTER =
  /^(?:\s+(?:himself|herself))?(?:\s*,[^,;:"“”]{1,60},)?(?:\s+and\s+(?:[\p{L}.’']+\s+){1,3}?)?\s+(?:(?:then|also|at\s+once|once\s+more|again|instantly|quickly|slowly|now|soon|presently|immediately|suddenly|[a-z]+ly)\s+){0,2}(?:(had)\s+(?:(?:now|then|also|already|at\s+once|soon|[a-z]+ly)\s+)?)?(?:(?:was|were)\s+([a-z]+ing)|([a-z]+))\b/iu;

/**
 * The lead of a name at its sentence's start or right after a clause's punctuation; narrower than
 * CLAUSE_OPENS (no conjunction or quotation mark before the name), for a participle read as a deed.
 */
const PUNCTUATION_OPENS = /(?:^|[;:,—]|--)\s*$/;
/** Words in "-ing" after a name that are no doing: a state, a death, or not a verb. */
const NOT_DOING =
  /^(?:being|having|dying|nothing|something|anything|everything|thing|morning|evening|during|notwithstanding)$/;

/** Past participles of acts unlike their past tense, after "had" ("had come back", "had spoken"). */
const PAST_PARTICIPLES = new Set(
  'come gone spoken taken given seen risen arisen run begun done eaten written driven ridden thrown drawn fallen shown sworn torn worn woken awoken sung swum stolen'.split(
    ' ',
  ),
);

function isAction(verb: string): boolean {
  const v = verb.toLowerCase();
  return ACTION_VERBS.has(v) || (/^[a-z]{3,}ed$/.test(v) && !NOT_ACTIONS.has(v));
}

/**
 * Where characters act, speak or write in the narration: a name (or a resolved subject pronoun)
 * followed by a verb in the past ("Justine came", "Daggoo roused", "were stopping"), or named by a
 * speech tag ("said the Dormouse"). Sentences of memory, dream, report or wish are left out.
 */
function acts(file: FileText): Fact[] {
  const out: Fact[] = [];
  const memory = new Map<number, boolean>();
  for (const anchor of file.anchors) {
    if (anchor.type !== 'character' || anchor.possessive) continue;
    if (!anchor.named && !/^(?:he|she)$/i.test(file.text.slice(anchor.start, anchor.end))) continue;
    if (file.voiceAt(anchor.start) !== null) continue;
    // "the kindness of the late Mr. Darcy ... agreed": whom the text calls late there does not act.
    if (isLate(file.text, anchor)) continue;
    const sentence = file.sentenceAt(anchor.start);
    const letterAt = anchor.named ? letterArrivingFrom(file, anchor, sentence) : null;
    if (letterAt !== null) {
      // The letter itself is no sign of memory here; any other memory word still is.
      const rest = file.text.slice(sentence.start, sentence.end).replace(/\b(?:letters?|written)\b/gi, '');
      if (MEMORY_WORDS.test(rest)) continue;
    } else {
      let remembered = memory.get(sentence.start);
      if (remembered === undefined) {
        remembered = MEMORY_WORDS.test(file.text.slice(sentence.start, sentence.end));
        memory.set(sentence.start, remembered);
      }
      if (remembered) continue;
    }
    // A pronoun counts only after the sentence names its character ("Sir William, when he
    // complimented him"): a character just dead is the most salient antecedent of every "he".
    if (
      !anchor.named &&
      !file.anchorsIn(sentence.start, anchor.start).some((a) => a.named && a.key === anchor.key)
    ) {
      continue;
    }
    const before = file.text.slice(Math.max(sentence.start, anchor.start - 30), anchor.start);
    let from = anchor.start;
    let end = -1;
    let verb = '';
    let weight = anchor.named ? 1 : 0.7;
    const tag = SPEECH_TAG_BEFORE.exec(before) ?? LISTEN_BEFORE.exec(before);
    if (tag && anchor.named) {
      from = anchor.start - tag[0].length;
      end = anchor.end;
      verb = 'spoke';
    } else if (letterAt !== null) {
      from = letterAt;
      end = anchor.end;
      verb = 'wrote';
    } else {
      const m = ACT_AFTER.exec(file.text.slice(anchor.end, Math.min(sentence.end, anchor.end + 120)));
      const word = m ? ((m[2] ?? m[3]) as string | undefined) : undefined;
      if (!m || word === undefined) continue;
      const participle = m[1] !== undefined && PAST_PARTICIPLES.has(word.toLowerCase());
      // "; the carpenter caulking its seams": a present participle right after a name that opens
      // a clause is the name's doing (an absolute clause); "saw Thomas walking" may be a dream's.
      const doing =
        m[0].trim() === word &&
        /^[a-z]{2,}ing$/.test(word) &&
        !NOT_DOING.test(word) &&
        PUNCTUATION_OPENS.test(file.text.slice(sentence.start, anchor.start));
      if (m[2] === undefined && !participle && !doing && !isAction(word)) continue;
      if (m[1] !== undefined || doing) weight *= 0.7;
      const lead = file.text.slice(sentence.start, anchor.start);
      if (
        /\b(?:if|would|could|might|should|wish|wished|as if|as though|unless|whether)\b/i.test(
          lead.slice(-40),
        )
      )
        continue;
      end = anchor.end + m[0].length;
      verb = /^(?:wrote|written)$/i.test(word) ? 'wrote' : word.toLowerCase();
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
      voice: 'narration',
      speakerKey: null,
      hedged: false,
      change: false,
      confidence: Math.round(anchor.confidence * weight * 100) / 100,
    });
  }
  return out;
}

/** The first and last three acts of each character in each chapter are enough for the check. */
function keepFewActs(all: Fact[]): Fact[] {
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

const KIN =
  '(brother-in-law|sister-in-law|father-in-law|mother-in-law|son-in-law|daughter-in-law|step-?father|step-?mother|step-?daughter|step-?son|step-?sister|step-?brother|half-brother|half-sister|grandfather|grandmother|grandson|granddaughter|grandchild|brother|sister|father|mother|son|daughter|child|wife|husband|bride|bridegroom|twin|uncle|aunt|cousin|nephew|niece|widow|widower|fianc[ée]e?|betrothed|servant|maid|master|mistress)';
const KIN_ADJECTIVES =
  '(?:(?:elder|eldest|younger|youngest|only|own|dear|beloved|little|twin|favourite|favorite|first|second|third)\\s+){0,2}';
/** "Name, Bingley's elder brother" / "Name, who was the Queen's sister" / "Name was his sister". */
const KIN_AFTER_NAME = /^(?:\s*,\s*(?:who\s+(?:was|is)\s+)?|\s+(?:was|is)\s+)(?:the\s+)?$/i;
/** "her uncle's favourite" is not her uncle. */
const KIN_NOUN_AT = new RegExp(`^(?:['’]s)?\\s+${KIN_ADJECTIVES}${KIN}(?![\\p{L}'’-])`, 'iu');
/** "Name, the only sister of the merchant Beaufort", "Name was a cousin of Beaufort", "Name, son of Beaufort". */
const KIN_OF = new RegExp(
  `^(?:\\s*,\\s*(?:(?:the|a)\\s+)?|\\s+(?:was|is)\\s+(?:the|a)\\s+)${KIN_ADJECTIVES}${KIN}\\s+of\\s+(?:the\\s+(?:[a-z]+\\s+){0,2})?$`,
  'iu',
);

/** "Name, whose father was", "Name, whose elder sister is": the kin named next. */
const KIN_WHOSE = new RegExp(`^\\s*,\\s*whose\\s+${KIN_ADJECTIVES}${KIN}\\s+(?:was|is)\\s+$`, 'iu');
/** "and Name were brothers", "were brother and sister", "were cousins", "were man and wife": two names of one kin. */
const KIN_PAIR =
  /^\s+(?:were|are)\s+((?:twin\s+)?(?:brothers|sisters|brother\s+and\s+sister|sister\s+and\s+brother|cousins)|(?:man|husband)\s+and\s+wife)\b/i;

/** A list goes on after an item: ", and", or a comma and a capital ("her daughter, Mrs. Jenkinson"). */
const LIST_AFTER = /^\s*,\s*(?:and\b|\p{Lu})/u;
/** What ends an apposition: a stop, a dash, or the end of the paragraph. */
const APPOSITION_CLOSE = /^\s*(?:[,.;:!?)]|--|—|$)/;
/** A list item before a name: "Sir William, " right before it. */
const LIST_BEFORE = /\p{Lu}[\p{L}.]*\s*,\s*$/u;

/**
 * A person the text knows by a title and never names ("the King", "the High Priest"): a capitalised
 * title after "the", up to three words; its key is the title's ("title:high priest").
 */
const KNOWN_TITLE = '[Tt]he\\s+((?:\\p{Lu}\\p{Ll}+\\s+){0,2}\\p{Lu}\\p{Ll}+)';
/** "the High Priest's son" right after a name and its comma. */
const TITLED_KIN_AFTER = new RegExp(
  `^\\s*,\\s*${KNOWN_TITLE.replace('[Tt]he', 'the')}['’]s\\s+${KIN_ADJECTIVES}${KIN}(?![\\p{L}'’-])`,
  'u',
);
/** "the King, Queequeg's father": the title, its comma, then a name's kin word. */
const TITLE_BEFORE = new RegExp(`${KNOWN_TITLE}\\s*,\\s*$`, 'u');
/** A title-keyed anchor over [start, end). */
const titleAnchor = (title: string, start: number, end: number): Anchor => ({
  start,
  end,
  key: `title:${title.toLowerCase()}`,
  type: 'character',
  named: true,
  possessive: false,
  confidence: 0.9,
});

/** Kinship stated beside a name, in the forms the story bible's relations leave out. */
function kinship(r: SentenceReader, add: Add): void {
  const named = r.anchors.filter((a) => a.type === 'character');
  /** `anchor` is `objectKey`'s kin by the word `kin` ("daughter"), stated over [start, end). */
  const relate = (
    anchor: Anchor,
    kin: string,
    objectKey: string,
    start: number,
    end: number,
    weight = 0.95,
  ) =>
    add({
      anchor,
      kind: 'relation',
      value: kinRole(kin),
      detail: kin.toLowerCase(),
      objectKey,
      start,
      end,
      weight,
    });
  for (let i = 0; i < named.length; i++) {
    const a = named[i] as Anchor;
    // "<A>, <P>'s <kin>" and "<A> was <P>'s <kin>": A is P's kin.
    if (a.named && !a.possessive) {
      const next = named[i + 1];
      if (next?.possessive) {
        const between = r.file.text.slice(a.end, next.start);
        const kin = KIN_AFTER_NAME.test(between)
          ? KIN_NOUN_AT.exec(r.file.text.slice(next.end, next.end + 60))
          : null;
        const end = next.end + (kin?.[0].length ?? 0);
        // An apposition closes after the kin noun ("Mr. Hurst, Bingley's brother, came"); "engrossed
        // by Mr. Darcy, her sister scarcely less so" starts a clause, and "Sir William, Lady
        // Catherine, her daughter, and ..." is a list.
        const apposition = /,\s*$/.test(between);
        const unlike =
          apposition &&
          (!APPOSITION_CLOSE.test(r.file.text.slice(end, end + 3)) ||
            LIST_BEFORE.test(r.file.text.slice(r.start, a.start)) ||
            LIST_AFTER.test(r.file.text.slice(end, end + 20)));
        if (kin && !unlike) relate(next, kin[1] as string, a.key, a.start, end);
      }
      const b = named[i + 1];
      // "<A>, whose father was <B>": B is A's kin.
      const whose = b?.named && !b.possessive ? KIN_WHOSE.exec(r.file.text.slice(a.end, b.start)) : null;
      if (b && whose) {
        relate(a, whose[1] as string, b.key, a.start, b.end);
      }
      // "<A> and <B> were brothers": each is the other's sibling (or cousin, or spouse).
      const pair =
        b?.named && !b.possessive && /^\s+and\s+$/i.test(r.file.text.slice(a.end, b.start))
          ? KIN_PAIR.exec(r.file.text.slice(b.end, b.end + 40))
          : null;
      if (b && pair) {
        add({
          anchor: a,
          kind: 'relation',
          value: /cousin/i.test(pair[1] as string)
            ? 'cousin'
            : /wife/i.test(pair[1] as string)
              ? 'spouse'
              : 'sibling',
          detail: (pair[1] as string).toLowerCase(),
          objectKey: b.key,
          start: a.start,
          end: b.end + pair[0].length,
          weight: 0.95,
        });
      }
      // "<A>, the only sister of the merchant <B>"
      for (const b of named.slice(i + 1, i + 2)) {
        const of = KIN_OF.exec(r.file.text.slice(a.end, b.start));
        if (of && b.named && !b.possessive) {
          relate(b, of[1] as string, a.key, a.start, b.end);
        }
      }
    }
    // "<A>, the High Priest's son": A is the kin of someone the text knows by a title only.
    if (a.named && !a.possessive) {
      const titled = TITLED_KIN_AFTER.exec(r.file.text.slice(a.end, Math.min(r.span.end, a.end + 80)));
      const title = titled?.[1];
      if (
        titled &&
        title &&
        !r.file.anchorsIn(a.end, a.end + titled[0].length).some((b) => b.type === 'character')
      ) {
        const at = a.end + titled[0].indexOf(title);
        relate(
          titleAnchor(title, at, at + title.length),
          titled[2] as string,
          a.key,
          a.start,
          a.end + titled[0].length,
        );
      }
    }
    // "the King, <P>'s father": the titled person is P's kin.
    if (a.named && a.possessive) {
      const before = TITLE_BEFORE.exec(r.file.text.slice(Math.max(r.start, a.start - 60), a.start));
      const kin = before ? KIN_NOUN_AT.exec(r.file.text.slice(a.end, a.end + 60)) : null;
      const title = before?.[1];
      const start = a.start - (before?.[0].length ?? 0);
      if (kin && title && !r.file.anchorsIn(start, a.start).some((b) => b.type === 'character')) {
        const at = start + (before?.[0].indexOf(title) ?? 0);
        add({
          anchor: a,
          kind: 'relation',
          value: kinRole(kin[1] as string),
          detail: (kin[1] as string).toLowerCase(),
          objectKey: titleAnchor(title, at, at + title.length).key,
          start,
          end: a.end + kin[0].length,
          weight: 0.9,
        });
      }
    }
    // "<P>'s <kin>, <A>" / "his daughter <A>": A is P's kin.
    if (a.possessive) {
      const kin = KIN_NOUN_AT.exec(r.file.text.slice(a.end, a.end + 60));
      const next = named[i + 1];
      if (kin && next?.named && !next.possessive) {
        const gap = r.file.text.slice(a.end + kin[0].length, next.start);
        // "his daughter, Mary", "Hale's daughter was Mary".
        if (/^\s*,?\s*$|^\s+(?:was|is)\s+$/.test(gap)) {
          relate(a, kin[1] as string, next.key, a.start, next.end, a.named ? 0.95 : 0.9);
        }
      }
    }
  }
}

function kinRole(word: string): string {
  const w = word.toLowerCase();
  // A bride is a wife or a betrothed, which can both hold: read as a wife.
  if (/^(?:widow|widower|bride|bridegroom)$/.test(w)) return 'spouse';
  if (w === 'twin') return 'sibling';
  if (/^(?:servant|maid)$/.test(w)) return 'servant';
  if (/^(?:master|mistress)$/.test(w)) return 'employer';
  if (/^(?:stepfather|stepmother)$/.test(w)) return 'step-parent';
  if (/^(?:stepdaughter|stepson)$/.test(w)) return 'step-child';
  return relationRole('family', w);
}
