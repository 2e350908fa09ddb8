import { tempDir } from '@george/runtime/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { GitRepository } from '../../src/repositories/git.js';
import { fsck } from '../helpers.js';

const dir = tempDir('george-git-repo-');
afterAll(() => dir.remove());

const author = { name: 'Jane', email: 'jane@example.com' };

describe('the git repository (real git)', () => {
  const repo = new GitRepository(dir.path);

  const write = async (files: Record<string, string>) => {
    const entries = Object.entries(files).map(([path, content]) => ({ path, data: Buffer.from(content) }));
    const shas = await repo.writeBlobs('p1', entries);
    return entries.map((e, i) => ({ path: e.path, mode: '100644', sha: shas[i] ?? '' }));
  };

  it('publishes commits by compare-and-swap and reports what happened instead of failing', async () => {
    await repo.init();
    expect(await repo.exists('p1')).toBe(false);
    const first = await repo.publish(
      'p1',
      { message: 'one', author },
      await write({ 'a.md': 'A', 'b/c.md': 'C' }),
    );
    expect(first).toMatchObject({ kind: 'committed', commit: { message: 'one', parents: [] } });
    const head = first.kind === 'committed' ? first.head : '';
    expect(await repo.head('p1')).toBe(head);
    expect(await repo.publish('p1', { message: 'same', author }, await write({ 'a.md': 'A' }))).toEqual({
      kind: 'unchanged',
      head,
    });
    expect(
      await repo.publish('p1', { message: 'x', author, expectedHead: null }, await write({ 'a.md': 'B' })),
    ).toEqual({
      kind: 'head_moved',
      head,
    });
    expect(
      await repo.publish('p1', { message: 'x', author }, await write({ 'b/c.md/d': 'D' })),
    ).toMatchObject({
      kind: 'path_conflict',
      path: 'b/c.md',
    });
    expect(await repo.publish('p1', { message: 'x', author }, await write({ 'a.md/e': 'E' }))).toMatchObject({
      kind: 'path_conflict',
    });
    expect(await repo.commitCount('p1')).toBe(1);
    expect(fsck(repo.repoPath('p1'))).toBe('');
  });

  it('reads versions: resolving refs, files, entries, trees, history and diffs', async () => {
    const head = (await repo.head('p1')) ?? '';
    const second = await repo.publish(
      'p1',
      { message: 'two', author },
      await write({ 'a.md': 'A and more words' }),
    );
    const next = second.kind === 'committed' ? second.head : '';
    expect(await repo.resolveCommit('p1', head.slice(0, 7))).toBe(head);
    expect(await repo.resolveCommit('p1', 'abcdef0')).toBeUndefined();
    expect((await repo.fileAt('p1', head, 'a.md'))?.toString()).toBe('A');
    expect(await repo.fileAt('p1', head, 'missing.md')).toBeUndefined();
    expect(await repo.entryAt('p1', head, 'a.md')).toMatchObject({ mode: '100644' });
    expect(await repo.entryAt('p1', head, 'missing.md')).toBeUndefined();
    expect((await repo.tree('p1', next)).map((f) => f.path).sort()).toEqual(['a.md', 'b/c.md']);
    expect((await repo.history('p1', { limit: 1, offset: 0 })).commits[0]?.message).toBe('two');
    expect(await repo.parentOf('p1', next)).toBe(head);
    expect(await repo.parentOf('p1', head)).toBeNull();
    const diff = await repo.diff('p1', head, next, undefined, 10_000);
    expect(diff.files).toEqual([{ path: 'a.md', status: 'modified', wordsAdded: 3, wordsRemoved: 0 }]);
    expect(diff.unified).toContain('+A and more words');
  });

  it('refuses project ids that would leave its folder, whatever the caller checked', async () => {
    expect(() => repo.repoPath('../x')).toThrow(/unsafe repository path/);
    await expect(repo.head('a/../../b')).rejects.toThrow(/unsafe repository path/);
  });
});
