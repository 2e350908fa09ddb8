/** The second generality set's figures (generality-set-2.ts), held as floors. */
import { describe, it } from 'vitest';
import { expectWithin, generalityReport } from './generality-set.js';
import { secondGeneralityManuscripts } from './generality-set-2.js';

describe('the second generality set of role-named characters (generality-set-2.ts)', () => {
  // On arrival (before any rule): short texts 10/12 found, whole books 8/12; 0 splits, 0 merges and 0
  // false people in both. (7/12 and 6/12 when "the Old Badger" did not hold "Old Badger".) Whole books
  // 9/12 after "said the Old Badger" was read as a speech, 10/12 after a name ending in a noun of a
  // person that speaks was read as someone (the White Knight).
  it.each([
    ['short texts', {}, 10],
    ['whole books', { longText: 10 }, 10],
  ])('reads the set as %s at least as well as on arrival', (reading, options, found) => {
    const { figures, report } = generalityReport(
      'second generality set',
      secondGeneralityManuscripts,
      reading,
      options,
    );
    console.log(report);
    expectWithin(figures, { found, splits: 0, merges: 0, falsePeople: 0 });
  });
});
