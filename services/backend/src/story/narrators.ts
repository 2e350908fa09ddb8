/**
 * Who tells each chapter. First person: who the "I" is, from a section's writer (a diarist's heading
 * or a letter's signature), a heading ("Narrative continued by the doctor", "Walton, in
 * continuation."), the narrator naming themself ("Call me Ishmael") or being addressed by name in
 * other people's speech. Third person: the focal character, whose thoughts and perceptions the
 * narration follows. Chapters that change hands are split into sections (journals, diaries,
 * letters, telegrams) with their writer, addressee and date.
 *
 * Evidence for a narrator's name is pooled over a run of chapters told by one voice: a run ends
 * where the form changes (letters to a plain tale), where a tale told inside the tale begins
 * (a chapter held in one speaker's quotation marks) and where a heading names a new writer. After
 * a tale inside the tale, the run that framed it goes on. Drama (a stage direction, then speech)
 * has no narrator, except a soliloquy: the one character of the stage direction.
 */
import { mustAt } from '@george/runtime/collections';
import {
  bodyOf,
  type ChapterSpan,
  type CharacterMentions,
  type ResolvedReference,
  spansOf,
} from './chapters.js';
import { splitHeading } from './numbering.js';
import { countWords, paragraphsIn, type Range, wordsInside } from './text.js';
import { findTimeExpressions } from './time.js';

export type PointOfView = 'first' | 'third' | 'mixed';
export type SectionKind = 'letter' | 'journal' | 'diary' | 'telegram' | 'narrative';

export interface Person {
  /** The character's id when the narrator is one of the given characters, else null. */
  id: string | null;
  name: string;
}

export interface Section extends Range {
  kind: SectionKind;
  writer: Person | null;
  addressee: Person | null;
  date: { text: string; date: string | null } | null;
  /** A document quoted inside the narration (a letter read out), not narration itself. */
  quoted: boolean;
}

export interface ChapterVoice {
  index: number;
  pov: PointOfView;
  narrators: Array<Person & { share: number }>;
  focal: Person | null;
  sections: Section[];
  /** How the chapter is told: narration, drama (stage directions and speech), or a tale inside the tale. */
  form: 'narration' | 'drama' | 'embedded';
  /** True when the author set the narrator. */
  overridden: boolean;
}

export interface NarratorCharacter extends CharacterMentions {
  aliases?: readonly string[];
}

export interface VoiceInput {
  text: string;
  chapters: readonly ChapterSpan[];
  characters: readonly NarratorCharacter[];
  /** Third-person pronouns with the character each refers to (the shared pronoun resolver's output). */
  references: readonly ResolvedReference[];
  /** Speech ranges, sorted. */
  quotations: readonly Range[];
  /** The author's narrator per chapter index (null: no narrator, a third-person chapter). */
  overrides?: ReadonlyMap<number, Person | null>;
}

export interface VoiceSettings {
  /** First-person pronouns per word of narration that make a passage first person. */
  firstPersonRate: number;
  /** Share of a chapter's words in quotation that makes it a tale inside the tale. */
  embeddedShare: number;
  /** Perception and thought cues a focal character needs in a chapter. */
  focalMinimum: number;
  /** How far ahead of the second character the focal character must be (ratio of cues). */
  focalLead: number;
  /**
   * How far the book's protagonist must lead everyone else in cues over all third-person chapters
   * (ratio) before a chapter whose own evidence is undecided is given to them.
   */
  protagonistLead: number;
}

export const DEFAULT_VOICE_SETTINGS: VoiceSettings = {
  firstPersonRate: 0.006,
  embeddedShare: 0.6,
  focalMinimum: 3,
  focalLead: 1.5,
  protagonistLead: 2,
};

const FIRST_PERSON = /\b(?:I|me|my|myself|mine)\b/g;
const NAME = "[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\\s+[A-Z][a-z]+)?";

