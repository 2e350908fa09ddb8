import { describe, expect, it } from 'vitest';
import { foldEntities } from '../../src/bible/fold.js';
import type { Extraction } from '../../src/bible/types.js';

const mention = (start: number, text: string) => ({
  fileId: 'f',
  chapter: null,
  start,
  end: start + text.length,
  text,
});

const extraction: Extraction = {
  entities: [
    {
      key: 'bingley',
      name: 'Mr. Bingley',
      type: 'character',
      aliases: ['Bingley'],
      mentions: [mention(10, 'Bingley')],
    },
    { key: 'charles', name: 'Charles', type: 'character', aliases: [], mentions: [mention(5, 'Charles')] },
    { key: 'jane', name: 'Jane', type: 'character', aliases: [], mentions: [mention(20, 'Jane')] },
  ],
  relations: [
    {
      sourceKey: 'bingley',
      targetKey: 'jane',
      type: 'co_occurs',
      weight: 2,
      evidence: [{ fileId: 'f', start: 0, end: 30 }],
    },
    {
      sourceKey: 'charles',
      targetKey: 'jane',
      type: 'co_occurs',
      weight: 1,
      evidence: [{ fileId: 'f', start: 40, end: 60 }],
    },
    {
      sourceKey: 'charles',
      targetKey: 'bingley',
      type: 'co_occurs',
      weight: 1,
      evidence: [{ fileId: 'f', start: 0, end: 9 }],
    },
  ],
};

describe('foldEntities', () => {
  it('gives the survivor the other’s names and mentions, and joins their relations', () => {
    const folded = foldEntities(extraction, [{ from: 'charles', into: 'bingley' }]);
    expect(folded.entities.map((e) => e.key)).toEqual(['bingley', 'jane']);
    const bingley = folded.entities[0];
    expect(bingley?.aliases).toEqual(['Bingley', 'Charles']);
    expect(bingley?.mentions.map((m) => m.start)).toEqual([5, 10]);
    // Bingley with Jane once, with both passages; nothing between Bingley and himself.
    expect(folded.relations).toEqual([
      {
        sourceKey: 'bingley',
        targetKey: 'jane',
        type: 'co_occurs',
        weight: 3,
        evidence: [
          { fileId: 'f', start: 0, end: 30 },
          { fileId: 'f', start: 40, end: 60 },
        ],
      },
    ]);
    // The input is left as it was.
    expect(extraction.entities[0]?.aliases).toEqual(['Bingley']);
  });
});
