import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/continuity/index.js';
import { factsAfterFiller, testPhrasingCheck } from './helpers.js';
import { type ExpectedLifeFact, LIFE_PASSAGES } from './life-phrasings.js';

const matches = (fact: Fact, expected: ExpectedLifeFact): boolean =>
  fact.kind === expected.kind &&
  expected.value.test(fact.value) &&
  (expected.entity === undefined || expected.entity.test(fact.entityKey ?? '')) &&
  (expected.detail === undefined || expected.detail.test(fact.detail ?? '')) &&
  (expected.age === undefined ||
    (fact.low !== null && fact.high !== null && fact.low <= expected.age && expected.age <= fact.high));

const title = (passage: string, expected: ExpectedLifeFact): string =>
  `${passage}: ${expected.kind} ${expected.age ?? expected.value}${expected.detail ? ` ${expected.detail}` : ''} of ${expected.entity ?? 'anyone'}`;

/** The facts the readers do not give as the passages expect. */
const NOT_AS_EXPECTED: ReadonlySet<string> = new Set([
  // the story bible keeps "late Captain Crane" as a name of its own, not Edward Crane's elder namesake
  'the late: status /^dead$/ of /edward|crane/',
  // "came from Devon" is as often a journey ("came from London that morning") as an origin
  'residence and origin: origin /devon/i of /thomas|hale/',
]);

testPhrasingCheck({
  title: 'life phrasings',
  passages: LIFE_PASSAGES,
  name: title,
  matches,
  notAsExpected: NOT_AS_EXPECTED,
});

/** The facts of `kind` read in `passage`, as value and entity. */
const read = (passage: string, kind: Fact['kind']): Array<[string, string | null]> =>
  factsAfterFiller(passage)
    .filter((f) => f.kind === kind)
    .map((f) => [f.value, f.entityKey]);

describe('life phrasings: what the rules of the thirty-ninth pass leave alone', () => {
  it('reads no age from how long a widowhood has lasted', () => {
    expect(read('Mary Benson was a widow of two years.', 'age')).toEqual([]);
  });
  it('reads no age from a fortune after "a man of"', () => {
    expect(read('Thomas Hale was a man of ten thousand a year.', 'age')).toEqual([]);
  });
  it('reads an age by another only when the sentence states the other', () => {
    expect(read('Mary Benson was five years older than Thomas Hale.', 'age')).toEqual([]);
    expect(read('Mary Benson was five years older than Thomas Hale, who was forty.', 'age')).toContainEqual([
      '45',
      'character:mary-benson',
    ]);
  });
  it('reads no origin from a noun before "born and bred"', () => {
    expect(read('Thomas Hale was a Quaker born and bred.', 'origin')).toEqual([]);
  });
  it('reads no death from "buried in" a common noun', () => {
    expect(read('Edward Crane was buried in thought.', 'status')).toEqual([]);
  });
  it('reads no count owned by a stretch of time', () => {
    expect(read("Thomas Hale ate the day's two meals.", 'count')).toEqual([]);
  });
});
