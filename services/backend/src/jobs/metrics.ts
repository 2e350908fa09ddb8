import { metrics } from '@george/runtime';
import type { Db } from '../store/db.js';

/**
 * Job queue gauges for `/metrics`, read from the jobs table at every scrape. The figures are
 * database-wide, so every george-serve worker reports the same value and the supervisor keeps the
 * maximum (a sum would count the queue once per worker).
 *
 * - `backend_job_queue_depth{state}`: jobs `queued` (due or waiting for a retry or a delayed start)
 *   and `running`.
 * - `backend_job_oldest_queued_age_seconds`: how long the oldest queued job that is due has been
 *   waiting since it became due (0 when none waits). A job scheduled for later, or backing off
 *   before a retry, does not count until its time comes.
 */
let source: Db | undefined;
let created = false;

async function read(db: Db, now: number) {
  const [counts, oldest] = await Promise.all([
    db
      .selectFrom('jobs')
      .select(['status', db.fn.countAll<number | string | bigint>().as('n')])
      .where('status', 'in', ['queued', 'running'])
      .groupBy('status')
      .execute(),
    db
      .selectFrom('jobs')
      .select(db.fn.min<number | string | bigint | null>('run_at').as('due'))
      .where('status', '=', 'queued')
      .where('run_at', '<=', now)
      .executeTakeFirst(),
  ]);
  const depth = { queued: 0, running: 0 };
  for (const row of counts) depth[row.status as 'queued' | 'running'] = Number(row.n);
  const due = oldest?.due === null || oldest?.due === undefined ? null : Number(oldest.due);
  return { depth, ageSeconds: due === null ? 0 : Math.max(0, now - due) / 1000 };
}

/** Points the gauges at this database (the gauges themselves are created once per process). */
export function registerJobMetrics(db: Db): void {
  source = db;
  if (created) return;
  created = true;
  let pending: ReturnType<typeof read> | undefined;
  // Both gauges are collected in the same scrape: one query pair serves both.
  const snapshot = () => {
    if (!source) return undefined;
    pending ??= read(source, Date.now()).finally(() => {
      setImmediate(() => {
        pending = undefined;
      });
    });
    return pending;
  };
  new metrics.Gauge({
    name: 'backend_job_queue_depth',
    help: 'Jobs in the queue by state (queued, running); database-wide',
    labelNames: ['state'] as const,
    aggregator: 'max',
    async collect() {
      this.reset();
      const s = await snapshot()?.catch(() => undefined);
      if (!s) return;
      this.set({ state: 'queued' }, s.depth.queued);
      this.set({ state: 'running' }, s.depth.running);
    },
  });
  new metrics.Gauge({
    name: 'backend_job_oldest_queued_age_seconds',
    help: 'Seconds the oldest due queued job has waited since it became due (0 when none); database-wide',
    aggregator: 'max',
    async collect() {
      this.reset();
      const s = await snapshot()?.catch(() => undefined);
      if (s) this.set(s.ageSeconds);
    },
  });
}
