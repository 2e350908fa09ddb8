/**
 * A person said to be unmarried in a concessive clause before the name ("Wifeless as he was, ...,
 * Thomas Hale"), and against a spouse held with no name ("he has a wife"). Each test fails on the
 * code before its rule; each guard shows where the rule must not fire.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { factsAfterFiller } from './facts/helpers.js';
import { chapters } from './legitimate-changes.js';

/** The relation issues of a manuscript of the given chapters. */
const relationIssues = (...bodies: string[]): string[] =>
  checkText(chapters(...bodies))
    .filter((i) => i.kind === 'relation')
    .map((i) => i.summary);

/** The "single" statuses read in a passage after the people filler: detail and quote. */
const single = (passage: string): Array<[string | null, string]> =>
  factsAfterFiller(passage)
    .filter((f) => f.kind === 'status' && f.value === 'single')
    .map((f) => [f.detail, f.quote]);

describe('unmarried in a concessive clause before the name', () => {
  it('reads "Wifeless and childless as he was, ..., Thomas Hale" on the name', () => {
    expect(
      single(
        'Wifeless and childless as he was, with no one at home to nurse him, Thomas Hale mended his own coat.',
      ),
    ).toEqual([
      ['wifeless', 'Wifeless and childless as he was, with no one at home to nurse him, Thomas Hale'],
    ]);
  });

  it('leaves a clause with no name after it, a possessive name, and other adjectives alone', () => {
    expect(single('Wifeless as he was, he mended his own coat by the fire.')).toEqual([]);
    expect(single("Unmarried as she was, Mary Benson's mother kept the house for her.")).toEqual([]);
    expect(single('Tired as he was, Thomas Hale mended his own coat by the fire.')).toEqual([]);
  });
});

describe('unmarried now, against a spouse held with no name', () => {
  it('finds "he has a wife" and then "Wifeless as he was, Thomas Hale", his death told after', () => {
    expect(
      relationIssues(
        'Thomas Hale came to the mill. Everyone knew he has a wife in the town.',
        'Wifeless as he was, with no one to nurse him, Thomas Hale mended his own coat.',
        'Thomas Hale died in the winter.',
      ),
    ).toEqual(['Thomas Hale is unmarried in Chapter 2 but has a wife in Chapter 1.']);
  });

  it('leaves a wife held after the status, a marriage that ended, and a death told before', () => {
    expect(
      relationIssues(
        'Thomas Hale was unmarried, and lived alone above the forge.',
        'Thomas Hale came to the mill. Everyone knew he has a wife in the town.',
      ),
    ).toEqual([]);
    expect(
      relationIssues(
        'Thomas Hale came to the mill. Everyone knew he had a late wife in the churchyard.',
        'Thomas Hale was unmarried, and lived alone above the forge.',
      ),
    ).toEqual([]);
    expect(
      relationIssues(
        'Thomas Hale came to the mill. Everyone knew he has a wife in the town. Thomas Hale died in the winter.',
        'Thomas Hale was unmarried, and lived alone above the forge.',
      ),
    ).toEqual([]);
  });
});
