/** The analysis the ingestion stores: characters by extraction key, and a focal character in reserve. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { analyseFile } from '../../src/story/file.js';
import { headedChapters } from '../support/text.js';

const TEXT = [
  'Chapter 1',
  'THE DIARY OF ANNA GREVILLE',
  '3 May.--Anna Greville here. I came to Thornby today with my father, and Martha Hale met us at the gate. Martha said, "You are welcome, Anna." I walked by the river until dark and wrote this by the fire.',
  'Chapter 2',
  'Martha Hale walked to the mill the next morning. Martha thought of the girl and wondered whether she would stay. Martha felt the cold and hurried on. Martha knew the miller would be late, and Martha hoped the rain would hold off. Martha remembered the winter the wheel froze.',
].join('\n\n');

function source() {
  return { fileId: 'f1', text: TEXT, chapters: headedChapters(TEXT) };
}

describe('analyseFile', () => {
  const file = source();
  const extraction = extract([file]);
  const { chapters, events } = analyseFile(file, extraction);
  const keyOf = (name: string) => extraction.entities.find((e) => e.name === name)?.key;

  it("names characters by extraction key, as the story bible's entities hold them", () => {
    const keys = new Set(extraction.entities.map((e) => e.key));
    for (const c of chapters) for (const ch of c.characters) expect(keys.has(ch.id)).toBe(true);
    expect(chapters[0]?.narrators.map((n) => [n.id, n.name])).toEqual([
      [keyOf('Anna Greville'), 'Anna Greville'],
    ]);
    expect(events.map((e) => e.when.date)).toContain('--05-03');
  });

  it('keeps, for a first-person chapter, the character it would follow in the third person', () => {
    const second = chapters[1];
    // One voice over the run: the diarist's book tells Chapter 2 in the first person too.
    expect(second?.pov).not.toBe('third');
    expect(second?.focal).toBeNull();
    expect(second?.thirdPersonFocal?.id).toBe(keyOf('Martha Hale') ?? keyOf('Martha'));
    for (const c of chapters) if (c.pov === 'third') expect(c.thirdPersonFocal).toBeUndefined();
  });
});
