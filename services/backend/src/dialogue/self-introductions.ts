/**
 * A speaker who gives their own name is that person: "It is fear, sir. My name is Helen Stoner, and
 * I am living with my stepfather", "I am Jabez Wilson", "My name's Robert Trelawney", "Call me
 * Ishmael"; split by the tag, "My name," said he, "is Jabez Wilson"; or after denying another name,
 * "My name is not Brand. It is Edmund Fairlie." The name opens a sentence of the speaker's own
 * words, right after the words that give it; the line is then theirs, and with it the "I" and "my"
 * of the account it goes on to give.
 */
import { PERSON_TITLES } from '../bible/lexicons.js';
import { nameWords } from '../bible/lookup.js';
import type { ExtractedEntity, Extraction, Mention, SourceText } from '../bible/types.js';
import { chapterIndexAt } from '../story/numbering.js';
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

/** Whether the words at [start, end) of `parts[i]` are given as the speaker's own name. */
function givenAsOwn(
  text: string,
  parts: readonly TextRange[],
  i: number,
  start: number,
  end: number,
): boolean {
  const part = parts[i];
  if (part === undefined) return false;
  const previous: TextRange | undefined = parts[i - 1];
  const lied = (range: TextRange) => FALSE_AFTER.test(text.slice(range.end, range.end + 60));
  const opening = text.slice(part.start, start);
  const after = text.slice(end, part.end);
  // The name completing words begun in the part before, whose tag may then be the lie.
  const split =
    previous !== undefined &&
    SPLIT_INTRODUCTIONS.some(
      ({ first, second }) => second.test(opening) && first.test(text.slice(previous.start, previous.end)),
    );
  const given = INTRODUCTION.test(opening) || split || (DENIAL.test(opening) && CLAUSE_END.test(after));
  return given && !POSSESSIVE_AFTER.test(after) && !lied(part) && !(split && lied(previous));
}

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
  for (const [i, part] of parts.entries())
    for (const m of mentions.within(part.start + 1, part.end))
      if (givenAsOwn(text, parts, i, m.start, m.end)) introduced.add(m.id);
  return introduced.size === 1 ? [...introduced][0] : undefined;
}

/** A capitalised word, where a name may start. */
const CAPITALISED = /(?<![\p{L}'’])\p{Lu}[\p{L}'’-]*/gu;
/** A name's next word, on its line or the next: a capitalised word, with its full stop if any. */
const NEXT_WORD = /^(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(\p{Lu}[\p{L}'’-]*)(\.?)/u;
/** The most words a given name is read to: "Dr. Grimesby Roylott", "Mary Anne Sutherland". */
const MAX_NAME_WORDS = 4;

const isTitle = (word: string): boolean => PERSON_TITLES[word.toLowerCase()] !== undefined;
const untitled = (words: readonly string[]): readonly string[] =>
  words.length > 1 && isTitle(words[0] ?? '') ? words.slice(1) : words;

/**
 * The name whose first word is [start, end): the capitalised words after it, up to a full stop
 * that is no title's ("Helen Stoner. I live" ends at "Stoner", "Dr. Roylott" runs on), within
 * `limit`.
 */
function nameFrom(text: string, start: number, end: number, limit: number): TextRange {
  let at = end;
  let word = text.slice(start, end);
  for (let words = 1; words < MAX_NAME_WORDS; words++) {
    const dot = text[at] === '.';
    if (dot && !isTitle(word)) break;
    const next = NEXT_WORD.exec(text.slice(at + (dot ? 1 : 0), limit));
    if (next === null) break;
    word = next[1] ?? '';
    at += (dot ? 1 : 0) + next[0].length - (next[2] ?? '').length;
  }
  return { start, end: at };
}

/**
 * The extraction with a mention of each character a speaker gives as their own name where the
 * extraction read none ('"My name is Helen Stoner," she said', while the narration calls her "Miss
 * Stoner" later): the name is the speaker's, and the re-read dialogue and continuity then know
 * who spoke and whom the description she came in by ("a lady dressed in black") was. The name must
 * be one character's only: as written with its title, or, written without one, any of that
 * character's names without its title ("Helen Stoner" is "Miss Helen Stoner").
 */
export function withIntroducedNames(
  source: SourceText,
  extraction: Extraction,
  quotes: ReadonlyArray<{ readonly parts: readonly TextRange[] }>,
): Extraction {
  const { text } = source;
  const read = extraction.entities.flatMap((e) => e.mentions).filter((m) => m.fileId === source.fileId);
  const readAt = (range: TextRange) => read.some((m) => m.start < range.end && range.start < m.end);
  const added = new Map<string, Mention[]>();
  for (const { parts } of quotes)
    for (const [i, part] of parts.entries())
      for (const m of text.slice(part.start, part.end).matchAll(CAPITALISED)) {
        const start = part.start + m.index;
        const range = nameFrom(text, start, start + m[0].length, part.end);
        if (!givenAsOwn(text, parts, i, range.start, range.end) || readAt(range)) continue;
        const key = bearerOf(extraction.entities, nameWords(text.slice(range.start, range.end)));
        if (key === undefined) continue;
        const mention = {
          fileId: source.fileId,
          chapter: chapterIndexAt(source.chapters, range.start),
          start: range.start,
          end: range.end,
          text: text.slice(range.start, range.end),
        };
        added.set(key, [...(added.get(key) ?? []), mention]);
      }
  if (added.size === 0) return extraction;
  return {
    ...extraction,
    entities: extraction.entities.map((e) => {
      const more = added.get(e.key);
      return more === undefined
        ? e
        : {
            ...e,
            mentions: [...e.mentions, ...more].sort(
              (a, b) => a.fileId.localeCompare(b.fileId) || a.start - b.start,
            ),
          };
    }),
  };
}

/** The one character bearing the name of `words`, if only one does. */
function bearerOf(entities: readonly ExtractedEntity[], words: readonly string[]): string | undefined {
  const titled = untitled(words).length < words.length;
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((w, k) => w === b[k]);
  const bearers = entities.filter(
    (e) =>
      e.type === 'character' &&
      [e.name, ...e.aliases].some((name) => {
        const own = nameWords(name);
        return titled ? same(own, words) : same(untitled(own), words);
      }),
  );
  return bearers.length === 1 ? bearers[0]?.key : undefined;
}
