import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { chapters } from './legitimate-changes.js';

const summaries = (...bodies: string[]): string[] => checkText(chapters(...bodies)).map((i) => i.summary);
const BEYOND = /older than the years between seem to allow/;

describe('ages weighed against the years the story lets pass', () => {
  const young = 'Thomas Hale came to the village. He was a young man, not yet thirty.';

  it('weighs an age the text marks as reached ("now in his seventieth year") against the years between', () => {
    expect(
      summaries(young, 'Thomas Hale, the apothecary, now in his seventieth year, came in to the inn.'),
    ).toEqual([expect.stringMatching(BEYOND)]);
    // ageing within a few unmarked years, or within the years the text says pass, stands
    expect(summaries(young, 'Thomas Hale, the apothecary, now in his thirty-third year, came in.')).toEqual(
      [],
    );
    expect(
      summaries(
        young,
        'Forty years later the inn was sold. Thomas Hale, now in his seventieth year, came in.',
      ),
    ).toEqual([]);
  });

  it('lets any number of years pass where the text lets years pass without saying how many', () => {
    for (const passing of ['Years passed, and the inn was sold.', 'Many years later the inn was sold.'])
      for (const old of [
        'Thomas Hale, now in his seventieth year, came in.',
        'Thomas Hale was a bent old man of seventy.',
      ])
        expect(summaries(young, `${passing} ${old}`)).toEqual([]);
    // one year passing is one year
    expect(
      summaries(young, 'The next year the inn was sold. Thomas Hale was a bent old man of seventy.'),
    ).toEqual([expect.stringMatching(BEYOND)]);
  });

  it("weighs two ages pronouns give when one is the only person in the resolver's reach", () => {
    // "A man on the wrong side of forty, he" with Thomas Hale alone in the scene is his.
    expect(
      summaries(
        'Thomas Hale came in. He was a young man of five-and-twenty.',
        'Thomas Hale came in. A man on the wrong side of forty, he thought too well of himself.',
      ),
    ).toEqual([expect.stringMatching(/25 in Chapter 1 but 40 in Chapter 2, older than the years/)]);
  });

  it('does not weigh two ages pronouns give where each is chosen among rivals', () => {
    expect(
      summaries(
        'Thomas Hale and John Grey came in. He was a young man of five-and-twenty.',
        'Thomas Hale and John Grey came in. A man of forty, he thought too well of himself.',
      ),
    ).toEqual([]);
    // with the name on one side, the same ages disagree
    expect(
      summaries(
        'Thomas Hale came in. He was a young man of five-and-twenty.',
        'Thomas Hale, a man on the wrong side of forty, thought too well of himself.',
      ),
    ).toEqual([expect.stringMatching(/25 in Chapter 1 but 40 in Chapter 2, older than the years/)]);
  });
});
