/** The durable job queue and its runner on both engines: leases, fencing, retries, dead jobs, recovery. */
import { createLogger } from '@george/runtime';
import { eventually, TEST_DIALECTS } from '@george/runtime/testing';
import { describe, expect, it } from 'vitest';
import { JobRegistry, JobRunner, jobProjectId, PermanentJobError } from '../../src/jobs/runner.js';
import { JobQueue } from '../../src/repositories/jobs.js';
import { twoConnections } from '../support/database.js';

const log = createLogger('backend', 'production', 'silent');
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}
const settings = { maxAttempts: 3, leaseMs: 1000, backoffMs: 100, maxBackoffMs: 10_000 };

describe.each(TEST_DIALECTS)('job queue on %s', (dialect) => {
  const { one, two } = twoConnections(dialect);
  let clock = 1_000_000;
  const now = () => clock;

  it('two workers racing never claim the same job twice', async () => {
    const a = new JobQueue(one().db, settings, now);
    const b = new JobQueue(two().db, settings, now);
    for (let i = 0; i < 10; i++) await a.enqueue({ type: 'race', projectId: 'p1' });
    const claimed: string[] = [];
    await Promise.all(
      [a, b, a, b].map(async (queue) => {
        for (;;) {
          const run = await queue.claim(['race']);
          if (!run) {
            const left = await one()
              .db.selectFrom('jobs')
              .select('id')
              .where('type', '=', 'race')
              .where('status', '=', 'queued')
              .execute();
            if (left.length === 0) return;
            continue;
          }
          claimed.push(run.job.id);
        }
      }),
    );
    expect(claimed).toHaveLength(10);
    expect(new Set(claimed).size).toBe(10);
  });

  it('a run that lost its lease is fenced off; the new holder finishes the job', async () => {
    const queue = new JobQueue(one().db, settings, now);
    const job = await queue.enqueue({ type: 'lease' });
    const first = must(await queue.claim(['lease']));
    expect(first.job.id).toBe(job.id);
    expect(await queue.claim(['lease'])).toBeUndefined();
    expect(await queue.heartbeat(first, { value: 0.5, message: 'half' })).toBe(true);
    clock += settings.leaseMs + 1; // the first worker died (or stalled)
    const second = must(await new JobQueue(two().db, settings, now).claim(['lease']));
    expect(second.job.id).toBe(job.id);
    expect(second.job.attempts).toBe(2);
    expect(await queue.heartbeat(first)).toBe(false);
    expect(await queue.succeed(first, { from: 'first' })).toBe(false);
    expect(await queue.succeed(second, { from: 'second' })).toBe(true);
    const done = await queue.get(job.id);
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: 1000,
      result: JSON.stringify({ from: 'second' }),
    });
  });

  it('retries with back-off, then stays failed (dead) after the last attempt; an operator can requeue', async () => {
    const queue = new JobQueue(one().db, settings, now);
    const job = await queue.enqueue({ type: 'flaky' });
    for (let attempt = 1; attempt <= 3; attempt++) {
      const run = must(await queue.claim(['flaky']));
      expect(run.job.attempts).toBe(attempt);
      const outcome = await queue.fail(run, `boom ${attempt}`);
      expect(outcome).toBe(attempt < 3 ? 'retry' : 'dead');
      if (attempt < 3) {
        const row = await queue.get(job.id);
        expect(row?.status).toBe('queued');
        expect(row?.run_at).toBeGreaterThan(clock);
        expect(await queue.claim(['flaky'])).toBeUndefined(); // not before its back-off
        clock += settings.maxBackoffMs;
      }
    }
    expect(await queue.get(job.id)).toMatchObject({ status: 'failed', error: 'boom 3', attempts: 3 });
    clock += settings.maxBackoffMs;
    expect(await queue.claim(['flaky'])).toBeUndefined();
    expect(await queue.requeue(job.id)).toBe(true);
    expect((await queue.claim(['flaky']))?.job.id).toBe(job.id);
  });

  it('a job whose runs keep dying fails after its last attempt instead of looping', async () => {
    const queue = new JobQueue(one().db, settings, now);
    const job = await queue.enqueue({ type: 'crashy', maxAttempts: 1 });
    expect((await queue.claim(['crashy']))?.job.id).toBe(job.id);
    clock += settings.leaseMs + 1;
    expect(await queue.claim(['crashy'])).toBeUndefined();
    expect(await queue.get(job.id)).toMatchObject({ status: 'failed' });
  });

  it("a deleted project's queued jobs fail; running ones are counted", async () => {
    const queue = new JobQueue(one().db, settings, now);
    const cleanup = await queue.enqueue({ type: 'cleanup', projectId: 'gone' });
    const queued = await queue.enqueue({ type: 'work', projectId: 'gone' });
    await queue.enqueue({ type: 'work', projectId: 'gone' });
    const running = must(await queue.claim(['work']));
    expect(await queue.stopProjectJobs('gone', cleanup.id)).toBe(1);
    const other = running.job.id === queued.id ? undefined : await queue.get(queued.id);
    if (other) expect(other).toMatchObject({ status: 'failed', error: 'the project was deleted' });
    expect(await queue.get(cleanup.id)).toMatchObject({ status: 'queued' });
    expect(await queue.succeed(running, {})).toBe(true);
    expect(await queue.stopProjectJobs('gone', cleanup.id)).toBe(0);
  });

  it('enqueueing with the same dedupe key gives the same job', async () => {
    const queue = new JobQueue(one().db, settings, now);
    const a = await queue.enqueue({ type: 'once', dedupeKey: 'saga:x' });
    const b = await queue.enqueue({ type: 'once', dedupeKey: 'saga:x' });
    expect(b.id).toBe(a.id);
  });

  it('the runner runs handlers with progress, fails permanent errors at once, and recovers a dead worker’s job', async () => {
    const queue = new JobQueue(one().db, { ...settings, leaseMs: 300 });
    const registry = new JobRegistry();
    const seen: number[] = [];
    registry.register('count', async ({ payload, progress }) => {
      await progress(0.5, 'halfway');
      seen.push(payload.n as number);
      return { doubled: (payload.n as number) * 2 };
    });
    registry.register('broken', async () => {
      throw new PermanentJobError('cannot work');
    });
    // A job that was running in a process that died: its lease has expired.
    const orphan = await queue.enqueue({ type: 'count', payload: { n: 7 } });
    await one()
      .db.updateTable('jobs')
      .set({ status: 'running', attempts: 1, lease_token: 'dead-worker', lease_until: Date.now() - 1 })
      .where('id', '=', orphan.id)
      .execute();
    const runner = new JobRunner(queue, registry, { concurrency: 2, pollMs: 50, leaseMs: 300 }, log);
    runner.start();
    try {
      const job = await queue.enqueue({ type: 'count', payload: { n: 21 } });
      const broken = await queue.enqueue({ type: 'broken' });
      runner.nudge();
      const done = await eventually(async () => {
        const row = await queue.get(job.id);
        return row?.status === 'succeeded' ? row : undefined;
      });
      expect(JSON.parse(done.result as string)).toEqual({ doubled: 42 });
      expect(done.progress).toBe(1000);
      const failed = await eventually(async () => {
        const row = await queue.get(broken.id);
        return row?.status === 'failed' ? row : undefined;
      });
      expect(failed).toMatchObject({ attempts: 1, error: 'cannot work' });
      const recovered = await eventually(async () => {
        const row = await queue.get(orphan.id);
        return row?.status === 'succeeded' ? row : undefined;
      });
      expect(recovered.attempts).toBe(2);
      expect(seen).toHaveLength(2);
      expect(seen).toEqual(expect.arrayContaining([7, 21]));
    } finally {
      await runner.stop();
    }
  });

  it('a job without its project, or whose stored payload is not an object, fails at once', async () => {
    const queue = new JobQueue(one().db, settings);
    const registry = new JobRegistry();
    const ran: string[] = [];
    registry.register('project-work', async ({ job }) => {
      ran.push(jobProjectId(job));
    });
    const runner = new JobRunner(queue, registry, { concurrency: 1, pollMs: 50, leaseMs: 1000 }, log);
    const orphan = await queue.enqueue({ type: 'project-work' });
    const corrupt = await queue.enqueue({ type: 'project-work', projectId: 'p1' });
    await one().db.updateTable('jobs').set({ payload: '[1, 2]' }).where('id', '=', corrupt.id).execute();
    const sound = await queue.enqueue({ type: 'project-work', projectId: 'p2' });
    runner.start();
    try {
      const failed = async (id: string) =>
        eventually(async () => {
          const row = await queue.get(id);
          return row?.status === 'failed' ? row : undefined;
        });
      expect(await failed(orphan.id)).toMatchObject({
        attempts: 1,
        error: `job ${orphan.id} names no project`,
      });
      expect(await failed(corrupt.id)).toMatchObject({
        attempts: 1,
        error: 'the job payload is not a JSON object',
      });
      await eventually(async () => ((await queue.get(sound.id))?.status === 'succeeded' ? true : undefined));
      expect(ran).toEqual(['p2']);
    } finally {
      await runner.stop();
    }
  });
});
