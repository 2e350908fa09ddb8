import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

const read = (sentence: string, kind: 'hair' | 'eyes' | 'height' | 'build') =>
  factsOf(`${FILLER}\n\n${sentence}`, kind).map(([value, entity]) => `${value} ${entity}`);

describe('a colour compared after the hair hangs (facts/looks.ts HANGING_LIKENED)', () => {
  it('reads the colour after a verb and the place the hair hangs', () => {
    expect(
      read('Thomas Hale came in, and his hair hung about his ears as yellow as old straw.', 'hair'),
    ).toEqual(['fair character:thomas-hale']);
    expect(
      read('Mary Benson shook her head, and her hair fell to her waist as black as ink.', 'hair'),
    ).toEqual(['dark character:mary-benson']);
  });

  it('reads no colour of a thing the hair falls over, or with a clause between', () => {
    expect(read('Mary Benson wept, and her hair fell over a face as white as chalk.', 'hair')).toEqual([]);
    expect(
      read('Thomas Hale took off his hat; his hair hung loose, and he was as red as a beetroot.', 'hair'),
    ).toEqual([]);
  });
});

describe('figure words likened in an aside, and superlatives (facts/looks.ts FIGURE_ASIDE, figureBase)', () => {
  it('reads "thin as a rake" between commas as thin', () => {
    expect(read('Mary Benson, thin as a rake, slipped between the bars of the gate.', 'build')).toEqual([
      'thin character:mary-benson',
    ]);
  });

  it('reads "the tallest man" in an apposition and a predicate', () => {
    expect(
      read('Thomas Hale, the tallest man in the parish, had to stoop under the beam.', 'height'),
    ).toEqual(['tall character:thomas-hale']);
    expect(read('Mary Benson was the thinnest girl in the school.', 'build')).toEqual([
      'thin character:mary-benson',
    ]);
  });

  it('reads no figure from a comparative or another superlative', () => {
    expect(read('Thomas Hale, the eldest son of the miller, had to stoop under the beam.', 'height')).toEqual(
      [],
    );
    expect(read('Thomas Hale was taller than his brother.', 'height')).toEqual([]);
    expect(read('Mary Benson was the smartest girl in the school.', 'build')).toEqual([]);
  });
});

describe('a colour compound of a verb’s object (facts/looks.ts OBJECT_ARTICLE)', () => {
  it('does not give the subject the compound of the person they married or met', () => {
    expect(read('Thomas Hale married a fair-haired girl from the next village.', 'hair')).toEqual([]);
    expect(read('Mary Benson met the grey-eyed stranger at the well.', 'eyes')).toEqual([]);
  });

  it('still gives the subject a compound after a copula or in an apposition', () => {
    expect(read('Thomas Hale was a fair-haired boy of ten.', 'hair')).toEqual(['fair character:thomas-hale']);
    expect(read('Ann Lacey, a dark-eyed girl from the mill, carried the basket.', 'eyes')).toEqual([
      'dark character:ann-lacey',
    ]);
  });
});
