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
