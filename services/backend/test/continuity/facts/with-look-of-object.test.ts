import { describe, expect, it } from 'vitest';
import { entityValuesAfterFiller } from './helpers.js';

const thomas = expect.stringMatching(/thomas/);
const mary = expect.stringMatching(/mary/);

describe('a "with" after an unnamed person who is not the subject of the clause', () => {
  it('after "the sight of" (Moby-Dick\'s shape)', () => {
    expect(
      entityValuesAfterFiller(
        'Thomas Hale was roused from his thoughts by the sight of a freckled girl with red hair and a green shawl, waiting at the gate.',
        'hair',
      ),
    ).toEqual([]);
  });

  it('as the object of a preposition', () => {
    expect(
      entityValuesAfterFiller('Mary Benson spoke to an old sailor with grey eyes on the quay.', 'eyes'),
    ).toEqual([]);
  });

  it('as the object of a verb', () => {
    expect(
      entityValuesAfterFiller('Thomas Hale met a tall man with a black beard in the lane.', 'hair'),
    ).toEqual([]);
  });

  it('keeps the look for a named subject in apposition, a linking verb or a "with" of its own (guard)', () => {
    expect(entityValuesAfterFiller('Thomas Hale, a lean man with blue eyes, came in.', 'eyes')).toEqual([
      [thomas, 'blue'],
    ]);
    expect(entityValuesAfterFiller('Mary, with her red hair, stood at the door.', 'hair')).toEqual([
      [mary, 'red'],
    ]);
    expect(entityValuesAfterFiller('Thomas Hale was a tall man with a black beard.', 'hair')).toEqual([
      [thomas, 'dark'],
    ]);
    expect(entityValuesAfterFiller('Thomas Hale had been a tall man with a black beard.', 'hair')).toEqual([
      [thomas, 'dark'],
    ]);
    expect(entityValuesAfterFiller('Thomas Hale came back from the war with a black beard.', 'hair')).toEqual(
      [[thomas, 'dark']],
    );
    expect(
      entityValuesAfterFiller('Mary Benson stood by the fire, a little woman with white hair.', 'hair'),
    ).toEqual([[mary, 'grey']]);
  });
});
