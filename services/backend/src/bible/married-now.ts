/**
 * A married woman's name and the name she bore before, told with "now" or "that was": "The lady who
 * came in was Mademoiselle de Launay ...; but she was Mrs. Geoffrey Lane now"; "Mrs. Cullen," she
 * said. "Jane Dawlish that was." And the two a sentence says are to marry ("was engaged to").
 */
import { mustAt } from '@george/runtime/collections';
import type { RawMention } from './candidates.js';
import { FEMALE_MARRIED } from './lexicons.js';
import type { MarriedNameCue } from './relations.js';
import type { Paragraph, Token } from './tokenize.js';

const UNMARRIED_TITLES = new Set(['Miss', 'Mademoiselle', 'Mlle.']);

/** The words just before the married name: "now" before it, or "now" right after it with "she was". */
const NOW_BEFORE = ['she was now', 'she is now', 'she had become', 'she had now become'];
const NOW_AFTER = ['she was', 'she is'];

/**
 * An unmarried woman's name, then in the same sentence "she was" (or "is") a married title's name
 * "now" ("she was now Mrs. Lane", "she had become Mrs. Lane"), are one woman's maiden and married names.
 */
export function findMarriedNow(paragraph: Paragraph, mentions: readonly RawMention[]): MarriedNameCue[] {
  const { tokens } = paragraph;
  const found: MarriedNameCue[] = [];
  mentions.forEach((married, index) => {
    if (married.title === null || !FEMALE_MARRIED.has(married.title)) return;
    if (mustAt(tokens, married.tokenTo - 1).possessive || !saidNow(tokens, married)) return;
    const maiden = mentions
      .slice(0, index)
      .findLast((m) => m.sentenceStart === married.sentenceStart && m.title !== null);
    if (
      maiden?.title != null &&
      UNMARRIED_TITLES.has(maiden.title) &&
      !mustAt(tokens, maiden.tokenTo - 1).possessive
    )
      found.push({ maiden, married });
  });
  return found;
}

function saidNow(tokens: readonly Token[], married: RawMention): boolean {
  const before = (words: string): boolean => {
    const list = words.split(' ');
    return list.every((w, k) => tokens[married.tokenFrom - list.length + k]?.lower === w);
  };
  if (NOW_BEFORE.some(before)) return true;
  return tokens[married.tokenTo]?.lower === 'now' && NOW_AFTER.some(before);
}

/**
 * "Mrs. Cullen, Jane Dawlish that was": a name closed by "that was" (the clause ends there: not "the
 * Jane Dawlish that was drowned") is the former name of the woman named last before it in the
 * paragraph by a title ('"You remember Mrs. Hale," said Tom. "Annie Mercer that was."'), when that
 * title is a married one.
 */
export function findNamesThatWere(paragraph: Paragraph, mentions: readonly RawMention[]): MarriedNameCue[] {
  const { tokens } = paragraph;
  const found: MarriedNameCue[] = [];
  mentions.forEach((former, index) => {
    const closing = tokens[former.tokenTo + 2];
    if (
      tokens[former.tokenTo]?.lower !== 'that' ||
      tokens[former.tokenTo + 1]?.lower !== 'was' ||
      closing?.isWord === true
    )
      return;
    const married = mentions.slice(0, index).findLast((m) => m.titleGender === 'female');
    if (
      married?.title != null &&
      FEMALE_MARRIED.has(married.title) &&
      !mustAt(tokens, married.tokenTo - 1).possessive &&
      !mustAt(tokens, former.tokenTo - 1).possessive
    )
      found.push({ maiden: former, married });
  });
  return found;
}

/** The words from a woman's or man's name to the one they are to marry ("was engaged to"). */
const ENGAGED_TO = new Set([
  'was engaged to',
  'is engaged to',
  'had been engaged to',
  'became engaged to',
  'got engaged to',
  'announced her engagement to',
  'announced his engagement to',
]);

/**
 * "Winnie announced her engagement to Mr Verloc", "Ellen was engaged to Robert Vane": two people
 * the sentence says are to marry, the name before the words and the one right after them.
 */
export function findEngagements(
  paragraph: Paragraph,
  mentions: readonly RawMention[],
): [RawMention, RawMention][] {
  const { tokens } = paragraph;
  const found: [RawMention, RawMention][] = [];
  mentions.forEach((first, index) => {
    const second = mentions[index + 1];
    if (second === undefined || second.sentenceStart !== first.sentenceStart) return;
    if (mustAt(tokens, first.tokenTo - 1).possessive) return;
    const between = tokens.slice(first.tokenTo, second.tokenFrom);
    if (between.some((t) => !t.isWord)) return;
    if (ENGAGED_TO.has(between.map((t) => t.lower).join(' '))) found.push([first, second]);
  });
  return found;
}
