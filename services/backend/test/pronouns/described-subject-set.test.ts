import { describe, expect, it } from 'vitest';
import { DESCRIBED_SUBJECT_SET } from './described-subject-set.js';
import { markedCount, misses } from './marked-passages.js';

describe('the described-subject set', () => {
  // 19 of 25 pronouns right on arrival: every described newcomer after the first word of its
  // description ("The old man", "A stout young man") is given to a named man; the misses are listed
  // so that a rule that gains or loses one says so.
  it('misses only the recorded pronouns', () => {
    expect(markedCount(DESCRIBED_SUBJECT_SET)).toBe(25);
    const missed = misses(DESCRIBED_SUBJECT_SET);
    expect(25 - missed.length).toBeGreaterThanOrEqual(19);
    expect(missed).toEqual([
      'described subject someone new: #0 his - -> hallam',
      'described subject someone new: #0 his - -> orme',
      'described subject someone new: #0 his - -> vell',
      'described subject someone new: #0 his - -> ruddle',
      'described subject someone new: #0 her - -> fane',
      'described subject someone new: #0 his - -> blount',
    ]);
  });
});
