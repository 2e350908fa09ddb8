/** The author's splits applied to an extraction: what moves, what stays, and an edited text's new key. */
import { describe, expect, it } from 'vitest';
import { applyCorrections, type SplitCorrection } from '../../src/bible/corrections.js';
import type { Extraction, Mention } from '../../src/bible/types.js';

const at = (text: string, start: number): Mention => ({
  fileId: 'f1',
  chapter: 1,
  start,
  end: start + text.length,
  text,
});

function extraction(annaKey = 'character:anna', annaName = 'Anna'): Extraction {
  return {
    entities: [
      {
        key: annaKey,
        name: annaName,
        type: 'character',
        aliases: ['Anna', 'Miss Brook'].filter((a) => a !== annaName),
        mentions: [at('Anna', 0), at('Miss Brook', 100), at('Anna', 300), at('Miss Brook', 500)],
      },
      {
        key: 'character:hale',
        name: 'Tom Hale',
        type: 'character',
        aliases: [],
        mentions: [at('Tom Hale', 520)],
      },
      { key: 'location:leeds', name: 'Leeds', type: 'location', aliases: [], mentions: [at('Leeds', 20)] },
    ],
    relations: [
      // A passage naming only Miss Brook and Tom Hale, and one naming Anna in Leeds.
      {
        sourceKey: annaKey,
        targetKey: 'character:hale',
        type: 'friend',
        weight: 1,
        evidence: [{ fileId: 'f1', start: 490, end: 540 }],
      },
      {
        sourceKey: annaKey,
        targetKey: 'location:leeds',
        type: 'located_in',
        weight: 1,
        evidence: [{ fileId: 'f1', start: 0, end: 30 }],
      },
    ],
  };
}

const SPLIT: SplitCorrection = {
  key: 'split:1',
  sourceKeys: ['character:anna'],
  sourceNames: ['Anna', 'Miss Brook'],
  name: 'Miss Brook',
  type: 'character',
  aliases: ['MISS  brook'],
  mentions: [],
};

describe('applyCorrections', () => {
  it('moves the named mentions and the relations stated of them to the new entity', () => {
    const out = applyCorrections(extraction(), [SPLIT]);
    const anna = out.entities.find((e) => e.key === 'character:anna');
    const sister = out.entities.find((e) => e.key === 'split:1');
    expect(anna?.mentions.map((m) => m.start)).toEqual([0, 300]);
    expect(anna?.aliases).toEqual([]);
    expect(sister).toMatchObject({ name: 'Miss Brook', type: 'character', aliases: [] });
    expect(sister?.mentions.map((m) => m.start)).toEqual([100, 500]);
    expect(out.relations.map((r) => `${r.sourceKey} ${r.type} ${r.targetKey}`)).toEqual([
      'split:1 friend character:hale',
      'character:anna located_in location:leeds',
    ]);
  });

  it('moves single mentions picked by position when their text is still there', () => {
    const picked = { ...SPLIT, aliases: [], mentions: [{ fileId: 'f1', start: 300, text: 'Anna' }] };
    const out = applyCorrections(extraction(), [picked]);
    expect(out.entities.find((e) => e.key === 'split:1')?.mentions.map((m) => m.start)).toEqual([300]);
    const moved = { ...picked, mentions: [{ fileId: 'f1', start: 300, text: 'Hannah' }] };
    expect(applyCorrections(extraction(), [moved])).toEqual(extraction());
  });

  it('finds the entity by name when an edited text gave it another key, and gives the key back', () => {
    const out = applyCorrections(extraction('character:miss-brook', 'Miss Brook'), [SPLIT]);
    const anna = out.entities.find((e) => e.key === 'character:anna');
    expect(anna?.name).toBe('Anna');
    expect(anna?.mentions.map((m) => m.start)).toEqual([0, 300]);
    expect(out.entities.map((e) => e.key)).not.toContain('character:miss-brook');
    expect(out.relations[1]?.sourceKey).toBe('character:anna');
  });

  it('is the same applied twice, and leaves other extractions alone', () => {
    const once = applyCorrections(extraction(), [SPLIT]);
    expect(applyCorrections(once, [SPLIT])).toEqual(once);
    const other: Extraction = { entities: extraction().entities.slice(1), relations: [] };
    expect(applyCorrections(other, [SPLIT])).toEqual(other);
  });
});
