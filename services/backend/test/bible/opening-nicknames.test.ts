/**
 * Nicknames set before the name at a sentence's or a speech's opening (opening-nicknames.ts), read as
 * the merge traps are (merge-traps.test.ts): the floor is the count on arrival, raised as rules read
 * more passages right.
 */
import { describe, expect, it } from 'vitest';
import { misreadTraps } from './merge-traps.js';
import { openingNicknames } from './opening-nicknames.js';

const PASSAGES_READ_RIGHT_FLOOR = 2;

describe('nicknames opening a sentence or a speech', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${openingNicknames.length} passages right`, () => {
    const misread = misreadTraps(openingNicknames);
    console.log(
      `opening nicknames: ${openingNicknames.length - misread.length}/${openingNicknames.length} right\n${misread.join('\n')}`,
    );
    expect(openingNicknames.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});
