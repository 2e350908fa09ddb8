/** Where a character was born, comes from or lives. */

import { mustAt } from '@george/runtime/collections';
import { TIMES_OF_YEAR } from '../lexicon.js';
import type { Anchor, FileText } from '../text.js';
import type { FactKind } from '../types.js';
import { type Add, afterPreposition, type SentenceReader } from './reader.js';

const PLACE = "((?:[A-Z][\\p{L}'’-]+|St\\.)(?:\\s+(?:of|de|du|la|le|in)?\\s*[A-Z][\\p{L}'’-]+){0,3})";

/** "born and bred", "born and raised": where a person grew up as well as was born. */
const RAISED = '(?:bred|raised|reared|brought\\s+up)';

/** "in Devon", "at Bath", "in the town of Lyme": where a person was born (never a month or season). */
const BORN_PLACE = `\\s+(?:in|at|on)\\s+(?:the\\s+(?:island|town|city|village)\\s+of\\s+)?(?!(?:${TIMES_OF_YEAR.join('|')})\\b)${PLACE}`;

/**
 * "born in Devon", "born at Bath in 1790", "born in the spring of 1849", "Born in New Jersey in the
 * year 1858", "born on the 3rd of May, 1790", "born in the spring of 1790 at Bath": a place and a
 * year, each optional, the year reached only over words of a date (or an aside before "in the
 * year": "born at sea, on board his father's ship, in the year 1768"), the place before or after it.
 */
const BORN = new RegExp(
  `\\b[Bb]orn(?:\\s+and\\s+${RAISED})?(?:${BORN_PLACE})?(?:(?:\\s+at\\s+sea)?\\s*,[^,;:.!?]{1,60},\\s+in\\s+the\\s+year\\s+(\\d{4})\\b|(?:\\s*,?\\s+(?:in|on|of|the|year|early|late|${TIMES_OF_YEAR.join('|')}|\\d{1,2}(?:st|nd|rd|th)?)\\b)+\\s*,?\\s+(\\d{4})\\b(?:${BORN_PLACE})?)?`,
  'gu',
);

/**
 * "Yorkshire born and bred", "a Devon-born sailor": a place said before "born"; not a noun ("a
 * Quaker born and bred").
 */
const PLACE_BORN = new RegExp(
  `(?:\\b[Aa]n?\\s+)?${PLACE}-born\\b|(?<!\\b(?:[Aa]n?|[Tt]he)\\s+)${PLACE}\\s+born\\s+and\\s+${RAISED}\\b`,
  'gu',
);

/** "a native of Nantucket", "hailed from Nantucket". */
const NATIVE = new RegExp(`\\b(?:a\\s+native\\s+of|hailed\\s+from)\\s+${PLACE}`, 'gu');

/**
 * "his native town of Norwich", "her native Devon", "my native city of York": the place a
 * possessive's person was born in, the town or land named after "native" and its noun.
 */
const NATIVE_PLACE = new RegExp(
  `\\b([Hh]is|[Hh]er|[Tt]heir|[Mm]y)\\s+native\\s+(?:(?:town|village|city|county|country|land|parish|place|isle|island)\\s+of\\s+)?${PLACE}`,
  'gu',
);

/** "lived at Fernhill", "took lodgings in Exeter", "took a house in Bath": where a person lives. */
const RESIDES = new RegExp(
  `\\b(?:lived|lives|resided|resides|dwelt|settled|(?:took|taken|takes)\\s+(?:(?:a|the)\\s+)?(?:lodgings|rooms|a\\s+house|a\\s+cottage))\\s+(?:at|in)\\s+${PLACE}`,
  'gu',
);

/** "a New Bedford man born and bred", "a Nantucket woman": a place used as a person's origin. */
const PLACE_PERSON = new RegExp(
  `\\ban?\\s+${PLACE}\\s+(?:man|woman|boy|girl|lad|lass|fellow)\\b(\\s+born\\s+and\\s+${RAISED})?`,
  'gu',
);

/**
 * "Stubb, a Nantucketer born and bred", "a Londoner by birth", "He was a Yorkshireman": a word for
 * the people of a place, a capitalised noun with a demonym's ending after "a", in apposition or
 * after "was".
 */
