/**
 * The merge-traps generality check (merge-traps.ts): each passage is read right when every person's
 * names sit in one entry and no two people share an entry. The floor is the count on arrival, raised
 * as rules read more passages right.
 */
import { describe, expect, it } from 'vitest';
import { mergeTraps, misreadTraps } from './merge-traps.js';

const PASSAGES_READ_RIGHT_FLOOR = 24;

describe('merge traps', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${mergeTraps.length} passages right`, () => {
    const misread = misreadTraps(mergeTraps);
    console.log(
      `merge traps: ${mergeTraps.length - misread.length}/${mergeTraps.length} right\n${misread.join('\n')}`,
    );
    expect(mergeTraps.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});
