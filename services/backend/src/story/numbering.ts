/**
 * One chapter numbering everywhere (stored, sent and shown): a chapter's 1-based position in text
 * order within its file, null for a file without chapter headings. Where a number is shown, the
 * book's own heading is shown with it ("Chapter 21" is position 25 of a book that opens with four
 * letters).
 */

/** The 1-based chapter holding `offset` (chapters sorted by start), or null when there are none. */
export function chapterIndexAt(chapters: ReadonlyArray<{ start: number }>, offset: number): number | null {
  if (chapters.length === 0) return null;
  let lo = 0;
  let hi = chapters.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((chapters[mid] as { start: number }).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found + 1;
}

/** "Chapter 21" (the book's heading) or "chapter 25" when the heading is empty; '' for no chapter. */
export function chapterLabel(chapter: number | null, title?: string | null): string {
  if (chapter === null) return '';
  const heading = title?.replace(/\s+/g, ' ').trim();
  return heading ? heading : `chapter ${chapter}`;
}

/** A numbered heading with a title after it: "Chapter 1: Nadia", "CHAPTER 1. Loomings.", "Part II — Home". */
const NUMBERED_WITH_TITLE =
  /^((?:chapter|part|book|letter|section|act|scene)\s+(?:\d+|[ivxlcdm]+|[a-z]+(?:-[a-z]+)?))\s*(?:[.:;]|\s[-–—]|[-–—]\s)\s*(\S.*?)[.:;,]*$/i;

/** A heading's number part and its title ("Chapter 1: Nadia" is "Chapter 1" and "Nadia"); no title when it has none. */
export function splitHeading(heading: string): { numbered: string; title: string | null } {
  const m = NUMBERED_WITH_TITLE.exec(heading.replace(/\s+/g, ' ').trim());
  return m ? { numbered: m[1] ?? heading, title: m[2] ?? null } : { numbered: heading, title: null };
}

/**
 * `chapterLabel` inside a sentence: without the heading's own closing stop ("CHAPTER I." is
 * "CHAPTER I"), and a numbered heading without its title ("in Chapter 1: Nadia but ..." reads as
 * "in Chapter 1 but ...").
 */
export function chapterInText(chapter: number | null, title?: string | null): string {
  return splitHeading(chapterLabel(chapter, title)).numbered.replace(/[.:;,]+$/, '');
}

/** Chapter titles of a project's files, fetched once per file. */
export function chapterTitles(
  load: (fileId: string) => Promise<ReadonlyArray<{ title: string }>>,
): (fileId: string, chapter: number | null) => Promise<string | null> {
  const cache = new Map<string, Promise<ReadonlyArray<{ title: string }>>>();
  return async (fileId, chapter) => {
    if (chapter === null) return null;
    let titles = cache.get(fileId);
    if (!titles) {
      titles = load(fileId).catch(() => []);
      cache.set(fileId, titles);
    }
    return (await titles)[chapter - 1]?.title ?? null;
  };
}
