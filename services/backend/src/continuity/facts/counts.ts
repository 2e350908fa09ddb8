/** Counts the text commits to ("fifty boxes", "five daughters", "three years"). */

import { mustAt } from '@george/runtime/collections';
import { ordinalWord, parseNumber } from '@george/text';
import { COUNT_EXCLUDED, COUNT_QUALIFIERS, PEOPLE_NOUNS } from '../lexicon.js';
import type { Anchor } from '../text.js';
import { type Add, changeAt, LIST_JOIN, NUMBER_WORD, type SentenceReader } from './reader.js';

/** "five daughters", "five young daughters", "five grown-up daughters": up to two words between. */
const COUNT_AFTER = new RegExp(
  `^\\s*(${NUMBER_WORD})\\s+((?:[a-z]+(?:-[a-z]+)*\\s+){0,2}?)([a-z]+s|children|[a-z]*men|people|feet|teeth|geese|mice|oxen)\\b`,
  'i',
);

/**
 * What an owner has, up to the count: "had five daughters", "was blessed with five daughters",
 * "had a wife and five daughters", "had a family of five daughters", "commanded a crew of thirty
 * men", "had an income of ten thousand a year", and the children a mother bore ("had borne eleven
 * children", "bore him three sons"), an adverb before the verb too ("by whom he now has two children");
 * a worth ("was worth four thousand a year"), and a count put as the least it is ("had no fewer than
 * seven sisters").
 */
const HAVE =
  /^(?:\s*,\s*who)?\s+(?:(?:now|still|already|also)\s+)?(?:(?:was|had\s+been)\s+blessed\s+with|(?:had\s+|has\s+)?(?:borne|bore)(?:\s+(?:him|her))?|had|has|kept|keeps|possessed|owned|owns|commanded|commands|(?:was|is)\s+worth)\s+(?:(?:a|an|one)\s+[a-z]+(?:\s*,\s*|\s+and\s+))?(?:(?:a|an)\s+(?:[a-z]+\s+)?(?:family|crew|household|company|income|estate|fortune)\s+of\s+)?(?:only\s+|but\s+|just\s+|no\s+(?:fewer|less)\s+than\s+)?/i;

/** "Mr. Bennet was the father of five daughters", "Mrs. Hale, the mother of two sons". */
const PARENT_OF =
  /^(?:\s*,\s*(?:who\s+(?:was|is)\s+)?|\s+(?:was|is|became)\s+)(?:the\s+|a\s+)?(?:[a-z]+\s+)?(?:father|mother|parent)\s+of\s+/i;

const WITH = /^\s+(?:was|is)\s+(?:a|an)\s+[a-z]+\s+with\s+/i;

/**
 * What a possessive's family is made of, up to the count: "Mary Benson's family consisted of four
 * sons", "his household consisted of a cook and two maids".
 */
const FAMILY_OF =
  /^\s+(?:family|household)\s+(?:consisted|consists|was\s+made\s+up)\s+of\s+(?:(?:a|an|one)\s+[a-z]+(?:\s*,\s*|\s+and\s+))?/i;

/**
 * "Mr. and Mrs. Gardiner, with their four children", "the old squire, with his two sons", and
 * kin a couple is busy with: "Mr. and Mrs. Gardiner were engaged with their three children"
 * (KIN_WITH_OWN).
 */
const WITH_OWN =
  /^\s*,?\s+(?:((?:was|were|is|are|had\s+been)\s+(?:[a-z]+ed|[a-z]+ing))\s+)?(?:together\s+)?with\s+(?:his|her|their)\s+(?:own\s+)?/i;

/** A person's kin, which "was engaged with her four children" counts (not friends met by chance). */
const KIN_WITH_OWN = /^(?:children|sons|daughters|brothers|sisters|nieces|nephews|grandchildren)$/;

/**
 * Right after a possessive's count, where some of the group are or which of them: "his two sons at
 * sea", "her three sisters in London", "her two brothers who were soldiers" may be a part of the
 * group, so the owner has at least that many. Not how the whole is ("her four children in a row").
 */
const PLACED_AFTER =
  /^\s+(?:at\s+(?:sea|home|school|college)\b|abroad\b|overseas\b|(?:at|in)\s+(?:the\s+)?\p{Lu}|(?:who|whom)\s)/u;

/** A count read in the text: the number, the noun counted, and where the phrase ends. */
interface CountPhrase {
  value: number;
  noun: string;
  end: number;
  /** Some of the owner's group, picked out by age: the group is at least this many. */
  atLeast?: boolean;
}

/**
 * "N noun" right at `offset` (no qualifier before or inside): the count and the noun, or null.
 * `led`: the caller matched the words before ("the father of"), so they are not read as a qualifier.
 */
function countPhraseAt(r: SentenceReader, offset: number, led = false): CountPhrase | null {
  const m = COUNT_AFTER.exec(r.file.text.slice(offset, Math.min(r.span.end, offset + 60)));
  if (!m) return null;
  const parsed = parseNumber(mustAt(m, 1));
  if (!parsed || parsed.value < 2 || parsed.value % 1 !== 0) return null;
  const adjectives = mustAt(m, 2)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  const noun = mustAt(m, 3).toLowerCase();
  if (!isCountedNoun(noun)) return null;
  if (adjectives.some((a) => COUNT_QUALIFIERS.has(a) || COUNT_EXCLUDED.has(a) || /^(?:or|and|to)$/.test(a)))
    return null;
  const before = r.file.text.slice(Math.max(r.start, offset - 20), offset);
  if (!led && /\b(?:other|remaining|last|first|of|some|about|nearly|almost|or|than)\s*$/i.test(before))
    return null;
  return { value: parsed.value, noun, end: offset + m[0].length };
}

/**
 * "two younger brothers", "three elder sisters": kin picked out by their age among the owner's kin,
 * so the owner has at least that many of the kin, perhaps more (an elder one besides).
 */
const RANKED_KIN = new RegExp(
  `^\\s*(${NUMBER_WORD})\\s+(?:elder|eldest|older|oldest|younger|youngest)\\s+(brothers|sisters|sons|daughters|children)\\b(?!['’])`,
  'i',
);

