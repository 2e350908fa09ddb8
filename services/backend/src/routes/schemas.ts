/** Schemas of the public API that are not the internal contracts' own (those are reused as they are). */
import { FILE_ID_PATTERN, UserSchema } from '@george/contracts';
import { type Static, Type } from '@sinclair/typebox';

export const Id = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' });
export const FileId = Type.String({ pattern: FILE_ID_PATTERN });
export const CommitRef = Type.String({ pattern: '^([0-9a-f]{7,64}|HEAD)$' });

export const ProjectParams = Type.Object({ projectId: Id }, { additionalProperties: false });
export const ProjectFileParams = Type.Object(
  { projectId: Id, fileId: FileId },
  { additionalProperties: false },
);
export const ProjectMemberParams = Type.Object(
  { projectId: Id, userId: Id },
  { additionalProperties: false },
);
export const VersionParams = Type.Object(
  { projectId: Id, versionId: CommitRef },
  { additionalProperties: false },
);
export const JobParams = Type.Object(
  { jobId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const PublicSession = Type.Object(
  {
    user: UserSchema,
    accessToken: Type.String(),
    /** Seconds until the access token expires. */
    expiresIn: Type.Integer(),
    /** The double-submit CSRF token (also in the `george_csrf` cookie) for X-CSRF-Token. */
    csrfToken: Type.String(),
  },
  { additionalProperties: false },
);

export const PublicRegisterBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 10, maxLength: 1024 }),
    inviteCode: Type.String({ minLength: 1, maxLength: 128 }),
    name: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export const PublicLoginBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const JobStatusSchema = Type.Union([
  Type.Literal('queued'),
  Type.Literal('running'),
  Type.Literal('succeeded'),
  Type.Literal('failed'),
]);

export const JobSchema = Type.Object({
  id: Type.String(),
  type: Type.String(),
  projectId: Type.Union([Type.String(), Type.Null()]),
  fileId: Type.Union([Type.String(), Type.Null()]),
  status: JobStatusSchema,
  /** 0..1 */
  progress: Type.Number({ minimum: 0, maximum: 1 }),
  message: Type.Union([Type.String(), Type.Null()]),
  /** The last attempt's error (a queued job is retried; `failed` is the dead state). */
  error: Type.Optional(Type.String()),
  attempts: Type.Integer(),
  maxAttempts: Type.Integer(),
  result: Type.Optional(Type.Unknown()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  startedAt: Type.Union([Type.String(), Type.Null()]),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  nextRunAt: Type.Union([Type.String(), Type.Null()]),
});
export const JobResponse = Type.Object({ job: JobSchema });
export const JobListResponse = Type.Object({ jobs: Type.Array(JobSchema) });
export const JobListQuery = Type.Object(
  {
    status: Type.Optional(JobStatusSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);

export const VersionFile = Type.Object({
  path: Type.String(),
  /** The file the path belongs to (null for paths that are not a file's text). */
  fileId: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('added'), Type.Literal('modified'), Type.Literal('deleted')]),
  wordsAdded: Type.Integer(),
  wordsRemoved: Type.Integer(),
});
export const VersionSchema = Type.Object({
  id: Type.String(),
  parents: Type.Array(Type.String()),
  message: Type.String(),
  author: Type.Object({ name: Type.String(), email: Type.String() }),
  date: Type.String(),
});
export const VersionDetailSchema = Type.Composite([
  VersionSchema,
  Type.Object({ files: Type.Array(VersionFile) }),
]);
export const VersionListQuery = Type.Object(
  {
    fileId: Type.Optional(FileId),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,9}$' })),
  },
  { additionalProperties: false },
);
export const VersionListResponse = Type.Object({
  versions: Type.Array(VersionSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export const DiffQuery = Type.Object(
  { from: Type.Optional(CommitRef), to: Type.Optional(CommitRef), fileId: Type.Optional(FileId) },
  { additionalProperties: false },
);
export const PublicDiffResponse = Type.Object({
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.String(),
  files: Type.Array(VersionFile),
  wordsAdded: Type.Integer(),
  wordsRemoved: Type.Integer(),
  unified: Type.String(),
  truncated: Type.Boolean(),
});
export const RestoreBody = Type.Object({ fileId: Type.Optional(FileId) }, { additionalProperties: false });
export const RestoreResponse = Type.Object({
  /** The new commit (null when nothing differed). */
  version: Type.Union([Type.String(), Type.Null()]),
  restored: Type.Array(Type.String()),
  jobIds: Type.Array(Type.String()),
});

export const EditTextBody = Type.Object(
  {
    content: Type.String({ maxLength: 10 * 1024 * 1024 }),
    /** The revision the edit is based on: 409 `revision_conflict` when the file changed since. */
    baseRevision: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export const ServiceStatus = Type.Object({
  name: Type.String(),
  health: Type.Union([Type.Literal('ok'), Type.Literal('failing')]),
  ready: Type.Boolean(),
  checks: Type.Record(Type.String(), Type.String()),
  latencyMs: Type.Integer(),
});
export const ServicesStatusResponse = Type.Object({
  ok: Type.Boolean(),
  services: Type.Array(ServiceStatus),
});

export type JobListQueryT = Static<typeof JobListQuery>;
