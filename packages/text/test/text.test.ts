import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWords, countWords, fold, STOP_WORDS, sentences, stem, terms, words } from '../src/index.js';

// The repository's sibling folder of test data, as the evaluations find it.
const NOVELS = join(import.meta.dirname, '../../../../shared/data/novels');
const quote = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('words', () => {
  it('keeps hyphenated words, contractions, possessives and numbers whole; a double hyphen separates', () => {
    const text = 'A well-known fact: don’t touch Holmes’s 1,000 pounds--or 3.5 more, e-mail him.';
    expect(words(text).map((w) => w.text)).toEqual([
      'A',
      'well-known',
      'fact',
      'don’t',
      'touch',
      'Holmes’s',
      '1,000',
      'pounds',
      'or',
      '3.5',
      'more',
      'e-mail',
      'him',
    ]);
    for (const w of words(text)) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(countWords(text)).toBe(13);
  });

  it('counts a long text the same as its parts (segmented piece by piece)', () => {
    const paragraph =
      'It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife. ';
    const long = paragraph.repeat(200);
    expect(countWords(long)).toBe(countWords(paragraph) * 200);
    expect(words(long).at(-1)).toMatchObject({ text: 'wife', end: long.length - 2 });
  });

  it('reads a word across a zero-width no-break space, which does not separate runs as white space does', () => {
    expect(words('a\uFEFFb c').map((w) => w.text)).toEqual(['a\uFEFFb', 'c']);
    expect(words('a\u00A0b\tc').map((w) => w.text)).toEqual(['a', 'b', 'c']);
  });

  it('reads a run of plain letters and digits in punctuation as the segmenter does, and a joined one as one word', () => {
    const runs = [
      '"(Well,"',
      "'tis",
      "boys'",
      '[3rd].',
      '\u201cNo!\u201d',
      '1894.',
      'abc123;',
      'A:',
      '\u2018Yes?\u2019',
    ];
    for (const run of runs) {
      const segmented = [...new Intl.Segmenter('en', { granularity: 'word' }).segment(run)]
        .filter((s) => s.isWordLike)
        .map((s) => ({ text: s.segment, start: s.index, end: s.index + s.segment.length }));
      expect(words(run)).toEqual(segmented);
    }
    // Marks between two letters or digits, and the connector "_", join: not plain runs.
    expect(words("don't 1,000 e.g. _x a.b").map((w) => w.text)).toEqual([
      "don't",
      '1,000',
      'e.g',
      '_x',
      'a.b',
    ]);
  });

  it('answers fresh words for a run it has read before, at their own offsets', () => {
    const first = words('Elizabeth, said she.');
    const [elizabeth] = first;
    if (elizabeth) elizabeth.text = 'changed';
    expect(words('Then Elizabeth, said she.')).toEqual([
      { text: 'Then', start: 0, end: 4 },
      { text: 'Elizabeth', start: 5, end: 14 },
      { text: 'said', start: 16, end: 20 },
      { text: 'she', start: 21, end: 24 },
    ]);
  });
});

