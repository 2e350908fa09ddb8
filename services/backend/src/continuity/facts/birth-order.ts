/**
 * A parent's children counted by one child's place among them: "the Duke's only son" has one son,
 * "Mary Benson's only child" one child; "the second son of the Duke", "Mr. Hale's third daughter"
 * has at least two sons, at least three daughters. An "at least" count has no upper bound (`high`
 * null) and disagrees only with a smaller count of the same children (`detect.ts`).
 */
import { mustAt } from '@george/runtime/collections';
import { ordinalWord } from '@george/text';
import { RANKS_ALONE } from '../../bible/lexicons.js';
import type { Anchor } from '../text.js';
import type { Add, SentenceReader } from './reader.js';

/** A child's place: "only" or an ordinal word (`placeOf` keeps "second" and after). */
const PLACE = String.raw`(only|[a-z]+(?:-[a-z]+)?)\s+(son|daughter|child)`;

/**
 * After the place and its parent: one marriage's children, not all the parent's ("his only child by
 * the first wife", "the second son of Thomas Hale by his first marriage").
 */
const OF_ONE_MARRIAGE =
  /^\s*,?\s+by\s+(?:his|her|the|a)\s+(?:(?:first|second|former|late|previous)\s+)?(?:wife|husband|marriage)\b/i;

/** Right after a parent's possessive: "the Duke's only son", "his second daughter"; not "son-in-law". */
const AFTER_POSSESSIVE = new RegExp(`^\\s+${PLACE}\\b(?![-'’]s?\\w)`, 'i');

/** Right before the parent: "the second son of", "an only daughter of the". */
const BEFORE_PARENT = new RegExp(`\\b${PLACE}\\s+of\\s+(?:the\\s+)?$`, 'i');

/**
 * A rank the extraction may keep as a term rather than a character ("the Duke of Balmoral"): a
 * person still, who has children. The bible's ranks that name someone alone, and a peer's style.
 */
const isTitled = (name: string): boolean => {
  const first = (/^\p{L}+/u.exec(name)?.[0] ?? '').toLowerCase();
  return RANKS_ALONE.has(first) || first === 'lord' || first === 'lady';
};

/** Where a child's place counts its parent's children, in the sentence `r`. */
export function birthOrderCounts(r: SentenceReader, add: Add): void {
  for (const anchor of r.anchors) {
    const titled =
      anchor.type === 'other' && anchor.named && isTitled(r.file.text.slice(anchor.start, anchor.end));
    if (anchor.type !== 'character' && !titled) continue;
    if (anchor.possessive) {
      if (selfOwned(r, anchor)) continue;
      const afterName =
        anchor.end + (anchor.named ? (/^['’]s/.exec(r.file.text.slice(anchor.end))?.[0].length ?? 0) : 0);
      const m = AFTER_POSSESSIVE.exec(r.file.text.slice(afterName, Math.min(r.span.end, afterName + 30)));
      if (m) addPlace(r, add, anchor, m, anchor.start, afterName + m[0].length);
      continue;
    }
    const lead = r.file.text.slice(Math.max(r.start, anchor.start - 40), anchor.start);
    const m = BEFORE_PARENT.exec(lead);
    if (m) addPlace(r, add, anchor, m, anchor.start - lead.length + m.index, anchor.end);
  }
}

/**
 * "Thomas Hale was his only son", "Thomas Hale, his second son,": the child is named before the
 * possessive, so a possessive resolved to the child is the resolver's slip, not the parent.
 */
function selfOwned(r: SentenceReader, possessive: Anchor): boolean {
  return r.anchors.some(
    (a) =>
      a.key === possessive.key &&
      a.named &&
      a.end <= possessive.start &&
      /^\s*(?:,|(?:was|is|had\s+been)\b)\s*$/.test(r.file.text.slice(a.end, possessive.start)),
  );
}

/** The count a place (`m`: the ordinal and the child noun) gives of the parent's children. */
function addPlace(
  r: SentenceReader,
  add: Add,
  parent: Anchor,
  m: RegExpExecArray,
  start: number,
  end: number,
): void {
  if (OF_ONE_MARRIAGE.test(r.file.text.slice(end, Math.min(r.span.end, end + 40)))) return;
  const place = placeOf(mustAt(m, 1));
  const child = mustAt(m, 2).toLowerCase();
  if (place === undefined) return;
  add({
    anchor: parent,
    kind: 'count',
    value: place === 1 ? '1' : `at least ${place}`,
    detail: child === 'child' ? 'children' : `${child}s`,
    low: place,
    high: place === 1 ? 1 : null,
    start,
    end,
  });
}

/** An only child is one; a second or later child counts that many; a first (eldest) child counts none. */
function placeOf(word: string): number | undefined {
  if (word.toLowerCase() === 'only') return 1;
  const place = ordinalWord(word);
  return place !== undefined && place >= 2 ? place : undefined;
}
