/** The fourth generality set's figures (generality-set-4.ts), held as floors and ceilings. */
import { describe, it } from 'vitest';
import { expectWithin, generalityReport } from './generality-set.js';
import { fourthGeneralityManuscripts } from './generality-set-4.js';

describe('the fourth generality set of casebook and domestic manuscripts (generality-set-4.ts)', () => {
  // On arrival (before any rule was run on it), read both ways: 37/37 found, 2 splits (Mr. Oswald
  // Tresham and "Mr. Tresham" beside his son Arthur; Mr. Haldane and "Robert", whose wife is "Mrs.
  // Robert Haldane"), 0 merges, 0 false people. 1 split after "Mr. Tresham" was read as the head of
  // the family in a chapter that calls his son "Arthur"; 0 after "Robert" was read as Mr. Haldane.
  it.each([
    ['short texts', {}, 37, 0, 0],
    ['whole books', { longText: 10 }, 37, 0, 0],
  ])('reads the set as %s at least as well as on arrival', (reading, options, found, splits, merges) => {
    const { figures, report } = generalityReport(
      'fourth generality set',
      fourthGeneralityManuscripts,
      reading,
      options,
    );
    console.log(report);
    expectWithin(figures, { found, splits, merges, falsePeople: 0 });
  });
});
