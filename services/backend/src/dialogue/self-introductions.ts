/**
 * A speaker who gives their own name is that person: "It is fear, sir. My name is Helen Stoner, and
 * I am living with my stepfather", "I am Jabez Wilson", "My name's Robert Trelawney", "Call me
 * Ishmael". The name opens a sentence of the speaker's own words, right after the words that give
 * it; the line is then theirs, and with it the "I" and "my" of the account it goes on to give.
 */
import type { TextRange } from './quotations.js';
import type { MentionIndex } from './tags.js';

/**
 * The words that give the speaker's name, opening a sentence of the quotation (after its opening
 * mark or a sentence's end). Not inside a quotation the speaker quotes ("He said, 'My name is
 * Hale'"): its opening mark stands between, so the words do not open the speaker's sentence.
 */
const INTRODUCTION = /(?:^["“]|[.!?]["”’]?\s+)(?:[Mm]y name is|[Mm]y name['’]s|I am|Call me)\s+$/u;

/** "I am Jane's sister": a possessive after the name makes it someone else's. */
const POSSESSIVE_AFTER = /^['’]s\b/u;

/** "'My name is Vane,' he lied": the narration right after the speech says the name is false. */
const FALSE_AFTER = /^[\s,]*(?:[\p{L}.]+\s+){0,3}(?:lied|fibbed|pretended|lying)\b/u;

/**
 * The character whose name the speaker of the quotation gives as their own, if one is given in
 * `parts` (one name only: two different ones say nothing sure).
 */
export function introducedSpeaker(
  text: string,
  parts: readonly TextRange[],
  mentions: MentionIndex,
): string | undefined {
  const introduced = new Set<string>();
  for (const part of parts) {
    for (const m of mentions.within(part.start + 1, part.end)) {
      if (!INTRODUCTION.test(text.slice(part.start, m.start))) continue;
      if (POSSESSIVE_AFTER.test(text.slice(m.end, part.end))) continue;
      if (FALSE_AFTER.test(text.slice(part.end, part.end + 60))) continue;
      introduced.add(m.id);
    }
  }
  return introduced.size === 1 ? [...introduced][0] : undefined;
}
