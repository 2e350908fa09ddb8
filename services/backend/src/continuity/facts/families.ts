/**
 * A family's count of its children, held under the family's plural name: "The Laceys had five sons",
 * "The Lacey family had four sons", "The Hales' two daughters", "the three Benson daughters", "The
 * four Crale boys", "The Crale boys, all three of them", "The three Miss Bensons", a member's
 * "Mary Benson was one of five sisters", and a couple's "Thomas Hale and his wife had three
 * children", "Mr. and Mrs. Crane had two daughters". Sons (and boys, brothers), daughters (and girls, sisters,
 * Misses) and children are kept as different counts. A birth or a death told between two counts of
 * one family marks the later one a change (`detect.ts` compares only the counts told since).
 */

import { groupBy, mustAt } from '@george/runtime/collections';
import { parseNumber, type Span } from '@george/text';
import type { FileText } from '../text.js';
import type { Fact } from '../types.js';
import { FORTUNE } from './counts.js';
import { type Add, NUMBER_WORD, SentenceReader } from './reader.js';

/** The detail of a family's count: "daughters of the Benson family". */
export const familyDetail = (noun: string, family: string): string => `${noun} of the ${family} family`;

const CHILD_NOUN: Readonly<Record<string, string>> = {
  sons: 'sons',
  boys: 'sons',
  brothers: 'sons',
  daughters: 'daughters',
  girls: 'daughters',
  sisters: 'daughters',
  children: 'children',
};

const NOUN = '(sons|daughters|children|boys|girls|sisters|brothers)';
const NAME = '([A-Z][a-z]+(?:-[A-Z][a-z]+)?)';
/** A plural name whole ("Laceys", "Joneses"): its singular is looked for in the text. */
const PLURAL = '([A-Z][a-z]+(?:-[A-Z][a-z]+)?s)';
const COUNT = `(${NUMBER_WORD})`;

/**
 * Each way a family's count is told: the pattern, and which of its groups hold the plural or
 * singular name, the number and the noun ("Miss Bensons" counts daughters).
 */
const FAMILY_COUNTS: ReadonlyArray<{
  pattern: RegExp;
  plural?: number;
  name?: number;
  count: number;
  noun?: number;
}> = [
  // "The Laceys had five sons", "The Lacey family has only two children"
  {
    pattern: new RegExp(
      `\\b[Tt]he\\s+(?:${PLURAL}|${NAME}\\s+family)\\s+(?:had|have|has)\\s+(?:(?:only|but|just)\\s+)?${COUNT}\\s+${NOUN}\\b`,
      'g',
    ),
    plural: 1,
    name: 2,
    count: 3,
    noun: 4,
  },
  // "The Hales' two daughters"
  {
    pattern: new RegExp(`\\b[Tt]he\\s+${PLURAL}['’]\\s+${COUNT}\\s+${NOUN}\\b`, 'g'),
    plural: 1,
    count: 2,
    noun: 3,
  },
  // "the three Benson daughters", "The four Crale boys"
  { pattern: new RegExp(`\\b[Tt]he\\s+${COUNT}\\s+${NAME}\\s+${NOUN}\\b`, 'g'), name: 2, count: 1, noun: 3 },
  // "The three Miss Bensons"
  { pattern: new RegExp(`\\b[Tt]he\\s+${COUNT}\\s+Miss\\s+${PLURAL}`, 'g'), plural: 2, count: 1 },
  // "Mr. and Mrs. Crane had two daughters": the couple's children are the family's.
  {
    pattern: new RegExp(
      `\\bMr\\.?\\s+and\\s+Mrs\\.?\\s+${NAME}\\s+(?:had|have|has)\\s+(?:(?:only|but|just)\\s+)?${COUNT}\\s+${NOUN}\\b`,
      'g',
    ),
    name: 1,
    count: 2,
    noun: 3,
  },
  // "The Crale boys, all three of them"
  {
    pattern: new RegExp(
      `\\b[Tt]he\\s+${NAME}\\s+${NOUN}\\s*(?:,|--|—)\\s*all\\s+${COUNT}\\s+of\\s+them\\b`,
      'g',
    ),
    name: 1,
    count: 3,
    noun: 2,
  },
];

/**
 * "Thomas Hale and his wife had three children", "Ann Lacey and her husband, John, have two sons":
 * a named person and their spouse, whose children are the family's under the person's surname.
 */
