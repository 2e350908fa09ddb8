// Shared pieces of the benchmark scripts: processes, free ports, load with autocannon.
import { execFileSync, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TOKEN = randomBytes(24).toString('hex');

export function freePort() {
  return new Promise((r, j) => {
    const s = createServer();
    s.once('error', j);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => r(port));
    });
  });
}

export async function waitFor(url, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Starts `george-serve -w N` for an app module in production mode. */
export async function serve(app, workers, env = {}, fixedPort = undefined) {
  const port = fixedPort ?? (await freePort());
  const proc = spawn(
    process.execPath,
    [
      join(ROOT, 'packages/runtime/bin/george-serve.js'),
      '-w',
      String(workers),
      '-b',
      `127.0.0.1:${port}`,
      join(ROOT, app),
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        INTERNAL_SERVICE_TOKEN: TOKEN,
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/health`);
  return { url, port, pid: proc.pid, stop: () => stopProcess(proc) };
}

/** Pids of george-serve's workers (its direct children); none once it has ended (ps then fails). */
export function workerPids(supervisorPid) {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(supervisorPid)], { encoding: 'utf8' })
      .split('\n')
      .map((l) => Number(l.trim()))
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** A Chroma server on a free port keeping its data under `path`, answering once this resolves. */
export async function startChroma(path) {
  const port = await freePort();
  const proc = spawn(
    join(ROOT, 'node_modules/.bin/chroma'),
    ['run', '--path', path, '--host', '127.0.0.1', '--port', String(port)],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/api/v2/heartbeat`);
  } catch (err) {
    await stopProcess(proc);
    throw err;
  }
  return { url, stop: () => stopProcess(proc) };
}

export async function forkScript(script, env = {}) {
  const port = await freePort();
  const proc = fork(script.startsWith('/') ? script : join(ROOT, script), [], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: 'inherit',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/health`);
  return { url, port, pid: proc.pid, stop: () => stopProcess(proc) };
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc. Unlike requests per second,
 * CPU per request hardly moves when other work shares the machine.
 */
export function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** `load` against a process of ours, with the CPU it spent per request (microseconds). */
export async function loadWithCpu(pid, options) {
  const before = cpuSeconds(pid);
  const result = await autocannon({ connections: 50, duration: 5, ...options });
  const cpu = cpuSeconds(pid) - before;
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpuUsPerRequest: Math.round((cpu * 1e6) / Math.max(1, result.requests.total)),
  };
}

function stopProcess(proc) {
  return new Promise((r) => {
    if (proc.exitCode !== null) return r();
    proc.once('exit', () => r());
    proc.kill('SIGTERM');
    setTimeout(() => proc.kill('SIGKILL'), 15_000).unref();
  });
}

/** Runs autocannon and returns requests per second and latency percentiles. */
export async function load(options) {
  const result = await autocannon({ connections: 50, duration: 5, ...options });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export function table(rows) {
  console.table(rows);
}
