/**
 * The timeline of a file: every time expression as an event with its sentence, in narrative order
 * (as the text tells it) and in story order (as the dates fall). An event with no date of its own
 * keeps its place after the dated event before it; where the two orders differ the text tells
 * something out of order (a flashback, a letter read later).
 */
import { mustGet } from '@george/runtime/collections';
import type { ChapterSpan } from './chapters.js';
import { chapterIndexAt } from './numbering.js';
import { findTimeExpressions, type TimeExpression, type TimeKind } from './time.js';

export interface TimelineEvent {
  /** `<fileId>:<offset of the expression>`: stable while the text is. */
  id: string;
  fileId: string;
  /** 1-based chapter, or null in a file without chapters. */
  chapter: number | null;
  /** The sentence's range and text. */
  start: number;
  end: number;
  quote: string;
  when: { text: string; date: string | null; kind: TimeKind };
  /** The expression's own range. */
  whenStart: number;
  whenEnd: number;
  narrativeOrder: number;
  storyOrder: number;
}

const QUOTE_LIMIT = 400;

/**
 * The time expressions of a file's text, read with its chapters: the timeline's, and those the
 * continuity check dates acts by (ingestion reads them once for both).
 */
export function storyTimes(text: string, chapterStarts: readonly number[]): TimeExpression[] {
  return findTimeExpressions(text, { chapterStarts });
}

/** `expressions`: the text's time expressions when the caller has them already (`storyTimes`). */
export function buildTimeline(
  fileId: string,
  text: string,
  chapters: readonly ChapterSpan[],
  expressions: readonly TimeExpression[] = storyTimes(
    text,
    chapters.map((c) => c.start),
  ),
): TimelineEvent[] {
  let lastKey = Number.NEGATIVE_INFINITY;
  const keyed = expressions.map((e, i) => {
    if (e.key !== null) lastKey = e.key;
    return { e, i, key: e.key ?? lastKey };
  });
  const story = [...keyed].sort((a, b) => a.key - b.key || a.i - b.i);
  const storyOrder = new Map(story.map((k, rank) => [k.i, rank + 1]));
  return keyed.map(({ e, i }) => {
    const sentence = text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ').trim();
    return {
      id: `${fileId}:${e.start}`,
      fileId,
      chapter: chapterIndexAt(chapters, e.start),
      start: e.sentence.start,
      end: e.sentence.end,
      quote: sentence.length > QUOTE_LIMIT ? `${sentence.slice(0, QUOTE_LIMIT - 1)}…` : sentence,
      when: { text: e.text.replace(/\s+/g, ' '), date: e.date, kind: e.kind },
      whenStart: e.start,
      whenEnd: e.end,
      narrativeOrder: i + 1,
      storyOrder: mustGet(storyOrder, i),
    };
  });
}
