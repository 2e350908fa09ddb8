/** The second generality set's figures (generality-set-2.ts), held as floors. */
import { describe, expect, it } from 'vitest';
import { generalityReport } from './generality-set.js';
import { secondGeneralityManuscripts } from './generality-set-2.js';

describe('the second generality set of role-named characters (generality-set-2.ts)', () => {
  // On arrival (before any rule): short texts 10/12 found, whole books 8/12; 0 splits, 0 merges and 0
  // false people in both. (7/12 and 6/12 when "the Old Badger" did not hold "Old Badger".) Whole books
  // 9/12 after "said the Old Badger" was read as a speech.
  it.each([
    ['short texts', {}, 10],
    ['whole books', { longText: 10 }, 9],
  ])('reads the set as %s at least as well as on arrival', (reading, options, found) => {
    const { figures, report } = generalityReport(
      'second generality set',
      secondGeneralityManuscripts,
      reading,
      options,
    );
    console.log(report);
    expect(figures.found).toBeGreaterThanOrEqual(found);
    expect(figures.splits).toBe(0);
    expect(figures.merges).toBe(0);
    expect(figures.falsePeople).toBe(0);
  });
});
