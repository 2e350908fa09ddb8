/**
 * A maiden name a pronoun gives, with no husband in the sentence ("Until her marriage she had been
 * Hester Pring"), from The Thornleigh Emeralds and The Pemberton Files (docs/quality/story-bible.md,
 * twenty-ninth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a maiden name given by "until her marriage she had been"', () => {
  it('joins the maiden name to the woman named before it, apart from her brother of that name', () => {
    const text = `The kitchen at Alderley was ruled by Mrs. Tolland, the cook. She was a stout woman with a ladle. Until her marriage she had been Martha Speck, and her brother Job Speck still drove the Alderley coach.

"Job," said Martha, "mind the eggs." Mrs. Tolland took the basket. Job Speck laughed and drove away, and Mrs. Tolland went back to her ovens.`;
    const result = extract([source(text)]);
    expect(one(result, 'Martha Speck')).toBe(one(result, 'Mrs. Tolland'));
    expect(one(result, 'Job Speck')).not.toBe(one(result, 'Mrs. Tolland'));
  });

  it('finds the woman in the paragraph before, past a queen of another given name', () => {
    const text = `Lady Verena sat by the window. Lady Verena Crane was seventy and had buried two husbands.

The clock had been made in the reign of Queen Anne for her own family, the Holts of Ware. Until her marriage she had been Verena Holt, and the clock had stood in the Holt hall.

Lady Verena wound it every Sunday.`;
    const result = extract([source(text)]);
    expect(one(result, 'Verena Holt')).toBe(one(result, 'Lady Verena'));
  });

  it('leaves the maiden name apart from a woman named two paragraphs before', () => {
    const text = `Mrs. Tolland kept the shop at Alderley. Mrs. Tolland was a widow.

Mr. Harker the carrier brought a lodger on Tuesday, and Kate Fell carried up her box.

The lodger was a quiet lady. Until her marriage she had been Martha Speck, but nobody at Alderley knew her husband's name.

Miss Martha Speck paid her rent on Fridays. Mrs. Tolland took it and said nothing.`;
    const result = extract([source(text)]);
    expect(one(result, 'Martha Speck')).not.toBe(one(result, 'Mrs. Tolland'));
  });
});