/** Headings that name the writer of what follows. */
const DOCUMENT_HEADING =
  /^(?:(?:(?:from|extracts?\s+from)\s+)?(?:the\s+)?(journal|diary|notebook|log|letter|telegram|memorandum|narrative|statement|account)\s+(?:of|from|by|kept by)\s+(.+?)(?:\s+to\s+(.+?))?|(.+?)['’]s\s+(journal|diary|notebook|log|letter|narrative|statement|account)(?:\s+to\s+(.+?))?|(telegram|letter),\s+(.+?),(?:.*?,)?\s+to\s+(.+?)(?:,.*)?|(.+?),\s+in\s+continuation|narrative\s+continued\s+by\s+(.+?))\.?$/i;
const SALUTATION = /^["“]?(?:my\s+)?(?:dear(?:est)?|beloved|darling)\s+([A-Za-z][\w. ]{0,40}?),\s*$/i;
/** An address line opening a letter: "To Mrs. Saville, England". */
const ADDRESS =
  /^["“]?to\s+((?:mrs?\.|miss|dr\.|sir|lady|lord|captain)?\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})(?:,\s*[A-Z][\w ]*)?\.?\s*$/i;
const CLOSING = /^["“]?\s*(?:your[s]?\b|ever\b|affectionately\b|adieu\b|farewell\b|believe me\b)/i;
const SIGNATURE = /^["“]?\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\.?["”]?\s*$/;

/** Words that are never a narrator's name, though they open vocatives and headings. */
const NOT_NAMES = new Set(
  'Sir Madam Miss Mr Mrs Dr Lord Lady God Heaven Cousin Sister Brother Father Mother Friend Uncle Aunt Captain My Dear The Oh Yes No Well Come Now'.split(
    ' ',
  ),
);

const PERCEPTION =
  /^(?:\s+(?:had|has|was|is|could|can|did|does|would|will|might|now|then|still|also|soon|instantly|immediately|at once|not|never|only|almost|quite|hardly|scarcely|could not help|no longer)){0,3}\s+(?:felt|feel|feels|thought|think|thinks|saw|see|sees|heard|hear|hears|knew|know|knows|wondered|wonders|wonder|believed|believes|hoped|hopes|feared|fears|wished|wishes|remembered|remembers|recollected|noticed|notices|notice|perceived|perceives|observed|supposed|supposes|doubted|doubts|understood|understands|imagined|imagines|expected|expects|resolved|determined|suspected|suspects|reflected|considered|considers|longed|longs|dreaded|dreads|fancied|found herself|found himself|finds herself|finds himself|looked|looks|listened|listens|watched|watches|liked|likes|disliked|loved|loves|hated|hates|(?:was|is) (?:surprised|astonished|delighted|mortified|pleased|vexed|ashamed|glad|sorry|sure|certain|convinced|aware|conscious|amazed|distressed|uneasy|happy|unhappy|anxious|impatient|struck|determined|resolved|obliged|grieved|shocked|hurt|humbled)|could not (?:help|but|imagine|think|believe|forget|understand))\b/;
const INNER =
  /^['’]s\s+(?:mind|thoughts|feelings|heart|spirits|astonishment|surprise|opinion|reflections|attention|eyes|curiosity|fears|hopes|wish|impatience|sensations|embarrassment|disappointment|mortification|emotions?)\b/;
const POSSESSIVE_INNER =
  /^\s+(?:mind|thoughts|feelings|heart|spirits|astonishment|surprise|opinion|reflections|attention|curiosity|fears|hopes|wish|impatience|sensations|embarrassment|disappointment|mortification|emotions?)\b/;

interface ChapterShape {
  span: ChapterSpan;
  body: Range;
  form: ChapterVoice['form'];
  /** The soliloquist of a drama chapter, by name. */
  soliloquist: string | null;
  /** Words of narration (outside quotations) and first-person pronouns among them. */
  narrationWords: number;
  firstPerson: number;
  sections: Section[];
  letterForm: boolean;
}

function normaliseName(name: string): string {
  return name
    .replace(/^(?:the|my|mr\.?|mrs\.?|miss|dr\.?|captain|capt\.?)\s+/i, '')
    .replace(/[.,]+$/, '')
    .trim()
    .toLowerCase();
}

/**
 * "3" then "Priya" on a line of its own: a chapter numbered alone whose body opens with a short
 * line and no sentence in it, the chapter's own title.
 */
function subtitleOf(text: string, span: ChapterSpan): string | null {
  const body = bodyOf(text, span);
  const end = text.indexOf('\n\n', body.start);
  const line = text.slice(body.start, end < 0 || end > body.end ? body.end : end).trim();
  return line.length > 0 && line.length <= 40 && !/[.!?,;:"“”]/.test(line) ? line : null;
}

/**
 * The character whose full name opens with a given name ("Dougie" for "Dougie Aird"), where one
 * character's does; a title ("Mr. Aird") names nobody by a given name.
 */
function givenNameIndex(
  characters: readonly NarratorCharacter[],
): (name: string) => NarratorCharacter | null {
  const byGiven = new Map<string, NarratorCharacter | null>();
  for (const c of characters) {
    for (const form of [c.name, ...(c.aliases ?? [])]) {
      const words = form.trim().split(/\s+/);
      if (words.length < 2 || normaliseName(form) !== form.trim().toLowerCase()) continue;
      const given = (words[0] ?? '').toLowerCase();
      const seen = byGiven.get(given);
      byGiven.set(given, seen === undefined || seen === c ? c : null);
    }
  }
  return (name) => byGiven.get(normaliseName(name)) ?? null;
}

/**
 * Finds the given character a name refers to: its name or an alias, or (unless `exactly`) one word
 * of them.
 */
function characterIndex(
  characters: readonly NarratorCharacter[],
): (name: string, exactly?: boolean) => NarratorCharacter | null {
  const exact = new Map<string, NarratorCharacter>();
  const partial = new Map<string, NarratorCharacter | null>();
  const mentions = (c: NarratorCharacter) => c.mentions.length;
  for (const c of characters) {
    for (const form of [c.name, ...(c.aliases ?? [])]) {
      const key = normaliseName(form);
      const known = exact.get(key);
      if (!known || mentions(c) > mentions(known)) exact.set(key, c);
      for (const word of key.split(/\s+/)) {
        if (word.length < 3) continue;
        const seen = partial.get(word);
        if (seen === undefined || (seen && mentions(c) > mentions(seen) * 3)) partial.set(word, c);
        else if (seen && seen !== c && mentions(seen) <= mentions(c) * 3) partial.set(word, null);
      }
    }
  }
  return (name, exactly = false) => {
    const key = normaliseName(name);
    if (exactly) return exact.get(key) ?? null;
    return exact.get(key) ?? partial.get(key) ?? partial.get(key.split(/\s+/).pop() ?? '') ?? null;
  };
}

function isQuoted(text: string, offset: number): boolean {
  return /["“‘]/.test(text[offset] ?? '');
}

/** Letters, journals, diaries and telegrams inside a chapter body. */
function findSections(text: string, body: Range, dates: ReturnType<typeof findTimeExpressions>): Section[] {
  const paragraphs = paragraphsIn(text, body);
  const sections: Section[] = [];
  const dateAt = (range: Range) => {
    const found = dates.find((d) => d.kind === 'heading' && d.start >= range.start && d.start < range.end);
    return found ? { text: found.text, date: found.date } : null;
  };
  let letter: Section | null = null;
  const closeLetter = (end: number) => {
    if (letter) sections.push({ ...letter, end });
    letter = null;
  };
  for (let i = 0; i < paragraphs.length; i++) {
    const p = mustAt(paragraphs, i);
    const raw = text.slice(p.start, p.end).trim();
    const line = raw.replace(/^["“]/, '').replace(/\s+/g, ' ');
    const heading = raw.length <= 140 && !raw.includes('\n') ? DOCUMENT_HEADING.exec(line) : null;
    if (heading) {
      closeLetter(p.start);
      const [, kindA, writerA, toA, writerB, kindB, toB, kindC, writerC, toC, writerD, writerE] = heading;
      const kindWord = (kindA ?? kindB ?? kindC ?? 'journal').toLowerCase();
      const kind: SectionKind =
        kindWord === 'telegram'
          ? 'telegram'
          : kindWord === 'letter'
            ? 'letter'
            : kindWord === 'diary' || kindWord === 'notebook'
              ? 'diary'
              : writerD ||
                  writerE ||
                  kindWord === 'narrative' ||
                  kindWord === 'statement' ||
                  kindWord === 'account'
                ? 'narrative'
                : 'journal';
      const writer = (writerA ?? writerB ?? writerC ?? writerD ?? writerE ?? '').trim();
      const addressee = (toA ?? toB ?? toC ?? '').trim();
      const next = paragraphs[i + 1];
      sections.push({
        start: p.start,
        end: body.end,
        kind,
        writer: writer ? { id: null, name: titleCase(writer) } : null,
        addressee: addressee ? { id: null, name: titleCase(addressee) } : null,
        date: dateAt(next ? { start: p.start, end: next.end } : p),
        quoted: isQuoted(text, p.start),
      });
      continue;
    }
    const salutation = SALUTATION.exec(raw) ?? ADDRESS.exec(raw);
    if (salutation && !letter) {
      // The letter starts at its date line when one comes just before the salutation.
      const previous = paragraphs[i - 1];
      const dated = previous && dateAt(previous) && previous.end - previous.start < 80 ? previous : null;
      letter = {
        start: dated ? dated.start : p.start,
        end: body.end,
        kind: 'letter',
        writer: null,
        addressee: { id: null, name: (salutation[1] ?? '').trim() },
        date: dated ? dateAt(dated) : null,
        quoted: isQuoted(text, p.start),
      };
      continue;
    }
    if (letter) {
      // An unquoted letter's signature is never in quotation marks: a quoted "Yes." is speech.
      const signature =
        letter.quoted || !isQuoted(raw, 0) ? SIGNATURE.exec(raw.split('\n').pop() ?? '') : null;
      const closing = CLOSING.test(raw) || (raw.includes('\n') && CLOSING.test(raw.split('\n')[0] ?? ''));
      if (signature && (closing || raw.length <= 40)) {
        const name = (signature[1] ?? '').trim();
        if (!NOT_NAMES.has(name)) {
          letter.writer = { id: null, name };
          // A date line right after the signature belongs to the letter.
          const following = paragraphs[i + 1];
          const dateAfter =
            following && dateAt(following) && following.end - following.start < 80 ? following : null;
          if (dateAfter && !letter.date) letter.date = dateAt(dateAfter);
          closeLetter(dateAfter ? dateAfter.end : p.end);
          if (dateAfter) i++;
        }
      }
    }
  }
  closeLetter(body.end);
  // A heading section ends where the next section starts.
  sections.sort((a, b) => a.start - b.start);
  for (let i = 0; i < sections.length - 1; i++) {
    const s = mustAt(sections, i);
    const next = mustAt(sections, i + 1);
    if (s.end > next.start && !next.quoted) s.end = next.start;
  }
  return sections;
}

function titleCase(s: string): string {
  return s === s.toUpperCase() ? s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : s;
}

/** A stage direction opens the chapter: drama. Returns the characters it names. */
function stageDirection(text: string, body: Range, isName: (w: string) => boolean): string[] | null {
  const paragraphs = paragraphsIn(text, body).slice(0, 4);
  for (const [i, p] of paragraphs.slice(0, 3).entries()) {
    const raw = text.slice(p.start, p.end).replace(/\s+/g, ' ').trim();
    if (FIRST_PERSON_TEST.test(raw) || raw.split(' ').length > 60) continue;
    const parenthesised = /^\(.*\)\.?$/.test(raw) || /^\[.*\]\.?$/.test(raw);
    // "Ahab sitting alone", "Stubb solus", "Stubb and Flask mounted on them": a character, then a
    // participle, in a short line with no finite verb of narration.
    const participle =
      raw.split(' ').length <= 40 &&
      [
        ...raw.matchAll(/\b([A-Z][a-z]+)(?:\s+and\s+[A-Z][a-z]+)?\s+(\w+ing|solus|alone|mounted|seated)\b/g),
      ].some((m) => isName(m[1] ?? '') && !NOT_PARTICIPLES.test(m[2] ?? '')) &&
      !PAST_NARRATION.test(raw);
    if (!parenthesised && !participle) continue;
    // Past narration right after it ("(Enter Ahab: Then, all)" over a told scene) is no play.
    const next = paragraphs[i + 1];
    const following = next ? text.slice(next.start, next.end) : '';
    if (!/^["“‘]/.test(following) && !SPEECH_PERSON.test(following) && PAST_NARRATION.test(following))
      return null;
    const names = [...raw.matchAll(/\b[A-Z][a-z]+\b/g)].map((m) => m[0]).filter((w) => isName(w));
    return [...new Set(names)];
  }
  return null;
}
/**
 * A character other than `speaker` set in capitals before a stage direction later in a drama
 * chapter ("AHAB (advancing)"): someone enters and speaks.
 */
function entersLater(
  text: string,
  body: Range,
  speaker: NarratorCharacter | null,
  find: (name: string) => NarratorCharacter | null,
): boolean {
  for (const cue of text.slice(body.start, body.end).matchAll(/\b(\p{Lu}{2,}(?: \p{Lu}{2,})*)\s*\(/gu)) {
    const entering = find(titleCase(cue[1] ?? ''));
    if (entering !== null && entering !== speaker) return true;
  }
  return false;
}
const FIRST_PERSON_TEST = /\b(?:I|me|my)\b/;
const SPEECH_PERSON = /\b(?:I|me|my|you|ye|thee|thou|we|us)\b/;
const PAST_NARRATION = /\b(?:was|were|had|did)\b/;
const NOT_PARTICIPLES =
  /^(?:morning|evening|nothing|something|anything|everything|thing|king|ring|spring|wing|sing|ceiling|shilling|during|being)$/;

/** The chapter's first paragraph of prose (past a short subtitle) opens with a quotation mark. */
function opensWithSpeech(text: string, body: Range): boolean {
  const first = paragraphsIn(text, body).find((p) => p.end - p.start > 100);
  return first !== undefined && /^["“‘]/.test(text.slice(first.start, first.start + 1));
}

/** The speaker named where a tale inside the tale begins or ends ("The being finished speaking"). */
function embeddedSpeaker(text: string, before: Range, after: Range): string | null {
  const counts = new Map<string, number>();
  const scan = (range: Range, weight: number) => {
    const slice = text.slice(range.start, range.end);
    const re =
      /\b(?:the|my)\s+([a-z]+)\s+(?:finished|ceased|continued|began|resumed|said|replied|cried|exclaimed|answered|spoke|concluded|paused)\b|\b(?:said|replied|cried|exclaimed|answered|continued)\s+the\s+([a-z]+)\b/g;
    for (const m of slice.matchAll(re)) {
      const noun = m[1] ?? m[2] ?? '';
      if (/^(?:other|first|same|latter|former|next|last)$/.test(noun)) continue;
      counts.set(`the ${noun}`, (counts.get(`the ${noun}`) ?? 0) + weight);
    }
  };
  scan(before, 1);
  scan(after, 2);
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts)
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  return best;
}

/** Names by which speech addresses someone ("My dear Victor," cried he), skipping the narrator's own speech. */
function vocatives(text: string, quotations: readonly Range[], range: Range): Map<string, number> {
  const counts = new Map<string, number>();
  const re = new RegExp(
    `(?:^["“‘]\\s*|[,!?;]\\s+|\\b(?:dear|dearest|my|poor|good)\\s+)(${NAME})(?=\\s*[,!?.;—])`,
    'g',
  );
  for (const q of quotations) {
    if (q.end <= range.start || q.start >= range.end) continue;
    // Speech tagged "said I" or "I exclaimed" is the narrator's own.
    const tag = text.slice(q.end, Math.min(q.end + 30, text.length));
    if (/^\s*(?:,\s*)?(?:\w+\s+I\b|I\s+\w+)/.test(tag)) continue;
    const speech = text.slice(q.start, q.end);
    for (const m of speech.matchAll(re)) {
      const name = (m[1] ?? '').replace(/\s+/g, ' ');
      if (NOT_NAMES.has(name.split(' ')[0] ?? '')) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * "Call me Ishmael", "my name is Jane", "my name, for what it matters, is Daniel Reeve", "I,
 * Ishmael, was one of that crew", and a sentence of the narration that is only the name: "I am
 * Nathaniel Crewe."
 */
const SELF_NAMING = new RegExp(
  `\\b(?:[Cc]all me\\s+(${NAME})[.,;!]|[Mm]y name(?:,[^,.;!?]{1,40},)?\\s+(?:is|was)\\s+(${NAME})\\b|I,\\s+(${NAME}),)|(?:^|[.!?]\\s+)I am\\s+(${NAME})\\.`,
  'g',
);
/**
 * The "I" giving their name aloud, in a line its tag gives to "I": "'I am Helen,' I said", "'My
 * name is Helen Carrow,' I answered", or a full name and nothing else ("'Helen Carrow,' I said"; a
 * single name alone is more often someone addressed).
 */
const SPOKEN_SELF_NAMING = new RegExp(
  `["“](?:(?:I am|I'm|I’m|[Mm]y name is)\\s+(${NAME})|([A-Z][a-z]+\\s+[A-Z][a-z]+))[.,!]?["”],?\\s+I\\s+(?:said|answered|replied|told\\s+\\w+)\\b`,
  'g',
);
const PRONOUNS = /^(?:He|She|It|They|We|You|Who|This|That|There|Then|But|And|Sir|Madam)$/;

function outsideQuotations(text: string, quotations: readonly Range[], range: Range): string {
  let out = '';
  let at = range.start;
  for (const q of quotations) {
    if (q.end <= range.start) continue;
    if (q.start >= range.end) break;
    if (q.start > at) out += text.slice(at, q.start);
    out += ' ';
    at = Math.max(at, q.end);
  }
  if (at < range.end) out += text.slice(at, range.end);
  return out;
}

interface Run {
  evidence: Map<string, number>;
  /** Names given outright (a heading, a signature, "Call me Ishmael"). */
  declared: string | null;
  chapters: number[];
}

export function chapterVoices(
  input: VoiceInput,
  settings: VoiceSettings = DEFAULT_VOICE_SETTINGS,
): ChapterVoice[] {
  const { text, quotations } = input;
  const spans = spansOf(text, input.chapters);
  const find = characterIndex(input.characters);
  const dates = findTimeExpressions(text);
  const isCharacterName = (w: string) => find(w) !== null;
  // Chapters titled by a character's name ("Chapter 1: Nadia", "Chapter 2: Sam"): where at least
  // half of them are, the title names the chapter's teller, or its focal character in the third
  // person. A chapter here and there named after someone ("CHAPTER 28. Ahab.") is only its subject.
  const byGivenName = givenNameIndex(input.characters);
  const titleCharacters = spans.map((span): Person | null => {
    const title = splitHeading(span.title).title ?? subtitleOf(text, span);
    const c = title === null ? null : (find(title, true) ?? byGivenName(title));
    return c ? { id: c.id, name: c.name } : null;
  });
  const titledByCharacter =
    titleCharacters.filter((c) => c !== null).length >= Math.max(2, Math.ceil(spans.length / 2));

  // 1. The shape of each chapter.
  const shapes: ChapterShape[] = spans.map((span) => {
    const body = bodyOf(text, span);
    const words = countWords(text, body);
    const quoted = wordsInside(text, quotations, body);
    const narration = outsideQuotations(text, quotations, body);
    const narrationWords = words - quoted;
    const firstPerson = (narration.match(FIRST_PERSON) ?? []).length;
    const sections = findSections(text, body, dates);
    const letterForm =
      /^letter\b/i.test(span.title) ||
      sections.some((s) => s.kind === 'letter' && !s.quoted && s.start - body.start < 400);
    const direction = stageDirection(text, body, isCharacterName);
    let form: ChapterVoice['form'] = 'narration';
    let soliloquist: string | null = null;
    if (direction) {
      form = 'drama';
      const direct = text.slice(body.start, Math.min(body.end, body.start + 400));
      if (direction.length === 1 || /\b(?:solus|alone)\b/.test(direct)) soliloquist = direction[0] ?? null;
      // "AHAB (advancing)": another character enters and speaks, a scene for two voices.
      if (soliloquist !== null && entersLater(text, body, find(soliloquist), find)) soliloquist = null;
    } else if (words > 0 && quoted / words >= settings.embeddedShare && opensWithSpeech(text, body)) {
      // Held in quotation marks: a tale inside the tale when the speech is long and first person.
      const speech = quotations
        .filter((q) => q.start >= body.start && q.end <= body.end)
        .map((q) => text.slice(q.start, q.end))
        .join(' ');
      const rate = (speech.match(FIRST_PERSON) ?? []).length / Math.max(1, quoted);
      if (rate >= settings.firstPersonRate) form = 'embedded';
    }
    return { span, body, form, soliloquist, narrationWords, firstPerson, sections, letterForm };
  });

  // 2. Runs of one voice, and the evidence for its name.
  const runs: Run[] = [];
  const runOf: Array<Run | null> = [];
  let frame: Run | null = null;
  let embedded: Run | null = null;
  let previousForm: ChapterShape['form'] | null = null;
  let previousLetters: boolean | null = null;
  shapes.forEach((shape, i) => {
    if (shape.form === 'drama') {
      runOf[i] = null;
      return;
    }
    const newRun = (): Run => {
      const run: Run = { evidence: new Map(), declared: null, chapters: [] };
      runs.push(run);
      return run;
    };
    let run: Run;
    if (shape.form === 'embedded') {
      if (previousForm !== 'embedded' || !embedded) embedded = newRun();
      run = embedded;
    } else {
      if (
        !frame ||
        (previousLetters !== null && previousLetters !== shape.letterForm && previousForm !== 'embedded')
      )
        frame = newRun();
      run = frame;
      embedded = null;
    }
    previousForm = shape.form;
    previousLetters = shape.letterForm;
    run.chapters.push(i);
    runOf[i] = run;
    const range = shape.body;
    const narration = outsideQuotations(text, quotations, range);
    for (const m of narration.matchAll(SELF_NAMING)) {
      const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
      if (!PRONOUNS.test(name)) run.declared ??= name;
    }
    // A full name said alone is the narrator's only where the narration never writes it: '"Conrad
    // Pennefather," I said' names the man the narration calls so, the answer to a question.
    for (const m of text.slice(range.start, range.end).matchAll(SPOKEN_SELF_NAMING)) {
      const name = m[1] ?? m[2] ?? '';
      if (find(name) !== null && !(m[2] !== undefined && narration.includes(name))) run.declared ??= name;
    }
    for (const s of shape.sections) {
      if (s.writer && !s.quoted && s.start - range.start < 400 && shape.letterForm)
        run.declared ??= s.writer.name;
    }
    // Letters signed by the narrator: a signature of an unquoted letter names the "I".
    for (const s of shape.sections)
      if (!s.quoted && s.kind === 'letter' && s.writer) bump(run.evidence, s.writer.name, 5);
    for (const [name, count] of vocatives(text, quotations, range)) bump(run.evidence, name, count);
  });
  const embeddedRun = (run: Run) => run.chapters.some((i) => mustAt(shapes, i).form === 'embedded');
  // First person is decided over the whole run: a first-person narrator tells its chapters also
  // where one of them never says "I" (an essay, a scene watched from afar).
  const runFirstPerson = new Map<Run, boolean>();
  for (const run of runs) {
    let words = 0;
    let first = 0;
    for (const i of run.chapters) {
      words += mustAt(shapes, i).narrationWords;
      first += mustAt(shapes, i).firstPerson;
    }
    runFirstPerson.set(run, embeddedRun(run) || first / Math.max(1, words) >= settings.firstPersonRate);
  }
  // The narrator is rarely named in their own narration: names the narration uses often are others.
  const narrationMentions = (run: Run, name: string) => {
    const c = find(name);
    if (!c) return 0;
    let count = 0;
    for (const i of run.chapters) {
      const body = mustAt(shapes, i).body;
      for (const m of c.mentions)
        if (m.start >= body.start && m.start < body.end && !insideAny(quotations, m.start)) count++;
    }
    return count;
  };
  const runName = new Map<Run, string | null>();
  for (const run of runs) {
    if (run.declared || embeddedRun(run)) {
      runName.set(run, run.declared);
      continue;
    }
    let best: string | null = null;
    let bestScore = 0;
    for (const [name, count] of run.evidence) {
      const score = count - 0.5 * narrationMentions(run, name);
      if (score > bestScore) {
        best = name;
        bestScore = score;
      }
    }
    runName.set(run, bestScore >= 2 ? best : null);
  }
  // A tale inside the tale is told by the speaker named where it begins or ends (the names its
  // own speech uses belong to the people in the tale).
  for (const run of runs) {
    if (run.declared || !embeddedRun(run)) continue;
    const first = mustAt(run.chapters, 0);
    const last = mustAt(run.chapters, run.chapters.length - 1);
    const start = mustAt(shapes, first).span.start;
    const end = mustAt(shapes, last).span.end;
    const speaker = embeddedSpeaker(
      text,
      { start: Math.max(0, start - 3000), end: start },
      { start: end, end: Math.min(text.length, end + 1500) },
    );
    runName.set(run, speaker);
  }

  // 3. Each chapter's voice.
  const person = (name: string | null): Person | null => {
    if (!name) return null;
    const c = find(name);
    return c ? { id: c.id, name: c.name } : { id: null, name };
  };
  const drafts = shapes.map((shape, i): ChapterVoice & { cues: FocalCues | null } => {
    const index = shape.span.index;
    const sections = shape.sections.map((s) => ({
      ...s,
      writer: s.writer ? person(s.writer.name) : null,
      addressee: s.addressee ? person(s.addressee.name) : null,
    }));
    const override = input.overrides?.get(index);
    if (override !== undefined) {
      return {
        index,
        pov: override ? 'first' : 'third',
        narrators: override ? [{ ...override, share: 1 }] : [],
        focal: null,
        cues: override ? null : focalCues(input, shape),
        sections,
        form: shape.form,
        overridden: true,
      };
    }
    if (shape.form === 'drama') {
      const solo = person(shape.soliloquist);
      return {
        index,
        pov: solo ? 'first' : 'third',
        narrators: solo ? [{ ...solo, share: 1 }] : [],
        focal: null,
        cues: null,
        sections,
        form: shape.form,
        overridden: false,
      };
    }
    const run = runOf[i];
    if (run === undefined || run === null)
      throw new Error(`chapter ${i} is not drama yet has no narration run`);
    const titled = titledByCharacter ? (titleCharacters[i] ?? null) : null;
    const runNarrator = titled?.name ?? runName.get(run) ?? null;
    // A chapter titled by its teller is first person or not by itself: such books alternate.
    const firstPersonNarration = titled
      ? shape.firstPerson / Math.max(1, shape.narrationWords) >= settings.firstPersonRate
      : runFirstPerson.get(run) === true;
    // Unquoted sections with a writer hand the narration over; quoted ones are documents read out.
    // A letter hands it over only in a chapter made of letters (an exchange of letters between
    // correspondents); one copied into a narrated chapter stays the narrator's.
    const handovers = sections.filter(
      (s) => !s.quoted && s.writer && (s.kind !== 'letter' || shape.letterForm),
    );
    const parts: Array<{ name: string | null; range: Range }> = [];
    let at = shape.body.start;
    let current = runNarrator;
    for (const s of handovers) {
      if (s.start > at) parts.push({ name: current, range: { start: at, end: s.start } });
      current = s.writer?.name ?? current;
      parts.push({ name: current, range: { start: s.start, end: s.end } });
      at = s.end;
    }
    if (at < shape.body.end) parts.push({ name: current, range: { start: at, end: shape.body.end } });
    const total = Math.max(1, countWords(text, shape.body));
    const shares = new Map<string, { person: Person; words: number }>();
    for (const part of parts) {
      if (!part.name) continue;
      const p = person(part.name);
      if (p === null) continue;
      const key = p.id ?? p.name.toLowerCase();
      const entry = shares.get(key) ?? { person: p, words: 0 };
      entry.words += countWords(text, part.range);
      shares.set(key, entry);
    }
    const narrators =
      firstPersonNarration || handovers.length > 0
        ? [...shares.values()]
            .map((e) => ({ ...e.person, share: Math.round((e.words / total) * 1000) / 1000 }))
            .filter((n) => n.share > 0)
            .sort((a, b) => b.share - a.share)
        : [];
    const firstShare = narrators.reduce((sum, n) => sum + n.share, 0);
    const pov: PointOfView =
      narrators.length === 0 && !firstPersonNarration
        ? 'third'
        : firstPersonNarration && firstShare >= 0.85
          ? 'first'
          : firstPersonNarration || firstShare >= 0.15
            ? firstShare >= 0.85 || narrators.length === 0
              ? 'first'
              : 'mixed'
            : 'third';
    return {
      index,
      pov,
      narrators: firstPersonNarration ? narrators : [],
      focal: firstPersonNarration ? null : titled,
      cues: firstPersonNarration || titled ? null : focalCues(input, shape),
      sections,
      form: shape.form,
      overridden: false,
    };
  });

  // 4. Each third-person chapter's focal character, with the book's protagonist taking the chapters
  // whose own evidence is undecided.
  const protagonist = bookProtagonist(
    drafts.flatMap((d) => (d.cues ? [d.cues] : [])),
    settings,
  );
  const personOf = (id: string | null): Person | null => {
    const c = id === null ? undefined : input.characters.find((x) => x.id === id);
    return c ? { id: c.id, name: c.name } : null;
  };
  return drafts.map(({ cues, ...voice }) =>
    cues ? { ...voice, focal: personOf(focalOf(cues, protagonist, settings)) } : voice,
  );
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function insideAny(ranges: readonly Range[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = mustAt(ranges, mid);
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Perception and thought cues per character in a chapter, most first. */
type FocalCues = ReadonlyArray<readonly [characterId: string, cues: number]>;

/**
 * The cues of a third-person chapter's focal character: the perceptions and thoughts the narration
 * reports ("Elizabeth felt", "she could not help", "her astonishment") per character, named or
 * referred to by a resolved pronoun, outside speech.
 */
function focalCues(input: VoiceInput, shape: ChapterShape): FocalCues {
  const { text, quotations } = input;
  const scores = new Map<string, number>();
  const body = shape.body;
  const cue = (id: string, end: number, possessive: boolean) => {
    const after = text.slice(end, end + 60);
    if (possessive ? POSSESSIVE_INNER.test(after) : PERCEPTION.test(after) || INNER.test(after))
      bump(scores, id, 1);
  };
  for (const c of input.characters) {
    for (const m of c.mentions) {
      if (m.start < body.start || m.start >= body.end || insideAny(quotations, m.start)) continue;
      cue(c.id, m.end, false);
    }
  }
  for (const r of input.references) {
    if (
      r.characterId === null ||
      r.start < body.start ||
      r.start >= body.end ||
      insideAny(quotations, r.start)
    )
      continue;
    const word = text.slice(r.start, r.end).toLowerCase();
    cue(r.characterId, r.end, word === 'her' || word === 'his');
  }
  return [...scores.entries()].sort((a, b) => b[1] - a[1]);
}

/** The character a chapter's cues alone make focal: enough cues, clearly ahead of the second. */
function clearLeader(cues: FocalCues, settings: VoiceSettings): string | null {
  const [top, second] = cues;
  if (!top || top[1] < settings.focalMinimum || (second && top[1] < second[1] * settings.focalLead))
    return null;
  return top[0];
}

/**
 * The book's protagonist: the character with the most cues over all its third-person chapters,
 * `protagonistLead` times anyone else's, and the clear focal character of at least two chapters
 * (one chapter alone is no book's habit). Null in books of several viewpoints.
 */
function bookProtagonist(chapters: readonly FocalCues[], settings: VoiceSettings): string | null {
  const totals = new Map<string, number>();
  const led = new Map<string, number>();
  for (const cues of chapters) {
    for (const [id, n] of cues) bump(totals, id, n);
    const leader = clearLeader(cues, settings);
    if (leader !== null) bump(led, leader, 1);
  }
  const [top, second] = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  if (!top || (second && top[1] < second[1] * settings.protagonistLead)) return null;
  return (led.get(top[0]) ?? 0) >= 2 ? top[0] : null;
}

/**
 * A chapter's focal character: the clear leader of its cues; else the book's protagonist when the
 * chapter shows them perceiving at all and nobody leads them by the focal lead (a reader of a
 * one-viewpoint novel assumes its protagonist unless the chapter says otherwise); else nobody.
 */
function focalOf(cues: FocalCues, protagonist: string | null, settings: VoiceSettings): string | null {
  const leader = clearLeader(cues, settings);
  if (leader !== null) return leader;
  const own = cues.find(([id]) => id === protagonist)?.[1] ?? 0;
  const top = cues[0]?.[1] ?? 0;
  return protagonist !== null && own > 0 && own * settings.focalLead >= top ? protagonist : null;
}
