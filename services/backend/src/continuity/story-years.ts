/**
 * The year of the story at a place in the text, from the timeline's own dates ("In the spring of
 * 1887", "3 May 1894"), so that ages can be weighed against the years between them: nine in 1887
 * and fifteen in 1890 cannot both hold, nor can twenty in 1880 followed, in a flashback, by ten in
 * 1870 be a slip. A year only dates what follows it in its own chapter, and only until the text
 * lets years pass that the timeline cannot date ("Years passed"). Dates in dialogue, and in sentences that
 * look back ("had built in 1745", "born in 1850", "years ago"), are what someone recalls, not the
 * story's present, so they date nothing (a birth in a year none before the story's latest so far
 * excepted: "was born on the ninth of April, 1893" after its 1892 is told in order).
 */
import { parseNumber } from '@george/text';
import { chapterIndexAt } from '../story/numbering.js';
import { findTimeExpressions } from '../story/time.js';
import { NUMBER_WORD } from './facts/reader.js';
import type { Passage } from './types.js';

/** A dated year of the story, or a place where years pass undated (`year` null). */
export interface YearMark {
  fileId: string;
  chapter: number | null;
  /** Where the mark takes effect: the expression's start. */
  offset: number;
  year: number | null;
  /** The sentence that gives the year (for the evidence). */
  passage: Passage;
  /** For an undated mark, the years it says pass ("Twelve years later": 12), when it gives a number. */
  passed?: number;
}

interface DatedSource {
  fileId: string;
  text: string;
  chapters: ReadonlyArray<{ start: number }>;
}

/** The longest sentence cited as a year's evidence; a longer one is cited by its expression. */
const EVIDENCE_LIMIT = 300;
const QUOTATION = /["“”]/;
const LOOKS_BACK =
  /\b(?:had\s+(?:\w+ed|been|built|begun|come|gone|known|made|seen|taken|written)|born|ago|since|used to|former(?:ly)?|in those days)\b/i;
const YEARS_PASS =
  /\b(?:years?|twelvemonths?)\s+(?:later|after(?:wards)?|passed|went\s+by|had\s+(?:passed|gone\s+by|elapsed)|elapsed|rolled\s+(?:by|on))\b|\b(?:next|following|succeeding)\s+year\b/gi;
const YEAR = /^(\d{4})/;
/** The number before a mark of years passing: "Twelve years later", "ten years passed". */
const YEARS_NUMBER = new RegExp(`\\b(${NUMBER_WORD})\\s+$`, 'i');

const sentencePassage = (source: DatedSource, start: number, end: number): Passage => ({
  fileId: source.fileId,
  chapter: chapterIndexAt(source.chapters, start),
  start,
  end,
  quote: source.text.slice(start, end),
});

/** A clause of its own after a date: "..., 1891, when the larches had turned yellow". */
const LATER_CLAUSE = /,\s+(?:when|where|while|after|because)\b/i;

/**
 * Whether the sentence of a dated expression recalls the year rather than tells the story's
 * present. A clause after the date's own ("married ... on the tenth of October, 1891, when the
 * larches had turned yellow") looks back from the date, not to it; a birth in a year none before
 * the story's latest so far ("was born on the ninth of April, 1893" after its 1892) is told in order.
 */
function looksBack(
  text: string,
  e: { end: number; sentence: { start: number; end: number } },
  year: number,
  latest: number | null,
): boolean {
  const rest = text.slice(e.end, e.sentence.end);
  const cut = rest.search(LATER_CLAUSE);
  const own = text.slice(e.sentence.start, cut < 0 ? e.sentence.end : e.end + cut);
  if (!LOOKS_BACK.test(own)) return false;
  const birthInOrder = latest !== null && year >= latest && /\bborn\b/i.test(own);
  return !(birthInOrder && !LOOKS_BACK.test(own.replace(/\bborn\b/gi, '')));
}

/** The year marks of a file in text order. */
export function storyYearMarks(source: DatedSource): YearMark[] {
  const marks: YearMark[] = [];
  /** The story's latest dated year so far: a sentence cannot look back to a year after it. */
  let latest: number | null = null;
  for (const e of findTimeExpressions(source.text)) {
    const year = YEAR.exec(e.date ?? '')?.[1];
    if (year === undefined) continue;
    // A diary's or a letter's date line dates its entry, whatever the entry recalls.
    const sentence = source.text.slice(e.sentence.start, e.sentence.end);
    if (e.kind !== 'heading' && QUOTATION.test(sentence)) continue;
    if (e.kind !== 'heading' && looksBack(source.text, e, Number(year), latest)) continue;
    latest = Math.max(latest ?? 0, Number(year));
    const cited =
      e.sentence.end - e.sentence.start <= EVIDENCE_LIMIT
        ? sentencePassage(source, e.sentence.start, e.sentence.end)
        : sentencePassage(source, e.start, e.end);
    marks.push({
      fileId: source.fileId,
      chapter: chapterIndexAt(source.chapters, e.start),
      offset: e.start,
      year: Number(year),
      passage: cited,
    });
  }
  for (const m of source.text.matchAll(YEARS_PASS)) {
    const at = m.index;
    // Years the timeline dates ("Three years passed" after "In 1887" is 1890) are a date above.
    if (marks.some((d) => d.passage.start <= at && at < d.passage.end)) continue;
    const passage = sentencePassage(source, at, at + m[0].length);
    // Within the paragraph: a heading's number before it ("Chapter 2") counts no years.
    const before = source.text.slice(Math.max(0, at - 30), at);
    const told = YEARS_NUMBER.exec(before.slice(before.lastIndexOf('\n\n') + 1))?.[1];
    const passed = told === undefined ? undefined : parseNumber(told)?.value;
    marks.push({ fileId: source.fileId, chapter: passage.chapter, offset: at, year: null, passage, passed });
  }
  return marks.sort((a, b) => a.offset - b.offset);
}

export type StoryYearAt = (p: Passage) => { year: number; passage: Passage } | undefined;

/** The story's year at a passage: the last mark before it in its chapter, when that mark is a date. */
export function storyYearAt(marks: readonly YearMark[]): StoryYearAt {
  const byFile = new Map<string, YearMark[]>();
  for (const mark of marks) byFile.set(mark.fileId, [...(byFile.get(mark.fileId) ?? []), mark]);
  return (p) => {
    const last = (byFile.get(p.fileId) ?? [])
      .filter((m) => m.chapter === p.chapter && m.offset <= p.start)
      .at(-1);
    return last?.year == null ? undefined : { year: last.year, passage: last.passage };
  };
}

export type YearsPassed = (from: Passage, to: Passage) => number;

/** Years let pass without their number ("Years passed", "many years later"): any number may. */
const UNTOLD_YEARS = /^years\b/i;

/**
 * The years the text says pass between two passages of one file ("Twelve years later"), summed;
 * unbounded where it lets years pass without saying how many.
 */
export function yearsPassed(marks: readonly YearMark[]): YearsPassed {
  return (from, to) =>
    marks
      .filter((m) => m.fileId === from.fileId && from.start < m.offset && m.offset < to.start)
      .reduce(
        (sum, m) => sum + (m.passed ?? (UNTOLD_YEARS.test(m.passage.quote) ? Number.POSITIVE_INFINITY : 0)),
        0,
      );
}
