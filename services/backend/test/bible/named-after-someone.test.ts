/**
 * A ship or an inn named after someone, whose namesake the text names once without the article
 * (The Harcourt Papers, docs/quality/story-bible.md, twenty-eighth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, source } from '../support/bible.js';

const typeOf = (text: string, name: string): string[] =>
  holding(extract([source(text)]), name).map((entity) => entity.type);

describe('a name after "the" each time but one', () => {
  it('reads a ship named after someone as a thing, though its namesake is named once', () => {
    const text = `He owned two barques, the Jane Ferris and the Swallow. The Jane Ferris was the faster. His nephew sailed on the Jane Ferris to the Cape, and the Jane Ferris came home without him. Jane Ferris had been his mother's name, and he never let anyone forget it.`;
    expect(typeOf(text, 'Jane Ferris')).toEqual(['term']);
  });

  it('keeps a person someone calls "the Jane Ferris of old" once or twice', () => {
    const text = `Jane Ferris came into the room. She was not the Jane Ferris of the old days, and he was not the man she had married. Jane Ferris sat down by the fire. Jane Ferris wept.`;
    expect(typeOf(text, 'Jane Ferris')).toEqual(['character']);
  });

  it('keeps a person named after "the" twice and once without it', () => {
    const text = `It was the Jane Ferris he remembered, and the Jane Ferris he had lost. Jane Ferris smiled at him across the table.`;
    expect(typeOf(text, 'Jane Ferris')).toEqual(['character']);
  });
});

describe('a title and a name after "the" each time', () => {
  it('reads an inn named with a lord as a thing', () => {
    const text = `The boy had seen the stranger twice in the Lord Hawley, at the corner of the lane. We went to the Lord Hawley at nine. The room of the Lord Hawley was low and hot, and we came out of the Lord Hawley at midnight.`;
    expect(typeOf(text, 'Lord Hawley')).toEqual(['term']);
  });

  it('keeps a prince the text makes act', () => {
    const text = `The Prince Regent came into the room. Everyone bowed to the Prince Regent. The Prince Regent laughed and sat down.`;
    expect(typeOf(text, 'Prince Regent')).toEqual(['character']);
  });

  it('keeps a widow called "the Widow" by usage', () => {
    const text = `We called on the Widow Marrable. The house of the Widow Marrable stood by the church. Tea with the Widow Marrable was a solemn thing.`;
    expect(typeOf(text, 'Widow Marrable')).toEqual(['character']);
  });
});
