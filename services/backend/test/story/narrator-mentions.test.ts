/** A first-person narrator's "I" counted for the character the story analysis names. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { quotationParts } from '../../src/dialogue/quotations.js';
import { analyseFile } from '../../src/story/file.js';
import { withNarratorMentions } from '../../src/story/narrator-mentions.js';
import { headedChapters } from '../support/text.js';

const TEXT = [
  'Chapter 1',
  'My name is Anna Greville, and I came to Thornby today with my father. Martha Hale met us at the gate. "I am glad you came," Martha said to me, "you look tired, Anna." I walked by the river until dark and wrote this by the fire.',
  'I read to my father the next day. Martha brought bread and told me of the mill. I thought of home.',
  'Chapter 2',
  'Martha Hale walked to the mill the next morning. She thought of Anna and wondered whether the girl would stay. "I will ask her," she said. Martha knew the miller would be late.',
].join('\n\n');

function source() {
  return { fileId: 'f1', text: TEXT, chapters: headedChapters(TEXT) };
}

describe('withNarratorMentions', () => {
  const file = source();
  const extraction = extract([file]);
  const analysis = analyseFile(file, extraction);
  const speech = quotationParts(TEXT);
  const out = withNarratorMentions('f1', TEXT, extraction, analysis.chapters, speech);
  const anna = (e: typeof out) => e.entities.find((x) => x.key === 'character:anna');

  it('adds the narration\'s "I", "me" and "my" of a first-person chapter to its named narrator', () => {
    expect(analysis.chapters[0]?.pov).toBe('first');
    const before = anna(extraction)?.mentions ?? [];
    const after = anna(out)?.mentions ?? [];
    const added = after.filter((m) => !before.some((b) => b.start === m.start));
    expect(added.map((m) => m.text)).toEqual(['My', 'I', 'my', 'me', 'I', 'I', 'my', 'me', 'I']);
    expect(added.every((m) => m.chapter === 1 && TEXT.slice(m.start, m.end) === m.text)).toBe(true);
    expect(after.map((m) => m.start)).toEqual([...after.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('leaves speech alone, and other characters as they were', () => {
    const added = (anna(out)?.mentions ?? []).map((m) => m.start);
    expect(added).not.toContain(TEXT.indexOf('"I am glad') + 1);
    expect(added).not.toContain(TEXT.indexOf('"I will ask') + 1);
    const martha = (e: typeof out) => e.entities.find((x) => x.name === 'Martha Hale')?.mentions;
    expect(martha(out)).toEqual(martha(extraction));
  });

  it('changes nothing when no chapter is told in the first person', () => {
    const third = { ...analysis, chapters: analysis.chapters.map((c) => ({ ...c, pov: 'third' as const })) };
    expect(withNarratorMentions('f1', TEXT, extraction, third.chapters, speech)).toBe(extraction);
  });
});
