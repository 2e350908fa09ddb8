/**
 * "Bingley's engagement with Jane", "his betrothal to Mary Benson": an engagement told as a noun
 * between the owner's possessive and the one named (`facts/engagements.ts`). The first test fails
 * without the rule; the guards of a promise of doing something and an appointment fail with
 * `ENGAGEMENT_TO_DO` taken out, and a rumour ("her supposed engagement") is unread either way, the
 * possessive not standing right before the noun.
 */
import { describe, expect, it } from 'vitest';
import { factsAfterFiller } from './facts/helpers.js';
import { more } from './relation-changes.js';

/** The relations read in a passage after the people filler: value, detail, and the quote. */
const relations = (passage: string): Array<[string, string | null, string]> =>
  factsAfterFiller(passage)
    .filter((f) => f.kind === 'relation')
    .map((f) => [f.value, f.detail, f.quote]);

describe('an engagement told as a noun', () => {
  it('reads "Name\'s engagement with Name" and "his betrothal to Name"', () => {
    expect(
      relations(`${more('Mary Benson')} Thomas Hale's engagement with Mary Benson had been formed.`),
    ).toEqual([['engaged', 'engagement', "Thomas Hale's engagement with Mary Benson"]]);
    expect(
      relations(
        `${more('Ann Lacey')} Edward Crane came home, and his betrothal to Ann Lacey pleased everyone.`,
      ),
    ).toEqual([['engaged', 'engagement', 'his betrothal to Ann Lacey']]);
  });

  it('does not read an engagement of doing something, an appointment or a rumour', () => {
    expect(
      relations(
        `${more('Thomas Hale')} Edward Crane kept his engagement to Thomas Hale of dining at the inn.`,
      ),
    ).toEqual([]);
    expect(
      relations(`${more('Walter Grey')} Robert Grey's engagement with Walter Grey to dine on Sunday stood.`),
    ).toEqual([]);
    expect(
      relations(`${more('Edward Crane')} Mary Benson laughed at her supposed engagement with Edward Crane.`),
    ).toEqual([]);
  });
});
