import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../../src/bible/index.js';
import { extractFacts } from '../../../src/continuity/index.js';
import { FILLER } from './helpers.js';

/** The ages read in the sentence after the filler: value, range, entity and quote. */
function ages(sentence: string): Array<[string, number | null, number | null, string | null, string]> {
  const text = `${FILLER}\n\n${sentence}`;
  const source: SourceText = { fileId: 'book', text, chapters: [] };
  return extractFacts(source, extract([source]))
    .filter((f) => f.kind === 'age')
    .map((f) => [f.value, f.low, f.high, f.entityKey, f.quote]);
}

const thomas = expect.stringMatching(/thomas|hale/);

describe('an age on one side of a round number, and an age fronted before its subject', () => {
  it('reads "the wrong side of forty" as past forty and "the right side of thirty" as under thirty', () => {
    expect(ages('Thomas Hale was on the wrong side of forty, and knew it.')).toEqual([
      ['40', 40, 50, thomas, 'Thomas Hale was on the wrong side of forty'],
    ]);
    expect(ages('Thomas Hale, a man on the wrong side of fifty, came in.')).toEqual([
      ['50', 50, 60, thomas, 'Thomas Hale, a man on the wrong side of fifty'],
    ]);
    expect(ages('Mary Benson was still on the right side of thirty.')).toEqual([
      ['30', 20, 30, expect.stringMatching(/mary/), 'Mary Benson was still on the right side of thirty'],
    ]);
  });

  it('gives an age fronted in an apposition to the subject right after it', () => {
    // A name, as the pronoun resolver gives a "he" after "A man ...," to that unnamed man.
    expect(ages('A man on the wrong side of forty, Thomas Hale thought too well of himself.')).toEqual([
      ['40', 40, 50, thomas, 'A man on the wrong side of forty, Thomas Hale'],
    ]);
    expect(ages('Thomas Hale came late. A widower of sixty, he lived alone.')).toEqual([
      ['60', 60, 60.99, thomas, 'A widower of sixty, he'],
    ]);
  });

  it('reads no age from a side of a thing, a number of a thing, or an apposition before a speech tag', () => {
    for (const sentence of [
      'Thomas Hale stood on the wrong side of the fence.',
      'Thomas Hale came late. A man of forty acres, he farmed the hill.',
      'Thomas Hale came late. "A man of forty," he said, "should know better."',
      'A man of forty, Thomas Hale said, had called at the mill.',
    ])
      expect(ages(sentence)).toEqual([]);
  });
});
