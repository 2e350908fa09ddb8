/** The file list's rules: the author's own files by default, generated sheets only when asked for. */
import type { FileSummary } from '@george/contracts';
import { describe, expect, it } from 'vitest';
import { AccessCache } from '../../src/services/access.js';
import { FileService, type FileServiceDeps } from '../../src/services/files.js';
import { MemoryDirectory, principal } from '../support/memory.js';

const file = (id: string, kind: FileSummary['kind']): FileSummary => ({
  id,
  projectId: 'p1',
  name: `${id}.txt`,
  kind,
  type: 'text',
  mediaType: 'text/plain',
  size: 1,
  storedBytes: 2,
  sha256: '0'.repeat(64),
  textLength: 1,
  wordCount: 1,
  chapterCount: 0,
  paragraphCount: 1,
  revision: 1,
  createdAt: '2026-12-02T00:00:00.000Z',
  updatedAt: '2026-12-02T00:00:00.000Z',
});

function setup(uploading: string[] = []) {
  const directory = new MemoryDirectory();
  directory.grant('p1', 'reader', 'read');
  const stored = [
    file('book', 'manuscript'),
    file('web', 'import'),
    file('idea', 'note'),
    file('alice', 'sheet'),
  ];
  const asked: (string | undefined)[] = [];
  const notCalled = () => {
    throw new Error('not reached by the list rule');
  };
  // Only `list` is called by the rule under test; the rest of the client is not reached.
  const files: FileServiceDeps['files'] = {
    list: async (_projectId, options) => {
      asked.push(options?.kind);
      return stored.filter((f) => !options?.kind || f.kind === options.kind);
    },
    get: notCalled,
    original: notCalled,
    text: notCalled,
  };
  const service = new FileService({
    files,
    sagas: { unfinishedUploadFileIds: async () => new Set(uploading) },
    fileStats: { get: async () => null },
    access: new AccessCache(directory, 0),
    operations: { upload: notCalled, updateTexts: notCalled, deleteFile: notCalled },
  });
  return { service, asked };
}

describe('FileService.list', () => {
  it('lists the author’s files without the generated sheets unless they are asked for', async () => {
    const { service } = setup();
    const ids = async (kind?: 'sheet' | 'all' | 'manuscript') =>
      (await service.list(principal('reader'), 'p1', kind ? { kind } : {})).map((f) => f.id);
    expect(await ids()).toEqual(['book', 'web', 'idea']);
    expect(await ids('sheet')).toEqual(['alice']);
    expect(await ids('manuscript')).toEqual(['book']);
    expect(await ids('all')).toEqual(['book', 'web', 'idea', 'alice']);
  });

  it('hides a file whose upload is still running, and refuses a stranger', async () => {
    const { service } = setup(['book']);
    expect((await service.list(principal('reader'), 'p1', {})).map((f) => f.id)).toEqual(['web', 'idea']);
    await expect(service.list(principal('stranger'), 'p1', {})).rejects.toMatchObject({ statusCode: 404 });
  });
});
