/**
 * Readings for the check of what follows a death, each with a guard of what it leaves alone: a
 * sickbed never left as a death (`NEVER_ROSE` in `facts/status.ts`); a writer after a time that
 * opens the sentence (`TIME_OPENS` in `facts/acts.ts`); irregular past tenses of acts ("laid",
 * "paid", "knelt": `ACTION_VERBS` in `lexicon.ts`).
 */
import { describe, expect, it } from 'vitest';
import { PEOPLE_FILLER } from './facts/common-phrasings.js';
import { factsOf } from './facts/helpers.js';

/** The facts of `kind` read in `passage` after the people filler: the value, whose, and the quote. */
const readIn = (passage: string, kind: 'status' | 'act') =>
  factsOf(`${PEOPLE_FILLER}\n\n${passage}`, kind).filter(([, , quote]) => passage.includes(quote));

describe('a sickbed never left', () => {
  it('reads "never rose from her bed again" as a death', () => {
    expect(readIn('Ann Lacey never rose from her bed again after the great frost.', 'status')).toEqual([
      ['dead', 'character:ann-lacey', 'Ann Lacey never rose from her bed again'],
    ]);
  });

  it('reads "never left his sick-bed again" after an aside as a death', () => {
    expect(
      readIn('Edward Crane, the miller, never left his sick-bed again.', 'status').map(([value, key]) => [
        value,
        key,
      ]),
    ).toEqual([['dead', 'character:edward-crane']]);
  });

  it('reads no death in a sickbed left at a time ("till noon") nor in a room never left', () => {
    expect(
      readIn(
        'Ann Lacey never rose from her bed again till noon. Mary Benson never left the parlour again that day.',
        'status',
      ),
    ).toEqual([]);
  });
});

describe('a writer after a time that opens the sentence', () => {
  it('reads "In June Mary Benson wrote a long letter" as writing', () => {
    expect(readIn('In June Mary Benson wrote a long letter to her cousin.', 'act')).toEqual([
      ['wrote', 'character:mary-benson', 'Mary Benson wrote'],
    ]);
  });

  it('reads "The next morning Thomas Hale wrote" as writing', () => {
    expect(readIn('The next morning Thomas Hale wrote a letter to the bank.', 'act').map(([v]) => v)).toEqual(
      ['wrote'],
    );
  });

  it('reads no writing in the letters a relative clause names after "the day"', () => {
    expect(readIn('On the day Mary Benson wrote that letter, the river rose.', 'act')).toEqual([]);
  });
});

describe('irregular past tenses of acts', () => {
  it('reads "laid", "paid" and "knelt" after a name as acts', () => {
    expect(
      readIn(
        'Thomas Hale laid a hand on the gate. Mary Benson paid the carter. Edward Crane knelt by the fire.',
        'act',
      ).map(([, , quote]) => quote),
    ).toEqual(['Thomas Hale laid', 'Mary Benson paid', 'Edward Crane knelt']);
  });

  it('reads no act in "was laid" (a burial) nor "lay" (a posture)', () => {
    expect(
      readIn('Mary Benson was laid in the churchyard. Thomas Hale lay still on the grass.', 'act'),
    ).toEqual([]);
  });
});
