import { createReadStream, readFileSync } from 'node:fs';
import { FilesystemClient } from '@george/contracts/filesystem';
import { UpstreamError } from '@george/runtime';
import { type RunningProcess, startServe, TEST_TOKEN, tempDir } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, makeZipBomb, PRIDE } from './fixtures.js';

// Real processes and whole novels: generous limits for a loaded 2-core machine (no timing assertion).
describe('the Filesystem Server under george-serve (production mode) through its client', {
  timeout: 180_000,
}, () => {
  let dir: ReturnType<typeof tempDir>;
  let serve: RunningProcess;
  let client: FilesystemClient;

  beforeAll(async () => {
    dir = tempDir('george-fs-serve-');
    serve = await startServe({
      app: 'services/filesystem/dist/app.js',
      workers: 2,
      env: { DATA_DIR: dir.path, PROJECT_QUOTA_BYTES: String(2 * 1024 * 1024) },
    });
    client = new FilesystemClient({
      token: TEST_TOKEN,
      env: { FILESYSTEM_SERVER_URL: serve.url },
      timeoutMs: 60_000,
    });
  });

  afterAll(async () => {
    await serve?.stop();
    dir.remove();
  });

  it('streams an upload, then reads metadata, chapters, text ranges and the original', async () => {
    const meta = await client.upload('p1', {
      filename: 'Pride and Prejudice.txt',
      data: createReadStream(PRIDE),
    });
    expect(meta.chapters).toHaveLength(61);
    expect(meta.name).toBe('Pride and Prejudice.txt');
    const listed = await client.list('p1');
    expect(listed.map((f) => f.id)).toEqual([meta.id]);
    const got = await client.get('p1', meta.id, { paragraphs: false });
    expect(got.paragraphs).toBeUndefined();
    expect(got.chapters[60]?.title).toBe('Chapter 61');
    const chapter = got.chapters[0] as { start: number; end: number };
    const text = await client.text('p1', meta.id, { start: chapter.start, end: chapter.start + 9 });
    expect(text.text).toBe('Chapter 1');
    const original = await client.original('p1', meta.id);
    expect(Buffer.from(await original.arrayBuffer()).equals(readFileSync(PRIDE))).toBe(true);
  });

  it('creates and updates a sheet, and deletes a file', async () => {
    const sheet = await client.createDocument('p1', {
      name: 'Mr Darcy',
      kind: 'sheet',
      content: '# Mr Darcy\n\nProud.',
    });
    const updated = await client.updateText('p1', sheet.id, {
      content: '# Mr Darcy\n\nProud, then kind.',
      baseRevision: 1,
    });
    expect(updated.revision).toBe(2);
    const deleted = await client.delete('p1', sheet.id);
    expect(deleted.id).toBe(sheet.id);
    const usage = await client.usage('p1');
    expect(usage.fileCount).toBe(1);
  });

  it('holds the quota across workers when uploads race', async () => {
    // Each file counts 2 x 300,000 bytes (original + text): three fit in 2 MiB, a fourth does not.
    const data = Buffer.from('Lorem ipsum dolor sit amet.\n'.repeat(300_000 / 28));
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        client.upload('race', { filename: `f${i}.txt`, data }).then(
          () => 201,
          (e: UpstreamError) => (e.code === 'quota_exceeded' ? 413 : e.statusCode),
        ),
      ),
    );
    expect(results.filter((s) => s === 201)).toHaveLength(3);
    expect(results.filter((s) => s === 413)).toHaveLength(5);
    const usage = await client.usage('race');
    expect(usage.fileCount).toBe(3);
    expect(usage.usedBytes).toBeLessThanOrEqual(usage.quotaBytes);
  });

  it('answers bad input with clear 4xx errors that name the problem and reveal no path', async () => {
    const bomb = await client
      .upload('p2', { filename: 'bomb.docx', data: await makeZipBomb() })
      .catch((e) => e);
    expect(bomb).toBeInstanceOf(UpstreamError);
    expect(bomb).toMatchObject({ statusCode: 422, code: 'zip_bomb' });
    const docx = await makeDocx([{ text: 'Chapter 1', heading: true }, { text: 'x'.repeat(10) }]);
    const ok = await client.upload('p2', { filename: 'a.docx', data: docx });
    expect(ok.type).toBe('docx');
    // A second Pride and Prejudice does not fit in the 2 MB quota of project p1.
    const over = await client
      .upload('p1', { filename: 'again.txt', data: readFileSync(PRIDE) })
      .catch((e) => e);
    expect(over).toMatchObject({ statusCode: 413, code: 'quota_exceeded' });
    const missing = await client.get('p1', '00000000-0000-4000-8000-000000000000').catch((e) => e);
    expect(missing).toMatchObject({ statusCode: 404 });
    const noOriginal = await client.original('p1', '00000000-0000-4000-8000-000000000000').catch((e) => e);
    expect(noOriginal).toMatchObject({ statusCode: 404, code: 'file_not_found' });
    const res = await fetch(`${serve.url}/projects/..%2F..%2Fetc/files`, {
      headers: { 'x-internal-token': TEST_TOKEN },
    });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).not.toContain(dir.path);
    expect(body).not.toContain('/etc');
  });
});
