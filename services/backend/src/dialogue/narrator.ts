/**
 * The first-person narrator, for "said I": a text told in the first person whose narrator is named
 * only by the other characters, calling them by name in their speech ("My dear Watson"), while
 * the narration names the others. Undefined when the narration is not in the first person or no
 * character fits.
 */
import type { CharacterInput } from '../pronouns/index.js';
import type { Quotation, TextRange } from './quotations.js';
import { type MentionIndex, tagAfter, vocatives } from './tags.js';

/** First-person pronouns per word of narration above which the text is told in the first person. */
const FIRST_PERSON_SHARE = 0.015;
/**
 * How many more times the narrator is called by name than the narration names them: at least as
 * often (a narrator may name themselves once, "Lockwood, my landlord would have called me").
 */
const MIN_SCORE = 0;

export function isFirstPerson(text: string, speechParts: readonly TextRange[]): boolean {
  let narrationWords = 0;
  let firstPerson = 0;
  let cursor = 0;
  const countNarration = (start: number, end: number) => {
    const words = text.slice(start, end).match(/[\p{L}']+/gu) ?? [];
    narrationWords += words.length;
    for (const w of words) if (w === 'I' || w === 'me' || w === 'my' || w === 'myself') firstPerson++;
  };
  for (const part of speechParts) {
    if (part.start > cursor) countNarration(cursor, part.start);
    cursor = Math.max(cursor, part.end);
  }
  countNarration(cursor, text.length);
  return narrationWords > 0 && firstPerson / narrationWords >= FIRST_PERSON_SHARE;
}

export function inferNarrator(
  text: string,
  characters: readonly CharacterInput[],
  quotations: readonly Quotation[],
  mentions: MentionIndex,
  inSpeech: (position: number) => boolean,
): string | undefined {
  if (
    !isFirstPerson(
      text,
      quotations.flatMap((q) => q.parts),
    )
  )
    return undefined;
  const calls = new Map<string, number>();
  quotations.forEach((q, index) => {
    // The one a line calls answers it: answered in the third person ("'Am I right, Jack?' / 'That's
    // my principle, too,' said my uncle"), they are not the narrator, who would say "said I".
    if (answeredInThirdPerson(text, quotations, index, mentions)) return;
    for (const id of vocatives(text, q.parts, mentions)) calls.set(id, (calls.get(id) ?? 0) + 1);
  });
  // The narrator is called by name at least as often as the narration names them.
  let best: { id: string; score: number } | undefined;
  for (const c of characters) {
    const called = calls.get(c.id) ?? 0;
    if (called === 0) continue;
    const narrated = c.mentions.filter((m) => !inSpeech(m.start)).length;
    const score = called - narrated;
    if (score >= MIN_SCORE && (best === undefined || score > best.score)) best = { id: c.id, score };
  }
  return best?.id;
}

/**
 * The next line, in a later paragraph, is tagged with a name or a description ("said my uncle"). A
 * pronoun ("he interrupted") does not count: it answers "'Mr. Lockwood, your new tenant, sir.'", a
 * narrator naming himself, read as a call.
 */
function answeredInThirdPerson(
  text: string,
  quotations: readonly Quotation[],
  index: number,
  mentions: MentionIndex,
): boolean {
  const q = quotations[index];
  const next = quotations[index + 1];
  const first = next?.parts[0];
  if (q === undefined || next === undefined || first === undefined || next.paragraph <= q.lastParagraph)
    return false;
  const limit = next.parts[1]?.start ?? quotations[index + 2]?.start ?? text.length;
  const endsOnComma = /[,—–-]\s*["'”’]$/.test(text.slice(first.start, first.end));
  const tag = tagAfter(text, first.end, limit, mentions, endsOnComma);
  return tag !== null && tag.subject.type !== 'first-person' && tag.subject.type !== 'pronoun';
}
