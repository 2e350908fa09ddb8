import { countWords } from '@george/text';
import { describe, expect, it } from 'vitest';
import { blocksFromHtml, blocksFromPdfPages, decodeText } from '../../src/services/extract.js';
import {
  blocksFromPlainText,
  buildStructure,
  isChapterHeading,
  normaliseText,
} from '../../src/services/text.js';

const structureOf = (text: string) => buildStructure(blocksFromPlainText(normaliseText(text)));

describe('chapter headings', () => {
  it.each([
    'Chapter 1',
    'CHAPTER IV.',
    'Chapter the Third',
    'CHAPTER THE LAST',
    'Chapter Twenty-One: The Ball',
    'Chapter XII. Alice’s Evidence',
    'Prologue',
    'Epilogue',
    'VII. THE ADVENTURE OF THE BLUE CARBUNCLE',
  ])('%s is a chapter heading', (line) => {
    expect(isChapterHeading(line)).toBe(true);
  });

  it.each([
    'Chapter after chapter she read on, and the night grew late.',
    'The chapter was long.',
    'Chapterhouse',
    'I.',
    'IV. Then she wrote to him at last.',
  ])('%s is not', (line) => {
    expect(isChapterHeading(line)).toBe(false);
  });

  it('splits a text into chapters with offsets that point at the headings', () => {
    const text = 'Title page\n\nChapter 1\n\nIt began.\n\nIt went on.\n\n\n\nCHAPTER II.\n\nIt ended.\n';
    const s = structureOf(text);
    expect(s.chapters.map((c) => c.title)).toEqual(['Chapter 1', 'CHAPTER II.']);
    // One numbering everywhere: the 1-based position in text order, whatever the heading says.
    expect(s.chapters.map((c) => c.index)).toEqual([1, 2]);
    for (const c of s.chapters) expect(s.text.slice(c.start, c.start + c.title.length)).toBe(c.title);
    expect(s.text.slice(s.chapters[0]?.start, s.chapters[0]?.end)).toBe(
      'Chapter 1\n\nIt began.\n\nIt went on.',
    );
    expect(s.chapters[1]?.end).toBe(s.text.length);
    expect(s.paragraphs.map((p) => s.text.slice(p.start, p.end))).toEqual([
      'Title page',
      'Chapter 1',
      'It began.',
      'It went on.',
      'CHAPTER II.',
      'It ended.',
    ]);
  });

  it('takes paragraphs that are only a number counting up from 1 as chapter headings', () => {
    const s = structureOf(
      'The Night Shift\n\n1\n\nShe parks.\n\n2\n\nHe wakes.\n\nBed 14 is empty.\n\nIII\n\nNot a chapter.',
    );
    expect(s.chapters.map((c) => c.title)).toEqual(['1', '2']);
    expect(s.text.slice(s.chapters[1]?.start, s.chapters[1]?.end)).toBe(
      '2\n\nHe wakes.\n\nBed 14 is empty.\n\nIII\n\nNot a chapter.',
    );
    expect(structureOf('I.\n\nIt began.\n\nII.\n\nIt ended.').chapters.map((c) => c.title)).toEqual([
      'I.',
      'II.',
    ]);
    // One lone number is no chapter: an address, a count on a line of its own.
    expect(structureOf('She wrote the number down.\n\n14\n\nThen she left.').chapters).toEqual([]);
  });

  it('uses Markdown headings of the most repeated top level when no heading reads like a chapter', () => {
    const s = structureOf('# The Book\n\n## Arrival\n\nText one.\n\n## Departure\n\nText two.');
    expect(s.chapters.map((c) => c.title)).toEqual(['Arrival', 'Departure']);
    expect(s.text.slice(s.chapters[1]?.start ?? 0)).toBe('## Departure\n\nText two.');
  });

  it('keeps where two or more blank lines set paragraphs apart (scene breaks), not in the text', () => {
    const raw = 'Chapter 1\n\nThey met.\n\n\n\nLater, they parted.\n\nShe wept.\n\n\nChapter 2\n\nMorning.';
    const s = buildStructure(blocksFromPlainText(normaliseText(raw, { blankRuns: true })));
    expect(s.text).toBe(structureOf(raw).text);
    expect(s.text).toBe(
      'Chapter 1\n\nThey met.\n\nLater, they parted.\n\nShe wept.\n\nChapter 2\n\nMorning.',
    );
    expect(s.sceneBreaks).toEqual([s.text.indexOf('Later'), s.text.indexOf('Chapter 2')]);
    expect(s.chapters.map((c) => c.title)).toEqual(['Chapter 1', 'Chapter 2']);
  });

  it('drops headings without a body (a table of contents)', () => {
    const s = structureOf('Chapter 1\n\nChapter 2\n\nChapter 1\n\nOne.\n\nChapter 2\n\nTwo.');
    expect(s.chapters).toHaveLength(2);
    expect(s.text.slice(s.chapters[0]?.start, s.chapters[0]?.end)).toBe('Chapter 1\n\nOne.');
  });

  it('gives a heading glued to its first line its own paragraph', () => {
    const s = structureOf('CHAPTER I.\nIt was a dark night.');
    expect(s.chapters).toHaveLength(1);
    expect(s.paragraphs).toHaveLength(2);
  });
});

describe('normalisation and words', () => {
  it('normalises line endings, BOM, trailing spaces and blank runs', () => {
    expect(normaliseText('\uFEFFa  \r\nb\r\n\r\n\r\n\r\nc\n\n')).toBe('a\nb\n\nc');
  });

  it('counts words with apostrophes and hyphens inside, not punctuation', () => {
    expect(countWords("It's a well-bred man -- isn't it? 42 times; naïve café.")).toBe(10);
    expect(countWords('  ...  ')).toBe(0);
  });

  it('decodes Latin-1 and UTF-16 text, refuses binary', () => {
    const prose =
      'It is a truth universally acknowledged, that a single man in possession of a good fortune must be in want of a wife. ';
    const latin = Buffer.from(
      `${prose}Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade. ${prose.repeat(10)}`,
      'latin1',
    );
    expect(decodeText(latin).text).toContain('Café crème brûlée');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Chapter 1\n\nHello.', 'utf16le')]);
    expect(decodeText(utf16).text).toBe('Chapter 1\n\nHello.');
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(() => decodeText(binary)).toThrow(/binary|encoding/);
  });

  it('refuses binary content naming every format read, not four of them', () => {
    const binary = Buffer.from('Chapter 1\0\0\0Hello.');
    expect(() => decodeText(binary)).toThrow(
      'the file is binary; George reads .txt, .md, .docx, .pdf, .epub, .odt, .rtf or a Scrivener project as .zip',
    );
    // Text with a stray control character or two is still text.
    expect(decodeText(Buffer.from('Chapter 1\n\nHello.\u0007 Goodbye.')).text).toContain('Goodbye');
  });

  it('reads mammoth HTML into heading and paragraph blocks', () => {
    const blocks = blocksFromHtml('<h1>Chapter 1</h1><p>Tom &amp; Jerry<br />ran.</p><ul><li>one</li></ul>');
    expect(blocks).toEqual([
      { text: 'Chapter 1', heading: 1 },
      { text: 'Tom & Jerry\nran.' },
      { text: 'one' },
    ]);
  });

  it('groups PDF lines into paragraphs', () => {
    const blocks = blocksFromPdfPages([
      'Chapter 1\nA long line of text that fills the page width quite well and\nends here.\nNext one.',
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Chapter 1',
      'A long line of text that fills the page width quite well and\nends here.',
      'Next one.',
    ]);
  });
});
