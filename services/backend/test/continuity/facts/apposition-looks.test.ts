import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/continuity/index.js';
import { factsAfterFiller } from './helpers.js';

/** The facts of `kind` read in `passage` after the people filler, as [entity, value]. */
function read(passage: string, kind: Fact['kind']): Array<[string | null, string]> {
  return factsAfterFiller(passage)
    .filter((f) => f.kind === kind)
    .map((f) => [f.entityKey, f.value]);
}

const thomas = expect.stringMatching(/thomas/);
const mary = expect.stringMatching(/mary/);

describe('every look of an apposition after a verb and the object it tells of', () => {
  it('gives the subject no hair, beard, eyes or lost limb of the object', () => {
    expect(
      read('Thomas Hale saw the organist in his pew, a tall stooping man with white hair.', 'hair'),
    ).toEqual([]);
    expect(read('Mary Benson watched the stranger at the gate, a lean man with blue eyes.', 'eyes')).toEqual(
      [],
    );
    expect(read('Thomas Hale saw the organist in his pew, a fair-haired man.', 'hair')).toEqual([]);
    expect(read('Thomas Hale saw the organist in his pew, a one-armed man.', 'loss')).toEqual([]);
    expect(read('Thomas Hale saw the organist in his pew, a tall man with a red beard.', 'hair')).toEqual([]);
  });

  it('gives the subject the looks of an apposition after a place, a thing or a linking verb (guard)', () => {
    expect(read('Mary Benson stood by the fire, a little woman with white hair.', 'hair')).toEqual([
      [mary, 'grey'],
    ]);
    expect(read('Thomas Hale crossed the yard, a lean man with blue eyes.', 'eyes')).toEqual([
      [thomas, 'blue'],
    ]);
    expect(read('Thomas Hale crossed the yard, a one-armed man.', 'loss')).toEqual([[thomas, 'one']]);
    expect(read('Thomas Hale was a sailor, a tall man with red hair.', 'hair')).toEqual([[thomas, 'red']]);
  });
});
