import { describe, expect, it } from 'vitest';
import { numberWord, ordinalWord, parseNumber, romanNumeral } from '../src/index.js';

describe('numbers in words', () => {
  it('parses the number a phrase starts with, older prose included', () => {
    expect(parseNumber('five-and-twenty years')).toEqual({ value: 25, length: 15 });
    expect(parseNumber('three and twenty')).toEqual({ value: 23, length: 16 });
    expect(parseNumber('forty-one')).toEqual({ value: 41, length: 9 });
    expect(parseNumber('seven and a half')).toEqual({ value: 7.5, length: 16 });
    expect(parseNumber('a hundred men')).toEqual({ value: 100, length: 9 });
    expect(parseNumber('1846 was')).toEqual({ value: 1846, length: 4 });
    expect(parseNumber('nobody')).toBeNull();
  });

  it('reads single number and ordinal words, and Roman numerals', () => {
    expect([numberWord('Seven'), numberWord('forty'), numberWord('many')]).toEqual([7, 40, undefined]);
    expect([ordinalWord('third'), ordinalWord('Twentieth'), ordinalWord('last')]).toEqual([3, 20, undefined]);
    expect([ordinalWord('twenty-first'), ordinalWord('Thirty first'), ordinalWord('twenty-tenth')]).toEqual([
      21,
      31,
      undefined,
    ]);
    expect([romanNumeral('XII'), romanNumeral('iv'), romanNumeral('xlix'), romanNumeral('Jane')]).toEqual([
      12,
      4,
      49,
      null,
    ]);
  });
});
