/**
 * The first-person ties (first-person-ties.ts), read through analyseText: the floor is the count
 * on arrival, raised as rules read more passages right.
 */
import { describe, expect, it } from 'vitest';
import { readRight, tiesBetween } from './first-person-reading.js';
import { firstPersonTies } from './first-person-ties.js';

const PASSAGES_READ_RIGHT_FLOOR = 25;

describe('first-person ties', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${firstPersonTies.length} passages right`, () => {
    const misread = firstPersonTies.filter((p) => !readRight(p));
    console.log(
      `first-person ties: ${firstPersonTies.length - misread.length}/${firstPersonTies.length} right\n${misread
        .map(
          (p) => `${p.between.join(' / ')} (${p.type ?? 'none'}): ${tiesBetween(p).join(', ') || 'no tie'}`,
        )
        .join('\n')}`,
    );
    expect(firstPersonTies.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});

describe('rules from the first-person ties', () => {
  it('reads the kin a speaker states of himself in an attributed quotation ("my cousin, Mr. Pelham," said Mr. Hartley)', () => {
    const text = `Mr. Hartley sat by the fire. Mr. Hartley looked up.\n\n"Allow me to present my cousin, Mr. Pelham," said Mr. Hartley. Mr. Pelham bowed.`;
    expect(tiesBetween({ text, between: ['Mr. Hartley', 'Mr. Pelham'], type: 'family' })).toEqual(['family']);
  });

  it("gives a quotation whose speaker only the turn-taking guesses no one's kin", () => {
    const text = `Mr. Coldwell and Mr. Tolliver stood in the hall. The hall was cold.\n\n"My brother Edmund is coming."\n\n"Is he indeed?"\n\nEdmund arrived at noon.`;
    expect(tiesBetween({ text, between: ['Mr. Coldwell', 'Edmund'], type: null })).toEqual([]);
    expect(tiesBetween({ text, between: ['Mr. Tolliver', 'Edmund'], type: null })).toEqual([]);
  });

  it('reads a word of fondness or age before the kin word ("my dear brother Walter")', () => {
    const text = `Mr. Tolliver stood at the gate. Mr. Tolliver lifted his hat.\n\n"My dear brother Walter sends his love," said Mr. Tolliver. Walter had not written.`;
    expect(tiesBetween({ text, between: ['Mr. Tolliver', 'Walter'], type: 'sibling' })).toEqual(['sibling']);
  });

  it('leaves "my dear" as address, "my lord", and a tie the speaker tells of someone else', () => {
    const address = `Mr. Hartley sat by the fire. Mr. Hartley looked up when Miss Verney came in.\n\n"My dear, you are late," said Mr. Hartley. Miss Verney laughed.`;
    expect(tiesBetween({ text: address, between: ['Mr. Hartley', 'Miss Verney'], type: null })).toEqual([]);
    const other = `Mrs. Dawlish spoke of the neighbours. Mrs. Dawlish knew them all.\n\n"Mr. Fenwick came with his cousin, Mr. Lowther," said Mrs. Dawlish. Mr. Lowther stayed a week.`;
    expect(tiesBetween({ text: other, between: ['Mrs. Dawlish', 'Mr. Lowther'], type: null })).toEqual([]);
  });
  it('gives a kin word of one sex no one titled as the other ("my sister Fenwick" is not Mr. Fenwick)', () => {
    const text = `Mr. Fenwick rode over from the Grange. Mr. Fenwick stayed to dine.\n\n"I will write to my sister Fenwick tonight," said Mrs. Dawlish. Mrs. Dawlish rang for ink.`;
    expect(tiesBetween({ text, between: ['Mrs. Dawlish', 'Mr. Fenwick'], type: null })).toEqual([]);
  });

  it('still reads a kin word of the name\'s own sex ("my sister Pryor" is Mrs. Pryor)', () => {
    const text = `Mrs. Pryor rode over from the Grange. Mrs. Pryor stayed to dine.\n\n"I will write to my sister Pryor tonight," said Mrs. Dawlish. Mrs. Dawlish rang for ink.`;
    expect(tiesBetween({ text, between: ['Mrs. Dawlish', 'Mrs. Pryor'], type: 'sibling' })).toEqual([
      'sibling',
    ]);
  });
});
