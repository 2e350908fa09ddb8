import { describe, expect, it } from 'vitest';
import { markedCount, misses } from './marked-passages.js';
import { POSSESSIVE_SET } from './possessive-set.js';

describe('the possessive set', () => {
  // 43 of 56 pronouns right on arrival (31 of its 43 possessives), 48 after the fronted adjunct's
  // owner, 49 after the opening clause's subject bound only inside it, 53 after the owner named in the
  // clause after a subject of the other sex; the misses are listed so that a rule that gains or
  // loses one says so.
  it('misses only the recorded pronouns', () => {
    expect(markedCount(POSSESSIVE_SET)).toBe(56);
    const missed = misses(POSSESSIVE_SET);
    expect(56 - missed.length).toBeGreaterThanOrEqual(53);
    expect(missed).toEqual([
      'possessive past another person: #1 his marlow -> fenn',
      'possessive after a preposition: #0 her daunt -> lucy',
      'possessive of no one in reach: #0 his - -> chalk',
    ]);
  });
});
