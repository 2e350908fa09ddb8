// Billing benchmark: hold-and-capture pairs per second through `george-serve -w 4` (built code in
// services/billing/dist), on SQLite and on PostgreSQL (when 127.0.0.1:5432 answers). Bounded loops
// against 127.0.0.1 only; prints the figures and exits.
//   node bench/billing.mjs [pairs=6000] [concurrency=32]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

import { freePort, ROOT, workerPids } from './lib.mjs';

const APP = join(ROOT, 'services/billing/dist/app.js');
const SERVE = join(ROOT, 'packages/runtime/bin/george-serve.js');
const TOKEN = randomBytes(24).toString('hex');
const PAIRS = Number(process.argv[2] ?? 6000);
const CONCURRENCY = Number(process.argv[3] ?? 32);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 4);
const ACCOUNTS = 64;
const PG_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

if (!existsSync(APP)) {
  console.error('services/billing/dist/app.js is missing: run `npx tsc -b services/billing` first');
  process.exit(1);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function request(port, method, path, body) {
  return new Promise((resolvePromise, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          'x-internal-token': TOKEN,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolvePromise({ status: res.statusCode, body: text ? JSON.parse(text) : undefined });
        });
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(payload);
  });
}

async function startServe(env) {
  const port = await freePort();
  const proc = spawn(process.execPath, [SERVE, '-w', String(WORKERS), '-b', `127.0.0.1:${port}`, APP], {
    env: { ...process.env, NODE_ENV: 'production', INTERNAL_SERVICE_TOKEN: TOKEN, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // A loaded machine can take minutes to start four workers; a server that never becomes ready is
  // killed, never left behind.
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error('george-serve exited');
    try {
      if ((await request(port, 'GET', '/ready')).status === 200) break;
    } catch {}
    if (Date.now() > deadline) {
      proc.kill('SIGTERM');
      throw new Error('george-serve did not become ready');
    }
    await sleep(100);
  }
  const stop = () =>
    new Promise((r) => {
      if (proc.exitCode !== null) return r();
      proc.once('exit', r);
      proc.kill('SIGTERM');
      setTimeout(() => proc.kill('SIGKILL'), 15_000).unref();
    });
  return { port, pid: proc.pid, stop };
}

/** CPU seconds (user + system) used so far by george-serve and its workers, from /proc. */
function serverCpuSeconds(pid) {
  const pids = [pid, ...workerPids(pid)];
  let ticks = 0;
  for (const p of pids) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {}
  }
  return ticks / 100;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Runs `count` hold-then-capture pairs with `CONCURRENCY` loops; returns pairs/s and latencies. */
async function runPairs(port, count, tag) {
  let next = 0;
  let errors = 0;
  const latencies = [];
  const loop = async () => {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      const userId = `bench-${i % ACCOUNTS}`;
      const started = performance.now();
      const hold = await request(port, 'POST', '/holds', {
        userId,
        amount: 10,
        idempotencyKey: `${tag}-${i}`,
      });
      if (hold.status !== 201) {
        errors++;
        continue;
      }
      const capture = await request(port, 'POST', `/holds/${hold.body.holdId}/capture`, { amount: 7 });
      if (capture.status !== 200) errors++;
      latencies.push(performance.now() - started);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    pairs: count,
    seconds: Number(seconds.toFixed(2)),
    pairsPerSecond: Math.round(count / seconds),
    p50ms: Number(percentile(latencies, 50).toFixed(1)),
    p99ms: Number(percentile(latencies, 99).toFixed(1)),
    errors,
  };
}

async function bench(engine, env) {
  const server = await startServe(env);
  try {
    for (let a = 0; a < ACCOUNTS; a++) {
      await request(server.port, 'POST', '/accounts', { userId: `bench-${a}`, plan: 'author' });
    }
    await runPairs(server.port, Math.min(1000, PAIRS), 'warm');
    const cpuBefore = serverCpuSeconds(server.pid);
    const result = await runPairs(server.port, PAIRS, 'run');
    result.serverCpuMsPerPair = Number(
      (((serverCpuSeconds(server.pid) - cpuBefore) * 1000) / PAIRS).toFixed(2),
    );
    // Sanity: the ledger moved exactly 7 credits per successful pair.
    let spent = 0;
    for (let a = 0; a < ACCOUNTS; a++) {
      const { body } = await request(server.port, 'GET', `/accounts/bench-${a}`);
      spent += 50_000 - body.balance;
      if (body.held !== 0) result.errors++;
    }
    const expected = 7 * (Math.min(1000, PAIRS) + PAIRS - result.errors);
    return { engine, workers: WORKERS, concurrency: CONCURRENCY, ...result, ledgerOk: spent === expected };
  } finally {
    await server.stop();
  }
}

const rows = [];
const dir = mkdtempSync(join(tmpdir(), 'george-bench-billing-'));
try {
  rows.push(await bench('sqlite', { DATA_DIR: dir }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const name = `george_bench_billing_${randomBytes(4).toString('hex')}`;
let admin;
try {
  admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
} catch (err) {
  console.log(`PostgreSQL not reachable (${err.message}); skipping it`);
  admin = undefined;
}
if (admin) {
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const pgDir = mkdtempSync(join(tmpdir(), 'george-bench-billing-'));
  try {
    rows.push(
      await bench('postgres', { DATA_DIR: pgDir, DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '8' }),
    );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(pgDir, { recursive: true, force: true });
  }
}
agent.destroy();
console.log('billing: hold-and-capture pairs through george-serve -w 4 (target >= 1,000 pairs/s on SQLite)');
console.table(rows);
console.log(
  `load average while measuring: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
);
process.exit(rows.every((r) => r.errors === 0 && r.ledgerOk) ? 0 : 1);
