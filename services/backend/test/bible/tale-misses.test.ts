/**
 * "Miss Marsh" in a collection of tales (issue 17; docs/quality/story-bible.md, thirty-third
 * session): a title and surname is the bearer of that surname the tale names, or the book's one
 * bearer; never one of two bearers no line of the tale names. Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../src/bible/index.js';
import { one, tales as parts } from '../support/bible.js';

const rain = 'We drove out to the farm and had tea, and the rain came on.';

const edith = `Miss Edith Marsh came to us. Miss Marsh had red eyes. ${rain} Edith Marsh wept.`;

const lucy = `${rain} ${rain} Miss Lucy Marsh came about a wall. ${rain} Lucy Marsh was angry.`;

/** The number of mentions of `name` in the entry that holds `holder`. */
function mentionsOf(source: SourceText, holder: string, name: string): number {
  return one(extract([source]), holder).mentions.filter((m) => source.text.slice(m.start, m.end) === name)
    .length;
}

describe('"Miss Marsh" in a collection of tales', () => {
  it('is the bearer the tale names, not the one named nearest before in another tale', () => {
    const text = parts(
      ['I. THE AFFAIR OF THE BANK', edith],
      ['II. THE AFFAIR OF THE WALL', lucy],
      [
        'III. THE AFFAIR OF THE RING',
        `Miss Marsh wrote to us again in June. Miss Marsh had lost a ring. ${rain} Edith Marsh had worn it at church.`,
      ],
    );
    expect(mentionsOf(text, 'Edith Marsh', 'Miss Marsh')).toBe(3);
    expect(mentionsOf(text, 'Lucy Marsh', 'Miss Marsh')).toBe(0);
  });

  it('is neither of two bearers when the tale names neither', () => {
    const text = parts(
      ['I. THE AFFAIR OF THE BANK', edith],
      ['II. THE AFFAIR OF THE WALL', lucy],
      [
        'III. THE AFFAIR OF THE RING',
        `Miss Marsh wrote to us again in June. Miss Marsh had lost a ring. ${rain}`,
      ],
    );
    expect(mentionsOf(text, 'Edith Marsh', 'Miss Marsh')).toBe(1);
    expect(mentionsOf(text, 'Lucy Marsh', 'Miss Marsh')).toBe(0);
  });

  it("guard: is the book's one bearer, though the tale does not name her", () => {
    const text = parts(
      ['I. THE AFFAIR OF THE BANK', edith],
      ['II. THE AFFAIR OF THE WALL', `Mr. Walter Ash came about a wall. ${rain} Mr. Ash was pleased.`],
      [
        'III. THE AFFAIR OF THE RING',
        `Miss Marsh wrote to us again in June. Miss Marsh had lost a ring. ${rain}`,
      ],
    );
    expect(mentionsOf(text, 'Edith Marsh', 'Miss Marsh')).toBe(3);
  });

  it("guard: a novel's chapters are one story, where the bearer named nearest before is meant", () => {
    const text = parts(
      ['Chapter One', edith],
      ['Chapter Two', lucy],
      [
        'Chapter Three',
        `Miss Marsh wrote to us again in June. Miss Marsh had lost a ring. ${rain} Edith Marsh had worn it at church.`,
      ],
    );
    expect(mentionsOf(text, 'Lucy Marsh', 'Miss Marsh')).toBe(2);
  });
});
