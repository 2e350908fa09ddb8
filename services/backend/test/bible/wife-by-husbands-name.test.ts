/**
 * A wife called by her husband's full name ("Mrs. Gerald Marchbank") in a family that also has an
 * elder wife ("old Mrs. Marchbank"), from The Thornleigh Emeralds (docs/quality/story-bible.md,
 * twenty-ninth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('"Mrs. Henry Pratt" beside an old Mrs. Pratt', () => {
  it("leaves the wife by her husband's name apart from the woman by her own given name", () => {
    const text = `Henry Pratt farmed at Coldby, and his brother Edward Pratt lived in town. Old Mrs. Pratt, their mother, lived at the Dower House.

The card was addressed to Mrs. Henry Pratt. Henry Pratt laughed.

Sophia Pratt had buried her husband four years before. "I was Sophia Lisle for nineteen years," she said.

Sophia Lisle had been a beauty. Old Mrs. Pratt sat down. Mrs. Henry Pratt poured the tea.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mrs. Henry Pratt')).not.toBe(one(result, 'Sophia Pratt'));
  });

  it('still gives "Mrs. Amos Harker" to Louisa, who took the name, beside old Mr. Harker', () => {
    const text = `Captain Amos Harker owned the boats. His brother Joseph Harker kept the inn, and old Mr. Harker, their father, mended nets. Louisa Gault was a governess in Scarborough.

${'The rain fell on the town all that winter, and nobody came up the stairs. '.repeat(25)}

The card said that Mrs. Amos Harker would be at home. Louisa Harker poured the tea. Joseph Harker laughed.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mrs. Amos Harker')).toBe(one(result, 'Louisa Harker'));
  });
});
