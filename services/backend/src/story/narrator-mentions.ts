/**
 * The first-person narrator's own words for themself ("I", "me", "my"...) as mentions of the
 * character the story analysis found them to be (narrators.ts: a diarist's heading, a signature,
 * "my name is ...", being addressed by name), so that a narrator's entry counts the chapters they
 * tell and not only the few times they are named. Only narration counts: an "I" inside a quotation
 * is the speaker's.
 */
import type { Extraction, Mention } from '../bible/types.js';
import type { Range } from './text.js';

/** The story analysis of a chapter as far as it names its teller. */
export interface ToldChapter extends Range {
  index: number;
  pov: 'first' | 'third' | 'mixed';
  narrators: ReadonlyArray<{ id: string | null; share: number }>;
  sections: ReadonlyArray<Range & { writer: { id: string | null } | null; quoted: boolean }>;
}

const FIRST_PERSON = /\b(?:I|me|my|mine|myself|Me|My|Mine|Myself)\b/g;
/** A chapter's teller is its narrator only when they tell at least this share of it. */
const MIN_SHARE = 0.5;

/** Who tells which ranges of the chapter: its sections' writers, else its main narrator. */
export function tellers(chapter: ToldChapter): Array<Range & { id: string }> {
  const written = chapter.sections.flatMap((s) =>
    !s.quoted && s.writer?.id ? [{ start: s.start, end: s.end, id: s.writer.id }] : [],
  );
  if (written.length > 0) return written;
  const main = chapter.narrators.find((n) => n.share >= MIN_SHARE && n.id !== null);
  return main?.id ? [{ start: chapter.start, end: chapter.end, id: main.id }] : [];
}

/** Whether an offset is inside one of the quotations (`speech`: their parts, which do not overlap). */
export function speechTest(speech: readonly Range[]): (at: number) => boolean {
  const sorted = [...speech].sort((a, b) => a.start - b.start);
  // The last quotation starting at or before the offset, by bisection.
  return (at) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.start ?? 0) <= at) lo = mid + 1;
      else hi = mid;
    }
    const q = sorted[lo - 1];
    return q !== undefined && at < q.end;
  };
}

/**
 * The extraction with each first-person chapter's "I" added to its narrator's mentions. `speech`
 * holds the quotations' ranges (the parts of each, which do not overlap).
 */
export function withNarratorMentions(
  fileId: string,
  text: string,
  extraction: Extraction,
  chapters: readonly ToldChapter[],
  speech: readonly Range[],
): Extraction {
  const added = new Map<string, Mention[]>();
  const inSpeech = speechTest(speech);
  for (const chapter of chapters) {
    if (chapter.pov === 'third') continue;
    for (const teller of tellers(chapter)) {
      const list = added.get(teller.id) ?? [];
      for (const m of text.slice(teller.start, teller.end).matchAll(FIRST_PERSON)) {
        const start = teller.start + m.index;
        if (inSpeech(start)) continue;
        list.push({ fileId, chapter: chapter.index, start, end: start + m[0].length, text: m[0] });
      }
      added.set(teller.id, list);
    }
  }
  if (added.size === 0) return extraction;
  return {
    ...extraction,
    entities: extraction.entities.map((e) => {
      const mine = added.get(e.key);
      if (!mine || mine.length === 0) return e;
      const taken = new Set(e.mentions.map((m) => m.start));
      const mentions = [...e.mentions, ...mine.filter((m) => !taken.has(m.start))];
      return { ...e, mentions: mentions.sort((a, b) => a.start - b.start) };
    }),
  };
}
