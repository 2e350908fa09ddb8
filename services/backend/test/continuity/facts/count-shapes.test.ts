import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

/** The counts read in `sentence` after the filler, as [value, entity, quote]. */
const counts = (sentence: string): Array<[string, string | null, string]> =>
  factsOf(`${FILLER}\n\n${sentence}`, 'count');

describe('counts in shapes of their own', () => {
  it('reads an owned group\'s number in an aside: "his children, three in number"', () => {
    expect(counts('Thomas Hale had promised a toy to his children, three in number.')).toEqual([
      ['3', 'character:thomas-hale', 'his children, three in number'],
    ]);
    expect(counts("Mary Benson's nieces--five in all--came to tea.")).toEqual([
      ['5', 'character:mary-benson', "Mary Benson's nieces--five in all"],
    ]);
    // a number in the aside that counts something else
    expect(counts('Thomas Hale wrote to his children, three times in the year.')).toEqual([]);
    expect(counts('Thomas Hale wrote to his children, in number few.')).toEqual([]);
  });

  it('reads a count owned with an adverb before the verb: "he now has two children", "still had"', () => {
    expect(counts('Thomas Hale married the daughter of a brewer, by whom he now has two children.')).toEqual([
      ['2', 'character:thomas-hale', 'he now has two children'],
    ]);
    expect(counts('Mary Benson still had three servants.')).toEqual([
      ['3', 'character:mary-benson', 'Mary Benson still had three servants'],
    ]);
    // an adverb of another kind, or a verb of no owning
    expect(counts('Thomas Hale never had two children.')).toEqual([]);
    expect(counts('Thomas Hale now saw two children.')).toEqual([]);
  });

  it('reads kin a person is busy with: "were engaged with their three children"', () => {
    expect(counts('Mr. and Mrs. Hale were engaged with their three children in the hall.')).toEqual([
      ['3', 'character:mrs-hale', 'Mrs. Hale were engaged with their three children'],
    ]);
    // not a party of people met ("friends"), and not twice where the possessive reads it
    expect(counts('Thomas Hale was walking with their two friends.')).toEqual([]);
    expect(counts('Mary Benson was walking with her two sisters.')).toEqual([
      ['2', 'character:mary-benson', 'her two sisters'],
    ]);
  });

  it('reads a member\'s place among her family\'s children: "was the eldest of five children"', () => {
    expect(counts('Mary Benson was the eldest of five children.')).toEqual([
      ['5', null, 'Mary Benson was the eldest of five children'],
    ]);
    expect(counts('Thomas Hale was the second of three sons.')).toEqual([
      ['3', null, 'Thomas Hale was the second of three sons'],
    ]);
    // a superlative of no place among kin
    expect(counts('Thomas Hale was the best of three friends.')).toEqual([]);
  });
});

describe("a parent's children counted by one child's place (facts/birth-order.ts)", () => {
  it('reads an only child as one, after the possessive or before the parent', () => {
    expect(counts("Thomas Hale's only son came home.")).toEqual([
      ['1', 'character:thomas-hale', "Thomas Hale's only son"],
    ]);
    expect(counts('Lucy, the only daughter of Thomas Hale, came in.')).toEqual([
      ['1', 'character:thomas-hale', 'only daughter of Thomas Hale'],
    ]);
    expect(counts('Thomas Hale loved his only child.')).toEqual([
      ['1', 'character:thomas-hale', 'his only child'],
    ]);
  });

  it('reads an ordinal child as "at least" that many', () => {
    expect(counts('Robert, second son of Thomas Hale, came in.')).toEqual([
      ['at least 2', 'character:thomas-hale', 'second son of Thomas Hale'],
    ]);
    expect(counts("Thomas Hale's third daughter was married.")).toEqual([
      ['at least 3', 'character:thomas-hale', "Thomas Hale's third daughter"],
    ]);
  });

  it('reads no count from other kin, a place in no family, or the child named before the possessive', () => {
    expect(counts("Thomas Hale's only son-in-law came. Thomas Hale's second wife came.")).toEqual([]);
    expect(counts('It was the only child of the marriage.')).toEqual([]);
    // one marriage's children, not all the parent's
    expect(counts('Thomas Hale was a widower, and his only child by the first wife was Lucy.')).toEqual([]);
    expect(counts('Lucy was the second daughter of Thomas Hale by his first marriage.')).toEqual([]);
    // "his" is the parent, not Thomas Hale himself, whatever the resolver says
    expect(counts('Thomas Hale was his only son.')).toEqual([]);
    expect(counts('Thomas Hale, his second son, came in.')).toEqual([]);
  });
});
