import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { chapters } from './legitimate-changes.js';

const summaries = (...bodies: string[]): string[] => checkText(chapters(...bodies)).map((i) => i.summary);

describe("a person's count of kin changed by a birth or a death (facts/families.ts markCountChanges)", () => {
  it('lets a birth of such kin, told of the person between two counts, explain the change', () => {
    expect(
      summaries(
        'Ann Lacey had two little sons.',
        'In March Ann Lacey gave birth to a third son.',
        "Ann Lacey's three sons played in the yard.",
      ),
    ).toEqual([]);
    expect(
      summaries(
        'Thomas Hale had two children.',
        'That spring a baby girl was born to Thomas Hale and his wife.',
        'Thomas Hale had three children.',
      ),
    ).toEqual([]);
  });

  it('lets a death of such kin, told with the person in its sentence, explain a lower count', () => {
    expect(
      summaries(
        'Mary Benson had three brothers, all of them sailors.',
        'That winter her eldest brother was drowned off the Goodwin Sands.',
        "Mary Benson's two brothers came home in the spring.",
      ),
    ).toEqual([]);
  });

  it('does not let a birth or a death of other kin, or of another person, explain it', () => {
    // a husband's death says nothing of the sons
    expect(
      summaries(
        'Ann Lacey had two sons.',
        "Ann Lacey's husband died of a fever.",
        'Ann Lacey had three sons.',
      ),
    ).toEqual(["Ann Lacey's sons are 2 in Chapter 1 but 3 in Chapter 3."]);
    // a son born to another
    expect(
      summaries('Ann Lacey had two sons.', 'Mary Benson gave birth to a son.', 'Ann Lacey had three sons.'),
    ).toEqual(["Ann Lacey's sons are 2 in Chapter 1 but 3 in Chapter 3."]);
    // a death told in the sentence, but not of the kin ("his hopes had died away" beside his sisters)
    expect(
      summaries(
        'Thomas Hale came with his two sisters.',
        "Thomas Hale's hopes had died away, and his sisters did not speak of the ball.",
        'Thomas Hale came with his three sisters.',
      ),
    ).toEqual(["Thomas Hale's sisters are 2 in Chapter 1 but 3 in Chapter 3."]);
    // a birth only in a figure ("seemed born to be")
    expect(
      summaries(
        'Ann Lacey had two sons.',
        'Ann Lacey said that her eldest son seemed born to be a bishop.',
        'Ann Lacey had three sons.',
      ),
    ).toEqual(["Ann Lacey's sons are 2 in Chapter 1 but 3 in Chapter 3."]);
    // a count before the birth is no change
    expect(
      summaries('Ann Lacey had two sons.', 'Ann Lacey had three sons.', 'Ann Lacey gave birth to a son.'),
    ).toEqual(["Ann Lacey's sons are 2 in Chapter 1 but 3 in Chapter 2."]);
  });
});
