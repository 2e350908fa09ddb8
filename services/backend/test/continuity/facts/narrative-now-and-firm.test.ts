import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/continuity/index.js';
import { factsAfterFiller } from './helpers.js';

/** The facts of `kind` read in `passage` after the people filler, as [entity, value, change]. */
function read(passage: string, kind: Fact['kind']): Array<[string | null, string, boolean]> {
  return factsAfterFiller(passage)
    .filter((f) => f.kind === kind)
    .map((f) => [f.entityKey, f.value, f.change]);
}

const thomas = expect.stringMatching(/thomas/);
const mary = expect.stringMatching(/mary/);

describe('a narrative "now" before an act', () => {
  it('reads no change in a look of a sentence opened by "But now" or "And now" and an act', () => {
    const rose =
      'But now Thomas Hale sprang from his chair, and stood, all six feet three of him, in the doorway.';
    expect(read(rose, 'height')).toEqual([[thomas, 'tall', false]]);
    const turned =
      'And now Thomas Hale turned from the fire, and stood, all six feet three of him, by the door.';
    expect(read(turned, 'height')).toEqual([[thomas, 'tall', false]]);
  });

  it('still reads a change where "now" is the time of the state (guards)', () => {
    expect(read('Now Thomas Hale was a stout man, and he kept the inn himself.', 'build')).toEqual([
      [thomas, 'stout', true],
    ]);
    expect(read('Thomas Hale was now stout, and he kept the inn himself.', 'build')).toEqual([
      [thomas, 'stout', true],
    ]);
    expect(read('Mary Benson, now grey-haired, sat by the fire.', 'hair')).toEqual([[mary, 'grey', true]]);
  });
});

describe("a firm's trade", () => {
  it('gives the trade of the firm a name belongs to or is a partner in', () => {
    expect(
      read('"I am Thomas Hale, of the banking firm of Hale & Crane," said the visitor.', 'occupation'),
    ).toEqual([[thomas, 'banker', false]]);
    expect(
      read('Thomas Hale, a partner in the law firm of Hale & Grey, lived in Esham.', 'occupation'),
    ).toEqual([[thomas, 'lawyer', false]]);
    expect(read('Thomas Hale was the senior partner in a banking house in the City.', 'occupation')).toEqual([
      [thomas, 'banker', false],
    ]);
  });

  it('gives no trade to a client or a visitor of a firm (guards)', () => {
    expect(
      read('Thomas Hale, a client of the banking firm of Grey & Lacey, waited in the hall.', 'occupation'),
    ).toEqual([]);
    expect(read('Thomas Hale called at the law firm of Grey & Benson on Monday.', 'occupation')).toEqual([]);
  });
});