/** A count of kin by age at `offset` ("his two younger brothers"): at least that many, or null. */
function rankedKinAt(r: SentenceReader, offset: number): CountPhrase | null {
  const m = RANKED_KIN.exec(r.file.text.slice(offset, Math.min(r.span.end, offset + 40)));
  const parsed = m ? parseNumber(mustAt(m, 1)) : null;
  if (!m || !parsed || parsed.value < 2 || parsed.value % 1 !== 0) return null;
  return { value: parsed.value, noun: mustAt(m, 2).toLowerCase(), end: offset + m[0].length, atLeast: true };
}

/** "a daughter", "one little son": a single child of the other sex, after sons or daughters and a join. */
const ONE_CHILD = /^(?:a|an|one)\s+(?:[a-z]+\s+)?(son|daughter)\b(?![-'’])/i;

/**
 * The children that sons and then daughters (or daughters and then sons) make together: "three
 * sons and two daughters", "two daughters and a son" are five children, three; null when the list
 * goes on to anything else. `next` is the count read at `at`, after the first count `c` and a join.
 */
function childrenOfSonsAndDaughters(
  r: SentenceReader,
  c: CountPhrase,
  at: number,
  next: CountPhrase | null,
): CountPhrase | null {
  const other = c.noun === 'sons' ? 'daughters' : c.noun === 'daughters' ? 'sons' : null;
  if (other === null) return null;
  if (next)
    return next.noun === other && !next.atLeast
      ? { value: c.value + next.value, noun: 'children', end: next.end }
      : null;
  const one = ONE_CHILD.exec(r.file.text.slice(at, Math.min(r.span.end, at + 30)));
  return one && `${mustAt(one, 1).toLowerCase()}s` === other
    ? { value: c.value + 1, noun: 'children', end: at + one[0].length }
    : null;
}

/** "a dozen cousins", "half a dozen horses", "a dozen young hounds": twelve, six. */
const DOZEN =
  /^\s*(?:(half)\s+)?a\s+dozen\s+((?:[a-z]+(?:-[a-z]+)*\s+){0,2}?)([a-z]+s|children|[a-z]*men|people)\b(?!['’])/i;

/**
 * A count of a dozen right at `offset`, where an owner has it ("had a dozen cousins"): a number
 * there, as "a dozen" alone is often a rough one ("a dozen times").
 */
function dozenAt(r: SentenceReader, offset: number): CountPhrase | null {
  const m = DOZEN.exec(r.file.text.slice(offset, Math.min(r.span.end, offset + 60)));
  if (!m) return null;
  const noun = mustAt(m, 3).toLowerCase();
  const modifiers = mustAt(m, 2)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (!isCountedGroup(noun, modifiers)) return null;
  return { value: m[1] === undefined ? 12 : 6, noun, end: offset + m[0].length };
}

/** "ten thousand a year", "having four thousand pounds a year": an owner's yearly income. */
const INCOME = new RegExp(
  `^\\s*(?:having\\s+)?(${NUMBER_WORD})\\s+(thousand|hundred)(?:\\s+pounds)?\\s+(?:a|per)\\s+(?:year|annum)\\b`,
  'i',
);

/**
 * What a possessive owns that is worth a yearly sum: "Mr. Bennet's property consisted almost
 * entirely in an estate of two thousand a year", "his income was four thousand a year".
 */
const OWNED_WORTH =
  /^\s+(?:property|estate|fortune|income)\s+(?:consisted\s+(?:(?:almost|chiefly|entirely|wholly|mainly|principally)\s+)*(?:in|of)|was|is|amounted\s+to)\s+(?:(?:an?|the)\s+(?:estate|income|property|sum)\s+of\s+)?/i;

/**
 * A sum in pounds at `offset` that `pattern` reads (a number, then "thousand" or "hundred"),
 * counted in pounds under `noun`; null when there is none.
 */
function poundsAt(r: SentenceReader, offset: number, pattern: RegExp, noun: string): CountPhrase | null {
  const m = pattern.exec(r.file.text.slice(offset, Math.min(r.span.end, offset + 60)));
  const parsed = m ? parseNumber(mustAt(m, 1)) : null;
  if (!m || !parsed) return null;
  const unit = mustAt(m, 2).toLowerCase() === 'thousand' ? 1000 : 100;
  return { value: parsed.value * unit, noun, end: offset + m[0].length };
}

/** An income stated at `offset`, counted under "pounds a year". */
const incomeAt = (r: SentenceReader, offset: number): CountPhrase | null =>
  poundsAt(r, offset, INCOME, 'pounds a year');

/**
 * A capital sum in pounds: "thirty thousand pounds", "a hundred thousand pounds", "twelve hundred
 * pounds"; not a yearly one ("four thousand pounds a year", read by INCOME).
 */
const CAPITAL = new RegExp(
  `^\\s*(${NUMBER_WORD})\\s+(thousand|hundred)\\s+pounds\\b(?!\\s+(?:a|per)\\s+(?:year|annum)\\b)`,
  'i',
);

/** The detail of a person's fortune: a capital sum they own, as a possessive or an inheritance tells it. */
export const FORTUNE = 'pounds of fortune';

/** A capital sum at `offset`, counted under the fortune's detail. */
const capitalAt = (r: SentenceReader, offset: number): CountPhrase | null =>
  poundsAt(r, offset, CAPITAL, FORTUNE);

/**
 * What a person inherited or has as a fortune, up to its sum: "inherited property to the amount of
 * nearly a hundred thousand pounds", "inherited ten thousand pounds", "had a fortune of twenty
 * thousand pounds", "possessed a fortune of some ten thousand pounds", and the sum itself had or
 * worth (the verb captured): "had twenty thousand pounds", "possessed forty thousand pounds", "was
 * worth thirty thousand pounds".
 */
const INHERITED =
  /^\s+(?:(?:had\s+)?inherited\s+(?:(?:property|a\s+fortune|an\s+estate)\s+(?:to\s+the\s+(?:amount|value)\s+of|of)\s+)?|(?:had|has|possessed|possesses)\s+a\s+fortune\s+of\s+|((?:had|has|possessed|possesses|was\s+worth|is\s+worth)\s+))(?:(?:nearly|about|some|almost|upwards\s+of|above|over|more\s+than|full)\s+)?/i;

/**
 * A verb that gives a sum to the person after it: "had left her four thousand pounds" is a legacy
 * to her, not her possessive's sum.
 */
const GIVEN_TO_BEFORE =
  /\b(?:left|leave|leaves|gave|give|gives|bequeathed|lent|lend|owed|owe|owes|paid|pay|pays|offered|promised|settled\s+on|cost|allowed|brought|sent)\s+$/i;

/** "all three of" or "both (of)" right before an owner's possessive: the whole group it owns is counted. */
const ALL_OF_BEFORE = new RegExp(`\\b(?:all\\s+(${NUMBER_WORD})\\s+of|(both)(?:\\s+of)?)\\s+$`, 'i');

/**
 * The plural a possessive owns, with up to two modifiers: "her nieces", "her young nieces"; not a
 * possessive plural ("both her sisters' hands" counts no sisters).
 */
const OWNED_GROUP = /^\s+((?:[a-z]+(?:-[a-z]+)*\s+){0,2}?)([a-z]+s|children|[a-z]*men|people)\b(?!['’])/i;

/**
 * ", all three of them" (or "both of them", after a dash too) right after the group owned, or its
 * number in an aside: ", three in number", ", five in all".
 */
const ALL_OF_THEM_AFTER = new RegExp(
  `^\\s*(?:,|--|—)\\s*(?:(?:all\\s+(${NUMBER_WORD})|(both))\\s+of\\s+them|(${NUMBER_WORD})\\s+in\\s+(?:number|all))\\b`,
  'i',
);

/**
 * A whole group counted around its owner's possessive, however the count is put: "all three of her
 * nieces", "all three of Mary's nieces", "both her nieces", "her nieces, all three of them", "her
 * nieces--both of them--". Not a part: "two of her nieces", "all three of her unmarried nieces".
 */
function wholeGroupAround(
  r: SentenceReader,
  anchor: Anchor,
  afterName: number,
): (CountPhrase & { start: number }) | null {
  const group = OWNED_GROUP.exec(r.file.text.slice(afterName, Math.min(r.span.end, afterName + 50)));
  if (!group) return null;
  const noun = mustAt(group, 2).toLowerCase();
  const modifiers = mustAt(group, 1)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (!isCountedGroup(noun, modifiers)) return null;
  const groupEnd = afterName + group[0].length;
  const before = ALL_OF_BEFORE.exec(r.file.text.slice(Math.max(r.start, anchor.start - 30), anchor.start));
  const after = before
    ? null
    : ALL_OF_THEM_AFTER.exec(r.file.text.slice(groupEnd, Math.min(r.span.end, groupEnd + 40)));
  const found = before ?? after;
  if (!found) return null;
  const value = found[2] === undefined ? parseNumber(found[1] ?? mustAt(found, 3))?.value : 2;
  if (value === undefined || value < 2 || value % 1 !== 0) return null;
  return {
    value,
    noun,
    start: before ? anchor.start - before[0].length : anchor.start,
    end: before ? groupEnd : groupEnd + found[0].length,
  };
}

/** "the three gardeners", "there were three gardeners", and a sentence opening "Three gardeners". */
const DEFINITE_COUNT = new RegExp(
  `(?:\\b(?:the|there\\s+were|there\\s+are)\\s+|^)(?=${NUMBER_WORD}\\s)`,
  'gi',
);

/**
 * "the ship's forty guns", "the miller's three daughters": a count owned by a thing or a person the
 * text names by a common noun; not a stretch of time ("the day's two meals").
 */
const COMMON_POSSESSIVE = new RegExp(
  `\\bthe\\s+(?!(?:day|night|week|month|year|hour|morning|evening|season)['’])([a-z]+)['’]s\\s+(?=${NUMBER_WORD}\\s)`,
  'gi',
);

/** "the cottage had but two rooms": a thing named by a common noun, then its count had. */
const THING_HAS = new RegExp(
  `\\bthe\\s+([a-z]+)\\s+(?:had|has)\\s+(?:(?:but|only|just)\\s+)?(?=${NUMBER_WORD}\\s)`,
  'gi',
);

/** A common noun for any person: "the man", "the woman", "the stranger". */
const GENERIC_PERSON = /^(?:[a-z]*man|[a-z]*men|boy|girl|lady|child|fellow|person|stranger|creature)$/i;

/**
 * Nouns before "had" that own no group of their own: a stretch of time, a measure or a sum ("the
 * year had two seasons"), a company made of the count itself ("the party had six ladies"), one picked
 * from others ("the second had three sons"), or a plural ("the roads had two sides").
 */
function isOwningThing(noun: string): boolean {
  return !(
    ordinalWord(noun) !== undefined ||
    /(?:[^s]s|ness|est)$/.test(noun) ||
    /^(?:day|night|week|month|year|hour|morning|evening|season|time|space|period|course|age|sum|amount|total|number|price|cost|value|rate|distance|length|height|depth|breadth|width|weight|party|company|group|band|body|crowd|set|pair|couple|family|rest|whole|most|best|first|last|one|none|each|any|all|some|side|end|top|bottom|middle|head|foot|front|back|elder|younger|older|other|better|worse|greater|lesser|former|latter)$/.test(
      noun,
    )
  );
}

const RELATIVE_HAVE = /^\s+(?:had|has)\s+(?:kept|had|employed|brought)?/i;

/**
 * The named person right after a count and "of", who owns the group: "the four daughters of Thomas
 * Hale", "the three sons of Mrs. Lacey"; undefined when "of" is followed by anything else.
 */
function ownerAfterOf(r: SentenceReader, end: number): Anchor | undefined {
  const of = /^\s+of\s+/.exec(r.file.text.slice(end, end + 6));
  if (!of) return undefined;
  const at = end + of[0].length;
  return r.file
    .anchorsIn(at, Math.min(r.span.end, at + 60))
    .find((a) => a.start === at && a.named && !a.possessive && a.type === 'character');
}

/** The units a sum of money is counted in: "fifty guineas", then "the forty guineas". */
const MONEY = new Set(['pounds', 'guineas', 'dollars', 'shillings', 'francs', 'crowns']);

/** The detail's ending of a count referred back to with another number (`detect.ts`). */
export const REFERRED_BACK = ' referred back to';

/** How far back a definite count looks for the count that introduced its group: a few pages. */
const REFERENCE_REACH = 10_000;

/**
 * A definite count, which refers back to a group or a sum the text has counted: "the four
 * soldiers", "these five evenings", "his four whales", "the forty guineas". Not a part ("one of the
 * four"), nor "the other four" (no number right after the determiner).
 */
const BACK_REFERENCE = new RegExp(`\\b(?:the|these|those|his|her|its|their)\\s+(?=${NUMBER_WORD}\\s)`, 'gi');

/** A part taken from the group before its definite count: "two of the four soldiers" states the whole. */
const PART_BEFORE = new RegExp(
  `\\b(?:${NUMBER_WORD}|each|every\\s+one|none|neither|either|any|all|some|most|many|few|several|[a-z]+est)\\s+of\\s+$`,
  'i',
);

/** Between a group's count and a later one: the text says the group grew or shrank. */
const COUNT_CHANGED =
  /\b(?:more|another|fresh|joined|arrived|added|killed|died|drowned|lost|escaped|missing|survived|remained|remaining|spent|paid|gave|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i;

/** Right after a definite count: the ones left ("the four hens left", "the four lamps that remained"). */
const WHAT_REMAINED =
  /^\s*(?:left|remaining|still|(?:that|which|who)\s+(?:remained|were\s+left|survived))\b/i;

/** "five thousand pounds": a sum's number, with its "thousand" or "hundred". */
function sumValue(number: string, unit: string | undefined): number | null {
  const parsed = parseNumber(number);
  if (!parsed || parsed.value % 1 !== 0) return null;
  return parsed.value * (unit === undefined ? 1 : unit.toLowerCase() === 'thousand' ? 1000 : 100);
}

/**
 * "N noun" after a definite determiner at `offset`, a sum of money too ("the forty guineas", "the
 * five thousand pounds"): the count and its noun, or null (a measure of time or distance, a
 * qualifier: "the two elder sisters", "the four remaining boats").
 */
function referredCountAt(r: SentenceReader, offset: number): CountPhrase | null {
  const m = REFERRED_COUNT.exec(r.file.text.slice(offset, Math.min(r.span.end, offset + 60)));
  if (!m) return null;
  const value = sumValue(mustAt(m, 1), m[2]);
  const noun = mustAt(m, 4).toLowerCase();
  const modifiers = mustAt(m, 3)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (value === null || value < 2) return null;
  if (!MONEY.has(noun) && (m[2] !== undefined || !isCountedNoun(noun))) return null;
  if (modifiers.some((w) => !countModifier(w))) return null;
  return { value, noun, end: offset + m[0].length };
}

const REFERRED_COUNT = new RegExp(
  `^(${NUMBER_WORD})\\s+(?:(thousand|hundred)\\s+)?((?:[a-z]+(?:-[a-z]+)*\\s+){0,2}?)([a-z]+s|children|[a-z]*men|people|geese|mice|oxen)\\b(?!['’])`,
  'i',
);

/** A count of `noun` the text gave before: its number, and the whole's when it is a part ("three of the five soldiers"). */
interface EarlierCount {
  values: number[];
  start: number;
  end: number;
  /** "two more soldiers", "another three soldiers": the group grew. */
  grew: boolean;
}

/** Every count of `noun` in `text` (from `from`), a part of a group with its whole: "three of the soldiers". */
function earlierCounts(text: string, from: number, noun: string): EarlierCount[] {
  const counted = new RegExp(
    `(^|[^\\p{L}-])(${NUMBER_WORD})\\s+(?:(thousand|hundred)\\s+)?(?:of\\s+(?:the|these|those|his|her|its|their)\\s+(?:(${NUMBER_WORD})\\s+(?:(thousand|hundred)\\s+)?)?)?((?:[a-z]+(?:-[a-z]+)*\\s+){0,2}?)${noun}\\b`,
    'giu',
  );
  return [...text.matchAll(counted)].flatMap((m) => {
    // "one of the boats" picks one and counts no group.
    const values = [sumValue(mustAt(m, 2), m[3]), m[4] === undefined ? null : sumValue(m[4], m[5])].filter(
      (v): v is number => v !== null && v >= 2,
    );
    const start = from + m.index + mustAt(m, 1).length;
    return values.length === 0
      ? []
      : [
          {
            values,
            start,
            end: from + m.index + m[0].length,
            grew: /\b(?:more|another|fresh)\b/i.test(mustAt(m, 6)),
          },
        ];
  });
}

/**
 * What a definite count refers back to: a group the text says grew or shrank ("changed"), a part
 * picked from a group ("two of the four soldiers", then "the two soldiers"), a count with another
 * number ("differs"), or nothing it can be told from (a count before with its number, or none).
 */
type Reference = { kind: 'changed' } | { kind: 'part' } | { kind: 'differs'; earlier: EarlierCount } | null;

/**
 * How a definite count at `at` (its phrase `c`) stands to the counts of its noun before it in its
 * chapter, within REFERENCE_REACH: changed when the text says the group grew or shrank between (or
 * right after: "the four hens left") or the clause marks a change ("now"); a part when the last
 * count with its number picked it from a whole; differs when no count before has its number.
 */
function referredBack(r: SentenceReader, at: number, c: CountPhrase): Reference {
  const chapter = r.file.chapterAt(at);
  // Chapters are numbered from 1.
  const chapterStart = chapter === null ? 0 : (r.file.chapterStarts[chapter - 1] ?? 0);
  const from = Math.max(chapterStart, at - REFERENCE_REACH);
  const before = earlierCounts(r.file.text.slice(from, at), from, c.noun);
  const nearest = before.at(-1);
  if (nearest === undefined) return null;
  const between = r.file.text.slice(nearest.end, at).replace(/^\s*(?:remaining|left|remained)\b/i, '');
  // Only a sentence that names the group, or a part "of them", says it changed ("A fox killed two
  // of them"), not "the missing leg" of another sentence.
  const aboutGroup = new RegExp(`\\b(?:${c.noun}|of\\s+them)\\b`, 'i');
  if (
    nearest.grew ||
    between.split(/[.!?;]/).some((sentence) => aboutGroup.test(sentence) && COUNT_CHANGED.test(sentence)) ||
    WHAT_REMAINED.test(r.file.text.slice(c.end, c.end + 30)) ||
    changeAt(r, at)
  )
    return { kind: 'changed' };
  const same = before.filter((e) => e.values.includes(c.value)).at(-1);
  // A group can grow only as the text tells, but fewer may be some of it ("the two crews" whose boats
  // were stove, of "the three crews"); a sum referred back to is the whole sum.
  if (same === undefined)
    return MONEY.has(c.noun) || c.value > Math.max(...nearest.values)
      ? { kind: 'differs', earlier: nearest }
      : null;
  return same.values.length > 1 && same.values[0] === c.value ? { kind: 'part' } : null;
}

export function counts(r: SentenceReader, add: Add): void {
  // Where each count read below ends, so that a modified noun is not counted again.
  const read = new Set<number>();
  const countAt = (...args: Parameters<typeof countPhraseAt>) => {
    const c = countPhraseAt(...args);
    if (c) read.add(c.end);
    return c;
  };
  /**
   * A count the anchor owns, from the anchor (or the phrase's own start: "all three of her nieces")
   * to the counted noun ("his five daughters").
   */
  const addOwn = (anchor: Anchor, c: CountPhrase & { start?: number }, change = false): void => {
    add({
      anchor,
      kind: 'count',
      value: c.atLeast ? `at least ${c.value}` : String(c.value),
      detail: c.noun,
      low: c.value,
      high: c.atLeast ? null : c.value,
      start: c.start ?? anchor.start,
      end: c.end,
      change,
    });
    // "had two sons and three daughters", "his four horses and two grooms": each count of the list
    // is the owner's.
    const join = LIST_JOIN.exec(r.file.text.slice(c.end, Math.min(r.span.end, c.end + 8)));
    const next = join ? countAt(r, c.end + join[0].length) : null;
    if (next) addOwn(anchor, next, change);
    // "had three sons and two daughters" also counts the owner's children: five.
    const children =
      join && !c.atLeast ? childrenOfSonsAndDaughters(r, c, c.end + join[0].length, next) : null;
    if (children) addOwn(anchor, { ...children, start: c.start }, change);
  };
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character') continue;
    const afterName =
      anchor.end +
      (anchor.named && anchor.possessive
        ? (/^['’]s/.exec(r.file.text.slice(anchor.end))?.[0].length ?? 0)
        : 0);
    if (anchor.possessive) {
      const worth = OWNED_WORTH.exec(r.file.text.slice(afterName, Math.min(r.span.end, afterName + 100)));
      // "with all the confidence of her thirty thousand pounds", "Mr. Bingley's fifty thousand
      // pounds": a sum a possessive owns is their fortune.
      const given = GIVEN_TO_BEFORE.test(
        r.file.text.slice(Math.max(r.start, anchor.start - 20), anchor.start),
      );
      const family = FAMILY_OF.exec(r.file.text.slice(afterName, Math.min(r.span.end, afterName + 80)));
      const c =
        countAt(r, afterName) ??
        (family ? countAt(r, afterName + family[0].length, true) : null) ??
        rankedKinAt(r, afterName) ??
        incomeAt(r, afterName) ??
        (worth ? incomeAt(r, afterName + worth[0].length) : null) ??
        (given ? null : capitalAt(r, afterName));
      if (c)
        addOwn(anchor, PLACED_AFTER.test(r.file.text.slice(c.end, c.end + 20)) ? { ...c, atLeast: true } : c);
      else {
        const whole = wholeGroupAround(r, anchor, afterName);
        if (whole) addOwn(anchor, whole);
      }
      continue;
    }
    const rest = r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 80));
    const parent = PARENT_OF.exec(rest);
    const inherited = INHERITED.exec(rest);
    const fortune = inherited ? capitalAt(r, anchor.end + inherited[0].length) : null;
    // A sum merely had may be a purse the story spends ("had two hundred pounds", "had five thousand
    // pounds left"): a fortune only in thousands, and not what is left of one.
    const purse =
      inherited?.[1] !== undefined &&
      fortune !== null &&
      (fortune.value < 1000 || WHAT_REMAINED.test(r.file.text.slice(fortune.end, fortune.end + 30)));
    if (fortune && !purse) {
      addOwn(anchor, fortune);
      continue;
    }
    const withOwn = WITH_OWN.exec(rest);
    const have = parent ?? HAVE.exec(rest) ?? WITH.exec(rest) ?? withOwn;
    if (have) {
      const c =
        countAt(r, anchor.end + have[0].length, parent !== null || /\b(?:of|than)\s+$/i.test(have[0])) ??
        rankedKinAt(r, anchor.end + have[0].length) ??
        dozenAt(r, anchor.end + have[0].length) ??
        incomeAt(r, anchor.end + have[0].length);
      // "was engaged with their three children": kin only, and only where the possessive is no
      // anchor that reads the count itself ("was walking with her two sisters").
      const busy = have === withOwn && withOwn[1] !== undefined;
      const ownedAlready = r.anchors.some(
        (a) => a.possessive && a.start > anchor.end && a.end <= anchor.end + have[0].length,
      );
      // "now has two children": the count the family has come to, which ends the ones before (`detect.ts`).
      if (c && (!busy || (KIN_WITH_OWN.test(c.noun) && !ownedAlready)))
        addOwn(anchor, c, /\bnow\s/i.test(have[0]));
    }
  }
  // "the five strangers rowing Ahab", "there were three gardeners", "the four servants McCarthy had kept"
  for (const { match, at } of r.matches(DEFINITE_COUNT)) {
    const c = countAt(r, at + match[0].length);
    if (!c) continue;
    const after = r.file.text.slice(c.end, Math.min(r.span.end, c.end + 60));
    // "the four daughters of Thomas Hale" is his; "the four servants McCarthy had kept" McCarthy's.
    const nearestNamed = r.file
      .anchorsIn(c.end, c.end + 60)
      .find((a) => a.named && a.type === 'character' && !/[,;:.]/.test(r.file.text.slice(c.end, a.start)));
    const owner =
      ownerAfterOf(r, c.end) ??
      (nearestNamed && RELATIVE_HAVE.test(r.file.text.slice(nearestNamed.end, nearestNamed.end + 30))
        ? nearestNamed
        : undefined);
    if (owner) {
      add({
        anchor: owner,
        kind: 'count',
        value: String(c.value),
        detail: c.noun,
        low: c.value,
        high: c.value,
        start: at,
        end: owner.end,
      });
      continue;
    }
    // A group of the scene: counted under the noun with the names its clause gives, if any ("the
    // five strangers rowing Ahab"); not those it turns to ("the four gardeners began bowing to the
    // King, the Queen"), who are no part of the group.
    const clauseEnd = after.search(/[;:.!?]/);
    const named = groupNames(
      r.file.text,
      c.end,
      r.file
        .anchorsIn(c.end, c.end + (clauseEnd < 0 ? after.length : clauseEnd))
        .filter((a) => a.named && a.type === 'character'),
    );
    const group: Anchor = named[0] ?? {
      start: at,
      end: at,
      key: '',
      type: 'other',
      named: false,
      possessive: false,
      confidence: 1,
    };
    const reference = referredBack(r, at, c);
    // "Two of the four soldiers stayed. The two soldiers played at cards": those two, not the group.
    if (reference?.kind === 'part') continue;
    add({
      anchor: group,
      kind: 'count',
      value: String(c.value),
      detail: `${c.noun} of the scene`,
      low: c.value,
      high: c.value,
      start: at,
      end: c.end,
      weight: 0.8,
      // "Two more soldiers came in. The four soldiers sat down": the group grew, and the text says so.
      change: reference?.kind === 'changed',
    });
  }
  // "the forty guineas" a page after "fifty guineas for a night's work", "The four soldiers" after
  // "three of the soldiers staying behind": a definite count refers back to the group or sum the
  // text counted, so another number there, with no reason given, disagrees (`detect.ts`).
  for (const { match, at } of r.matches(BACK_REFERENCE)) {
    if (PART_BEFORE.test(r.file.text.slice(Math.max(r.start, at - 30), at))) continue;
    const c = referredCountAt(r, at + match[0].length);
    const possessive = !/^th/i.test(match[0]);
    // "her thirty thousand pounds" is her own sum, not one told before; a character's own group is
    // weighed as the owner's count ("his two sisters", then "his five sisters").
    if (possessive && ((c && MONEY.has(c.noun)) || r.possessor(at + match[0].trimEnd().length))) continue;
    // "the four daughters of Thomas Hale" is his count, weighed as the owner's (above).
    if (c && ownerAfterOf(r, c.end)) continue;
    const reference = c ? referredBack(r, at, c) : null;
    if (!c || reference?.kind !== 'differs') continue;
    const { earlier } = reference;
    const detail = `${c.noun}${REFERRED_BACK}`;
    for (const [value, start, end] of [
      [mustAt(earlier.values, 0), earlier.start, earlier.end],
      [c.value, at, c.end],
    ] as const)
      add({
        anchor: sceneAnchor(start),
        kind: 'count',
        value: String(value),
        detail,
        low: value,
        high: value,
        start,
        end,
        weight: 0.8,
      });
  }
  // Held under the owner's noun for the whole text, as a named owner's count is ("guns of the ship").
  const addThingCount = (thing: string, c: CountPhrase, start: number, end: number) =>
    add({
      anchor: sceneAnchor(start),
      kind: 'count',
      value: String(c.value),
      detail: `${c.noun} of the ${thing.toLowerCase()}`,
      low: c.value,
      high: c.value,
      start,
      end,
      weight: 0.8,
    });
  for (const { match, at } of r.matches(COMMON_POSSESSIVE)) {
    const c = countAt(r, at + match[0].length);
    if (!c || r.file.anchorsIn(at, at + match[0].length).some((a) => a.type === 'character')) continue;
    addThingCount(mustAt(match, 1), c, at, c.end);
  }
  // The same count had: "the cottage had two rooms", "the craft had two keels".
  for (const { match, at } of r.matches(THING_HAS)) {
    const thing = mustAt(match, 1);
    if (!isOwningThing(thing.toLowerCase())) continue;
    const c = countAt(r, at + match[0].length, true);
    // A person named by a common noun ("the man had two sons", "the woman had three cats") may be
    // any of the story's men; the kin of one is a person's count, read with the person.
    if (!c || GENERIC_PERSON.test(thing) || KIN_WITH_OWN.test(c.noun)) continue;
    addThingCount(thing, c, at, c.end);
  }
  // "these three mates--Starbuck, Stubb and Flask": a group whose members the text lists by name,
  // as many names as the number, is the whole group, wherever the text counts it (`detect.ts`).
  for (const { match, at } of r.matches(LISTED_GROUP)) {
    const c = countPhraseAt(r, at + match[0].length, true);
    if (!c || PEOPLE_NOUNS.has(c.noun)) continue;
    const members = listedMembers(r, c.end);
    if (members === null || members.length !== c.value) continue;
    add({
      anchor: sceneAnchor(at),
      kind: 'count',
      value: String(c.value),
      detail: `${c.noun}${LISTED_BY_NAME}`,
      low: c.value,
      high: c.value,
      start: at,
      end: mustAt(members, members.length - 1).end,
      weight: 0.8,
    });
  }
  // "the royal children; there were ten of them": the number of a group named right before.
  for (const { match, at } of r.matches(OF_THEM)) {
    const parsed = parseNumber(mustAt(match, 1));
    const named = NAMED_BEFORE.exec(r.file.text.slice(r.start, at));
    if (!parsed || parsed.value < 2 || parsed.value % 1 !== 0 || !named) continue;
    const noun = mustAt(named, 2).toLowerCase();
    const modifiers = mustAt(named, 1)
      .split(/\s+/)
      .filter((w) => w !== '');
    if (!isCountedGroup(noun, modifiers)) continue;
    add({
      anchor: sceneAnchor(at),
      kind: 'count',
      value: String(parsed.value),
      detail: `${noun} of the scene`,
      low: parsed.value,
      high: parsed.value,
      start: r.start + named.index,
      end: at + match[0].length,
      weight: 0.8,
    });
  }
  // The number of a whole group, compared with its counts in every chapter (`detect.ts`), where a
  // group of one scene ("the three boats") may be part of it.
  const addWholeGroup = (number: string, words: string, nounWord: string, at: number, end: number) => {
    const parsed = parseNumber(number);
    const noun = nounWord.toLowerCase();
    const modifiers = words.split(/\s+/).filter((w) => w !== '' && !/['’]s$/.test(w));
    if (!parsed || parsed.value < 2 || parsed.value % 1 !== 0) return;
    if (!isCountedGroup(noun, modifiers)) return;
    add({
      anchor: sceneAnchor(at),
      kind: 'count',
      value: String(parsed.value),
      detail: `${noun} in number`,
      low: parsed.value,
      high: parsed.value,
      start: at,
      end,
      weight: 0.8,
    });
  };
  // "the harpooneers, who were four in number", "the guards were six in number", "the boats, all
  // five of which".
  for (const { match, at } of r.matches(IN_NUMBER)) {
    const number = match[3] ?? match[4] ?? match[5] ?? '';
    addWholeGroup(number, mustAt(match, 1), mustAt(match, 2), at, at + match[0].length);
  }
  // "all four of the harpooneers".
  for (const { match, at } of r.matches(ALL_OF_THE)) {
    // Lower case in the text: "all three of the Lucases" is a family, no group counted.
    if (/\p{Lu}/u.test(mustAt(match, 3))) continue;
    addWholeGroup(mustAt(match, 1), mustAt(match, 2), mustAt(match, 3), at, at + match[0].length);
  }
  // "not one of the eight doors", "two of the five boats": a part taken from a whole, whose number
  // is the whole group's in that scene.
  for (const { match, at } of r.matches(PART_OF_WHOLE)) {
    const parsed = parseNumber(mustAt(match, 1));
    const noun = mustAt(match, 3).toLowerCase();
    const modifiers = mustAt(match, 2)
      .split(/\s+/)
      .filter((w) => w !== '');
    if (!parsed || parsed.value < 2 || parsed.value % 1 !== 0) continue;
    // Lower case in the text: "one of the three Lucases" is a family, no group counted.
    // "one of the two enormous ...": an adjective in "-ous" is no plural noun.
    if (/\p{Lu}/u.test(`${match[2]}${match[3]}`) || noun.endsWith('ous') || !isCountedGroup(noun, modifiers))
      continue;
    add({
      anchor: sceneAnchor(at),
      kind: 'count',
      value: String(parsed.value),
      // The whole of the scene's group: weighed against the scene's counts of it (`detect.ts`).
      detail: `${noun}${WHOLE_OF_SCENE}`,
      low: parsed.value,
      high: parsed.value,
      start: at,
      end: at + match[0].length,
      weight: 0.8,
    });
  }
  // "five little dried orange pips": things no one owns, counted under the noun and the word before
  // it, as a group of the scene (a count the text states once against one it states twice).
  for (const { match, at } of r.matches(MODIFIED_COUNT)) {
    const numberAt = at + mustAt(match, 1).length;
    const end = numberAt + match[0].length - mustAt(match, 1).length;
    if (read.has(end)) continue;
    const parsed = parseNumber(mustAt(match, 2));
    const modifiers = mustAt(match, 3)
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== '');
    const noun = mustAt(match, 4).toLowerCase();
    if (!parsed || parsed.value < 2 || parsed.value % 1 !== 0 || !isCountedNoun(noun)) continue;
    // Lower case in the text: "six Elizabeth was" is no count of a thing.
    if (/\p{Lu}/u.test(`${match[3]}${match[4]}`)) continue;
    if (modifiers.some((w) => !countModifier(w))) continue;
    if (COUNT_LEAD.test(r.file.text.slice(Math.max(r.start, numberAt - 20), numberAt))) continue;
    add({
      anchor: sceneAnchor(numberAt),
      kind: 'count',
      value: String(parsed.value),
      detail: `${modifiers.at(-1)} ${noun} of the scene`,
      low: parsed.value,
      high: parsed.value,
      start: numberAt,
      end,
      weight: 0.8,
    });
  }
}

/**
 * "the harpooneers, who were four in number", "The guards were six in number", "the Pequod's
 * harpooneers, four in number,": the group (a possessive, then up to two modifiers), then
 * its number as the predicate of the group or of a "who"/"which" after it, or in an aside; the
 * number however the whole is marked: "in number", "in all", "all told", "altogether", "numbering
 * five", "all five of which (whom, them)".
 */
const IN_NUMBER = new RegExp(
  `\\b[Tt]he\\s+((?:[A-Za-z]+['’]s\\s+)?(?:[a-z]+(?:-[a-z]+)*\\s+){0,2}?)([a-z]+s|children|[a-z]*men|people)(?:(?:\\s*,\\s*(?:who|which)\\s+(?:were|are)|\\s+(?:were|are)|\\s*,)\\s+(${NUMBER_WORD})\\s+(?:in\\s+(?:number|all)|all\\s+told|altogether)\\b|\\s*,\\s*(?:(?:which|who)\\s+(?:were|are)\\s+)?numbering\\s+(${NUMBER_WORD})\\b|\\s*(?:,|--|—)\\s*all\\s+(${NUMBER_WORD})\\s+of\\s+(?:which|whom|them)\\b)`,
  'g',
);

/**
 * "all four of the harpooneers", "all six of the Pequod's boats": the whole group counted, as "the
 * harpooneers, four in number" counts it. Not a part ("four of the harpooneers"), nor a group a
 * person owns ("all three of her nieces", read with its owner).
 */
const ALL_OF_THE = new RegExp(
  `\\b[Aa]ll\\s+(${NUMBER_WORD})\\s+of\\s+the\\s+((?:[A-Za-z]+['’]s\\s+)?(?:[a-z]+(?:-[a-z]+)*\\s+){0,2}?)([A-Za-z]+s|children|[a-z]*men|people)\\b(?!['’])`,
  'g',
);

/** The detail's ending of a whole a part is taken from ("not one of the eight doors": "doors as a whole"). */
export const WHOLE_OF_SCENE = ' as a whole';

/**
 * A part taken from a whole no one owns, however the part is told: "not one of the eight doors",
 * "every one of the six boats", "each of the three mates", "none of the twelve jurors", "two of the
 * five boats", "the youngest of the three girls". The number after "of the" is the whole group's
 * in its scene (a scene's "the three boats" may be some of them); another chapter's "two masts" may
 * be another ship's. Not a measure ("one of the three hours" is COUNT_EXCLUDED's), nor a
 * possessive's group ("two of her five sisters").
 */
const PART_OF_WHOLE = new RegExp(
  `\\b(?:(?:not\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|every\\s+one|each(?:\\s+one)?|none|neither|either|any\\s+one|the\\s+(?:first|last|[a-z]+est))\\s+of\\s+the\\s+(${NUMBER_WORD})\\s+((?:[a-z]+(?:-[a-z]+)*\\s+){0,2}?)([a-z]+s|children|[a-z]*men|people)\\b`,
  'gi',
);

/** The detail's ending of a group listed by name ("these three mates--Starbuck, Stubb and Flask"). */
export const LISTED_BY_NAME = ' listed by name';

/** "the three mates", "these three mates": a determiner right before a number. */
const LISTED_GROUP = new RegExp(`\\b(?:the|these|those)\\s+(?=${NUMBER_WORD}\\s)`, 'gi');

/**
 * The names listed right after a counted noun, behind a dash or a comma ("--Starbuck, Stubb and
 * Flask"), each a different character's and joined by commas or a last "and"; null when the noun is
 * not followed by such a list of two or more.
 */
function listedMembers(r: SentenceReader, from: number): Anchor[] | null {
  const opening = /^\s*(?:--|—|,)\s*/.exec(r.file.text.slice(from, from + 6));
  if (!opening) return null;
  const members: Anchor[] = [];
  let at = from + opening[0].length;
  for (const a of r.file.anchorsIn(at, Math.min(r.span.end, at + 200))) {
    if (a.start < at) continue;
    const gap = r.file.text.slice(at, a.start);
    if (members.length === 0 ? gap !== '' : !/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(gap)) break;
    if (!a.named || a.possessive || a.type !== 'character' || members.some((m) => m.key === a.key))
      return null;
    members.push(a);
    at = a.end;
  }
  // The list ends the apposition: a comma, a dash or the clause's end, not "Flask's boat".
  if (members.length < 2 || !/^\s*(?:[,;:.!?]|--|—|$)/.test(r.file.text.slice(at, at + 3))) return null;
  return members;
}

/** "there were ten of them": a group's number, the group named right before (NAMED_BEFORE). */
const OF_THEM = new RegExp(`\\bthere\\s+(?:were|are)\\s+(${NUMBER_WORD})\\s+of\\s+them\\b`, 'gi');

/** "the royal children;", "the guards, and": the plural it counts, ending the clause before. */
const NAMED_BEFORE =
  /\b[Tt]he\s+((?:[a-z]+(?:-[a-z]+)*\s+){0,2}?)([a-z]+s|children|[a-z]*men|people)\s*(?:[;:,]|--|—)\s*(?:and\s+|but\s+)?$/;

/** Before a name: a preposition that makes it what the clause turns to ("bowing to the King"). */
const TURNED_TO = /\b(?:to|towards|toward|at|before)\s+(?:the\s+)?$/i;

/** A noun of its own between a group and a name: "and a son,", "by a single servant,". */
const OTHER_NOUN = /\b(?:a|an)\s+\p{Ll}/u;

/** Between two names of a list: "the King, the Queen", "Stubb and Flask". */
const LISTED = /^\s*(?:,|,?\s*and)\s+(?:the\s+)?$/i;

/**
 * The names a group's clause gives, in order, less those it turns to: a name right after "to", "at"
 * or "before", and the names listed after it ("bowing to the King, the Queen, the royal children").
 */
function groupNames(text: string, from: number, anchors: readonly Anchor[]): Anchor[] {
  const kept: Anchor[] = [];
  let previousEnd = from;
  let turnedTo = false;
  for (const anchor of anchors) {
    const gap = text.slice(previousEnd, anchor.start);
    // "the two girls and a son, William", "the six trees ..., kept by a single servant, Hannah
    // Dale": a name after another noun of its own is that noun's, and so are those after it.
    if (OTHER_NOUN.test(gap)) break;
    turnedTo = TURNED_TO.test(gap) || (turnedTo && LISTED.test(gap));
    if (!turnedTo) kept.push(anchor);
    previousEnd = anchor.end;
  }
  return kept;
}

/** A number, one to three modifiers, and a plural noun: "five little dried orange pips". */
const MODIFIED_COUNT = new RegExp(
  `(^|[^\\p{L}-])(${NUMBER_WORD})\\s+((?:[a-z]+(?:-[a-z]+)*\\s+){1,3}?)([a-z]+s)\\b`,
  'giu',
);

/** Words before a number that make it a part, an estimate, an owner's or a named group's. */
const COUNT_LEAD =
  /(?:\b(?:other|remaining|last|first|of|some|about|nearly|almost|or|than|the|these|those|his|her|its|their|my|our|your|were|are)|['’]s|\d)\s*$/i;

/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL_NOUNS =
  /^(?:.{1,2}|was|has|his|its|yes|this|thus|hers|ours|yours|theirs|always|perhaps|ourselves|yourselves|themselves|sometimes|besides|towards|afterwards|upwards|downwards|whereas|unless|does|goes)$/;

/** A plural noun a count can be of: not a word of measure or time, not a singular in "-ss". */
function isCountedNoun(noun: string): boolean {
  return !COUNT_EXCLUDED.has(noun) && !noun.endsWith('ss') && !NOT_PLURAL_NOUNS.test(noun);
}

/** A counted noun with modifiers that describe it ("dried orange pips"), not a number or a function word. */
function isCountedGroup(noun: string, modifiers: readonly string[]): boolean {
  return isCountedNoun(noun) && modifiers.every((w) => countModifier(w.toLowerCase()));
}

/** Where a count of the scene's things is held: no one's, at the number. */
function sceneAnchor(at: number): Anchor {
  return { start: at, end: at, key: '', type: 'other', named: false, possessive: false, confidence: 1 };
}

/** A modifier of a counted noun: an adjective or a noun used as one ("dried", "orange"), not a number, a plural or a function word. */
function countModifier(word: string): boolean {
  if (COUNT_QUALIFIERS.has(word) || COUNT_EXCLUDED.has(word) || parseNumber(word)) return false;
  if (
    /^(?:a|an|the|and|or|but|in|on|at|to|by|for|with|from|into|upon|his|her|its|their|were|was|had|have|is|are|be|been|i|we|you|he|she|it|they|me|him|us|them|which|who|whom|what|when|where|that|this|these|those|such|so|very|more|most)$/.test(
      word,
    )
  )
    return false;
  return !word.endsWith('s') || word.endsWith('ous');
}
