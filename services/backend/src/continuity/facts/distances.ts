/**
 * The distance in miles between two places the text names: "Ashby lay five miles from Kerrow", "It
 * was twelve miles from Denholm to Bracken Cross", "the four miles between Lowick and Fenwick". Read
 * as a count of miles on one of the two places (the one whose key sorts first, so both orders of a
 * pair meet), its noun naming the other.
 */

import { mustAt } from '@george/runtime/collections';
import { parseNumber } from '@george/text';
import type { Anchor } from '../text.js';
import { type Add, NUMBER_WORD, type SentenceReader } from './reader.js';

/**
 * "lay five miles from", "is only six miles distant from", "was twenty miles away from", ", forty
 * miles from", right after the first place: a figure as the text states it, not an estimate
 * ("about", "some", "nearly").
 */
const LIES_MILES_FROM = new RegExp(
  `^(?:\\s+(?:lay|lies|was|is|stood|stands)\\s+|\\s*,\\s*)(?:only\\s+|but\\s+|just\\s+)?(${NUMBER_WORD})\\s+miles?\\s+(?:(?:distant|away)\\s+)?from\\s+$`,
  'i',
);

/**
 * "twelve miles from " or "the four miles between " right before the first place, "to" or "and"
 * before the second. Not "three miles from Harwell towards Stanmore" (part of the way).
 */
const MILES_BETWEEN = new RegExp(
  `\\b(?<!(?:about|some|nearly|almost|than)\\s+)(${NUMBER_WORD})\\s+miles?\\s+(from|between)\\s+$`,
  'i',
);
const TO_OR_AND: Readonly<Record<string, RegExp>> = { from: /^\s+to\s+$/i, between: /^\s+and\s+$/i };

export function distances(r: SentenceReader, add: Add): void {
  const places = r.anchors.filter((a) => a.type === 'place' && !a.possessive);
  for (const [i, first] of places.entries()) {
    const second = places[i + 1];
    if (second === undefined || second.key === first.key) continue;
    const between = r.file.text.slice(first.end, second.start);
    const lies = LIES_MILES_FROM.exec(between);
    if (lies) {
      addDistance(r, add, first, second, mustAt(lies, 1), first.start);
      continue;
    }
    const before = r.file.text.slice(r.start, first.start);
    const miles = MILES_BETWEEN.exec(before);
    if (miles && TO_OR_AND[mustAt(miles, 2).toLowerCase()]?.test(between))
      addDistance(r, add, first, second, mustAt(miles, 1), r.start + miles.index);
  }
}

function addDistance(r: SentenceReader, add: Add, a: Anchor, b: Anchor, number: string, start: number): void {
  const parsed = parseNumber(number);
  if (!parsed) return;
  const [owner, other] = a.key < b.key ? [a, b] : [b, a];
  const otherName = r.file.names.get(other.key) ?? r.file.text.slice(other.start, other.end);
  add({
    anchor: owner,
    kind: 'count',
    value: String(parsed.value),
    detail: `miles from ${otherName}`,
    low: parsed.value,
    high: parsed.value,
    start,
    end: Math.max(a.end, b.end),
  });
}
