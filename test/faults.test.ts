/**
 * The whole stack under faults, on one stack as `npm start` runs it (two george-serve
 * workers per service, a real Chroma server): the metrics gauges of the job queue and of credits
 * held; kill -9 of a worker of each service under a steady load; an internal service stopped and
 * started again (503 with a clear code, the circuit opens and closes); SIGTERM of every process
 * during uploads and chats, then a restart on the same data and ports; a full disk under the
 * filesystem service's data directory.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { openDatabase } from '@george/runtime';
import { eventually, type RunningProcess, sleep, TEST_TOKEN } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { OPERATOR, REPO_ROOT, type Stack, type StackService, startStack } from './harness.js';

const ALICE = readFileSync(
  join(REPO_ROOT, '../shared/data/novels/11_alices_adventures_in_wonderland.txt'),
  'utf8',
);
const HOLMES = readFileSync(
  join(REPO_ROOT, '../shared/data/novels/1661_the_adventures_of_sherlock_holmes.txt'),
  'utf8',
);

let stack: Stack;

type Call = (method: string, path: string, body?: unknown) => Promise<Response>;
function client(token: string): Call {
  return (method, path, body) =>
    fetch(`${stack.api}/v1/api${path}`, {
      method,
      // Bounded: a request that hangs fails the test instead of holding it.
      signal: AbortSignal.timeout(30_000),
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
}

async function login(email: string, password: string): Promise<{ call: Call; userId: string }> {
  const res = await fetch(`${stack.api}/v1/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { accessToken: string; user: { id: string } };
  return { call: client(body.accessToken), userId: body.user.id };
}

const json = async <T>(res: Response | Promise<Response>): Promise<T> => (await (await res).json()) as T;

function upload(call: Call, projectId: string, name: string, text: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), name);
  return call('POST', `/projects/${projectId}/files`, form);
}

interface JobView {
  id: string;
  status: string;
  error?: string;
}

async function waitForJob(call: Call, jobId: string, timeoutMs = 120_000): Promise<JobView> {
  const job = await eventually(
    async () => {
      const { job } = await json<{ job: JobView }>(call('GET', `/jobs/${jobId}`));
      return job.status === 'succeeded' || job.status === 'failed' ? job : undefined;
    },
    timeoutMs,
    250,
  );
  return job as JobView;
}

/** One figure of a service's `/metrics` (the sum of the samples whose labels match). */
async function metric(
  url: string,
  name: string,
  labels: Record<string, string> = {},
): Promise<number | undefined> {
  const res = await fetch(`${url}/metrics`, {
    signal: AbortSignal.timeout(30_000),
    headers: { 'x-internal-token': TEST_TOKEN },
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  let found: number | undefined;
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries(
      [...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1] as string, l[2] as string]),
    );
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) found = (found ?? 0) + Number(m[3]);
  }
  return found;
}

/** The george-serve workers of a supervisor: its direct children. */
function workerPids(proc: RunningProcess): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(proc.proc.pid)], { encoding: 'utf8' })
      .split('\n')
      .map((l) => Number(l.trim()))
      .filter((n) => n > 0);
  } catch {
    return [];
  }
}

/** The pid of the worker that answers `/internal/runtime` on a new connection (round robin). */
function runtimePid(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpGet(
      `${url}/internal/runtime`,
      { agent: false, headers: { 'x-internal-token': TEST_TOKEN }, timeout: 5000 },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => {
          body += d.toString();
        });
        res.on('end', () => resolve((JSON.parse(body) as { pid: number }).pid));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
  });
}

interface LoadStats {
  ok: number;
  failed: number;
  errors: string[];
}

/**
 * `concurrency` loops, each with one request in flight, until stopped (and never longer than
 * `maxMs`, so a test that fails cannot leave traffic behind).
 */
