import { describe, expect, it } from 'vitest';
import { quotationParts } from '../src/dialogue/quotations.js';
import { generateSheet } from '../src/ingest/sheets.js';
import { analyseText, numberChapters } from '../src/story/analyse.js';
import { chapterFigures } from '../src/story/chapters.js';
import { chapterIndexAt, chapterInText, chapterLabel, chapterTitles } from '../src/story/numbering.js';
import { headedChapters } from './support/text.js';

function mentionsOf(text: string, name: string) {
  return [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + name.length,
  }));
}

describe('chapter figures', () => {
  const text = [
    'Chapter One',
    'Anne walked to the mill. She found Tom there.',
    '“You are late,” said Tom.',
    '* * *',
    'The night came. Anne slept.',
    '#',
    'On the 3rd of May Tom left.',
    'Chapter Two',
    'Mary arrived. Anne met her, and Tom waved.',
  ].join('\n\n');
  const characters = [
    { id: 'anne', name: 'Anne', mentions: mentionsOf(text, 'Anne') },
    { id: 'tom', name: 'Tom', mentions: mentionsOf(text, 'Tom') },
    { id: 'mary', name: 'Mary', mentions: mentionsOf(text, 'Mary') },
  ];
  const she = text.indexOf('She found');
  const her = text.indexOf('her, and');
  const references = [
    { start: she, end: she + 3, characterId: 'anne' },
    { start: her, end: her + 3, characterId: 'mary' },
  ];

  it('counts words, scenes, dialogue, reading time and who is there, numbered from 1', () => {
    const chapters = numberChapters(headedChapters(text));
    const figures = chapterFigures({
      text,
      chapters,
      characters,
      references,
      quotations: quotationParts(text),
    });
    expect(figures.map((f) => [f.index, f.title, f.words, f.scenes, f.readingMinutes])).toEqual([
      [1, 'Chapter One', 26, 3, 1],
      [2, 'Chapter Two', 8, 1, 1],
    ]);
    expect(figures[0]?.dialogueShare).toBeCloseTo(3 / 26, 3);
    expect(figures[0]?.characters).toEqual([
      { id: 'anne', name: 'Anne', named: 2, referred: 1 },
      { id: 'tom', name: 'Tom', named: 3, referred: 0 },
    ]);
    expect(figures[1]?.characters).toEqual([
      { id: 'mary', name: 'Mary', named: 1, referred: 1 },
      { id: 'anne', name: 'Anne', named: 1, referred: 0 },
      { id: 'tom', name: 'Tom', named: 1, referred: 0 },
    ]);
    expect(figures.map((f) => f.introduced)).toEqual([['anne', 'tom'], ['mary']]);
  });

  it('counts scene breaks given as offsets after prose, and treats a text without headings as chapter 1', () => {
    const first =
      'The first scene goes on for a while, long enough to be prose and not a heading or a subtitle.';
    const plain = `Subtitle\n\n${first}\n\nAnother scene.`;
    const [only] = chapterFigures({
      text: plain,
      chapters: [],
      characters: [],
      references: [],
      quotations: [],
      // The break between the subtitle and the first paragraph separates no scenes.
      sceneBreaks: [plain.indexOf('The first'), plain.indexOf('Another')],
    });
    expect(only).toMatchObject({ index: 1, title: '', start: 0, end: plain.length, words: 23, scenes: 2 });
  });

  it('numbers chapters by position in text order whatever their titles say', () => {
    expect(
      numberChapters([
        { title: 'Chapter 1', start: 100, end: 200 },
        { title: 'Letter 4', start: 0, end: 100 },
      ]).map((c) => [c.index, c.title]),
    ).toEqual([
      [1, 'Letter 4'],
      [2, 'Chapter 1'],
    ]);
  });

  it('puts figures, voices and the timeline together', () => {
    const result = analyseText({ fileId: 'f', text, chapters: headedChapters(text), characters, references });
    expect(result.chapters.map((c) => [c.index, c.pov, c.words])).toEqual([
      [1, 'third', 26],
      [2, 'third', 8],
    ]);
    expect(result.events.map((e) => [e.when.text, e.when.date, e.chapter, e.quote])).toEqual([
      ['the 3rd of May', '--05-03', 1, 'On the 3rd of May Tom left.'],
    ]);
  });
});

describe('one chapter numbering', () => {
  it('numbers by position from 1 and shows the book heading', async () => {
    const chapters = [{ start: 0 }, { start: 50 }, { start: 90 }];
    expect([0, 49, 50, 200].map((o) => chapterIndexAt(chapters, o))).toEqual([1, 1, 2, 3]);
    expect(chapterIndexAt([], 10)).toBeNull();
    expect(chapterLabel(25, 'Chapter 21')).toBe('Chapter 21');
    expect(chapterLabel(3, '')).toBe('chapter 3');
    expect(chapterLabel(null, 'x')).toBe('');
    // Inside a sentence: the heading's number without its title or closing stop.
    expect(
      [
        'Chapter 1: Nadia',
        'CHAPTER 1. Loomings.',
        'Part II — Home',
        'Chapter Twenty-One - The Ford',
        'CHAPTER I.',
        'Chapter the First',
        'The Storm',
      ].map((title) => chapterInText(1, title)),
    ).toEqual([
      'Chapter 1',
      'CHAPTER 1',
      'Part II',
      'Chapter Twenty-One',
      'CHAPTER I',
      'Chapter the First',
      'The Storm',
    ]);
    let loads = 0;
    const titleOf = chapterTitles(async () => {
      loads++;
      return [{ title: 'Letter 1' }, { title: 'Chapter 1' }];
    });
    expect(await titleOf('f', 2)).toBe('Chapter 1');
    expect(await titleOf('f', 1)).toBe('Letter 1');
    expect(await titleOf('f', 9)).toBeNull();
    expect(await titleOf('f', null)).toBeNull();
    expect(loads).toBe(1);
  });

  it('cites chapters in story-bible sheets by the book heading', () => {
    const text = 'Letter 1\n\nWalton wrote.\n\nChapter 1\n\nWalton was a captain of the northern seas.';
    const sheet = generateSheet(
      {
        id: 'e1',
        key: 'walton',
        name: 'Walton',
        type: 'character',
        aliases: [],
        mentionCount: 2,
        firstAppearance: { fileId: 'f', chapter: 1, offset: 10 },
        sheet: '',
        sheetEdited: false,
        mentions: [
          { fileId: 'f', chapter: 1, start: 10, end: 16, text: 'Walton' },
          { fileId: 'f', chapter: 2, start: 36, end: 42, text: 'Walton' },
        ],
        relations: [],
      },
      [
        {
          fileId: 'f',
          text,
          chapters: [
            { title: 'Letter 1', start: 0, end: 23 },
            { title: 'Chapter 1', start: 25, end: text.length },
          ],
        },
      ],
    );
    expect(sheet).toContain('first appears in Letter 1');
    expect(sheet).toContain('> Walton was a captain of the northern seas. [Chapter 1, f:36-78]');
    expect(sheet).toContain('Letter 1, Chapter 1.');
  });
});
