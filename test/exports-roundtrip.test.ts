/**
 * George reads its own exports back: a manuscript exported as .docx, .epub and Markdown goes
 * through the filesystem service's importer and comes out with the same chapters, headings and
 * paragraphs.
 */
import { describe, expect, it } from 'vitest';
import {
  manuscriptDocx,
  manuscriptEpub,
  manuscriptMarkdown,
} from '../services/backend/src/exports/manuscript.js';
import { extract } from '../services/filesystem/src/services/extract.js';
import { buildStructure } from '../services/filesystem/src/services/text.js';

const text = [
  'A Foreword by the editor.',
  'Letter 1',
  'St. Petersburgh, Dec. 11th, 17--',
  'You will rejoice to hear that no disaster has accompanied me.\nI arrived here yesterday.',
  'Chapter 1',
  'I am by birth a Genevese.',
  'My family is one of the most distinguished of that republic.',
  'Chapter 2',
  'We were brought up together.',
].join('\n\n');
const at = (s: string) => text.indexOf(s);
const source = {
  title: 'Frankenstein & Co',
  author: 'Mary Shelley',
  text,
  chapters: [
    { title: 'Letter 1', start: at('Letter 1'), end: at('Chapter 1') - 2 },
    { title: 'Chapter 1', start: at('Chapter 1'), end: at('Chapter 2') - 2 },
    { title: 'Chapter 2', start: at('Chapter 2'), end: text.length },
  ],
};
const ZIP = { maxUncompressedBytes: 50 * 1024 * 1024, maxRatio: 200, maxEntries: 1000 };

async function reimport(buf: Buffer, name: string) {
  const extracted = await extract(buf, { name, zip: ZIP });
  return { type: extracted.type, ...buildStructure(extracted.blocks) };
}

describe('exports read back by the importer', () => {
  it.each([
    ['book.docx', () => manuscriptDocx(source), 'docx'],
    ['book.epub', () => manuscriptEpub(source, 'p1-f1'), 'epub'],
    ['book.md', async () => Buffer.from(manuscriptMarkdown(source)), 'markdown'],
  ] as const)('%s keeps the chapters, their headings and paragraphs', async (name, make, type) => {
    const back = await reimport(await make(), name);
    expect(back.type).toBe(type);
    expect(back.chapters.map((c) => [c.index, c.title])).toEqual([
      [1, 'Letter 1'],
      [2, 'Chapter 1'],
      [3, 'Chapter 2'],
    ]);
    const chapter2 = back.chapters[1] as { start: number; end: number };
    expect(back.text.slice(chapter2.start, chapter2.end)).toMatch(
      /^(## )?Chapter 1\n\nI am by birth a Genevese\.\n\nMy family is one of the most distinguished of that republic\.$/,
    );
    expect(back.text).toContain('You will rejoice to hear that no disaster has accompanied me.');
    expect(back.text).toContain('A Foreword by the editor.');
  });
});
