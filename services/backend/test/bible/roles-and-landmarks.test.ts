/**
 * Characters known by a capitalised role, and capitalised things that are no one, from The Tinker
 * of the Wending (docs/quality/story-bible.md, twenty-ninth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

describe('a name told in speech of the one it is about', () => {
  it('joins the narration\'s one description of the pronoun\'s gender, not the speaker, to the name ("the Goose-Girl ... "Her name is Tansy"")', () => {
    const text = `The Goose-Girl drove the geese home. The Goose-Girl sat on the wall.

"She has a name," said the Ploughman. He was looking at the Goose-Girl. "Her name is Tansy. Isn't it, girl?"

Tansy nodded. "Come in," said the Ploughman. Tansy went in.`;
    const result = extract([source(text)]);
    expect(one(result, 'Goose-Girl')).toBe(one(result, 'Tansy'));
    expect(one(result, 'Ploughman')).not.toBe(one(result, 'Tansy'));
  });

  it('leaves the name apart when two descriptions of that gender are in the narration', () => {
    const text = `The Goose-Girl drove the geese home. The Dairymaid and the Goose-Girl sat on the wall.

"She has a name," said the Ploughman. He was looking at the Dairy-Woman and the Goose-Girl. "Her name is Tansy."

Tansy nodded. "Come in," said the Ploughman. Tansy went in. The Goose-Girl stayed.`;
    const result = extract([source(text)]);
    expect(
      holding(result, 'Tansy').every((e) => !e.aliases.includes('Goose-Girl') && e.name !== 'Goose-Girl'),
    ).toBe(true);
  });

  it("leaves the name apart when the narration's description is of the other gender", () => {
    const text = `The Stable-Boy drove the geese home. The Stable-Boy sat on the wall.

"She has a name," said the Ploughman. He was looking at the Stable-Boy. "Her name is Tansy."

Tansy came round the corner. "Come in," said the Ploughman. Tansy went in. The Stable-Boy stayed.`;
    const result = extract([source(text)]);
    expect(one(result, 'Stable-Boy')).not.toBe(one(result, 'Tansy'));
  });
});

describe('a tree a place is known by', () => {
  it('reads "the Beacon Oak" as a place, not someone', () => {
    const text = `The Beacon Oak stood on a green knoll above the river. They walked towards the Beacon Oak at dusk. The badger lived under the Beacon Oak. Nell sat under the Beacon Oak and waited. Nell went home from the Beacon Oak. Nell slept.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Beacon Oak').every((e) => e.type !== 'character')).toBe(true);
  });

  it('keeps a man whose surname is "Oak" a character', () => {
    const text = `Gabriel Oak kept sheep on the down. "Come by," said Gabriel Oak to the dog. Oak whistled. Bathsheba watched Oak. Oak laughed. "Well," said Oak.`;
    const result = extract([source(text)]);
    expect(one(result, 'Gabriel Oak').type).toBe('character');
  });
});
