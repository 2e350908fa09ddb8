/**
 * "Mr. Harding" said of the one man the text names with a rank and his given name ("Captain Lucas
 * Harding", "Dr. Philip Rowland"): "Mr." is every grown man's, so the title and surname join him
 * when no other man of the surname could be meant (issue 17; docs/quality/story-bible.md,
 * thirty-third session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source, tales } from '../support/bible.js';

const rain = 'We drove out to the farm and had tea, and the rain came on.';

const wall = `Mr. Walter Ash came about a wall. ${rain} Mr. Ash was pleased.`;

describe('"Mr." and the surname of a man named with his rank', () => {
  it('joins the captain of the tale', () => {
    const text = tales(
      [
        'I. THE AFFAIR OF THE CARDS',
        `Captain Lucas Harding came to Bath in May. ${rain} "Good evening, Mr. Harding," said Miss Thorne. Mr. Harding bowed.`,
      ],
      ['II. THE AFFAIR OF THE WALL', wall],
    );
    const result = extract([text]);
    expect(one(result, 'Mr. Harding')).toBe(one(result, 'Captain Lucas Harding'));
  });

  it('joins the doctor of a book', () => {
    const result = extract([
      source(
        `Dr. Philip Rowland was a tall young man with a beard. ${rain} The landlady said that Mr. Rowland was out. Dr. Rowland came back at six.`,
      ),
    ]);
    expect(one(result, 'Mr. Rowland')).toBe(one(result, 'Dr. Philip Rowland'));
  });

  it('guard: not a man brought in as someone new ("a Mr. Harding")', () => {
    const result = extract([
      source(
        `Captain Lucas Harding came to Bath in May. ${rain} A letter came from a Mr. Harding of Leeds, and Mr. Harding asked for money.`,
      ),
    ]);
    expect(holding(result, 'Mr. Harding')).toHaveLength(1);
    expect(one(result, 'Mr. Harding')).not.toBe(one(result, 'Captain Lucas Harding'));
  });

  it('guard: not when a sentence names the two', () => {
    const result = extract([
      source(
        `He was not Mr. Wentworth, the curate, but Captain Frederick Wentworth, his brother. ${rain} Mr. Wentworth preached on Sunday.`,
      ),
    ]);
    expect(one(result, 'Mr. Wentworth')).not.toBe(one(result, 'Captain Frederick Wentworth'));
  });

  it('guard: not a man named with a title of honour ("Sir Hugh Danvers" is never "Mr. Danvers")', () => {
    const result = extract([
      source(`Sir Hugh Danvers received us in his library. ${rain} Mr. Danvers came in from the stables.`),
    ]);
    expect(one(result, 'Mr. Danvers')).not.toBe(one(result, 'Sir Hugh Danvers'));
  });

  it('guard: not when two men of the surname have a rank', () => {
    const result = extract([
      source(
        `Captain Lucas Harding came to Bath in May, and Dr. John Harding came with him. ${rain} The landlady said that Mr. Harding was out.`,
      ),
    ]);
    expect(one(result, 'Mr. Harding')).not.toBe(one(result, 'Captain Lucas Harding'));
    expect(one(result, 'Mr. Harding')).not.toBe(one(result, 'Dr. John Harding'));
  });
});
