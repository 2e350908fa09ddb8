import { describe, expect, it } from 'vitest';
import { markedCount, misses } from './marked-passages.js';
import { OWNER_IN_SENTENCE_SET } from './owner-in-sentence-set.js';

describe('the owner-in-sentence set', () => {
  // 18 of 33 pronouns right on arrival: every pronoun of an owner named as object (14) given to the
  // subject of the sentence before, and Dr. Mott's "him" to Mr. Carr; the misses are listed so that
  // a rule that gains or loses one says so.
  it('misses only the recorded pronouns', () => {
    expect(markedCount(OWNER_IN_SENTENCE_SET)).toBe(33);
    const missed = misses(OWNER_IN_SENTENCE_SET);
    expect(33 - missed.length).toBeGreaterThanOrEqual(18);
    expect(missed).toEqual([
      'owner named as object: #0 his leith -> dorrell',
      'owner named as object: #0 her pell -> brandon',
      'owner named as object: #0 his amory -> quarles',
      'owner named as object: #1 him amory -> quarles',
      'owner named as object: #1 her fairlie -> hebden',
      'owner named as object: #0 him crewe -> stott',
      'owner named as object: #1 his crewe -> stott',
      'owner named as object: #0 his brand -> fenwick',
      'owner named as object: #1 his rowe -> oakes',
      'owner named as object: #0 her lorimer -> ashe',
      'owner named as object: #0 her dene -> vail',
      'owner named as object: #0 her lacy -> kerr',
      'owner named as object: #0 his tarrant -> gorse',
      'owner named as object: #0 his hume -> pratt',
      'owner subject or earlier near case: #0 him mott -> carr',
    ]);
  });
});
