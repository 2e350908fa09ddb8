/** The quotations repository on both engines: per-file replacement in one transaction, text order, paging, filters. */
import { TEST_DIALECTS } from '@george/runtime/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type QuotationInput, QuotationRepository, quotationId } from '../../src/repositories/quotations.js';
import { migratedDatabase } from '../support/database.js';

const FILE_A = '00000000-0000-4000-8000-00000000000b';
const FILE_B = '00000000-0000-4000-8000-00000000000a';

const quote = (start: number, speakerKey: string | null, chapter: number | null = 1): QuotationInput => ({
  start,
  end: start + 5,
  text: `"q${start}"`,
  parts: [{ start, end: start + 5 }],
  chapter,
  speakerKey,
  addresseeKeys: speakerKey === 'character:jane' ? ['character:elizabeth'] : [],
  kind: speakerKey === null ? 'implicit' : 'explicit',
  confidence: 0.95,
  words: 2,
});
const chapters = [{ chapter: 1, words: 10, dialogueWords: 4, share: 0.4, quotations: 2 }];

describe.each(TEST_DIALECTS)('quotation repository on %s', (dialect) => {
  const database = migratedDatabase(dialect);
  let repo: QuotationRepository;

  beforeAll(async () => {
    repo = new QuotationRepository(database().db);
  });

  it('answers files in the order they were first ingested, then by offset, and keeps that order on re-ingestion', async () => {
    // FILE_A's id sorts after FILE_B's: the order is the ingestion order, not the id's.
    await repo.replaceFile(
      'p1',
      FILE_A,
      1,
      [quote(30, 'character:jane'), quote(10, 'character:elizabeth')],
      chapters,
    );
    await repo.replaceFile('p1', FILE_B, 1, [quote(0, null, null)], []);
    await repo.replaceFile(
      'p1',
      FILE_A,
      2,
      [quote(10, 'character:elizabeth'), quote(50, 'character:jane', 2)],
      chapters,
    );
    const all = await repo.page('p1', { limit: 10 });
    expect(all.map((q) => [q.fileId, q.start])).toEqual([
      [FILE_A, 10],
      [FILE_A, 50],
      [FILE_B, 0],
    ]);
    expect(all[0]).toMatchObject({
      id: quotationId(FILE_A, 10, 15),
      end: 15,
      text: '"q10"',
      parts: [{ start: 10, end: 15 }],
      chapter: 1,
      speakerKey: 'character:elizabeth',
      addresseeKeys: [],
      kind: 'explicit',
      confidence: 0.95,
      words: 2,
    });
    expect(all[1]?.addresseeKeys).toEqual(['character:elizabeth']);
    expect((await repo.files('p1')).map((f) => [f.fileId, f.revision])).toEqual([
      [FILE_A, 2],
      [FILE_B, 1],
    ]);
    expect((await repo.files('p1'))[0]?.chapters).toEqual(chapters);
  });

  it('pages after a position and filters by file, chapter and speaker keys', async () => {
    const first = await repo.page('p1', { limit: 1 });
    const last = first[0];
    if (!last) throw new Error('no first page');
    const next = await repo.page('p1', {
      limit: 5,
      after: { fileOrder: last.fileOrder, fileId: last.fileId, start: last.start },
    });
    expect(next.map((q) => q.start)).toEqual([50, 0]);
    expect((await repo.page('p1', { limit: 10, fileId: FILE_B })).map((q) => q.start)).toEqual([0]);
    expect((await repo.page('p1', { limit: 10, chapter: 2 })).map((q) => q.start)).toEqual([50]);
    expect(
      (await repo.page('p1', { limit: 10, speakerKeys: ['character:jane'] })).map((q) => q.start),
    ).toEqual([50]);
    expect(await repo.page('p1', { limit: 10, speakerKeys: [] })).toEqual([]);
    expect(
      (await repo.bySpeakers('p1', ['character:elizabeth', 'character:jane'])).map((q) => q.start),
    ).toEqual([10, 50]);
    // Another project's rows are never in the answer.
    expect(await repo.page('p2', { limit: 10 })).toEqual([]);
    expect(await repo.page('p2', { limit: 10, fileId: FILE_A })).toEqual([]);
  });

  it('replaces a file in one transaction: a failing write leaves the rows it had', async () => {
    const before = await repo.page('p1', { limit: 10, fileId: FILE_A });
    // Two utterances at the same place have the same id: the second insert fails, all is undone.
    await expect(repo.replaceFile('p1', FILE_A, 3, [quote(70, null), quote(70, null)], [])).rejects.toThrow();
    expect(await repo.page('p1', { limit: 10, fileId: FILE_A })).toEqual(before);
    expect((await repo.files('p1'))[0]?.revision).toBe(2);
  });

  it('stores many quotations in batches, and deletes a file and a project', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => quote(i * 10, 'character:jane'));
    expect(await repo.replaceFile('p2', FILE_A, 1, many, [])).toBe(1001);
    expect(await repo.page('p2', { limit: 2000 })).toHaveLength(1001);
    await repo.deleteFile('p1', FILE_B);
    expect((await repo.files('p1')).map((f) => f.fileId)).toEqual([FILE_A]);
    expect(await repo.page('p1', { limit: 10, fileId: FILE_B })).toEqual([]);
    await repo.deleteProject('p2');
    expect(await repo.page('p2', { limit: 10 })).toEqual([]);
    expect(await repo.files('p2')).toEqual([]);
    expect(await repo.page('p1', { limit: 10 })).toHaveLength(2);
  });

  it('reports quotation parts, addressees and chapter figures of another shape as corrupt rows', async () => {
    await repo.replaceFile('p9', FILE_A, 1, [quote(10, 'character:jane')], chapters);
    const id = quotationId(FILE_A, 10, 15);
    const read = () => repo.page('p9', { limit: 10 });
    expect((await read()).map((q) => q.addresseeKeys)).toEqual([['character:elizabeth']]);
    await database()
      .db.updateTable('quotations')
      .set({ addressee_keys: '"character:elizabeth"' })
      .where('id', '=', id)
      .execute();
    await expect(read()).rejects.toThrow(
      `corrupt stored value in quotations.addressee_keys of quotation ${id}`,
    );
    await database()
      .db.updateTable('quotations')
      .set({ parts: '[{"start":10}]' })
      .where('id', '=', id)
      .execute();
    await expect(read()).rejects.toThrow(`corrupt stored value in quotations.parts of quotation ${id}`);
    await database()
      .db.updateTable('dialogue_files')
      .set({ chapters: '[{"chapter":1,"words":"ten"}]' })
      .where('project_id', '=', 'p9')
      .execute();
    await expect(repo.files('p9')).rejects.toThrow(
      `corrupt stored value in dialogue_files.chapters of file ${FILE_A}`,
    );
  });
});
