import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

describe('titles', () => {
  const titles = (passage: string) =>
    factsOf(`${FILLER}\n\n${passage}`, 'title').map(([value, key]) => [value, key]);
  const thomas = expect.stringMatching(/thomas|hale/);

  it('reads the ranks below the officers a name carries: "Sergeant Hale", "Corporal Hale"', () => {
    expect(titles('Sergeant Hale saluted as the carriage passed.')).toEqual([['Sergeant', thomas]]);
    expect(titles('Corporal Thomas Hale saluted as the carriage passed.')).toEqual([['Corporal', thomas]]);
  });

  it('reads no title from a rank as a common noun before a name', () => {
    expect(titles('The sergeant saluted Thomas Hale as the carriage passed.')).toEqual([]);
  });
});
