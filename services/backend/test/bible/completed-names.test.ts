/**
 * Rules from The Harcourt Papers (docs/quality/story-bible.md, twenty-eighth session, a helper): a
 * short name completed by the full name just after it ("Dr. Pryce. Owen Pryce."), and a son of a
 * family whose father the text names by another full name. Passages of my own, none of the
 * manuscript's sentences.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

describe('a short name completed by the full name after it', () => {
  it('keeps a rank and surname with the full name that completed it, though a paragraph names both later', () => {
    const text = `"Who attends your brother?" "Dr. Pryce. Owen Pryce. He came to the town last spring."

Dr. Pryce called at noon and stayed an hour.

The order for the laudanum was signed by Dr. Owen Pryce, for the use of the house. And the chemist said that Dr. Pryce owed him money.

Dr. Owen Pryce was taken at his house the next morning.`;
    const result = extract([source(text)]);
    expect(one(result, 'Dr. Pryce')).toBe(one(result, 'Dr. Owen Pryce'));
  });

  it('still reads a rank and surname and a full name set together again and again as two men', () => {
    const text = `Mr. Marsh sat by the fire.

Mr. Henry Marsh stood at the window, and Mr. Marsh watched him.

Mr. Henry Marsh said nothing, and Mr. Marsh said less.

Mr. Henry Marsh went out into the rain.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mr. Marsh')).not.toBe(one(result, 'Mr. Henry Marsh'));
  });

  it('gives a bare surname to the full name opening the next sentence', () => {
    const text = `Walter Pike played billiards in the Strand every night.

"And the pawnbroker?" "A man called Pike. Amos Pike, of the Borough Road. He lent the money."

Amos Pike swore to it at the court. Walter Pike was not there.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Pike').map((e) => e.name)).toEqual([one(result, 'Amos Pike').name]);
    expect(one(result, 'Pike')).toBe(one(result, 'Amos Pike'));
  });

  it('does not give a surname used as a word of a thing to a full name later in the next sentence', () => {
    const text = `Walter Pike played billiards in the Strand every night. Amos Pike kept the shop.

The Pike lease was the trouble of the spring. The family had held the field for years, and it was worked now by Walter Pike, a quiet man.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Pike').some((e) => e.key === one(result, 'Walter Pike').key)).toBe(false);
  });
});

describe('a son of a family whose father is named by another full name', () => {
  it('joins "his son Walter" to Walter Pike when Amos Pike is named before', () => {
    const text = `Amos Pike kept a pawnshop in the Borough Road. Walter Pike played billiards in the Strand.

"I have no son," said the old man. But the inspector found his son Walter in the back parlour. Walter was sullen all that day.`;
    const result = extract([source(text)]);
    expect(one(result, 'Walter')).toBe(one(result, 'Walter Pike'));
    expect(one(result, 'Walter')).not.toBe(one(result, 'Amos Pike'));
  });

  it("keeps a son apart from his father's full name when the family has no other", () => {
    const text = `Old Simon Pike kept the forge at the crossroads. His son, young Simon, blew the bellows. Simon was quick and thin, and old Pike was slow.`;
    const result = extract([source(text)]);
    expect(one(result, 'Simon')).not.toBe(one(result, 'Old Simon Pike'));
  });

  it('keeps "young" and the surname with the son named by his given name in its sentence', () => {
    const text = `Amos Pike kept a pawnshop in the Borough Road. Walter Pike was his son.

They sat in the back parlour, with his son Walter at the table; for the inspector had sent word to young Pike, and young Pike had come.`;
    const result = extract([source(text)]);
    expect(one(result, 'Walter')).toBe(one(result, 'Walter Pike'));
    expect(holding(result, 'Pike').map((e) => e.key)).toEqual([one(result, 'Walter Pike').key]);
  });

  it('still takes a bare surname named beside the given name, without "young", for another man', () => {
    const text = `Walter Pike was the son of the smith. His father kept the forge, and Pike meant Walter to keep it after him.

Mr. Pike came to the door on the Tuesday. "I don't hold with it," said Pike.

Walter Pike leaned on the wall. Walter laughed.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mr. Pike')).not.toBe(one(result, 'Walter Pike'));
    expect(one(result, 'Walter')).toBe(one(result, 'Walter Pike'));
  });
});

describe('a rank held mostly by men beside a woman of the surname', () => {
  it('keeps "Major Fairlie" out of his sister\'s full name', () => {
    const text = `Major Fairlie stamped up the stairs and sat down in our best chair. "My sister Clara," said the old soldier. "She was Clara Fairlie before she married." Clara Fairlie had never liked the regiment. Major Fairlie struck the floor with his stick.`;
    const result = extract([source(text)]);
    expect(one(result, 'Major Fairlie')).not.toBe(one(result, 'Clara Fairlie'));
  });

  it('joins the rank to her full name when a pronoun after it says she', () => {
    const text = `The ship was in the charge of Captain Hale, and she gave the order to sail at once. Alice Hale was the youngest master in the fleet. At the wheel stood Captain Hale. She did not leave it all day.`;
    const result = extract([source(text)]);
    expect(one(result, 'Captain Hale')).toBe(one(result, 'Alice Hale'));
  });

  it('joins the rank to her full name when the text writes the two together', () => {
    const text = `Captain Alice Hale took the ship out. Alice Hale was the youngest master in the fleet. Captain Hale gave the order.`;
    const result = extract([source(text)]);
    expect(one(result, 'Captain Hale')).toBe(one(result, 'Alice Hale'));
  });
});
