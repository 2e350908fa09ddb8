/**
 * The second merge-traps generality check (merge-traps-2.ts), read as the first (merge-traps.test.ts):
 * the floor is the count on arrival, raised as rules read more passages right.
 */
import { describe, expect, it } from 'vitest';
import { misreadTraps } from './merge-traps.js';
import { mergeTraps2 } from './merge-traps-2.js';

const PASSAGES_READ_RIGHT_FLOOR = 20;

describe('merge traps, second set', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${mergeTraps2.length} passages right`, () => {
    const misread = misreadTraps(mergeTraps2);
    console.log(
      `merge traps, second set: ${mergeTraps2.length - misread.length}/${mergeTraps2.length} right\n${misread.join('\n')}`,
    );
    expect(mergeTraps2.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});
