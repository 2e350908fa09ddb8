import { errorMessage } from '@george/runtime';
import type { FastifyBaseLogger } from 'fastify';
import type { JobQueue, JobRun } from '../repositories/jobs.js';
import type { JobsTable } from '../store/schema.js';

/** What a handler gets for one run of a job. */
export interface JobContext {
  job: JobsTable;
  payload: Record<string, unknown>;
  /** Aborted when the run lost its lease (another worker took over) or the process stops. */
  signal: AbortSignal;
  /** Records progress (0..1) with a message; also renews the lease. */
  progress(value: number, message?: string): Promise<void>;
  log: FastifyBaseLogger;
}

/** Does the work of one job type; the value it returns is stored as the job's `result`. */
export type JobHandler = (ctx: JobContext) => Promise<unknown>;

/** Thrown by a handler when retrying cannot help (the job fails at once, no more attempts). */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/** The project a job was enqueued for; a job without one cannot run, so it fails at once. */
export function jobProjectId(job: JobsTable): string {
  if (job.project_id === null) throw new PermanentJobError(`job ${job.id} names no project`);
  return job.project_id;
}

/** The file a job was enqueued for; a job without one cannot run, so it fails at once. */
export function jobFileId(job: JobsTable): string {
  if (job.file_id === null) throw new PermanentJobError(`job ${job.id} names no file`);
  return job.file_id;
}

/** A job's stored payload, which is always a JSON object; anything else cannot run. */
function parsePayload(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new PermanentJobError('the job payload is not a JSON object');
  return Object.fromEntries(Object.entries(value));
}

/** The one handler of each job type (a type's steps are composed in its definition: jobs/steps.ts). */
export class JobRegistry {
  private readonly handlers = new Map<string, JobHandler>();
  register(type: string, handler: JobHandler): void {
    if (this.handlers.has(type)) throw new Error(`job type ${type} has a handler already`);
    this.handlers.set(type, handler);
  }
  get(type: string): JobHandler | undefined {
    return this.handlers.get(type);
  }
  types(): string[] {
    return [...this.handlers.keys()];
  }
}

export interface RunnerOptions {
  concurrency: number;
  pollMs: number;
  leaseMs: number;
}

/**
 * Polls the queue and runs claimed jobs, at most `concurrency` at once in this process. Every
 * george-serve worker runs one; the leases in the database make sure a job runs in one place only.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | undefined;
  private active = new Map<string, AbortController>();
  private polling = false;
  private stopped = true;
  private readonly idle = new Set<() => void>();

  constructor(
    private readonly queue: JobQueue,
    private readonly registry: JobRegistry,
    private readonly options: RunnerOptions,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Looks for work now (after an enqueue in this process). */
  nudge(): void {
    if (!this.stopped) this.schedule(0);
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), ms);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (this.stopped || this.polling) return;
    this.polling = true;
    try {
      while (!this.stopped && this.active.size < this.options.concurrency) {
        const run = await this.queue.claim(this.registry.types());
        if (!run) break;
        void this.execute(run);
      }
    } catch (err) {
      this.log.warn({ err }, 'job poll failed');
    } finally {
      this.polling = false;
      if (!this.stopped) this.schedule(this.options.pollMs);
    }
  }

  private async execute(run: JobRun): Promise<void> {
    const { job } = run;
    const controller = new AbortController();
    this.active.set(job.id, controller);
    const log = this.log.child({ jobId: job.id, jobType: job.type, attempt: job.attempts });
    let lost = false;
    const renew = async (progress?: { value: number; message?: string | undefined }) => {
      const held = await this.queue.heartbeat(run, progress);
      if (!held && !lost) {
        lost = true;
        log.warn('job lease lost; stopping this run');
        controller.abort(new Error('lease lost'));
      }
    };
    const beat = setInterval(
      () => void renew().catch((err) => log.warn({ err }, 'lease renewal failed')),
      Math.max(200, Math.floor(this.options.leaseMs / 3)),
    );
    beat.unref();
    try {
      const handler = this.registry.get(job.type);
      if (!handler) throw new PermanentJobError(`no handler for job type ${job.type}`);
      const result = await handler({
        job,
        payload: parsePayload(job.payload),
        signal: controller.signal,
        progress: async (value, message) => {
          if (controller.signal.aborted) throw controller.signal.reason;
          await renew({ value, message });
        },
        log,
      });
      if (controller.signal.aborted) throw controller.signal.reason;
      if (!(await this.queue.succeed(run, result))) log.warn('job finished after losing its lease');
      else log.info('job succeeded');
    } catch (err) {
      if (lost) return;
      if (this.stopped) {
        // Shutting down: the job goes back to the queue without spending an attempt.
        await this.queue.release(run).catch((e) => log.warn({ err: e }, 'could not release the job'));
        return;
      }
      const permanent = err instanceof PermanentJobError;
      const message = errorMessage(err);
      const outcome = await this.queue.fail(run, message, permanent).catch((e) => {
        log.error({ err: e }, 'could not record the job failure');
        return 'lost' as const;
      });
      log.warn({ err, outcome }, 'job attempt failed');
    } finally {
      clearInterval(beat);
      this.active.delete(job.id);
      if (this.active.size === 0) for (const resolve of this.idle) resolve();
      this.nudge();
    }
  }

  /** Stops polling and waits (up to `ms`) for the runs in progress; unfinished ones keep their lease and recover elsewhere. */
  async stop(ms = 10_000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.active.size === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        for (const c of this.active.values()) c.abort(new Error('shutting down'));
        resolve();
      }, ms);
      timer.unref();
      this.idle.add(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
