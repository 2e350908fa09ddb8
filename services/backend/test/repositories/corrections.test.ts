/** The author's corrections as stored on both engines: in the order they were made, per project. */
import { TEST_DIALECTS } from '@george/runtime/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SplitCorrection } from '../../src/bible/corrections.js';
import { CorrectionsRepository } from '../../src/repositories/corrections.js';
import { migratedDatabase } from '../support/database.js';

const split =
  (name: string) =>
  (key: string): SplitCorrection => ({
    key,
    sourceKeys: ['character:anna'],
    sourceNames: ['Anna', 'Miss Brook'],
    name,
    type: 'character',
    aliases: [name],
    mentions: [{ fileId: 'f1', start: 3, text: "'); drop table quotations; --" }],
  });

describe.each(TEST_DIALECTS)('corrections repository on %s', (dialect) => {
  const database = migratedDatabase(dialect);
  let repo: CorrectionsRepository;

  beforeAll(async () => {
    repo = new CorrectionsRepository(database().db);
  });

  it('keeps splits in the order they were made, each with its own key, projects apart', async () => {
    const first = await repo.addSplit('p1', 'u1', split('Miss Brook'));
    const made = await Promise.all(
      ['Jane', 'Kitty', 'Lydia'].map((n) => repo.addSplit('p1', 'u2', split(n))),
    );
    await repo.addSplit('p2', 'u1', split('Other'));
    expect(first.correction.key).toBe(`split:${first.id}`);
    const stored = await repo.splits('p1');
    // The first comes first; the three made at once each take their own place, in no set order.
    expect(stored.map((s) => s.correction.name)[0]).toBe('Miss Brook');
    expect(
      stored
        .slice(1)
        .map((s) => s.correction.name)
        .sort(),
    ).toEqual(made.map((m) => m.correction.name).sort());
    expect(stored[0]).toEqual(first);
    expect(new Set(stored.map((s) => s.correction.key)).size).toBe(4);
    await repo.deleteProject('p1');
    expect(await repo.splits('p1')).toEqual([]);
    expect((await repo.splits('p2')).map((s) => s.correction.name)).toEqual(['Other']);
  });

  it('reports a split stored in another shape as a corrupt row', async () => {
    const made = await repo.addSplit('p9', 'u1', split('Jane'));
    await database()
      .db.updateTable('bible_corrections')
      .set({ body: JSON.stringify({ key: made.correction.key, name: 'Jane', type: 'spaceship' }) })
      .where('id', '=', made.id)
      .execute();
    await expect(repo.splits('p9')).rejects.toThrow(
      new RegExp(`corrupt stored value in bible_corrections\\.body of correction ${made.id}`),
    );
  });
});
