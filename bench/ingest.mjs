// Ingestion end to end on the embedded defaults: upload Pride and Prejudice and Moby Dick through
// the backend (one george-serve worker, so one process does the work), and report the time from
// upload to the story bible ready (the job's last step, the embedding of the passages, has begun),
// from upload to job done (passages embedded too), and the backend worker's peak memory (VmHWM).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMBEDDING_STEP } from '../services/backend/dist/jobs/ingest.js';
import { freePort, ROOT, serve, startChroma, workerPids } from './lib.mjs';

const NOVELS = join(ROOT, '../shared/data/novels');
const BOOKS = [
  ['Pride and Prejudice', '1342_pride_and_prejudice.txt'],
  ['Moby Dick', '2489_moby_dick.txt'],
];
const OPERATOR = { email: 'bench@example.com', password: 'bench-password-123' };

function peakRssMb(supervisorPid) {
  return Math.max(
    ...workerPids(supervisorPid).map((pid) => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    }),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'george-bench-ingest-'));
const procs = [];
let chroma;
try {
  chroma = await startChroma(join(dir, 'chromadb'));
  const names = ['billing', 'auth', 'filesystem', 'git', 'chroma'];
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()])));
  const url = (n) => `http://127.0.0.1:${ports[n]}`;
  const common = {
    AUTH_SERVER_URL: url('auth'),
    BILLING_SERVER_URL: url('billing'),
    FILESYSTEM_SERVER_URL: url('filesystem'),
    GIT_SERVER_URL: url('git'),
    CHROMA_SERVER_URL: url('chroma'),
    CHROMA_URL: chroma.url,
    BOOTSTRAP_OPERATOR_EMAIL: OPERATOR.email,
    BOOTSTRAP_OPERATOR_PASSWORD: OPERATOR.password,
  };
  for (const n of names) {
    procs.push(await serve(`services/${n}/dist/app.js`, 1, { ...common, DATA_DIR: join(dir, n) }, ports[n]));
  }
  const backend = await serve('services/backend/dist/app.js', 1, {
    ...common,
    DATA_DIR: join(dir, 'backend'),
    JOB_POLL_MS: '100',
  });
  procs.push(backend);
  const api = backend.url;
  const login = await (
    await fetch(`${api}/v1/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(OPERATOR),
    })
  ).json();
  const auth = { authorization: `Bearer ${login.accessToken}` };
  const rows = [];
  for (const [title, file] of BOOKS) {
    const project = await (
      await fetch(`${api}/v1/api/projects`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ name: title }),
      })
    ).json();
    const text = readFileSync(join(NOVELS, file));
    const form = new FormData();
    form.append('file', new Blob([text], { type: 'text/plain' }), file);
    const started = performance.now();
    const upload = await (
      await fetch(`${api}/v1/api/projects/${project.project.id}/files`, {
        method: 'POST',
        headers: auth,
        body: form,
      })
    ).json();
    let job;
    let bibleReady;
    for (;;) {
      job = (await (await fetch(`${api}/v1/api/jobs/${upload.jobId}`, { headers: auth })).json()).job;
      if (bibleReady === undefined && job.message?.startsWith(EMBEDDING_STEP)) {
        bibleReady = (performance.now() - started) / 1000;
      }
      if (job.status === 'succeeded' || job.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    rows.push({
      book: title,
      words: (text.toString().match(/\S+/g) ?? []).length,
      status: job.status,
      'upload to story bible ready (s)': Number((bibleReady ?? seconds).toFixed(1)),
      'upload to job done (s)': Number(seconds.toFixed(1)),
      chunks: job.result?.chunks,
      entities: job.result?.entities,
      sheets: job.result?.sheets,
      'backend worker peak RSS (MB)': Math.round(peakRssMb(backend.pid)),
    });
  }
  console.table(rows);
} finally {
  for (const p of procs.reverse()) await p.stop();
  await chroma?.stop();
  rmSync(dir, { recursive: true, force: true });
}
