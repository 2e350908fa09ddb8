/**
 * "When does the story begin?", "What year does it end?", "When is chapter 3 set?": answered from
 * the timeline (story/timeline.ts, as the timeline API serves it), each date cited by the sentence
 * that gives it. A question about the whole manuscript names where the text opens and closes in
 * time, and says so when its earliest or latest date is told out of order (a flashback).
 */
import type { TimelineEventView } from '@george/contracts/api';
import { mustAt } from '@george/runtime/collections';
import { parseNumber } from '@george/text';
import { chapterInText } from '../story/numbering.js';
import { citedPlace, type FileNames, quotedBlock, textOnce } from './quoted.js';
import type { Citation } from './types.js';

export type TimeAspect = 'begin' | 'end' | 'span';

export interface TimeQuestion {
  /** A chapter's number, the one the conversation is about, or null for the whole manuscript. */
  chapter: number | 'current' | null;
  aspect: TimeAspect;
}

const SUBJECT = String.raw`(?<subject>(?:the\s+)?(?:story|book|novel|manuscript|tale|action|plot)|it|this\s+chapter|the\s+chapter|chapter\s+(?<n>\d{1,5}|[a-z]+(?:-[a-z]+)?))`;
const ASKING = String.raw`(?:when|in\s+what\s+year|what\s+year|in\s+which\s+year|which\s+year|on\s+what\s+date|what\s+date|in\s+what\s+season|at\s+what\s+time)`;
const VERB = String.raw`(?<verb>begin|start|open|commence|end|finish|close|conclude|take\s+place|happen|occur|unfold|set)`;

/** The ways of asking when a chapter or the manuscript happens. */
const WHEN = [
  new RegExp(String.raw`^${ASKING}\s+(?:does|did|do|is|was)\s+${SUBJECT}\s+${VERB}(?:\s+in)?\s*[?.!]*$`, 'i'),
  new RegExp(
    String.raw`^what\s+(?:year|date|season|time\s+of\s+year)\s+is\s+it\s+in\s+${SUBJECT}\s*[?.!]*$`,
    'i',
  ),
];

const ASPECT_OF: Record<string, TimeAspect> = {
  begin: 'begin',
  start: 'begin',
  open: 'begin',
  commence: 'begin',
  end: 'end',
  finish: 'end',
  close: 'end',
  conclude: 'end',
};

/** A question about when a chapter or the manuscript happens, or null. */
export function parseTimeQuestion(message: string): TimeQuestion | null {
  const text = message.trim().replace(/\s+/g, ' ');
  const groups = WHEN.map((p) => p.exec(text)).find((m) => m !== null)?.groups;
  if (groups?.subject === undefined) return null;
  const aspect = ASPECT_OF[groups.verb?.toLowerCase() ?? ''] ?? 'span';
  const subject = groups.subject.toLowerCase();
  if (!subject.includes('chapter')) return { chapter: null, aspect };
  if (groups.n === undefined) return { chapter: 'current', aspect };
  const n = parseNumber(groups.n);
  return n !== null && n.length === groups.n.length && n.value > 0 ? { chapter: n.value, aspect } : null;
}

/** A time expression of the manuscript with the sentence that gives it. */
export interface DatedLine {
  event: TimelineEventView;
  line: Citation;
}

export interface TimeEvidence {
  /** The chapter asked about, or null for the whole manuscript. */
  chapter: number | null;
  /** That chapter's heading, when it has one. */
  title: string | null;
  aspect: TimeAspect;
  /** The time expressions in scope, in reading order. */
  lines: DatedLine[];
  /** For a chapter that gives no date of its own: the last dated line before it. */
  before: DatedLine | null;
}

/** Time expressions named one by one in a chapter's answer. */
const SHOWN_IN_CHAPTER = 4;

const dated = (d: DatedLine): boolean => d.event.when.date !== null;
const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/**
 * The answer to "when does the story begin" or "when is chapter 3 set", with the sentences that
 * show it, each date's file named among several.
 */
export function timeAnswer(
  evidence: TimeEvidence,
  fileNames: FileNames = null,
): { answer: string; citations: Citation[] } {
  const citations: Citation[] = [];
  const where = (d: DatedLine): string => citedPlace(d.line, fileNames, chapterInText) || 'the text';
  const cite = (d: DatedLine): string => {
    const at = citations.findIndex((c) => c.fileId === d.line.fileId && c.start === d.line.start);
    return `[${at >= 0 ? at + 1 : citations.push(d.line)}]`;
  };
  const told = (d: DatedLine) => `“${d.event.when.text}” (${where(d)}) ${cite(d)}`;
  const lines: string[] = [];
  const { lines: all } = evidence;
  const withDates = all.filter(dated);
  if (evidence.chapter !== null) {
    const label = capitalised(chapterInText(evidence.chapter, evidence.title));
    const listed = `${all
      .slice(0, SHOWN_IN_CHAPTER)
      .map((d) => `“${d.event.when.text}” ${cite(d)}`)
      .join(', ')}${all.length > SHOWN_IN_CHAPTER ? ', and more on the Timeline page' : ''}`;
    if (all.length === 0) lines.push(`${label} gives no date or time that I can read.`);
    else if (withDates.length > 0) lines.push(`${label}: ${listed}.`);
    else lines.push(`${label} gives no date, only times relative to its events: ${listed}.`);
    if (withDates.length === 0 && evidence.before)
      lines.push(`The last date before it is ${told(evidence.before)}.`);
  } else if (withDates.length === 0) {
    lines.push(
      all.length === 0
        ? 'The manuscript gives no date or time that I can read.'
        : `The manuscript gives no dates, only times relative to its events; it opens with ${told(mustAt(all, 0))}.`,
    );
  } else {
    const first = mustAt(withDates, 0);
    const last = mustAt(withDates, withDates.length - 1);
    const earliest = withDates.reduce((a, b) => (b.event.storyOrder < a.event.storyOrder ? b : a));
    const latest = withDates.reduce((a, b) => (b.event.storyOrder > a.event.storyOrder ? b : a));
    if (evidence.aspect === 'begin') {
      lines.push(`The manuscript's first date is ${told(first)}.`);
      if (earliest !== first) lines.push(`Its earliest date, told later, is ${told(earliest)}.`);
    } else if (evidence.aspect === 'end') {
      lines.push(`The manuscript's last date is ${told(last)}.`);
      if (latest !== last) lines.push(`Its latest date, told earlier, is ${told(latest)}.`);
    } else {
      lines.push(
        first === last
          ? `The manuscript gives one date: ${told(first)}.`
          : `The manuscript's dates run from ${told(first)} to ${told(last)}.`,
      );
      if (earliest !== first || latest !== last)
        lines.push(
          `In the story's order they run from ${told(earliest)} to ${told(latest)}: some are told out of order.`,
        );
    }
  }
  return {
    answer: [...lines, ...quotedBlock(citations, fileNames)].join('\n'),
    citations,
  };
}

