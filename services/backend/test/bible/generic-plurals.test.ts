/**
 * A surname's plural that names no family (issue 17; The Thorne Affairs' "I know three Marshes",
 * "The Marshes of this world", "There are Pratts who cheat at cards", docs/quality/story-bible.md,
 * thirty-third session): the name in general, or a count of its unrelated bearers, makes no
 * family entry and no member. Passages of my own, none from the manuscript.
 */
import { describe, expect, it } from 'vitest';
import { type Extraction, extract } from '../../src/bible/index.js';
import { holding, membersOf, one, source, tales } from '../support/bible.js';

/** The groups the extraction reports. */
function groups(result: Extraction): string[] {
  return result.entities.filter((e) => e.type === 'group').map((e) => e.name);
}

const orchard = `Mr. Walter Croft came to us from Frome about a hedge. We drove out to the farm, and the Crofts gave us tea. Mrs. Croft showed us the hedge, and the Crofts' dog barked at it.`;

const lender = `"Do you know a fellow called Croft?" said the Colonel. "Lionel Croft. Lends money."`;

describe("a surname's plural that names no family", () => {
  it('counts unrelated bearers after a verb of knowing: "I know three Crofts"', () => {
    const text = tales(
      ['I. THE AFFAIR OF THE HEDGE', orchard],
      [
        'II. THE AFFAIR OF THE MONEYLENDER',
        `${lender}\n\n"I know three Crofts," said Miss Vane, "and none of them lends money. Lionel Croft is new to me."`,
      ],
    );
    const result = extract([text]);
    expect(membersOf(result, 'Crofts')).toEqual(['Mr. Walter Croft', 'Mrs. Croft']);
  });

  it('reads the name in general: "the Crofts of this world"', () => {
    const text = tales(
      ['I. THE AFFAIR OF THE HEDGE', orchard],
      [
        'II. THE AFFAIR OF THE MONEYLENDER',
        `${lender}\n\n"Lionel Croft was only a name he took," said Miss Vane. "The Crofts of this world are quite safe."`,
      ],
    );
    const result = extract([text]);
    expect(membersOf(result, 'Crofts')).toEqual(['Mr. Walter Croft', 'Mrs. Croft']);
  });

  it('makes no family of "there are Pratts who cheat at cards and Pratts who forge maps"', () => {
    const text = source(
      `Joseph Pratt was the steward at the Court. Joseph Pratt had altered the map, and Pratt was dismissed.\n\n"A name is only a name," said Miss Vane. "There are Pratts who cheat at cards and Pratts who forge maps, and there are Pratts who are honest."`,
    );
    const result = extract([text]);
    expect(groups(result)).toEqual([]);
    expect(holding(result, 'Pratts')).toEqual([]);
    expect(one(result, 'Joseph Pratt').type).toBe('character');
  });

  it('guard: "the two Mallorys" are a family', () => {
    const text = source(
      `Mr. Henry Mallory kept the bank, and his brother Mr. Edward Mallory kept the books. Henry Mallory was believed to be much the cleverer of the two Mallorys. Edward Mallory did not mind.`,
    );
    const result = extract([text]);
    expect(membersOf(result, 'Mallorys')).toEqual(['Mr. Edward Mallory', 'Mr. Henry Mallory']);
  });

  it('guard: "There are two Pilbeams" names the family of the scene', () => {
    const text = source(
      `"There are two Pilbeams," said Scud. "Hugh Pilbeam is in the Sixth, and Tommy Pilbeam is in our form." Tommy Pilbeam grinned at us.`,
    );
    const result = extract([text]);
    expect(membersOf(result, 'Pilbeams')).toEqual(['Hugh Pilbeam', 'Tommy Pilbeam']);
  });

  it('guard: "There are the Crofts who kept the farm" is a family', () => {
    const text = tales(
      ['I. THE AFFAIR OF THE HEDGE', orchard],
      [
        'II. THE AFFAIR OF THE MONEYLENDER',
        `${lender}\n\n"There are the Crofts who kept the farm, to begin with," said Miss Vane. "Lionel Croft is new to me."`,
      ],
    );
    const result = extract([text]);
    expect(membersOf(result, 'Crofts')).toEqual(['Lionel Croft', 'Mr. Walter Croft', 'Mrs. Croft']);
  });

  it('guard: "the Crofts of Walcot" is a family', () => {
    const text = tales(
      ['I. THE AFFAIR OF THE HEDGE', orchard],
      [
        'II. THE AFFAIR OF THE MONEYLENDER',
        `${lender}\n\n"I know the Crofts of Walcot," said Miss Vane. "Lionel Croft is new to me."`,
      ],
    );
    const result = extract([text]);
    expect(membersOf(result, 'Crofts')).toEqual(['Lionel Croft', 'Mr. Walter Croft', 'Mrs. Croft']);
  });
});
