import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { isUniqueViolation } from '@george/runtime';
import type { Db } from '../store/db.js';
import type { JobStatus, JobsTable } from '../store/schema.js';

export interface EnqueueOptions {
  type: string;
  projectId?: string | null;
  fileId?: string | null;
  payload?: Record<string, unknown>;
  maxAttempts?: number;
  dedupeKey?: string;
  createdBy?: string;
  runAt?: number;
}

/** A claimed run of a job: every write of the run is fenced by `token`. */
export interface JobRun {
  job: JobsTable;
  token: string;
}

export interface QueueSettings {
  maxAttempts: number;
  leaseMs: number;
  backoffMs: number;
  maxBackoffMs: number;
}

/** This process, as recorded on the jobs it runs. */
const WORKER = `${hostname()}:${process.pid}`.slice(0, 128);

/** What a service needs to queue a job: the queued job's id (JobQueue is one). */
export interface JobEnqueuer {
  enqueue(options: EnqueueOptions): Promise<Pick<JobsTable, 'id'>>;
}

/**
 * The durable job queue in the backend's database. A job is claimed by a compare-and-set on its row
 * (queued and due, or running with an expired lease), so at most one run holds it at a time across
 * every worker and process; the run renews its lease while it works, and a run whose process died
 * is taken over once the lease expires. Failures are retried with exponential back-off and jitter;
 * after `max_attempts` the job stays `failed` (the dead state) and is never run again.
 */
