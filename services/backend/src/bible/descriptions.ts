import type { RawMention } from './candidates.js';
import { PERSON_VERBS, SPEECH_VERBS } from './lexicons.js';
import type { Paragraph, Token } from './tokenize.js';

/**
 * Characters known only by what they are: "the creature", also "the fiend", "the monster" and
 * "the daemon" for Frankenstein's creature. Each family of descriptions below names one kind of
 * being; a family becomes one character when a whole book refers to it, with a definite article or
 * a demonstrative, at least `minMentions` times, by three of its nouns or more or acting in at least
 * 30% of the mentions. Its descriptions are its aliases.
 */
const DESCRIPTION_FAMILIES: ReadonlyArray<ReadonlyArray<string>> = [
  ['creature', 'monster', 'fiend', 'daemon', 'demon'],
  ['stranger'],
  ['doctor', 'physician'],
  ['giant'],
  ['dwarf'],
  ['ghost', 'spectre', 'phantom', 'apparition'],
];

const FAMILY_OF = new Map<string, number>();
DESCRIPTION_FAMILIES.forEach((family, index) => {
  for (const noun of family) FAMILY_OF.set(noun, index);
});

const DEFINITE = new Set(['the', 'this', 'that', 'my', 'our']);
/** Adjectives that may stand between the article and the noun ("the wretched creature"). */
const ADJECTIVE =
  /^[a-z]+(?:ed|ful|ous|ble|ive|ish|less|ing|ic|al|ant|ent|y)$|^(?:old|vile|foul|cursed|poor|unhappy|wretched|hideous|gigantic|mysterious|young|tall|little|strange)$/;

/** One definite description in a paragraph. */
export interface DescriptionMention {
  family: number;
  noun: string;
  mention: RawMention;
  /** Acts like a person here: "the creature said", "the fiend wept", "replied the stranger". */
  acts: boolean;
}

/** Definite descriptions of one paragraph ("the creature", "this wretched fiend"). */
export function findDescriptions(
  paragraph: Paragraph,
  paragraphIndex: number,
  fileIndex: number,
  text: string,
): DescriptionMention[] {
  const found: DescriptionMention[] = [];
  const { tokens } = paragraph;
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.isWord || token.capitalized) continue;
    const family = FAMILY_OF.get(token.lower);
    if (family === undefined) continue;
    // "the devil of a temper", "the doctor's": a noun followed by "of" is not a name for someone.
    const next = tokens[i + 1];
    if (next?.isWord === true && next.lower === 'of') continue;
    let k = i - 1;
    const adjective = tokens[k];
    if (adjective?.isWord === true && !DEFINITE.has(adjective.lower) && ADJECTIVE.test(adjective.lower)) k--;
    const article = tokens[k];
    if (article === undefined || !article.isWord || !DEFINITE.has(article.lower)) continue;
    while (
      sentence < paragraph.sentences.length - 1 &&
      (paragraph.sentences[sentence] as { to: number }).to <= i
    ) {
      sentence++;
    }
    const bounds = paragraph.sentences[sentence] ?? { from: 0, to: tokens.length };
    const before = tokens[k - 1];
    const acts =
      (next?.isWord === true && PERSON_VERBS.has(next.lower)) ||
      (before?.isWord === true && SPEECH_VERBS.has(before.lower));
    found.push({
      family,
      acts,
      noun: token.lower,
      mention: {
        fileIndex,
        paragraph: paragraphIndex,
        start: article.start,
        end: token.end,
        text: text.slice(article.start, token.end),
        title: null,
        titleGender: 'unknown',
        words: [token.text],
        form: `the ${token.lower}`,
        person: 0,
        place: 0,
        sentenceStart: (tokens[bounds.from] as Token).start,
        sentenceEnd: (tokens[Math.max(bounds.from, bounds.to - 1)] as Token).end,
        tokenFrom: k,
        tokenTo: i + 1,
        determiner: true,
        initialOnly: false,
        speaks: acts,
        addressed: false,
      },
    });
  }
  return found;
}

/**
 * The description families a whole book refers to often enough to be a character, with their
 * mentions (only the nouns of the family seen at least `minPerNoun` times).
 */
export function describedCharacters(
  found: DescriptionMention[],
  minMentions: number,
  minPerNoun = 5,
  minActing = 0.3,
): RawMention[][] {
  const byFamily = new Map<number, DescriptionMention[]>();
  for (const d of found) byFamily.set(d.family, [...(byFamily.get(d.family) ?? []), d]);
  const characters: RawMention[][] = [];
  for (const list of byFamily.values()) {
    const perNoun = new Map<string, number>();
    for (const d of list) perNoun.set(d.noun, (perNoun.get(d.noun) ?? 0) + 1);
    const kept = list.filter((d) => (perNoun.get(d.noun) ?? 0) >= minPerNoun);
    // One being called many ways ("the creature", "the fiend", "the daemon", "the monster": three
    // nouns or more) or a description that acts and speaks ("said the stranger") in a good share
    // of its mentions; not "the monster" and "the creature" of a whale hunt, nor strangers met once each.
    const nouns = new Set(kept.map((d) => d.noun)).size;
    const acting = kept.filter((d) => d.acts).length;
    if (kept.length >= minMentions && (nouns >= 3 || acting >= minActing * kept.length))
      characters.push(kept.map((d) => d.mention));
  }
  return characters;
}
