/**
 * A character's speaking figures from their quotations: quotations and words spoken per chapter and
 * in all, and whom they speak to most.
 */

export interface SpokenQuote {
  fileId: string;
  chapter: number | null;
  words: number;
  /** Entity ids of the characters spoken to. */
  addresseeIds: readonly string[];
}

export interface SpeakingFigures {
  quotations: number;
  words: number;
  /** Files in the order given, chapters ascending (null first). */
  chapters: Array<{ fileId: string; chapter: number | null; quotations: number; words: number }>;
  /** The characters spoken to, most quotations first (ties by name). */
  speaksTo: Array<{ entityId: string; name: string; quotations: number }>;
}

/** How many characters `speaksTo` lists. */
const SPEAKS_TO_LIMIT = 10;

export function speakingFigures(
  quotes: readonly SpokenQuote[],
  nameOf: (entityId: string) => string | undefined,
  fileOrder: readonly string[] = [],
): SpeakingFigures {
  const chapters = new Map<
    string,
    { fileId: string; chapter: number | null; quotations: number; words: number }
  >();
  const spokenTo = new Map<string, number>();
  let words = 0;
  for (const q of quotes) {
    words += q.words;
    const key = `${q.fileId}\u0000${q.chapter ?? ''}`;
    const entry = chapters.get(key) ?? { fileId: q.fileId, chapter: q.chapter, quotations: 0, words: 0 };
    entry.quotations++;
    entry.words += q.words;
    chapters.set(key, entry);
    for (const id of new Set(q.addresseeIds)) spokenTo.set(id, (spokenTo.get(id) ?? 0) + 1);
  }
  const rank = (fileId: string) => {
    const i = fileOrder.indexOf(fileId);
    return i === -1 ? fileOrder.length : i;
  };
  const speaksTo: SpeakingFigures['speaksTo'] = [];
  for (const [entityId, quotations] of spokenTo) {
    const name = nameOf(entityId);
    if (name !== undefined) speaksTo.push({ entityId, name, quotations });
  }
  speaksTo.sort((a, b) => b.quotations - a.quotations || a.name.localeCompare(b.name));
  return {
    quotations: quotes.length,
    words,
    chapters: [...chapters.values()].sort(
      (a, b) =>
        rank(a.fileId) - rank(b.fileId) ||
        a.fileId.localeCompare(b.fileId) ||
        (a.chapter ?? 0) - (b.chapter ?? 0),
    ),
    speaksTo: speaksTo.slice(0, SPEAKS_TO_LIMIT),
  };
}
