// The backend under load: authenticated GET /v1/api/projects through george-serve -w 4 (each request
// verifies the bearer token locally and asks the auth server for the user's projects), a route the
// backend answers from its own database (GET /projects/:id/jobs, access cached), and the time from
// uploading Pride and Prejudice to its job's end.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, load, ROOT, serve, table, waitFor } from './lib.mjs';

const data = mkdtempSync(join(tmpdir(), 'george-bench-backend-'));
const OPERATOR = { email: 'operator@example.com', password: 'operator-password-1' };
const common = {};
const servers = [];
/** Starts a service; later services get its address (each is started after those it calls). */
async function start(name, workers, env = {}) {
  const s = await serve(`services/${name}/dist/app.js`, workers, {
    ...common,
    DATA_DIR: join(data, name),
    ...env,
  });
  servers.push(s);
  common[`${name.toUpperCase()}_SERVER_URL`] = s.url;
  return s;
}

/** A real Chroma server (the chromadb package), for the chroma service the ingestion uses. */
async function startChroma() {
  const port = await freePort();
  const proc = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/chromadb/dist/cli.mjs'),
      'run',
      '--path',
      join(data, 'chroma-data'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/v2/heartbeat`);
  return {
    url,
    stop: () =>
      new Promise((r) => {
        if (proc.exitCode !== null) return r();
        proc.once('exit', () => r());
        proc.kill('SIGTERM');
      }),
  };
}

let chroma;
try {
  chroma = await startChroma();
  await start('chroma', 1, { CHROMA_URL: chroma.url });
  await start('billing', 1);
  await start('auth', 2, {
    BOOTSTRAP_OPERATOR_EMAIL: OPERATOR.email,
    BOOTSTRAP_OPERATOR_PASSWORD: OPERATOR.password,
    ARGON2_MEMORY_KIB: '7168',
    ARGON2_TIME_COST: '2',
  });
  await start('filesystem', 1);
  await start('git', 1);
  const backend = await start('backend', 4);
  const api = `${backend.url}/v1/api`;
  const post = async (path, body, token) => {
    const res = await fetch(`${api}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const op = await post('/auth/login', OPERATOR);
  const { code } = await post('/admin/invites', { role: 'author' }, op.accessToken);
  await post('/auth/register', {
    email: 'bench@example.com',
    password: 'bench-password-1',
    inviteCode: code,
  });
  const { accessToken } = await post('/auth/login', {
    email: 'bench@example.com',
    password: 'bench-password-1',
  });
  const { project } = await post('/projects', { name: 'Bench' }, accessToken);
  const headers = { authorization: `Bearer ${accessToken}` };

  const rows = [];
  for (const [label, path] of [
    ['GET /v1/api/projects (auth server call)', '/projects'],
    ['GET /v1/api/projects/:id/jobs (own database)', `/projects/${project.id}/jobs`],
  ]) {
    await load({ url: `${api}${path}`, headers, duration: 2 });
    rows.push({ route: label, ...(await load({ url: `${api}${path}`, headers })) });
  }
  table(rows);

  const novel = readFileSync(join(ROOT, '../shared/data/novels/1342_pride_and_prejudice.txt'));
  const times = [];
  for (let i = 0; i < 5; i++) {
    const form = new FormData();
    form.append('file', new Blob([novel], { type: 'text/plain' }), `pride-${i}.txt`);
    const started = performance.now();
    const res = await fetch(`${api}/projects/${project.id}/files`, { method: 'POST', headers, body: form });
    if (res.status !== 202) throw new Error(`upload: ${res.status} ${await res.text()}`);
    const { jobId } = await res.json();
    const accepted = performance.now();
    for (;;) {
      const { job } = await (await fetch(`${api}/jobs/${jobId}`, { headers })).json();
      if (job.status === 'succeeded') break;
      if (job.status === 'failed') throw new Error(`job failed: ${job.error}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    times.push({ upload: Math.round(accepted - started), total: Math.round(performance.now() - started) });
    if (i === 0) {
      const { job } = await (await fetch(`${api}/jobs/${jobId}`, { headers })).json();
      console.log(`job result keys: ${Object.keys(job.result ?? {}).join(', ')}`);
    }
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `Pride and Prejudice (${(novel.length / 1024).toFixed(0)} KiB), 5 runs: upload answered (202) in ` +
      `${median(times.map((t) => t.upload))} ms, job done ${median(times.map((t) => t.total))} ms after the ` +
      `upload began (medians; runs: ${times.map((t) => t.total).join(', ')} ms)`,
  );
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await chroma?.stop();
  rmSync(data, { recursive: true, force: true });
}
