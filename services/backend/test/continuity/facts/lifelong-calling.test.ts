import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text.js';
import { chapters } from '../legitimate-changes.js';

const summaries = (...bodies: string[]) => checkText(chapters(...bodies)).map((i) => i.summary);

describe('a calling held for life ("had been a miller all his life", facts/occupation.ts LIFELONG)', () => {
  it('weighs a lifelong calling against another, as no change', () => {
    expect(
      summaries(
        'Edward Crane was the blacksmith of Ashford.',
        'Edward Crane had been a miller all his life, and the flour was in his hands.',
      ),
    ).toEqual(['Edward Crane is a blacksmith in Chapter 1 but a miller in Chapter 2.']);
    expect(
      summaries(
        'By trade Thomas Hale was a saddler.',
        'Thomas Hale had been the village schoolmaster his whole working life.',
      ),
    ).toHaveLength(1);
  });

  it('weighs no "had been" that is no lifelong calling, nor one whose end is told', () => {
    // a calling of the past
    expect(
      summaries('Edward Crane was the blacksmith of Ashford.', 'Edward Crane had been a miller once.'),
    ).toEqual([]);
    // the lifelong calling ended
    expect(
      summaries(
        'Edward Crane was the blacksmith of Ashford.',
        'Edward Crane had been a miller all his life, till the flood took the mill.',
      ),
    ).toEqual([]);
    // a calling taken up after it
    expect(
      summaries(
        'Edward Crane had been the miller all his working life.',
        'At sixty Edward Crane sold the mill to his nephew and became the parish clerk.',
        'Edward Crane, the parish clerk, read the banns.',
      ),
    ).toEqual([]);
  });
});

describe('a calling held up to the story\'s present ("had been a doctor in the town these twenty years", LIFELONG)', () => {
  it('weighs it against another calling, as no change', () => {
    expect(
      summaries(
        'Edward Crane, the curate of the parish, read the lesson in a thin voice.',
        'Edward Crane had been a doctor in the town these twenty years, and knew every family in it.',
      ),
    ).toEqual(['Edward Crane is a clergyman in Chapter 1 but a physician in Chapter 2.']);
    expect(
      summaries(
        'Edward Crane was the blacksmith of Ashford.',
        'Edward Crane had been a miller these ten years.',
      ),
    ).toHaveLength(1);
  });

  it('weighs no "had been" of a span that ended, nor of a span with no "these"', () => {
    expect(
      summaries(
        'Edward Crane was the blacksmith of Ashford.',
        'Edward Crane had been a miller these ten years, till the flood took the mill.',
      ),
    ).toEqual([]);
    expect(
      summaries(
        'Edward Crane was the blacksmith of Ashford.',
        'Edward Crane had been a miller ten years before.',
      ),
    ).toEqual([]);
  });
});
