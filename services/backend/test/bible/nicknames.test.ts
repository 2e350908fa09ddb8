/**
 * The nicknames the text tells (nicknames.ts), read as the merge traps are (merge-traps.test.ts): the
 * floor is the count on arrival, raised as rules read more passages right; and the rules written
 * from its passages, each with a guard of what it leaves.
 */
import { describe, expect, it } from 'vitest';
import { misreadTraps } from './merge-traps.js';
import { nicknames } from './nicknames.js';

const PASSAGES_READ_RIGHT_FLOOR = 10;

describe('nicknames the text tells', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${nicknames.length} passages right`, () => {
    const misread = misreadTraps(nicknames);
    console.log(
      `nicknames: ${nicknames.length - misread.length}/${nicknames.length} right\n${misread.join('\n')}`,
    );
    expect(nicknames.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});
