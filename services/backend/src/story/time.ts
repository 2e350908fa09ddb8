/**
 * Dates and times in a text: absolute dates ("3 May 1894", "the 17th of September", "Dec. 11th,
 * 17--", "May 1894", "in 1893"), diary and letter date lines, days of the week, feast days (Easter
 * and the feasts it moves by the Gregorian computus of `date-easter`) and relative expressions ("the
 * next morning", "three days later", "nine days ago"), each with its range in the text and, where
 * the text allows, an ISO 8601 date or partial date (`--05-03` when the year is unknown, `1894-05`
 * for a month, `1894` for a year).
 *
 * Relative expressions are read against the story's "now": the date of the current diary entry or
 * letter, moved on by expressions that open a sentence of past narration ("On Wednesday I sent my
 * answer", "Two days later a steamer stood in"), by a date the narration states ("it was the 3rd of
 * January, 1951") and by a later day inside a sentence of simple past narration ("He came on the
 * first ferry, on the 14th of January"); dates a sentence recalls ("I had last seen her on the 1st of
 * April") and plans ("On the 21st of May I must be back") do not move it. A letter dated earlier than
 * "now" is one read later: it dates its own lines without moving "now".
 *
 * Hand-written: the date libraries for JavaScript (chrono-node, date-fns) parse dates relative to a
 * reference instant, with no notion of a narrative's moving "now", of diary headings, of partial
 * dates with an unknown year ("17--") or of the year rolling over between entries.
 */

import { numberWord, ordinalWord } from '@george/text';
import { gregorianEaster } from 'date-easter';

export type TimeKind = 'heading' | 'absolute' | 'weekday' | 'relative' | 'feast' | 'year';

