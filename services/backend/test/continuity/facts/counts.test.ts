import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

describe('counts', () => {
  it('reads no count of a group from a part a state picks out ("her four unmarried daughters")', () => {
    const text = `${FILLER}\n\nMary Benson had five daughters. When the eldest came home married, Mary Benson and her four unmarried daughters met her at the door.`;
    expect(factsOf(text, 'count').map(([value, key]) => [value, key])).toEqual([
      ['5', expect.stringMatching(/mary/)],
    ]);
  });

  it("reads a yearly sum a possessive's property or income consists in", () => {
    const text = `${FILLER}\n\nThomas Hale's property consisted almost entirely in an estate of two thousand a year. Mary Benson's income was four hundred a year.`;
    expect(factsOf(text, 'count').map(([value, key, quote]) => [value, key, quote])).toEqual([
      [
        '2000',
        expect.stringMatching(/thomas|hale/),
        "Thomas Hale's property consisted almost entirely in an estate of two thousand a year",
      ],
      ['400', expect.stringMatching(/mary/), "Mary Benson's income was four hundred a year"],
    ]);
  });
});
