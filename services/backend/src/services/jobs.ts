import type { JobListQuery, JobView } from '@george/contracts/api';
import { parseStoredJson } from '@george/runtime';
import { Type } from '@sinclair/typebox';
import { FAILED_JOB_NOT_FOUND, JOB_NOT_FOUND } from '../errors.js';
import type { JobRunner } from '../jobs/runner.js';
import type { JobQueue } from '../repositories/jobs.js';
import type { JobsTable } from '../store/schema.js';
import type { AccessCache } from './access.js';
import { type Principal, requireOperator } from './principal.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const TERMINAL = new Set(['succeeded', 'failed']);

export function toJobView(row: JobsTable): JobView {
  const view: JobView = {
    id: row.id,
    type: row.type,
    projectId: row.project_id,
    fileId: row.file_id,
    status: row.status,
    progress: row.progress / 1000,
    message: row.message,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
    nextRunAt: row.status === 'queued' && row.attempts > 0 ? iso(row.run_at) : null,
  };
  if (row.error !== null) view.error = row.error;
  // Any JSON: each job type's handler decides its result.
  if (row.result !== null)
    view.result = parseStoredJson(Type.Unknown(), row.result, `jobs.result of job ${row.id}`);
  return view;
}

/** One step of a followed job: `progress` while it changes, `done` with its final state. */
export interface JobEvent {
  event: 'progress' | 'done';
  job: JobView;
}

export interface JobServiceDeps {
  queue: Pick<JobQueue, 'get' | 'listByProject' | 'requeue'>;
  access: AccessCache;
  runner: Pick<JobRunner, 'nudge'>;
}

/** Jobs: their state, per-project lists, following one to its end, retrying dead ones. */
export class JobService {
  constructor(
    private readonly deps: JobServiceDeps,
    private readonly pollMs = 300,
  ) {}

  /** The job, if the caller may read its project (404 otherwise: its existence is not revealed). */
  private async readable(principal: Principal, jobId: string): Promise<JobsTable> {
    const job = await this.deps.queue.get(jobId);
    if (!job?.project_id) throw JOB_NOT_FOUND();
    try {
      await this.deps.access.require(job.project_id, principal, 'read');
    } catch {
      throw JOB_NOT_FOUND();
    }
    return job;
  }

  async get(principal: Principal, jobId: string): Promise<JobView> {
    return toJobView(await this.readable(principal, jobId));
  }

  async listByProject(principal: Principal, projectId: string, query: JobListQuery): Promise<JobView[]> {
    await this.deps.access.require(projectId, principal, 'read');
    const rows = await this.deps.queue.listByProject(projectId, {
      limit: query.limit ?? 50,
      ...(query.status ? { status: query.status } : {}),
    });
    return rows.map(toJobView);
  }

  /**
   * Follows a job in the database (so it works from any worker): yields its view each time it
   * changes, `done` once it ended; null while nothing changed (the stream's keep-alive tick).
   * Access is checked before the first value.
   */
  async follow(principal: Principal, jobId: string): Promise<AsyncGenerator<JobEvent | null>> {
    let job = await this.readable(principal, jobId);
    const { queue } = this.deps;
    const pollMs = this.pollMs;
    return (async function* () {
      let last = '';
      for (;;) {
        const view = toJobView(job);
        const key = `${view.status}:${view.progress}:${view.message}:${view.attempts}`;
        if (key !== last) {
          last = key;
          const ended = TERMINAL.has(view.status);
          yield { event: ended ? 'done' : 'progress', job: view };
          if (ended) return;
        } else {
          yield null;
        }
        await new Promise((r) => setTimeout(r, pollMs));
        const next = await queue.get(job.id);
        if (!next) return;
        job = next;
      }
    })();
  }

  /** Operators: a failed (dead) job runs again. */
  async retry(principal: Principal, jobId: string): Promise<{ jobId: string }> {
    requireOperator(principal);
    if (!(await this.deps.queue.requeue(jobId))) throw FAILED_JOB_NOT_FOUND();
    this.deps.runner.nudge();
    return { jobId };
  }
}