export interface TimeExpression {
  start: number;
  end: number;
  /** The expression as written: `text.slice(start, end)`. */
  text: string;
  kind: TimeKind;
  /** ISO 8601 date or partial date (`1894-05-03`, `--05-03`, `1894-05`, `1894`), or null. */
  date: string | null;
  /** Sort key for story order (days from an arbitrary origin); null when nothing anchors it. */
  key: number | null;
  /** The sentence (or date line) the expression belongs to. */
  sentence: { start: number; end: number };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/**
 * Feast days of the English calendar: a fixed day (month, day), or days after Easter Sunday, which
 * moves with the year (the date is known only where the narration's year is).
 */
type Feast = { month: number; day: number } | { afterEaster: number };

const MOVABLE_FEASTS: Record<string, number> = {
  'shrove tuesday': -47,
  'ash wednesday': -46,
  'palm sunday': -7,
  'maundy thursday': -3,
  'good friday': -2,
  'easter sunday': 0,
  'easter day': 0,
  easter: 0,
  'easter monday': 1,
  'whit sunday': 49,
  whitsunday: 49,
  whitsun: 49,
  'whit monday': 50,
};

/** Fixed feast days (month, day). */
const FIXED_FEASTS: Record<string, [number, number]> = {
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'boxing day': [12, 26],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'twelfth night': [1, 5],
  candlemas: [2, 2],
  'lady day': [3, 25],
  'midsummer eve': [6, 23],
  'midsummer day': [6, 24],
  midsummer: [6, 24],
  lammas: [8, 1],
  michaelmas: [9, 29],
  'all hallows': [11, 1],
  martinmas: [11, 11],
};

const FEAST_NAMES = [...Object.keys(FIXED_FEASTS), ...Object.keys(MOVABLE_FEASTS)];

/** A feast's name, in any case ("Lady Day", "Boxing Day", "Candlemas"). */
export function isFeastName(name: string): boolean {
  return FEAST_NAMES.includes(name.toLowerCase());
}

/** Feasts named by one word ("Whitsun", "Candlemas"): days, never a person's or a place's name. */
export const FEAST_WORDS: ReadonlySet<string> = new Set(FEAST_NAMES.filter((name) => !name.includes(' ')));

function feastNamed(name: string): Feast | undefined {
  const fixed = FIXED_FEASTS[name];
  if (fixed) return { month: fixed[0], day: fixed[1] };
  const afterEaster = MOVABLE_FEASTS[name];
  return afterEaster === undefined ? undefined : { afterEaster };
}

/** "the winter of 1890": the season a year is told in, and the month it starts the narration at. */
const SEASON_BEFORE = /\b(spring|summer|autumn|fall|winter)\s+of\s+$/i;
const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY_NAME = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const DAY_NUMBER = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/** A day of the month in words: "the second of August", "the twenty-first". */
const DAY_WORD =
  '(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
/** "1894", or a year the author hid: "17--", "18—". */
const YEAR = '(?:1[0-9]{3}|20[0-9]{2}|1[0-9](?:--|—|__|\\*\\*))';
const COUNT =
  '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|few|several|some)';
/** Spaces inside an expression, across a line break but never a paragraph break. */
const S = '(?:[ \\t]*\\n[ \\t]*|[ \\t]+)';
const UNIT = '(?:days?|nights?|weeks?|fortnights?|months?|years?)';

/** Ordered alternatives: the first that matches at a position wins, longest forms first. */
const PATTERNS: Array<{ kind: string; re: string }> = [
  {
    kind: 'dayMonth',
    re: `(?:${WEEKDAY_NAME},?${S})?(?:the${S})?(?:${DAY_NUMBER}(?:${S}of)?|${DAY_WORD}${S}of)${S}${MONTH_NAME}(?:,?${S}${YEAR}(?![\\d]))?(?:${S}(?:last|next)${S}year)?`,
  },
  {
    kind: 'monthDay',
    re: `(?:${WEEKDAY_NAME},?${S})?${MONTH_NAME}${S}(?:${DAY_NUMBER}(?![\\d])|the${S}${DAY_WORD})(?:,?${S}${YEAR}(?![\\d]))?`,
  },
  // "May 1894", "May, 1894", "March of 1912".
  { kind: 'monthYear', re: `${MONTH_NAME}(?:,|${S}of)?${S}${YEAR}(?![\\d])` },
  {
    // "In April", "until the November": a month on its own after a word that dates by it.
    kind: 'month',
    re: `(?<=\\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]hat|[Tt]his|[Oo]f|[Ii]n${S}the)${S})${MONTH_NAME}(?!${S}\\d|['’]s)`,
  },
  {
    // "in 1887", and a year standing alone on its line: a part's or a chapter's heading ("1944").
    kind: 'year',
    re: `(?<=\\b(?:in|of|year|since|until|till|summer|winter|spring|autumn)${S})1[5-9]\\d\\d(?![\\d])|(?<=(?:^|\\n)[ \\t]*)(?:1[5-9]|20)\\d\\d(?=[ \\t]*(?:\\n|$))`,
  },
  {
    // "the 6th", and "on the sixth" in words only after "on" and before no further word ("on the
    // sixth day" is not a date).
    kind: 'ordinal',
    re: `(?:the${S}(?:[12]\\d|3[01]|[1-9])(?:st|nd|rd|th)\\b(?:${S}(?:last|next)${S}year)?|(?<=\\b[Oo]n${S})the${S}${DAY_WORD}(?!${S}\\p{L}|-))`,
  },
  {
    kind: 'relativeCount',
    re: `(?:some${S})?${COUNT}${S}${UNIT}${S}(?:later|afterwards|after|before|ago|earlier|since|hence|passed|elapsed)`,
  },
  {
    kind: 'relativeNext',
    re: `(?:the${S})?(?:next|following|succeeding|previous|preceding)${S}(?:morning|day|evening|night|afternoon|week|month|year)`,
  },
  {
    kind: 'relativeDay',
    re: `(?:the${S}day${S}(?:before${S}yesterday|after${S}to-?morrow|before|after)|yesterday|to-?morrow|to-?day|to-?night|(?:this|that)${S}(?:morning|afternoon|evening|night))`,
  },
  {
    kind: 'weekdayRelative',
    re: `(?:(?:on${S})?the${S}(?:following${S}${WEEKDAY_NAME}|${WEEKDAY_NAME}${S}(?:following|before(?!${S}(?:the|a|an|his|her|their|my|our|your|last|next)\\b)))|(?:next|last|on|this|that|by|until|till)${S}${WEEKDAY_NAME})`,
  },
  { kind: 'weekday', re: WEEKDAY_NAME },
  {
    kind: 'feast',
    re: `(?:${[...FEAST_NAMES]
      .sort((a, b) => b.length - a.length)
      .map((f) => f.replace(/'/g, "['’]").replace(/\b\w/g, (c) => `[${c.toUpperCase()}${c}]`))
      .join('|')})`,
  },
];

/** Every pattern, tried at one position (sticky): the first that matches there wins. */
const SCANNER = new RegExp(
  PATTERNS.map((p) => `(?<${p.kind}>(?<![\\p{L}\\p{N}])${p.re}(?![\\p{L}]))`).join('|'),
  'iuy',
);
/** A run of letters and digits: every expression starts where one does (SCANNER's lookbehind). */
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** A time expression as the scanner found it, before it is read. */
interface TimeMatch {
  start: number;
  raw: string;
  /** The pattern that matched (`PATTERNS`' kind). */
  kind: string;
}

/**
 * The scanner's matches in `text`, as a global search would find them, but tried only where a word
 * starts: the alternation's lookbehinds at every character were most of the time a novel took.
 */
export function scanTimeMatches(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  WORD_RUN.lastIndex = 0;
  for (let run = WORD_RUN.exec(text); run; run = WORD_RUN.exec(text)) {
    SCANNER.lastIndex = run.index;
    const m = SCANNER.exec(text);
    if (!m) continue;
    const kind = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] ?? '';
    out.push({ start: run.index, raw: m[0], kind });
    // The next expression starts after this one, as in a global search.
    WORD_RUN.lastIndex = run.index + m[0].length;
  }
  return out;
}

