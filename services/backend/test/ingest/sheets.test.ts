/** Story-bible sheets quote whole sentences of the text, whatever its line wrapping. */
import { describe, expect, it } from 'vitest';
import type { EntityDetail } from '../../src/graph/store.js';
import { generateSheet } from '../../src/ingest/sheets.js';

function sheetOf(text: string, name: string): string {
  const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
    fileId: 'f',
    chapter: null,
    start: m.index,
    end: m.index + name.length,
    text: name,
  }));
  const entity: EntityDetail = {
    id: 'e1',
    key: name.toLowerCase(),
    name,
    type: 'character',
    aliases: [],
    mentionCount: mentions.length,
    firstAppearance: null,
    sheet: '',
    sheetEdited: false,
    mentions,
    relations: [],
  };
  return generateSheet(entity, [{ fileId: 'f', text, chapters: [] }]);
}

describe('story-bible sheet descriptions', () => {
  it('quote the whole sentence across hard-wrapped lines', () => {
    const text =
      'Since you left us, one change has taken place. Madame Moritz, her mother,\n' +
      'was a widow with four children, of whom Justine was the third. This girl\n' +
      'had always been the favourite of her father.\n\nJustine was twelve years of age then.';
    const sheet = sheetOf(text, 'Justine');
    const start = text.indexOf('Madame');
    const end = text.indexOf('third.') + 'third.'.length;
    expect(sheet).toContain(
      `> Madame Moritz, her mother, was a widow with four children, of whom Justine was the third. [f:${start}-${end}]`,
    );
    expect(sheet).toContain('> Justine was twelve years of age then.');
  });

  it('do not end a sentence at a title', () => {
    const text =
      "The visitor was Mr. Hale, who had known Margaret, the\nmiller's daughter, since she was a child. She smiled.";
    expect(sheetOf(text, 'Margaret')).toContain(
      "> The visitor was Mr. Hale, who had known Margaret, the miller's daughter, since she was a child. [f:0-",
    );
  });
});
