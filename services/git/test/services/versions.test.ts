import { beforeEach, describe, expect, it } from 'vitest';
import {
  CommitContention,
  DuplicatePath,
  EmptyCommit,
  FileNotFound,
  HeadMoved,
  InvalidPath,
  InvalidProjectId,
  InvalidRef,
  NoVersions,
  PathConflict,
  VersionNotFound,
} from '../../src/errors.js';
import { VersionService } from '../../src/services/versions.js';
import { MemoryGitRepository } from './memory-repository.js';

const author = { name: 'Jane', email: 'jane@example.com' };

describe('the version service (rules, in-memory repository)', () => {
  let repos: MemoryGitRepository;
  let versions: VersionService;

  beforeEach(() => {
    repos = new MemoryGitRepository();
    versions = new VersionService(repos, 1024);
  });

  const commit = (files: Record<string, string>, deletes: string[] = [], message = 'm') =>
    versions.commit('p1', {
      message,
      author,
      files: Object.entries(files).map(([path, content]) => ({ path, content })),
      deletes,
    });

  it('commits writes and deletes, and makes no commit when nothing changes', async () => {
    const first = await commit({ 'a.md': 'one two', 'b.md': 'x' });
    expect(first).toMatchObject({ changed: true, commit: { parents: [], message: 'm', author } });
    expect(await commit({ 'a.md': 'one two' })).toEqual({ changed: false, head: first.head });
    const second = await commit({}, ['b.md']);
    expect(second.commit?.parents).toEqual([first.head]);
    expect(await versions.project('p1')).toEqual({ projectId: 'p1', head: second.head, commitCount: 2 });
  });

  it('refuses empty commits, repeated paths and unsafe paths before touching the repository', async () => {
    await expect(commit({})).rejects.toMatchObject({ code: EmptyCommit.code });
    await expect(commit({ 'a.md': 'x' }, ['a.md'])).rejects.toMatchObject({ code: DuplicatePath.code });
    for (const bad of [
      '',
      '/abs',
      'a//b',
      '../x',
      'a/./b',
      '.git/config',
      'A/.GIT/x',
      'a\\b',
      'a"b',
      'a\u0001b',
      'x'.repeat(1025),
    ]) {
      await expect(commit({ [bad]: 'x' }), JSON.stringify(bad)).rejects.toMatchObject({
        code: InvalidPath.code,
      });
    }
    await expect(
      versions.commit('../p', { message: 'm', author, files: [{ path: 'a', content: 'x' }] }),
    ).rejects.toMatchObject({ code: InvalidProjectId.code });
    expect(repos.projects.size).toBe(0);
  });

  it('answers the repository outcomes with coded errors', async () => {
    const first = await commit({ 'a.md': 'x' });
    await expect(
      versions.commit('p1', {
        message: 'm',
        author,
        files: [{ path: 'a.md', content: 'y' }],
        expectedHead: null,
      }),
    ).rejects.toMatchObject({ code: HeadMoved.code, details: { head: first.head } });
    repos.nextOutcome = { kind: 'path_conflict', path: 'a.md', message: 'a.md is a file' };
    await expect(commit({ 'a.md/b': 'y' })).rejects.toMatchObject({
      code: PathConflict.code,
      details: { path: 'a.md' },
    });
    repos.nextOutcome = { kind: 'contention' };
    await expect(commit({ 'c.md': 'y' })).rejects.toMatchObject({ code: CommitContention.code });
  });

  it('resolves versions: HEAD, abbreviated ids; refuses bad refs, unknown ones, and projects without versions', async () => {
    const first = await commit({ 'a.md': 'one' });
    await commit({ 'a.md': 'one two three' });
    const file = await versions.fileAt('p1', { path: 'a.md', ref: (first.head ?? '').slice(0, 7) });
    expect(file).toEqual({ path: 'a.md', commit: first.head, size: 3, encoding: 'utf8', content: 'one' });
    await expect(versions.fileAt('p1', { path: 'a.md', ref: 'main' })).rejects.toMatchObject({
      code: InvalidRef.code,
    });
    await expect(versions.fileAt('p1', { path: 'a.md', ref: 'abcdef0' })).rejects.toMatchObject({
      code: VersionNotFound.code,
    });
    await expect(versions.fileAt('p1', { path: 'nope.md' })).rejects.toMatchObject({
      code: FileNotFound.code,
    });
    await expect(versions.fileAt('p2', { path: 'a.md' })).rejects.toMatchObject({ code: NoVersions.code });
    expect(await versions.tree('p2', undefined)).toEqual({ commit: null, files: [] });
    await expect(versions.exportBundle('p2')).rejects.toMatchObject({ code: NoVersions.code });
  });

  it('returns bytes that are not UTF-8 in base64', async () => {
    await versions.commit('p1', {
      message: 'm',
      author,
      files: [{ path: 'b.bin', content: '//8=', encoding: 'base64' }],
    });
    expect(await versions.fileAt('p1', { path: 'b.bin' })).toMatchObject({
      size: 2,
      encoding: 'base64',
      content: '//8=',
    });
  });

  it('diffs against the parent by default and sums the words', async () => {
    await commit({ 'a.md': 'one' });
    const second = await commit({ 'a.md': 'one two three', 'b.md': 'four' });
    const diff = await versions.diff('p1', {});
    expect(diff).toMatchObject({
      to: second.head,
      from: second.commit?.parents[0],
      wordsAdded: 3,
      wordsRemoved: 0,
    });
    expect((await versions.diff('p1', { path: 'b.md' })).files.map((f) => f.path)).toEqual(['b.md']);
    expect((await versions.commitDetail('p1', second.head ?? '')).changes).toHaveLength(2);
  });

  it('restores a version as a new commit, whole or some paths (absent ones deleted), with a default message', async () => {
    const first = await commit({ 'a.md': 'one' });
    await commit({ 'a.md': 'two', 'b.md': 'new' });
    const id = first.head ?? '';
    const some = await versions.restore('p1', { commitId: id, paths: ['b.md'], author });
    expect(some.commit?.message).toBe(`Restore b.md from ${id.slice(0, 12)}`);
    expect((await versions.tree('p1', undefined)).files.map((f) => f.path)).toEqual(['a.md']);
    const whole = await versions.restore('p1', { commitId: id, author, message: 'back' });
    expect(whole.commit?.message).toBe('back');
    expect((await versions.fileAt('p1', { path: 'a.md' })).content).toBe('one');
    await expect(versions.restore('p1', { commitId: id, paths: ['../x'], author })).rejects.toMatchObject({
      code: InvalidPath.code,
    });
  });

  it('pages history with a cursor, for one path too', async () => {
    for (const n of [1, 2, 3]) await commit({ [`f${n}.md`]: `v${n}` }, [], `c${n}`);
    await commit({ 'f1.md': 'again' }, [], 'c4');
    const page = await versions.history('p1', { limit: 2 });
    expect(page.commits.map((c) => c.message)).toEqual(['c4', 'c3']);
    expect(page.nextCursor).toBe('2');
    const rest = await versions.history('p1', { limit: 2, cursor: page.nextCursor ?? undefined });
    expect(rest.commits.map((c) => c.message)).toEqual(['c2', 'c1']);
    expect(rest.nextCursor).toBeNull();
    expect((await versions.history('p1', { path: 'f1.md' })).commits.map((c) => c.message)).toEqual([
      'c4',
      'c1',
    ]);
    await expect(versions.history('p1', { path: '../x' })).rejects.toMatchObject({ code: InvalidPath.code });
  });
});
