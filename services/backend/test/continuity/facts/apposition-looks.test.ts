import { describe, expect, it } from 'vitest';
import { entityValuesAfterFiller } from './helpers.js';

const thomas = expect.stringMatching(/thomas/);
const mary = expect.stringMatching(/mary/);

describe('every look of an apposition after a verb and the object it tells of', () => {
  it('gives the subject no hair, beard, eyes or lost limb of the object', () => {
    expect(
      entityValuesAfterFiller(
        'Thomas Hale saw the organist in his pew, a tall stooping man with white hair.',
        'hair',
      ),
    ).toEqual([]);
    expect(
      entityValuesAfterFiller(
        'Mary Benson watched the stranger at the gate, a lean man with blue eyes.',
        'eyes',
      ),
    ).toEqual([]);
    expect(
      entityValuesAfterFiller('Thomas Hale saw the organist in his pew, a fair-haired man.', 'hair'),
    ).toEqual([]);
    expect(
      entityValuesAfterFiller('Thomas Hale saw the organist in his pew, a one-armed man.', 'loss'),
    ).toEqual([]);
    expect(
      entityValuesAfterFiller(
        'Thomas Hale saw the organist in his pew, a tall man with a red beard.',
        'hair',
      ),
    ).toEqual([]);
  });

  it('gives the subject the looks of an apposition after a place, a thing or a linking verb (guard)', () => {
    expect(
      entityValuesAfterFiller('Mary Benson stood by the fire, a little woman with white hair.', 'hair'),
    ).toEqual([[mary, 'grey']]);
    expect(
      entityValuesAfterFiller('Thomas Hale crossed the yard, a lean man with blue eyes.', 'eyes'),
    ).toEqual([[thomas, 'blue']]);
    expect(entityValuesAfterFiller('Thomas Hale crossed the yard, a one-armed man.', 'loss')).toEqual([
      [thomas, 'one'],
    ]);
    expect(entityValuesAfterFiller('Thomas Hale was a sailor, a tall man with red hair.', 'hair')).toEqual([
      [thomas, 'red'],
    ]);
  });
});
