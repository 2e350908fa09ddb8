/** A series' reading order, its timeline across books, canon as of a book's chapter, mentions per book. */
import { describe, expect, it } from 'vitest';
import { canonAt, mentionsPerBook, readingOrder, seriesTimeline } from '../../src/story/series.js';
import { buildTimeline } from '../../src/story/timeline.js';

const BOOKS = [
  { number: 1, title: 'Dawn', fileIds: ['b1'] },
  { number: 2, title: 'Dusk', fileIds: ['b2a', 'b2b'] },
];

describe('readingOrder', () => {
  it('puts the books’ files first in book order, then the others in the order given', () => {
    expect(readingOrder(BOOKS, ['x', 'b2b', 'b1', 'x', 'y'])).toEqual(['b1', 'b2a', 'b2b', 'x', 'y']);
    expect(readingOrder([], ['y', 'x'])).toEqual(['y', 'x']);
  });
});

describe('seriesTimeline', () => {
  const timeline = (fileId: string, text: string) => buildTimeline(fileId, text, []);

  it('tells book 1 before book 2, and orders dated events across the books by date', () => {
    // Book 2 is a prequel: its dates (with their year) fall before book 1's.
    const one = timeline('b1', 'On 3 May 1893 we left London. The next morning it rained.');
    const two = timeline('b2a', 'On 1 June 1880 I was born. On 2 June 1880 my mother wept.');
    const events = seriesTimeline([...two, ...one], readingOrder(BOOKS, []));
    expect(events.map((e) => [e.fileId, e.narrativeOrder])).toEqual([
      ['b1', 1],
      ['b1', 2],
      ['b2a', 3],
      ['b2a', 4],
    ]);
    const byStory = [...events].sort((a, b) => a.storyOrder - b.storyOrder).map((e) => e.when.text);
    expect(byStory).toEqual(['1 June 1880', '2 June 1880', '3 May 1893', 'The next morning']);
  });

  it('keeps a book without a dated year in its place, and each file’s own story order', () => {
    const one = timeline('b1', 'On 3 May we left. Two days before, on 1 May, the letter came.');
    const two = timeline('b2a', 'On Monday it snowed.');
    const events = seriesTimeline([...one, ...two], readingOrder(BOOKS, []));
    const own = new Map(one.map((e) => [e.id, e.storyOrder]));
    const inBookOne = events.filter((e) => e.fileId === 'b1');
    expect(inBookOne.map((e) => e.storyOrder)).toEqual(inBookOne.map((e) => own.get(e.id)));
    expect(events.find((e) => e.fileId === 'b2a')?.storyOrder).toBe(events.length);
    expect(new Set(events.map((e) => e.storyOrder)).size).toBe(events.length);
  });
});

describe('canonAt', () => {
  const counts = new Map([
    ['b1', 3],
    ['b2a', 2],
    ['b2b', 0],
  ]);

  it('knows every earlier book and the book’s chapters counted through its files', () => {
    const known = canonAt(BOOKS, counts, { book: 2, chapter: 2 });
    expect(known('b1', 3)).toBe(true);
    expect(known('b1', null)).toBe(true);
    expect(known('b2a', 2)).toBe(true);
    // The third chapter of book 2 is the second file, which has no chapters of its own.
    expect(known('b2b', null)).toBe(false);
    expect(canonAt(BOOKS, counts, { book: 2, chapter: 3 })('b2b', null)).toBe(true);
    expect(known('unassigned', 1)).toBe(false);
  });

  it('knows nothing of a later book, and the whole book without a chapter', () => {
    const known = canonAt(BOOKS, counts, { book: 1 });
    expect(known('b1', 3)).toBe(true);
    expect(known('b2a', 1)).toBe(false);
    expect(canonAt(BOOKS, counts, { book: 1, chapter: 2 })('b1', 3)).toBe(false);
  });
});

describe('mentionsPerBook', () => {
  it('sums an entity’s appearances per book, leaving out books without any', () => {
    expect(
      mentionsPerBook(BOOKS, [
        { fileId: 'b2a', count: 2 },
        { fileId: 'b2b', count: 3 },
        { fileId: 'other', count: 9 },
      ]),
    ).toEqual([{ number: 2, title: 'Dusk', mentions: 5 }]);
  });
});
