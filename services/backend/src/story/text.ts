/** Small text measures shared by the story analysis: words and paragraphs of a range. */
import { mustAt } from '@george/runtime/collections';
import { words } from '@george/text';

export interface Range {
  start: number;
  end: number;
}

/**
 * The word starts of the last text counted: the analysis counts thousands of ranges of one text,
 * and segmenting it once (the one text pipeline's `words`) is what keeps that fast.
 */
let indexed: { text: string; starts: Int32Array } | null = null;

function wordStarts(text: string): Int32Array {
  if (indexed?.text !== text) indexed = { text, starts: Int32Array.from(words(text), (w) => w.start) };
  return indexed.starts;
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mustAt(sorted, mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words starting in `range` of `text`, as the one text pipeline segments the whole text. */
export function countWords(text: string, range: Range = { start: 0, end: text.length }): number {
  const starts = wordStarts(text);
  return lowerBound(starts, range.end) - lowerBound(starts, range.start);
}

/** Paragraphs (separated by a blank line) that start inside `range`, trimmed to it. */
export function paragraphsIn(text: string, range: Range): Range[] {
  const out: Range[] = [];
  let at = range.start;
  while (at < range.end) {
    const next = text.indexOf('\n\n', at);
    const end = next < 0 || next > range.end ? range.end : next;
    if (end > at) out.push({ start: at, end });
    if (next < 0 || next >= range.end) break;
    at = next + 2;
  }
  return out;
}

/** Words of `range` that fall inside `ranges` (sorted, not overlapping). */
export function wordsInside(text: string, ranges: readonly Range[], range: Range): number {
  let total = 0;
  for (const r of ranges) {
    if (r.end <= range.start) continue;
    if (r.start >= range.end) break;
    total += countWords(text, { start: Math.max(r.start, range.start), end: Math.min(r.end, range.end) });
  }
  return total;
}

/** The first index in `sorted` (by start) whose start is at or after `offset`. */
export function firstAtOrAfter<T extends { start: number }>(sorted: readonly T[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mustAt(sorted, mid).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
