/**
 * What the answers read from stored analyses (narration, story dates) share: the block quoting
 * their cited sentences under the answer, and the file texts they cite, each read once per answer.
 */
import { chapterLabel } from '../story/numbering.js';
import type { Citation } from './types.js';

/** The cited sentences as numbered quotes under an answer, or nothing when none is cited. */
export function quotedBlock(citations: readonly Citation[]): string[] {
  if (citations.length === 0) return [];
  return [
    '',
    'From your manuscript (quoted, not generated):',
    ...citations.map(
      (c, i) =>
        `[${i + 1}] (${chapterLabel(c.chapter, c.chapterTitle ?? null)}): “${c.quote.replace(/\s+/g, ' ')}”`,
    ),
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
