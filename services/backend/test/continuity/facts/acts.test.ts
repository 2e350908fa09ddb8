import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

/** The acts read in `sentence` (the filler's own are left out). */
const acts = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'act')
    .filter(([, , quote]) => sentence.includes(quote))
    .map(([value, key, quote]) => [value, key, quote]);

describe('acts', () => {
  it('reads a doing the subject is taken up with as an act ("was chiefly employed in watching")', () => {
    const mary = expect.stringMatching(/mary/);
    for (const [sentence, quote] of [
      // Mrs. Jenkinson at Rosings
      [
        'Mary Benson was chiefly employed in watching the fire.',
        'Mary Benson was chiefly employed in watching',
      ],
      ['Mary Benson was busy mending the nets.', 'Mary Benson was busy mending'],
      ['Mary Benson was busily engaged in packing.', 'Mary Benson was busily engaged in packing'],
      ['Mary Benson was occupied with sorting the linen.', 'Mary Benson was occupied with sorting'],
    ] as const) {
      expect(acts(sentence)).toContainEqual(['acted', mary, quote]);
    }
  });

  it('reads no act in an engagement to marry, or in a state', () => {
    expect(acts('Mary Benson was engaged to Thomas Hale.')).toEqual([]);
    expect(acts('Mary Benson was busy.')).toEqual([]);
  });
});
