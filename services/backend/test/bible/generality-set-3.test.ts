/** The third generality set's figures (generality-set-3.ts), held as floors and ceilings. */

import { describe, it } from 'vitest';
import { expectWithin, generalityReport } from './generality-set.js';
import { thirdGeneralityManuscripts } from './generality-set-3.js';

describe('the third generality set of described and role-named characters (generality-set-3.ts)', () => {
  // On arrival (before any rule): short texts 22/24 found, 0 splits, 0 merges, 1 false person (the
  // ship "the Sea Lark"); whole books 18/24, 0 splits, 0 merges, 0 false people. Whole books 19/24
  // once a name that speaks once and is "he" at another mention was read as someone (the Hermit).
  // Short texts 23/24 once "the widow" was a description of a person by her state.
  it.each([
    ['short texts', {}, { found: 23, splits: 0, merges: 0, falsePeople: 1 }],
    ['whole books', { longText: 10 }, { found: 19, splits: 0, merges: 0, falsePeople: 0 }],
  ])('reads the set as %s at least as well as on arrival', (reading, options, bounds) => {
    const { figures, report } = generalityReport(
      'third generality set',
      thirdGeneralityManuscripts,
      reading,
      options,
    );
    console.log(report);
    expectWithin(figures, bounds);
  });
});
