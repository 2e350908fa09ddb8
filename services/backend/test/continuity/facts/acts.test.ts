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

  it('reads being seen, heard or met in the passive as an act ("was seen by his blacksmith")', () => {
    const mary = expect.stringMatching(/mary/);
    for (const [sentence, quote] of [
      // Dr. Roylott after the inquest
      [
        'Mary Benson was seen by her own blacksmith, a week later, drinking at the inn.',
        'Mary Benson was seen',
      ],
      ['Mary Benson was often seen at the inn on market days.', 'Mary Benson was often seen'],
      ['Mary Benson was heard singing in the garden.', 'Mary Benson was heard'],
      [
        'Mary Benson, in her grey cloak, was met on the road by the miller.',
        'Mary Benson, in her grey cloak, was met',
      ],
      ['Mary Benson was observed leaving the church.', 'Mary Benson was observed'],
    ] as const) {
      expect(acts(sentence)).toContainEqual(['acted', mary, quote]);
    }
  });

  it('reads no act where the passive says the one seen is gone, dead or only spoken of', () => {
    for (const sentence of [
      'Mary Benson was never seen again.',
      'Mary Benson was last seen on the quay.',
      'Mary Benson was seen no more.',
      'Mary Benson was heard of no more in the village.',
      'Mary Benson was seen lying dead upon the shore.',
    ]) {
      expect(acts(sentence)).toEqual([]);
    }
  });

  it('reads a perfect participle after a name, opening an absolute clause, as an act ("having come")', () => {
    const mary = expect.stringMatching(/mary/);
    for (const [sentence, quote] of [
      // Victor's father at the asylum
      [
        'I was released from my prison, Mary Benson having come every week to plead for my release.',
        'Mary Benson having come',
      ],
      ['Mary Benson having returned, we sat down to dinner.', 'Mary Benson having returned'],
      [
        'The rain over, Mary Benson having at last spoken to the miller, we went home.',
        'Mary Benson having at last spoken',
      ],
    ] as const) {
      expect(acts(sentence)).toContainEqual(['acted', mary, quote]);
    }
  });

  it('reads no act in a perfect participle of being or having', () => {
    for (const sentence of [
      'Mary Benson having been ill all winter, we stayed at home.',
      'Mary Benson having no children, the farm went to her nephew.',
    ]) {
      expect(acts(sentence)).toEqual([]);
    }
  });

  it('reads acts in an account as in the narration, not in dialogue, nor what the account had before', () => {
    const mary = expect.stringMatching(/mary/);
    // A story told over paragraphs (Holder's of Sir George Burnwell) is an account.
    const account = (sentence: string) =>
      acts(
        `“I will tell you all of it,” said Thomas Hale. “It was a cold night in the spring and the wind was high.\n\n“${sentence} I saw it from the window of the hall.”`,
      ).filter(([, , quote]) => quote?.startsWith('Mary'));
    expect(account('Mary Benson tried to get away by the garden gate.')).toContainEqual([
      'acted',
      mary,
      'Mary Benson tried',
    ]);
    expect(account('Mary Benson had run away to hide herself in the wood.')).toEqual([]);
    expect(
      acts('“Mary Benson tried to get away,” said Thomas Hale.').filter(([, , quote]) =>
        quote?.startsWith('Mary'),
      ),
    ).toEqual([]);
  });

  it('reads no act in an engagement to marry, or in a state', () => {
    expect(acts('Mary Benson was engaged to Thomas Hale.')).toEqual([]);
    expect(acts('Mary Benson was busy.')).toEqual([]);
  });
});

describe('acts of an earlier life', () => {
  it('reads no act in a time of the character\'s earlier life ("As a boy Thomas Hale had walked")', () => {
    for (const sentence of [
      'As a boy Thomas Hale had walked every day to the mill with his father’s dinner.',
      'In her girlhood Mary Benson rode to the fair on her father’s cob.',
      'When she was a girl, Mary Benson sang in the choir at Lyme.',
    ])
      expect(acts(sentence)).toEqual([]);
  });

  it('reads the act of one dressed "as a boy" or "as pleased as a boy", another\'s youth after the name, and the grown man', () => {
    expect(acts('Dressed as a boy, Mary Benson rode to the fair.')).toEqual([
      ['acted', expect.stringMatching(/mary/), 'Mary Benson rode'],
    ]);
    expect(acts('Young Thomas Hale rode over himself to show us, as pleased as a boy.')).toEqual([
      ['acted', expect.stringMatching(/thomas|hale/), 'Thomas Hale rode'],
    ]);
    expect(acts('Mary Benson saw what her mother must have looked like when she was a girl.')).toEqual([
      ['acted', expect.stringMatching(/mary/), 'Mary Benson saw'],
    ]);
    expect(acts('Thomas Hale rode every day to the mill with his dinner.')).toEqual([
      ['acted', expect.stringMatching(/thomas|hale/), 'Thomas Hale rode'],
    ]);
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

  it('reads a "he" or "she" tag after a quotation as the speaker its attribution is sure of', () => {
    const mary = expect.stringMatching(/mary/);
    for (const [passage, quote] of [
      ['Mary Benson came to the door. “Go away,” she retorted, and shut it.', 'she retorted'],
      ['Mary Benson came to the door. “Go away!” said she, and shut it.', 'said she'],
    ] as const) {
      expect(acts(passage)).toContainEqual(['spoke', mary, quote]);
    }
  });

  it('reads no pronoun tag told of another time, after no quotation, or after a death', () => {
    const spoke = (passage: string) =>
      acts(passage).filter(([value, , quote]) => value === 'spoke' && /\b(?:she|he)\b/.test(quote ?? ''));
    expect(spoke('Mary Benson came to the door. “Go away,” she had said, long before.')).toEqual([]);
    expect(spoke('Mary Benson came to the door. In the hall she stopped.')).toEqual([]);
    // A "she" right after a death told of the one named may stand for the dead by salience alone.
    expect(spoke('Mary Benson died that night. “Poor soul,” she said, and wept.')).toEqual([]);
  });

  it('reads no tag where the mark closes no spoken sentence, or the verb has another subject', () => {
    const spoke = (sentence: string) => acts(sentence).filter(([value]) => value === 'spoke');
    expect(spoke('The girls’ mothers watched Mary Benson.')).toEqual([]);
    expect(spoke('“Go,” he said, and followed Mary Benson out.')).toEqual([]);
  });
});
