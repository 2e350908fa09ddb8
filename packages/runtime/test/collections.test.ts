import { describe, expect, it } from 'vitest';
import { groupBy, mustAt, mustGet, slices } from '../src/collections.js';

describe('mustGet', () => {
  it('returns the value of a present key', () => {
    expect(mustGet(new Map([['a', 1]]), 'a')).toBe(1);
  });

  it('throws for a missing key', () => {
    expect(() => mustGet(new Map<string, number>(), 'b')).toThrow('no entry for key b');
  });
});

describe('mustAt', () => {
  it('returns the element at an index in range', () => {
    expect(mustAt(['x', 'y'], 1)).toBe('y');
  });

  it('throws for an index out of range', () => {
    expect(() => mustAt(['x'], 1)).toThrow(RangeError);
  });
});

describe('groupBy', () => {
  it('groups items by their key, keeping the order of items and of first appearance', () => {
    const groups = groupBy(['bb', 'a', 'cc', 'd', 'eee'], (s) => s.length);
    expect([...groups]).toEqual([
      [2, ['bb', 'cc']],
      [1, ['a', 'd']],
      [3, ['eee']],
    ]);
  });
});

describe('slices', () => {
  it('cuts the items into consecutive slices of the size, the last one shorter', () => {
    expect(slices([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('answers no slices for no items, and one slice when the size covers them all', () => {
    expect(slices([], 3)).toEqual([]);
    expect(slices(['a', 'b'], 500)).toEqual([['a', 'b']]);
  });

  it('refuses a size that would never advance', () => {
    expect(() => slices([1], 0)).toThrow(RangeError);
  });
});
