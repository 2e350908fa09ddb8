/** Jobs: the state of background work (ingestion, clean-up), per job and per project. */
import { type Static, Type } from '@sinclair/typebox';
import { Limit, Nullable, StringEnum } from './common.js';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const JobStatusSchema = StringEnum(JOB_STATUSES);

export const JobSchema = Type.Object({
  id: Type.String(),
  type: Type.String(),
  projectId: Nullable(Type.String()),
  fileId: Nullable(Type.String()),
  status: JobStatusSchema,
  /** 0..1 */
  progress: Type.Number({ minimum: 0, maximum: 1 }),
  message: Nullable(Type.String()),
  /** The last attempt's error (a queued job is retried; `failed` is the dead state). */
  error: Type.Optional(Type.String()),
  attempts: Type.Integer(),
  maxAttempts: Type.Integer(),
  result: Type.Optional(Type.Unknown()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  startedAt: Nullable(Type.String()),
  finishedAt: Nullable(Type.String()),
  /** When a queued job that failed before runs again. */
  nextRunAt: Nullable(Type.String()),
});
export type JobView = Static<typeof JobSchema>;

export const JobResponse = Type.Object({ job: JobSchema });
export const JobListResponse = Type.Object({ jobs: Type.Array(JobSchema) });
export const JobListQuery = Type.Object(
  { status: Type.Optional(JobStatusSchema), limit: Type.Optional(Limit(200, 50)) },
  { additionalProperties: false },
);
export type JobListQuery = Static<typeof JobListQuery>;
