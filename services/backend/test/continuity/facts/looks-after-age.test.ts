import { describe, expect, it } from 'vitest';
import { entityValuesAfterFiller } from './helpers.js';

const thomas = expect.stringMatching(/thomas/);

/** The heights and builds read in the passage after the filler, as [entity, kind value]. */
const figures = (passage: string) => [
  ...entityValuesAfterFiller(passage, 'height').map(([e, v]) => [e, `height ${v}`]),
  ...entityValuesAfterFiller(passage, 'build').map(([e, v]) => [e, `build ${v}`]),
];

describe("a list of looks after a person noun's age (facts/looks.ts LOOKS_AFTER_AGE)", () => {
  it('reads the height and build words of the list, leaving the others', () => {
    expect(
      figures(
        'Thomas Hale came in. He was a man of about fifty, tall, portly, and imposing, with a massive face.',
      ),
    ).toEqual([
      [thomas, 'height tall'],
      [thomas, 'build stout'],
    ]);
    expect(figures('Thomas Hale, a man of sixty years of age, very short and thin, came in.')).toEqual([
      [thomas, 'height short'],
      [thomas, 'build thin'],
    ]);
    expect(figures('Thomas Hale was a man of forty, strongly built.')).toEqual([[thomas, 'build stout']]);
  });

  it('reads no looks from words of manner or mood, a word with more after it, or a clause', () => {
    for (const passage of [
      'Thomas Hale was a man of about fifty, cheerful, talkative, and kind.',
      'Thomas Hale was a man of fifty, little given to talk.',
      'Thomas Hale was a man of fifty, short of breath.',
      'Thomas Hale was a man of fifty, tall in his youth.',
      'Thomas Hale was a man of fifty, and tall men feared him.',
      'Thomas Hale was a man of fifty, little and grave.',
    ]) {
      expect(figures(passage), passage).toEqual([]);
    }
  });
});
