/**
 * The second set of first-person ties (first-person-ties-2.ts), read as the first set is: the floor
 * is the count on arrival, raised as rules read more passages right.
 */
import { describe, expect, it } from 'vitest';
import { readRight, tiesBetween } from './first-person-reading.js';
import { firstPersonTies2 } from './first-person-ties-2.js';

const PASSAGES_READ_RIGHT_FLOOR = 9;

describe('first-person ties, second set', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${firstPersonTies2.length} passages right`, () => {
    const misread = firstPersonTies2.filter((p) => !readRight(p));
    console.log(
      `first-person ties, second set: ${firstPersonTies2.length - misread.length}/${firstPersonTies2.length} right\n${misread
        .map(
          (p) => `${p.between.join(' / ')} (${p.type ?? 'none'}): ${tiesBetween(p).join(', ') || 'no tie'}`,
        )
        .join('\n')}`,
    );
    expect(firstPersonTies2.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});
