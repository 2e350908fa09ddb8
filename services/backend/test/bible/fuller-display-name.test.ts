/**
 * A character named by one word that the text mostly writes in a fuller form ("the Old Badger", "the
 * Queen of the Marsh") is shown by that form, from The Tinker of the Wending (docs/quality/story-bible.md,
 * twenty-ninth session, bible70). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a display name in the fuller form the text writes', () => {
  it('shows "the Old Badger" and "the Queen of the Marsh" for one-word names mostly written so', () => {
    const text = `The Old Badger came down to the water. "Good evening," said the Old Badger.

The Queen of the Marsh sat on her reed throne. "Who comes?" asked the Queen of the Marsh. The Old Badger bowed low, and the Queen smiled at him.

"I bring news," said the Old Badger. The Queen of the Marsh listened, and Badger told her everything.`;
    const result = extract([source(text)]);
    expect(one(result, 'Badger').name).toBe('the Old Badger');
    expect(one(result, 'Queen').name).toBe('the Queen of the Marsh');
  });

  it('keeps the one word when the fuller form is written less than half the time', () => {
    const text = `Badger came down to the water. "Good evening," said Badger.

Badger sat on the bank. "Who comes?" asked Badger. The Old Badger, as the young ones called him, bowed low.

"I bring news," said Badger. Badger went home.`;
    const result = extract([source(text)]);
    expect(one(result, 'Badger').name).toBe('Badger');
  });
});
