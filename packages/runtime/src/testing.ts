/**
 * Helpers for the tests of every package: free ports, real `george-serve` processes, and fresh
 * SQLite / PostgreSQL databases. Imported as `@george/runtime/testing`; never used at run time.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { DialectName } from './db/database.js';
import { errorMessage } from './errors.js';

/** A token good enough for george-serve's checks, new for every test process. */
export const TEST_TOKEN = `test-${randomBytes(24).toString('hex')}`;

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const GEORGE_SERVE = join(REPO_ROOT, 'packages/runtime/bin/george-serve.js');

/**
 * Ports for test servers are taken below Linux's ephemeral range (32768-60999): a port the kernel
 * handed out for `listen(0)` can be taken a moment later as the local end of some outgoing
 * connection, and the server started on it then fails with EADDRINUSE.
 */
const PORT_RANGE = { low: 20_000, high: 32_000 };
const handedOut = new Set<number>();

/**
 * Test files run in parallel processes, and a port is free between the check and the server's
 * start, so each port handed out is also claimed by a file named after it in this folder, holding
 * the claiming process's id. A normal exit releases the claims; a claim left by a killed process
 * (test workers are) is taken over by the next process that finds its owner gone.
 * (Two processes finding the same dead claim at the same instant can both take it; the random
 * choice among 12,000 ports makes that far rarer than the race this closes.)
 */
export const PORT_CLAIMS_DIR = join(tmpdir(), 'george-test-ports');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists and belongs to another user.
    return err instanceof Error && 'code' in err && err.code === 'EPERM';
  }
}

function releaseClaims(): void {
  for (const port of handedOut) {
    const file = join(PORT_CLAIMS_DIR, String(port));
    try {
      if (readFileSync(file, 'utf8') === String(process.pid)) rmSync(file, { force: true });
    } catch {
      // Already gone: nothing to release.
    }
  }
}

/** Claims `port` for this process across every test process on the machine; false if taken. */
export function claimPort(port: number): boolean {
  mkdirSync(PORT_CLAIMS_DIR, { recursive: true });
  const file = join(PORT_CLAIMS_DIR, String(port));
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      if (handedOut.size === 0) process.once('exit', releaseClaims);
      handedOut.add(port);
      return true;
    } catch (err) {
      if (!(err instanceof Error && 'code' in err && err.code === 'EEXIST')) throw err;
      let owner = Number.NaN;
      try {
        owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
      } catch {
        // Removed meanwhile by its owner: try again.
        continue;
      }
      // A claim being written has no id yet; treat it as live.
      if (!Number.isInteger(owner) || owner === process.pid || isAlive(owner)) return false;
      rmSync(file, { force: true });
    }
  }
  return false;
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolveListen) => {
    const server = createServer();
    server.once('error', () => resolveListen(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveListen(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = PORT_RANGE.low + Math.floor(Math.random() * (PORT_RANGE.high - PORT_RANGE.low));
    if (handedOut.has(port)) continue;
    if ((await canListen(port)) && claimPort(port)) return port;
  }
  throw new Error('no free port found for a test server');
}

export function tempDir(prefix = 'george-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface RunningProcess {
  proc: ChildProcess;
  port: number;
  url: string;
  output(): { stdout: string; stderr: string };
  /** Resolves with the exit code (or signal name) once the process ends. */
  exited: Promise<number | string>;
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

function track(proc: ChildProcess, port: number, host = '127.0.0.1'): RunningProcess {
  let stdout = '';
  let stderr = '';
  // GEORGE_TEST_LOGS names a folder that keeps every process's output after the test (diagnosis).
  const keep = process.env.GEORGE_TEST_LOGS;
  if (keep) mkdirSync(keep, { recursive: true });
  const logFile = keep ? join(keep, `${port}-${proc.pid ?? 'exited'}.log`) : undefined;
  proc.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (logFile) appendFileSync(logFile, d);
  });
  proc.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (logFile) appendFileSync(logFile, d);
  });
  const exited = new Promise<number | string>((r) =>
    proc.once('exit', (code, signal) => r(code ?? signal ?? -1)),
  );
  return {
    proc,
    port,
    url: `http://${host}:${port}`,
    output: () => ({ stdout, stderr }),
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      const timer = setTimeout(() => proc.kill('SIGKILL'), 20_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** Pids of the direct children of `parent` (the george-serve workers), read from /proc. */
export function childPids(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) pids.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return pids;
}

/** Runs a command to completion and returns its exit code and output. */
export function runToExit(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun) => {
    const proc = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd ?? REPO_ROOT });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    proc.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => proc.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr });
    });
  });
}

