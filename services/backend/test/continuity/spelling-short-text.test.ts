import { describe, expect, it } from 'vitest';
import { countSpellings, findMisspellings } from '../../src/continuity/index.js';

const misspellings = (text: string): string[] =>
  findMisspellings(countSpellings({ fileId: 'book', text, chapters: [] })).map((i) => i.summary);

const mentions = (n: number): string =>
  Array.from({ length: n }, () => 'Then Jane spoke to the miller.').join(' ');

describe('misspellings in a short text', () => {
  it('takes a name written six times in a short text as frequent, and finds its slip', () => {
    expect(misspellings(`${mentions(6)} Then Jae answered.`)).toEqual([
      '"Jae" is written once; the text writes "Jane" 6 times.',
    ]);
  });

  it('keeps a name written six times in a long text rare: its near forms are not compared with it', () => {
    const long = Array.from({ length: 6000 }, () => 'Then the Miller walked home.').join(' ');
    expect(misspellings(`${long} ${mentions(6)} Then Jae answered.`)).toEqual([]);
  });

  it('never takes a name written under five times as frequent, however short the text', () => {
    expect(misspellings(`${mentions(4)} Then Jae answered.`)).toEqual([]);
  });
});
