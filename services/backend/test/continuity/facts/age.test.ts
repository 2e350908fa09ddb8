import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

const ages = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'age').map(([value, key, quote]) => [value, key, quote]);

describe('age', () => {
  it('reads an age told by the years a person carries, after a possessive ("whose sixty years")', () => {
    expect(ages('I thought of Thomas Hale, whose sixty years would weigh heavily with a jury.')).toEqual([
      ['60', expect.stringMatching(/thomas|hale/), 'Thomas Hale, whose sixty years'],
    ]);
    expect(
      ages('Mary Benson sat by the fire, and for all her seventy years she sewed without spectacles.'),
    ).toEqual([['70', expect.stringMatching(/mary/), 'her seventy years']]);
    expect(ages('Thomas Hale climbed the hill; his fifty years sat lightly on him.')).toEqual([
      ['50', expect.stringMatching(/thomas|hale/), 'his fifty years'],
    ]);
    // a stretch of a life, not its length
    for (const sentence of [
      'Thomas Hale, whose thirty years at sea had hardened him, said nothing.',
      "Mary Benson's twenty years of marriage had been happy.",
      "Thomas Hale spoke of his forty years' experience.",
      'Thomas Hale came home; his two years in London were over.',
      'Thomas Hale, whose sixty years ago was a wedding, smiled.',
    ])
      expect(ages(sentence)).toEqual([]);
  });

  it('reads an age after the name\'s appositions as the name\'s ("Thomas Hale, the apothecary, now in his seventieth year")', () => {
    expect(
      ages('Thomas Hale, the apothecary, now in his seventieth year, had looked in that morning.'),
    ).toEqual([
      ['69', expect.stringMatching(/thomas|hale/), 'Thomas Hale, the apothecary, now in his seventieth year'],
    ]);
    expect(ages('Mary Benson, our landlady, a woman of forty, kept the keys.')).toEqual([
      ['40', expect.stringMatching(/mary/), 'Mary Benson, our landlady, a woman of forty'],
    ]);
    expect(ages('Thomas Hale, the miller, an old soldier, then in his fiftieth year, came in.')).toEqual([
      [
        '49',
        expect.stringMatching(/thomas|hale/),
        'Thomas Hale, the miller, an old soldier, then in his fiftieth year',
      ],
    ]);
    // a clause, not an apposition, and a duration after one
    for (const sentence of [
      'Thomas Hale, the more he drank, in his fortieth year, grew sullen.',
      'Thomas Hale, the miller, thirty years a widower, came in.',
    ])
      expect(ages(sentence)).toEqual([]);
  });
});
