import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

/** Places named often enough to be places of the story bible. */
const PLACES = ['Ashby', 'Kerrow', 'Denholm']
  .map((place) => `The carrier went to ${place} on Monday, and the road to ${place} was bad.`)
  .join('\n\n');

const distances = (sentence: string) =>
  factsOf(`${PLACES}\n\n${sentence}`, 'count')
    .filter(([, , quote]) => /miles?\b/.test(quote))
    .map(([value, , quote]) => [value, quote]);

describe('distances', () => {
  it('reads the miles between two named places, said either way round', () => {
    expect(distances('Ashby lay five miles from Kerrow, across the open moor.')).toEqual([
      ['5', 'Ashby lay five miles from Kerrow'],
    ]);
    expect(distances('It was twelve miles from Denholm to Ashby by the coach road.')).toEqual([
      ['12', 'twelve miles from Denholm to Ashby'],
    ]);
    expect(distances('The carter drove the four miles between Kerrow and Denholm.')).toEqual([
      ['4', 'four miles between Kerrow and Denholm'],
    ]);
  });

  it('reads no distance for an estimate, part of a way, or a single place', () => {
    expect(distances('Ashby lay about five miles from Kerrow.')).toEqual([]);
    expect(distances('The carter drove about four miles from Kerrow to Denholm.')).toEqual([]);
    expect(distances('The carter drove three miles from Ashby towards Kerrow.')).toEqual([]);
    expect(distances('Ashby lay five miles from the sea.')).toEqual([]);
  });
});
