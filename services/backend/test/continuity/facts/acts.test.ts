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

describe('speech tags', () => {
  it('reads any verb of a tag right after a closing quotation mark as the named one speaking', () => {
    const mary = expect.stringMatching(/mary/);
    for (const [sentence, quote] of [
      // Madame Moritz at Justine's trial
      ['“She was ever a good girl,” sobbed Mary Benson from the benches.', 'sobbed Mary Benson'],
      ['"Nonsense!" growled Mary Benson.', 'growled Mary Benson'],
      ['‘Why not?’ pleaded Mary Benson.', 'pleaded Mary Benson'],
      ['"And then?" put in Mary Benson.', 'put in Mary Benson'],
    ] as const) {
      expect(acts(sentence)).toContainEqual(['spoke', mary, quote]);
    }
  });

  it('reads no tag where the mark closes no spoken sentence, or the verb has another subject', () => {
    const spoke = (sentence: string) => acts(sentence).filter(([value]) => value === 'spoke');
    expect(spoke('The girls’ mothers watched Mary Benson.')).toEqual([]);
    expect(spoke('“Go,” he said, and followed Mary Benson out.')).toEqual([]);
  });
});
