/**
 * The project archive routes against real services (the auth server, the filesystem and git
 * services under george-serve): a project exported by a viewer and imported by its owner as a new
 * project comes back with its files (originals and edited text), its history and, once ingested,
 * its story bible; other users cannot export; malformed, oversized, path-escaping and bomb archives
 * and a bad history are refused with a 4xx and leave no project behind.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app.js';
import { createContext } from '../../src/context.js';
import { SagaLog } from '../../src/repositories/sagas.js';
import { SagaRecovery } from '../../src/services/file-operations.js';
import { ProjectArchives } from '../../src/services/project-archive.js';
import { type ApiHarness, errorCode } from '../support/api.js';
import { type StoryHarness, startStoryApi, type User } from '../support/story.js';

const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024;
const TEXT = [
  'Chapter 1',
  '3 May.--Anna Greville here. I came to Thornby today with my father, and Martha Hale met us at the gate. Martha said, "You are welcome, Anna."',
  'Chapter 2',
  '12 May.--I went to the mill with Martha. Thomas Reed, the miller, showed us the wheel.',
].join('\n\n');
const NOTE = '# Mills\n\nThe mill wheel turns all summer.\n';
const EDITED_NOTE = '# Mills\n\nThe mill wheel turns all summer, and Thomas Reed oils it on Sundays.\n';

let harness: StoryHarness;
let api: ApiHarness;
let owner: User;
let reader: User;
let stranger: User;
let projectId = '';
let archive: Buffer = Buffer.alloc(0);

function multipart(data: Buffer, field = 'file', name = 'thornby.george.zip') {
  const boundary = '----archive-test';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/zip\r\n\r\n`,
      ),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

const importArchive = (user: User, data: Buffer, field = 'file') => {
  const body = multipart(data, field);
  return api.app.inject({
    method: 'POST',
    url: '/v1/api/projects/import',
    headers: { authorization: `Bearer ${user.token}`, ...body.headers },
    payload: body.payload,
  });
};

const projectNames = async (user: User) =>
  (
    (await api.call('GET', '/v1/api/projects', user.token)).json() as { projects: Array<{ name: string }> }
  ).projects.map((p) => p.name);

/** The archive exported above with some of its entries replaced (or removed, given null). */
async function altered(changes: Record<string, string | Buffer | null>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(archive);
  for (const [path, content] of Object.entries(changes)) {
    if (content === null) zip.remove(path);
    else zip.file(path, content);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function manifest(): Promise<{
  files: Array<{ id: string; name: string; kind: string; original: string; text: string; sha256: string }>;
  history: string | null;
}> {
  return JSON.parse((await (await JSZip.loadAsync(archive)).file('manifest.json')?.async('string')) ?? '{}');
}

beforeAll(async () => {
  harness = await startStoryApi({ env: { MAX_ARCHIVE_BYTES: String(MAX_ARCHIVE_BYTES) } });
  api = harness.api;
  owner = await api.signUp('owner@example.com');
  reader = await api.signUp('reader@example.com', 'guest');
  stranger = await api.signUp('stranger@example.com');
  const created = await api.call('POST', '/v1/api/projects', owner.token, {
    name: 'Thornby',
    description: 'A diary in the valley',
  });
  projectId = (created.json() as { project: { id: string } }).project.id;
  await api.share(owner.token, projectId, reader, 'read');
  const story = await harness.upload(owner, projectId, 'thornby.txt', TEXT);
  await harness.ingest(story.jobId);
  const note = await harness.upload(owner, projectId, 'mills.md', NOTE);
  const edited = await api.call(
    'PUT',
    `/v1/api/projects/${projectId}/files/${note.file.id}/text`,
    owner.token,
    {
      content: EDITED_NOTE,
    },
  );
  expect(edited.statusCode, edited.body).toBe(202);
}, 240_000);

afterAll(async () => {
  await harness?.close();
});

describe('export', () => {
  it('a viewer exports the whole project as one zip named after it', async () => {
    const res = await api.call('GET', `/v1/api/projects/${projectId}/archive`, reader.token);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain('filename="thornby.george.zip"');
    archive = res.rawPayload;
    const zip = await JSZip.loadAsync(archive);
    const m = await manifest();
    expect(m.files.map((f) => [f.name, f.kind]).sort()).toEqual([
      ['mills.md', 'manuscript'],
      ['thornby.txt', 'manuscript'],
    ]);
    expect(m.history).toBe('history.bundle');
    const note = m.files.find((f) => f.name === 'mills.md');
    expect(await zip.file(note?.text ?? '')?.async('string')).toBe(EDITED_NOTE.trimEnd());
    expect(await zip.file(note?.original ?? '')?.async('string')).toBe(NOTE);
    const bible = JSON.parse((await zip.file('bible.json')?.async('string')) ?? '{}');
    expect(bible.entities.map((e: { name: string }) => e.name)).toContain('Anna Greville');
  });

  it('another user cannot export, and a bad id is refused', async () => {
    const other = await api.call('GET', `/v1/api/projects/${projectId}/archive`, stranger.token);
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toContain('application/json');
    const none = await api.call('GET', `/v1/api/projects/${projectId}/archive`);
    expect(none.statusCode).toBe(401);
    const bad = await api.call('GET', '/v1/api/projects/..%2F..%2Fetc/archive', owner.token);
    expect(bad.statusCode).toBe(400);
  });
});

describe('import', () => {
  it('makes a new project of the caller with the files, their edited text, the history and the story bible', async () => {
    const res = await importArchive(owner, archive);
    expect(res.statusCode, res.body).toBe(201);
    const { project, jobIds } = res.json() as {
      project: { id: string; name: string; description: string; ownerId: string };
      jobIds: string[];
    };
    expect(project).toMatchObject({
      name: 'Thornby',
      description: 'A diary in the valley',
      ownerId: owner.userId,
    });
    expect(project.id).not.toBe(projectId);
    const list = (
      (await api.call('GET', `/v1/api/projects/${project.id}/files`, owner.token)).json() as {
        files: Array<{ id: string; name: string }>;
      }
    ).files;
    expect(list.map((f) => f.name).sort()).toEqual(['mills.md', 'thornby.txt']);
    const note = list.find((f) => f.name === 'mills.md') as { id: string };
    const text = await api.call('GET', `/v1/api/projects/${project.id}/files/${note.id}/text`, owner.token);
    expect((text.json() as { text: string }).text).toBe(EDITED_NOTE.trimEnd());
    const original = await api.call(
      'GET',
      `/v1/api/projects/${project.id}/files/${note.id}/download`,
      owner.token,
    );
    expect(original.body).toBe(NOTE);

    // The history: every commit of the original, then the import's (texts under the new ids).
    const versions = async (id: string) =>
      (
        (await api.call('GET', `/v1/api/projects/${id}/versions?limit=100`, owner.token)).json() as {
          versions: Array<{ message: string }>;
        }
      ).versions.map((v) => v.message);
    const before = await versions(projectId);
    expect(await versions(project.id)).toEqual(['Import Thornby from an archive', ...before]);

    // The story bible is rebuilt from the restored texts: every entity of the source is there.
    expect(jobIds).toHaveLength(2);
    for (const jobId of jobIds) await harness.ingest(jobId);
    const entities = async (id: string) =>
      (
        (await api.call('GET', `/v1/api/projects/${id}/entities`, owner.token)).json() as {
          entities: Array<{ name: string }>;
        }
      ).entities.map((e) => e.name);
    const source = await entities(projectId);
    expect(source).toContain('Anna Greville');
    expect(await entities(project.id)).toEqual(expect.arrayContaining(source));
    // The source project is untouched, and the stranger sees neither.
    expect(await projectNames(stranger)).toEqual([]);
  });

  it('whoever may not own a project may not import one', async () => {
    const res = await importArchive(reader, archive);
    expect(res.statusCode).toBe(403);
    expect(await projectNames(reader)).toEqual(['Thornby']);
  });

  it('refuses malformed, path-escaping, oversized and bomb archives before creating anything', async () => {
    const m = await manifest();
    const first = m.files[0] as (typeof m.files)[number];
    const escaping = new JSZip();
    escaping.file(
      'manifest.json',
      JSON.stringify({ ...m, files: [{ ...first, original: '../../etc/passwd' }] }),
    );
    const bomb = await altered({ [first.text]: Buffer.alloc(10 * 1024 * 1024) });
    const cases: Array<[string, Buffer, number, string]> = [
      ['not a zip', Buffer.from('just some text, not a zip'), 400, 'invalid_archive'],
      ['no manifest', await altered({ 'manifest.json': null }), 400, 'invalid_archive'],
      [
        'a manifest of another format',
        await altered({ 'manifest.json': '{"format":"other"}' }),
        400,
        'invalid_archive',
      ],
      [
        'a path outside the archive',
        await escaping.generateAsync({ type: 'nodebuffer' }),
        400,
        'invalid_archive',
      ],
      [
        'an original that does not match its checksum',
        await altered({ [first.original]: 'tampered' }),
        400,
        'invalid_archive',
      ],
      ['a missing entry', await altered({ [first.text]: null }), 400, 'invalid_archive'],
      ['an entry that expands beyond the limit', bomb, 413, 'archive_too_large'],
      ['an upload beyond the limit', Buffer.alloc(MAX_ARCHIVE_BYTES + 1024, 7), 413, 'archive_too_large'],
    ];
    expect(bomb.length).toBeLessThan(MAX_ARCHIVE_BYTES);
    for (const [what, data, status, expected] of cases) {
      const res = await importArchive(owner, data);
      expect(res.statusCode, what).toBe(status);
      expect(errorCode(res), what).toBe(expected);
    }
    const wrongField = await importArchive(owner, archive, 'upload');
    expect(wrongField.statusCode).toBe(400);
    expect(errorCode(wrongField)).toBe('missing_file');
    const json = await api.call('POST', '/v1/api/projects/import', owner.token, { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect((await projectNames(owner)).sort()).toEqual(['Thornby', 'Thornby']);
  });

  it('a history the git service refuses discards the new project: nothing is left behind', async () => {
    const res = await importArchive(owner, await altered({ 'history.bundle': 'not a git bundle' }));
    expect(res.statusCode, res.body).toBe(400);
    expect(errorCode(res)).toBe('invalid_archive');
    expect((await projectNames(owner)).sort()).toEqual(['Thornby', 'Thornby']);
    // The discarded project's clean-up (files, history, records) is queued to run now.
    const sagas = await api.database.db
      .selectFrom('sagas')
      .selectAll()
      .where('type', '=', 'import')
      .execute();
    const discarded = sagas.find((s) => s.status === 'compensated');
    expect(discarded?.step).toBe('undone');
    const cleanup = await api.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('type', '=', 'project-cleanup')
      .where('project_id', '=', discarded?.project_id ?? '')
      .execute();
    expect(cleanup).toHaveLength(1);
    const gone = await api.call('GET', `/v1/api/projects/${discarded?.project_id}`, owner.token);
    expect(gone.statusCode).toBe(404);
  });
});

describe('an import interrupted by a crash', () => {
  it('is discarded by the saga recovery: the half-made project is deleted and its clean-up queued', async () => {
    // What a process that died after creating the project and storing a file leaves behind.
    const created = await api.call('POST', '/v1/api/projects', owner.token, { name: 'Half imported' });
    const halfId = (created.json() as { project: { id: string } }).project.id;
    const stored = await harness.upload(owner, halfId, 'thornby.txt', TEXT);
    const expired = new SagaLog(api.database.db, -1000);
    const saga = await expired.begin('import', halfId, owner.userId, 'files', {
      name: 'Half imported',
      files: [{ from: 'a1', id: stored.file.id, revision: 1 }],
    });

    const ctx = createContext(loadConfig(api.env), api.database, api.env, api.app.log);
    const archives = new ProjectArchives({
      ctx,
      access: ctx.access,
      story: { bibleData: () => Promise.reject(new Error('an import never reads a bible')) },
    });
    const recovery = new SagaRecovery(ctx, archives, 60_000);
    expect(await recovery.sweep()).toBe(1);

    const row = await api.database.db
      .selectFrom('sagas')
      .selectAll()
      .where('id', '=', saga.id)
      .executeTakeFirst();
    expect([row?.status, row?.step]).toEqual(['compensated', 'undone']);
    expect((await api.call('GET', `/v1/api/projects/${halfId}`, owner.token)).statusCode).toBe(404);
    expect(await projectNames(owner)).not.toContain('Half imported');
    const cleanup = await api.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('type', '=', 'project-cleanup')
      .where('project_id', '=', halfId)
      .execute();
    expect(cleanup.map((j) => j.status)).toEqual(['queued']);
    expect(Number(cleanup[0]?.run_at)).toBeLessThanOrEqual(Date.now());
    // A second sweep finds nothing left to do.
    expect(await recovery.sweep()).toBe(0);
  });
});
