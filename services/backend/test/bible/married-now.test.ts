/**
 * Two people a sentence says are to marry (married-now.ts): a woman engaged to a man and named with
 * his surname is the one "Mrs." of that surname, while a daughter of the name stays apart.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a woman engaged to a man of the surname she is named with', () => {
  it('joins her to the one "Mrs." of the surname', () => {
    for (const engaged of [
      'Winnie announced her engagement to Mr. Verloc.',
      'Winnie was engaged to Mr. Verloc.',
      'Mr. Verloc became engaged to Winnie.',
    ]) {
      const text = `Mr. Verloc kept a shop in Soho. ${engaged} Sometimes it was Mrs. Verloc who came at the call of the bell. Winnie Verloc was a young woman with a full bust. Winnie looked after the lodgers, and Mr. Verloc slept late.`;
      const result = extract([source(text)]);
      expect(one(result, 'Mrs. Verloc')).toBe(one(result, 'Winnie'));
      expect(one(result, 'Mr. Verloc')).not.toBe(one(result, 'Winnie'));
    }
  });

  it('keeps apart a daughter of the name, one engaged to a man of another name, and two engaged of one name', () => {
    const daughter = `Mr. Bennet read in the library. Mrs. Bennet talked of the ball. Elizabeth Bennet laughed at them both, and Elizabeth walked out.`;
    const otherName = `Mr. Bennet read in the library. Mrs. Bennet talked of the ball. Elizabeth Bennet was engaged to Mr. Darcy. Elizabeth walked out.`;
    const twoSisters = `Mr. Bennet read in the library. Mrs. Bennet talked of the ball. Elizabeth Bennet was engaged to Mr. Bennet. Jane Bennet was engaged to Mr. Bennet too. Elizabeth and Jane walked out.`;
    for (const text of [daughter, otherName]) {
      const result = extract([source(text)]);
      expect(one(result, 'Mrs. Bennet')).not.toBe(one(result, 'Elizabeth Bennet'));
    }
    const sisters = extract([source(twoSisters)]);
    expect(one(sisters, 'Mrs. Bennet')).not.toBe(one(sisters, 'Elizabeth Bennet'));
    expect(one(sisters, 'Mrs. Bennet')).not.toBe(one(sisters, 'Jane Bennet'));
  });

  it('reads no engagement past a possessive or a second clause', () => {
    const text = `Mr. Verloc kept a shop in Soho. Winnie's aunt was engaged to Mr. Verloc. Sometimes it was Mrs. Verloc who came at the call of the bell. Winnie Verloc was a young woman. Winnie looked after the lodgers.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mrs. Verloc')).not.toBe(one(result, 'Winnie'));
  });
});
