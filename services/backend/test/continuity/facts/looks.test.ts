import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

describe('figure', () => {
  it('reads height and build words of common usage in an aside ("slight and undersized")', () => {
    const text = `${FILLER}\n\nBeside the table sat Thomas Hale, slight and undersized, and Mary Benson, rotund and dumpy, stood by him.`;
    expect(factsOf(text, 'height').map(([value, key]) => [value, key])).toEqual([
      ['short', expect.stringMatching(/thomas|hale/)],
    ]);
    expect(factsOf(text, 'build').map(([value, key]) => [value, key])).toEqual([
      ['thin', expect.stringMatching(/thomas|hale/)],
      ['stout', expect.stringMatching(/mary/)],
      ['stout', expect.stringMatching(/mary/)],
    ]);
  });

  it('reads a figure put before its verb and subject ("So tall was Thomas Hale that")', () => {
    const text = `${FILLER}\n\nSo tall was Thomas Hale that his hat brushed the beam. So thin and so small was Mary Benson as to pass for a child.`;
    expect(factsOf(text, 'height').map(([value, key, quote]) => [value, key, quote])).toEqual([
      ['tall', expect.stringMatching(/thomas|hale/), 'So tall was Thomas Hale'],
      ['short', expect.stringMatching(/mary/), 'So thin and so small was Mary Benson'],
    ]);
    expect(factsOf(text, 'build').map(([value, key]) => [value, key])).toEqual([
      ['thin', expect.stringMatching(/mary/)],
    ]);
  });
});
