import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

const valuesOf = (kind: 'eyes' | 'height', sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, kind).map(([value]) => value);

describe('eyes the colour of the sea, and a height in boots (lexicon.ts COLOUR_LIKENESSES, facts/looks.ts)', () => {
  it('reads eyes the colour of the sea or the ocean as blue', () => {
    expect(valuesOf('eyes', "Mary Benson's eyes were the colour of the sea on a winter morning.")).toEqual([
      'blue',
    ]);
    expect(valuesOf('eyes', 'Mary Benson had eyes the colour of the ocean.')).toEqual(['blue']);
    // a sea of another colour is not eyes
    expect(valuesOf('eyes', 'Mary Benson looked at the sea, which was grey.')).toEqual([]);
  });

  it('reads a bare height in feet followed by what the person stood in', () => {
    expect(valuesOf('height', 'Thomas Hale stood barely five feet in his boots.')).toEqual(['short']);
    expect(valuesOf('height', 'Thomas Hale stood six feet in her shoes.')).toEqual(['tall']);
    // a distance is no height
    expect(valuesOf('height', 'Thomas Hale stood six feet in front of the door.')).toEqual([]);
  });
});
