import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GeorgeInstance } from '@george/runtime';
import { TEST_TOKEN, tempDir } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';

const auth = { 'x-internal-token': TEST_TOKEN };

let dir: ReturnType<typeof tempDir>;
let dataDir: string;
let app: GeorgeInstance;

beforeAll(async () => {
  dir = tempDir('george-fs-docs-');
  dataDir = join(dir.path, 'data');
  mkdirSync(dataDir);
  app = await buildApp({ INTERNAL_SERVICE_TOKEN: TEST_TOKEN, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
});

afterAll(async () => {
  await app.close();
  dir.remove();
});

describe('documents (notes, sheets)', () => {
  it('creates, reads, updates with revision checks, and deletes', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/projects/docs/documents',
      headers: auth,
      payload: {
        name: 'Elizabeth Bennet.md',
        kind: 'sheet',
        content: '# Elizabeth Bennet\n\nSecond daughter.',
      },
    });
    expect(created.statusCode).toBe(201);
    const sheet = created.json();
    expect(sheet).toMatchObject({ kind: 'sheet', type: 'markdown', revision: 1, wordCount: 4 });
    const url = `/projects/docs/files/${sheet.id}`;
    const updated = await app.inject({
      method: 'PUT',
      url: `${url}/text`,
      headers: auth,
      payload: { content: '# Elizabeth Bennet\n\nSecond daughter. Witty.', baseRevision: 1 },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ revision: 2, wordCount: 5 });
    const stale = await app.inject({
      method: 'PUT',
      url: `${url}/text`,
      headers: auth,
      payload: { content: 'lost update', baseRevision: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('revision_conflict');
    const text = (await app.inject({ url: `${url}/text`, headers: auth })).json();
    expect(text).toMatchObject({ revision: 2, text: '# Elizabeth Bennet\n\nSecond daughter. Witty.' });
    const original = await app.inject({ url: `${url}/original`, headers: auth });
    expect(original.body).toBe('# Elizabeth Bennet\n\nSecond daughter. Witty.');
    const listed = (await app.inject({ url: '/projects/docs/files?kind=sheet', headers: auth })).json().files;
    expect(listed.map((f: { id: string }) => f.id)).toEqual([sheet.id]);
    const deleted = await app.inject({ method: 'DELETE', url, headers: auth });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json().deleted).toMatchObject({ id: sheet.id, name: 'Elizabeth Bennet.md', revision: 2 });
    expect((await app.inject({ url, headers: auth })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url, headers: auth })).statusCode).toBe(404);
    expect(existsSync(join(dataDir, 'filesystem', 'projects', 'docs', 'files', sheet.id))).toBe(false);
  });

  it('requires the internal token', async () => {
    const res = await app.inject({ url: '/projects/docs/files' });
    expect(res.statusCode).toBe(401);
  });
});
