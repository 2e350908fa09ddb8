/**
 * End to end over real HTTP: the stack as `npm start` runs it (george-serve in production mode,
 * the services wired by their *_SERVER_URL variables and one internal token), on free ports.
 * Sessions, CSRF, projects and sharing, an upload of Pride and Prejudice through to its job,
 * versions (edit, diff, restore), the git server killed during an upload, and saga recovery.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FilesystemClient } from '@george/contracts';
import { InternalClient, openDatabase } from '@george/runtime';
import {
  createTestDatabase,
  eventually,
  freePort,
  REPO_ROOT,
  type RunningProcess,
  startServe,
  TEST_TOKEN,
  tempDir,
} from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const NOVEL = join(REPO_ROOT, '../shared/data/novels/1342_pride_and_prejudice.txt');
const OPERATOR = { email: 'operator@example.com', password: 'operator-password-1' };
const data = tempDir('george-stack-');
const procs: Record<string, RunningProcess> = {};
let api = '';
let gitPort = 0;
let gitEnv: NodeJS.ProcessEnv = {};
let commonEnv: NodeJS.ProcessEnv = {};

/** A tiny cookie jar: what a browser would keep for the API. */
class Browser {
  cookies = new Map<string, string>();
  get csrf(): string {
    return this.cookies.get('george_csrf') ?? '';
  }
  async fetch(
    path: string,
    init: RequestInit & { headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    const res = await fetch(`${api}${path}`, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0/i.test(a.trim()) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
  json(method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
    const headers: Record<string, string> = { 'x-csrf-token': this.csrf, ...extra };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return this.fetch(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }
}

/** A script: bearer token, no cookies. */
function bearer(token: string) {
  return (method: string, path: string, body?: unknown, init: RequestInit = {}) =>
    fetch(`${api}${path}`, {
      method,
      ...init,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
        ...(init.headers as Record<string, string> | undefined),
      },
      ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
}

async function login(email: string, password: string) {
  const res = await fetch(`${api}/v1/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { accessToken: string; user: { id: string } };
  return { token: body.accessToken, userId: body.user.id, call: bearer(body.accessToken) };
}

function form(name: string, content: string | Uint8Array<ArrayBuffer>, type = 'text/plain') {
  const fd = new FormData();
  fd.append('file', new Blob([content], { type }), name);
  return fd;
}

async function waitForJob(call: ReturnType<typeof bearer>, jobId: string) {
  return eventually(async () => {
    const res = await call('GET', `/v1/api/jobs/${jobId}`);
    const { job } = (await res.json()) as { job: { status: string } & Record<string, unknown> };
    return job.status === 'succeeded' || job.status === 'failed' ? job : undefined;
  }, 150_000);
}

async function startGit() {
  procs.git = await startServe({ app: 'services/git/dist/app.js', port: gitPort, env: gitEnv });
}

beforeAll(async () => {
  const dir = (name: string) => join(data.path, name);
  const urls: Record<string, string> = {};
  const ports = {
    billing: await freePort(),
    auth: await freePort(),
    filesystem: await freePort(),
    git: await freePort(),
    chroma: await freePort(),
  };
  gitPort = ports.git;
  for (const [name, port] of Object.entries(ports)) urls[name] = `http://127.0.0.1:${port}`;
  const common = {
    CHROMA_SERVER_URL: urls.chroma,
    AUTH_SERVER_URL: urls.auth,
    BILLING_SERVER_URL: urls.billing,
    FILESYSTEM_SERVER_URL: urls.filesystem,
    GIT_SERVER_URL: urls.git,
  };
  gitEnv = { ...common, DATA_DIR: dir('git') };
  commonEnv = common;
  // The chroma service on its embedded store (LanceDB under its DATA_DIR), as the launcher starts it,
  // with the hashed embedder: this suite searches nothing, and Pride and Prejudice is ingested up to
  // five times here (upload, edit, restore, the killed job and its rerun), each a half-minute core of
  // the sentence model. story.test.ts, faults.test.ts and the browser suites ingest through the model.
  // Each process is recorded as it answers, so a start that fails leaves none running.
  const started = await Promise.allSettled([
    startServe({
      app: 'services/billing/dist/app.js',
      port: ports.billing,
      env: { ...common, DATA_DIR: dir('billing') },
    }).then((p) => (procs.billing = p)),
    startServe({
      app: 'services/auth/dist/app.js',
      port: ports.auth,
      env: {
        ...common,
        DATA_DIR: dir('auth'),
        BOOTSTRAP_OPERATOR_EMAIL: OPERATOR.email,
        BOOTSTRAP_OPERATOR_PASSWORD: OPERATOR.password,
        ARGON2_MEMORY_KIB: '7168',
        ARGON2_TIME_COST: '2',
      },
    }).then((p) => (procs.auth = p)),
    startServe({
      app: 'services/filesystem/dist/app.js',
      port: ports.filesystem,
      env: { ...common, DATA_DIR: dir('filesystem') },
    }).then((p) => (procs.filesystem = p)),
    startServe({
      app: 'services/chroma/dist/app.js',
      port: ports.chroma,
      env: { ...common, DATA_DIR: dir('chroma'), EMBEDDINGS_PROVIDER: 'hash' },
    }).then((p) => (procs.chroma = p)),
    startGit(),
  ]);
  const failed = started.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  procs.backend = await startServe({
    app: 'services/backend/dist/app.js',
    workers: 2,
    readyPath: '/ready',
    env: {
      ...common,
      DATA_DIR: dir('backend'),
      JOB_POLL_MS: '100',
      JOB_LEASE_MS: '5000',
      SAGA_LEASE_MS: '1500',
      JOB_BACKOFF_MS: '100',
    },
  });
  api = procs.backend.url;
}, 180_000);

afterAll(async () => {
  await Promise.all(Object.values(procs).map((p) => p.stop()));
  data.remove();
});

describe('the stack end to end', () => {
  const author = new Browser();
  let script: ReturnType<typeof bearer>;
  let scriptToken = '';
  let operator: ReturnType<typeof bearer>;
  let guest: ReturnType<typeof bearer>;
  let projectId = '';
  let fileId = '';
  let original = '';
  const authorEmail = 'author@example.com';
  const authorPassword = 'author-password-1';

  it('serves its OpenAPI document from the route schemas', async () => {
    const res = await fetch(`${api}/v1/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/api/auth/login',
        '/v1/api/projects/{projectId}/files',
        '/v1/api/jobs/{jobId}',
      ]),
    );
    expect(doc.paths['/v1/api/auth/register']?.post).toBeDefined();
  });

  it('signs up with an invite and signs in with a cookie and with a bearer token', async () => {
    operator = (await login(OPERATOR.email, OPERATOR.password)).call;
    const invite = await operator('POST', '/v1/api/admin/invites', { role: 'author' });
    expect(invite.status).toBe(201);
    const { code } = (await invite.json()) as { code: string };

    const reg = await author.json('POST', '/v1/api/auth/register', {
      email: authorEmail,
      password: authorPassword,
      inviteCode: code,
      name: 'Jane Author',
    });
    expect(reg.status).toBe(201);
    const session = reg.headers.getSetCookie().find((c) => c.startsWith('george_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(author.csrf).not.toBe('');

    const me = await author.fetch('/v1/api/auth/me');
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(authorEmail);

    const scripted = await login(authorEmail, authorPassword);
    script = scripted.call;
    scriptToken = scripted.token;
    expect((await script('GET', '/v1/api/auth/me')).status).toBe(200);
    expect((await fetch(`${api}/v1/api/auth/me`)).status).toBe(401);
    expect((await bearer('not-a-token')('GET', '/v1/api/projects')).status).toBe(401);
    // A non-operator is refused the operator routes.
    expect((await script('GET', '/v1/api/admin/users')).status).toBe(403);
    expect((await script('GET', '/v1/api/status/services')).status).toBe(403);
    const status = (await (await operator('GET', '/v1/api/status/services')).json()) as {
      ok: boolean;
      services: { name: string; health: string; ready: boolean }[];
    };
    const byName = new Map(status.services.map((x) => [x.name, x]));
    expect(byName.get('auth')).toMatchObject({ health: 'ok', ready: true });
    expect(byName.get('git')).toMatchObject({ health: 'ok', ready: true });
    // This stack runs no external-data server: the operator sees it.
    expect(byName.get('external-data')).toMatchObject({ health: 'failing', ready: false });
    expect(status.ok).toBe(false);
    const users = await operator('GET', '/v1/api/admin/users');
    expect(((await users.json()) as { users: { email: string }[] }).users.map((u) => u.email)).toContain(
      authorEmail,
    );
  });

  it('verifies tokens signed with a new key after the auth server rotates its signing key', async () => {
    const rotated = await fetch(`${procs.auth?.url}/internal/keys/rotate`, {
      method: 'POST',
      headers: { 'x-internal-token': TEST_TOKEN },
    });
    expect(rotated.status).toBe(201);
    const { kid } = (await rotated.json()) as { kid: string };
    const fresh = await login(authorEmail, authorPassword);
    const header = JSON.parse(Buffer.from(fresh.token.split('.')[0] as string, 'base64url').toString()) as {
      kid: string;
    };
    expect(header.kid).toBe(kid);
    await eventually(async () => (await fresh.call('GET', '/v1/api/auth/me')).status === 200, 15_000);
    // Tokens signed with the previous key stay valid until they expire.
    expect((await script('GET', '/v1/api/auth/me')).status).toBe(200);
  });

  it('refuses a cross-site request: cookie without the CSRF token, or a foreign origin', async () => {
    const noToken = await author.fetch('/v1/api/projects', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Forged' }),
    });
    expect(noToken.status).toBe(403);
    expect(((await noToken.json()) as { error: { code: string } }).error.code).toBe('csrf_token_invalid');
    const foreign = await author.json(
      'POST',
      '/v1/api/projects',
      { name: 'Forged' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('csrf_origin_refused');
    const list = (await (await script('GET', '/v1/api/projects')).json()) as { projects: unknown[] };
    expect(list.projects).toHaveLength(0);

    const created = await author.json(
      'POST',
      '/v1/api/projects',
      { name: 'Pride', description: 'Austen' },
      {
        origin: 'http://localhost:5173',
      },
    );
    expect(created.status).toBe(201);
    projectId = ((await created.json()) as { project: { id: string } }).project.id;
    const renamed = await script('PATCH', `/v1/api/projects/${projectId}`, { name: 'Pride and Prejudice' });
    expect(renamed.status).toBe(200);
    const got = (await (await script('GET', `/v1/api/projects/${projectId}`)).json()) as {
      project: { name: string; access: string };
    };
    expect(got.project).toMatchObject({ name: 'Pride and Prejudice', access: 'owner' });
  });

  it('uploads Pride and Prejudice: 202 {file, jobId}, the job finishes with the statistics (SSE)', async () => {
    original = await readFile(NOVEL, 'utf8');
    const res = await script('POST', `/v1/api/projects/${projectId}/files`, form('pride.txt', original));
    expect(res.status).toBe(202);
    const body = (await res.json()) as { file: { id: string; name: string }; jobId: string };
    expect(body.file.name).toBe('pride.txt');
    fileId = body.file.id;

    const events = await author.fetch(`/v1/api/jobs/${body.jobId}/events`);
    expect(events.headers.get('content-type')).toMatch(/text\/event-stream/);
    const stream = await events.text();
    expect(stream).toContain('event: done');
    const last = stream.trim().split('\n\n').at(-1) as string;
    const job = JSON.parse(
      last
        .split('\n')
        .find((l) => l.startsWith('data: '))
        ?.slice(6) ?? '{}',
    ) as {
      status: string;
      progress: number;
      result: { statistics: { words: number; chapters: number } };
    };
    expect(job).toMatchObject({ status: 'succeeded', progress: 1 });
    expect(job.result.statistics.words).toBeGreaterThan(100_000);

    const file = (await (await script('GET', `/v1/api/projects/${projectId}/files/${fileId}`)).json()) as {
      statistics: { words: number } | null;
    };
    expect(file.statistics?.words).toBe(job.result.statistics.words);
    const jobs = (await (await script('GET', `/v1/api/projects/${projectId}/jobs`)).json()) as {
      jobs: { id: string }[];
    };
    expect(jobs.jobs.map((j) => j.id)).toContain(body.jobId);
    const download = await script('GET', `/v1/api/projects/${projectId}/files/${fileId}/download`);
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBe(Buffer.byteLength(original));
  }, 180_000);

  it('shares read-only with a guest: the guest reads, cannot upload or delete', async () => {
    const invite = (await (await operator('POST', '/v1/api/admin/invites', { role: 'guest' })).json()) as {
      code: string;
    };
    const reg = await fetch(`${api}/v1/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'guest@example.com',
        password: 'guest-password-1',
        inviteCode: invite.code,
      }),
    });
    expect(reg.status).toBe(201);
    guest = (await login('guest@example.com', 'guest-password-1')).call;
    expect((await guest('GET', `/v1/api/projects/${projectId}/files`)).status).toBe(404);

    // An invitation answers alike for an address with or without an account; the guest accepts it.
    const share = await script('POST', `/v1/api/projects/${projectId}/invitations`, {
      email: 'guest@example.com',
      level: 'read',
    });
    expect(share.status).toBe(201);
    const nobody = await script('POST', `/v1/api/projects/${projectId}/invitations`, {
      email: 'nobody-here@example.com',
      level: 'read',
    });
    expect(nobody.status).toBe(201);
    expect((await guest('GET', `/v1/api/projects/${projectId}/files`)).status).toBe(404);
    const mine = (await (await guest('GET', '/v1/api/invitations')).json()) as {
      invitations: { id: string; projectId: string }[];
    };
    expect(mine.invitations.map((i) => i.projectId)).toEqual([projectId]);
    const invitationId = mine.invitations[0]?.id as string;
    expect((await script('POST', `/v1/api/invitations/${invitationId}/accept`)).status).toBe(404);
    expect((await guest('POST', `/v1/api/invitations/${invitationId}/accept`)).status).toBe(200);
    const members = (await (await script('GET', `/v1/api/projects/${projectId}/members`)).json()) as {
      members: { email: string; level: string }[];
    };
    expect(members.members).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'read' })]));

