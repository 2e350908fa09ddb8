/**
 * "Name, whose niece Clotilde was to marry the King": the kin's name after the kin noun with no
 * comma is read as the kin when the clause's verb has an object of its own. The first test fails
 * without `WHOSE_KIN_NAMED` in `facts/kinship.ts`; the guards show the name left alone where it may
 * be the subject and the kin its object.
 */
import { describe, expect, it } from 'vitest';
import { factsAfterFiller } from './facts/helpers.js';
import { more } from './relation-changes.js';

/** The relations read in a passage after the people filler: value, detail, and the quote. */
const relations = (passage: string): Array<[string, string | null, string]> =>
  factsAfterFiller(passage)
    .filter((f) => f.kind === 'relation')
    .map((f) => [f.value, f.detail, f.quote]);

describe('"whose" kin named with no comma', () => {
  it('reads the name as the kin when the verb has an object', () => {
    expect(
      relations(
        `${more('Ellen Marsh', 'Ellen')} Henry Marsh, whose niece Ellen was to marry the curate, rode home.`,
      ),
    ).toEqual([['niece', 'niece', 'Henry Marsh, whose niece Ellen']]);
    expect(
      relations(
        `${more('Walter Grey', 'Walter')} Robert Grey, whose cousin Walter had sold him a horse, laughed.`,
      ),
    ).toEqual([['cousin', 'cousin', 'Robert Grey, whose cousin Walter']]);
  });

  it('does not read a name that may be the subject, the kin its object', () => {
    expect(
      relations(
        `${more('Mary Benson', 'Mary')} Edward Crane, whose father Mary had loved as a girl, came in.`,
      ),
    ).toEqual([]);
    expect(
      relations(`${more('Ann Lacey', 'Ann')} It was George Crane, whose sister Ann had never met.`),
    ).toEqual([]);
    expect(
      relations(
        `${more('John Crane', 'John')} Old Walter Grey, whose daughter John had known in London, slept.`,
      ),
    ).toEqual([]);
  });
});
