import { describe, expect, it } from 'vitest';
import { markedCount, misses } from './marked-passages.js';
import { OWNER_IN_SENTENCE_SET } from './owner-in-sentence-set.js';

describe('the owner-in-sentence set', () => {
  // 18 of 33 pronouns right on arrival: every pronoun of an owner named as object (14) given to the
  // subject of the sentence before, and Dr. Mott's "him" to Mr. Carr. 27 with the owner named in the
  // clause after a subject of the other sex (objectOwner): eleven right, and the two near cases only
  // the sense decides (Dr. Vane fetched to the sick man's bedside, Miss Ross spoken of) now wrong.
  // The misses are listed so that a rule that gains or loses one says so.
  it('misses only the recorded pronouns', () => {
    expect(markedCount(OWNER_IN_SENTENCE_SET)).toBe(33);
    const missed = misses(OWNER_IN_SENTENCE_SET);
    expect(33 - missed.length).toBeGreaterThanOrEqual(27);
    expect(missed).toEqual([
      'owner named as object: #1 him amory -> quarles',
      'owner named as object: #0 him crewe -> stott',
      'owner named as object: #1 his crewe -> stott',
      'owner subject or earlier near case: #0 him mott -> carr',
      'owner subject or earlier near case: #0 his penrose -> vane',
      'owner subject or earlier near case: #0 her deane -> ross',
    ]);
  });
});
