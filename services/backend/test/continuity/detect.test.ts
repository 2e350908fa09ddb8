import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../src/bible/index.js';
import {
  type ContinuityIssue,
  checkContinuity,
  countSpellings,
  findMisspellings,
} from '../../src/continuity/index.js';

/** A text with "Chapter N" headings as the filesystem service reports them. */
function check(text: string): ContinuityIssue[] {
  const chapters: SourceText['chapters'] = [];
  for (const m of text.matchAll(/^Chapter \d+$/gm)) {
    chapters.push({ title: m[0], start: m.index ?? 0, end: text.length });
  }
  for (let i = 0; i < chapters.length - 1; i++) {
    (chapters[i] as { end: number }).end = (chapters[i + 1] as { start: number }).start;
  }
  const source: SourceText = { fileId: 'book', text, chapters };
  return checkContinuity({ sources: [source], extraction: extract([source]) }).issues;
}

/** Filler paragraphs so that names are seen as names. */
const FILLER = ['Thomas Hale', 'Thomas', 'Mr. Hale', 'Mary Benson', 'Mary', 'Thomas', 'Mary']
  .map((n) => `${n} walked along the road to the village and spoke with the miller about the weather.`)
  .join('\n\n');

describe('detectContradictions', () => {
  it('flags grey eyes against blue ones, less surely than against green ones', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson had grey eyes. Thomas Hale had grey eyes.\n\nChapter 2\n\n${FILLER}\n\nMary Benson's eyes were of a watery blue. Thomas Hale's eyes were green.`,
    );
    const eyes = issues.filter((i) => i.kind === 'attribute');
    const mary = eyes.find((i) => /blue/.test(i.summary));
    const thomas = eyes.find((i) => /green/.test(i.summary));
    expect(mary?.summary).toMatch(/^Mary( Benson)? is grey-eyed in Chapter 1 but blue-eyed in Chapter 2\.$/);
    expect(thomas).toBeDefined();
    expect(mary?.confidence).toBeLessThan(thomas?.confidence ?? 0);
  });

  it('flags things no one owns counted once against a count stated twice in the chapter', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nOut of the envelope jumped five little dried orange pips. Thomas laughed. He once held seven dried orange pips in his palm. Mary shook out five little dried orange pips.`,
    );
    expect(issues.filter((i) => i.kind === 'count').map((i) => i.summary)).toEqual([
      'The orange pips are 5 in Chapter 1 but 7 in Chapter 1.',
    ]);
  });

  it('finds a four-letter name written once with a letter left out', () => {
    const text = `${Array.from({ length: 12 }, () => 'Then Jane spoke to the miller.').join(' ')} Then Jae answered.`;
    const issues = findMisspellings(countSpellings({ fileId: 'book', text, chapters: [] }));
    expect(issues.map((i) => i.summary)).toEqual(['"Jae" is written once; the text writes "Jane" 12 times.']);
  });

  it('flags a betrothed or a spouse the text also makes a brother', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson was engaged to Thomas Hale.\n\nChapter 2\n\n${FILLER}\n\nThomas Hale, Mary Benson's brother, came in.`,
    );
    expect(issues.filter((i) => i.kind === 'relation').map((i) => i.summary)).toEqual([
      expect.stringMatching(
        /Thomas Hale is Mary( Benson)?'s (engaged|sibling) in Chapter \d but Mary( Benson)?'s (engaged|sibling) in Chapter \d\./,
      ),
    ]);
    const married = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson married Thomas Hale in June.\n\nChapter 2\n\n${FILLER}\n\nThomas Hale, Mary Benson's brother, came in.`,
    );
    expect(married.filter((i) => i.kind === 'relation')).toHaveLength(1);
  });

  it('finds a name spelled with an initial of the same sound ("Katherine" of "Catherine")', () => {
    const text = `${Array.from({ length: 12 }, () => 'Then Catherine spoke to the miller.').join(' ')} Then Katherine answered.`;
    const issues = findMisspellings(countSpellings({ fileId: 'book', text, chapters: [] }));
    expect(issues.map((i) => i.summary)).toEqual([
      '"Katherine" is written once; the text writes "Catherine" 12 times.',
    ]);
  });

  it("counts a husband's and a wife's children as one family's", () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nMr. Grey came in. Mr. Grey sat down. Mr. Grey had five daughters.\n\nChapter 2\n\n${FILLER}\n\nMrs. Grey came in. Mrs. Grey had six daughters.`,
    );
    expect(issues.filter((i) => i.kind === 'count').map((i) => i.summary)).toEqual([
      expect.stringMatching(/daughters are (5|6) in Chapter \d but (5|6) in Chapter \d\./),
    ]);
  });
});
