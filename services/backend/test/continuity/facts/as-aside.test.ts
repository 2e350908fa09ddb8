import { describe, expect, it } from 'vitest';
import { entityValuesAfterFiller } from './helpers.js';

describe('an aside of "as" between a name and its relative clause (facts/reader.ts AS_ASIDE)', () => {
  it('gives a birth after ", as I will still call her, who had been born" to the name', () => {
    expect(
      entityValuesAfterFiller(
        'Mary Benson, as I will still call her, who had been born in the spring of 1849, came in.',
        'birth',
      ),
    ).toEqual([[expect.stringMatching(/mary/), '1849']]);
  });

  it('gives it to a nearer name after "as well as", not past it', () => {
    expect(
      entityValuesAfterFiller('Mary Benson, as well as Ann Lacey, who was born in 1849, came in.', 'birth'),
    ).toEqual([[expect.stringMatching(/ann/), '1849']]);
  });
});
