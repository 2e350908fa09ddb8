import { describe, expect, it } from 'vitest';
import { entityValuesAfterFiller } from './helpers.js';

const mary = expect.stringMatching(/mary/);

describe('an age reached on the last birthday (facts/age.ts AGE_LAST_BIRTHDAY)', () => {
  it('reads "was thirty last birthday" in narration and speech', () => {
    expect(entityValuesAfterFiller('Mary Benson was thirty last birthday.', 'age')).toEqual([[mary, '30']]);
    expect(entityValuesAfterFiller('“I was sixteen at my last birthday,” said Mary Benson.', 'age')).toEqual([
      [mary, '16'],
    ]);
  });

  it('reads no age of a next birthday, nor a number that is no age', () => {
    for (const passage of [
      'Mary Benson will be thirty next birthday.',
      'Mary Benson was given thirty shillings last birthday.',
    ])
      expect(entityValuesAfterFiller(passage, 'age'), passage).toEqual([]);
  });
});
