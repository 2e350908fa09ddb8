import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { chapters } from './legitimate-changes.js';
import { more } from './relation-changes.js';

/** The relation issues of a manuscript of the given chapters. */
const relationIssues = (...bodies: string[]): string[] =>
  checkText(chapters(...bodies))
    .filter((i) => i.kind === 'relation')
    .map((i) => i.summary);

describe('a kin said after "whose" to be a person known by a rank', () => {
  it('finds "whose uncle is the Bishop" against the Bishop a father', () => {
    expect(
      relationIssues(
        `${more('Walter Crane')} Walter Crane, whose uncle is the Bishop, was given the living.`,
        "The Bishop, Walter Crane's father, preached at his induction.",
      ),
    ).toEqual([
      "the Bishop is Walter Crane's uncle or aunt in Chapter 1 but Walter Crane's parent in Chapter 2.",
    ]);
  });

  it('finds a lower-case rank with "of" after it', () => {
    expect(
      relationIssues(
        `${more('Tom Hale')} Tom Hale, whose grandfather was the king of the island, never spoke of it.`,
        "The King, Tom Hale's father, had sent him to sea.",
      ),
    ).toHaveLength(1);
  });

  it("leaves the King's steward, a priest and a rank before a name alone", () => {
    expect(
      relationIssues(
        `${more('Henry Grey')} Henry Grey, whose father was the King's steward, grew up at court.`,
        "The King, Henry Grey's uncle, gave him a horse.",
      ),
    ).toEqual([]);
    expect(
      relationIssues(
        `${more('Tom Hale')} Tom Hale, whose father was a priest, could read at four. Tom Hale, whose uncle was the king, laughed.`,
        "The Priest, Tom Hale's uncle, taught him Latin. The King, Tom Hale's father, sent him away.",
      ),
    ).toEqual([]);
    expect(
      relationIssues(
        `${more('Anna Grey')} Anna Grey, whose brother was the Duke Ferdinand, wrote often.`,
        "The Duke, Anna Grey's father, read her letters.",
      ),
    ).toEqual([]);
  });
});