/**
 * The matches of the last text scanned: an analysis reads one text's time expressions several
 * times (the timeline, the narrators' dated sections, the story's years), and the scan is the same.
 */
let scanned: { text: string; matches: readonly TimeMatch[] } | null = null;

function timeMatches(text: string): readonly TimeMatch[] {
  if (scanned?.text !== text) scanned = { text, matches: scanTimeMatches(text) };
  return scanned.matches;
}

/** A concrete day; with an unknown year, counted from 2001 (not a leap year) plus rollovers. */
interface Day {
  year: number;
  yearKnown: boolean;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
const toKey = (d: Day) => Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
function fromKey(key: number, yearKnown: boolean): Day {
  const date = new Date(key * MS_PER_DAY);
  return { year: date.getUTCFullYear(), yearKnown, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
const addDays = (d: Day, n: number) => fromKey(toKey(d) + n, d.yearKnown);
/** A feast's month and day in a year (Easter by the Gregorian computus). */
function feastDay(feast: Feast, year: number): { year: number; month: number; day: number } {
  if ('month' in feast) return { year, month: feast.month, day: feast.day };
  const sunday = gregorianEaster(year);
  const { month, day } = addDays(
    { year, yearKnown: true, month: sunday.month, day: sunday.day },
    feast.afterEaster,
  );
  return { year, month, day };
}

function addMonths(d: Day, n: number): Day {
  const total = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, yearKnown: d.yearKnown, month, day: Math.min(d.day, last) };
}
const weekday = (d: Day) => new Date(toKey(d) * MS_PER_DAY).getUTCDay();
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Day) =>
  d.yearKnown ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : `--${pad(d.month)}-${pad(d.day)}`;
const UNKNOWN_YEAR = 2001;

function monthOf(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

interface Parsed {
  /** A full day, or only parts of one. */
  day?: Day;
  month?: number;
  dayOfMonth?: number;
  year?: number;
  /** Years to add to "now"'s year ("last year"). */
  yearShift?: number;
  weekday?: number;
  /** Direction for a weekday: forward (default, "on Wednesday"), back ("last Tuesday"). */
  back?: boolean;
  relativeDays?: number;
  relativeMonths?: number;
  feast?: Feast;
  /** A relative expression that no date can be told from ("some years ago"). */
  vague?: boolean;
}

function dayInWords(text: string): number | undefined {
  const word = new RegExp(DAY_WORD, 'i').exec(text);
  return word ? ordinalWord(word[0]) : undefined;
}

function parseMatch(kind: string, raw: string): Parsed | null {
  const text = raw.replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  const shift = /\blast year$/.test(lower) ? -1 : /\bnext year$/.test(lower) ? 1 : undefined;
  const weekdayIn = WEEKDAYS.findIndex((w) => lower.includes(w));
  const yearIn = /\b(1\d{3}|20\d{2})\b/.exec(text);
  const withYear = (p: Parsed): Parsed => ({
    ...p,
    ...(yearIn ? { year: Number(yearIn[1]) } : {}),
    ...(shift !== undefined ? { yearShift: shift } : {}),
    ...(weekdayIn >= 0 ? { weekday: weekdayIn } : {}),
  });
  switch (kind) {
    case 'dayMonth':
    case 'monthDay': {
      const month = new RegExp(MONTH_NAME, 'i').exec(text);
      const dayText = kind === 'monthDay' ? text.slice((month?.index ?? 0) + (month?.[0].length ?? 0)) : text;
      const day = /(?<![\d])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])/.exec(dayText);
      const dayOfMonth = day ? Number(day[1]) : dayInWords(dayText);
      if (!month || dayOfMonth === undefined) return null;
      return withYear({ month: monthOf(month[0]), dayOfMonth });
    }
    case 'month':
    case 'monthYear': {
      const month = new RegExp(MONTH_NAME, 'i').exec(text);
      if (!month) return null;
      return withYear({ month: monthOf(month[0]) });
    }
    case 'year':
      return { year: Number(text) };
    case 'ordinal': {
      const digits = /\d+/.exec(text);
      const dayOfMonth = digits ? Number(digits[0]) : dayInWords(text);
      return dayOfMonth === undefined ? null : withYear({ dayOfMonth });
    }
    case 'relativeCount': {
      const m = /^(?:some\s+)?(\S+)\s+(\w+)\s+(\w+)$/.exec(lower);
      if (!m) return null;
      // "some years ago", "a few days later": no date can be told.
      if (/^(few|several|some)$/.test(m[1] ?? '') || /^some\s/.test(lower)) return { vague: true };
      const count = /^\d+$/.test(m[1] ?? '')
        ? Number(m[1])
        : m[1] === 'a' || m[1] === 'an'
          ? 1
          : (numberWord(m[1] ?? '') ?? 1);
      const unit = m[2] ?? '';
      const sign = /^(before|ago|earlier)$/.test(m[3] ?? '') ? -1 : 1;
      if (unit.startsWith('month')) return { relativeMonths: sign * count };
      if (unit.startsWith('year')) return { relativeMonths: sign * 12 * count };
      const days = unit.startsWith('fortnight') ? 14 : unit.startsWith('week') ? 7 : 1;
      return { relativeDays: sign * count * days };
    }
    case 'relativeNext': {
      const back = /previous|preceding/.test(lower) ? -1 : 1;
      if (/month/.test(lower)) return { relativeMonths: back };
      if (/year/.test(lower)) return { relativeMonths: 12 * back };
      return { relativeDays: (/week/.test(lower) ? 7 : 1) * back };
    }
    case 'relativeDay': {
      if (/before yesterday/.test(lower)) return { relativeDays: -2 };
      if (/after to-?morrow/.test(lower)) return { relativeDays: 2 };
      if (/yesterday|day before/.test(lower)) return { relativeDays: -1 };
      if (/to-?morrow|day after/.test(lower)) return { relativeDays: 1 };
      return { relativeDays: 0 };
    }
    case 'weekdayRelative':
    case 'weekday':
      return { weekday: weekdayIn, back: /^last\b|\bbefore$/.test(lower) };
    case 'feast': {
      const feast = feastNamed(lower.replace('’', "'").replace(/\s+/g, ' '));
      return feast ? { feast } : null;
    }
    default:
      return null;
  }
}

