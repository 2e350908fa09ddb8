import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

describe('origin', () => {
  it('reads a birth year however the date is written after "born", and a month is no place', () => {
    const read = (sentence: string, kind: 'birth' | 'origin') =>
      factsOf(`${FILLER}\n\n${sentence}`, kind).map(([value, key]) => [value, key]);
    const mary = expect.stringMatching(/mary/);
    expect(read('Mary Benson was born in the spring of 1849.', 'birth')).toEqual([['1849', mary]]);
    expect(read('Mary Benson was born on the 3rd of May, 1790.', 'birth')).toEqual([['1790', mary]]);
    expect(read('Mary Benson, who had been born in the year 1858, came in.', 'birth')).toEqual([
      ['1858', mary],
    ]);
    // a place and a year in one phrase: both are read
    expect(read('Mary Benson was born in Bristol in the year 1858.', 'birth')).toEqual([['1858', mary]]);
    expect(read('Mary Benson was born in Bristol in the year 1858.', 'origin')).toEqual([['Bristol', mary]]);
    // a month is a date, not a birthplace
    expect(read('Mary Benson was born in May 1790.', 'origin')).toEqual([]);
    expect(read('Mary Benson was born in May 1790.', 'birth')).toEqual([['1790', mary]]);
    // a year of another clause is not the birth's
    expect(read('Mary Benson was born in Bristol, and moved to Bath in 1820.', 'birth')).toEqual([]);
  });
});

describe('origin from a demonym', () => {
  const read = (passage: string) => factsOf(`${FILLER}\n\n${passage}`, 'origin').map(([value]) => value);

  it('reads a demonym in apposition or after "was" as the place the text names', () => {
    expect(read('Mary Benson, a Londoner born and bred, went down to Bath. London was far behind.')).toEqual([
      'London',
    ]);
    expect(read('The ships of Nantucket were famous. Thomas Hale was a Nantucketer.')).toEqual(['Nantucket']);
    expect(read('Mary Benson, a Bostonian by birth, kept a school near Boston.')).toEqual(['Boston']);
  });

  it('reads no origin from a demonym of no place the text names, nor from one nobody is', () => {
    // "French" is no place; a Quaker is a faith, not a place
    expect(read('Thomas Hale, a Frenchman born and bred, had never seen France.')).toEqual([]);
    expect(read('Mary Benson, a Quaker born and bred, lived quietly.')).toEqual([]);
    // the demonym is someone else's: an object, not an apposition
    expect(read('Thomas Hale met a Londoner on the road from London.')).toEqual([]);
  });
});
