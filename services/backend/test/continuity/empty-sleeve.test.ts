import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { chapters } from './legitimate-changes.js';

const summaries = (...bodies: string[]): string[] => checkText(chapters(...bodies)).map((i) => i.summary);

describe('an empty sleeve as an arm lost, and arms flung or wrapped as a use (facts/limb-loss.ts)', () => {
  it('reads an empty sleeve as the loss of its arm, of its side or of one side unsaid', () => {
    expect(
      summaries(
        "Thomas Hale's empty left sleeve was pinned across his chest.",
        'Thomas Hale flung both arms around his mother.',
      ),
    ).toEqual(['Thomas Hale loses the left arm in Chapter 1 but uses both arms in Chapter 2.']);
    expect(
      summaries(
        "Edward Crane's right sleeve hung empty at his side.",
        'Edward Crane wrapped his right arm about the child.',
      ),
    ).toEqual(['Edward Crane loses the right arm in Chapter 1 but uses the right arm in Chapter 2.']);
    expect(
      summaries(
        'Thomas Hale tucked his empty sleeve into his pocket.',
        'Thomas Hale raised both arms and cheered.',
      ),
    ).toEqual(['Thomas Hale loses an arm in Chapter 1 but uses both arms in Chapter 2.']);
  });

  it("reads no loss from a sleeve that is not a person's own and empty, and lets the other arm be used", () => {
    // a coat on a peg, a sleeve rolled up, the other arm
    expect(
      summaries(
        'An empty sleeve of the old coat hung from the peg.',
        'Thomas Hale raised both arms and cheered.',
      ),
    ).toEqual([]);
    expect(
      summaries('Thomas Hale rolled up his left sleeve.', 'Thomas Hale flung both arms around his mother.'),
    ).toEqual([]);
    expect(
      summaries(
        "Thomas Hale's empty left sleeve was pinned across his chest.",
        'Thomas Hale wrapped his right arm about the child.',
      ),
    ).toEqual([]);
  });
});
