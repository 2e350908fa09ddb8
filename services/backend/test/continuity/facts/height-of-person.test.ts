import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text.js';
import { chapters } from '../legitimate-changes.js';
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

describe('a middle height and a build a person noun is "of" (facts/looks.ts STATURE_OF)', () => {
  const mary = expect.stringMatching(/mary/);

  it('reads "a man of middle height", "a woman of slender figure", "an old man, of heavy build"', () => {
    expect(figures('Thomas Hale was a man of middle height, with a short beard.')).toEqual([
      [thomas, 'height middle'],
    ]);
    expect(figures('Thomas Hale was of medium height.')).toEqual([[thomas, 'height middle']]);
    expect(figures('Mary Benson, a woman of slender figure, came in.')).toEqual([[mary, 'build thin']]);
    expect(figures('Thomas Hale was an old man, of heavy build, with a fair face.')).toEqual([
      [thomas, 'build stout'],
    ]);
  });

  it('reads no figure from an "of" phrase of another noun or of a word that is no figure', () => {
    for (const passage of [
      'Thomas Hale was a man of small means.',
      'Thomas Hale was a man of the people, of all things.',
      'Thomas Hale was a man of quiet manners and kind heart.',
      'Mary Benson was a woman of middle age.',
      'Thomas Hale stood in the middle of the room.',
    ])
      expect(figures(passage), passage).toEqual([]);
  });

  it('weighs a middle height against a tall one', () => {
    expect(
      checkText(
        chapters(
          'Thomas Hale was a man of middle height, with a short brown beard.',
          'Thomas Hale, a very tall man, had to stoop under the lintel.',
        ),
      ).map((i) => i.summary),
    ).toEqual(['Thomas Hale is of middle height in Chapter 1 but tall in Chapter 2.']);
  });
});
