/**
 * A family's head by title and surname in a chapter that calls his son by his given name alone
 * (issue 17; the fourth generality set, docs/quality/story-bible.md, thirty-ninth session). Passages
 * of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, tales } from '../support/bible.js';

describe('a title and surname in a chapter that calls a junior of the family by his given name', () => {
  it('is the head of the family, whom the first chapter named in full beside the son', () => {
    const result = extract([
      tales(
        [
          'Chapter I',
          'Mr. Oswald Tresham kept a bank in Lombard Street. His son, Arthur Tresham, was a clerk in it. Mr. Tresham did not think much of him.',
        ],
        [
          'Chapter II',
          'Mr. Tresham sent for his son on the Monday. "Sit down, Arthur." Arthur sat down. Mr. Tresham looked at him for a long time, and said nothing more.',
        ],
      ),
    ]);
    const [father, ...others] = holding(result, 'Mr. Tresham');
    expect(others).toHaveLength(0);
    expect(father?.aliases).toContain('Mr. Oswald Tresham');
    expect(holding(result, 'Arthur Tresham').map((e) => e.key)).not.toContain(father?.key);
  });

  it('is not the head of another story, whose family the story with the son never names', () => {
    const result = extract([
      tales(
        ['THE BANK', 'Mr. Oswald Tresham kept a bank in Lombard Street, and never lent a penny.'],
        [
          'THE SAILOR',
          'Arthur Tresham was a sailor at Deal. "Arthur!" called the landlady. Mr. Tresham came down the stairs with his bag.',
        ],
      ),
    ]);
    expect(holding(result, 'Mr. Oswald Tresham').flatMap((e) => [e.name, ...e.aliases])).not.toContain(
      'Mr. Tresham',
    );
  });

  it('is not one of two brothers, each called by his given name', () => {
    const result = extract([
      tales(
        [
          'Chapter I',
          'Edward Quarles farmed the land at Linton. His brother, Henry Quarles, lived in the town and wrote books.',
        ],
        [
          'Chapter II',
          '"Henry," said Edward, "the books stay." Henry went away. Mr. Quarles came to the office on the Tuesday.',
        ],
      ),
    ]);
    const brothers = [...holding(result, 'Edward Quarles'), ...holding(result, 'Henry Quarles')];
    expect(brothers).toHaveLength(2);
    for (const brother of brothers) expect([brother.name, ...brother.aliases]).not.toContain('Mr. Quarles');
  });
});
