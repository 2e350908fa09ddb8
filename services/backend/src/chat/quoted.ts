/**
 * What the chat's answers share when they cite: where a citation is from (every answer writes it
 * with `citedPlace`), the block quoting cited sentences under an answer read from stored analyses
 * (narration, story dates), and the file texts they cite, each read once per answer.
 */
import { chapterLabel } from '../story/numbering.js';
import type { Citation } from './types.js';

/** The manuscripts' names by file id when the answer reads more than one, else null (a chapter is enough). */
export type FileNames = ReadonlyMap<string, string> | null;

/**
 * Where a citation is from: its chapter (as `chapter` words it, the heading by default), after its
 * file's name when the answer names files ("orchard.txt, Chapter 6"); '' when neither is known.
 */
export function citedPlace(
  cited: { fileId: string; chapter: number | null; chapterTitle?: string | null },
  fileNames: FileNames,
  chapter: (n: number | null, title: string | null) => string = chapterLabel,
): string {
  return [fileNames?.get(cited.fileId), chapter(cited.chapter, cited.chapterTitle ?? null)]
    .filter(Boolean)
    .join(', ');
}

/** The cited sentences as numbered quotes under an answer, or nothing when none is cited. */
export function quotedBlock(citations: readonly Citation[], fileNames: FileNames = null): string[] {
  if (citations.length === 0) return [];
  return [
    '',
    'From your manuscript (quoted, not generated):',
    ...citations.map((c, i) => {
      const place = citedPlace(c, fileNames);
      return `[${i + 1}]${place ? ` (${place})` : ''}: “${c.quote.replace(/\s+/g, ' ')}”`;
    }),
  ];
}

/** A file's text read at most once, however many of its sentences an answer cites. */
export function textOnce(load: (fileId: string) => Promise<string>): (fileId: string) => Promise<string> {
  const texts = new Map<string, Promise<string>>();
  return (fileId) => {
    const known = texts.get(fileId) ?? load(fileId);
    texts.set(fileId, known);
    return known;
  };
}
