import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  FileNotFound,
  FileTooLarge,
  InvalidFileId,
  InvalidName,
  InvalidProjectId,
  InvalidRange,
  MissingFile,
  QuotaExceeded,
  RevisionConflict,
  UnsupportedType,
} from '../../src/errors.js';
import { FileService, type UploadSource } from '../../src/services/files.js';
import { MemoryFileRepository } from './memory-repository.js';

const LIMIT_ERROR = new Error('over the limit');

/** An upload source over `data`: a part that is cut (and fails) past the limit the service asks for. */
function source(
  data: string | Buffer,
  options: { filename?: string; fieldname?: string; declaredBytes?: number } = {},
) {
  const opened: number[] = [];
  const upload: UploadSource = {
    declaredBytes: options.declaredBytes,
    async open(limit) {
      opened.push(limit);
      const bytes = Buffer.from(data);
      const over = bytes.length > limit;
      const stream = Readable.from(
        (async function* () {
          yield bytes.subarray(0, limit);
          if (over) throw LIMIT_ERROR;
        })(),
      );
      return {
        fieldname: options.fieldname ?? 'file',
        filename: options.filename ?? 'a.txt',
        stream,
        truncated: () => over,
      };
    },
    isLimitError: (err) => err === LIMIT_ERROR,
  };
  return { upload, opened };
}

