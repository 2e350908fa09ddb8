import { api, unwrap } from './api/client.ts';
import type { Job } from './api/types.ts';
import { readEventStream } from './sse.ts';

const STATUSES: readonly string[] = ['queued', 'running', 'succeeded', 'failed'] satisfies Job['status'][];

/** A job as the event stream sends it (the same shape as `GET /jobs/:jobId`). */
export function isJob(value: unknown): value is Job {
  if (typeof value !== 'object' || value === null) return false;
  const job: { id?: unknown; status?: unknown; progress?: unknown } = value;
  return (
    typeof job.id === 'string' &&
    typeof job.status === 'string' &&
    STATUSES.includes(job.status) &&
    typeof job.progress === 'number'
  );
}

const finished = (job: Job | undefined) => job?.status === 'succeeded' || job?.status === 'failed';

/**
 * Follows a job's progress over its event stream until it ends; a stream that closes early (a
 * worker restarting) is opened again, and after repeated failures the job is polled instead.
 */
export async function followJob(jobId: string, onJob: (job: Job) => void, signal: AbortSignal): Promise<Job> {
  const path = { jobId };
  let failures = 0;
  let last: Job | undefined;
  while (!signal.aborted) {
    try {
      const body = await unwrap(
        api.GET('/v1/api/jobs/{jobId}/events', { params: { path }, parseAs: 'stream', signal }),
      );
      await readEventStream(
        body,
        (ev) => {
          const data: unknown = JSON.parse(ev.data);
          if ((ev.event === 'progress' || ev.event === 'done') && isJob(data)) {
            last = data;
            onJob(data);
          }
        },
        signal,
      );
      if (last && finished(last)) return last;
    } catch (err) {
      if (signal.aborted) break;
      failures += 1;
      if (failures > 3) {
        const { job } = await unwrap(api.GET('/v1/api/jobs/{jobId}', { params: { path }, signal }));
        onJob(job);
        if (finished(job)) return job;
      }
      if (failures > 20) throw err;
    }
    await new Promise((r) => setTimeout(r, Math.min(5000, 500 * (failures + 1))));
  }
  throw new DOMException('aborted', 'AbortError');
}
