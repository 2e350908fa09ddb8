// Load test of the whole stack as `npm start` runs it (a Chroma server, every service under
// george-serve with 2 workers, production mode, on 127.0.0.1): 50 simulated users, each with its
// own account and session, share a project holding Alice's Adventures in Wonderland and loop over a
// mix of reads (project list, entity list, file text ranges), searches and offline chats for a
// bounded time. Two phases of the same length: steady, then one backend worker killed (SIGKILL) a
// few seconds in. Reports throughput and latency per route in each phase and the error rate
// around the kill. Settings: STACK_LOAD_USERS (50), STACK_LOAD_SECONDS per phase (30),
// STACK_LOAD_THINK_MS (mean pause between a user's requests, 200).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT, serve, startChroma, waitFor, workerPids } from './lib.mjs';

const USERS = Number(process.env.STACK_LOAD_USERS ?? 50);
const PHASE_SECONDS = Number(process.env.STACK_LOAD_SECONDS ?? 30);
const THINK_MS = Number(process.env.STACK_LOAD_THINK_MS ?? 200);
const WORKERS = 2;
const NOVEL = join(ROOT, '../shared/data/novels/11_alices_adventures_in_wonderland.txt');
const OPERATOR = { email: 'bench@example.com', password: 'bench-password-123' };

// What a user does next, by weight.
const MIX = [
  ['GET projects', 30],
  ['GET entities', 20],
  ['GET file text range', 25],
  ['POST search', 15],
  ['POST chat (offline)', 10],
];
const QUERIES = [
  'White Rabbit pink eyes',
  'the Queen of Hearts shouts off with her head',
  'Cheshire Cat grin',
  'Mad Hatter tea party',
  'the Caterpillar and the mushroom',
  'Alice falls down the rabbit hole',
];
const QUESTIONS = [
  'Who is the White Rabbit?',
  'Where does Alice meet the Caterpillar?',
  'Who is the Queen of Hearts?',
  'What does the Cheshire Cat say to Alice?',
  'Who is at the tea party?',
];

