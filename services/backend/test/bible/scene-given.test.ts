/**
 * A given name spoken only, whose one namesake the narration always titles with honour ("Lady
 * Margaret Vane") and no chapter it is spoken in names: the one unnamed "Miss" of those chapters
 * (Pride and Prejudice's "Anne" of Miss de Bourgh, docs/quality/story-bible.md, thirtieth session,
 * bible73). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import type { SourceText } from '../../src/bible/types.js';
import { one } from '../support/bible.js';

/** A text of chapters headed "Chapter N", each chapter running to the next heading. */
function chaptered(...bodies: string[]): SourceText {
  let text = '';
  const chapters: SourceText['chapters'] = [];
  bodies.forEach((body, i) => {
    const title = `Chapter ${i + 1}`;
    chapters.push({ title, start: text.length, end: text.length + title.length + 2 + body.length });
    text += `${title}\n\n${body}\n\n`;
  });
  return { fileId: 'book', text, chapters };
}

const MOTHER = `Lady Margaret Vane had died young, and her son Edward Vane was raised by his aunt. Lady Margaret was much missed at Hollins. Edward Vane kept her portrait.`;

describe('a spoken given name whose honoured namesake is out of the scene', () => {
  it('is the unnamed "Miss" of the chapter it is spoken in', () => {
    const dinner = `Lady Ormsby sat at the head of the table, her daughter Miss Ormsby beside her. "Margaret does not sing," said Lady Ormsby. "Margaret was never strong, or she would have been the finest singer in the county." Miss Ormsby looked at her plate. Edward Vane smiled at Miss Ormsby.`;
    const result = extract([chaptered(MOTHER, dinner)]);
    expect(one(result, 'Margaret')).toBe(one(result, 'Miss Ormsby'));
    expect(one(result, 'Lady Margaret Vane')).not.toBe(one(result, 'Miss Ormsby'));
  });

  it('stays with the honoured namesake when the chapter names her', () => {
    const visit = `Lady Margaret Vane called at the Ormsbys' with her son. Miss Ormsby poured the tea. "Margaret, you look tired," said Lady Ormsby. Lady Margaret smiled and said nothing. Miss Ormsby was silent.`;
    const result = extract([chaptered(MOTHER, visit)]);
    expect(one(result, 'Margaret')).toBe(one(result, 'Lady Margaret Vane'));
  });

  it('is not the "Miss" of a family whose daughters the text names by given name', () => {
    const dinner = `Lady Ormsby sat at the head of the table, and Clara Ormsby beside her. "Margaret does not sing," said Lady Ormsby. "Margaret was never strong." Miss Ormsby looked at her plate. Edward Vane smiled at Clara Ormsby.`;
    const result = extract([chaptered(MOTHER, dinner)]);
    expect(one(result, 'Margaret')).not.toBe(one(result, 'Miss Ormsby'));
  });
});