const WITH_SPOUSE = new RegExp(
  `^\\s+and\\s+(?:his\\s+wife|her\\s+husband)(?:,?\\s+[A-Z][a-z]+,?)?\\s+(?:had|have|has)\\s+(?:(?:only|but|just)\\s+)?${COUNT}\\s+${NOUN}\\b`,
);

/**
 * Kin named before a person in the sentence ("Thomas Hale's son John Hale and his wife"): the
 * person's own household may be a branch of the family, whose children are not all of it.
 */
const KIN_BEFORE = /\b(?:son|daughter|brother|sister|nephew|niece|cousin|grandson|granddaughter)\b/i;

/**
 * "Mary Benson was one of five sisters", "was the eldest of three children": her family's daughters
 * (brothers: its sons; children: its children).
 */
const ONE_OF = new RegExp(
  `^\\s+(?:was|is)\\s+(?:one|the\\s+(?:eldest|oldest|youngest|second|third|fourth|fifth|sixth))\\s+of\\s+${COUNT}\\s+(sisters|brothers|daughters|sons|children)\\b`,
);

/** A birth or a death, which changes a family's count: "gave birth to a son", "the youngest boy died". */
const BIRTH_OR_DEATH =
  /\b(?:gave\s+birth|was\s+born|were\s+born|been\s+born|had\s+another\s+(?:son|daughter|child|baby|boy|girl)|died|dies|drowned|was\s+killed|were\s+killed|buried|funeral|coffin|perished)\b/i;

/** Whether a sentence wholly between `from` and `to` passes `tells` (given its text and span). */
function toldBetween(
  file: FileText,
  from: number,
  to: number,
  tells: (text: string, span: Span) => boolean,
): boolean {
  return file.sentences.some(
    (s) => s.start >= from && s.end <= to && tells(file.text.slice(s.start, s.end), s),
  );
}

export function familyCounts(file: FileText, add: Add): void {
  const text = file.text;
  // A plural name is a family's when its singular stands in the text alone ("Lacey", "Mrs. Lacey").
  const singular = (plural: string): string | null =>
    [plural.replace(/es$/, ''), plural.replace(/s$/, '')].find(
      (stem) => stem !== plural && new RegExp(`\\b${stem}\\b(?!s\\b)`).test(text),
    ) ?? null;
  // The last count of each family, for the birth or death told since.
  const last = new Map<string, number>();
  const emit = (family: string, noun: string, countWord: string, start: number, end: number) => {
    const value = parseNumber(countWord)?.value;
    if (value === undefined || value < 1 || value % 1 !== 0) return;
    const since = last.get(family);
    last.set(family, end);
    const change =
      since !== undefined &&
      toldBetween(file, since, start, (s) => BIRTH_OR_DEATH.test(s) && s.includes(family));
    add({
      anchor: { start, end: start, key: '', type: 'other', named: false, possessive: false, confidence: 1 },
      kind: 'count',
      value: String(value),
      detail: familyDetail(noun, family),
      low: value,
      high: value,
      start,
      end,
      change,
    });
  };
  for (const sentence of file.sentences) {
    const r = new SentenceReader(file, sentence);
    const found: Array<{ family: string; noun: string; count: string; start: number; end: number }> = [];
    for (const { pattern, plural, name, count, noun } of FAMILY_COUNTS)
      for (const { match, at } of r.matches(pattern)) {
        const pluralName = plural === undefined ? undefined : match[plural];
        const family = pluralName === undefined ? match[name ?? 0] : singular(pluralName);
        if (family === undefined || family === null) continue;
        const counted = noun === undefined ? 'daughters' : CHILD_NOUN[mustAt(match, noun)];
        if (counted === undefined) continue;
        found.push({
          family,
          noun: counted,
          count: mustAt(match, count),
          start: at,
          end: at + match[0].length,
        });
      }
    for (const anchor of r.anchors) {
      if (anchor.type !== 'character' || !anchor.named || anchor.possessive) continue;
      const after = text.slice(anchor.end, Math.min(sentence.end, anchor.end + 90));
      const surname = /\s([A-Z][a-z]+)$/.exec(text.slice(anchor.start, anchor.end))?.[1];
      if (surname === undefined) continue;
      // The count and the noun after the name (groups 1 and 2), read as the family's.
      const familyCount = (m: RegExpExecArray) => ({
        family: surname,
        noun: CHILD_NOUN[mustAt(m, 2)] ?? 'children',
        count: mustAt(m, 1),
        start: anchor.start,
        end: anchor.end + m[0].length,
      });
      const m = ONE_OF.exec(after);
      if (m) found.push(familyCount(m));
      const couple = KIN_BEFORE.test(text.slice(sentence.start, anchor.start))
        ? null
        : WITH_SPOUSE.exec(after);
      if (couple) found.push(familyCount(couple));
    }
    for (const f of found.sort((a, b) => a.start - b.start)) emit(f.family, f.noun, f.count, f.start, f.end);
  }
}

