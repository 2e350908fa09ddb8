/**
 * Acts the text sets before their actor's death though it tells them after it: a letter tells the
 * death, then looks back ("Annie had her baby the day before Grandfather died, and he held it";
 * "on Tuesday afternoon ... Grandfather held him" after "Grandfather died on Tuesday night").
 * Such an act is no act after death, and the check of what follows a death must not see it.
 */

import type { TimeExpression } from '../../story/time.js';
import { storyTimes } from '../../story/timeline.js';
import type { FileText } from '../text.js';
import type { Fact } from '../types.js';

/**
 * A sentence that places itself before (or up to) someone's death: "the day before Grandfather
 * died", "before he died", "the week before her death", "on the eve of his death", "until she
 * died". Group 1 is whose death it is.
 */
const BEFORE_A_DEATH =
  /\b(?:[Bb]efore|[Uu]ntil|[Tt]ill|[Tt]he\s+eve\s+of)\s+(?:the\s+)?((?:[Hh]e|[Ss]he|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:died|passed\s+away|was\s+killed|perished)|(?:[Hh]is|[Hh]er|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}['’]s)\s+death)\b/gu;

/** True when the act's sentence says it comes before its own actor's death. */
function placedBeforeOwnDeath(file: FileText, act: Fact): boolean {
  const sentence = file.sentenceAt(act.start);
  const text = file.text.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(BEFORE_A_DEATH)) {
    const whose = m[1] ?? '';
    const at = sentence.start + (m.index ?? 0) + m[0].length - whose.length;
    const named = file.anchorsIn(at, at + whose.length).filter((a) => a.type === 'character');
    if (named.some((a) => a.key === act.entityKey)) return true;
    // An unresolved "he" or "his": the sentence's own actor is the likeliest.
    if (named.length === 0 && /^(?:he|she|his|her)\b/i.test(whose)) return true;
  }
  return false;
}

/** Parts of a day in their order, for one weekday told twice ("Tuesday afternoon", "Tuesday night"). */
const PART_OF_DAY: Record<string, number> = {
  morning: 0,
  forenoon: 0,
  noon: 1,
  midday: 1,
  afternoon: 2,
  evening: 3,
  night: 4,
};
const WEEKDAY_PART =
  /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+(morning|forenoon|noon|midday|afternoon|evening|night)\b/i;

/** "on the Monday before,", "the night before.": a time told as before the story's moment, looking back. */
const LOOKS_BACK = /\bbefore$/i;

interface SentenceTimes {
  /** The dated expressions' sort keys. */
  keys: number[];
  /** A weekday and its part of the day ("tuesday", 2), when the sentence names one. */
  part: { day: string; order: number } | null;
  /** Whether an expression looks back ("the Monday before"). */
  looksBack: boolean;
}

function timesOf(file: FileText, expressions: readonly TimeExpression[], offset: number): SentenceTimes {
  const sentence = file.sentenceAt(offset);
  const inside = expressions.filter((e) => e.start >= sentence.start && e.start < sentence.end);
  const keys = inside.flatMap((e) => (e.key === null ? [] : [e.key]));
  const partMatch = WEEKDAY_PART.exec(file.text.slice(sentence.start, sentence.end));
  const part =
    partMatch?.[1] !== undefined && partMatch[2] !== undefined
      ? { day: partMatch[1].toLowerCase(), order: PART_OF_DAY[partMatch[2].toLowerCase()] ?? 0 }
      : null;
  const looksBack = inside.some(
    (e) =>
      LOOKS_BACK.test(e.text) &&
      /^\s*(?:[,.;:!?)]|—|--|$)/.test(file.text.slice(e.end, Math.min(sentence.end, e.end + 3))),
  );
  return { keys, part, looksBack };
}

/** True when the times of the act's sentence put it before the death told earlier in the text. */
function datedBefore(act: SentenceTimes, death: SentenceTimes, sameChapter: boolean): boolean {
  if (act.keys.length > 0 && death.keys.length > 0 && Math.max(...act.keys) < Math.min(...death.keys))
    return true;
  if (!sameChapter) return false;
  if (act.looksBack) return true;
  return (
    act.part !== null &&
    death.part !== null &&
    act.part.day === death.part.day &&
    act.part.order < death.part.order
  );
}

/**
 * The acts of `acts` the text does not set after their actor's death: an act whose sentence
 * places it before that death, or one told after a telling of the death whose sentence the
 * story's time dates earlier than the death's own sentence (both dated), looks back ("the Monday
 * before") in the death's chapter, or names an earlier part of the death's weekday. `times`: the
 * text's time expressions when the caller has them already (`storyTimes`).
 */
export function notBeforeDeath(
  file: FileText,
  facts: readonly Fact[],
  acts: readonly Fact[],
  times?: readonly TimeExpression[],
): Fact[] {
  const deaths = facts.filter((f) => f.kind === 'status' && f.value === 'dead' && f.entityKey !== null);
  if (deaths.length === 0) return [...acts];
  let expressions = times;
  const cache = new Map<number, SentenceTimes>();
  const timesAt = (offset: number): SentenceTimes => {
    expressions ??= storyTimes(file.text, file.chapterStarts);
    const start = file.sentenceAt(offset).start;
    let t = cache.get(start);
    if (t === undefined) {
      t = timesOf(file, expressions, offset);
      cache.set(start, t);
    }
    return t;
  };
  return acts.filter((act) => {
    const told = deaths.filter((d) => d.entityKey === act.entityKey && d.end <= act.start);
    const death = told.at(-1);
    if (death === undefined) return true;
    if (placedBeforeOwnDeath(file, act)) return false;
    return !datedBefore(timesAt(act.start), timesAt(death.start), act.chapter === death.chapter);
  });
}
