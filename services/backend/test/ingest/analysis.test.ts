import { describe, expect, it } from 'vitest';
import type { SplitCorrection } from '../../src/bible/corrections.js';
import { analyseText } from '../../src/ingest/analysis.js';
import { headedChapters } from '../support/text.js';

/** The author's split of one name out of an entity, as the split route records it. */
function splitOut(sourceKey: string | undefined, sourceName: string, name: string): SplitCorrection {
  return {
    key: 'split:1',
    sourceKeys: [sourceKey ?? ''],
    sourceNames: [sourceName, name],
    name,
    type: 'character',
    aliases: [name],
    mentions: [],
  };
}

describe('text analysis at ingestion', () => {
  it('gives "said I" to the narrator the story analysis finds for each letter and chapter', () => {
    const text = [
      'Letter 1',
      'To Mrs. Saville, England',
      'I arrived here yesterday. Victor Frankenstein came aboard, a stranger half dead. "You are safe now," said I. He thanked me. I sat by him all night.',
      'Your affectionate brother,\n  R. Walton',
      'Chapter 1',
      'I am by birth a Genevese. My father told me of my duties.',
      '"My dear Victor," cried my mother, "you must rest."',
      '"I cannot rest, mother," said I.',
      '"Victor, come to dinner," said Elizabeth. I went to her.',
    ].join('\n\n');
    const analysis = analyseText({
      source: { fileId: 'book', text, chapters: headedChapters(text) },
      splits: [],
    });
    const name = new Map(analysis.bible.entities.map((e) => [e.key, e.name]));
    const saidI = analysis.dialogue.quotes
      .filter((q) => /^\s*said I/.test(text.slice(q.end, q.end + 10)))
      .map((q) => name.get(q.speakerKey ?? ''));
    // The letter's writer goes by his signature as written, initial and surname.
    expect(saidI).toEqual(['R. Walton', 'Victor']);
  });

  it('joins a given name the characters only speak to the titled character it answers', () => {
    const text = [
      'Mr. Bingley sat with his sisters and Mr. Darcy in the drawing-room.',
      '“It is amazing to me,” said Mr. Bingley, “how young ladies can be so accomplished.”',
      '“All young ladies accomplished! My dear Charles, what do you mean?”',
      '“Yes, all of them, I think,” said Mr. Bingley.',
      '“Your list is too short,” said Mr. Darcy.',
      '“Charles will never agree with you, Mr. Darcy.”',
    ].join('\n\n');
    const analysis = analyseText({ source: { fileId: 'book', text, chapters: [] }, splits: [] });
    const bingley = analysis.bible.entities.find((e) => e.name === 'Mr. Bingley');
    expect(bingley?.aliases).toContain('Charles');
    expect(analysis.bible.entities.some((e) => e.name === 'Charles')).toBe(false);
    // The mentions of the given name are the survivor's, and the dialogue reads the joined entity.
    expect(bingley?.mentions.filter((m) => m.text === 'Charles')).toHaveLength(2);
    const calling = analysis.dialogue.quotes.find((q) =>
      text.slice(q.start, q.end).includes('My dear Charles'),
    );
    expect(calling?.calledKeys).toEqual([bingley?.key]);

    // The author splits "Charles" out again: the split stands on the next analysis.
    const split = splitOut(bingley?.key, 'Mr. Bingley', 'Charles');
    const again = analyseText({ source: { fileId: 'book', text, chapters: [] }, splits: [split] });
    expect(again.bible.entities.find((e) => e.name === 'Mr. Bingley')?.aliases).not.toContain('Charles');
  });

  it('joins a married woman known by title and surname to the given name a reply calls her', () => {
    const text = [
      'Mrs. Hurst and Miss Bingley sat with Mr. Darcy. Mr. Hurst slept.',
      'Miss Bingley began abusing her as soon as she was out of the room. Mrs. Hurst thought the same, and added:',
      '“She has nothing, in short, to recommend her, but being an excellent walker.”',
      '“She did, indeed, Louisa. I could hardly keep my countenance.”',
      '“Yes, and her petticoat; I hope you saw her petticoat, six inches deep in mud.”',
      '“Your picture may be very exact, Louisa,” said Mr. Bingley; “but this was all lost upon me.”',
      '“I am afraid,” said Mr. Darcy, “that this adventure has rather affected your admiration.”',
      '“Louisa, you will not mind my waking Mr. Hurst?” cried Miss Bingley.',
    ].join('\n\n');
    const analysis = analyseText({ source: { fileId: 'book', text, chapters: [] }, splits: [] });
    const hurst = analysis.bible.entities.find((e) => e.name === 'Mrs. Hurst');
    expect(hurst?.aliases).toContain('Louisa');
    expect(analysis.bible.entities.some((e) => e.name === 'Louisa')).toBe(false);

    // The author's split of "Louisa" stands on the next analysis.
    const split = splitOut(hurst?.key, 'Mrs. Hurst', 'Louisa');
    const again = analyseText({ source: { fileId: 'book', text, chapters: [] }, splits: [split] });
    expect(again.bible.entities.find((e) => e.name === 'Mrs. Hurst')?.aliases).not.toContain('Louisa');
    expect(again.bible.entities.some((e) => e.name === 'Louisa')).toBe(true);
  });
});
