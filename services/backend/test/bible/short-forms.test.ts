/**
 * Short forms of given names a friend uses ("Bertie" for Gilbert), from The Harcourt Papers
 * (docs/quality/story-bible.md, twenty-eighth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a short form a friend uses', () => {
  it('joins "Bertie" to Gilbert, the one given name of it the text writes', () => {
    const text = `Mr. Gilbert Marsh came up the stairs. Gilbert Marsh was a fair young man. "Well, Bertie," said his friend Tom Lyle, "you have come at last." Gilbert laughed. "Bertie never hurries," said Tom.`;
    const result = extract([source(text)]);
    expect(one(result, 'Bertie')).toBe(one(result, 'Gilbert Marsh'));
  });

  it('joins "Bertie" to Herbert where the text writes Herbert and no Gilbert', () => {
    const text = `Herbert Pell kept the shop. Herbert Pell was a fat man. "Bertie," said his wife, "shut the door." Bertie shut it.`;
    const result = extract([source(text)]);
    expect(one(result, 'Bertie')).toBe(one(result, 'Herbert Pell'));
  });

  it('leaves "Bertie" apart where the text writes no name it is short for', () => {
    const text = `Gerald Marsh came up the stairs. Gerald Marsh was a fair young man. "Well, Bertie," said Gerald to the dog. Bertie barked. "Bertie never hurries," said Gerald.`;
    const result = extract([source(text)]);
    expect(one(result, 'Bertie')).not.toBe(one(result, 'Gerald Marsh'));
  });
});
