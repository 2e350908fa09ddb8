/** The story analysis as stored on both engines: replaced whole by each ingestion, the author's narrators kept. */
import { TEST_DIALECTS } from '@george/runtime/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { StoryRepository } from '../../src/repositories/story.js';
import { analyseFile } from '../../src/story/file.js';
import { migratedDatabase } from '../support/database.js';
import { headedChapters } from '../support/text.js';

const TEXT = [
  'Chapter 1',
  'THE DIARY OF ANNA GREVILLE',
  '3 May.--Anna Greville here. I came to Thornby today with my father, and Martha Hale met us at the gate. Martha said, "You are welcome, Anna." I walked by the river until dark and wrote this by the fire.',
  '4 May.--Rain all day. I read to my father. Martha brought bread and told me of the mill.',
  'Chapter 2',
  'Martha Hale walked to the mill the next morning. She thought of Anna and wondered whether the girl would stay. She felt the cold and hurried on. Martha knew the miller would be late.',
  '* * *',
  'Three days later Martha saw the cart on the road. She hoped it was the doctor.',
].join('\n\n');

function source(fileId: string) {
  return { fileId, text: TEXT, chapters: headedChapters(TEXT) };
}

describe.each(TEST_DIALECTS)('story repository on %s', (dialect) => {
  const database = migratedDatabase(dialect);
  let repo: StoryRepository;
  const file = source('f1');
  const analysis = analyseFile(file, extract([file]));

  beforeAll(async () => {
    repo = new StoryRepository(database().db);
  });

  it('stores each chapter from 1 in text order and the timeline in both orders; again changes nothing', async () => {
    await repo.replaceFile('p1', 'f1', 3, analysis);
    const first = { chapters: await repo.chapters('p1', 'f1'), events: await repo.events('p1') };
    await repo.replaceFile('p1', 'f1', 3, analysis);
    expect(await repo.chapters('p1', 'f1')).toEqual(first.chapters);
    expect(await repo.events('p1', 'f1')).toEqual(first.events);

    expect(first.chapters.map((c) => [c.index, c.chapter.title, c.revision])).toEqual([
      [1, 'Chapter 1', 3],
      [2, 'Chapter 2', 3],
    ]);
    const [one, two] = first.chapters.map((c) => c.chapter);
    expect(one?.pov).toBe('first');
    expect(one?.narrators.map((n) => n.name)).toEqual(['Anna Greville']);
    expect(one?.sections.map((x) => [x.kind, x.writer?.name, x.date?.date])).toEqual([
      ['diary', 'Anna Greville', '--05-03'],
    ]);
    expect(two?.scenes).toBe(2);
    const martha = two?.characters.find((c) => c.name === 'Martha');
    expect(martha?.named).toBe(3);
    expect(one?.dialogueShare).toBeGreaterThan(0);
    expect(first.events.map((e) => [e.when.text, e.when.date, e.chapter])).toEqual(
      analysis.events.map((e) => [e.when.text, e.when.date, e.chapter]),
    );
    expect(first.events.find((e) => e.when.text.startsWith('3 May'))?.when.date).toBe('--05-03');
    expect(first.events.map((e) => e.narrativeOrder)).toEqual(first.events.map((_, i) => i + 1));
  });

  it("keeps the author's narrator across a new analysis, and forgets it on request", async () => {
    await repo.setNarrator(
      'p1',
      { fileId: 'f1', chapter: 2, narrator: { key: 'k-martha', name: 'Martha' } },
      'u1',
    );
    await repo.setNarrator('p1', { fileId: 'f1', chapter: 1, narrator: null }, 'u1');
    await repo.setNarrator(
      'p1',
      { fileId: 'f1', chapter: 2, narrator: { key: 'k-hale', name: 'Hale' } },
      'u2',
    );
    await repo.replaceFile('p1', 'f1', 4, { chapters: analysis.chapters.slice(0, 1), events: [] });
    expect((await repo.chapters('p1')).map((c) => [c.index, c.revision])).toEqual([[1, 4]]);
    expect(await repo.events('p1')).toEqual([]);
    expect(await repo.narrators('p1', 'f1')).toEqual([
      { fileId: 'f1', chapter: 1, narrator: null },
      { fileId: 'f1', chapter: 2, narrator: { key: 'k-hale', name: 'Hale' } },
    ]);
    expect(await repo.clearNarrator('p1', 'f1', 2)).toBe(true);
    expect(await repo.clearNarrator('p1', 'f1', 2)).toBe(false);
    expect(await repo.narrators('p1')).toEqual([{ fileId: 'f1', chapter: 1, narrator: null }]);
  });

  it('keeps the books in order, replaced whole; a deleted file leaves its book', async () => {
    await repo.replaceBooks(
      'p3',
      [
        { title: 'One', fileIds: ['f1', 'f2'] },
        { title: 'Two', fileIds: ['f3'] },
      ],
      'u1',
    );
    await repo.replaceBooks(
      'p3',
      [
        { title: 'First', fileIds: ['f1', 'f2'] },
        { title: 'Second', fileIds: ['f3'] },
      ],
      'u1',
    );
    expect(await repo.books('p3')).toEqual([
      { number: 1, title: 'First', fileIds: ['f1', 'f2'] },
      { number: 2, title: 'Second', fileIds: ['f3'] },
    ]);
    await repo.deleteFile('p3', 'f1');
    expect((await repo.books('p3')).map((b) => b.fileIds)).toEqual([['f2'], ['f3']]);
    await repo.replaceBooks('p3', [], 'u1');
    expect(await repo.books('p3')).toEqual([]);
    await repo.replaceBooks('p3', [{ title: 'Again', fileIds: ['f2'] }], 'u1');
    await repo.deleteProject('p3');
    expect(await repo.books('p3')).toEqual([]);
  });

  it("deletes a file's analysis and narrators, then a project's, and nothing of another project", async () => {
    await repo.replaceFile('p1', 'f1', 5, analysis);
    await repo.replaceFile('p1', 'f2', 1, analysis);
    await repo.replaceFile('p2', 'f1', 1, analysis);
    await repo.setNarrator('p2', { fileId: 'f1', chapter: 1, narrator: null }, 'u1');
    await repo.deleteFile('p1', 'f1');
    expect(new Set((await repo.chapters('p1')).map((c) => c.fileId))).toEqual(new Set(['f2']));
    expect(await repo.narrators('p1', 'f1')).toEqual([]);
    await repo.deleteProject('p1');
    expect(await repo.chapters('p1')).toEqual([]);
    expect(await repo.events('p1')).toEqual([]);
    expect(await repo.chapters('p2')).toHaveLength(2);
    expect(await repo.narrators('p2')).toHaveLength(1);
  });

  it('reads a chapter stored before thirdPersonFocal existed, and reports stored values of another shape as corrupt', async () => {
    await repo.replaceFile('p9', 'f1', 1, analysis);
    const [first] = await repo.chapters('p9', 'f1');
    const { thirdPersonFocal: _t, ...older } = first?.chapter ?? {};
    await database()
      .db.updateTable('story_chapters')
      .set({ analysis: JSON.stringify(older) })
      .where('project_id', '=', 'p9')
      .where('chapter', '=', 1)
      .execute();
    expect((await repo.chapters('p9', 'f1'))[0]?.chapter).toEqual(older);

    await database()
      .db.updateTable('story_chapters')
      .set({ analysis: JSON.stringify({ ...older, pov: 'second' }) })
      .where('project_id', '=', 'p9')
      .where('chapter', '=', 1)
      .execute();
    await expect(repo.chapters('p9')).rejects.toThrow(
      /corrupt stored value in story_chapters\.analysis of chapter 1 of file f1: \/pov/,
    );

    expect((await repo.events('p9')).length).toBeGreaterThan(0);
    await database()
      .db.updateTable('story_events')
      .set({ event: '{"id":"x"}' })
      .where('project_id', '=', 'p9')
      .execute();
    await expect(repo.events('p9')).rejects.toThrow(
      /corrupt stored value in story_events\.event \d+ of file f1/,
    );

    await repo.replaceBooks('p9', [{ title: 'One', fileIds: ['f1'] }], 'u1');
    await database()
      .db.updateTable('story_books')
      .set({ file_ids: '"f1"' })
      .where('project_id', '=', 'p9')
      .execute();
    await expect(repo.books('p9')).rejects.toThrow(
      'corrupt stored value in story_books.file_ids of book 1 of project p9',
    );
    await expect(repo.deleteFile('p9', 'f1')).rejects.toThrow('story_books.file_ids of book 1 of project p9');
  });
});
