/**
 * Names a swindler went by in turn, listed as one man's ("Gedling, or Norris, or Lambert, as he had
 * lately called himself"), from The Thornleigh Emeralds (docs/quality/story-bible.md, twenty-ninth
 * session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('names listed with "or" before "as he called himself"', () => {
  it('joins the true name and the false ones', () => {
    const text = `Silas Moxon had been a clerk at Lahore. Moxon ran off with the chest.

Major Ashworth took the manor that spring. Ashworth shot partridges. The parish liked Mr. Dewhurst, the new curate, and Dewhurst preached well.

The inspector took him at the station, and Moxon, or Dewhurst, or Ashworth, as he had lately called himself, only laughed.`;
    const result = extract([source(text)]);
    expect(one(result, 'Silas Moxon')).toBe(one(result, 'Major Ashworth'));
    expect(one(result, 'Silas Moxon')).toBe(one(result, 'Mr. Dewhurst'));
  });

  it('leaves names listed with "or" apart when no naming clause follows', () => {
    const text = `Silas Moxon had been a clerk at Lahore. Moxon kept the books.

Major Ashworth took the manor that spring. Ashworth shot partridges.

Nobody knew who had taken the chest. Moxon, or Ashworth, as the inspector thought, had the key.`;
    const result = extract([source(text)]);
    expect(one(result, 'Silas Moxon')).not.toBe(one(result, 'Major Ashworth'));
  });
});