export class JobQueue {
  constructor(
    private readonly db: Db,
    readonly settings: QueueSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Inserts a job (or returns the existing one with the same dedupe key). Works inside a transaction too. */
  async enqueue(options: EnqueueOptions, db: Db = this.db): Promise<JobsTable> {
    const now = this.now();
    const row: JobsTable = {
      id: randomUUID(),
      type: options.type,
      project_id: options.projectId ?? null,
      file_id: options.fileId ?? null,
      payload: JSON.stringify(options.payload ?? {}),
      status: 'queued',
      progress: 0,
      message: null,
      error: null,
      result: null,
      attempts: 0,
      max_attempts: options.maxAttempts ?? this.settings.maxAttempts,
      run_at: options.runAt ?? now,
      lease_token: null,
      lease_until: null,
      worker: null,
      dedupe_key: options.dedupeKey ?? null,
      created_by: options.createdBy ?? null,
      created_at: now,
      updated_at: now,
      started_at: null,
      finished_at: null,
    };
    if (options.dedupeKey) {
      const existing = await db
        .selectFrom('jobs')
        .selectAll()
        .where('dedupe_key', '=', options.dedupeKey)
        .executeTakeFirst();
      if (existing) return existing;
    }
    try {
      await db.insertInto('jobs').values(row).execute();
    } catch (err) {
      if (options.dedupeKey && isUniqueViolation(err)) {
        return db
          .selectFrom('jobs')
          .selectAll()
          .where('dedupe_key', '=', options.dedupeKey)
          .executeTakeFirstOrThrow();
      }
      throw err;
    }
    return row;
  }

  get(id: string): Promise<JobsTable | undefined> {
    return this.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Resolves when the database answers (readiness). */
  async ping(): Promise<void> {
    await this.db.selectFrom('jobs').select('id').limit(1).execute();
  }

  listByProject(
    projectId: string,
    options: { status?: JobStatus; limit?: number } = {},
  ): Promise<JobsTable[]> {
    let query = this.db.selectFrom('jobs').selectAll().where('project_id', '=', projectId);
    if (options.status) query = query.where('status', '=', options.status);
    return query
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(options.limit ?? 50)
      .execute();
  }

  /**
   * Claims one due job of the given types: queued and due, or running with an expired lease (its
   * worker died). The UPDATE is conditional on the row still being in the state it was read in,
   * so two workers racing for the same job cannot both win.
   */
  async claim(types: string[]): Promise<JobRun | undefined> {
    if (types.length === 0) return undefined;
    const now = this.now();
    const candidates = await this.db
      .selectFrom('jobs')
      .select(['id', 'status', 'attempts', 'max_attempts', 'lease_token'])
      .where('type', 'in', types)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
          eb.and([eb('status', '=', 'running'), eb('lease_until', '<', now)]),
        ]),
      )
      .orderBy('run_at')
      .limit(5)
      .execute();
    for (const candidate of candidates) {
      // A job whose runs keep dying (crash, kill) must not loop forever: it counts as an attempt.
      if (candidate.status === 'running' && candidate.attempts >= candidate.max_attempts) {
        await this.db
          .updateTable('jobs')
          .set({
            status: 'failed',
            error: 'the job was interrupted on its last attempt',
            lease_token: null,
            lease_until: null,
            finished_at: now,
            updated_at: now,
          })
          .where('id', '=', candidate.id)
          .where('status', '=', 'running')
          .where('lease_until', '<', now)
          .execute();
        continue;
      }
      const token = randomBytes(16).toString('hex');
      let update = this.db
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          lease_token: token,
          lease_until: now + this.settings.leaseMs,
          worker: WORKER,
          attempts: eb('attempts', '+', 1),
          started_at: now,
          updated_at: now,
        }))
        .where('id', '=', candidate.id)
        .where('status', '=', candidate.status)
        .where('attempts', '=', candidate.attempts);
      update =
        candidate.lease_token === null
          ? update.where('lease_token', 'is', null)
          : update.where('lease_token', '=', candidate.lease_token);
      const result = await update.executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) {
        const job = await this.db
          .selectFrom('jobs')
          .selectAll()
          .where('id', '=', candidate.id)
          .executeTakeFirstOrThrow();
        return { job, token };
      }
    }
    return undefined;
  }

  /** Renews the lease and records progress; false when the run no longer holds the job. */
  async heartbeat(run: JobRun, progress?: { value: number; message?: string | undefined }): Promise<boolean> {
    const now = this.now();
    const set: Partial<JobsTable> = { lease_until: now + this.settings.leaseMs, updated_at: now };
    if (progress) {
      set.progress = Math.round(Math.min(1, Math.max(0, progress.value)) * 1000);
      if (progress.message !== undefined) set.message = progress.message.slice(0, 500);
    }
    const result = await this.db
      .updateTable('jobs')
      .set(set)
      .where('id', '=', run.job.id)
      .where('lease_token', '=', run.token)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async succeed(run: JobRun, result: unknown): Promise<boolean> {
    const now = this.now();
    const res = await this.db
      .updateTable('jobs')
      .set({
        status: 'succeeded',
        progress: 1000,
        message: 'done',
        error: null,
        result: result === undefined ? null : JSON.stringify(result),
        lease_token: null,
        lease_until: null,
        finished_at: now,
        updated_at: now,
      })
      .where('id', '=', run.job.id)
      .where('lease_token', '=', run.token)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  /** Records a failed attempt: queued again after a back-off, or failed for good (dead). */
  async fail(run: JobRun, error: string, permanent = false): Promise<'retry' | 'dead' | 'lost'> {
    const now = this.now();
    const dead = permanent || run.job.attempts >= run.job.max_attempts;
    const delay = Math.min(
      this.settings.maxBackoffMs,
      this.settings.backoffMs * 2 ** Math.max(0, run.job.attempts - 1),
    );
    const jittered = Math.round(delay / 2 + Math.random() * (delay / 2));
    const res = await this.db
      .updateTable('jobs')
      .set(
        dead
          ? {
              status: 'failed',
              error: error.slice(0, 2000),
              lease_token: null,
              lease_until: null,
              finished_at: now,
              updated_at: now,
            }
          : {
              status: 'queued',
              error: error.slice(0, 2000),
              lease_token: null,
              lease_until: null,
              run_at: now + jittered,
              updated_at: now,
            },
      )
      .where('id', '=', run.job.id)
      .where('lease_token', '=', run.token)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return 'lost';
    return dead ? 'dead' : 'retry';
  }

  /**
   * A deleted project's other jobs: the queued ones (and running ones whose worker died) fail at
   * once; answers how many are still running somewhere (their writes must end before the cleanup).
   */
  async stopProjectJobs(projectId: string, exceptId: string): Promise<number> {
    const now = this.now();
    await this.db
      .updateTable('jobs')
      .set({
        status: 'failed',
        error: 'the project was deleted',
        lease_token: null,
        lease_until: null,
        finished_at: now,
        updated_at: now,
      })
      .where('project_id', '=', projectId)
      .where('id', '!=', exceptId)
      .where((eb) =>
        eb.or([
          eb('status', '=', 'queued'),
          eb.and([eb('status', '=', 'running'), eb('lease_until', '<', now)]),
        ]),
      )
      .execute();
    const running = await this.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('project_id', '=', projectId)
      .where('id', '!=', exceptId)
      .where('status', '=', 'running')
      .executeTakeFirstOrThrow();
    return Number(running.n);
  }

  /** Makes a queued job due now. */
  async runNow(id: string): Promise<void> {
    const now = this.now();
    await this.db
      .updateTable('jobs')
      .set({ run_at: now, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'queued')
      .execute();
  }

  /** Gives a running job back to the queue (this process stops) without spending its attempt. */
  async release(run: JobRun): Promise<void> {
    const now = this.now();
    await this.db
      .updateTable('jobs')
      .set((eb) => ({
        status: 'queued',
        attempts: eb('attempts', '-', 1),
        lease_token: null,
        lease_until: null,
        run_at: now,
        updated_at: now,
      }))
      .where('id', '=', run.job.id)
      .where('lease_token', '=', run.token)
      .execute();
  }

  /** Operators: a failed (dead) job runs again from its first attempt. */
  async requeue(id: string): Promise<boolean> {
    const now = this.now();
    const res = await this.db
      .updateTable('jobs')
      .set({
        status: 'queued',
        attempts: 0,
        run_at: now,
        error: null,
        progress: 0,
        message: null,
        finished_at: null,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('status', '=', 'failed')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }
}