const SENTENCE_END = /[.!?]["'”’)]*\s+|\n\n/g;

/** Sentences as ranges; a paragraph break always ends one. */
function sentenceRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    // "Mr." and "Dec." do not end a sentence.
    if (
      /\b(?:Mr|Mrs|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Messrs|Capt)\.$/.test(
        text.slice(start, end),
      )
    )
      continue;
    if (end > start) ranges.push({ start, end });
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

/** Paragraph starts (after a blank line) for date-line detection. */
function paragraphAt(text: string, offset: number): { start: number; end: number } {
  const before = text.lastIndexOf('\n\n', offset - 1);
  const start = before < 0 ? 0 : before + 2;
  const after = text.indexOf('\n\n', offset);
  return { start, end: after < 0 ? text.length : after };
}

/** Words that make a sentence a plan or a wish: its date does not move "now". */
const FUTURE = /\b(will|shall|must|going to|intend|mean to|hope to|'ll|’ll)\b/i;

export interface FindTimeOptions {
  /** Only expressions inside this range (the context before it still sets "now"). */
  range?: { start: number; end: number };
  /**
   * Characters of text after which "now" is too old to date a relative expression (default 6,000:
   * a diary entry or a scene; a tale told years later does not inherit the last entry's date).
   */
  reach?: number;
  /**
   * Where the file's chapters start. A chapter that opens by going back ("Twenty years earlier, in
   * the spring of 1916") is a flashback: the narration's year comes back at the next chapter.
   */
  chapterStarts?: readonly number[];
}

/**
 * Every time expression of `text` in text order, each dated where the text allows.
 * Deterministic; linear in the length of the text.
 */
export function findTimeExpressions(text: string, options: FindTimeOptions = {}): TimeExpression[] {
  const sentences = sentenceRanges(text);
  let sentenceIndex = 0;
  const sentenceOf = (offset: number) => {
    while (
      sentenceIndex < sentences.length - 1 &&
      (sentences[sentenceIndex] as { end: number }).end <= offset
    )
      sentenceIndex++;
    return sentences[sentenceIndex] ?? { start: 0, end: text.length };
  };

  const reach = options.reach ?? 6_000;
  const state: {
    now: Day | null;
    /** Where "now" was last set. */
    nowAt: number;
    /** A letter or telegram's own date, while its lines last. */
    document: { day: Day; end: number } | null;
    /** The last day told inside the current sentence: "on the second of August ... that night". */
    inSentence: { day: Day; sentenceStart: number } | null;
    /** "Now" is an entry's or a letter's own date line, so its past tense looks back from it. */
    nowDated: boolean;
    /** The last year told inside the current sentence: "in 1895 ... at Candlemas ... in April". */
    yearInSentence: { year: number; sentenceStart: number } | null;
  } = { now: null, nowAt: 0, document: null, inSentence: null, nowDated: false, yearInSentence: null };
  /** Year offset for dates whose year is never given: grows when the entries roll past December. */
  let unknownYear = UNKNOWN_YEAR;
  /**
   * The year the narration is in, from a year it states on its own ("In the spring of 1887") and
   * moved by the years it lets pass ("Three years passed"): a month alone ("In April") is of it.
   */
  let narratedYear: number | null = null;
  /** The month the narration has reached in that year (a season's first month: winter is December). */
  let narratedMonth: number | null = null;
  /** The narration's year and month before a flashback, restored where its chapter ends. */
  let beforeFlashback: { year: number; month: number | null; chapterEnd: number } | null = null;
  const chapterStarts = [...(options.chapterStarts ?? [])].sort((a, b) => a - b);
  /** The days the story has dated so far, for "the Tuesday" told again. */
  const toldDays: Day[] = [];
  const chapterEndAfter = (offset: number) => chapterStarts.find((s) => s > offset) ?? text.length;
  const out: TimeExpression[] = [];
  /** The start of the last sentence that told a habit ("every Sunday"). */
  let habitualSentence = -1;

  for (const { start, raw, kind } of timeMatches(text)) {
    const end = start + raw.length;
    // "May" alone, "march" and "a day after" inside other words are not dates.
    if (kind === 'weekday' && !/^[A-Z]/.test(raw)) continue;
    // "on a Friday", "every Sunday", "each Christmas": a habit, not a day of the story; so is every
    // day and feast of a sentence that opens with one ("Every Christmas they went to Bath, and at
    // Easter they stayed at home"), not of one that dates the habit ("every Sunday since Christmas").
    if (kind === 'weekday' || kind === 'feast') {
      const before = text.slice(Math.max(0, start - 12), start);
      const sentenceStart = sentenceOf(start).start;
      if ((kind === 'weekday' ? HABITUAL_BEFORE : EVERY_BEFORE).test(before)) {
        if (HABIT_OPENS_SENTENCE.test(text.slice(sentenceStart, start))) habitualSentence = sentenceStart;
        continue;
      }
      if (habitualSentence === sentenceStart) continue;
    }
    const parsed = parseMatch(kind, raw);
    if (!parsed) continue;
    const yearsOnly = parsed.relativeMonths !== undefined && parsed.relativeMonths % 12 === 0;
    if (state.document && start >= state.document.end) state.document = null;
    if (beforeFlashback && start >= beforeFlashback.chapterEnd) {
      narratedYear = beforeFlashback.year;
      narratedMonth = beforeFlashback.month;
      beforeFlashback = null;
    }
    const sentence = sentenceOf(start);
    const paragraph = paragraphAt(text, start);
    const lead = text.slice(paragraph.start, start);
    const rest = text.slice(end, paragraph.end);
    // A date line: the paragraph opens with the date (after a place or a quotation mark) and the
    // date stands alone or ends with a dash or a full stop (diary entries: "3 May.--Bistritz.").
    const opensParagraph = /^["“(]?(?:[A-Z][\w.' -]{0,40},\s*)?$/.test(lead);
    const isDateLine =
      opensParagraph &&
      (parsed.month !== undefined || parsed.weekday !== undefined) &&
      /^(?:[.,]?["”]?\s*$|\.?\s*(?:--|—|–)|\.\s)/.test(rest);
    const quoted = /^["“]/.test(lead);
    const fresh: Day | null = state.now && start - state.nowAt <= reach ? state.now : null;
    const sameSentence =
      state.inSentence && state.inSentence.sentenceStart === sentence.start ? state.inSentence.day : null;
    const sentenceYear =
      state.yearInSentence && state.yearInSentence.sentenceStart === sentence.start
        ? state.yearInSentence.year
        : null;
    const base: Day | null = state.document ? state.document.day : (sameSentence ?? fresh);
    // The year of a full date is inherited from "now" however old it is.
    const yearBase: Day | null = state.document ? state.document.day : state.now;
    let day: Day | null = null;
    let partial: string | null = null;
    const knownYear: number | null = base?.yearKnown ? base.year : narratedYear;

    if (parsed.month !== undefined && parsed.dayOfMonth !== undefined) {
      let year: number | undefined =
        parsed.year ?? (sentenceYear === null ? undefined : sentenceYear + (parsed.yearShift ?? 0));
      let yearKnown = year !== undefined;
      if (year === undefined && yearBase) {
        year = yearBase.year + (parsed.yearShift ?? 0);
        yearKnown = yearBase.yearKnown;
        // A date line more than two months before "now" starts the next year (December, then March).
        if (isDateLine && !quoted && parsed.yearShift === undefined) {
          const candidate = toKey({ year, yearKnown, month: parsed.month, day: parsed.dayOfMonth });
          if (candidate < toKey(yearBase) - 61) year += 1;
        }
      }
      if (year === undefined && narratedYear !== null) {
        year = narratedYear;
        yearKnown = true;
      }
      if (year === undefined) {
        year = unknownYear;
        yearKnown = false;
      }
      day = { year, yearKnown, month: parsed.month, day: parsed.dayOfMonth };
      if (!yearKnown && year > unknownYear) unknownYear = year;
    } else if (parsed.month !== undefined) {
      // A month alone is of the year the narration is in, the next one once that year's later
      // months have been told ("In the winter of 1890 ... In April").
      let year =
        parsed.year ?? sentenceYear ?? (yearBase?.yearKnown ? yearBase.year : (narratedYear ?? undefined));
      if (
        parsed.year === undefined &&
        sentenceYear === null &&
        !yearBase?.yearKnown &&
        narratedYear !== null &&
        !quoted
      ) {
        if (narratedMonth !== null && parsed.month < narratedMonth) narratedYear += 1;
        year = narratedYear;
        narratedMonth = parsed.month;
      }
      partial = year !== undefined ? `${year}-${pad(parsed.month)}` : null;
    } else if (parsed.year !== undefined && parsed.dayOfMonth === undefined && parsed.weekday === undefined) {
      partial = String(parsed.year);
      // A year alone on its line heads what follows: the days told before it no longer date it.
      if (opensParagraph && /^\s*$/.test(rest)) state.now = null;
      if (!quoted && !isBackstory(text, sentence.start, start, parsed.year, narratedYear)) {
        narratedYear = parsed.year;
        const season = SEASON_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
        narratedMonth = season === undefined ? null : (SEASON_MONTH[season] ?? null);
      }
    } else if (parsed.dayOfMonth !== undefined && base) {
      let candidate: Day = { ...base, day: parsed.dayOfMonth };
      if (parsed.yearShift) candidate = { ...candidate, year: candidate.year + parsed.yearShift };
      else if (toKey(candidate) < toKey(base) - 15) candidate = addMonths(candidate, 1);
      day = candidate;
    } else if (parsed.feast && sentenceYear !== null) {
      day = { yearKnown: true, ...feastDay(parsed.feast, sentenceYear) };
    } else if (parsed.feast && base && ('month' in parsed.feast || base.yearKnown)) {
      const { feast } = parsed;
      let candidate: Day = { ...base, ...feastDay(feast, base.year) };
      // "since Christmas", "last Easter": the feast before now; otherwise the next one, or one just gone.
      if (SINCE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
        if (toKey(candidate) > toKey(base)) candidate = { ...base, ...feastDay(feast, base.year - 1) };
      } else if (toKey(candidate) < toKey(base) - 61)
        candidate = { ...base, ...feastDay(feast, base.year + 1) };
      day = candidate;
    } else if (parsed.feast && narratedYear !== null && !quoted) {
      day = { yearKnown: true, ...feastDay(parsed.feast, narratedYear) };
    } else if (parsed.relativeDays !== undefined && base) {
      day = addDays(base, parsed.relativeDays);
    } else if (parsed.relativeMonths !== undefined && base && !(yearsOnly && base.yearKnown)) {
      day = addMonths(base, parsed.relativeMonths);
    } else if (yearsOnly && parsed.relativeMonths !== undefined && knownYear !== null) {
      // Years on from a known year name a year, not a day: "Ten years later" after the 3rd of
      // January 1951 is 1961, and the day it left no longer dates "the next morning".
      const year: number = knownYear + parsed.relativeMonths / 12;
      partial = String(year);
      const opensChapter =
        chapterStarts.length > 0 &&
        /^\s*$/.test(
          text.slice(chapterStarts.filter((s) => s <= start).at(-1) ?? 0, start).replace(/^[^\n]*\n/, ''),
        );
      if (!quoted && (parsed.relativeMonths > 0 || opensChapter)) {
        // "Three years passed" moves the narration on; "Twenty years earlier" opening a chapter is a
        // flashback until the chapter ends.
        if (parsed.relativeMonths < 0) {
          beforeFlashback = { year: knownYear, month: narratedMonth, chapterEnd: chapterEndAfter(start) };
        }
        narratedYear = year;
        narratedMonth = null;
        state.now = null;
        state.yearInSentence = { year, sentenceStart: sentence.start };
      }
    }
    // A weekday: on its own, the nearest such day after "now" (before it for "last"), which needs
    // the year; with a relative count ("a week later, on Saturday") the relative date stands.
    if (
      parsed.weekday !== undefined &&
      parsed.weekday >= 0 &&
      parsed.month === undefined &&
      base?.yearKnown &&
      !day
    ) {
      // "The governess came on Tuesday" in a letter dated Saturday: a past verb inside a sentence of
      // a dated entry looks back from the entry's date ("On Wednesday I sent ...", opening its
      // sentence, tells the entry's next days and goes forward).
      const lookingBack =
        parsed.back === true ||
        (state.nowDated &&
          !state.document &&
          !opensSentence(text, sentence.start, start) &&
          PAST_VERB_BEFORE.test(text.slice(sentence.start, start)));
      const diff = (parsed.weekday - weekday(base) + 7) % 7;
      // "You knew on the Tuesday": a weekday with "the" is the one the story has told, within weeks.
      const told =
        /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) &&
        !FUTURE.test(text.slice(sentence.start, sentence.end))
          ? toldDays.findLast(
              (d) => weekday(d) === parsed.weekday && toKey(d) <= toKey(base) && toKey(d) >= toKey(base) - 28,
            )
          : undefined;
      day = told ?? addDays(base, lookingBack ? (diff === 0 ? -7 : diff - 7) : diff === 0 ? 7 : diff);
    }
    if (day?.yearKnown) toldDays.push(day);

    const timeKind: TimeKind = isDateLine
      ? 'heading'
      : parsed.feast
        ? 'feast'
        : kind === 'year' || kind === 'monthYear'
          ? 'year'
          : parsed.relativeDays !== undefined || parsed.relativeMonths !== undefined || parsed.vague
            ? 'relative'
            : parsed.month === undefined && parsed.dayOfMonth === undefined
              ? 'weekday'
              : 'absolute';
    if (!options.range || (start >= options.range.start && end <= options.range.end)) {
      out.push({
        start,
        end,
        text: raw,
        kind: timeKind,
        date: day ? iso(day) : partial,
        key: day ? toKey(day) : (partialKey(partial) ?? (base ? toKey(base) : null)),
        sentence: isDateLine ? paragraph : sentence,
      });
    }

    if (parsed.year !== undefined) {
      state.yearInSentence = { year: parsed.year, sentenceStart: sentence.start };
      // "the 3rd of January, 1951", "May 1894": the narration is in that year and month.
      if (
        parsed.month !== undefined &&
        !quoted &&
        !isBackstory(text, sentence.start, start, parsed.year, narratedYear)
      ) {
        narratedYear = parsed.year;
        narratedMonth = parsed.month;
      }
    }

    // Moving "now".
    if (!day) continue;
    if (!quoted && !isDateLine) state.inSentence = { day, sentenceStart: sentence.start };
    if (isDateLine && quoted) {
      // A letter's date line: its own date while its quoted paragraphs last; it moves "now" only
      // forward (an older letter is one read later).
      state.document = { day, end: quotedDocumentEnd(text, paragraph.start) };
      if (!state.now || toKey(day) > toKey(state.now)) {
        state.now = day;
        state.nowAt = start;
      }
    } else if (isDateLine) {
      state.now = day;
      state.nowAt = start;
      state.nowDated = true;
      state.document = null;
    } else if (
      !quoted &&
      (opensSentence(text, sentence.start, start) ||
        STATES_DATE_BEFORE.test(text.slice(sentence.start, start)) ||
        movesOnInside(text.slice(sentence.start, start), kind, day, state.now)) &&
      !FUTURE.test(text.slice(start, sentence.end))
    ) {
      if (state.document) state.document = { ...state.document, day };
      else {
        state.now = day;
        state.nowAt = start;
        state.nowDated = false;
      }
    }
  }
  return out;
}

/** A year or a year's month ("1880", "1891-04") sorted at its first day, so that years keep story order. */
function partialKey(partial: string | null): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(partial ?? '');
  if (!m) return null;
  return toKey({ year: Number(m[1]), yearKnown: true, month: Number(m[2] ?? 1), day: 1 });
}

/** "it was the 5th of November", "my mother's birthday: the 3rd of January": the date the narration is at. */
const STATES_DATE_BEFORE = /(?:\b(?:it|this|that|today)\s+(?:was|is)\s+(?:on\s+)?|:\s*)$/i;

/**
 * "He came on the first ferry after the thaw, on the 14th of January": a day of the month later than
 * "now" inside a sentence of simple past narration moves the story on; one in a sentence that
 * recalls ("had last seen her on") or plans ("would come on") does not.
 */
function movesOnInside(before: string, kind: string, day: Day, now: Day | null): boolean {
  return (
    now !== null &&
    (kind === 'dayMonth' || kind === 'monthDay') &&
    toKey(day) > toKey(now) &&
    !/\b(?:had|would|was to|were to|should|could|might)\b/i.test(before)
  );
}

/** "every Sunday", "on a Friday": a weekday that tells a habit. */
const HABITUAL_BEFORE = /\b(?:a|every|each)\s+$/i;
/** "since Christmas", "last Easter": a feast that looks back from now. */
const SINCE_BEFORE = /\b(?:since|last)\s+$/i;
/** "every Christmas", "each Easter": a feast after "a" is the story's ("a Christmas to remember"). */
const EVERY_BEFORE = /\b(?:every|each)\s+$/i;
/** The words of a sentence before a habit that opens it: "Every", "And on a". */
const HABIT_OPENS_SENTENCE = /^["“‘]?\s*(?:(?:and|but|then|so)\s+)?(?:on\s+|at\s+)?(?:a|every|each)\s+$/i;

/** A year at the opening of its sentence ("In the spring of 1887", "The winter of 1890 was"). */
const YEAR_OPENS_SENTENCE =
  /^["“]?\s*(?:(?:and|but|then|so)\s+)?(?:(?:in|on|at|by|during|until|till|since|from)\s+)?(?:the\s+)?(?:(?:early|late)\s+)?(?:(?:spring|summer|autumn|fall|winter|year|end|beginning)\s+of\s+)?$/i;

/**
 * A year told inside a sentence that goes back from the narration's ("My grandfather told me the
 * firth froze in 1895"): the past the story recalls, which does not move the narration's year.
 */
function isBackstory(text: string, sentenceStart: number, at: number, year: number, narrated: number | null) {
  return narrated !== null && year < narrated && !YEAR_OPENS_SENTENCE.test(text.slice(sentenceStart, at));
}

/**
 * A verb in the past tense right before the expression: "came on Tuesday", "arrived on Monday",
 * "had seen on Tuesday", "given on the Sunday".
 */
const PAST_VERB_BEFORE =
  /\b(?:came|went|left|arrived|returned|died|fell|wrote|written|sent|met|saw|seen|told|said|began|begun|brought|gave|given|took|taken|rode|called|knew|known|was|were|been|did|done|had|got|made|found|heard|lost|kept|held|paid|sold|bought|spoke|spoken|thought|[a-z]{2,}ed)\s+(?:here\s+|home\s+|back\s+)?(?:on\s+)?(?:the\s+)?$/i;

/** An expression that opens its sentence, alone or after "On", "And", "But" or "Then". */
function opensSentence(text: string, sentenceStart: number, at: number): boolean {
  return /^["“]?\s*(?:(?:and|but|then|so|on|at|by|early|late)\s+)?(?:on\s+)?$/i.test(
    text.slice(sentenceStart, at),
  );
}

/** The end of a quoted document: the last of the consecutive paragraphs that open with a quotation mark. */
function quotedDocumentEnd(text: string, from: number): number {
  let end = from;
  let at = from;
  while (at < text.length && /^["“]/.test(text.slice(at, at + 1))) {
    const next = text.indexOf('\n\n', at);
    end = next < 0 ? text.length : next;
    if (next < 0) break;
    at = next + 2;
  }
  return end;
}