/** A month's English name by its number ("08" is "August"). */
const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/**
 * A timeline date as an answer says it: "2 August 1851", "August 1851", "2 August" (the year not
 * given), "1851"; the ISO text itself for any other form.
 */
export function spokenDate(date: string): string {
  const month = (m: string) => {
    const n = Number(m);
    return n >= 1 && n <= 12 ? MONTH_NAME.format(Date.UTC(2000, n - 1, 1)) : m;
  };
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (full) return `${Number(full[3])} ${month(full[2] ?? '')} ${full[1]}`;
  const noYear = /^--(\d{2})-(\d{2})$/.exec(date);
  if (noYear) return `${Number(noYear[2])} ${month(noYear[1] ?? '')}`;
  const monthYear = /^(\d{4})-(\d{2})$/.exec(date);
  if (monthYear) return `${month(monthYear[2] ?? '')} ${monthYear[1]}`;
  return date;
}

/** A date's words in any order, without "the", "of" or ordinal endings: "the 3rd of May 1894" is "1894 3 may". */
function dateWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\d+)(?:st|nd|rd|th)\b/g, '$1')
    .split(/[\s,]+/)
    .filter((w) => w !== '' && w !== 'the' && w !== 'of')
    .sort()
    .join(' ');
}

/** Dates shown under one answer. */
const DATES_NOTED = 3;

/**
 * The note under an answer to a when-question: the dates the timeline reads in the answer's
 * sentence, said in full ("the second of August" is 2 August 1851, its year from the letter's
 * heading; "that night" is 2 August 1851 too); empty when the sentence's own words already say all.
 */
export function datesNote(dates: ReadonlyArray<{ text: string; date: string }>): string {
  const told = dates
    .map((d) => ({ text: d.text, spoken: spokenDate(d.date) }))
    .filter((d) => dateWords(d.text) !== dateWords(d.spoken))
    .slice(0, DATES_NOTED)
    .map((d) => `“${d.text}” is ${d.spoken}`);
  return told.length === 0 ? '' : `By the manuscript's timeline, ${told.join('; ')}.`;
}

/** Where the timeline and its text come from. */
export interface TimeSources {
  /** The project's timeline in reading order (the books' files first), as the timeline API serves it. */
  events(): Promise<TimelineEventView[]>;
  text(fileId: string): Promise<string>;
  /** A chapter's heading, when it has one. */
  chapterTitle(fileId: string, chapter: number): Promise<string | null>;
}

/** The time expressions a question asks about (chapter N of every file in scope, or all), each with its sentence. */
export async function timeEvidence(
  sources: TimeSources,
  asked: { chapter: number | null; aspect: TimeAspect },
  files?: ReadonlySet<string>,
): Promise<TimeEvidence> {
  const events = (await sources.events()).filter((e) => !files || files.has(e.fileId));
  const textOf = textOnce(sources.text);
  const lineOf = async (event: TimelineEventView): Promise<DatedLine> => ({
    event,
    line: {
      fileId: event.fileId,
      chapter: event.chapter,
      chapterTitle: event.chapter === null ? null : await sources.chapterTitle(event.fileId, event.chapter),
      start: event.start,
      end: event.end,
      quote: (await textOf(event.fileId)).slice(event.start, event.end),
      kind: 'manuscript',
    },
  });
  const inScope = asked.chapter === null ? events : events.filter((e) => e.chapter === asked.chapter);
  const lines = await Promise.all(inScope.map(lineOf));
  let before: DatedLine | null = null;
  const first = inScope[0];
  if (asked.chapter !== null && !lines.some(dated)) {
    const earlier = events.filter(
      (e) =>
        e.when.date !== null &&
        e.chapter !== null &&
        e.chapter < (asked.chapter ?? 0) &&
        (first === undefined || e.fileId === first.fileId),
    );
    const last = earlier.at(-1);
    before = last ? await lineOf(last) : null;
  }
  const titled = first ?? before?.event ?? events[0];
  const title =
    asked.chapter === null || titled === undefined
      ? null
      : await sources.chapterTitle(titled.fileId, asked.chapter);
  return { chapter: asked.chapter, title, aspect: asked.aspect, lines, before };
}
