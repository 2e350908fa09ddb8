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

describe('a "with" after an unnamed person who is not the subject of the clause', () => {
  it('after "the sight of" (Moby-Dick\'s shape)', () => {
    expect(
      read(
        'Thomas Hale was roused from his thoughts by the sight of a freckled girl with red hair and a green shawl, waiting at the gate.',
        'hair',
      ),
    ).toEqual([]);
  });

  it('as the object of a preposition', () => {
    expect(read('Mary Benson spoke to an old sailor with grey eyes on the quay.', 'eyes')).toEqual([]);
  });

  it('as the object of a verb', () => {
    expect(read('Thomas Hale met a tall man with a black beard in the lane.', 'hair')).toEqual([]);
  });

  it('keeps the look for a named subject in apposition, a linking verb or a "with" of its own (guard)', () => {
    expect(read('Thomas Hale, a lean man with blue eyes, came in.', 'eyes')).toEqual([[thomas, 'blue']]);
    expect(read('Mary, with her red hair, stood at the door.', 'hair')).toEqual([[mary, 'red']]);
    expect(read('Thomas Hale was a tall man with a black beard.', 'hair')).toEqual([[thomas, 'dark']]);
    expect(read('Thomas Hale had been a tall man with a black beard.', 'hair')).toEqual([[thomas, 'dark']]);
    expect(read('Thomas Hale came back from the war with a black beard.', 'hair')).toEqual([
      [thomas, 'dark'],
    ]);
    expect(read('Mary Benson stood by the fire, a little woman with white hair.', 'hair')).toEqual([
      [mary, 'grey'],
    ]);
  });
});
