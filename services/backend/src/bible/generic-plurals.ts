/**
 * A surname's plural that names no family: the name in general ("The Marshes of this world are
 * quite safe", "There are Pratts who cheat at cards and Pratts who forge maps") or a count of the
 * name's unrelated bearers one knows ("I know three Marshes"). The family of a tale is written
 * with the article or a number of its own ("the Marshes gave us tea", "the two Mallorys",
 * "There are two Pilbeams"), and those stay.
 */
import type { RawMention } from './candidates.js';

/** "the Marshes of this world", "the Smiths of the world": the kind, not a household. */
const OF_THIS_WORLD = /^\s+of\s+(?:this|the)\s+world\b/i;

/** "I know three Marshes", "I have met two Smiths": a count of bearers after a verb of knowing. */
const KNOWN_COUNT =
  /\b(?:know|knew|known|met|meet)\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+$/i;

/** "There are Pratts who cheat", "and Pratts who forge": a bare plural after "are" or "and". */
const BARE_BEFORE = /\b(?:are|and)\s+$/i;

/** A present-tense "there are" earlier in the sentence: a statement about the name in general. */
const THERE_ARE = /\bthere\s+are\b/i;

/**
 * A mention of a surname's plural that reads as the name in general or a count of its bearers, not
 * as one family. `text` is the source the mention is in.
 */
export function namesNoFamily(mention: RawMention, text: string): boolean {
  const before = text.slice(mention.sentenceStart, mention.start);
  const after = text.slice(mention.end, mention.sentenceEnd);
  if (OF_THIS_WORLD.test(after) || KNOWN_COUNT.test(before)) return true;
  // A restrictive "who" after a bare plural in a "there are" sentence picks some of the name's
  // bearers ("there are Pratts who are honest"); "the Pratts who kept the farm" is a family.
  return /^\s+who\b/i.test(after) && BARE_BEFORE.test(before) && THERE_ARE.test(before);
}
