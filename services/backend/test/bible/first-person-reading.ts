/** How the first-person ties' sets (first-person-ties.ts, first-person-ties-2.ts) are read: through analyseText. */
import { analyseText } from '../../src/ingest/analysis.js';
import type { FirstPersonTie } from './first-person-ties.js';

/** The typed relations read between the passage's two names (their entities), in either direction. */
export function tiesBetween({ text, between }: FirstPersonTie): string[] {
  const { bible } = analyseText({ source: { fileId: 'book', text, chapters: [] }, splits: [] });
  const keyOf = (name: string) =>
    bible.entities.find(
      (e) => e.type === 'character' && e.mentions.some((m) => text.slice(m.start, m.end) === name),
    )?.key;
  const [a, b] = between.map(keyOf);
  // A name not read, or the two read as one, would pass a guard for nothing.
  if (a === undefined || b === undefined || a === b) return ['unread'];
  return bible.relations
    .filter(
      (r) =>
        r.type !== 'co_occurs' &&
        r.type !== 'located_in' &&
        ((r.sourceKey === a && r.targetKey === b) || (r.sourceKey === b && r.targetKey === a)),
    )
    .map((r) => r.type);
}

export function readRight(passage: FirstPersonTie): boolean {
  const ties = tiesBetween(passage);
  return passage.type === null ? ties.length === 0 : ties.includes(passage.type);
}
