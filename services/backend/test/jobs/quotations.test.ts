/**
 * The ingestion's dialogue step on both engines, with the graph store in the same database: a re-run
 * stores the same rows, a merge moves quotations to the entity kept, a deleted entity leaves its
 * quotations unattributed, a file that no longer feeds the story bible loses them.
 */
import { TEST_DIALECTS } from '@george/runtime/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { SqlGraphStore } from '../../src/graph/sql-store.js';
import { QuotationRepository } from '../../src/repositories/quotations.js';
import { quoteView } from '../../src/services/quotes.js';
import { migratedDatabase } from '../support/database.js';
import { DIALOGUE_TEXT, ingestDialogue } from '../support/dialogue.js';

const FILE = '00000000-0000-4000-8000-000000000001';

describe.each(TEST_DIALECTS)('the dialogue step of the ingestion on %s', (dialect) => {
  const database = migratedDatabase(dialect);
  let graph: SqlGraphStore;
  let quotations: QuotationRepository;

  const views = async (projectId: string) => {
    const keys = await graph.entityKeys(projectId);
    return (await quotations.page(projectId, { limit: 100 })).map((q) => quoteView(q, keys));
  };
  const idOf = async (projectId: string, name: string) => {
    const found = (await graph.listEntities(projectId)).find((e) => e.name === name);
    if (!found) throw new Error(`no entity ${name}`);
    return found.id;
  };

  beforeAll(async () => {
    graph = new SqlGraphStore(database().db);
    await graph.init();
    quotations = new QuotationRepository(database().db);
  });

  it('stores each utterance with its text, chapter and speaker; a re-run stores the same rows', async () => {
    const result = await ingestDialogue(graph, quotations, { projectId: 'p1', fileId: FILE });
    expect(result).toMatchObject({ quotations: 5 });
    const first = await views('p1');
    for (const q of first) expect(q.text).toBe(DIALOGUE_TEXT.slice(q.start, q.end));
    expect(first.map((q) => [q.text, q.chapter, q.speaker?.name ?? null, q.kind])).toEqual([
      ['"I shall go to the ball," said Elizabeth, "and Jane will come too."', 1, 'Elizabeth', 'explicit'],
      ['"Will you, Elizabeth?"', 1, 'Jane', 'explicit'],
      ['"It is o\'clock already, and \'tis late,"', 1, 'Elizabeth', 'explicit'],
      ['"Mr. Darcy is proud,"', 2, 'Elizabeth', 'explicit'],
      ['"He is not," said Jane. "You are unjust, Lizzy."', 2, 'Jane', 'explicit'],
    ]);
    expect(first[1]?.addressees.map((a) => a.name)).toEqual(['Elizabeth']);

    await ingestDialogue(graph, quotations, { projectId: 'p1', fileId: FILE });
    await ingestDialogue(graph, quotations, { projectId: 'p1', fileId: FILE });
    expect(await views('p1')).toEqual(first);
    expect(await quotations.files('p1')).toHaveLength(1);
  });

  it('an edit re-ingested replaces the file rows; a merge moves quotations; a deletion unattributes them', async () => {
    const edited = `"Come here, Jane," said Elizabeth.\n\n"I will," said Jane.\n\nElizabeth and Jane sat down. Jane smiled at Elizabeth.\n`;
    await ingestDialogue(graph, quotations, { projectId: 'p2', fileId: FILE });
    await ingestDialogue(graph, quotations, { projectId: 'p2', fileId: FILE, text: edited, revision: 2 });
    const before = await views('p2');
    expect(before.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['"Come here, Jane,"', 'Elizabeth'],
      ['"I will,"', 'Jane'],
    ]);
    expect((await quotations.files('p2'))[0]?.revision).toBe(2);

    const elizabeth = await idOf('p2', 'Elizabeth');
    const jane = await idOf('p2', 'Jane');
    await graph.mergeEntities('p2', elizabeth, jane);
    const merged = await views('p2');
    expect(merged.map((q) => q.speaker)).toEqual([
      { entityId: elizabeth, name: 'Elizabeth' },
      { entityId: elizabeth, name: 'Elizabeth' },
    ]);
    // Spoken to herself now: an entity is not its own addressee.
    expect(merged[0]?.addressees).toEqual([]);

    await graph.deleteEntity('p2', elizabeth);
    expect((await views('p2')).map((q) => q.speaker)).toEqual([null, null]);
    // Another project's quotations are untouched.
    expect((await views('p1')).map((q) => q.speaker?.name)).toContain('Jane');
  });

  it('a file that no longer feeds the story bible loses its quotations', async () => {
    await ingestDialogue(graph, quotations, { projectId: 'p1', fileId: FILE, kind: 'note' });
    expect(await views('p1')).toEqual([]);
    expect(await quotations.files('p1')).toEqual([]);
  });
});
