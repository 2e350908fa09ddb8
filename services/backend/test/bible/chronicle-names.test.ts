/**
 * The Vellacott Chronicles' naming patterns (chronicle-names.ts), read as the merge traps are
 * (merge-traps.test.ts): the floor is the count on arrival, raised as rules read more passages right.
 */
import { describe, expect, it } from 'vitest';
import { chronicleNames } from './chronicle-names.js';
import { misreadTraps } from './merge-traps.js';

const PASSAGES_READ_RIGHT_FLOOR = 0;

describe("The Vellacott Chronicles' naming patterns", () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${chronicleNames.length} passages right`, () => {
    const misread = misreadTraps(chronicleNames);
    console.log(
      `chronicle names: ${chronicleNames.length - misread.length}/${chronicleNames.length} right\n${misread.join('\n')}`,
    );
    expect(chronicleNames.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});
