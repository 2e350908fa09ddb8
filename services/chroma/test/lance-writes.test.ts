/**
 * LanceDB writes from two connections to one folder (as two workers hold) at once: every write
 * lands, none is lost or duplicated (a commit that loses a race is tried again by the store).
 */
import { tempDir } from '@george/runtime/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { LanceStore } from '../src/vectors/lance.js';

const folder = tempDir('george-lance-writes-');
afterAll(() => folder.remove());

describe('LanceStore writes', () => {
  it('lands every upsert of two connections writing the same table at once', async () => {
    const [a, b] = await Promise.all([LanceStore.connect(folder.path), LanceStore.connect(folder.path)]);
    await a.ensureTable('t', 4);
    await b.ensureTable('t', 4);
    const batch = (store: LanceStore, prefix: string, n: number) =>
      store.upsert(
        't',
        Array.from({ length: 3 }, (_, i) => ({
          id: `${prefix}-${n}-${i}`,
          fileId: `${prefix}-${n}`,
          kind: 'chunk',
          vector: [n, i, 1, 0],
        })),
      );
    await Promise.all(Array.from({ length: 6 }, (_, n) => [batch(a, 'a', n), batch(b, 'b', n)]).flat());
    const ids = await a.ids('t');
    expect(ids).toHaveLength(36);
    expect(new Set(ids).size).toBe(36);
  });
});
