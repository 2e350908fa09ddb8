import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeorgeInstance } from '@george/runtime';
import { TEST_TOKEN, tempDir } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { author, fsck, git } from '../helpers.js';

const auth = { 'x-internal-token': TEST_TOKEN };
let dir: ReturnType<typeof tempDir>;
let dataDir: string;
let app: GeorgeInstance;

const repo = (project: string) => join(dataDir, 'git', 'repos', `${project}.git`);

async function commit(project: string, body: Record<string, unknown>) {
  return app.inject({
    method: 'POST',
    url: `/projects/${project}/commits`,
    headers: auth,
    payload: { message: 'edit', author, ...body },
  });
}

beforeAll(async () => {
  dir = tempDir('george-git-');
  dataDir = join(dir.path, 'data');
  mkdirSync(dataDir);
  app = await buildApp({ INTERNAL_SERVICE_TOKEN: TEST_TOKEN, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
});

afterAll(async () => {
  await app.close();
  dir.remove();
});

describe('commits, history, versions and diffs', () => {
  const ids: string[] = [];

  it('commits files, and makes no commit when nothing changed', async () => {
    const first = await commit('book', {
      message: 'First draft',
      files: [
        { path: 'manuscript/chapter-01.md', content: 'It is a truth universally acknowledged.\n' },
        { path: 'notes/ideas.md', content: 'A ball at Netherfield.\n' },
      ],
    });
    expect(first.statusCode).toBe(201);
    const body = first.json();
    expect(body).toMatchObject({ changed: true, commit: { parents: [], message: 'First draft', author } });
    ids.push(body.commit.id);
    expect(body.head).toBe(body.commit.id);

    const same = await commit('book', {
      files: [{ path: 'manuscript/chapter-01.md', content: 'It is a truth universally acknowledged.\n' }],
    });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toEqual({ changed: false, head: ids[0] });
    const missingDelete = await commit('book', { deletes: ['no/such/file.md'] });
    expect(missingDelete.json()).toEqual({ changed: false, head: ids[0] });

    const second = await commit('book', {
      message: 'Revise chapter one',
      files: [
        {
          path: 'manuscript/chapter-01.md',
          content: 'It is a truth universally acknowledged, that a single man must want a wife.\n',
        },
      ],
      deletes: ['notes/ideas.md'],
    });
    expect(second.statusCode).toBe(201);
    expect(second.json().commit.parents).toEqual([ids[0]]);
    ids.push(second.json().commit.id);
    const third = await commit('book', {
      message: 'Chapter two',
      files: [{ path: 'manuscript/chapter-02.md', content: 'Mr. Bennet was among the earliest.\n' }],
    });
    ids.push(third.json().commit.id);
    expect(git(repo('book'), 'rev-list', '--count', 'main').trim()).toBe('3');
  });

  it('lists history, whole project or one path, paged', async () => {
    const page1 = (await app.inject({ url: '/projects/book/commits?limit=2', headers: auth })).json();
    expect(page1.commits.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]]);
    expect(page1.nextCursor).toBe('2');
    const page2 = (
      await app.inject({ url: `/projects/book/commits?limit=2&cursor=${page1.nextCursor}`, headers: auth })
    ).json();
    expect(page2.commits.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
    expect(page2.nextCursor).toBeNull();
    expect(page2.commits[0]).toMatchObject({ message: 'First draft', author, parents: [] });
    const byPath = (
      await app.inject({
        url: `/projects/book/commits?path=${encodeURIComponent('notes/ideas.md')}`,
        headers: auth,
      })
    ).json();
    expect(byPath.commits.map((c: { id: string }) => c.id)).toEqual([ids[1], ids[0]]);
    const none = (await app.inject({ url: '/projects/empty-project/commits', headers: auth })).json();
    expect(none).toEqual({ commits: [], nextCursor: null });
  });

  it("shows one commit's changes and a file at any version", async () => {
    const detail = (await app.inject({ url: `/projects/book/commits/${ids[1]}`, headers: auth })).json();
    expect(detail.message).toBe('Revise chapter one');
    expect(detail.changes).toEqual([
      { path: 'manuscript/chapter-01.md', status: 'modified', wordsAdded: 9, wordsRemoved: 1 },
      { path: 'notes/ideas.md', status: 'deleted', wordsAdded: 0, wordsRemoved: 4 },
    ]);
    const short = await app.inject({ url: `/projects/book/commits/${ids[1]?.slice(0, 8)}`, headers: auth });
    expect(short.json().id).toBe(ids[1]);
    const old = await app.inject({
      url: `/projects/book/file?path=manuscript/chapter-01.md&ref=${ids[0]}`,
      headers: auth,
    });
    expect(old.json()).toMatchObject({
      commit: ids[0],
      encoding: 'utf8',
      content: 'It is a truth universally acknowledged.\n',
    });
    const deleted = await app.inject({ url: '/projects/book/file?path=notes/ideas.md', headers: auth });
    expect(deleted.statusCode).toBe(404);
    const atOld = await app.inject({
      url: `/projects/book/file?path=notes/ideas.md&ref=${ids[0]}`,
      headers: auth,
    });
    expect(atOld.json().content).toBe('A ball at Netherfield.\n');
    const unknown = await app.inject({ url: `/projects/book/commits/${'f'.repeat(40)}`, headers: auth });
    expect(unknown.statusCode).toBe(404);
    const tree = (await app.inject({ url: '/projects/book/tree', headers: auth })).json();
    expect(tree.files.map((f: { path: string }) => f.path)).toEqual([
      'manuscript/chapter-01.md',
      'manuscript/chapter-02.md',
    ]);
  });

  it('diffs two versions: unified text and words added and removed', async () => {
    const res = await app.inject({ url: `/projects/book/diff?from=${ids[0]}&to=${ids[2]}`, headers: auth });
    const diff = res.json();
    expect(diff.from).toBe(ids[0]);
    expect(diff.to).toBe(ids[2]);
    expect(diff.files).toEqual([
      { path: 'manuscript/chapter-01.md', status: 'modified', wordsAdded: 9, wordsRemoved: 1 },
      { path: 'manuscript/chapter-02.md', status: 'added', wordsAdded: 6, wordsRemoved: 0 },
      { path: 'notes/ideas.md', status: 'deleted', wordsAdded: 0, wordsRemoved: 4 },
    ]);
    expect(diff.wordsAdded).toBe(15);
    expect(diff.wordsRemoved).toBe(5);
    expect(diff.unified).toContain(
      '-It is a truth universally acknowledged.\n+It is a truth universally acknowledged, that a single man',
    );
    expect(diff.truncated).toBe(false);
    const onePath = (
      await app.inject({
        url: `/projects/book/diff?from=${ids[0]}&to=${ids[2]}&path=notes/ideas.md`,
        headers: auth,
      })
    ).json();
    expect(onePath.files.map((f: { path: string }) => f.path)).toEqual(['notes/ideas.md']);
    const latest = (await app.inject({ url: '/projects/book/diff', headers: auth })).json();
    expect(latest).toMatchObject({ from: ids[1], to: ids[2], wordsAdded: 6 });
    const firstCommit = (await app.inject({ url: `/projects/book/diff?to=${ids[0]}`, headers: auth })).json();
    expect(firstCommit).toMatchObject({ from: null, wordsAdded: 10 });
  });

  it('restores a version as a new commit (whole project or one path)', async () => {
    const one = await app.inject({
      method: 'POST',
      url: '/projects/book/restore',
      headers: auth,
      payload: { commitId: ids[0], paths: ['notes/ideas.md'], author },
    });
    expect(one.statusCode).toBe(201);
    const files = (await app.inject({ url: '/projects/book/tree', headers: auth })).json().files;
    expect(files.map((f: { path: string }) => f.path)).toContain('notes/ideas.md');
    const whole = await app.inject({
      method: 'POST',
      url: '/projects/book/restore',
      headers: auth,
      payload: { commitId: ids[0], author, message: 'Back to the first draft' },
    });
    expect(whole.statusCode).toBe(201);
    expect(git(repo('book'), 'rev-parse', 'main^{tree}')).toBe(
      git(repo('book'), 'rev-parse', `${ids[0]}^{tree}`),
    );
    const again = await app.inject({
      method: 'POST',
      url: '/projects/book/restore',
      headers: auth,
      payload: { commitId: ids[0], author },
    });
    expect(again.json().changed).toBe(false);
    const history = (await app.inject({ url: '/projects/book/commits', headers: auth })).json().commits;
    expect(history).toHaveLength(5);
    expect(history[0].message).toBe('Back to the first draft');
  });

  it('refuses a commit whose expectedHead is stale, accepts a current one', async () => {
    const head = (await app.inject({ url: '/projects/book', headers: auth })).json().head;
    const stale = await commit('book', { files: [{ path: 'a.md', content: 'x' }], expectedHead: ids[0] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'head_moved', details: { head } });
    const ok = await commit('book', { files: [{ path: 'a.md', content: 'x' }], expectedHead: head });
    expect(ok.statusCode).toBe(201);
    const fresh = await commit('fresh', { files: [{ path: 'a.md', content: 'x' }], expectedHead: null });
    expect(fresh.statusCode).toBe(201);
  });

  it.each([
    { name: '.', email: 'a@b.c' },
    { name: 'Eve <evil@x>', email: 'a@b.c' },
    { name: 'Line\nbreak', email: 'a@b.c' },
    { name: 'Jane', email: 'not-an-email' },
    { name: 'Jane', email: 'a@b.c>' },
  ])('refuses the author %j', async (bad) => {
    const nul = await commit('book', { message: 'a\u0000b', files: [{ path: 'a.md', content: 'y' }] });
    expect(nul.statusCode).toBe(400);
    const blank = await commit('book', { message: '  \n', files: [{ path: 'a.md', content: 'y' }] });
    expect(blank.statusCode).toBe(400);
    const res = await commit('book', { author: bad, files: [{ path: 'a.md', content: 'y' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_error');
  });

  it('answers 409 when a path would be both a file and a folder', async () => {
    expect((await commit('conflict', { files: [{ path: 'a.md', content: 'x' }] })).statusCode).toBe(201);
    const res = await commit('conflict', { files: [{ path: 'a.md/inner.md', content: 'x' }] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('path_conflict');
    const reverse = await commit('conflict', { files: [{ path: 'dir/x.md', content: 'x' }] });
    expect(reverse.statusCode).toBe(201);
    expect((await commit('conflict', { files: [{ path: 'dir', content: 'x' }] })).statusCode).toBe(409);
    expect(
      (
        await commit('conflict', {
          files: [
            { path: 'n', content: 'x' },
            { path: 'n/m', content: 'y' },
          ],
        })
      ).statusCode,
    ).toBe(409);
    // Deleting the file first makes room for the folder.
    const swap = await commit('conflict', {
      files: [{ path: 'a.md/inner.md', content: 'x' }],
      deletes: ['a.md'],
    });
    expect(swap.statusCode).toBe(201);
    expect(() => fsck(repo('conflict'))).not.toThrow();
    const dup = await commit('book', { files: [{ path: 'd.md', content: 'x' }], deletes: ['d.md'] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.code).toBe('duplicate_path');
  });

  it('stores bytes given as base64 and returns non-text as base64', async () => {
    const bytes = Buffer.from([0, 1, 2, 255, 254]);
    const res = await commit('book', {
      files: [{ path: 'images/x.bin', content: bytes.toString('base64'), encoding: 'base64' }],
    });
    expect(res.statusCode).toBe(201);
    const back = (await app.inject({ url: '/projects/book/file?path=images/x.bin', headers: auth })).json();
    expect(back).toMatchObject({ encoding: 'base64', size: 5 });
    expect(Buffer.from(back.content, 'base64').equals(bytes)).toBe(true);
  });

  it('exports an ordinary git repository: git clone gives the files and the history', async () => {
    const res = await app.inject({ url: '/projects/book/export', headers: auth });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-git-bundle');
    const bundle = join(dir.path, 'book.bundle');
    writeFileSync(bundle, res.rawPayload);
    const clone = join(dir.path, 'clone');
    execFileSync('git', ['clone', '--quiet', bundle, clone], {
      env: { PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1' },
    });
    expect(readFileSync(join(clone, 'manuscript', 'chapter-01.md'), 'utf8')).toBe(
      'It is a truth universally acknowledged.\n',
    );
    const log = execFileSync('git', ['-C', clone, 'log', '--format=%s'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(log).toHaveLength(7);
    expect(log.at(-1)).toBe('First draft');
    // The bare repository itself is clonable too.
    const direct = join(dir.path, 'direct');
    execFileSync('git', ['clone', '--quiet', repo('book'), direct]);
    expect(readdirSync(direct).sort()).toEqual(['.git', 'a.md', 'images', 'manuscript', 'notes']);
    expect(() => fsck(repo('book'))).not.toThrow();
    const empty = await app.inject({ url: '/projects/nothing-here/export', headers: auth });
    expect(empty.statusCode).toBe(404);
  });

  it('creates a new project from a bundle: the same history, verified and checked', async () => {
    const exported = await app.inject({ url: '/projects/book/export', headers: auth });
    const importBundle = (project: string, payload: Buffer) =>
      app.inject({
        method: 'POST',
        url: `/projects/${project}/import`,
        headers: { ...auth, 'content-type': 'application/x-git-bundle' },
        payload,
      });
    const res = await importBundle('book-copy', exported.rawPayload);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ head: git(repo('book'), 'rev-parse', 'main').trim() });
    expect(git(repo('book-copy'), 'log', '--format=%H %s', 'main')).toBe(
      git(repo('book'), 'log', '--format=%H %s', 'main'),
    );
    expect(git(repo('book-copy'), 'config', 'core.hooksPath').trim()).toBe('/dev/null');
    expect(() => fsck(repo('book-copy'))).not.toThrow();
    // A project that has a history keeps it.
    const again = await importBundle('book-copy', exported.rawPayload);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('history_exists');
  });

  it('refuses a bundle that is not a complete, safe history, and leaves no repository behind', async () => {
    const work = join(dir.path, 'bundles.git');
    execFileSync('git', ['init', '--bare', '--quiet', '--initial-branch=main', work]);
    const env = {
      PATH: process.env.PATH,
      GIT_DIR: work,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    };
    const run = (args: string[], input?: Buffer) =>
      execFileSync('git', args, { env, ...(input ? { input } : {}) })
        .toString()
        .trim();
    const who = ['-c', 'user.name=T', '-c', 'user.email=t@example.com'];
    const blob = run(['hash-object', '-w', '--stdin'], Buffer.from('#!/bin/sh\necho pwned\n'));
    // A tree naming an entry ".git" (git mktree would refuse to write it; --literally does not).
    const evilTree = run(
      ['hash-object', '-t', 'tree', '--literally', '-w', '--stdin'],
      Buffer.concat([Buffer.from('100644 .git\0'), Buffer.from(blob, 'hex')]),
    );
    const evil = run([...who, 'commit-tree', evilTree, '-m', 'evil']);
    run(['update-ref', 'refs/heads/main', evil]);
    run(['bundle', 'create', '--quiet', join(dir.path, 'evil.bundle'), 'main']);
    const goodTree = run(['mktree'], Buffer.from(`100644 blob ${blob}\ta.md\n`));
    const first = run([...who, 'commit-tree', goodTree, '-m', 'one']);
    const second = run([...who, 'commit-tree', goodTree, '-p', first, '-m', 'two']);
    run(['update-ref', 'refs/heads/main', second]);
    // Only the last commit: its parent is a prerequisite the new repository lacks.
    run(['bundle', 'create', '--quiet', join(dir.path, 'partial.bundle'), `${first}..main`]);
    run(['update-ref', 'refs/heads/other', second]);
    run(['bundle', 'create', '--quiet', join(dir.path, 'other.bundle'), 'refs/heads/other']);

    for (const [name, payload] of [
      ['garbage', Buffer.from('not a bundle at all')],
      ['evil', readFileSync(join(dir.path, 'evil.bundle'))],
      ['partial', readFileSync(join(dir.path, 'partial.bundle'))],
      ['other', readFileSync(join(dir.path, 'other.bundle'))],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url: `/projects/bad-${name}/import`,
        headers: { ...auth, 'content-type': 'application/x-git-bundle' },
        payload,
      });
      expect(res.statusCode, name).toBe(400);
      expect(res.json().error.code, name).toBe('invalid_bundle');
      expect(readdirSync(join(dataDir, 'git', 'repos')), name).not.toContain(`bad-${name}.git`);
    }
    expect(readdirSync(join(dataDir, 'git', 'tmp'))).toEqual([]);
    const json = await app.inject({
      method: 'POST',
      url: '/projects/bad-json/import',
      headers: auth,
      payload: { bundle: 'x' },
    });
    expect(json.statusCode).toBe(400);
    const badId = await app.inject({
      method: 'POST',
      url: '/projects/..%2Fescape/import',
      headers: { ...auth, 'content-type': 'application/x-git-bundle' },
      payload: readFileSync(join(dir.path, 'evil.bundle')),
    });
    expect(badId.statusCode).toBe(400);
  });

  it('deletes a project repository', async () => {
    await commit('doomed', { files: [{ path: 'a.md', content: 'x' }] });
    expect((await app.inject({ method: 'DELETE', url: '/projects/doomed', headers: auth })).json()).toEqual({
      deleted: true,
    });
    expect((await app.inject({ url: '/projects/doomed', headers: auth })).json()).toMatchObject({
      head: null,
      commitCount: 0,
    });
    expect((await app.inject({ method: 'DELETE', url: '/projects/doomed', headers: auth })).json()).toEqual({
      deleted: false,
    });
  });
});

describe('path attacks', () => {
  let sentinel: string;
  beforeAll(() => {
    sentinel = join(dir.path, 'sentinel.txt');
    writeFileSync(sentinel, 'do not touch');
    // A bare repository outside the root that ../ from repos/ would reach.
    execFileSync('git', ['init', '--bare', '--quiet', join(dir.path, 'victim.git')]);
  });

  const badProjects = [
    '..',
    '..%2F..%2Fvictim',
    '%2e%2e%2f%2e%2e%2fvictim',
    '..%5C..%5Cvictim',
    '%2Ftmp%2Fx',
    'a%00b',
    'a'.repeat(300),
    '%252e%252e%252f',
  ];

  it.each(badProjects)('project id %s is refused on every route', async (bad) => {
    const requests = [
      {
        method: 'POST' as const,
        url: `/projects/${bad}/commits`,
        payload: { message: 'm', author, files: [{ path: 'a', content: 'x' }] },
      },
      { method: 'GET' as const, url: `/projects/${bad}/commits` },
      { method: 'GET' as const, url: `/projects/${bad}/commits/${'a'.repeat(40)}` },
      { method: 'GET' as const, url: `/projects/${bad}/file?path=a` },
      { method: 'GET' as const, url: `/projects/${bad}/tree` },
      { method: 'GET' as const, url: `/projects/${bad}/diff` },
      {
        method: 'POST' as const,
        url: `/projects/${bad}/restore`,
        payload: { commitId: 'a'.repeat(40), author },
      },
      { method: 'GET' as const, url: `/projects/${bad}` },
      { method: 'GET' as const, url: `/projects/${bad}/export` },
      { method: 'DELETE' as const, url: `/projects/${bad}` },
    ];
    for (const r of requests) {
      const res = await app.inject({ ...r, headers: auth });
      expect([r.method, r.url, res.statusCode]).toEqual([r.method, r.url, expect.toBeOneOf([400, 404, 414])]);
    }
  });

  const badPaths = [
    '../escape.md',
    'a/../../escape.md',
    '/etc/passwd',
    '..\\..\\escape.md',
    'a\\b.md',
    'a\0b.md',
    '.git/config',
    'sub/.GIT/hooks/pre-commit',
    'a//b.md',
    './a.md',
    'x'.repeat(300),
    'line\nbreak.md',
    '',
  ];

  it.each(badPaths)('document path %j is refused in writes, deletes, queries and restores', async (bad) => {
    const write = await commit('paths', { files: [{ path: bad, content: 'x' }] });
    expect(write.statusCode).toBe(400);
    const del = await commit('paths', { deletes: [bad] });
    expect(del.statusCode).toBe(400);
    const q = encodeURIComponent(bad);
    for (const url of [
      `/projects/paths/file?path=${q}`,
      `/projects/paths/commits?path=${q}`,
      `/projects/paths/diff?path=${q}`,
    ]) {
      const res = await app.inject({ url, headers: auth });
      expect([url, res.statusCode]).toEqual([url, expect.toBeOneOf([400, 404])]);
    }
  });

  it.each(['..', 'HEAD~1', 'main', '--output=/tmp/x', 'a'.repeat(70), '%2e%2e'])(
    'version %s is refused',
    async (bad) => {
      const q = encodeURIComponent(bad);
      for (const url of [
        `/projects/book/file?path=a.md&ref=${q}`,
        `/projects/book/diff?from=${q}`,
        `/projects/book/commits/${q}`,
      ]) {
        const res = await app.inject({ url, headers: auth });
        expect([url, res.statusCode]).toEqual([url, expect.toBeOneOf([400, 404])]);
      }
    },
  );

  it('left everything outside the root untouched', () => {
    expect(readFileSync(sentinel, 'utf8')).toBe('do not touch');
    expect(git(join(dir.path, 'victim.git'), 'rev-list', '--all').trim()).toBe('');
    expect(readdirSync(dir.path).sort()).toEqual(
      expect.arrayContaining(['data', 'sentinel.txt', 'victim.git']),
    );
    expect(
      readdirSync(join(dataDir, 'git', 'repos')).every((name) => /^[A-Za-z0-9_-]+\.git$/.test(name)),
    ).toBe(true);
    expect(readdirSync(join(dataDir, 'git', 'tmp'))).toEqual([]);
  });
});

describe('the typed client against a real listener', () => {
  it('commits, lists, diffs and exports through GitClient', async () => {
    const { GitClient } = await import('@george/contracts/git');
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const client = new GitClient({ token: TEST_TOKEN, env: { GIT_SERVER_URL: address } });
    const first = await client.commit('client', {
      message: 'one',
      author,
      files: [{ path: 'a.md', content: 'one two\n' }],
    });
    const second = await client.commit('client', {
      message: 'two',
      author,
      files: [{ path: 'a.md', content: 'one two three\n' }],
      expectedHead: first.head,
    });
    expect(second.changed).toBe(true);
    const again = await client
      .commit('client', {
        message: 'stale',
        author,
        files: [{ path: 'a.md', content: 'x' }],
        expectedHead: first.head,
      })
      .catch((e) => e);
    expect(again).toMatchObject({ statusCode: 409, code: 'head_moved' });
    expect((await client.history('client')).commits).toHaveLength(2);
    expect((await client.diff('client', {})).wordsAdded).toBe(1);
    expect((await client.fileAt('client', 'a.md', first.head as string)).content).toBe('one two\n');
    const bundle = await client.exportBundle('client');
    expect(bundle.headers.get('content-type')).toBe('application/x-git-bundle');
    await bundle.arrayBuffer();
    const missing = await client.exportBundle('nobody').catch((e) => e);
    expect(missing).toMatchObject({ statusCode: 404, code: 'no_versions' });
  });
});
