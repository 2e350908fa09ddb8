import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { tempDir } from '@george/runtime/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { DiskFileRepository } from '../../src/repositories/files.js';
import type { Revision, StoredFile } from '../../src/repositories/repository.js';

const dir = tempDir('george-fs-repo-');
afterAll(() => dir.remove());

let n = 0;
const fileId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function meta(projectId: string, storedBytes: number, changes: Partial<StoredFile> = {}): StoredFile {
  return {
    id: fileId(),
    projectId,
    name: 'a.txt',
    kind: 'manuscript',
    type: 'text',
    mediaType: 'text/plain; charset=utf-8',
    size: storedBytes,
    storedBytes,
    sha256: 'x',
    textLength: 5,
    wordCount: 1,
    chapterCount: 0,
    paragraphCount: 1,
    revision: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    hasOriginal: false,
    ...changes,
  };
}

const revision = (text: string): Revision => ({
  text,
  structure: { chapters: [], paragraphs: [{ start: 0, end: text.length }] },
});

describe('the file repository on disk', () => {
  const repo = new DiskFileRepository(dir.path);

  it('publishes a staged file whole, only within the quota, and leaves no staging behind', async () => {
    await repo.init();
    const staging = await repo.stage();
    const written = await staging.writeOriginal(Readable.from([Buffer.from('hello')]));
    expect(written).toEqual({
      size: 5,
      sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
    });
    const file = meta('p1', 10, { hasOriginal: true, size: 5 });
    expect(await repo.publish(staging, file, revision('hello'), 100)).toBe(true);
    await staging.discard();
    expect(await repo.readText('p1', file.id)).toEqual({ meta: file, text: 'hello' });
    expect((await repo.readOriginal('p1', file.id))?.data.toString()).toBe('hello');
    expect(await repo.readStructure('p1', file.id)).toEqual({
      meta: file,
      structure: revision('hello').structure,
    });

    const over = await repo.stage();
    expect(await repo.publish(over, meta('p1', 91), revision('x'), 100)).toBe(false);
    await over.discard();
    expect(await repo.usage('p1')).toEqual({ usedBytes: 10, fileCount: 1 });
    expect(readdirSync(join(dir.path, 'filesystem', 'tmp'))).toEqual([]);
  });

  it('writes the revision the decision returns, or passes its refusal on, under the lock', async () => {
    const file = meta('p2', 5);
    const staging = await repo.stage();
    await repo.publish(staging, file, revision('one'), 100);
    const refused = await repo.update('p2', file.id, (current, others) => ({ refuse: { current, others } }));
    expect(refused).toEqual({ refused: { current: file, others: 0 } });
    const next = { ...file, revision: 2, storedBytes: 7 };
    expect(
      await repo.update('p2', file.id, () => ({ write: { meta: next, revision: revision('two') } })),
    ).toEqual({
      updated: next,
    });
    expect(await repo.readText('p2', file.id)).toEqual({ meta: next, text: 'two' });
    // The documents' original is their current text; the old revision's files are gone.
    expect((await repo.readOriginal('p2', file.id))?.data.toString()).toBe('two');
    const files = readdirSync(join(dir.path, 'filesystem', 'projects', 'p2', 'files', file.id)).sort();
    expect(files).toEqual(['meta.json', 'structure-2.json', 'text-2.txt']);
    expect(await repo.usage('p2')).toEqual({ usedBytes: 7, fileCount: 1 });
    expect(await repo.update('p2', fileId(), () => ({ refuse: 'never asked' }))).toBeUndefined();
  });

  it('answers nothing for unknown files, deletes files and projects, and keeps usage right without its cache', async () => {
    const a = meta('p3', 3);
    const b = meta('p3', 4);
    for (const file of [a, b]) await repo.publish(await repo.stage(), file, revision('t'), 100);
    expect(await repo.readText('p3', fileId())).toBeUndefined();
    rmSync(join(dir.path, 'filesystem', 'projects', 'p3', 'usage.json'));
    expect(await repo.usage('p3')).toEqual({ usedBytes: 7, fileCount: 2 });
    writeFileSync(join(dir.path, 'filesystem', 'projects', 'p3', 'usage.json'), '{"stale": 999}');
    await repo.rebuildUsage();
    expect(await repo.usage('p3')).toEqual({ usedBytes: 7, fileCount: 2 });
    expect(await repo.delete('p3', a.id)).toEqual(a);
    expect(await repo.delete('p3', a.id)).toBeUndefined();
    expect((await repo.list('p3')).map((f) => f.id)).toEqual([b.id]);
    expect(await repo.deleteProject('p3')).toBe(1);
    expect(await repo.deleteProject('p3')).toBe(0);
    expect(existsSync(join(dir.path, 'filesystem', 'projects', 'p3'))).toBe(false);
  });

  it('refuses ids that would make a path outside its folders, whatever the caller checked', async () => {
    await expect(repo.readText('../p', fileId())).rejects.toThrow(/unsafe storage path/);
    await expect(repo.readText('p1', '../../x')).rejects.toThrow(/unsafe storage path/);
  });

  it('reads a structure stored before chapters counted from 1 and scene breaks were kept', async () => {
    const file = meta('p4', 5, { chapterCount: 2 });
    await repo.publish(await repo.stage(), file, revision('hello'), 100);
    // As the first version wrote it: chapters numbered from 0, no sceneBreaks.
    const older = {
      chapters: [
        { index: 0, title: 'One', start: 0, end: 2 },
        { index: 1, title: 'Two', start: 2, end: 5 },
      ],
      paragraphs: [{ start: 0, end: 5 }],
    };
    const folder = join(dir.path, 'filesystem', 'projects', 'p4', 'files', file.id);
    writeFileSync(join(folder, 'structure-1.json'), JSON.stringify(older));
    expect(await repo.readStructure('p4', file.id)).toEqual({ meta: file, structure: older });
  });

  it('reports a meta.json or a structure of another shape as corrupt, naming the file', async () => {
    const file = meta('p5', 5);
    await repo.publish(await repo.stage(), file, revision('hello'), 100);
    const folder = join(dir.path, 'filesystem', 'projects', 'p5', 'files', file.id);
    writeFileSync(
      join(folder, 'structure-1.json'),
      JSON.stringify({ chapters: [{ index: 1 }], paragraphs: [] }),
    );
    await expect(repo.readStructure('p5', file.id)).rejects.toThrow(
      new RegExp(`corrupt stored value in structure-1\\.json of file ${file.id} in project p5: /chapters/0/`),
    );
    const { revision: _r, ...withoutRevision } = file;
    writeFileSync(join(folder, 'meta.json'), JSON.stringify(withoutRevision));
    await expect(repo.readText('p5', file.id)).rejects.toThrow(
      new RegExp(`corrupt stored value in meta\\.json of file ${file.id} in project p5: /revision`),
    );
  });
});
