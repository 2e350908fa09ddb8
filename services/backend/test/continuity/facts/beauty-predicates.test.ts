import { describe, expect, it } from 'vitest';
import { entityValuesAfterFiller } from './helpers.js';

const thomas = expect.stringMatching(/thomas/);
const mary = expect.stringMatching(/mary/);
const ann = expect.stringMatching(/ann/);

describe('beauty said as a predicate, a superlative or "the plain one" (facts/looks.ts beauty)', () => {
  it('reads a beauty word as the predicate of a subject, its clause ending there', () => {
    expect(entityValuesAfterFiller('Mary Benson was VERY ugly; and she knew it.', 'beauty')).toEqual([
      [mary, 'plain'],
    ]);
    expect(entityValuesAfterFiller('Ann Lacey was plain, with a sallow complexion.', 'beauty')).toEqual([
      [ann, 'plain'],
    ]);
    expect(
      entityValuesAfterFiller('Thomas Hale came in. He was handsome, and he knew it.', 'beauty'),
    ).toEqual([[thomas, 'beautiful']]);
  });

  it('reads no beauty of a word that goes on, is denied, or is said of a thing', () => {
    for (const passage of [
      'Mary Benson was plain with me about the rent.',
      'Ann Lacey was pretty well by the evening.',
      'Thomas Hale was not ugly.',
      'Mary Benson thought the hat was pretty.',
    ])
      expect(entityValuesAfterFiller(passage, 'beauty'), passage).toEqual([]);
  });

  it('reads a superlative of beauty in an apposition or a predicate', () => {
    expect(
      entityValuesAfterFiller('Mary Benson, much the handsomest of the five sisters, came in.', 'beauty'),
    ).toEqual([[mary, 'beautiful']]);
    expect(entityValuesAfterFiller('Ann Lacey was the prettiest girl in the town.', 'beauty')).toEqual([
      [ann, 'beautiful'],
    ]);
    // A superlative of another word is no beauty.
    expect(entityValuesAfterFiller('Ann Lacey was the tallest of them all.', 'beauty')).toEqual([]);
  });

  it('reads a beauty word before "one" of a group, and before a person noun past a hyphened word', () => {
    expect(
      entityValuesAfterFiller(
        'Mary Benson, who, in consequence of being the only plain one in the family, worked hard, was vain.',
        'beauty',
      ),
    ).toEqual([[mary, 'plain']]);
    expect(
      entityValuesAfterFiller('Mary Benson, a handsome, fine-featured woman, took no notice.', 'beauty'),
    ).toEqual([[mary, 'beautiful']]);
    // "one" of no group ("the plain one") is a thing as often as a person.
    expect(entityValuesAfterFiller('Mary Benson chose the plain one.', 'beauty')).toEqual([]);
  });
});
