import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text.js';
import { chapters } from '../legitimate-changes.js';
import { FILLER, factsOf } from './helpers.js';

const familyCounts = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'count')
    .map(([value, entity, quote]) => ({ value, entity, quote }))
    .filter((f) => f.entity === null)
    .map((f) => `${f.value} ${f.quote}`);

describe('a couple\'s children as the family\'s ("Thomas Hale and his wife had three children", facts/families.ts)', () => {
  it("reads a couple's children under the family's name", () => {
    expect(familyCounts('Thomas Hale and his wife had three children.')).toEqual([
      '3 Thomas Hale and his wife had three children',
    ]);
    expect(familyCounts('Mary Benson and her husband, John, have two sons.')).toEqual([
      '2 Mary Benson and her husband, John, have two sons',
    ]);
    expect(familyCounts('Mr. and Mrs. Hale had four daughters.')).toEqual([
      '4 Mr. and Mrs. Hale had four daughters',
    ]);
  });

  it("weighs the couple's count against the family's", () => {
    const text = chapters(
      'Thomas Hale and his wife had three children, and the cottage was too small for them.',
      "The Hales' four children ran down to the river.",
    );
    expect(checkText(text).some((i) => i.evidence.some((e) => e.quote.includes('three children')))).toBe(
      true,
    );
  });

  it("reads no family count of a branch of the family, another's couple, or a birth between", () => {
    // a son's household is a branch of the family
    expect(familyCounts("Thomas Hale's son John Hale and his wife had two children.")).toEqual([]);
    // a couple not the subject's
    expect(familyCounts('Thomas Hale met the miller and his wife, who had six children.')).toEqual([]);
    const born = chapters(
      'Thomas Hale and his wife had three children.',
      'In the spring a fourth child was born to the Hales.',
      "The Hales' four children ran down to the river.",
    );
    expect(checkText(born).map((i) => i.summary)).toEqual([]);
  });
});
