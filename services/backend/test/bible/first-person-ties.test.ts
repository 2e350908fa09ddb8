/**
 * The first-person ties (first-person-ties.ts), read through analyseText: the floor is the count
 * on arrival, raised as rules read more passages right.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/ingest/analysis.js';
import { type FirstPersonTie, firstPersonTies } from './first-person-ties.js';

const PASSAGES_READ_RIGHT_FLOOR = 12;

/** The typed relations read between the passage's two names (their entities), in either direction. */
function tiesBetween({ text, between }: FirstPersonTie): string[] {
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

function readRight(passage: FirstPersonTie): boolean {
  const ties = tiesBetween(passage);
  return passage.type === null ? ties.length === 0 : ties.includes(passage.type);
}

describe('first-person ties', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${firstPersonTies.length} passages right`, () => {
    const misread = firstPersonTies.filter((p) => !readRight(p));
    console.log(
      `first-person ties: ${firstPersonTies.length - misread.length}/${firstPersonTies.length} right\n${misread
        .map(
          (p) => `${p.between.join(' / ')} (${p.type ?? 'none'}): ${tiesBetween(p).join(', ') || 'no tie'}`,
        )
        .join('\n')}`,
    );
    expect(firstPersonTies.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});
