/** The generality set's figures (generality-set.ts): what is found, split and merged, held as floors. */
import { describe, expect, it } from 'vitest';
import { generalityFigures, generalityManuscripts } from './generality-set.js';

// On arrival (before any rule of the thirty-eighth session): 43/47 found, 1 split, 0 merges, 1 false person.
const FOUND_FLOOR = 43;
const SPLITS_CEILING = 1;
const MERGES_CEILING = 0;
const FALSE_PEOPLE_CEILING = 1;

describe('the generality set of role-named characters and many-named people (generality-set.ts)', () => {
  it('reads the set at least as well as on arrival', () => {
    const figures = generalityFigures(generalityManuscripts);
    console.log(
      `generality set: ${figures.found}/${figures.people} found, ${figures.splits} splits, ${figures.merges} merges, ${figures.falsePeople} false people\n${figures.misses.join('\n')}`,
    );
    expect(figures.found).toBeGreaterThanOrEqual(FOUND_FLOOR);
    expect(figures.splits).toBeLessThanOrEqual(SPLITS_CEILING);
    expect(figures.merges).toBeLessThanOrEqual(MERGES_CEILING);
    expect(figures.falsePeople).toBeLessThanOrEqual(FALSE_PEOPLE_CEILING);
  });
});
