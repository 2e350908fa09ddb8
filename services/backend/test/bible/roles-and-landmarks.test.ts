/**
 * Characters known by a capitalised role, and capitalised things that are no one, from The Tinker
 * of the Wending (docs/quality/story-bible.md, twenty-ninth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';
import { tiesBetween } from './first-person-reading.js';

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

describe('a name of several words that is a thing', () => {
  it('reads "the Beacon Oak", always after the article and never speaking, as no one', () => {
    const text = `The Beacon Oak stood on a green knoll above the river. They walked towards the Beacon Oak at dusk. The badger lived under the Beacon Oak. Nell sat under the Beacon Oak and waited. Nell went home from the Beacon Oak. Nell slept.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Beacon Oak').every((e) => e.type !== 'character')).toBe(true);
  });

  it('keeps a creature of two words that acts again and again a character, though it never speaks', () => {
    const text = `The White Stag came down to the river. Nell watched the White Stag. The White Stag turned. The White Stag ran up the bank. Nell followed the White Stag into the wood. Nell slept.`;
    const result = extract([source(text)]);
    expect(one(result, 'White Stag').type).toBe('character');
  });

  it("keeps a creature met as a verb's subject a character, though it acts once and never speaks", () => {
    const text = `The Grey Mare put her head over the hedge. The Grey Mare, who had been a carriage horse in her youth, would not let anyone pass. Nell fed the Grey Mare. The Grey Mare began to eat the hedge. Nell led the Grey Mare home. Nell slept.`;
    const result = extract([source(text)]);
    expect(one(result, 'Grey Mare').type).toBe('character');
  });

  it("keeps a description's kin a character, though it is met after prepositions of where", () => {
    const text = `Nell ran to the Miller's Wife. Nell sat beside the Miller's Wife. The geese came to the Miller's Wife. Nell looked at the Miller's Wife. The Miller's Wife laughed. Nell slept.`;
    const result = extract([source(text)]);
    expect(one(result, "Miller's Wife").type).toBe('character');
  });

  it('keeps a rank of somewhere a character, though it is met after prepositions of where', () => {
    const text = `Nell ran to the Duke of Marlow. Nell sat beside the Duke of Marlow. The geese came to the Duke of Marlow. Nell looked at the Duke of Marlow. The Duke of Marlow laughed. Nell slept.`;
    const result = extract([source(text)]);
    expect(one(result, 'Duke of Marlow').type).toBe('character');
  });

  it('keeps a man whose surname is "Oak" a character', () => {
    const text = `Gabriel Oak kept sheep on the down. "Come by," said Gabriel Oak to the dog. Oak whistled. Bathsheba watched Oak. Oak laughed. "Well," said Oak.`;
    const result = extract([source(text)]);
    expect(one(result, 'Gabriel Oak').type).toBe('character');
  });
});

describe("kin known as a description's kin", () => {
  it('ties "the Miller\'s Wife" to the Miller the paragraph names, as his wife', () => {
    const text = `The man who kept the mill was called the Miller, and his wife the Miller's Wife. The Miller's Wife hung out the sheets.

"Come in," said the Miller. "Supper," said the Miller's Wife. The Miller laughed. The Miller's Wife laughed.`;
    const result = extract([source(text)]);
    const miller = one(result, 'Miller').key;
    const wife = one(result, "Miller's Wife").key;
    expect(result.relations).toContainEqual(
      expect.objectContaining({ type: 'spouse', sourceKey: miller, targetKey: wife, label: 'wife' }),
    );
  });

  it('ties no one else in the paragraph to another description\'s kin ("the Miller ... the Baker\'s Wife")', () => {
    const text = `The man who kept the mill was called the Miller. The Baker's Wife hung out the sheets.

"Come in," said the Miller. "Supper," said the Baker's Wife. The Miller laughed. The Baker's Wife laughed.`;
    const result = extract([source(text)]);
    const miller = one(result, 'Miller').key;
    expect(
      result.relations.filter((r) => r.type === 'spouse' && [r.sourceKey, r.targetKey].includes(miller)),
    ).toEqual([]);
  });
});

describe("kin a speaker states of a description's possessive", () => {
  it('reads "I am the Queen\'s granddaughter" as the speaker\'s kin of the Queen', () => {
    const text = `The Queen sat in her palace of reeds. "Come here," said the Queen. The Queen waited.\n\n"I am the Queen's granddaughter," said Tansy. "I have come home." The Queen wept. Tansy laughed.`;
    expect(tiesBetween({ text, between: ['Queen', 'Tansy'], type: 'family' })).toEqual(['family']);
  });

  it('reads no tie when the kin word is itself owned ("I am the Queen\'s granddaughter\'s nurse")', () => {
    const text = `The Queen sat in her palace of reeds. "Come here," said the Queen. The Queen waited.\n\n"I am the Queen's granddaughter's nurse," said Tansy. "I have come home." The Queen wept. Tansy laughed.`;
    expect(tiesBetween({ text, between: ['Queen', 'Tansy'], type: null })).toEqual([]);
  });
});