const DEMONYM = /\b[Aa]n?\s+((?:[A-Z][\p{L}'’-]+\s+)?[A-Z][\p{L}'’-]+?(?:er|woman|man|ian|an))\b/gu;

/** The place names each file's anchors hold, for the demonyms' stems. */
const PLACE_NAMES = new WeakMap<FileText, readonly string[]>();

function placeNames(file: FileText): readonly string[] {
  const known = PLACE_NAMES.get(file);
  if (known) return known;
  const names = [
    ...new Set(file.anchors.filter((a) => a.type === 'place').map((a) => file.text.slice(a.start, a.end))),
  ];
  PLACE_NAMES.set(file, names);
  return names;
}

/**
 * The place a demonym is of, when the text names it elsewhere: "Nantucketer" is of Nantucket,
 * "Bostonian" of Boston, "Philadelphian" of Philadelphia. A stem the text names no place for is
 * no origin: "a Frenchman" (no place "French"), "a Quaker", "a Christian".
 */
function demonymPlace(file: FileText, demonym: string): string | null {
  const stems = [/er$/, /(?:wo)?man$/, /ian$/, /an$/, /n$/].map((ending) => demonym.replace(ending, ''));
  for (const stem of stems) {
    if (stem === demonym || stem.length < 4) continue;
    const place = placeNames(file).find(
      (name) => name === stem || (name.startsWith(stem) && name.length - stem.length <= 1),
    );
    if (place !== undefined) return place;
  }
  return null;
}

export function origin(r: SentenceReader, add: Add): void {
  const emit = (kind: FactKind, value: string, at: number, end: number, owner: Anchor | null) => {
    if (!owner) return;
    const place = r.file.anchorsIn(at, end).find((a) => a.type === 'place');
    add({ anchor: owner, kind, value: value.trim(), objectKey: place?.key ?? null, start: at, end });
  };
  for (const { match, at } of r.matches(BORN)) {
    const [, placeBefore, yearAfterAside, yearOfDate, placeAfter] = match;
    const place = placeBefore ?? placeAfter;
    const year = yearAfterAside ?? yearOfDate;
    if (place === undefined && year === undefined) continue;
    const owner = r.appositive(at) ?? bornSubject(r, at);
    const end = at + match[0].length;
    if (place !== undefined) emit('origin', place, at, end, owner);
    if (year !== undefined && owner)
      add({
        anchor: owner,
        kind: 'birth',
        value: year,
        low: Number(year),
        high: Number(year),
        start: at,
        end,
      });
  }
  for (const { match, at } of r.matches(NATIVE)) {
    emit('origin', mustAt(match, 1), at, at + match[0].length, r.appositive(at) ?? r.subject(at, 6));
  }
  for (const { match, at } of r.matches(NATIVE_PLACE)) {
    const owner = r.possessor(at + mustAt(match, 1).length);
    emit('origin', mustAt(match, 2), at, at + match[0].length, owner);
  }
  for (const { match, at } of r.matches(PLACE_PERSON)) {
    const end = at + match[0].length;
    // "a Christian man", "a Quaker woman": only a place the story bible knows, or one said to be
    // where the person was born and bred, is an origin.
    const known = r.file.anchorsIn(at, end).some((a) => a.type === 'place');
    if (!known && match[2] === undefined) continue;
    emit('origin', mustAt(match, 1), at, end, r.appositive(at) ?? r.subject(at, 6));
  }
  for (const { match, at } of r.matches(PLACE_BORN)) {
    const place = match[1] ?? mustAt(match, 2);
    emit('origin', place, at, at + match[0].length, r.appositive(at) ?? bornSubject(r, at));
  }
  for (const { match, at } of r.matches(DEMONYM)) {
    const place = demonymPlace(r.file, mustAt(match, 1));
    if (place === null) continue;
    emit('origin', place, at, at + match[0].length, r.appositive(at) ?? bornSubject(r, at));
  }
  for (const { match, at } of r.matches(RESIDES)) {
    emit('residence', mustAt(match, 1), at, at + match[0].length, r.subject(at, 6));
  }
}

/**
 * "X was born in", "X, who was born and bred in", "X was Yorkshire born": the subject right before
 * the verb, also after "and" ("Thomas came home, and Mary was Yorkshire born": a singular "was"
 * makes the name after "and" a clause's subject, not the second of two).
 */
function bornSubject(r: SentenceReader, at: number): Anchor | null {
  const before = r.file.text.slice(Math.max(r.start, at - 40), at);
  const m = /(?:,\s*who\s+)?(?:was|had\s+been|is)\s+$/.exec(before);
  if (!m) return null;
  const verbAt = at - m[0].length;
  const rightBefore = r.anchors.find(
    (a) =>
      a.type === 'character' &&
      !a.possessive &&
      a.end <= verbAt &&
      /^\s*$/.test(r.file.text.slice(a.end, verbAt)) &&
      !afterPreposition(r, a),
  );
  return rightBefore ?? r.subject(verbAt, 1);
}
