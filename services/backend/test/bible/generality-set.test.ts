/** The generality set's figures (generality-set.ts): what is found, split and merged, held as floors. */
import { describe, expect, it } from 'vitest';
import { type GeneralityFigures, generalityFigures, generalityManuscripts } from './generality-set.js';

/** Ceilings and a floor a reading of the set must keep. */
interface Bounds {
  readonly found: number;
  readonly splits: number;
  readonly merges: number;
  readonly falsePeople: number;
}

function report(reading: string, figures: GeneralityFigures): void {
  console.log(
    `generality set, ${reading}: ${figures.found}/${figures.people} found, ${figures.splits} splits, ${figures.merges} merges, ${figures.falsePeople} false people\n${figures.misses.join('\n')}`,
  );
}

function expectWithin(figures: GeneralityFigures, bounds: Bounds): void {
  expect(figures.found).toBeGreaterThanOrEqual(bounds.found);
  expect(figures.splits).toBeLessThanOrEqual(bounds.splits);
  expect(figures.merges).toBeLessThanOrEqual(bounds.merges);
  expect(figures.falsePeople).toBeLessThanOrEqual(bounds.falsePeople);
}

describe('the generality set of role-named characters and many-named people (generality-set.ts)', () => {
  // On arrival (before any rule of the thirty-eighth session): 43/47 found, 1 split, 0 merges, 1 false
  // person; 44/47 after (the Heron, who speaks once and acts once), 0 splits (the Governor who the
  // narration says is Sir Hector Lyle).
  it('reads the set as short texts at least as well as on arrival', () => {
    const figures = generalityFigures(generalityManuscripts);
    report('short texts', figures);
    expectWithin(figures, { found: 44, splits: 0, merges: 0, falsePeople: 1 });
  });

  // On arrival: 41/47 found, 1 split, 0 merges, 1 false person; 43/47 after (the Grey Hare and the
  // Heron, who speak once and act as creatures), 0 splits (the Governor).
  it('reads the set as whole books at least as well as on arrival', () => {
    const figures = generalityFigures(generalityManuscripts, { longText: 10 });
    report('whole books', figures);
    expectWithin(figures, { found: 43, splits: 0, merges: 0, falsePeople: 1 });
  });
});