function steady(send: () => Promise<Response>, concurrency = 4, maxMs = 90_000) {
  const stats: LoadStats = { ok: 0, failed: 0, errors: [] };
  let running = true;
  const deadline = Date.now() + maxMs;
  const loop = async () => {
    while (running && Date.now() < deadline) {
      try {
        const res = await send();
        await res.arrayBuffer();
        if (res.ok) stats.ok += 1;
        else {
          stats.failed += 1;
          stats.errors.push(`status ${res.status}`);
        }
      } catch (err) {
        stats.failed += 1;
        const cause = (err as Error).cause;
        stats.errors.push(cause ? String(cause) : (err as Error).message);
      }
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  return {
    stats,
    async stop() {
      running = false;
      await Promise.all(loops);
      return stats;
    },
  };
}

const INTERNAL: StackService[] = ['billing', 'auth', 'filesystem', 'git', 'chroma', 'external-data'];

let author: { call: Call; userId: string };
let operator: { call: Call; userId: string };
let projectId = '';
let fileId = '';
const FIRST_TEXT = ALICE.slice(0, 40_000);
/** The first file's text as stored (extraction normalises line ends and blank lines). */
let firstStored = '';
const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');
let mounted = '';

beforeAll(async () => {
  stack = await startStack({ workers: 2 });
  operator = await login(OPERATOR.email, OPERATOR.password);
  const { code } = await json<{ code: string }>(operator.call('POST', '/admin/invites', { role: 'author' }));
  const register = await fetch(`${stack.api}/v1/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'faults@example.com',
      password: 'faults-password-1',
      inviteCode: code,
      name: 'Faults',
    }),
  });
  expect(register.status).toBe(201);
  author = await login('faults@example.com', 'faults-password-1');
  const project = await author.call('POST', '/projects', { name: 'Faults' });
  expect(project.status).toBe(201);
  projectId = (await json<{ project: { id: string } }>(project)).project.id;
  const res = await upload(author.call, projectId, 'alice.txt', FIRST_TEXT);
  expect(res.status).toBe(202);
  const body = await json<{ file: { id: string }; jobId: string }>(res);
  fileId = body.file.id;
  expect((await waitForJob(author.call, body.jobId)).status).toBe('succeeded');
  firstStored = (
    await json<{ text: string }>(author.call('GET', `/projects/${projectId}/files/${fileId}/text`))
  ).text;
  expect(words(firstStored)).toBe(words(FIRST_TEXT));
}, 240_000);

afterAll(async () => {
  if (mounted) {
    await stack.stopService('filesystem').catch(() => undefined);
    try {
      execFileSync('umount', [mounted]);
    } catch {
      execFileSync('umount', ['-l', mounted]);
    }
  }
  await stack?.stop();
}, 120_000);

describe('metrics', () => {
  it('the backend reports the job queue depth and the age of the oldest due job', async () => {
    const handle = openDatabase<{
      jobs: {
        id: string;
        type: string;
        payload: string;
        status: string;
        progress: number;
        attempts: number;
        max_attempts: number;
        run_at: number;
        created_at: number;
        updated_at: number;
      };
    }>({ url: undefined, dataDir: join(stack.dataDir, 'backend'), fileName: 'backend.sqlite' });
    // Jobs of a type no worker handles stay queued: two due for a minute, one due in an hour.
    const now = Date.now();
    const row = (id: string, runAt: number) => ({
      id,
      type: 'faults-test-unhandled',
      payload: '{}',
      status: 'queued',
      progress: 0,
      attempts: 0,
      max_attempts: 1,
      run_at: runAt,
      created_at: now - 120_000,
      updated_at: now,
    });
    const ids = ['00000000-0000-4000-8000-00000000f001', '00000000-0000-4000-8000-00000000f002'];
    const later = '00000000-0000-4000-8000-00000000f003';
    try {
      expect(await metric(stack.api, 'backend_job_queue_depth', { state: 'queued' })).toBe(0);
      expect(await metric(stack.api, 'backend_job_oldest_queued_age_seconds')).toBe(0);
      await handle.db
        .insertInto('jobs')
        .values([
          row(ids[0] as string, now - 60_000),
          row(ids[1] as string, now - 1000),
          row(later, now + 3_600_000),
        ])
        .execute();
      expect(await metric(stack.api, 'backend_job_queue_depth', { state: 'queued' })).toBe(3);
      expect(await metric(stack.api, 'backend_job_queue_depth', { state: 'running' })).toBe(0);
      const age = (await metric(stack.api, 'backend_job_oldest_queued_age_seconds')) ?? 0;
      expect(age).toBeGreaterThanOrEqual(60);
      expect(age).toBeLessThan(3600);
      // Without the token, no metrics.
      expect((await fetch(`${stack.api}/metrics`)).status).toBe(401);
    } finally {
      await handle.db.deleteFrom('jobs').where('type', '=', 'faults-test-unhandled').execute();
      await handle.close();
    }
    expect(await metric(stack.api, 'backend_job_queue_depth', { state: 'queued' })).toBe(0);
    expect(await metric(stack.api, 'backend_job_oldest_queued_age_seconds')).toBe(0);
  });

  it('billing reports the credits held and the active holds, once for all its workers', async () => {
    const billing = stack.urls.billing as string;
    const hold = async (amount: number, key: string) => {
      const res = await fetch(`${billing}/holds`, {
        method: 'POST',
        headers: { 'x-internal-token': TEST_TOKEN, 'content-type': 'application/json' },
        body: JSON.stringify({ userId: author.userId, amount, idempotencyKey: key }),
      });
      expect(res.status).toBe(201);
      return (await res.json()) as { holdId: string };
    };
    const release = async (holdId: string) => {
      const res = await fetch(`${billing}/holds/${holdId}/release`, {
        method: 'POST',
        headers: { 'x-internal-token': TEST_TOKEN },
      });
      expect(res.status).toBe(200);
    };
    expect(await metric(billing, 'billing_credits_held')).toBe(0);
    const a = await hold(1200, 'faults-metrics-a');
    const b = await hold(2500, 'faults-metrics-b');
    // Two workers answer; the figure is the database's, not twice it.
    expect(await metric(billing, 'billing_credits_held')).toBe(3700);
    expect(await metric(billing, 'billing_active_holds')).toBe(2);
    expect(await metric(billing, 'george_serve_workers')).toBe(2);
    await release(a.holdId);
    expect(await metric(billing, 'billing_credits_held')).toBe(2500);
    expect(await metric(billing, 'billing_active_holds')).toBe(1);
    await release(b.holdId);
    expect(await metric(billing, 'billing_credits_held')).toBe(0);
    expect(await metric(billing, 'billing_active_holds')).toBe(0);
  });
});

describe('faults', () => {
  it('kill -9 of a worker of each service under load: the service recovers, failures stay within the requests in flight', async () => {
    const CONCURRENCY = 4;
    // A cheap authenticated route that goes through each service (external-data is behind no
    // backend route yet: its own token-guarded route).
    const routes: Record<string, () => Promise<Response>> = {
      backend: () => author.call('GET', '/projects'),
      auth: () => author.call('GET', '/projects'),
      billing: () => author.call('GET', '/billing/balance'),
      filesystem: () => author.call('GET', `/projects/${projectId}/files/${fileId}/text?start=0&end=200`),
      git: () => author.call('GET', `/projects/${projectId}/versions?limit=5`),
      chroma: () => author.call('POST', `/projects/${projectId}/search`, { query: 'White Rabbit', limit: 3 }),
      'external-data': () =>
        fetch(`${stack.urls['external-data']}/internal/runtime`, {
          signal: AbortSignal.timeout(30_000),
          headers: { 'x-internal-token': TEST_TOKEN },
        }),
    };
    const report: Array<Record<string, unknown>> = [];
    onTestFinished(() => console.table(report));
    for (const name of ['backend', ...INTERNAL] as StackService[]) {
      const proc = stack.procs[name] as RunningProcess;
      const before = workerPids(proc);
      expect(before, name).toHaveLength(2);
      const began = Date.now();
      const load = steady(routes[name] as () => Promise<Response>, CONCURRENCY, 60_000);
      let stats: LoadStats;
      let after: number[] | undefined;
      const victim = before[0] as number;
      let okAtKill = 0;
      let replacedMs = 0;
      let servingMs = 0;
      try {
        await eventually(() => load.stats.ok >= 5, 30_000, 50);
        okAtKill = load.stats.ok;
        const killedAt = Date.now();
        process.kill(victim, 'SIGKILL');
        after = await eventually(
          () => {
            const pids = workerPids(proc);
            return pids.length === 2 && !pids.includes(victim) ? pids : undefined;
          },
          30_000,
          50,
        );
        replacedMs = Date.now() - killedAt;
        // The replacement serves (its pid answers /internal/runtime), and so does the service.
        const fresh = after?.find((pid) => !before.includes(pid));
        await eventually(async () => (await runtimePid(proc.url)) === fresh, 30_000, 20);
        servingMs = Date.now() - killedAt;
        const okAtRecovery = load.stats.ok;
        await eventually(() => load.stats.ok >= okAtRecovery + 5, 30_000, 50);
      } finally {
        stats = await load.stop();
        report.push({
          service: name,
          ok: stats.ok,
          failed: stats.failed,
          'replacement forked after (ms)': replacedMs,
          'replacement serving after (ms)': servingMs,
          'took (ms)': Date.now() - began,
          errors: stats.errors.join('; '),
        });
      }
      expect(after).not.toContain(victim);
      expect(stats.ok).toBeGreaterThan(okAtKill);
      expect(stats.failed, `${name}: ${stats.errors.join('; ')}`).toBeLessThanOrEqual(CONCURRENCY);
      expect(await metric(proc.url, 'george_serve_worker_restarts_total', { reason: 'killed' })).toBe(1);
    }
  }, 200_000);

  it('git stopped: 503 git_unavailable where history is needed, the rest serves, the circuit opens and closes again', async () => {
    const versions = () => author.call('GET', `/projects/${projectId}/versions?limit=5`);
    const circuit = () => metric(stack.api, 'internal_client_circuit_state', { target: 'git' });
    expect((await versions()).status).toBe(200);
    expect(await circuit()).toBe(0);
    await stack.stopService('git');
    try {
      const down = await versions();
      expect(down.status).toBe(503);
      expect((await json<{ error: { code: string } }>(down)).error.code).toBe('git_unavailable');
      // Repeated failures open the circuit (in at least one backend worker; the gauge keeps the max).
      await eventually(
        async () => {
          const res = await versions();
          expect(res.status).toBe(503);
          return (await circuit()) === 2;
        },
        30_000,
        100,
      );
      const open = await versions();
      expect(open.status).toBe(503);
      expect((await json<{ error: { code: string; message: string } }>(open)).error.code).toBe(
        'git_unavailable',
      );
      // What does not need git still answers.
      expect((await author.call('GET', '/projects')).status).toBe(200);
      const text = await author.call('GET', `/projects/${projectId}/files/${fileId}/text?start=0&end=50`);
      expect(text.status).toBe(200);
      expect((await author.call('GET', `/projects/${projectId}/files`)).status).toBe(200);
    } finally {
      await stack.startService('git');
    }
    // Half-open after 5 s, then a successful call closes it, in every worker.
    await eventually(
      async () => {
        const results = await Promise.all([versions(), versions(), versions(), versions()]);
        return results.every((r) => r.status === 200) && (await circuit()) === 0;
      },
      60_000,
      500,
    );
  }, 120_000);

  it('the chroma service stopped: search answers 503 chroma_unavailable, the story bible and files still serve', async () => {
    const search = () =>
      author.call('POST', `/projects/${projectId}/search`, { query: 'White Rabbit', limit: 3 });
    expect((await search()).status).toBe(200);
    await stack.stopService('chroma');
    try {
      const down = await search();
      expect(down.status).toBe(503);
      expect((await json<{ error: { code: string } }>(down)).error.code).toBe('chroma_unavailable');
      const chat = await author.call('POST', `/projects/${projectId}/chat`, { message: 'Who is Alice?' });
      const chatBody = await json<{ error?: { code: string } }>(chat);
      // A chat needs retrieval: the same clear 503 (no answer without its passages).
      expect(chat.status).toBe(503);
      expect(chatBody.error?.code).toBe('chroma_unavailable');
      expect((await author.call('GET', `/projects/${projectId}/entities?type=character`)).status).toBe(200);
      expect(
        (await author.call('GET', `/projects/${projectId}/files/${fileId}/text?start=0&end=50`)).status,
      ).toBe(200);
    } finally {
      await stack.startService('chroma');
    }
    await eventually(async () => (await search()).status === 200, 60_000, 500);
  }, 120_000);

  it('SIGTERM of the whole stack during uploads and chats: after a restart nothing is lost or half-done', async () => {
    const texts = [0, 1, 2, 3].map((i) => ({
      name: `holmes-${i}.txt`,
      text: `Part ${i}\n\n${HOLMES.slice(20_000 + i * 30_000, 50_000 + i * 30_000)}`,
    }));
    const settle = <T>(p: Promise<T>) =>
      p.then(
        (value) => ({ value }),
        (error: unknown) => ({ error: String(error) }),
      );
    let acceptedOne: () => void = () => undefined;
    const firstAccepted = new Promise<void>((resolve) => {
      acceptedOne = resolve;
    });
    const uploads = texts.map((t) =>
      settle(
        upload(author.call, projectId, t.name, t.text).then(async (r) => {
          const body = (await r.json().catch(() => ({}))) as { file?: { id: string }; jobId?: string };
          if (r.status === 202) acceptedOne();
          return { status: r.status, body };
        }),
      ),
    );
    const chats = ['Who is the White Rabbit?', 'Where does Alice meet the Caterpillar?', 'Who is Alice?'].map(
      (message) =>
        settle(
          author.call('POST', `/projects/${projectId}/chat`, { message }).then(async (r) => ({
            status: r.status,
            body: (await r.json().catch(() => ({}))) as { messageId?: string },
          })),
        ),
    );
    // Stop once the work is under way: an upload accepted (its job queued or running) or 3 s.
    await Promise.race([firstAccepted, sleep(3000)]);
    const everything: StackService[] = ['backend', ...INTERNAL];
    const codes = await Promise.all(everything.map((name) => stack.stopService(name, 'SIGTERM')));
    // Graceful: every george-serve supervisor exits 0.
    expect(codes.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const uploaded = await Promise.all(uploads);
    const chatted = await Promise.all(chats);
    // What the stop left unfinished, read from the backend's database while everything is down.
    const handle = openDatabase<{ jobs: { status: string }; sagas: { status: string } }>({
      url: undefined,
      dataDir: join(stack.dataDir, 'backend'),
      fileName: 'backend.sqlite',
    });
    const atStop = {
      jobs: await handle.db.selectFrom('jobs').select('status').where('status', '!=', 'succeeded').execute(),
      sagas: await handle.db
        .selectFrom('sagas')
        .select('status')
        .where('status', 'in', ['running', 'compensating'])
        .execute(),
    };
    await handle.close();
    console.log('unfinished at the stop:', {
      jobs: atStop.jobs.map((j) => j.status),
      sagas: atStop.sagas.map((x) => x.status),
    });
    // The stop did cut work short (ingestion jobs still queued or running).
    expect(atStop.jobs.length).toBeGreaterThan(0);

    for (const name of INTERNAL) await stack.startService(name);
    await stack.startService('backend');

    // No saga left open: recovery completes or undoes every upload that was cut short.
    await eventually(
      async () => {
        const running = await json<{ sagas: unknown[] }>(operator.call('GET', '/admin/sagas?status=running'));
        const compensating = await json<{ sagas: unknown[] }>(
          operator.call('GET', '/admin/sagas?status=compensating'),
        );
        return running.sagas.length === 0 && compensating.sagas.length === 0;
      },
      60_000,
      500,
    );
    // Every accepted upload's job finishes; so does any job of an upload whose answer was cut off.
    for (const u of uploaded) {
      if ('value' in u && u.value.status === 202) {
        const job = await waitForJob(author.call, u.value.body.jobId as string);
        expect(job.error).toBeUndefined();
        expect(job.status).toBe('succeeded');
      }
    }
    await eventually(
      async () => {
        const { jobs } = await json<{ jobs: JobView[] }>(author.call('GET', `/projects/${projectId}/jobs`));
        expect(jobs.filter((j) => j.status === 'failed')).toEqual([]);
        return jobs.every((j) => j.status === 'succeeded');
      },
      150_000,
      500,
    );
    // Files and versions agree: every manuscript listed has its full text and a version; every
    // accepted upload is listed.
    const { files } = await json<{ files: Array<{ id: string; name: string; kind: string }> }>(
      author.call('GET', `/projects/${projectId}/files?kind=manuscript`),
    );
    const accepted = uploaded.flatMap((u) => ('value' in u && u.value.status === 202 ? [u.value.body] : []));
    for (const a of accepted) expect(files.map((f) => f.id)).toContain(a.file?.id);
    for (const f of files) {
      const expected = f.name === 'alice.txt' ? FIRST_TEXT : texts.find((t) => t.name === f.name)?.text;
      expect(expected, f.name).toBeDefined();
      const { text } = await json<{ text: string }>(
        author.call('GET', `/projects/${projectId}/files/${f.id}/text`),
      );
      expect(words(text)).toBe(words(expected as string));
      const { versions } = await json<{ versions: unknown[] }>(
        author.call('GET', `/projects/${projectId}/versions?fileId=${f.id}`),
      );
      expect(versions.length, f.name).toBeGreaterThanOrEqual(1);
    }
    // Every chat that was answered is in the history.
    const { messages } = await json<{ messages: Array<{ messageId: string }> }>(
      author.call('GET', `/projects/${projectId}/chat`),
    );
    for (const c of chatted) {
      if ('value' in c && c.value.status === 200) {
        expect(messages.map((m) => m.messageId)).toContain(c.value.body.messageId);
      }
    }
    console.table(
      [...uploaded, ...chatted].map((r, i) => ({
        request: i < uploaded.length ? texts[i]?.name : 'chat',
        outcome: 'value' in r ? r.value.status : r.error,
      })),
    );
  }, 240_000);

  it('a full disk under the filesystem service: a clear error, earlier files intact, the service works again once space is free', async () => {
    const dir = join(stack.dataDir, 'filesystem');
    const used = Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]);
    await stack.stopService('filesystem');
    renameSync(dir, `${dir}.orig`);
    mkdirSync(dir);
    // Room for what is there plus 256 KiB.
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${used + 256}k,mode=0700`, 'tmpfs', dir]);
    mounted = dir;
    execFileSync('cp', ['-a', `${dir}.orig/.`, dir]);
    rmSync(`${dir}.orig`, { recursive: true, force: true });
    await stack.startService('filesystem');
    const before = await json<{ files: Array<{ id: string }> }>(
      author.call('GET', `/projects/${projectId}/files`),
    );

    // More than the free space, several times over: each one a 507 the backend passes on (not a
    // 503: the filesystem service is up), and the circuit to the filesystem stays closed.
    for (let i = 0; i < 6; i++) {
      const res = await upload(author.call, projectId, `big-${i}.txt`, HOLMES.slice(0, 400_000));
      const body = await json<{ error: { code: string; message: string } }>(res);
      expect(res.status, JSON.stringify(body)).toBe(507);
      expect(body.error.code).toBe('insufficient_storage');
    }
    expect(await metric(stack.api, 'internal_client_circuit_state', { target: 'filesystem' })).toBe(0);

    // Nothing half-written is left: the saga is closed, the file is not listed, earlier text reads.
    await eventually(
      async () => {
        const running = await json<{ sagas: unknown[] }>(operator.call('GET', '/admin/sagas?status=running'));
        const compensating = await json<{ sagas: unknown[] }>(
          operator.call('GET', '/admin/sagas?status=compensating'),
        );
        return running.sagas.length === 0 && compensating.sagas.length === 0;
      },
      60_000,
      500,
    );
    const after = await json<{ files: Array<{ id: string; name: string }> }>(
      author.call('GET', `/projects/${projectId}/files`),
    );
    expect(after.files.map((f) => f.id).sort()).toEqual(before.files.map((f) => f.id).sort());
    const { text } = await json<{ text: string }>(
      author.call('GET', `/projects/${projectId}/files/${fileId}/text`),
    );
    expect(text).toBe(firstStored);
    // No temporary files left taking the space: a small file fits, and its job finishes.
    const small = await upload(author.call, projectId, 'small.txt', ALICE.slice(0, 2000));
    expect(small.status).toBe(202);
    const { jobId } = await json<{ jobId: string }>(small);
    expect((await waitForJob(author.call, jobId)).status).toBe('succeeded');
    expect(existsSync(join(dir, 'filesystem'))).toBe(true);
  }, 120_000);
});