    const projects = (await (await guest('GET', '/v1/api/projects')).json()) as {
      projects: { id: string }[];
    };
    expect(projects.projects.map((p) => p.id)).toEqual([projectId]);
    // A worker that answered "no access" a moment ago keeps that answer for ACCESS_CACHE_MS (3 s):
    // the grant takes effect within that time on every worker.
    const files = await eventually(async () => {
      const res = await guest('GET', `/v1/api/projects/${projectId}/files?kind=manuscript`);
      return res.status === 200 ? ((await res.json()) as { files: { id: string }[] }) : undefined;
    }, 10_000);
    expect(files.files.map((f) => f.id)).toEqual([fileId]);
    // The same holds for the next request, which another worker may answer.
    const text = await eventually(async () => {
      const res = await guest('GET', `/v1/api/projects/${projectId}/files/${fileId}/text?start=0&end=200`);
      return res.status === 200 ? ((await res.json()) as { text: string }) : undefined;
    }, 10_000);
    expect(text.text.length).toBeGreaterThan(0);

    // Writes are refused once a worker sees the grant; until then it may still say "no such project".
    const write = async (method: string, path: string, body?: unknown) => {
      const res = await eventually(async () => {
        const answer = await guest(method, path, body);
        return answer.status === 404 ? undefined : answer;
      }, 10_000);
      return res.status;
    };
    expect(
      await write('POST', `/v1/api/projects/${projectId}/files`, form('mine.txt', 'A guest text.')),
    ).toBe(403);
    expect(await write('DELETE', `/v1/api/projects/${projectId}/files/${fileId}`)).toBe(403);
    expect(await write('PATCH', `/v1/api/projects/${projectId}`, { name: 'Mine' })).toBe(403);
  });

  it('keeps versions: edit, list, diff, restore (a new version that updates the file)', async () => {
    // Versions of this file (other work, such as story-bible sheets, may add commits of its own).
    const v1 = (await (
      await script('GET', `/v1/api/projects/${projectId}/versions?fileId=${fileId}`)
    ).json()) as {
      versions: { id: string }[];
    };
    expect(v1.versions).toHaveLength(1);
    const first = v1.versions[0]?.id as string;

    const current = (await (
      await script('GET', `/v1/api/projects/${projectId}/files/${fileId}/text`)
    ).json()) as {
      text: string;
      revision: number;
    };
    expect(current.text).toContain('It is a truth universally acknowledged');
    const edited = current.text.replace(
      'It is a truth universally acknowledged',
      'It is a truth widely acknowledged',
    );
    const edit = await author.json('PUT', `/v1/api/projects/${projectId}/files/${fileId}/text`, {
      content: edited,
      baseRevision: current.revision,
    });
    expect(edit.status).toBe(202);
    const editBody = (await edit.json()) as { jobId: string; version: string };
    expect((await waitForJob(script, editBody.jobId)).status).toBe('succeeded');
    const stale = await script('PUT', `/v1/api/projects/${projectId}/files/${fileId}/text`, {
      content: 'lost update',
      baseRevision: current.revision,
    });
    expect(stale.status).toBe(409);

    const v2 = (await (
      await script('GET', `/v1/api/projects/${projectId}/versions?fileId=${fileId}`)
    ).json()) as {
      versions: { id: string }[];
    };
    expect(v2.versions).toHaveLength(2);
    expect(v2.versions[0]?.id).toBe(editBody.version);

    const diff = (await (
      await guest(
        'GET',
        `/v1/api/projects/${projectId}/diff?from=${first}&to=${editBody.version}&fileId=${fileId}`,
      )
    ).json()) as { unified: string; files: { fileId: string }[]; wordsAdded: number };
    expect(diff.unified).toContain('widely');
    expect(diff.files[0]?.fileId).toBe(fileId);
    const one = (await (
      await script('GET', `/v1/api/projects/${projectId}/versions/${editBody.version}`)
    ).json()) as {
      version: { files: { fileId: string; status: string }[] };
    };
    expect(one.version.files).toEqual([expect.objectContaining({ fileId, status: 'modified' })]);

    expect((await guest('POST', `/v1/api/projects/${projectId}/versions/${first}/restore`, {})).status).toBe(
      403,
    );
    const restore = await script('POST', `/v1/api/projects/${projectId}/versions/${first}/restore`, {
      fileId,
    });
    expect(restore.status).toBe(202);
    const restored = (await restore.json()) as { version: string; restored: string[]; jobIds: string[] };
    expect(restored.restored).toEqual([fileId]);
    const after = (await (
      await script('GET', `/v1/api/projects/${projectId}/files/${fileId}/text`)
    ).json()) as {
      text: string;
    };
    expect(after.text).toBe(current.text);
    const v3 = (await (
      await script('GET', `/v1/api/projects/${projectId}/versions?fileId=${fileId}`)
    ).json()) as {
      versions: { id: string }[];
    };
    expect(v3.versions.map((v) => v.id)).toEqual([restored.version, editBody.version, first]);
  }, 180_000);

  it('kills the git server during an upload: the upload fails cleanly and nothing is left half-done', async () => {
    const jobsBefore = (
      (await (await script('GET', `/v1/api/projects/${projectId}/jobs`)).json()) as { jobs: [] }
    ).jobs.length;
    // The upload's body is held open after its first bytes; git dies while it is in flight.
    const boundary = 'george-test-boundary';
    const encoder = new TextEncoder();
    let resume = () => {};
    const gate = new Promise<void>((r) => {
      resume = r;
    });
    let step = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (step === 0) {
          controller.enqueue(
            encoder.encode(
              `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="chapter.txt"\r\n` +
                'Content-Type: text/plain\r\n\r\nChapter 1\n\n',
            ),
          );
        } else {
          await gate;
          controller.enqueue(encoder.encode(`A text written while git died.\r\n--${boundary}--\r\n`));
          controller.close();
        }
        step += 1;
      },
    });
    const pending = fetch(`${api}/v1/api/projects/${projectId}/files`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${scriptToken}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body,
      duplex: 'half',
    } as RequestInit);
    await eventually(async () => {
      const r = await operator('GET', '/v1/api/admin/sagas?status=running');
      return ((await r.json()) as { sagas: { type: string }[] }).sagas.some((x) => x.type === 'upload');
    });
    await procs.git?.stop('SIGKILL');
    resume();
    const res = await pending;
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('upload_failed');
    const files = (await (
      await script('GET', `/v1/api/projects/${projectId}/files?kind=manuscript`)
    ).json()) as {
      files: { name: string }[];
    };
    expect(files.files.map((f) => f.name)).toEqual(['pride.txt']);
    const jobs = (await (await script('GET', `/v1/api/projects/${projectId}/jobs`)).json()) as { jobs: [] };
    expect(jobs.jobs).toHaveLength(jobsBefore);
    // The first upload of a new project (no history yet) is undone the same way.
    const fresh = (await (await script('POST', '/v1/api/projects', { name: 'Fresh' })).json()) as {
      project: { id: string };
    };
    const first = await script('POST', `/v1/api/projects/${fresh.project.id}/files`, form('one.txt', 'One.'));
    expect(first.status).toBe(503);
    await startGit();
    // Every saga ends completed or compensated once git is back.
    await eventually(async () => {
      const open = await Promise.all(
        ['running', 'compensating'].map(async (status) => {
          const r = await operator('GET', `/v1/api/admin/sagas?status=${status}`);
          return ((await r.json()) as { sagas: unknown[] }).sagas.length;
        }),
      );
      return open.every((n) => n === 0);
    }, 30_000);
    // The backend's circuit to git closes again on its first success after the restart.
    const versions = await eventually(async () => {
      const r = await script('GET', `/v1/api/projects/${projectId}/versions`);
      return r.status === 200 ? ((await r.json()) as { versions: { message: string }[] }) : undefined;
    }, 30_000);
    const names = (
      (await (await script('GET', `/v1/api/projects/${projectId}/files?kind=manuscript`)).json()) as {
        files: { name: string }[];
      }
    ).files.map((f) => f.name);
    expect(names).not.toContain('chapter.txt');
    const freshFiles = (await (await script('GET', `/v1/api/projects/${fresh.project.id}/files`)).json()) as {
      files: unknown[];
    };
    expect(freshFiles.files).toEqual([]);
    expect(versions.versions.map((v) => v.message)).not.toContain('Upload chapter.txt');
    const again = await eventually(async () => {
      const r = await script(
        'POST',
        `/v1/api/projects/${projectId}/files`,
        form('chapter2.txt', 'Chapter 2\n\nMore.'),
      );
      return r.status === 202 ? r : undefined;
    }, 30_000);
    expect(again.status).toBe(202);
  }, 180_000);

  it('completes or compensates a saga left by a crash between steps', async () => {
    const fs = new FilesystemClient(
      new InternalClient({
        service: 'filesystem',
        baseUrl: procs.filesystem?.url as string,
        token: TEST_TOKEN,
      }),
    );
    // Two uploads whose backend "crashed": one after the filesystem step (it knew the file id),
    // one during it (the file was stored, but its id never recorded).
    const stored = await fs.upload(projectId, {
      filename: 'crashed.txt',
      data: Buffer.from('Chapter 1\n\nSaved.'),
    });
    const before = Date.now() - 1000;
    const orphan = await fs.upload(projectId, {
      filename: 'orphan.txt',
      data: Buffer.from('Chapter 1\n\nLost.'),
    });
    // An edit whose backend "crashed" after writing the filesystem, before git: it is undone.
    const pride = (await (
      await script('GET', `/v1/api/projects/${projectId}/files/${fileId}/text`)
    ).json()) as {
      text: string;
      revision: number;
    };
    await fs.updateText(projectId, fileId, { content: 'half-done edit' });
    const handle = openDatabase<{ sagas: Record<string, unknown> }>({
      dataDir: join(data.path, 'backend'),
      fileName: 'backend.sqlite',
    });
    const me = (await (await script('GET', '/v1/api/auth/me')).json()) as { user: { id: string } };
    const row = (id: string, step: string, fileId: string | null, sagaData: object) => ({
      id,
      type: 'upload',
      project_id: projectId,
      user_id: me.user.id,
      file_id: fileId,
      status: 'running',
      step,
      data: JSON.stringify(sagaData),
      attempts: 0,
      lease_until: Date.now() - 1,
      next_attempt_at: 0,
      last_error: null,
      created_at: before,
      updated_at: before,
    });
    try {
      // A real upload recorded the hash of the bytes it sent (the key to find an orphan).
      const prideSaga = await handle.db
        .selectFrom('sagas')
        .select(['data'])
        .where('file_id', '=', fileId)
        .where('type', '=', 'upload')
        .executeTakeFirstOrThrow();
      const prideMeta = (await (
        await script('GET', `/v1/api/projects/${projectId}/files/${fileId}`)
      ).json()) as {
        file: { sha256: string };
      };
      expect(JSON.parse(prideSaga.data as string).sha256).toBe(prideMeta.file.sha256);
      await handle.db
        .insertInto('sagas')
        .values([
          row('00000000-0000-4000-8000-000000000001', 'commit', stored.id, {
            name: 'crashed.txt',
            startedAt: before,
            fileId: stored.id,
            revision: stored.revision,
          }),
          // The name the client sent may differ from the stored (sanitised) one: the hash decides.
          row('00000000-0000-4000-8000-000000000002', 'store', null, {
            name: 'orphan?.txt',
            startedAt: before,
            sha256: orphan.sha256,
          }),
          {
            ...row('00000000-0000-4000-8000-000000000003', 'update', fileId, {}),
            type: 'text',
            data: JSON.stringify({
              message: 'Edit pride.txt',
              author: { name: 'author', email: authorEmail },
              files: [
                { fileId, oldText: pride.text, newText: 'half-done edit', baseRevision: pride.revision },
              ],
            }),
          },
        ])
        .execute();
    } finally {
      await handle.close();
    }
    const done = await eventually(async () => {
      const jobs = (await (await script('GET', `/v1/api/projects/${projectId}/jobs`)).json()) as {
        jobs: { fileId: string; status: string }[];
      };
      const job = jobs.jobs.find((j) => j.fileId === stored.id);
      const files = await fs.list(projectId);
      return job?.status === 'succeeded' && !files.some((f) => f.id === orphan.id) ? files : undefined;
    }, 120_000);
    expect(done.map((f) => f.id)).toContain(stored.id);
    const versions = (await (
      await script('GET', `/v1/api/projects/${projectId}/versions?fileId=${stored.id}`)
    ).json()) as {
      versions: unknown[];
    };
    expect(versions.versions).toHaveLength(1);
    await eventually(async () => (await fs.text(projectId, fileId)).text === pride.text, 30_000);
    const sagas = (await (await operator('GET', '/v1/api/admin/sagas')).json()) as {
      sagas: { id: string; status: string }[];
    };
    const byId = new Map(sagas.sagas.map((x) => [x.id, x.status]));
    expect(byId.get('00000000-0000-4000-8000-000000000001')).toBe('done');
    expect(byId.get('00000000-0000-4000-8000-000000000002')).toBe('compensated');
    expect(byId.get('00000000-0000-4000-8000-000000000003')).toBe('compensated');
  }, 180_000);

  it('a job whose worker is killed mid-run is taken over by another worker once its lease expires', async () => {
    const res = await script('POST', `/v1/api/projects/${projectId}/files`, form('again.txt', original));
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    const handle = openDatabase<{
      jobs: { id: string; status: string; worker: string | null; attempts: number };
    }>({ dataDir: join(data.path, 'backend'), fileName: 'backend.sqlite' });
    const row = () =>
      handle.db
        .selectFrom('jobs')
        .select(['status', 'worker', 'attempts'])
        .where('id', '=', jobId)
        .executeTakeFirstOrThrow();
    try {
      const running = await eventually(
        async () => {
          const r = await row();
          return r.status === 'running' && r.worker ? r : undefined;
        },
        60_000,
        20,
      );
      process.kill(Number(running.worker?.split(':').at(-1)), 'SIGKILL');
      const atKill = await row();
      const done = await waitForJob(script, jobId);
      expect(done.status).toBe('succeeded');
      if (atKill.status === 'running') {
        // The killed run never finished: another worker ran the job again.
        const after = await row();
        expect(after.attempts).toBe(2);
      }
    } finally {
      await handle.close();
    }
  }, 180_000);

  it('runs the same on PostgreSQL (DATABASE_URL): upload, job, versions, jobs list', async () => {
    const pgDb = await createTestDatabase('postgres');
    const pgBackend = await startServe({
      app: 'services/backend/dist/app.js',
      readyPath: '/ready',
      env: {
        ...commonEnv,
        DATA_DIR: join(data.path, 'backend-pg'),
        DATABASE_URL: pgDb.url,
        JOB_POLL_MS: '100',
      },
    });
    try {
      const call = (method: string, path: string, body?: unknown) =>
        fetch(`${pgBackend.url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${scriptToken}`,
            ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
        });
      const project = (await (await call('POST', '/v1/api/projects', { name: 'On PostgreSQL' })).json()) as {
        project: { id: string };
      };
      const up = await call(
        'POST',
        `/v1/api/projects/${project.project.id}/files`,
        form('pg.txt', 'Chapter 1\n\nIt rained.'),
      );
      expect(up.status).toBe(202);
      const { jobId, file } = (await up.json()) as { jobId: string; file: { id: string } };
      const job = await eventually(async () => {
        const { job } = (await (await call('GET', `/v1/api/jobs/${jobId}`)).json()) as {
          job: { status: string; result?: { statistics?: { words: number } } };
        };
        return job.status === 'succeeded' ? job : undefined;
      }, 120_000);
      expect(job.result?.statistics?.words).toBe(4);
      const versions = (await (
        await call('GET', `/v1/api/projects/${project.project.id}/versions?fileId=${file.id}`)
      ).json()) as { versions: unknown[] };
      expect(versions.versions).toHaveLength(1);
      const jobs = (await (await call('GET', `/v1/api/projects/${project.project.id}/jobs`)).json()) as {
        jobs: { id: string }[];
      };
      expect(jobs.jobs.map((j) => j.id)).toContain(jobId);
    } finally {
      await pgBackend.stop();
      await pgDb.cleanup();
    }
  }, 180_000);

  it('refreshes a cookie session (CSRF-checked), refuses a file it cannot read, and revokes a grant', async () => {
    const oldSession = author.cookies.get('george_session');
    const noToken = await author.fetch('/v1/api/auth/refresh', { method: 'POST' });
    expect(noToken.status).toBe(403);
    const refreshed = await author.json('POST', '/v1/api/auth/refresh');
    expect(refreshed.status).toBe(200);
    expect(author.cookies.get('george_session')).not.toBe(oldSession);
    expect((await author.fetch('/v1/api/auth/me')).status).toBe(200);

    // Bytes the filesystem cannot read are refused and leave nothing behind.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const refused = await script(
      'POST',
      `/v1/api/projects/${projectId}/files`,
      form('image.png', png, 'image/png'),
    );
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const names = (
      (await (await script('GET', `/v1/api/projects/${projectId}/files?kind=manuscript`)).json()) as {
        files: { name: string }[];
      }
    ).files.map((f) => f.name);
    expect(names).not.toContain('image.png');

    const me = (await (await guest('GET', '/v1/api/auth/me')).json()) as { user: { id: string } };
    expect((await script('DELETE', `/v1/api/projects/${projectId}/members/${me.user.id}`)).status).toBe(204);
    await eventually(
      async () => (await guest('GET', `/v1/api/projects/${projectId}/files`)).status === 404,
      10_000,
    );
  });

  it('logs out: the cookie session ends; deleting a project removes it', async () => {
    const out = await author.json('POST', '/v1/api/auth/logout');
    expect(out.status).toBe(204);
    expect((await author.fetch('/v1/api/auth/me')).status).toBe(401);
    expect((await author.json('POST', '/v1/api/auth/refresh')).status).toBe(401);
    expect((await script('DELETE', `/v1/api/projects/${projectId}`)).status).toBe(204);
    expect((await script('GET', `/v1/api/projects/${projectId}`)).status).toBe(404);
    // The cleanup job removes the project's files from the filesystem server.
    const fs = new FilesystemClient(
      new InternalClient({
        service: 'filesystem',
        baseUrl: procs.filesystem?.url as string,
        token: TEST_TOKEN,
      }),
    );
    try {
      await eventually(async () => (await fs.list(projectId).catch(() => [])).length === 0, 20_000);
    } catch (err) {
      const handle = openDatabase<{ jobs: Record<string, unknown> }>({
        dataDir: join(data.path, 'backend'),
        fileName: 'backend.sqlite',
      });
      const rows = await handle.db
        .selectFrom('jobs')
        .selectAll()
        .where('type', '=', 'project-cleanup')
        .execute();
      await handle.close();
      throw new Error(`${(err as Error).message}; cleanup jobs: ${JSON.stringify(rows)}`);
    }
  });
});
