import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text.js';
import { chapters } from '../legitimate-changes.js';
import { FILLER, factsOf } from './helpers.js';

const callings = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'occupation').map(([value]) => value);
const summaries = (...bodies: string[]): string[] => checkText(chapters(...bodies)).map((i) => i.summary);

describe('village and town trades as callings (facts/occupation.ts)', () => {
  it('reads a trade the story bible does not name characters by', () => {
    expect(callings('By trade Thomas Hale was a saddler.')).toEqual(['saddler']);
    expect(callings('Thomas Hale was a cobbler, like his father.')).toEqual(['shoemaker']);
    expect(
      summaries('Thomas Hale was a wheelwright in the village.', 'Thomas Hale was a tailor, and a good one.'),
    ).toEqual(['Thomas Hale is a wheelwright in Chapter 1 but a tailor in Chapter 2.']);
  });

  it("holds a shop's trade a tradesman's, and one trade under two names one calling", () => {
    expect(summaries('Thomas Hale was a grocer.', 'Thomas Hale was a tradesman of the town.')).toEqual([]);
    expect(summaries('Thomas Hale was a cobbler.', 'Thomas Hale was a shoemaker by the bridge.')).toEqual([]);
    // a trade of another, and a trade as a surname
    expect(callings('Thomas Hale bought a saddle from the saddler.')).toEqual([]);
    expect(callings('Thomas Hale spoke with Mr. Tailor.')).toEqual([]);
  });
});
