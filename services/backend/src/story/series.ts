/**
 * A series: the project's files in reading order (the books in their order, each book's files in
 * the order the author gave them, then the files in no book), and what that order means for the
 * timeline (narrative and story order across books) and for canon as of a chapter of a book.
 */

/** A book as the author arranged it. */
export interface SeriesBook {
  number: number;
  title: string;
  fileIds: readonly string[];
}

/** The files in reading order: the books' files, then the other files in the order given. */
export function readingOrder(books: readonly SeriesBook[], fileIds: Iterable<string>): string[] {
  const order = [...new Set(books.flatMap((b) => b.fileIds))];
  const placed = new Set(order);
  for (const id of fileIds) {
    if (placed.has(id)) continue;
    placed.add(id);
    order.push(id);
  }
  return order;
}

/** The book each file is in. */
export function booksByFile(books: readonly SeriesBook[]): Map<string, SeriesBook> {
  return new Map(books.flatMap((b) => b.fileIds.map((id) => [id, b] as const)));
}

/** A timeline event as the series orders it: its file, its orders within the file, its date. */
export interface OrderedEvent {
  fileId: string;
  narrativeOrder: number;
  storyOrder: number;
  when: { date: string | null };
}

const MS_PER_DAY = 86_400_000;
const FULL_DATE = /^(-?\d{1,6})-(\d{2})-(\d{2})$/;

/** Days since 1970 of a date with its year (`1893-05-03`); null for a partial date or none. */
function dayOf(date: string | null): number | null {
  const m = date === null ? null : FULL_DATE.exec(date);
  if (!m) return null;
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

/**
 * The events of several files with their orders over the whole series, in narrative order. Narrative
 * order: the files in reading order, each in its own order. Story order: each file keeps its own
 * story order (which reads undated and year-less dates against its own "now"); across files, an
 * event stands at the date (with its year) of the last such event before it in its file's story
 * order, or of the first after it, and the earliest goes first; a file with no such date, or a tie,
 * keeps the reading order (book 1's events before book 2's).
 */
export function seriesTimeline<E extends OrderedEvent>(events: readonly E[], order: readonly string[]): E[] {
  const rank = new Map(order.map((id, i) => [id, i] as const));
  const fileRank = (id: string) => rank.get(id) ?? order.length;
  const byFile = new Map<string, E[]>();
  for (const e of events) {
    const list = byFile.get(e.fileId);
    if (list) list.push(e);
    else byFile.set(e.fileId, [e]);
  }
  const files = [...byFile.entries()].sort(([a], [b]) => fileRank(a) - fileRank(b) || (a < b ? -1 : 1));
  const narrative = files.flatMap(([, list]) =>
    [...list].sort((a, b) => a.narrativeOrder - b.narrativeOrder),
  );
  // Each file's events in its story order, each with the date it stands at across files.
  const queues = files.map(([, list]) => {
    const story = [...list].sort((a, b) => a.storyOrder - b.storyOrder);
    const days = story.map((e) => dayOf(e.when.date));
    let last: number | null = null;
    const before = days.map((d) => {
      if (d !== null) last = d;
      return last;
    });
    let next: number | null = null;
    const after = [...days].reverse().map((d) => {
      if (d !== null) next = d;
      return next;
    });
    after.reverse();
    return { story, at: story.map((_, i) => before[i] ?? after[i] ?? null), head: 0 };
  });
  const storyRank = new Map<E, number>();
  while (storyRank.size < narrative.length) {
    let chosen: (typeof queues)[number] | undefined;
    for (const q of queues) {
      if (q.head >= q.story.length) continue;
      if (!chosen) {
        chosen = q;
        continue;
      }
      const a = q.at[q.head] ?? null;
      const b = chosen.at[chosen.head] ?? null;
      if (a !== null && b !== null && a < b) chosen = q;
    }
    const next = chosen?.story[chosen.head];
    if (!chosen || !next) break;
    storyRank.set(next, storyRank.size + 1);
    chosen.head++;
  }
  // Every event is ranked: the loop takes one from the queues until all are.
  return narrative.map((e, i) => ({ ...e, narrativeOrder: i + 1, storyOrder: storyRank.get(e) ?? i + 1 }));
}

/** Where canon stops: a book of the series and, optionally, a chapter within it. */
export interface CanonPoint {
  book: number;
  chapter?: number | undefined;
}

/**
 * Whether a passage of a file's chapter is known to a reader at a point of the series: every
 * earlier book, and the book's chapters up to the one given (its files' chapters counted through in
 * the book's order, a file without chapters counting as one). A passage before a file's first
 * chapter counts with its first. Files in no book or in a later book are not known.
 */
export function canonAt(
  books: readonly SeriesBook[],
  chapterCounts: ReadonlyMap<string, number>,
  point: CanonPoint,
): (fileId: string, chapter: number | null) => boolean {
  const bookOf = booksByFile(books);
  const offset = new Map<string, number>();
  const book = books.find((b) => b.number === point.book);
  let seen = 0;
  for (const id of book?.fileIds ?? []) {
    offset.set(id, seen);
    seen += Math.max(1, chapterCounts.get(id) ?? 0);
  }
  return (fileId, chapter) => {
    const of = bookOf.get(fileId);
    if (!of || of.number > point.book) return false;
    if (of.number < point.book || point.chapter === undefined) return true;
    return (offset.get(fileId) ?? 0) + Math.max(1, chapter ?? 1) <= point.chapter;
  };
}

/** An entity's mentions in one book. */
export interface BookMentions {
  number: number;
  title: string;
  mentions: number;
}

/** An entity's mentions per book, from its appearances in the books' files (books with none left out). */
export function mentionsPerBook(
  books: readonly SeriesBook[],
  appearances: ReadonlyArray<{ fileId: string; count: number }>,
): BookMentions[] {
  const bookOf = booksByFile(books);
  const counts = new Map<number, number>();
  for (const a of appearances) {
    const book = bookOf.get(a.fileId);
    if (book) counts.set(book.number, (counts.get(book.number) ?? 0) + a.count);
  }
  return books.flatMap((b) => {
    const mentions = counts.get(b.number);
    return mentions === undefined ? [] : [{ number: b.number, title: b.title, mentions }];
  });
}
