/**
 * The merge-traps generality check (merge-traps.ts): each passage is read right when every person's
 * names sit in one entry and no two people share an entry. The floor is the count on arrival, raised
 * as rules read more passages right.
 */
import { describe, expect, it } from 'vitest';
import { type Extraction, extract } from '../../src/bible/index.js';
import { holding, source } from '../support/bible.js';
import { type MergeTrap, mergeTraps } from './merge-traps.js';

const PASSAGES_READ_RIGHT_FLOOR = 24;

/** Why the passage is read wrong, or undefined when it is read right. */
function misreading(trap: MergeTrap, extraction: Extraction): string | undefined {
  const entryKeys = new Map<string, number>();
  for (const [index, names] of trap.people.entries()) {
    const unheld = names.find((name) => holding(extraction, name).length !== 1);
    if (unheld !== undefined) return `${holding(extraction, unheld).length} entries hold ${unheld}`;
    const keys = new Set(names.flatMap((name) => holding(extraction, name).map((entry) => entry.key)));
    if (keys.size !== 1) return `${names.join(' / ')}: ${keys.size} entries`;
    const [key] = keys;
    if (key === undefined) return `${names.join(' / ')}: no entry`;
    const other = entryKeys.get(key);
    if (other !== undefined) return `${names.join(' / ')} merged with ${trap.people[other]?.join(' / ')}`;
    entryKeys.set(key, index);
  }
  return undefined;
}

describe('merge traps', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${mergeTraps.length} passages right`, () => {
    const misread = mergeTraps.flatMap((trap) => {
      const why = misreading(trap, extract([source(trap.text)]));
      return why === undefined ? [] : [`${trap.kind}: ${why}`];
    });
    console.log(
      `merge traps: ${mergeTraps.length - misread.length}/${mergeTraps.length} right\n${misread.join('\n')}`,
    );
    expect(mergeTraps.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});
