import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

const ages = (sentence: string) => factsOf(`${FILLER}\n\n${sentence}`, 'age').map(([value]) => value);

describe('an age in a sentence set at an earlier time (lexicon.ts PAST_FRAME)', () => {
  it('reads no age from a sentence that opens at an earlier time', () => {
    for (const sentence of [
      'In those days Thomas Hale, not yet forty, had run the whole way to the church.',
      'At that time Mary Benson was a girl of sixteen.',
      'Years before, Thomas Hale had been a young man of twenty.',
      'Long ago Mary Benson, then a woman of thirty, had kept the inn.',
      'Back then Thomas Hale was twenty-five years old.',
    ])
      expect(ages(sentence), sentence).toEqual([]);
  });

  it('still reads the age of a sentence told in the present of the story', () => {
    expect(ages('That same summer Thomas Hale, not yet forty, ran to the church.')).toEqual(['40']);
    // the frame only where it opens the sentence
    expect(ages('Thomas Hale was a man of sixty, and in those days the roads were bad.')).toEqual(['60']);
    expect(ages('Many years later Mary Benson was a woman of thirty.')).toEqual(['30']);
  });
});
