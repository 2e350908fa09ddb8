/**
 * A name the narration says a woman bore ("She had been Martha Speck") goes to the woman named last
 * only when its given name is hers (docs/quality/story-bible.md, twenty-ninth session, bible70).
 * Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a name borne with another given name', () => {
  it('is not joined to a woman whose own given name differs', () => {
    const text = `The kitchen at Alderley was ruled by Kate Tolland, the cook. She was a stout woman with a ladle. She had been Martha Speck.

"Mind the eggs," said Kate. Mrs. Tolland took the basket and went back to her ovens.`;
    const result = extract([source(text)]);
    expect(one(result, 'Martha Speck')).not.toBe(one(result, 'Kate Tolland'));
  });

  it('is joined to a woman named by her surname only, or by the same given name', () => {
    const bySurname = extract([
      source(`The kitchen at Alderley was ruled by Mrs. Tolland, the cook. She had been Martha Speck.

Mrs. Tolland took the basket and went back to her ovens.`),
    ]);
    expect(one(bySurname, 'Martha Speck')).toBe(one(bySurname, 'Mrs. Tolland'));
    const sameGiven = extract([
      source(`The kitchen at Alderley was ruled by Kate Tolland, the cook. She had been Kate Speck.

Kate Tolland took the basket and went back to her ovens.`),
    ]);
    expect(one(sameGiven, 'Kate Speck')).toBe(one(sameGiven, 'Kate Tolland'));
  });
});
