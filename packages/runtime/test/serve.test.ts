import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import {
  eventually,
  type RunningProcess,
  sleep,
  startServe,
  steadyLoad,
  TEST_TOKEN,
} from '../src/testing.js';

const APP = 'packages/runtime/test/fixtures/test-app.mjs';
const auth = { 'x-internal-token': TEST_TOKEN };

/** Workers that told the supervisor they listen (the log line is written once per worker start). */
function listening(proc: RunningProcess): number {
  return proc.output().stdout.split('worker listening').length - 1;
}

function workerPids(supervisorPid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(supervisorPid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((pid) => pid > 0);
  } catch {
    return [];
  }
}

let running: RunningProcess | undefined;
afterEach(async () => {
  await running?.stop('SIGKILL');
  running = undefined;
});

describe('george-serve supervisor', () => {
  it('runs four workers that share the port', async () => {
    running = await startServe({ app: APP, workers: 4 });
    const pid = running.proc.pid as number;
    const serve = running;
    // Kept-alive connections stay with the worker that accepted them: start the load once all listen.
    await eventually(() => listening(serve) === 4);
    const load = steadyLoad(`${running.url}/internal/pid`, { concurrency: 8, headers: auth });
    await eventually(() => load.result.pids.size === 4, 20_000);
    const result = await load.stop();
    expect(result.failed).toBe(0);
    expect([...result.pids].sort()).toEqual(workerPids(pid).sort());
  });

  it('replaces a worker killed with SIGKILL; only requests in flight on it fail', async () => {
    running = await startServe({ app: APP, workers: 4 });
    const pid = running.proc.pid as number;
    await eventually(() => workerPids(pid).length === 4);
    const concurrency = 8;
    const load = steadyLoad(`${running.url}/internal/pid`, { concurrency, headers: auth });
    await eventually(() => load.result.ok > 200);
    const before = workerPids(pid);
    const victim = before[0] as number;
    process.kill(victim, 'SIGKILL');
    const after = await eventually(() => {
      const now = workerPids(pid);
      return now.length === 4 && !now.includes(victim) ? now : undefined;
    });
    const okAtReplacement = load.result.ok;
    await eventually(() => load.result.ok > okAtReplacement + 200);
    const result = await load.stop();
    expect(after).not.toContain(victim);
    // Each loop has one request in flight: it can lose that one, plus one new connection the
    // cluster had already handed to the worker in the instant it died. Nothing else may fail.
    expect(result.failed).toBeLessThanOrEqual(2 * concurrency);
    expect(result.ok).toBeGreaterThan(50 * result.failed);
    expect(running.output().stdout).toContain('worker died; replacing it');
  });

  it('SIGTERM lets an in-flight request finish, then exits 0', async () => {
    running = await startServe({ app: APP, workers: 2 });
    const slow = fetch(`${running.url}/internal/slow?ms=1500`, { headers: auth });
    await sleep(300);
    running.proc.kill('SIGTERM');
    const res = await slow;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { slept: number }).slept).toBe(1500);
    expect(await running.exited).toBe(0);
    await expect(fetch(`${running.url}/health`)).rejects.toThrow();
  });

  it('SIGHUP replaces every worker without a failed request', async () => {
    running = await startServe({ app: APP, workers: 2 });
    const pid = running.proc.pid as number;
    await eventually(() => workerPids(pid).length === 2);
    const before = workerPids(pid);
    const load = steadyLoad(`${running.url}/internal/pid`, { concurrency: 6, headers: auth });
    await eventually(() => load.result.ok > 100);
    running.proc.kill('SIGHUP');
    await eventually(() => {
      const now = workerPids(pid);
      return now.length === 2 && now.every((p) => !before.includes(p));
    }, 30_000);
    const okAfterRoll = load.result.ok;
    await eventually(() => load.result.ok > okAfterRoll + 100);
    const result = await load.stop();
    expect(result.errors).toEqual([]);
    expect(result.failed).toBe(0);
  });

  it('kills and replaces a worker whose event loop blocks past --timeout', async () => {
    running = await startServe({ app: APP, workers: 2, args: ['--timeout', '1'] });
    const pid = running.proc.pid as number;
    await eventually(() => workerPids(pid).length === 2);
    const before = workerPids(pid);
    // The blocked request never completes: its worker is killed mid-request.
    const blocked = fetch(`${running.url}/internal/block?ms=8000`, { headers: auth }).catch(
      (err: Error) => err,
    );
    const replaced = await eventually(() => {
      const now = workerPids(pid);
      return now.length === 2 && before.some((p) => !now.includes(p)) ? now : undefined;
    }, 15_000);
    expect(replaced).toHaveLength(2);
    expect(await blocked).toBeInstanceOf(Error);
    expect(running.output().stdout).toContain('worker timed out');
    // The client may still hold an idle keep-alive connection to the killed worker and pick it for
    // the next request before it reads the close: the service must answer on a live connection.
    const url = `${running.url}/internal/pid`;
    const status = await eventually(async () => {
      const res = await fetch(url, { headers: auth });
      return res.status;
    });
    expect(status).toBe(200);
  });

  it('--max-requests recycles workers under load without a failed request', async () => {
    running = await startServe({
      app: APP,
      workers: 2,
      args: ['--max-requests', '100', '--max-requests-jitter', '10'],
    });
    const load = steadyLoad(`${running.url}/internal/pid`, { concurrency: 6, headers: auth });
    // Two workers that each retire after at most 110 requests: new generations keep taking over.
    await eventually(() => load.result.pids.size >= 6, 60_000);
    const result = await load.stop();
    expect(result.errors).toEqual([]);
    expect(result.failed).toBe(0);
    expect(running.output().stdout).toContain('worker reached max requests');
  });

  it('/metrics aggregates every worker and the supervisor, for token holders only', async () => {
    running = await startServe({ app: APP, workers: 2 });
    const serve = running;
    await eventually(() => listening(serve) === 2);
    expect((await fetch(`${running.url}/metrics`)).status).toBe(401);
    const requests = 40;
    for (let i = 0; i < requests; i++) {
      expect((await fetch(`${running.url}/internal/pid`, { headers: auth })).status).toBe(200);
    }
    const res = await fetch(`${running.url}/metrics`, { headers: auth });
    expect(res.status).toBe(200);
    const text = await res.text();
    const count = /http_request_duration_seconds_count\{[^}]*route="\/internal\/pid"[^}]*\} (\d+)/.exec(text);
    // The sum over both workers: whichever worker answers the scrape, it reports all 40.
    expect(Number(count?.[1])).toBe(requests);
    expect(text).toMatch(/^george_serve_workers 2$/m);
    expect(text).toContain('george_serve_heartbeat_kills_total');
  });
});
