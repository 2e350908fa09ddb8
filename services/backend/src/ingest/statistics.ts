import type { FileStatistics } from '@george/contracts/api';

/** Counts of a text (plain modules: no HTTP). */
export function textStatistics(
  text: string,
  structure: { paragraphs: number; chapters: number; revision: number },
): FileStatistics {
  const words = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  const unique = new Set(words.map((w) => w.toLowerCase()));
  const sentences = text.split(/[.!?]+(?=\s|$)/u).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  return {
    revision: structure.revision,
    characters: text.length,
    words: words.length,
    uniqueWords: unique.size,
    sentences,
    paragraphs: structure.paragraphs,
    chapters: structure.chapters,
    averageSentenceWords: sentences === 0 ? 0 : Math.round((words.length / sentences) * 10) / 10,
    readingMinutes: Math.max(1, Math.round(words.length / 250)),
  };
}