/** The environment of a production-mode test process: no NODE_ENV, a good token, quiet logs. */
export function productionEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
    LOG_LEVEL: 'warn',
    ...extra,
  };
  for (const key of [
    'NODE_ENV',
    'NODE_OPTIONS',
    'VITEST',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'DEV_MODE',
  ]) {
    if (!(key in extra)) delete env[key];
  }
  return env;
}

/**
 * Polls `url` until it answers 2xx. Each attempt has its own deadline (longer than a ready check's
 * 3 s), so one connection that is accepted and never answered cannot use up the whole wait.
 */
export async function waitForHttp(url: string, timeoutMs = 30_000, proc?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (proc && (proc.exitCode !== null || proc.signalCode !== null))
      throw new Error(`process exited before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(Math.min(10_000, timeoutMs)) });
      if (res.ok) return;
      last = `status ${res.status}`;
    } catch (err) {
      last = errorMessage(err);
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms (${last})`);
}

export interface ServeOptions {
  /** Path of the app module, relative to the repository root. */
  app: string;
  workers?: number;
  args?: string[];
  env?: NodeJS.ProcessEnv;
  port?: number;
  /** Wait for this path to answer 2xx before resolving (default /health). */
  readyPath?: string;
}

/** Starts `george-serve` on a free port in production mode and waits until it answers. */
export async function startServe(options: ServeOptions): Promise<RunningProcess> {
  const port = options.port ?? (await freePort());
  const args = [
    GEORGE_SERVE,
    '-w',
    String(options.workers ?? 1),
    '-b',
    `127.0.0.1:${port}`,
    ...(options.args ?? []),
    join(REPO_ROOT, options.app),
  ];
  const proc = spawn(process.execPath, args, { env: productionEnv(options.env), cwd: REPO_ROOT });
  const running = track(proc, port);
  try {
    await waitForHttp(`${running.url}${options.readyPath ?? '/health'}`, 60_000, proc);
  } catch (err) {
    await running.stop('SIGKILL');
    const { stdout, stderr } = running.output();
    throw new Error(`${errorMessage(err)}\nstdout: ${stdout.slice(-2000)}\nstderr: ${stderr.slice(-2000)}`);
  }
  return running;
}

/** Starts any command and tracks it like startServe (without waiting). */
export function startProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port = 0,
): RunningProcess {
  return track(spawn(command, args, { env, cwd: REPO_ROOT }), port);
}

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  dialect: DialectName;
  /** DATABASE_URL for PostgreSQL; undefined for SQLite. */
  url: string | undefined;
  dataDir: string;
  /** Environment variables that point a service at this database. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** The engines every storage suite runs against. */
export const TEST_DIALECTS: DialectName[] = ['sqlite', 'postgres'];

/** A fresh, empty database: a temporary SQLite directory, or a new PostgreSQL database. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const dir = tempDir();
  if (dialect === 'sqlite') {
    return {
      dialect,
      url: undefined,
      dataDir: dir.path,
      env: { DATA_DIR: dir.path },
      cleanup: async () => dir.remove(),
    };
  }
  const name = `george_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    dialect,
    url: url.toString(),
    dataDir: dir.path,
    env: { DATA_DIR: dir.path, DATABASE_URL: url.toString() },
    async cleanup() {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      dir.remove();
    },
  };
}

export interface LoadResult {
  ok: number;
  failed: number;
  errors: string[];
  pids: Set<number>;
}

/**
 * A steady request stream for process tests: `concurrency` loops, each with one request in flight,
 * until `stop()` is called. Every answer other than 2xx, and every network error, counts as failed.
 */
export function steadyLoad(
  url: string,
  options: { concurrency?: number; headers?: Record<string, string> } = {},
): { stop(): Promise<LoadResult>; result: LoadResult } {
  const result: LoadResult = { ok: 0, failed: 0, errors: [], pids: new Set() };
  let running = true;
  const loop = async () => {
    while (running) {
      try {
        const res = await fetch(url, { headers: options.headers ?? {} });
        const body = (await res.json().catch(() => ({}))) as { pid?: number };
        if (res.ok) {
          result.ok += 1;
          if (typeof body.pid === 'number') result.pids.add(body.pid);
        } else {
          result.failed += 1;
          result.errors.push(`status ${res.status}`);
        }
      } catch (err) {
        result.failed += 1;
        result.errors.push(err instanceof Error && err.cause ? String(err.cause) : errorMessage(err));
      }
    }
  };
  const loops = Array.from({ length: options.concurrency ?? 8 }, loop);
  return {
    result,
    async stop() {
      running = false;
      await Promise.all(loops);
      return result;
    },
  };
}

/** Polls `check` until it returns a truthy value or the time runs out. */
export async function eventually<T>(
  check: () => Promise<T> | T,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    await sleep(intervalMs);
  }
  throw new Error(`condition not met in ${timeoutMs} ms${lastError ? `: ${String(lastError)}` : ''}`);
}
