/**
 * A teller's parent called "my father" or "my mother" only (`facts/teller-kin.ts`): its death and
 * its acts are read as a name's, keyed by the teller, so that an act told after the death is found.
 * Guards: a parent in conversation, a parent by marriage, another teller's parent, and an act
 * before the death.
 */
import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './facts/helpers.js';
import { told } from './told.js';

describe('a teller\'s "my father" and "my mother"', () => {
  it('reads the death and the later act of "my father" as one person\'s', () => {
    const { facts, issues } = told(
      'It was in the winter that my poor father met his end, and I came into the farm.',
      'Two years on, my father and I walked to the market at Norwich.',
    );
    expect(
      facts.filter((f) => f.entityKey?.startsWith('kin:')).map((f) => [f.kind, f.value, f.quote]),
    ).toEqual([
      ['status', 'dead', 'my poor father met his end'],
      ['act', 'acted', 'my father and I walked'],
    ]);
    expect(issues).toEqual(["Thomas's father dies in Chapter 1 but acts in Chapter 2."]);
  });

  it('reads "My mother was dead" at a sentence\'s start, and her letter after it', () => {
    expect(
      told('My mother was dead, and the house was quiet.', 'My mother wrote to me at Easter.').issues,
    ).toEqual(["Thomas's mother dies in Chapter 1 but writes in Chapter 2."]);
  });

  it('leaves an act before the death alone', () => {
    expect(
      told('My father and I walked to the market at Norwich.', 'My father died in the spring.').issues,
    ).toEqual([]);
  });

  it('leaves a parent in conversation, and a parent by marriage, to no one', () => {
    expect(
      told(
        'My father died in the spring.',
        '“My father drove to the market,” said Mary Benson.',
        'My father-in-law drove to the market.',
      ).issues,
    ).toEqual([]);
  });

  it("keeps a narrator's father apart from a named character's", () => {
    expect(told('My father died in the spring.', 'Mary Benson drove to the market.').issues).toEqual([]);
  });

  it('reads "my father" as the name the teller joins to it ("My father was Samuel Crewe")', () => {
    expect(
      told(
        'My father was Samuel Crewe, and he kept the chandlery on the quay.',
        'My father died in the spring.',
        'Samuel Crewe walked down to the quay.',
      ).issues,
    ).toEqual(['Samuel Crewe dies in Chapter 2 but acts in Chapter 3.']);
    expect(
      told(
        'My wife, Ellen Crewe, did not want to come.',
        'Ellen Crewe died in the spring.',
        'My wife came in.',
      ).issues,
    ).toEqual(['Ellen Crewe dies in Chapter 2 but acts in Chapter 3.']);
  });

  it('joins no name that only owns what follows, or opens a list, to "my father"', () => {
    expect(
      told(
        "My father was Samuel Crewe's friend, and he kept the chandlery on the quay.",
        'My father died in the spring.',
        'Samuel Crewe walked down to the quay.',
      ).issues,
    ).toEqual([]);
    expect(
      told(
        'He brought back to me my father, Samuel Crewe, and all the scenes of home.',
        'My father died in the spring.',
        'Samuel Crewe walked down to the quay.',
      ).issues,
    ).toEqual([]);
  });
});

describe('an act told of a name and another subject', () => {
  const actsIn = (sentence: string) =>
    factsOf(`${FILLER}\n\n${sentence}`, 'act')
      .filter(([, , quote]) => sentence.includes(quote))
      .map(([, , quote]) => quote);

  it('reads "Mary and I walked" and "Mary and Thomas walked" as Mary\'s act', () => {
    expect(actsIn('Mary and I walked to the mill.')).toEqual(['Mary and I walked']);
    expect(actsIn('Mary and Thomas walked to the mill.')).toContain('Mary and Thomas walked');
  });

  it('reads no act of a name before "and" and a possessive ("Mary and my departed friends")', () => {
    expect(actsIn('Mary and my departed friends prepare a reward for me.')).toEqual([]);
  });
});