describe('the file service (rules, in-memory repository)', () => {
  let repo: MemoryFileRepository;
  let files: FileService;
  let tick: number;

  beforeEach(() => {
    repo = new MemoryFileRepository();
    tick = 0;
    files = new FileService(
      repo,
      {
        maxUploadBytes: 1_000,
        projectQuotaBytes: 3_000,
        zip: { maxUncompressedBytes: 1e6, maxRatio: 100, maxEntries: 100 },
      },
      async () => {
        throw new Error('no documents in these tests');
      },
      () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)),
    );
  });

  it('stores an upload with its text, chapters and counts, under a safe name', async () => {
    const { upload } = source('Chapter 1\n\nIt was a dark night.\n\nChapter 2\n\nThe end.', {
      filename: '../../x.txt',
    });
    const meta = await files.upload('p1', upload, {});
    expect(meta).toMatchObject({
      name: 'x.txt',
      kind: 'manuscript',
      type: 'text',
      revision: 1,
      chapterCount: 2,
      wordCount: 11,
    });
    expect(meta.storedBytes).toBe(meta.size + Buffer.byteLength((await files.text('p1', meta.id, {})).text));
    expect(repo.stagings.every((s) => s.discarded)).toBe(true);
  });

  it('opens the part with the smaller of the upload limit and the room left in the quota', async () => {
    const first = source('x'.repeat(1_000));
    await files.upload('p1', first.upload, {});
    expect(first.opened).toEqual([1_000]);
    // 2000 of 3000 bytes used (original and text): 1000 left.
    const second = source('y'.repeat(400));
    await files.upload('p1', second.upload, {});
    expect(second.opened).toEqual([1_000]);
    // 2800 used: 200 left, and a part over it is refused for the quota, not for its size.
    const third = source('z'.repeat(300));
    await expect(files.upload('p1', third.upload, {})).rejects.toMatchObject({ code: QuotaExceeded.code });
    expect(third.opened).toEqual([200]);
  });

  it('refuses what is too large for the upload limit or the quota, keeping nothing', async () => {
    await expect(files.upload('p1', source('x'.repeat(1_001)).upload, {})).rejects.toMatchObject({
      code: FileTooLarge.code,
    });
    await expect(
      files.upload('p1', source('x', { declaredBytes: 3 * 1024 * 1024 }).upload, {}),
    ).rejects.toMatchObject({ code: FileTooLarge.code });
    await files.upload('p1', source('x'.repeat(1_000)).upload, {});
    // 2000 of 3000 bytes used: 1000 left, and a 1000-byte upload needs 2000 with its text.
    await expect(files.upload('p1', source('y'.repeat(1_000)).upload, {})).rejects.toMatchObject({
      code: QuotaExceeded.code,
    });
    await files.upload('p1', source('z'.repeat(500)).upload, {});
    // Nothing left: refused before reading.
    await expect(files.upload('p1', source('w').upload, {})).rejects.toMatchObject({
      code: QuotaExceeded.code,
    });
    expect((await files.list('p1')).length).toBe(2);
    expect(repo.stagings.every((s) => s.discarded)).toBe(true);
  });

  it('needs the file field, a usable name, ids and a type it can read', async () => {
    await expect(files.upload('p1', source('x', { fieldname: 'other' }).upload, {})).rejects.toMatchObject({
      code: MissingFile.code,
    });
    await expect(files.upload('p1', source('x').upload, { name: 'a\0b' })).rejects.toMatchObject({
      code: InvalidName.code,
    });
    await expect(files.upload('../p', source('x').upload, {})).rejects.toMatchObject({
      code: InvalidProjectId.code,
    });
    await expect(
      files.upload('p1', source(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])).upload, {}),
    ).rejects.toMatchObject({ code: UnsupportedType.code });
    await expect(files.get('p1', 'not-a-uuid')).rejects.toMatchObject({ code: InvalidFileId.code });
    await expect(files.get('p1', '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: FileNotFound.code,
    });
  });

  it('answers text ranges cut at the text length and refuses a start after the end', async () => {
    const doc = await files.createDocument('p1', { name: 'note', content: 'Hello, world.' });
    expect(await files.text('p1', doc.id, { start: 7 })).toMatchObject({
      start: 7,
      end: 13,
      length: 13,
      text: 'world.',
    });
    expect((await files.text('p1', doc.id.toUpperCase(), { end: 99 })).end).toBe(13);
    await expect(files.text('p1', doc.id, { start: 20 })).rejects.toMatchObject({ code: InvalidRange.code });
  });

  it('updates a document only from its current revision, within the quota', async () => {
    const doc = await files.createDocument('p1', { name: 'Sheet.md', content: '# A\n\nOne.', kind: 'sheet' });
    expect(doc).toMatchObject({ kind: 'sheet', type: 'markdown', revision: 1 });
    expect('hasOriginal' in doc).toBe(false);
    const next = await files.updateText('p1', doc.id, {
      content: '# A\n\nOne. Two.',
      baseRevision: 1,
      name: 'B.md',
    });
    expect(next).toMatchObject({ revision: 2, name: 'B.md', wordCount: 3, size: next.storedBytes });
    await expect(files.updateText('p1', doc.id, { content: 'lost', baseRevision: 1 })).rejects.toMatchObject({
      code: RevisionConflict.code,
      details: { currentRevision: 2 },
    });
    await expect(files.updateText('p1', doc.id, { content: 'x'.repeat(3_001) })).rejects.toMatchObject({
      code: QuotaExceeded.code,
    });
    expect((await files.text('p1', doc.id, {})).text).toBe('# A\n\nOne. Two.');
    await expect(
      files.updateText('p1', '00000000-0000-4000-8000-000000000000', { content: 'x' }),
    ).rejects.toMatchObject({ code: FileNotFound.code });
  });

  it('lists oldest first by kind, reports usage, deletes files and projects', async () => {
    const a = await files.createDocument('p1', { name: 'a', content: 'aa', kind: 'note' });
    const b = await files.createDocument('p1', { name: 'b', content: 'bbb', kind: 'sheet' });
    const c = await files.createDocument('p1', { name: 'c', content: 'c', kind: 'note' });
    expect((await files.list('p1')).map((f) => f.id)).toEqual([a.id, b.id, c.id]);
    expect((await files.list('p1', 'note')).map((f) => f.id)).toEqual([a.id, c.id]);
    expect(await files.usage('p1')).toEqual({
      projectId: 'p1',
      usedBytes: 6,
      fileCount: 3,
      quotaBytes: 3_000,
    });
    expect((await files.delete('p1', b.id)).id).toBe(b.id);
    await expect(files.delete('p1', b.id)).rejects.toMatchObject({ code: FileNotFound.code });
    expect(await files.deleteProject('p1')).toEqual({ projectId: 'p1', deletedFiles: 2 });
  });
});