const pick = (list) => list[Math.floor(Math.random() * list.length)];
function pickRoute() {
  const total = MIX.reduce((s, [, w]) => s + w, 0);
  let r = Math.random() * total;
  for (const [name, w] of MIX) {
    r -= w;
    if (r < 0) return name;
  }
  return MIX[0][0];
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const dir = mkdtempSync(join(tmpdir(), 'george-bench-stack-'));
const procs = [];
let chroma;
try {
  chroma = await startChroma(join(dir, 'chromadb'));
  const names = ['billing', 'auth', 'filesystem', 'git', 'chroma', 'external-data'];
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()])));
  const url = (n) => `http://127.0.0.1:${ports[n]}`;
  const common = {
    AUTH_SERVER_URL: url('auth'),
    BILLING_SERVER_URL: url('billing'),
    FILESYSTEM_SERVER_URL: url('filesystem'),
    GIT_SERVER_URL: url('git'),
    CHROMA_SERVER_URL: url('chroma'),
    EXTERNAL_DATA_SERVER_URL: url('external-data'),
    CHROMA_URL: chroma.url,
  };
  const authEnv = {
    BOOTSTRAP_OPERATOR_EMAIL: OPERATOR.email,
    BOOTSTRAP_OPERATOR_PASSWORD: OPERATOR.password,
    // Every simulated user signs up from 127.0.0.1: the per-address invite limit would refuse the
    // 21st check (logins succeed, and only failures are counted). Cheaper password hashing keeps
    // the set-up short; neither touches the measured routes (sessions are verified by their JWT).
    INVITE_CHECKS_PER_ADDRESS: '10000',
    ARGON2_MEMORY_KIB: '7168',
    ARGON2_TIME_COST: '2',
  };
  for (const n of names) {
    procs.push(
      await serve(
        `services/${n}/dist/app.js`,
        WORKERS,
        { ...common, DATA_DIR: join(dir, n), ...(n === 'auth' ? authEnv : {}) },
        ports[n],
      ),
    );
  }
  const backend = await serve('services/backend/dist/app.js', WORKERS, {
    ...common,
    DATA_DIR: join(dir, 'backend'),
  });
  procs.push(backend);
  await waitFor(`${backend.url}/ready`);
  const api = `${backend.url}/v1/api`;
  const call = async (token, method, path, body) => {
    const res = await fetch(`${api}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, json };
  };

  // Set-up: the operator invites every user; the first creates the project, uploads the novel
  // and shares the project with the others (read access).
  const admin = await call(undefined, 'POST', '/auth/login', OPERATOR);
  const users = [];
  for (let i = 0; i < USERS; i++) {
    const invite = await call(admin.json.accessToken, 'POST', '/admin/invites', { role: 'author' });
    const reg = await call(undefined, 'POST', '/auth/register', {
      email: `user${i}@example.com`,
      password: `user-password-${i}-x`,
      inviteCode: invite.json.code,
      name: `User ${i}`,
    });
    if (reg.status !== 201) throw new Error(`register ${i}: ${reg.status} ${JSON.stringify(reg.json)}`);
    users.push({ token: reg.json.accessToken, email: `user${i}@example.com` });
  }
  const owner = users[0];
  const project = await call(owner.token, 'POST', '/projects', { name: 'Wonderland' });
  const projectId = project.json.project.id;
  const form = new FormData();
  const novel = readFileSync(NOVEL);
  form.append('file', new Blob([novel], { type: 'text/plain' }), 'alice.txt');
  const ingestStart = performance.now();
  const upload = await call(owner.token, 'POST', `/projects/${projectId}/files`, form);
  if (upload.status !== 202) throw new Error(`upload: ${upload.status} ${JSON.stringify(upload.json)}`);
  const fileId = upload.json.file.id;
  for (;;) {
    const { json } = await call(owner.token, 'GET', `/jobs/${upload.json.jobId}`);
    if (json.job.status === 'failed') throw new Error(`ingestion failed: ${json.job.error}`);
    if (json.job.status === 'succeeded') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const ingestSeconds = (performance.now() - ingestStart) / 1000;
  // Shared as a user shares: an invitation by e-mail, which the reader accepts.
  for (const u of users.slice(1)) {
    const invited = await call(owner.token, 'POST', `/projects/${projectId}/invitations`, {
      email: u.email,
      level: 'read',
    });
    if (invited.status !== 201) throw new Error(`invite: ${invited.status} ${JSON.stringify(invited.json)}`);
    const accepted = await call(u.token, 'POST', `/invitations/${invited.json.invitation.id}/accept`);
    if (accepted.status !== 200)
      throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.json)}`);
  }
  const { json: textJson } = await call(owner.token, 'GET', `/projects/${projectId}/files/${fileId}/text`);
  const textLength = textJson.text.length;

  const requests = {
    'GET projects': (t) => call(t, 'GET', '/projects'),
    'GET entities': (t) => call(t, 'GET', `/projects/${projectId}/entities?type=character`),
    'GET file text range': (t) => {
      const start = Math.floor(Math.random() * Math.max(1, textLength - 2000));
      return call(t, 'GET', `/projects/${projectId}/files/${fileId}/text?start=${start}&end=${start + 2000}`);
    },
    'POST search': (t) =>
      call(t, 'POST', `/projects/${projectId}/search`, { query: pick(QUERIES), limit: 5 }),
    'POST chat (offline)': (t) =>
      call(t, 'POST', `/projects/${projectId}/chat`, { message: pick(QUESTIONS) }),
  };

  // Warm-up: every route once per user, not measured.
  await Promise.all(users.map((u) => Promise.all(Object.values(requests).map((r) => r(u.token)))));

  const samples = [];
  const runStart = performance.now();
  const runEnd = runStart + 2 * PHASE_SECONDS * 1000;
  const user = async (u) => {
    while (performance.now() < runEnd) {
      const route = pickRoute();
      const start = performance.now();
      let status = 0;
      let error = '';
      try {
        ({ status } = await requests[route](u.token));
      } catch (err) {
        error = String(err.cause?.code ?? err.message);
      }
      samples.push({ route, start, end: performance.now(), status, error });
      await new Promise((r) => setTimeout(r, Math.random() * 2 * THINK_MS));
    }
  };
  const loops = users.map(user);

  // Phase 2 starts at PHASE_SECONDS; a backend worker is killed 5 s into it.
  await new Promise((r) => setTimeout(r, PHASE_SECONDS * 1000 + 5000));
  const before = workerPids(backend.pid);
  const victim = before[0];
  const killAt = performance.now();
  process.kill(victim, 'SIGKILL');
  let replacedAfterMs = null;
  while (performance.now() < runEnd) {
    const pids = workerPids(backend.pid);
    if (replacedAfterMs === null && pids.length === WORKERS && !pids.includes(victim)) {
      replacedAfterMs = Math.round(performance.now() - killAt);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await Promise.all(loops);

  const phaseEnd = runStart + PHASE_SECONDS * 1000;
  const failedSample = (s) => s.error !== '' || s.status < 200 || s.status >= 300;
  const summarise = (list, seconds) => {
    const rows = [];
    for (const [route] of [...MIX, ['all']]) {
      const mine = route === 'all' ? list : list.filter((s) => s.route === route);
      const ok = mine.filter((s) => !failedSample(s));
      const lat = ok.map((s) => s.end - s.start).sort((a, b) => a - b);
      rows.push({
        route,
        requests: mine.length,
        'req/s': Number((mine.length / seconds).toFixed(1)),
        errors: mine.length - ok.length,
        'p50 ms': Math.round(percentile(lat, 50)),
        'p95 ms': Math.round(percentile(lat, 95)),
        'p99 ms': Math.round(percentile(lat, 99)),
      });
    }
    return rows;
  };
  const steady = samples.filter((s) => s.start < phaseEnd);
  const killed = samples.filter((s) => s.start >= phaseEnd);
  console.log(
    `\n${USERS} users, ${PHASE_SECONDS} s per phase, think time ${THINK_MS} ms mean; ${WORKERS} george-serve workers per service; ` +
      `Alice (${novel.length} bytes) ingested in ${ingestSeconds.toFixed(1)} s; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
  );
  console.log('Phase 1: steady');
  console.table(summarise(steady, PHASE_SECONDS));
  console.log(`Phase 2: a backend worker killed (SIGKILL) ${((killAt - phaseEnd) / 1000).toFixed(1)} s in`);
  console.table(summarise(killed, PHASE_SECONDS));
  const inFlightAtKill = samples.filter((s) => s.start <= killAt && s.end >= killAt).length;
  const around = samples.filter((s) => s.end >= killAt && s.start <= killAt + 10_000);
  const failures = killed.filter(failedSample);
  const kinds = {};
  for (const f of failures) {
    const k = f.error || `status ${f.status}`;
    kinds[k] = (kinds[k] ?? 0) + 1;
  }
  console.table([
    {
      'requests in flight at the kill': inFlightAtKill,
      'failed in phase 2': failures.length,
      'phase 2 error rate %': Number(((100 * failures.length) / Math.max(1, killed.length)).toFixed(2)),
      'error rate %, 10 s after the kill': Number(
        ((100 * around.filter(failedSample).length) / Math.max(1, around.length)).toFixed(2),
      ),
      'replacement forked after (ms)': replacedAfterMs,
      'failures by kind': JSON.stringify(kinds),
    },
  ]);
} finally {
  for (const p of procs.reverse()) await p.stop();
  await chroma?.stop();
  rmSync(dir, { recursive: true, force: true });
}