/** The words of each counted kin, singular or plural: "son", "brothers". */
const KIN_WORDS: Readonly<Record<string, string>> = {
  sons: '(?:sons?|boys?)',
  daughters: '(?:daughters?|girls?)',
  children: '(?:child|children|sons?|daughters?|boys?|girls?|baby|babies|twins)',
  brothers: 'brothers?',
  sisters: 'sisters?',
};

/**
 * A birth or a death of such kin, the kin word and the event close together: "gave birth to a third
 * son", "a son was born", "her eldest brother was drowned", "the youngest girl died"; not a death
 * elsewhere in the sentence ("whether Bingley's regard had really died away" beside his sisters),
 * nor a word between the kin and the event ("her daughter seemed born to be a duchess").
 */
const KIN_BORN_OR_DIED: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(KIN_WORDS).map(([noun, words]) => [
    noun,
    new RegExp(
      `\\b(?:gave\\s+birth\\s+to|bore\\s+(?:him|her|them)|had\\s+another)\\s+(?:(?:a|an|another|her|his|their|twin)\\s+)?(?:[a-z]+\\s+){0,2}?${words}\\b|\\b${words}\\s+(?:(?:was|were|had\\s+been)\\s+)?(?:born|died|drowned|killed|buried|perished)\\b(?!\\s+to\\s+be\\b)`,
      'i',
    ),
  ]),
);

/**
 * A sum of money coming to a person or going from them: "left Thomas Hale five thousand pounds
 * more", "inherited his uncle's fortune", "lost half his fortune at cards", "was ruined".
 */
const FORTUNE_GAINED_OR_LOST =
  /\b(?:left|gave|bequeathed|inherited|lost|won|spent|squandered|gambled|settled)\b[^.;:]{0,60}?\b(?:pounds|fortune|money|legacy|estate)\b|\b(?:bankrupt|ruined)\b/i;

/** What changes each counted kin or a fortune: a birth or a death of the kin, money gained or lost. */
const COUNT_CHANGED_BY: Readonly<Record<string, RegExp>> = {
  ...KIN_BORN_OR_DIED,
  [FORTUNE]: FORTUNE_GAINED_OR_LOST,
};

/**
 * A person's count of their kin or their fortune told again after a sentence naming them (or
 * resolving to them) that tells what changes it: a birth or a death of such kin ("Ann Lacey had two
 * little sons." "Ann Lacey gave birth to a third son." "her three sons"; "Her eldest brother was
 * drowned"), a legacy or a loss ("His godmother left Thomas Hale five thousand pounds more"). The
 * later count is a change, as a family's is (`familyCounts`), and `detect.ts` compares only the
 * counts told since.
 */
export function markCountChanges(file: FileText, facts: readonly Fact[]): void {
  const personalCounts = facts
    .filter(
      (f) => f.kind === 'count' && f.entityKey !== null && f.detail !== null && f.detail in COUNT_CHANGED_BY,
    )
    .sort((a, b) => a.start - b.start);
  for (const told of groupBy(personalCounts, (f) => `${f.entityKey}|${f.detail}`).values())
    for (let i = 1; i < told.length; i++) {
      const [before, count] = [mustAt(told, i - 1), mustAt(told, i)];
      const event = COUNT_CHANGED_BY[count.detail ?? ''];
      if (
        event !== undefined &&
        toldBetween(
          file,
          before.end,
          count.start,
          (text, span) =>
            event.test(text) && file.anchorsIn(span.start, span.end).some((a) => a.key === count.entityKey),
        )
      )
        count.change = true;
    }
}