describe('sentences', () => {
  it('does not end a sentence after a title, an initial or before a lower-case continuation', () => {
    expect(
      quote(
        'Mr. Darcy bowed. Mrs. Bennet laughed... J. Smith came at 3 p.m. on Monday. “Stop!” he cried. I said I. Dr. Watson agreed?',
      ),
    ).toEqual([
      'Mr. Darcy bowed.',
      'Mrs. Bennet laughed...',
      'J. Smith came at 3 p.m. on Monday.',
      '“Stop!” he cried.',
      'I said I.',
      'Dr. Watson agreed?',
    ]);
  });

  it('does not end a sentence after an initial that opens a quotation', () => {
    expect(quote('He wrote "S. H. for J. O." Then he sealed it. She signed ‘M. Hunter’ below.')).toEqual([
      'He wrote "S. H. for J. O."',
      'Then he sealed it.',
      'She signed ‘M. Hunter’ below.',
    ]);
  });

  it('reads hard-wrapped lines as one paragraph, and ends every sentence at a blank line or heading', () => {
    const text =
      'It was a bright cold day in April, and\nthe clocks were striking thirteen\n\nCHAPTER II\n\nWinston went\nhome.';
    expect(quote(text)).toEqual([
      'It was a bright cold day in April, and\nthe clocks were striking thirteen',
      'CHAPTER II',
      'Winston went\nhome.',
    ]);
  });

  it('takes each line of a manuscript written one paragraph per line as its own paragraph', () => {
    const line =
      'She walked along the shore for a long while, thinking of nothing in particular and everything at once';
    const text = `Chapter One\n${line}\n${line}`;
    expect(quote(text)).toEqual(['Chapter One', line, line]);
  });

  it('splits a whole novel into spans that are trimmed, ordered and cover its sentences', () => {
    const novel = readFileSync(join(NOVELS, '1342_pride_and_prejudice.txt'), 'utf8');
    const spans = sentences(novel);
    expect(spans.length).toBeGreaterThan(4000);
    let last = 0;
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(novel.slice(s.start, s.end)).toBe(novel.slice(s.start, s.end).trim());
      last = s.end;
    }
    const first = quote(novel).find((s) => s.startsWith('It is a truth'));
    expect(first).toBe(
      'It is a truth universally acknowledged, that a single man in possession\nof a good fortune, must be in want of a wife.',
    );
  });
});

describe('terms', () => {
  it('folds, drops stop words and possessives, splits hyphenated words and stems with Porter2', () => {
    expect(fold('Café’s ÉTÉ')).toBe("cafe's ete");
    expect(stem('harpooneers')).toBe('harpoon');
    expect(STOP_WORDS.has('the')).toBe(true);
    expect(terms("The well-known sperm-whale's harpoons; Holmes’s café")).toEqual([
      'well',
      'known',
      'sperm',
      'whale',
      'harpoon',
      'holm',
      'cafe',
    ]);
    expect(contentWords('Running whales')).toEqual([
      { word: 'running', term: 'run' },
      { word: 'whales', term: 'whale' },
    ]);
    // A question and the passage that answers it meet on the same terms.
    expect(terms('Who was engaged to Bingley?').sort()).toEqual(
      terms('Bingley and Jane were engaged')
        .filter((t) => t !== 'jane')
        .sort(),
    );
  });
});

describe('the memo of short texts (a passage split and stemmed again by the next answer)', () => {
  const passage = 'Mr. Darcy bowed. Elizabeth walked on to Netherfield, and Jane was ill.';

  it('answers the same sentences and terms again, each call its own copy', () => {
    const spans = sentences(passage);
    const passageTerms = terms(passage);
    expect(spans.map((s) => passage.slice(s.start, s.end))).toEqual([
      'Mr. Darcy bowed.',
      'Elizabeth walked on to Netherfield, and Jane was ill.',
    ]);
    // A caller that changes what it was given changes nothing for the next caller.
    const first = spans[0];
    if (!first) throw new Error('no sentence');
    first.end = 3;
    spans.pop();
    passageTerms.splice(0, 2);
    expect(sentences(passage)).toEqual([
      { start: 0, end: 16 },
      { start: 17, end: passage.length },
    ]);
    expect(terms(passage)).toEqual(['mr', 'darci', 'bow', 'elizabeth', 'walk', 'netherfield', 'jane', 'ill']);
  });

  it('splits and stems an edited passage anew', () => {
    const edited = passage.replace('Jane was ill', 'Jane recovered');
    expect(sentences(passage).at(-1)?.end).toBe(passage.length);
    expect(sentences(edited).at(-1)?.end).toBe(edited.length);
    expect(terms(passage).at(-1)).toBe('ill');
    expect(terms(edited).slice(-2)).toEqual(['jane', 'recov']);
  });
});
