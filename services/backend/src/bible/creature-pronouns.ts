import type { Token } from './tokenize.js';

/** Subjects and possessives: "him" and "her" as an object are as often another's ("the Head told him"). */
const PERSONAL = new Set(['he', 'his', 'himself', 'she', 'herself']);
const IMPERSONAL = new Set(['it', 'its', 'itself', 'they', 'their', 'them', 'themselves', 'him']);
/** Words after an object "her" ("told her so", "gave her the key"); before a noun "her" is a possessive. */
const AFTER_OBJECT_HER = new Set([
  'so',
  'to',
  'that',
  'the',
  'a',
  'an',
  'and',
  'in',
  'on',
  'at',
  'for',
  'with',
  'up',
  'down',
  'out',
  'back',
  'away',
  'off',
  'again',
]);

/**
 * "The Weathercock opened his golden beak", "the Weathercock swung round on his spike until he was
 * facing the bench": the first pronoun after the name in its sentence is a man's or a woman's, with
 * no other name between (whose pronoun it would be). A thing's name takes "it" ("the Mitre kept its
 * sign"), or its pronoun belongs to someone named after it or opens a clause after a comma.
 */
export function personalPronounFollows(tokens: readonly Token[], last: number, sentenceTo: number): boolean {
  for (let k = last + 1; k < sentenceTo; k++) {
    const token = tokens[k];
    if (token === undefined || !token.isWord) continue;
    if (token.capitalized && !token.initial && token.lower !== 'i') return false;
    // "before the Court was free, he said": a pronoun after a comma opens a clause of anyone's.
    if (tokens[k - 1]?.text === ',' && (PERSONAL.has(token.lower) || token.lower === 'her')) return false;
    if (PERSONAL.has(token.lower)) return true;
    if (token.lower === 'her') return !AFTER_OBJECT_HER.has(tokens[k + 1]?.lower ?? 'so');
    if (IMPERSONAL.has(token.lower)) return false;
  }
  return false;
}

/**
 * A name the narration follows with "he" or "his" (or "she", "her") twice at least, in a fifth of its
 * mentions: a creature known by its kind ("the Weathercock"), though it seldom acts by a verb of a
 * person's, not a thing.
 */
export function takesPersonalPronoun(mentions: ReadonlyArray<{ personalPronoun?: boolean }>): boolean {
  const followed = mentions.filter((m) => m.personalPronoun === true).length;
  return followed >= 2 && followed >= 0.2 * mentions.length;
}
