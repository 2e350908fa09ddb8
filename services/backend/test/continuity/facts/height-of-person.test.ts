import { describe, expect, it } from 'vitest';
import { entityValuesAfterFiller } from './helpers.js';

const thomas = expect.stringMatching(/thomas/);

/** The heights and builds read in the passage after the filler, as [entity, kind value]. */
const figures = (passage: string) => [
  ...entityValuesAfterFiller(passage, 'height').map(([e, v]) => [e, `height ${v}`]),
  ...entityValuesAfterFiller(passage, 'build').map(([e, v]) => [e, `build ${v}`]),
];

describe('a height a person noun is "of", and a height after an aside (facts/looks.ts stature)', () => {
  it('reads "a man of six feet" after a name\'s "was" or comma, or a pronoun\'s verb', () => {
    expect(figures('Thomas Hale was a man of six feet.')).toEqual([[thomas, 'height tall']]);
    expect(figures('Thomas Hale, a man of five feet two, came in.')).toEqual([[thomas, 'height short']]);
    expect(figures('Thomas Hale came in. "Here!" he cried, a man of barely five feet, and sat.')).toEqual([
      [thomas, 'height short'],
    ]);
  });

  it('reads a height after an aside between the verb and the height', () => {
    expect(figures('Thomas Hale came in. He was, I saw, not above five feet in height.')).toEqual([
      [thomas, 'height short'],
    ]);
  });

  it('reads no height of a distance', () => {
    for (const passage of [
      'Thomas Hale was a man of six feet from the door.',
      'Thomas Hale came in. He was, as usual, six feet from the door.',
    ])
      expect(figures(passage), passage).toEqual([]);
  });
});
