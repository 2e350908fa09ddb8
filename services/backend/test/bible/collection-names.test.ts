/**
 * Names across a collection's tales, from The Thorne Affairs (docs/quality/story-bible.md,
 * thirty-first session): a peer's rank "of" a place and "Lord" or "Lady" with the place, and a
 * married woman's former name told with "that was". Passages of my own, none from the manuscript.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a peer by rank and by "Lord" or "Lady"', () => {
  it('joins "the Countess of Wyke" and "Lady Wyke", and "the Earl of Wyke" and "Lord Wyke", apart', () => {
    const text = `The Countess of Wyke received us in the morning-room. Lady Wyke was a cold woman. The Countess rang for tea.

The Earl of Wyke came in from the stables. Lord Wyke said nothing. Lady Wyke poured the tea, and Lord Wyke drank it.`;
    const result = extract([source(text)]);
    expect(one(result, 'Countess of Wyke')).toBe(one(result, 'Lady Wyke'));
    expect(one(result, 'Earl of Wyke')).toBe(one(result, 'Lord Wyke'));
    expect(one(result, 'Lady Wyke')).not.toBe(one(result, 'Lord Wyke'));
  });

  it('leaves a duke apart from a "Lord" of his title\'s name (his son by courtesy)', () => {
    const text = `The Duke of Harrowby came up to town in May. Lord Harrowby, his son, met him at the station. The Duke was tired, and Lord Harrowby took him home. The Duke slept.`;
    const result = extract([source(text)]);
    expect(one(result, 'Lord Harrowby')).not.toBe(one(result, 'Duke of Harrowby'));
  });
});

describe('a former name told with "that was"', () => {
  it('joins the name closed by "that was" to the married woman named just before', () => {
    const text = `"You remember Mrs. Hale," said Tom. "Annie Mercer that was."

Annie Mercer had taught the infants before the war. Mrs. Hale came to tea on Sunday. Annie Mercer brought a cake.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mrs. Hale')).toBe(one(result, 'Annie Mercer'));
    expect(one(result, 'Tom')).not.toBe(one(result, 'Annie Mercer'));
  });

  it('leaves apart a name whose "that was" opens a clause ("Annie Mercer that was drowned")', () => {
    const text = `"You remember Mrs. Hale," said Tom. "And Annie Mercer that was drowned in the mill-race."

Annie Mercer had taught the infants before the war. Mrs. Hale came to tea on Sunday.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mrs. Hale')).not.toBe(one(result, 'Annie Mercer'));
  });
});
