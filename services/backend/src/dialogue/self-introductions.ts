/**
 * A speaker who gives their own name is that person: "It is fear, sir. My name is Helen Stoner, and
 * I am living with my stepfather", "I am Jabez Wilson", "My name's Robert Trelawney", "Call me
 * Ishmael"; split by the tag, "My name," said he, "is Jabez Wilson"; or after denying another name,
 * "My name is not Brand. It is Edmund Fairlie." The name opens a sentence of the speaker's own
 * words, right after the words that give it; the line is then theirs, and with it the "I" and "my"
 * of the account it goes on to give.
 */
import type { TextRange } from './quotations.js';
import type { MentionIndex } from './tags.js';

/**
 * The start of a sentence of the speaker's own: the quotation's opening mark or a sentence's end.
 * Not inside a quotation the speaker quotes ("He said, 'My name is Hale'"): its opening mark stands
 * between, so the words after it do not open the speaker's sentence.
 */
const SENTENCE_OPENING = String.raw`(?:^["“]|[.!?]["”’]?\s+)`;

/** The words that give the speaker's name, opening a sentence of the quotation. */
const INTRODUCTION = new RegExp(
  String.raw`${SENTENCE_OPENING}(?:[Mm]y name is|[Mm]y name['’]s|I am|Call me)\s+$`,
  'u',
);

/**
 * A name denied, then "it is" the true one: "My name is not Brand. It is", "I am not Mr. Brand; it
 * is". The denied name is capitalised words, so "My name is not important. It is" denies nothing.
 */
const DENIAL = new RegExp(
  String.raw`${SENTENCE_OPENING}(?:[Mm]y name is not|[Mm]y name isn['’]t|[Mm]y name['’]s not|I am not|I['’]m not)\s+` +
    String.raw`(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]*[.;,!]?\s+(?:[Bb]ut\s+)?(?:[Ii]t is|[Ii]t['’]s)\s+$`,
  'u',
);

/** "It is Mr. Grant who sent me": after "it is", only a name ending its clause is the speaker's. */
const CLAUSE_END = /^(?:\s*[.,;:!?—–-]|["”]|$)/u;

/**
 * A line split by its tag, its first part ending with the subject and the next opening with the
 * verb and the name: "My name," said he, "is Jabez Wilson"; "My name, sir," she said, "is Mary
 * Sutherland"; "I," said he, "am Jabez Wilson". A short address may stand before the comma.
 */
const SPLIT_INTRODUCTIONS: readonly { first: RegExp; second: RegExp }[] = [
  { subject: '[Mm]y name', verb: 'is' },
  { subject: 'I', verb: 'am' },
].map(({ subject, verb }) => ({
  first: new RegExp(String.raw`${SENTENCE_OPENING}${subject}(?:,\s+[^,.!?"”]{1,25})?,\s*["”]$`, 'u'),
  second: new RegExp(String.raw`^["“]${verb}\s+$`, 'u'),
}));

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
  const lied = (part: TextRange) => FALSE_AFTER.test(text.slice(part.end, part.end + 60));
  for (const [i, part] of parts.entries()) {
    const previous: TextRange | undefined = parts[i - 1];
    for (const m of mentions.within(part.start + 1, part.end)) {
      const opening = text.slice(part.start, m.start);
      const after = text.slice(m.end, part.end);
      // The name completing words begun in the part before, whose tag may then be the lie.
      const split =
        previous !== undefined &&
        SPLIT_INTRODUCTIONS.some(
          ({ first, second }) => second.test(opening) && first.test(text.slice(previous.start, previous.end)),
        );
      const given = INTRODUCTION.test(opening) || split || (DENIAL.test(opening) && CLAUSE_END.test(after));
      if (!given || POSSESSIVE_AFTER.test(after) || lied(part) || (split && lied(previous))) continue;
      introduced.add(m.id);
    }
  }
  return introduced.size === 1 ? [...introduced][0] : undefined;
}
