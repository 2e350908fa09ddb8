import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

const heights = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'height').map(([value, key]) => [value, key]);

describe('the owners a sentence reads facts with', () => {
  it('gives a subject pronoun no fact when its own clause names its character after it: "he cried, ..., grasping Thomas Hale"', () => {
    expect(
      heights(
        'Thomas Hale sat by the fire. "You have it!" he cried, a small, spare man of barely five feet four, grasping Thomas Hale by the hand.',
      ),
    ).toEqual([]);
    // the name in another clause, or before the pronoun: the pronoun may be its own
    expect(
      heights(
        'Thomas Hale sat by the fire. "You have it!" he cried, a small, spare man of barely five feet four; Mary Benson looked at Thomas Hale.',
      ),
    ).toEqual([['short', expect.stringMatching(/thomas|hale/)]]);
    expect(
      heights(
        'When he rose, Thomas Hale, a small, spare man of barely five feet four, bowed to Mary Benson.',
      ),
    ).toEqual([['short', expect.stringMatching(/thomas|hale/)]]);
  });
});
